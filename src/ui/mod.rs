//! The window: a top bar, a row of tabs, the selected tab's content, and an
//! error panel when a file fails to load.
//!
//! State and view are kept apart: views read [`DashboardApp`]'s state and push
//! [`Command`]s; [`DashboardApp::apply`] carries them out after the frame, so no
//! widget mutates shared state halfway through drawing.

mod cards;
mod charts_view;
mod export_dialog;
mod timeline;

use crate::analysis::Analysis;
use crate::charts::{ChartKind, ChartOptions};
use crate::i18n::{Lang, T};
use crate::load::{self, LoadError};
use crate::model::ValidDataset;
use eframe::egui;
use egui::{Key, KeyboardShortcut, Modifiers, RichText};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};

pub use export_dialog::{ExportDialog, ExportProgress};
pub use timeline::TimelineState;

/// The application id: eframe's app id, the .desktop file's name and WM class.
pub const APP_ID: &str = "hk.ai.dashboard";

/// The window title.
pub const WINDOW_TITLE: &str = "Hong Kong AI Landscape — HK AI Dashboard";

/// Files larger than this load on a background thread with a progress indicator.
const BACKGROUND_LOAD_BYTES: u64 = 2 * 1024 * 1024;

/// One tab of the window.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Tab {
    /// Every sector at a glance, with the headline charts.
    Overview,
    /// One sector, by its id.
    Sector(String),
    /// The timeline of government initiatives.
    Timeline,
    /// Every chart, with its controls.
    Charts,
}

/// What persists between runs (eframe storage). Every field has a default, so
/// an old or damaged settings file never stops the app.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The tab shown last.
    pub tab: Tab,
    /// Light, dark, or follow the system.
    pub theme: egui::ThemePreference,
    /// The dataset file open last (`None`: the built-in dataset).
    pub file: Option<PathBuf>,
    /// The interface language (`None` until chosen: the system locale decides).
    pub lang: Option<Lang>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            tab: Tab::Overview,
            theme: egui::ThemePreference::System,
            file: None,
            lang: None,
        }
    }
}

/// A change the views ask for; applied between frames.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Show this tab.
    SelectTab(Tab),
    /// Show the tab after (or before) the current one, wrapping around.
    CycleTab(i32),
    /// Show the tab at this position (Ctrl+1 is 0); ignored past the last tab.
    SelectTabNumber(usize),
    /// Open a dataset file (from the menu, a drop, or the command line).
    OpenFile(PathBuf),
    /// Ask the person for a file to open.
    PickFile,
    /// Read the open file again (it changed on disk).
    Reload,
    /// Go back to the built-in dataset.
    OpenBuiltIn,
    /// Select an initiative (show its details), or clear the selection.
    SelectInitiative(Option<String>),
    /// Switch the theme.
    SetTheme(egui::ThemePreference),
    /// Switch the interface language.
    SetLanguage(Lang),
    /// Show a chart as a table, or back as a chart.
    ToggleTable(ChartKind),
    /// Hide the error panel.
    DismissErrors,
    /// Open the export dialog for one chart, or for all charts (`None`).
    OpenExportDialog(Option<ChartKind>),
    /// Close the export dialog without exporting.
    CloseExportDialog,
    /// Ask where to save (a file for one chart, a folder for all).
    ChooseExportTarget,
    /// Write the export to this file (one chart) or folder (all charts).
    ExportTo(PathBuf),
}

/// How the app asks a person for files and folders; tests replace the dialogs.
/// Each call starts asking; the answer arrives on `answer` (None when cancelled).
pub trait FilePicker {
    /// A dataset file to open.
    fn pick(&self, answer: Sender<Option<PathBuf>>, ctx: egui::Context, lang: Lang);
    /// A file to save an export to, suggesting `file_name`.
    fn save(
        &self,
        answer: Sender<Option<PathBuf>>,
        ctx: egui::Context,
        lang: Lang,
        file_name: String,
    );
    /// A folder to write several exports into.
    fn folder(&self, answer: Sender<Option<PathBuf>>, ctx: egui::Context, lang: Lang);
}

/// The desktop's file dialog (xdg-desktop-portal), on a thread so the window stays live.
pub struct SystemFilePicker;

/// Runs a blocking dialog on its own thread and sends its answer back.
fn ask(
    answer: Sender<Option<PathBuf>>,
    ctx: egui::Context,
    dialog: impl FnOnce() -> Option<PathBuf> + Send + 'static,
) {
    std::thread::spawn(move || {
        let _ = answer.send(dialog());
        ctx.request_repaint();
    });
}

