//! Everything the window shows and remembers, in one [`AppState`]: what
//! persists between runs is inline, what lives for one run is `#[serde(skip)]`
//! (as in egui's demo `State` and rerun's `AppState`). [`AppState::apply`] is
//! its only mutator; views read it and push [`Command`]s.

use super::command::Command;
use super::export_state::{self, ExportDialog, ExportProgress};
use super::path_dialog_state::PathDialog;
use super::search_state::SearchState;
use super::tab::{self, Tab};
use super::toast_state::Toasts;
use super::view_state::toggle;
pub use super::view_state::{
    ChartControls, KeyboardRequests, Progress, ScrollTarget, TabScroll, TimelineState,
};
use crate::analysis::Analysis;
use crate::charts::{ChartKind, ChartOptions};
use crate::export::Theme;
use crate::i18n::{Lang, T};
use crate::load::LoadError;
use crate::style;
use eframe::egui;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::path::PathBuf;

/// The window's state. Saved under eframe's `APP_KEY` with the same field
/// names as before (`tab`, `theme`, `file`, `lang`), and every field has a
/// default, so an old or damaged settings file never stops the app. Skipped
/// fields start as in [`AppState::default`].
#[derive(Serialize, Deserialize)]
#[serde(default)]
pub struct AppState {
    /// The tab shown.
    pub tab: Tab,
    /// Light, dark, or follow the system.
    pub theme: egui::ThemePreference,
    /// The dataset file open (`None`: the built-in dataset).
    pub file: Option<PathBuf>,
    /// The interface language, of the window and of the charts in it.
    #[serde(with = "super::saved_lang")]
    pub lang: Lang,

    /// The data on screen: the last good data, never replaced by a failed load.
    #[serde(skip)]
    pub analysis: Analysis,
    /// Problems of the last failed load, shown in the error panel.
    #[serde(skip)]
    pub errors: Option<LoadError>,
    /// The chart controls every chart shares.
    #[serde(skip)]
    pub charts: ChartControls,
    /// Charts shown as their table twin.
    #[serde(skip)]
    pub tables: HashSet<ChartKind>,
    /// The timeline's filters, zoom and selection.
    #[serde(skip)]
    pub timeline: TimelineState,
    /// A short message for the status line ("Loaded x.ron").
    #[serde(skip)]
    pub status: String,
    /// A large file being read in the background (a spinner shows).
    #[serde(skip)]
    pub loading: Option<PathBuf>,
    /// The export dialog, while it is open.
    #[serde(skip)]
    pub export_dialog: Option<ExportDialog>,
    /// The export being written, while it runs.
    #[serde(skip)]
    pub exporting: Option<Progress>,
    /// What the keyboard asked for the next frame; the shortcuts list.
    #[serde(skip)]
    pub keyboard: KeyboardRequests,
    /// The window's own file dialog, while it is open.
    #[serde(skip)]
    pub path_dialog: Option<PathDialog>,
    /// The search box: its query, results and what it opened.
    #[serde(skip)]
    pub search: SearchState,
    /// The toast after a copy.
    #[serde(skip)]
    pub toasts: Toasts,
}

impl Default for AppState {
    fn default() -> Self {
        let analysis = Analysis::empty();
        AppState {
            tab: Tab::Overview,
            theme: egui::ThemePreference::System,
            file: None,
            lang: Lang::from_environment(),
            charts: ChartControls::for_analysis(&analysis),
            analysis,
            errors: None,
            tables: HashSet::new(),
            timeline: TimelineState::default(),
            status: String::new(),
            loading: None,
            export_dialog: None,
            exporting: None,
            path_dialog: None,
            keyboard: KeyboardRequests::default(),
            search: SearchState::default(),
            toasts: Toasts::default(),
        }
    }
}

impl AppState {
    /// Every tab of the data on screen, in order: Overview, one per sector,
    /// Timeline, Charts ([`tab::tabs`], the one list the top bar, the
    /// shortcuts and the tests iterate).
    pub fn tabs(&self) -> Vec<Tab> {
        tab::tabs(&self.analysis.dataset)
    }

    /// The name a tab shows (and a screen reader reads).
    pub fn tab_name(&self, tab: &Tab) -> String {
        let lang = self.lang;
        match tab {
            Tab::Overview => lang.t(T::Overview).to_owned(),
            Tab::Sector(id) => self.sector_name(id),
            Tab::Timeline => lang.t(T::Timeline).to_owned(),
            Tab::Charts => lang.t(T::Charts).to_owned(),
        }
    }

    /// A sector's name in the interface language (its id when it is unknown).
    pub fn sector_name(&self, id: &str) -> String {
        match self.analysis.dataset.sector(id) {
            Some(sector) => self
                .lang
                .pick(&sector.name, sector.name_zh.as_ref())
                .to_owned(),
            None => id.to_owned(),
        }
    }

