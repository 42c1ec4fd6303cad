//! Every change the window can make, as a value: views push [`Command`]s, and
//! [`crate::ui::DashboardApp::apply`] carries them out between frames. Each
//! command knows its button label and its keyboard shortcut, and the shortcuts
//! live in one table ([`SHORTCUTS`]), as rerun's `UICommand` does.

use super::export_state::ExportProgress;
use super::path_dialog_state::{PathCheck, PathDialog};
use super::search_state::SearchCommand;
use super::tab::Tab;
use super::view_state::TabScroll;
use crate::analysis::Analysis;
use crate::charts::{ChartKind, FundingMoney};
use crate::export::{Format, SvgText, Theme};
use crate::i18n::{Lang, T};
use crate::load::LoadError;
use crate::model::{InitiativeId, InitiativeKind, SectorId};
use eframe::egui;
use egui::{Key, KeyboardShortcut, Modifiers};
use std::ops::RangeInclusive;
use std::path::PathBuf;
use std::sync::Arc;

/// A change the views (or the app's own file loads and exports) ask for.
pub enum Command {
    // ---- Tabs
    /// Show this tab.
    SelectTab(Tab),
    /// Show the tab after (or before) the current one, wrapping around.
    CycleTab(i32),
    /// Show the tab at this position (Ctrl+1 is 0); ignored past the last tab.
    SelectTabNumber(usize),
    /// Scroll the tab shown (a page, or to its top or bottom).
    ScrollTab(TabScroll),
    /// The tab scrolled as asked: forget the request.
    TabScrolled,
    /// F6: move the keyboard focus to the next of the top bar, the tab row and
    /// the tab's content (from nowhere or the tabs: the content, skipping the top bar).
    SkipToContent,
    /// The focus moved into the tab: forget the request.
    SkippedToContent,
    /// Show (or close) the list of keyboard shortcuts.
    ShowShortcuts(bool),

    // ---- Files (carried out by `io`, which then applies what they lead to)
    /// Open a dataset file (from the menu, a drop, or the command line).
    OpenFile(PathBuf),
    /// Open a dataset file that came without a path: dropped on a browser
    /// page, or picked in one (its name, its bytes).
    OpenBytes(String, Arc<[u8]>),
    /// Ask the person for a file to open.
    PickFile,
    /// Read the open file again (it changed on disk).
    Reload,
    /// Go back to the built-in dataset.
    OpenBuiltIn,

    // ---- Settings
    /// Switch the theme.
    SetTheme(egui::ThemePreference),
    /// Switch the interface language.
    SetLanguage(Lang),
    /// Hide the error panel.
    DismissErrors,
    /// A share link had parts that were left out (quoted in one line).
    LinkIgnored(String),
    /// Copy the link to the view on screen (the page's address) to the clipboard
    /// (the web build's "Copy link", `top_bar::copy_link`).
    #[cfg(target_arch = "wasm32")]
    CopyLink,
    /// The link to the view was copied (it is quoted in the status line).
    #[cfg(target_arch = "wasm32")]
    LinkCopied(String),

    // ---- Charts
    /// Show a chart as a table, or back as a chart.
    ToggleTable(ChartKind),
    /// The years every time chart shows.
    SetYears(RangeInclusive<i32>),
    /// Funding as each year's share instead of HK$.
    SetFundingShare(bool),
    /// AI-specific funding alone, or with general I&T money stacked apart.
    SetFundingMoney(FundingMoney),
    /// Government initiatives as markers on the year axis, or not.
    SetShowInitiatives(bool),