impl FilePicker for SystemFilePicker {
    fn pick(&self, answer: Sender<Option<PathBuf>>, ctx: egui::Context, lang: Lang) {
        ask(answer, ctx, move || {
            rfd::FileDialog::new()
                .set_title(lang.t(T::OpenDialogTitle))
                .add_filter(lang.t(T::RonDataset), &["ron"])
                .pick_file()
        });
    }

    fn save(
        &self,
        answer: Sender<Option<PathBuf>>,
        ctx: egui::Context,
        lang: Lang,
        file_name: String,
    ) {
        ask(answer, ctx, move || {
            rfd::FileDialog::new()
                .set_title(lang.t(T::SaveDialogTitle))
                .set_file_name(file_name)
                .save_file()
        });
    }

    fn folder(&self, answer: Sender<Option<PathBuf>>, ctx: egui::Context, lang: Lang) {
        ask(answer, ctx, move || {
            rfd::FileDialog::new()
                .set_title(lang.t(T::FolderDialogTitle))
                .pick_folder()
        });
    }
}

/// The dashboard application.
pub struct DashboardApp {
    /// The last good data; never replaced by a failed load.
    pub loaded: Analysis,
    /// The file the data came from (`None`: built in).
    pub file: Option<PathBuf>,
    /// Problems of the last failed load, shown in the error panel.
    pub errors: Option<LoadError>,
    /// The tab shown.
    pub tab: Tab,
    /// The theme chosen.
    pub theme: egui::ThemePreference,
    /// The interface language.
    pub lang: Lang,
    /// The options every chart shares.
    pub chart_options: ChartOptions,
    /// The timeline's filters, zoom and selection.
    pub timeline: TimelineState,
    /// Charts shown as their table twin.
    pub tables: HashSet<ChartKind>,
    /// A short message for the status line ("Analysis x.ron").
    pub status: String,
    /// The export dialog, while it is open.
    pub export_dialog: Option<ExportDialog>,
    /// The export being written, with its progress (done, total).
    export_job: Option<(Receiver<ExportProgress>, (usize, usize))>,
    export_target: (Sender<Option<PathBuf>>, Receiver<Option<PathBuf>>),
    commands: Vec<Command>,
    picker: Box<dyn FilePicker>,
    picked: (Sender<Option<PathBuf>>, Receiver<Option<PathBuf>>),
    background: Option<Receiver<(PathBuf, Result<ValidDataset, LoadError>)>>,
    watcher: Option<FileWatcher>,
}

impl DashboardApp {
    /// Builds the app around the built-in dataset, then opens `file` (or the
    /// file remembered in `settings`) on top of it.
    pub fn new(ctx: &egui::Context, settings: Settings, file: Option<PathBuf>) -> Self {
        let (loaded, errors) = match load::embedded_dataset() {
            Ok(dataset) => (Analysis::new(dataset), None),
            Err(error) => (Analysis::new(empty_dataset()), Some(error)),
        };
        let lang = settings.lang.unwrap_or_else(Lang::from_environment);
        let chart_options = ChartOptions {
            lang,
            ..ChartOptions::for_stats(&loaded.stats)
        };
        let mut app = DashboardApp {
            loaded,
            file: None,
            errors,
            tab: settings.tab.clone(),
            theme: settings.theme,
            lang,
            chart_options,
            timeline: TimelineState::default(),
            tables: HashSet::new(),
            status: String::new(),
            export_dialog: None,
            export_job: None,
            export_target: channel(),
            commands: Vec::new(),
            picker: Box::new(SystemFilePicker),
            picked: channel(),
            background: None,
            watcher: None,
        };
        ctx.set_theme(app.theme);
        crate::fonts::install(ctx);
        if let Some(path) = file.or(settings.file) {
            app.open(ctx, path);
        }
        app.keep_tab_valid();
        app
    }

    /// Replaces the file dialog (tests answer it themselves).
    pub fn with_file_picker(mut self, picker: Box<dyn FilePicker>) -> Self {
        self.picker = picker;
        self
    }

    /// Shows an already loaded dataset as if it came from `file` (benchmarks
    /// and tests hand data in without touching the disk).
    pub fn show_dataset(&mut self, dataset: ValidDataset, file: Option<PathBuf>) {
        self.replace_data(dataset, file);
    }

