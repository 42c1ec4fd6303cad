//! Sizes of the window's chrome that are not cards: bars, panels, grids, in points.

/// Space above the top bar's first row.
pub const TOP_BAR_PAD: f32 = 4.0;
/// Space between the top bar's rows.
pub const ROW_GAP: f32 = 2.0;
/// The error panel's first height (it can be resized).
pub const ERROR_PANEL_HEIGHT: f32 = 160.0;
/// The width of the path field of the window's own file dialog.
pub const PATH_FIELD_WIDTH: f32 = 520.0;
/// The most height of the path dialog's list of completions.
pub const PATH_SUGGESTIONS_HEIGHT: f32 = 220.0;
/// The height of the focus stop at the top of a tab (F6 lands there).
pub const CONTENT_ANCHOR_HEIGHT: f32 = 3.0;
/// The most height of the list of keyboard shortcuts.
pub const SHORTCUTS_LIST_HEIGHT: f32 = 420.0;
/// How much of the visible height PageUp and PageDown scroll.
pub const PAGE_FRACTION: f32 = 0.9;
/// Space between a tab's sections (cards, then charts).
pub const SECTION_GAP: f32 = 12.0;
/// Space between a summary line and what follows it.
pub const SUMMARY_GAP: f32 = 6.0;
/// Space after a listed row (an organisation).
pub const ROW_AFTER: f32 = 2.0;
/// Cell spacing of a chart's table twin: wide columns, tight rows.
pub const TABLE_SPACING: [f32; 2] = [14.0, 4.0];
/// Cell spacing of a form (the export dialog).
pub const FORM_SPACING: [f32; 2] = [12.0, 8.0];
/// Cell spacing of a label/value list (initiative details).
pub const DETAILS_SPACING: [f32; 2] = [12.0, 4.0];
/// The narrowest a card gets; cards widen to fill each row.
pub const MIN_CARD_WIDTH: f32 = 260.0;
/// A card's frame around its content (inner margin and stroke, both sides).
pub const CARD_CHROME: f32 = 26.0;
/// A card is never narrower than this, however narrow the window.
pub const CARD_FLOOR_WIDTH: f32 = 120.0;