    // ---- Timeline
    /// Select an initiative (show its details), or clear the selection.
    SelectInitiative(Option<InitiativeId>),
    /// Show initiatives of this kind, or hide them.
    ToggleInitiativeKind(InitiativeKind),
    /// Only initiatives of this sector on the Timeline tab (`None`: all).
    SetTimelineSector(Option<SectorId>),
    /// The list twin (`true`) or the strip.
    SetTimelineListView(bool),
    /// The strip's zoom, in points per year (clamped to the zoom limits).
    SetTimelineZoom(f32),
    /// The keyboard moved to this initiative on the strip: scroll it into view.
    FocusInitiative(InitiativeId),
    /// The strip scrolled where it was asked to: forget the target.
    TimelineScrolled,

    // ---- Export
    /// Open the export dialog for one chart, or for all charts (`None`).
    OpenExportDialog(Option<ChartKind>),
    /// Close the export dialog without exporting.
    CloseExportDialog,
    /// The export's file format.
    SetExportFormat(Format),
    /// The export's colours.
    SetExportTheme(Theme),
    /// A preset size (an index into `export::PRESETS`), or a custom size (`None`).
    SetExportPreset(Option<usize>),
    /// A custom size, in points.
    SetExportSize {
        /// Width in points.
        width: u32,
        /// Height in points.
        height: u32,
    },
    /// Pixels per point of a PNG.
    SetExportScale(f32),
    /// Initiative markers in the exported charts, or not.
    SetExportInitiatives(bool),
    /// A byte-order mark at the start of a CSV, or not.
    SetExportCsvBom(bool),
    /// An SVG's text as outlines or as editable text.
    SetExportSvgText(SvgText),
    /// Ask where to save (a file for one chart, a folder for all).
    ChooseExportTarget,
    /// Write the export to this file (one chart) or folder (all charts).
    ExportTo(PathBuf),

    // ---- The window's own path dialog (when the system's cannot be shown)
    /// Show the path dialog.
    OpenPathDialog(PathDialog),
    /// The path typed changed (the app lists its folder, then applies [`Command::PathChecked`]).
    EditPath(String),
    /// The path typed, with its completions and problems.
    PathChecked(String, PathCheck),
    /// Use the path typed (open it, or save to it), and close the dialog.
    ConfirmPath,
    /// Close the path dialog without a path.
    ClosePathDialog,

    // ---- Search
    /// The search box and its results (see [`SearchCommand`]).
    Search(SearchCommand),

    // ---- News from the app's own work (file loads, exports), not from views
    /// A dataset file was read: its data, or why it failed.
    Loaded {
        /// The file read.
        path: PathBuf,
        /// Its data, analysed, or its problems.
        result: Result<Analysis, Box<LoadError>>,
    },
    /// A large file is being read on a background thread.
    LoadingInBackground(PathBuf),
    /// Show this data (the built-in dataset, or data handed in by a test),
    /// as if it came from `file`.
    ShowData {
        /// The data.
        analysis: Analysis,
        /// Where it came from (`None`: built in).
        file: Option<PathBuf>,
    },
    /// The built-in dataset is shown again (the person asked for it).
    BuiltInShown(Analysis),
    /// Data could not be read: show its problems in the error panel.
    ShowErrors(Box<LoadError>),
    /// The export thread started writing.
    ExportStarted,
    /// The export thread's news.
    Export(ExportProgress),

    // ---- Copy to the clipboard (issue 18; carried out by `copy`)
    /// Put a chart on the clipboard as an image: exported at twice `size`,
    /// its size on screen in points.
    CopyChartImage {
        /// The chart.
        kind: ChartKind,
        /// Its size on screen, in points.
        size: egui::Vec2,
    },
    /// Ctrl+C: [`Command::CopyChartImage`] of the chart with the keyboard focus.
    CopyFocusedChart,
    /// Put a chart's table on the clipboard as tab-separated text.
    CopyTable(ChartKind),
    /// Show a toast (what was copied, or why not).
    ShowToast {
        /// What it says.
        text: String,
        /// Whether it reports a failure.
        error: bool,
    },
    /// Hide toast number `n` (a newer one stays).
    DismissToast(u64),
}