    /// What to remember between runs.
    pub fn settings(&self) -> Settings {
        Settings {
            tab: self.tab.clone(),
            theme: self.theme,
            file: self.file.clone(),
            lang: Some(self.lang),
        }
    }

    /// Every tab, in order: Overview, one per sector, Timeline, Charts.
    pub fn tabs(&self) -> Vec<Tab> {
        let mut tabs = vec![Tab::Overview];
        tabs.extend(
            self.loaded
                .dataset
                .sectors
                .iter()
                .map(|s| Tab::Sector(s.id.clone())),
        );
        tabs.push(Tab::Timeline);
        tabs.push(Tab::Charts);
        tabs
    }

    /// The name a tab shows (and a screen reader reads).
    pub fn tab_name(&self, tab: &Tab) -> String {
        match tab {
            Tab::Overview => self.lang.t(T::Overview).to_owned(),
            Tab::Sector(id) => match self.loaded.dataset.sector(id) {
                Some(sector) => self
                    .lang
                    .pick(&sector.name, sector.name_zh.as_ref())
                    .to_owned(),
                None => id.clone(),
            },
            Tab::Timeline => self.lang.t(T::Timeline).to_owned(),
            Tab::Charts => self.lang.t(T::Charts).to_owned(),
        }
    }

    /// Queues a command for the end of the frame.
    pub fn push(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// Carries out one command.
    pub fn apply(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::SelectTab(tab) => {
                self.tab = tab;
                self.keep_tab_valid();
            }
            Command::CycleTab(step) => {
                let tabs = self.tabs();
                let here = tabs.iter().position(|t| *t == self.tab).unwrap_or(0) as i32;
                let next = (here + step).rem_euclid(tabs.len() as i32) as usize;
                self.tab = tabs[next].clone();
            }
            Command::SelectTabNumber(index) => {
                if let Some(tab) = self.tabs().get(index) {
                    self.tab = tab.clone();
                }
            }
            Command::OpenFile(path) => self.open(ctx, path),
            Command::PickFile => self
                .picker
                .pick(self.picked.0.clone(), ctx.clone(), self.lang),
            Command::Reload => {
                if let Some(path) = self.file.clone() {
                    self.open(ctx, path);
                }
            }
            Command::OpenBuiltIn => {
                if let Ok(dataset) = load::embedded_dataset() {
                    self.replace_data(dataset, None);
                    self.watcher = None;
                    self.status = self.lang.t(T::ShowingBuiltIn).to_owned();
                }
            }
            Command::SelectInitiative(id) => {
                self.timeline.scroll_to = id.clone().map(timeline::ScrollTarget::Initiative);
                self.timeline.selected = id;
            }
            Command::SetLanguage(lang) => {
                self.lang = lang;
                self.chart_options.lang = lang;
            }
            Command::SetTheme(theme) => {
                self.theme = theme;
                ctx.set_theme(theme);
            }
            Command::ToggleTable(kind) => {
                if !self.tables.remove(&kind) {
                    self.tables.insert(kind);
                }
            }
            Command::DismissErrors => self.errors = None,
            Command::OpenExportDialog(chart) => {
                self.export_dialog = Some(ExportDialog::new(chart, egui::Theme::Light));
            }
            Command::CloseExportDialog => self.export_dialog = None,
            Command::ChooseExportTarget => {
                if let Some(dialog) = &self.export_dialog {
                    let answer = self.export_target.0.clone();
                    match dialog.chart {
                        Some(kind) => {
                            self.picker
                                .save(answer, ctx.clone(), self.lang, dialog.file_name(kind))
                        }
                        None => self.picker.folder(answer, ctx.clone(), self.lang),
                    }
                }
            }
            Command::ExportTo(target) => {
                if let Some(dialog) = self.export_dialog.take() {
                    let job = export_dialog::start(
                        &self.loaded,
                        &self.chart_options,
                        &dialog,
                        target,
                        ctx,
                    );
                    self.export_job = Some((job, (0, 0)));
                }
            }
        }
    }

