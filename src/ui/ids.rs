//! The egui ids (salts) of the window's panels, combo boxes, grids and scroll
//! areas, named once. egui keeps a widget's memory (scroll offset, open combo,
//! cached heights) under its id, so an id must stay the same across frames and
//! must not collide with another widget's: naming them here makes both visible.

/// The top bar panel.
pub const TOP_BAR: &str = "top_bar";
/// The error panel at the bottom.
pub const ERRORS: &str = "errors";
/// The theme combo box.
pub const THEME: &str = "theme";
/// A tab's scroll area (salted with the tab).
pub const TAB_SCROLL: &str = "tab";
/// The row of tabs, when it scrolls; and the tab it last kept in view.
pub const TAB_ROW: &str = "tab_row";
/// A chart's table twin's scroll area (salted with the chart's slug).
pub const TABLE_SCROLL: &str = "table";
/// A chart's table twin's grid (salted with the chart's slug).
pub const TABLE_GRID: &str = "table_grid";
/// A row of a chart's table twin, as one node for screen readers (salted with the chart and row).
pub const TABLE_ROW: &str = "table_row";
/// The export dialog window.
pub const EXPORT_DIALOG: &str = "export_dialog";
/// The export dialog's form.
pub const EXPORT_GRID: &str = "export_grid";
/// The export dialog's size presets.
pub const EXPORT_SIZE: &str = "export_size";
/// The window's own file dialog (when the system's cannot be shown).
pub const PATH_DIALOG: &str = "path_dialog";
/// The path dialog's list of completions.
pub const PATH_SUGGESTIONS: &str = "path_suggestions";
/// The list of keyboard shortcuts, and its grid.
pub const SHORTCUTS_LIST: &str = "shortcuts_list";
/// The grid of the list of keyboard shortcuts.
pub const SHORTCUTS_GRID: &str = "shortcuts_grid";
/// Where the top bar and the tab row were drawn, for F6 (salted with the region).
pub const KEYBOARD_REGIONS: &str = "keyboard_regions";
/// The timeline's sector filter.
pub const TIMELINE_SECTOR: &str = "timeline_sector";
/// The timeline strip's horizontal scroll area.
pub const TIMELINE_STRIP: &str = "timeline_strip";
/// The timeline's list twin.
pub const TIMELINE_LIST: &str = "timeline_list";
/// The lane layout the strip caches between frames (in egui's temporary memory).
pub const TIMELINE_LAYOUT: &str = "timeline_layout";
/// One initiative on the strip (salted with its id).
pub const INITIATIVE: &str = "initiative";
/// The initiative details grid.
pub const INITIATIVE_DETAILS: &str = "initiative_details";
/// A card grid (salted with what it lists).
pub const CARD_GRID: &str = "card grid";
/// One card (salted with its name).
pub const CARD: &str = "card";
/// The Overview's sector cards.
pub const SECTOR_CARDS: &str = "sectors";
/// A sector's key figure cards (salted with the sector's id).
pub const FIGURE_CARDS: &str = "figures";
/// A sector's trend cards (salted with the sector's id).
pub const TREND_CARDS: &str = "trends";
/// A trend mini-chart (salted with the sector and the figure).
pub const TREND_PLOT: &str = "trend";
/// A sector's organisation rows (salted with the sector's id).
pub const ORGANISATIONS: &str = "organisations";
/// A sector's milestone rows (salted with the sector's id).
pub const MILESTONES: &str = "milestones";
/// The search box in the top bar.
pub const SEARCH_BOX: &str = "search_box";
/// The search results under the box (its area and scroll area).
pub const SEARCH_RESULTS: &str = "search_results";
/// The window listing the records citing a source.
pub const SEARCH_CITING: &str = "search_citing";
/// The fading outline round a record the search opened (salted with its reveal count).
pub const SEARCH_FLASH: &str = "search_flash";

/// The Overview's story cards.
pub const STORY_CARDS: &str = "story";
/// The toast after a copy (salted with its number), and its start time.
pub const TOAST: &str = "toast";
/// A chart's kind and size on screen, under its plot's id (for Ctrl+C).
pub const COPY_CHART: &str = "copy_chart";