/// Every keyboard shortcut and the command it runs: the one table the window
/// listens to, the tooltips read and the "Keyboard shortcuts" list shows.
/// Ctrl+Shift+Tab comes before Ctrl+Tab: egui matches Ctrl+Tab with Shift
/// held too, so the longer chord must win. A shortcut without Ctrl (`/`,
/// PageUp, Home, F6…) only counts when no text field has focus.
pub const SHORTCUTS: [(KeyboardShortcut, ShortcutCommand); 24] = [
    (ctrl_shift(Key::Tab), ShortcutCommand::PreviousTab),
    (ctrl(Key::Tab), ShortcutCommand::NextTab),
    (ctrl(Key::O), ShortcutCommand::PickFile),
    (ctrl(Key::F), ShortcutCommand::Search),
    (ctrl(Key::K), ShortcutCommand::SearchPalette),
    (plain(Key::Slash), ShortcutCommand::SearchSlash),
    (ctrl(Key::Num1), ShortcutCommand::TabNumber(0)),
    (ctrl(Key::Num2), ShortcutCommand::TabNumber(1)),
    (ctrl(Key::Num3), ShortcutCommand::TabNumber(2)),
    (ctrl(Key::Num4), ShortcutCommand::TabNumber(3)),
    (ctrl(Key::Num5), ShortcutCommand::TabNumber(4)),
    (ctrl(Key::Num6), ShortcutCommand::TabNumber(5)),
    (ctrl(Key::Num7), ShortcutCommand::TabNumber(6)),
    (ctrl(Key::Num8), ShortcutCommand::TabNumber(7)),
    (ctrl(Key::Num9), ShortcutCommand::TabNumber(8)),
    (ctrl(Key::T), ShortcutCommand::Timeline),
    (ctrl(Key::G), ShortcutCommand::Charts),
    (
        plain(Key::PageDown),
        ShortcutCommand::Scroll(TabScroll::PageDown),
    ),
    (
        plain(Key::PageUp),
        ShortcutCommand::Scroll(TabScroll::PageUp),
    ),
    (plain(Key::Home), ShortcutCommand::Scroll(TabScroll::Top)),
    (plain(Key::End), ShortcutCommand::Scroll(TabScroll::Bottom)),
    (plain(Key::F6), ShortcutCommand::SkipToContent),
    (plain(Key::F1), ShortcutCommand::ShowShortcuts),
    (ctrl(Key::C), ShortcutCommand::CopyChart),
];

/// The commands a shortcut can run (plain data, so [`SHORTCUTS`] is a constant).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShortcutCommand {
    /// [`Command::CycleTab`] forwards.
    NextTab,
    /// [`Command::CycleTab`] backwards.
    PreviousTab,
    /// [`Command::PickFile`].
    PickFile,
    /// [`Command::SelectTabNumber`].
    TabNumber(usize),
    /// Focus the search box (Ctrl+F).
    Search,
    /// Focus the search box (Ctrl+K, the command-palette habit).
    SearchPalette,
    /// Focus the search box (`/`, the web's habit, when no text field has focus).
    SearchSlash,
    /// [`Command::SelectTab`] Timeline.
    Timeline,
    /// [`Command::SelectTab`] Charts.
    Charts,
    /// [`Command::ScrollTab`].
    Scroll(TabScroll),
    /// [`Command::SkipToContent`].
    SkipToContent,
    /// [`Command::ShowShortcuts`].
    ShowShortcuts,
    /// [`Command::CopyChartImage`] of the chart that has the keyboard focus
    /// (only then: elsewhere Ctrl+C stays the text fields' copy).
    CopyChart,
}