    /// Opens a dataset file: small files at once, large ones on a background
    /// thread. A failure keeps the current data and shows the problems.
    fn open(&mut self, ctx: &egui::Context, path: PathBuf) {
        let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        if size > BACKGROUND_LOAD_BYTES {
            let (answer, receive) = channel();
            let ctx = ctx.clone();
            let target = path.clone();
            std::thread::spawn(move || {
                let result = load::load_file(&target);
                let _ = answer.send((target, result));
                ctx.request_repaint();
            });
            self.background = Some(receive);
            self.status = self.lang.format(T::Loading, &[&path.display()]);
        } else {
            let result = load::load_file(&path);
            self.finish_load(ctx, path, result);
        }
    }

    fn finish_load(
        &mut self,
        ctx: &egui::Context,
        path: PathBuf,
        result: Result<ValidDataset, LoadError>,
    ) {
        // Watch the file whether or not it loaded: fixing it should reload it.
        if self.watcher.as_ref().is_none_or(|w| w.path != path) {
            self.watcher = FileWatcher::new(&path, ctx.clone());
        }
        match result {
            Ok(dataset) => {
                self.status = self.lang.format(T::Loaded, &[&path.display()]);
                self.replace_data(dataset, Some(path));
            }
            Err(error) => {
                self.status = self.lang.format(T::LoadFailedStatus, &[&path.display()]);
                if self.file.is_none() && self.errors.is_none() {
                    self.file = Some(path);
                }
                self.errors = Some(error);
            }
        }
    }

    fn replace_data(&mut self, dataset: ValidDataset, file: Option<PathBuf>) {
        self.loaded = Analysis::new(dataset);
        self.file = file;
        self.errors = None;
        self.chart_options = ChartOptions {
            years: self.loaded.stats.year_span.clone(),
            ..self.chart_options.clone()
        };
        if let Some(id) = &self.timeline.selected
            && self.loaded.dataset.initiative(id).is_none()
        {
            self.timeline.selected = None;
        }
        self.keep_tab_valid();
    }

    /// A sector tab whose sector is gone (another dataset) falls back to the Overview.
    fn keep_tab_valid(&mut self) {
        if let Tab::Sector(id) = &self.tab
            && self.loaded.dataset.sector(id).is_none()
        {
            self.tab = Tab::Overview;
        }
    }

    /// Reads keyboard shortcuts, dropped files, dialog answers, file changes
    /// and background loads into commands.
    fn gather_events(&mut self, ctx: &egui::Context) {
        let shortcuts = ctx.input_mut(|input| {
            let mut found = Vec::new();
            if input.consume_shortcut(&KeyboardShortcut::new(
                Modifiers::CTRL | Modifiers::SHIFT,
                Key::Tab,
            )) {
                found.push(Command::CycleTab(-1));
            }
            if input.consume_shortcut(&KeyboardShortcut::new(Modifiers::CTRL, Key::Tab)) {
                found.push(Command::CycleTab(1));
            }
            if input.consume_shortcut(&KeyboardShortcut::new(Modifiers::CTRL, Key::O)) {
                found.push(Command::PickFile);
            }
            let digits = [
                Key::Num1,
                Key::Num2,
                Key::Num3,
                Key::Num4,
                Key::Num5,
                Key::Num6,
                Key::Num7,
                Key::Num8,
                Key::Num9,
            ];
            for (i, key) in digits.into_iter().enumerate() {
                if input.consume_shortcut(&KeyboardShortcut::new(Modifiers::CTRL, key)) {
                    found.push(Command::SelectTabNumber(i));
                }
            }
            for file in &input.raw.dropped_files {
                let path = file.path();
                if !path.as_os_str().is_empty() {
                    found.push(Command::OpenFile(path.to_path_buf()));
                }
            }
            found
        });
        self.commands.extend(shortcuts);
        if let Ok(Some(path)) = self.picked.1.try_recv() {
            self.commands.push(Command::OpenFile(path));
        }
        if let Ok(Some(target)) = self.export_target.1.try_recv() {
            self.commands.push(Command::ExportTo(target));
        }
        self.poll_export();
        if self.watcher.as_ref().is_some_and(FileWatcher::changed) {
            self.commands.push(Command::Reload);
        }
        if let Some(receive) = &self.background
            && let Ok((path, result)) = receive.try_recv()
        {
            self.background = None;
            self.finish_load(ctx, path, result);
        }
    }