    /// True while a dialog is open (the window behind takes no shortcuts).
    pub fn dialog_open(&self) -> bool {
        self.export_dialog.is_some() || self.path_dialog.is_some() || self.keyboard.shortcuts_open
    }

    /// The options the charts draw with: the chart controls in the interface language.
    pub fn chart_options(&self) -> ChartOptions {
        ChartOptions {
            years: self.charts.years.clone(),
            share: self.charts.funding_as_share,
            funding_money: self.charts.funding_money,
            show_initiatives: self.charts.show_initiatives,
            lang: self.lang,
        }
    }

    /// Carries out one command: the only place the state changes. Commands
    /// with effects outside the state (files, dialogs, threads) are carried
    /// out by the app first (`io.rs`); what they lead to arrives as news.
    pub fn apply(&mut self, command: Command) {
        match command {
            Command::SelectTab(tab) => self.select_tab(tab),
            Command::CycleTab(step) => self.cycle_tab(step),
            Command::SelectTabNumber(index) => {
                if let Some(tab) = self.tabs().get(index) {
                    self.select_tab(tab.clone());
                }
            }
            Command::SetTheme(theme) => self.theme = theme,
            Command::SetLanguage(lang) => self.lang = lang,
            Command::DismissErrors => self.errors = None,
            Command::LinkIgnored(parts) => {
                self.status = self.lang.format(T::LinkIgnored, &[&parts])
            }
            #[cfg(target_arch = "wasm32")]
            Command::LinkCopied(link) => self.status = self.lang.format(T::LinkCopied, &[&link]),
            Command::ShowToast { text, error } => self.toasts.show(text, error),
            Command::DismissToast(number) => self.toasts.dismiss(number),
            Command::ToggleTable(kind) => toggle(&mut self.tables, kind),
            Command::SetYears(years) => self.charts.years = years,
            Command::SetFundingShare(on) => self.charts.funding_as_share = on,
            Command::SetFundingMoney(money) => self.charts.funding_money = money,
            Command::SetShowInitiatives(on) => self.charts.show_initiatives = on,
            edit @ (Command::SelectInitiative(_)
            | Command::ToggleInitiativeKind(_)
            | Command::SetTimelineSector(_)
            | Command::SetTimelineListView(_)
            | Command::SetTimelineZoom(_)
            | Command::FocusInitiative(_)
            | Command::TimelineScrolled) => self.edit_timeline(edit),
            Command::OpenExportDialog(chart) => {
                self.export_dialog = Some(ExportDialog::new(chart, Theme::Light));
            }
            Command::CloseExportDialog => self.export_dialog = None,
            edit @ (Command::SetExportFormat(_)
            | Command::SetExportTheme(_)
            | Command::SetExportPreset(_)
            | Command::SetExportSize { .. }
            | Command::SetExportScale(_)
            | Command::SetExportInitiatives(_)
            | Command::SetExportCsvBom(_)
            | Command::SetExportSvgText(_)) => self.edit_export(edit),
            Command::Loaded { path, result } => self.loaded(path, result),
            Command::LoadingInBackground(path) => {
                self.status = self.lang.format(T::Loading, &[&path.display()]);
                self.loading = Some(path);
            }
            Command::ShowData { analysis, file } => self.show_data(analysis, file),
            Command::BuiltInShown(analysis) => {
                self.show_data(analysis, None);
                self.status = self.lang.t(T::ShowingBuiltIn).to_owned();
            }
            Command::ShowErrors(problems) => self.errors = Some(*problems),
            Command::ExportStarted => {
                self.export_dialog = None;
                self.exporting = Some(Progress::default());
            }
            Command::Export(news) => self.export_news(news),
            Command::Search(search) => self.apply_search(search),
            Command::OpenPathDialog(dialog) => self.path_dialog = Some(dialog),
            Command::PathChecked(text, check) => {
                if let Some(dialog) = &mut self.path_dialog {
                    (dialog.text, dialog.check) = (text, check);
                }
            }
            Command::ClosePathDialog => self.path_dialog = None,
            Command::ScrollTab(to) => self.keyboard.scroll = Some(to),
            Command::TabScrolled => self.keyboard.scroll = None,
            Command::SkipToContent => self.keyboard.skip_to_content = true,
            Command::SkippedToContent => self.keyboard.skip_to_content = false,
            Command::ShowShortcuts(open) => self.keyboard.shortcuts_open = open,
            // Effects: the app carries them out (io.rs) and applies their news.
            Command::OpenFile(_)
            | Command::OpenBytes(..)
            | Command::PickFile
            | Command::Reload
            | Command::OpenBuiltIn
            | Command::ChooseExportTarget
            | Command::ExportTo(_)
            | Command::EditPath(_)
            | Command::ConfirmPath
            | Command::CopyChartImage { .. }
            | Command::CopyFocusedChart
            | Command::CopyTable(_) => {}
            #[cfg(target_arch = "wasm32")]
            Command::CopyLink => {}
        }
    }