impl ShortcutCommand {
    /// The command to run.
    pub fn command(self) -> Command {
        match self {
            ShortcutCommand::NextTab => Command::CycleTab(1),
            ShortcutCommand::PreviousTab => Command::CycleTab(-1),
            ShortcutCommand::PickFile => Command::PickFile,
            ShortcutCommand::TabNumber(i) => Command::SelectTabNumber(i),
            ShortcutCommand::Search
            | ShortcutCommand::SearchPalette
            | ShortcutCommand::SearchSlash => Command::Search(SearchCommand::Focus),
            ShortcutCommand::Timeline => Command::SelectTab(Tab::Timeline),
            ShortcutCommand::Charts => Command::SelectTab(Tab::Charts),
            ShortcutCommand::Scroll(to) => Command::ScrollTab(to),
            ShortcutCommand::SkipToContent => Command::SkipToContent,
            ShortcutCommand::ShowShortcuts => Command::ShowShortcuts(true),
            ShortcutCommand::CopyChart => Command::CopyFocusedChart,
        }
    }

    /// The shortcut that runs it.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        SHORTCUTS
            .iter()
            .find(|(_, command)| *command == self)
            .map(|(shortcut, _)| *shortcut)
    }
}

const fn plain(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, key)
}

const fn ctrl(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::CTRL, key)
}

const fn ctrl_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::CTRL.plus(Modifiers::SHIFT), key)
}

impl Command {
    /// The keyboard shortcut that runs this command, if it has one (from [`SHORTCUTS`]).
    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
        let which = match *self {
            Command::CycleTab(1) => ShortcutCommand::NextTab,
            Command::CycleTab(-1) => ShortcutCommand::PreviousTab,
            Command::PickFile => ShortcutCommand::PickFile,
            Command::SelectTabNumber(i) => ShortcutCommand::TabNumber(i),
            Command::Search(SearchCommand::Focus) => ShortcutCommand::Search,
            Command::SelectTab(Tab::Timeline) => ShortcutCommand::Timeline,
            Command::SelectTab(Tab::Charts) => ShortcutCommand::Charts,
            Command::ScrollTab(to) => ShortcutCommand::Scroll(to),
            Command::SkipToContent => ShortcutCommand::SkipToContent,
            Command::ShowShortcuts(true) => ShortcutCommand::ShowShortcuts,
            Command::CopyFocusedChart => ShortcutCommand::CopyChart,
            _ => return None,
        };
        which.shortcut()
    }

    /// The text of the button that pushes this command, if it has a fixed one.
    pub fn label(&self, lang: Lang) -> Option<&'static str> {
        let key = match self {
            Command::PickFile => T::Open,
            Command::Reload => T::Reload,
            Command::OpenBuiltIn => T::BuiltInData,
            Command::DismissErrors => T::Dismiss,
            Command::OpenExportDialog(Some(_)) => T::Export,
            Command::OpenExportDialog(None) => T::ExportAll,
            Command::CloseExportDialog => T::Cancel,
            Command::SelectInitiative(None) => T::CloseDetails,
            Command::ShowShortcuts(true) => T::KeyboardShortcuts,
            Command::ShowShortcuts(false) => T::Close,
            Command::CopyTable(_) => T::CopyTable,
            _ => return None,
        };
        Some(lang.t(key))
    }

    /// The hover text of the button that pushes this command, if any.
    pub fn hint(&self, lang: Lang) -> Option<&'static str> {
        match self {
            Command::PickFile => Some(lang.t(T::OpenHint)),
            Command::CopyTable(_) => Some(lang.t(T::CopyTableHint)),
            _ => None,
        }
    }
}

/// A button showing `command`'s label (and hint); pushes it when clicked.
/// Returns the button (`None` for a command with no label).
pub fn button(
    ui: &mut egui::Ui,
    lang: Lang,
    command: Command,
    commands: &mut Vec<Command>,
) -> Option<egui::Response> {
    let label = command.label(lang)?;
    let mut response = ui.button(label);
    if let Some(hint) = command.hint(lang) {
        response = response.on_hover_text(hint);
    }
    if response.clicked() {
        commands.push(command);
    }
    Some(response)
}

#[cfg(test)]
#[path = "command_tests.rs"]
mod tests;