    /// Takes the export thread's news: progress, or the end (shown in the status line).
    fn poll_export(&mut self) {
        let Some((job, progress)) = &mut self.export_job else {
            return;
        };
        let mut finished = None;
        while let Ok(news) = job.try_recv() {
            match news {
                ExportProgress::Step { done, total } => *progress = (done, total),
                ExportProgress::Finished(written) => {
                    finished = Some(export_dialog::finished_message(self.lang, &written));
                }
                ExportProgress::Failed(message) => {
                    finished = Some(self.lang.format(T::ExportFailed, &[&message]));
                }
            }
        }
        if let Some(message) = finished {
            self.status = message;
            self.export_job = None;
        }
    }

    /// True while an export is being written.
    pub fn exporting(&self) -> bool {
        self.export_job.is_some()
    }

    /// Draws the whole window into `ui` and applies what the person asked for.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.gather_events(&ctx);
        self.top_bar(ui);
        if self.errors.is_some() {
            self.error_panel(ui);
        }
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt(("tab", &self.tab))
                .auto_shrink(false)
                .show(ui, |ui| self.tab_content(ui));
        });
        if let Some(dialog) = &mut self.export_dialog {
            let data = self.loaded.chart_data();
            let title = match dialog.chart {
                Some(kind) => self.lang.format(
                    T::ExportTitle,
                    &[&crate::charts::title(kind, data, &self.chart_options)],
                ),
                None => self.lang.t(T::ExportAllTitle).to_owned(),
            };
            export_dialog::show(&ctx, dialog, &title, self.lang, &mut self.commands);
        }
        let commands = std::mem::take(&mut self.commands);
        if !commands.is_empty() {
            // What was drawn is now stale: draw once more with the new state.
            ctx.request_repaint();
        }
        for command in commands {
            self.apply(&ctx, command);
        }
    }

    fn top_bar(&mut self, ui: &mut egui::Ui) {
        egui::Panel::top("top_bar").show(ui, |ui| {
            ui.add_space(4.0);
            ui.horizontal_wrapped(|ui| {
                let lang = self.lang;
                let dataset = &self.loaded.dataset;
                ui.label(
                    RichText::new(lang.pick(&dataset.title, dataset.title_zh.as_ref()))
                        .heading()
                        .strong(),
                );
                ui.label(RichText::new(lang.format(T::AsOf, &[&dataset.as_of])).weak());
                ui.separator();
                let origin = match &self.file {
                    Some(path) => path.file_name().map_or(path.display().to_string(), |n| {
                        n.to_string_lossy().into_owned()
                    }),
                    None => lang.t(T::BuiltInDataset).to_owned(),
                };
                ui.label(lang.format(T::DataFrom, &[&origin]));
                if ui
                    .button(lang.t(T::Open))
                    .on_hover_text(lang.t(T::OpenHint))
                    .clicked()
                {
                    self.commands.push(Command::PickFile);
                }
                if self.file.is_some() {
                    if ui.button(lang.t(T::Reload)).clicked() {
                        self.commands.push(Command::Reload);
                    }
                    if ui.button(lang.t(T::BuiltInData)).clicked() {
                        self.commands.push(Command::OpenBuiltIn);
                    }
                }
                if self.background.is_some() {
                    ui.spinner();
                }
                if let Some((_, (done, total))) = &self.export_job {
                    ui.spinner();
                    ui.label(lang.format(T::Exporting, &[&(done + 1), &(*total).max(1)]));
                }
                ui.separator();
                let mut theme = self.theme;
                egui::ComboBox::from_id_salt("theme")
                    .selected_text(theme_name(theme, lang))
                    .show_ui(ui, |ui| {
                        for choice in [
                            egui::ThemePreference::System,
                            egui::ThemePreference::Light,
                            egui::ThemePreference::Dark,
                        ] {
                            ui.selectable_value(&mut theme, choice, theme_name(choice, lang));
                        }
                    })
                    .response
                    .widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::ComboBox, true, lang.t(T::Theme))
                    });
                if theme != self.theme {
                    self.commands.push(Command::SetTheme(theme));
                }
                // Each language is offered in its own script, so anyone can find theirs.
                for choice in Lang::ALL {
                    if ui
                        .selectable_label(lang == choice, choice.native_name())
                        .on_hover_text(lang.t(T::Language))
                        .clicked()
                        && choice != lang
                    {
                        self.commands.push(Command::SetLanguage(choice));
                    }
                }
            });
            ui.add_space(2.0);
            ui.horizontal_wrapped(|ui| {
                for (i, tab) in self.tabs().into_iter().enumerate() {
                    let name = self.tab_name(&tab);
                    let response = ui.selectable_label(self.tab == tab, &name);
                    let response = if i < 9 {
                        response.on_hover_text(format!("Ctrl+{}", i + 1))
                    } else {
                        response
                    };
                    if response.clicked() {
                        self.commands.push(Command::SelectTab(tab));
                    }
                }
            });
            if !self.status.is_empty() {
                ui.label(RichText::new(&self.status).small().weak());
            }
            ui.add_space(2.0);
        });
    }

    fn error_panel(&mut self, ui: &mut egui::Ui) {
        let Some(error) = &self.errors else { return };
        egui::Panel::bottom("errors")
            .resizable(true)
            .default_size(160.0)
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.label(
                        RichText::new(format!(
                            "⚠ {}",
                            self.lang.format(
                                T::LoadFailedPanel,
                                &[&error.origin, &error.problems.len()]
                            )
                        ))
                        .strong()
                        .color(ui.visuals().error_fg_color),
                    );
                    if ui.button(self.lang.t(T::Dismiss)).clicked() {
                        self.commands.push(Command::DismissErrors);
                    }
                });
                egui::ScrollArea::vertical().show(ui, |ui| {
                    for problem in &error.problems {
                        ui.label(RichText::new(problem.render(&error.origin)).monospace());
                    }
                });
            });
    }

    fn tab_content(&mut self, ui: &mut egui::Ui) {
        let loaded = self.loaded.clone();
        let mut commands = Vec::new();
        match &self.tab {
            Tab::Overview => {
                cards::overview(ui, &loaded, self.lang, &mut commands);
                ui.add_space(12.0);
                charts_view::headline_charts(
                    ui,
                    &loaded,
                    &self.chart_options,
                    &self.tables,
                    &mut commands,
                );
            }
            Tab::Sector(id) => {
                if let Some(sector) = loaded.dataset.sector(id) {
                    cards::sector_page(ui, &loaded, self.lang, sector, &mut commands);
                    ui.add_space(12.0);
                    ui.label(RichText::new(self.lang.t(T::InitiativesOnTimeline)).heading());
                    timeline::show(
                        ui,
                        &loaded,
                        self.lang,
                        &mut self.timeline,
                        Some(&sector.id),
                        &mut commands,
                    );
                }
            }
            Tab::Timeline => {
                timeline::show(
                    ui,
                    &loaded,
                    self.lang,
                    &mut self.timeline,
                    None,
                    &mut commands,
                );
            }
            Tab::Charts => {
                charts_view::all_charts(
                    ui,
                    &loaded,
                    &mut self.chart_options,
                    &self.tables,
                    &mut commands,
                );
            }
        }
        self.commands.extend(commands);
    }
}