    /// A tab with the timeline opens it on its latest entries, whatever tab came before.
    fn select_tab(&mut self, tab: Tab) {
        if matches!(tab, Tab::Timeline | Tab::Sector(_)) {
            self.timeline.open_on_latest();
        }
        self.tab = tab;
        self.keep_tab_valid();
    }

    fn cycle_tab(&mut self, step: i32) {
        let tabs = self.tabs();
        let here = tabs.iter().position(|t| *t == self.tab).unwrap_or(0) as i32;
        let next = (here + step).rem_euclid(tabs.len() as i32) as usize;
        self.select_tab(tabs[next].clone());
    }

    /// A sector tab whose sector is gone (another dataset) falls back to the Overview.
    fn keep_tab_valid(&mut self) {
        if let Tab::Sector(id) = &self.tab
            && self.analysis.dataset.sector(id).is_none()
        {
            self.tab = Tab::Overview;
        }
    }

    /// A change of the timeline's filters, zoom, selection or view.
    fn edit_timeline(&mut self, edit: Command) {
        let timeline = &mut self.timeline;
        match edit {
            Command::SelectInitiative(id) => {
                timeline.scroll_to = id.clone().map(ScrollTarget::Initiative);
                timeline.selected = id;
            }
            Command::ToggleInitiativeKind(kind) => toggle(&mut timeline.kinds, kind),
            Command::SetTimelineSector(sector) => {
                timeline.sector = sector;
                timeline.open_on_latest();
            }
            Command::SetTimelineListView(on) => timeline.list_view = on,
            Command::SetTimelineZoom(zoom) => {
                let (least, most) = style::timeline::ZOOM.into_inner();
                timeline.points_per_year = zoom.clamp(least, most);
            }
            Command::FocusInitiative(id) => timeline.scroll_to = Some(ScrollTarget::Initiative(id)),
            Command::TimelineScrolled => timeline.scroll_to = None,
            _ => {}
        }
    }

    /// An edit of the export dialog (ignored when it is closed).
    fn edit_export(&mut self, edit: Command) {
        let Some(dialog) = &mut self.export_dialog else {
            return;
        };
        match edit {
            Command::SetExportFormat(format) => dialog.set_format(format),
            Command::SetExportTheme(theme) => dialog.spec.theme = theme,
            Command::SetExportPreset(preset) => dialog.choose_preset(preset),
            Command::SetExportSize { width, height } => dialog.set_size(width, height),
            Command::SetExportScale(scale) => dialog.spec.scale = scale,
            Command::SetExportInitiatives(on) => dialog.initiatives = on,
            Command::SetExportCsvBom(on) => dialog.spec.csv_bom = on,
            Command::SetExportSvgText(text) => dialog.spec.svg_text = text,
            _ => {}
        }
    }

    fn loaded(&mut self, path: PathBuf, result: Result<Analysis, Box<LoadError>>) {
        self.loading = None;
        match result {
            Ok(analysis) => {
                self.status = self.lang.format(T::Loaded, &[&path.display()]);
                self.show_data(analysis, Some(path));
            }
            Err(error) => {
                self.status = self.lang.format(T::LoadFailedStatus, &[&path.display()]);
                if self.file.is_none() && self.errors.is_none() {
                    self.file = Some(path);
                }
                self.errors = Some(*error);
            }
        }
    }

    /// Puts new data on screen: the years reset to its span, a selection it
    /// does not have is cleared, and a tab it does not have falls back.
    fn show_data(&mut self, analysis: Analysis, file: Option<PathBuf>) {
        self.charts.years = analysis.stats.year_span.clone();
        self.analysis = analysis;
        self.file = file;
        self.errors = None;
        if let Some(id) = &self.timeline.selected
            && self.analysis.dataset.initiative(id).is_none()
        {
            self.timeline.selected = None;
        }
        self.keep_tab_valid();
        self.timeline.open_on_latest();
        self.search.refresh(&self.analysis);
    }

    fn export_news(&mut self, news: ExportProgress) {
        let finished = match news {
            ExportProgress::Step { done, total } => {
                self.exporting = Some(Progress { done, total });
                return;
            }
            ExportProgress::Finished(written) => {
                export_state::finished_message(self.lang, &written)
            }
            ExportProgress::Failed(message) => self.lang.format(T::ExportFailed, &[&message]),
        };
        self.status = finished;
        self.exporting = None;
    }
}

#[cfg(test)]
#[path = "state_tests.rs"]
mod tests;