fn theme_name(theme: egui::ThemePreference, lang: Lang) -> &'static str {
    lang.t(match theme {
        egui::ThemePreference::System => T::ThemeSystem,
        egui::ThemePreference::Light => T::ThemeLight,
        egui::ThemePreference::Dark => T::ThemeDark,
    })
}

/// A dataset with nothing in it: what the window shows if even the built-in
/// data failed (a build error the tests catch), so it can still show why.
fn empty_dataset() -> ValidDataset {
    let text = "(title: \"Hong Kong AI Landscape\", as_of: \"2026\", sources: [], sectors: [], initiatives: [], startup_counts: [], funding: [])";
    load::parse_dataset(text, "<empty>")
        .unwrap_or_else(|_| unreachable!("the empty dataset is valid"))
}

/// The environment variable that makes the window close once its first frame
/// is on screen, printing how long that took: for measuring start-up.
pub const STARTUP_PROBE_VAR: &str = "HK_AI_DASHBOARD_STARTUP_PROBE";

/// Closes the window after the first painted frame (see [`STARTUP_PROBE_VAR`]).
struct StartupProbe {
    started: std::time::Instant,
    frames: u32,
}

/// The window's app: the dashboard, plus the optional start-up probe.
struct WindowApp {
    dashboard: DashboardApp,
    probe: Option<StartupProbe>,
}

impl eframe::App for WindowApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.dashboard.show(ui);
        if let Some(probe) = &mut self.probe {
            probe.frames += 1;
            // The first frame is painted once the second one starts.
            if probe.frames == 1 {
                ui.ctx().request_repaint();
            } else if probe.frames == 2 {
                eprintln!(
                    "first frame painted after {:.1} ms",
                    probe.started.elapsed().as_secs_f64() * 1000.0
                );
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if self.probe.is_none() {
            eframe::set_value(storage, eframe::APP_KEY, &self.dashboard.settings());
        }
    }
}

/// The dashboard alone as an eframe app (what the UI tests drive).
impl eframe::App for DashboardApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }
}

/// Watches one file for changes (through its folder, since editors replace files).
struct FileWatcher {
    path: PathBuf,
    changes: Receiver<()>,
    _watcher: notify::RecommendedWatcher,
}

impl FileWatcher {
    fn new(path: &Path, ctx: egui::Context) -> Option<Self> {
        use notify::Watcher;
        let target = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
        let folder = target.parent()?.to_path_buf();
        let name = target.file_name()?.to_owned();
        let (send, changes) = channel();
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                let Ok(event) = event else { return };
                let ours = event
                    .paths
                    .iter()
                    .any(|p| p.file_name() == Some(name.as_os_str()));
                if ours && (event.kind.is_modify() || event.kind.is_create()) {
                    let _ = send.send(());
                    ctx.request_repaint();
                }
            })
            .ok()?;
        watcher
            .watch(&folder, notify::RecursiveMode::NonRecursive)
            .ok()?;
        Some(FileWatcher {
            path: path.to_path_buf(),
            changes,
            _watcher: watcher,
        })
    }

    /// True when the file changed since the last call (all pending events drained).
    fn changed(&self) -> bool {
        let mut any = false;
        while self.changes.try_recv().is_ok() {
            any = true;
        }
        any
    }
}

/// X11 only: WM_CLASS = ("hk.ai.dashboard", "hk.ai.dashboard"). egui-winit 0.37
/// calls winit's `with_name(app_id, "")`, which leaves the instance empty on X11
/// (window-manager rules on the instance then miss us); eframe keeps the window
/// unmapped until its first frame, so rewriting it here precedes the first map.
#[cfg(target_os = "linux")]
fn set_x11_wm_class(cc: &eframe::CreationContext<'_>) {
    use raw_window_handle::{HasWindowHandle as _, RawWindowHandle};
    use x11rb::protocol::xproto::{AtomEnum, ConnectionExt as _, PropMode};
    use x11rb::wrapper::ConnectionExt as _;
    let Ok(handle) = cc.window_handle() else {
        return;
    };
    let window = match handle.as_raw() {
        RawWindowHandle::Xlib(h) => h.window as u32,
        RawWindowHandle::Xcb(h) => h.window.get(),
        _ => return,
    };
    let Ok((conn, _)) = x11rb::connect(None) else {
        return;
    };
    let class = format!("{APP_ID}\0{APP_ID}\0");
    let _ = conn.change_property8(
        PropMode::REPLACE,
        window,
        AtomEnum::WM_CLASS,
        AtomEnum::STRING,
        class.as_bytes(),
    );
    // A round trip: the server has applied it before winit maps the window.
    let _ = conn.get_input_focus().map(|cookie| cookie.reply());
}

/// Opens the window. Returns the process exit status.
pub fn run(file: Option<PathBuf>) -> u8 {
    let started = std::time::Instant::now();
    let probe = std::env::var_os(STARTUP_PROBE_VAR).map(|_| StartupProbe { started, frames: 0 });
    let icon = eframe::icon_data::from_png_bytes(include_bytes!(
        "../../assets/icon/hicolor/256x256/apps/hk.ai.dashboard.png"
    ))
    .ok();
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(WINDOW_TITLE)
        .with_app_id(APP_ID)
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([720.0, 480.0])
        .with_drag_and_drop(true);
    if let Some(icon) = icon {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        renderer: eframe::Renderer::Glow,
        persist_window: true,
        ..Default::default()
    };
    let result = eframe::run_native(
        APP_ID,
        options,
        Box::new(move |cc| {
            #[cfg(target_os = "linux")]
            set_x11_wm_class(cc);
            let settings = cc
                .storage
                .and_then(|s| eframe::get_value::<Settings>(s, eframe::APP_KEY))
                .unwrap_or_default();
            Ok(Box::new(WindowApp {
                dashboard: DashboardApp::new(&cc.egui_ctx, settings, file),
                probe,
            }))
        }),
    );
    match result {
        Ok(()) => 0,
        Err(error) => {
            eprintln!("hk-ai-dashboard: could not open the window: {error}");
            1
        }
    }
}
