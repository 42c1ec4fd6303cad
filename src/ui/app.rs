//! The dashboard as one egui app: each frame gathers events into commands,
//! draws the views from the state (they push more commands), then carries
//! the commands out. [`DashboardApp::apply`] is the one place they are carried
//! out: effects through [`Io`], state changes through [`AppState::apply`].

use super::cards;
use super::charts_view;
use super::command::Command;
use super::copy;
use super::export_dialog;
use super::ids;
#[cfg(not(target_arch = "wasm32"))]
use super::io::FilePicker;
use super::io::Io;
use super::keyboard;
use super::modal;
use super::path_dialog;
use super::path_dialog_state::{PathCheck, PathPurpose};
use super::shortcuts_list;
use super::state::AppState;
use super::tab::Tab;
use super::timeline;
use super::toast;
use super::top_bar;
use crate::analysis::Analysis;
use crate::clipboard::{self, Clipboard};
use crate::i18n::T;
use crate::load::{self, LoadError};
use crate::model::ValidDataset;
use crate::style;
use eframe::egui;
use egui::RichText;
use std::path::PathBuf;

/// The dashboard: its state, its work outside the window, and the commands
/// of the frame being drawn.
pub struct DashboardApp {
    /// Everything the window shows and remembers (read it; change it with commands).
    pub state: AppState,
    io: Io,
    commands: Vec<Command>,
    clipboard: Box<dyn Clipboard>,
}

impl DashboardApp {
    /// Builds the app around the built-in dataset, then opens `file` (or the
    /// file remembered in `state`) on top of it.
    pub fn new(ctx: &egui::Context, state: AppState, file: Option<PathBuf>) -> Self {
        install_look(ctx, state.theme);
        let remembered = state.file.clone();
        let mut app = DashboardApp {
            state,
            io: Io::new(),
            commands: Vec::new(),
            clipboard: clipboard::system(ctx),
        };
        let (analysis, problems) = match built_in() {
            Ok(analysis) => (analysis, None),
            Err(error) => (Analysis::empty(), Some(Box::new(error))),
        };
        app.state.apply(Command::ShowData {
            analysis,
            file: None,
        });
        if let Some(problems) = problems {
            app.state.apply(Command::ShowErrors(problems));
        }
        if let Some(path) = file.or(remembered) {
            app.apply(ctx, Command::OpenFile(path));
        }
        app.state.apply(Command::SelectTab(app.state.tab.clone()));
        app
    }

    /// Replaces the file dialog (tests answer it themselves).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn with_file_picker(mut self, picker: Box<dyn FilePicker>) -> Self {
        self.io.set_file_picker(picker);
        self
    }

    /// Replaces the system clipboard (tests read what was copied).
    pub fn with_clipboard(mut self, clipboard: Box<dyn Clipboard>) -> Self {
        self.clipboard = clipboard;
        self
    }

    /// Shows an already loaded dataset as if it came from `file` (benchmarks
    /// and tests hand data in without touching the disk).
    pub fn show_dataset(&mut self, dataset: ValidDataset, file: Option<PathBuf>) {
        let analysis = Analysis::new(dataset);
        self.state.apply(Command::ShowData { analysis, file });
    }

    /// Queues a command for the end of the frame.
    pub fn push(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// True while an export is being written.
    pub fn exporting(&self) -> bool {
        self.state.exporting.is_some()
    }

    /// Carries out one command: its effect first (a dialog, a file read, an
    /// export thread), then the change to the state it leads to.
    pub fn apply(&mut self, ctx: &egui::Context, command: Command) {
        let lang = self.state.lang;
        let change = match command {
            Command::PickFile => match self.io.pick_file(ctx, lang) {
                Some(own_dialog) => own_dialog,
                None => return,
            },
            Command::OpenFile(path) => self.io.open(ctx, path),
            Command::OpenBytes(name, bytes) => self.io.open_bytes(name, &bytes),
            Command::Reload => match self.state.file.clone() {
                Some(path) => self.io.open(ctx, path),
                None => return,
            },
            Command::OpenBuiltIn => match built_in() {
                Ok(analysis) => {
                    self.io.stop_watching();
                    Command::BuiltInShown(analysis)
                }
                Err(error) => {
                    log::warn!("the built-in dataset failed to load: {error}");
                    return;
                }
            },
            Command::ChooseExportTarget => {
                let dialog = self.state.export_dialog.as_ref();
                match dialog.and_then(|d| self.io.choose_export_target(ctx, lang, d)) {
                    Some(own_dialog) => own_dialog,
                    None => return,
                }
            }
            Command::EditPath(text) => match &self.state.path_dialog {
                Some(dialog) => {
                    let check = PathCheck::of(dialog.purpose, &text);
                    Command::PathChecked(text, check)
                }
                None => return,
            },
            Command::ConfirmPath => return self.confirm_path(ctx),
            Command::ExportTo(target) => {
                let Some(dialog) = &self.state.export_dialog else {
                    return;
                };
                let (analysis, options) = (&self.state.analysis, self.state.chart_options());
                self.io
                    .start_export(ctx, analysis, &options, dialog, target);
                Command::ExportStarted
            }
            #[cfg(target_arch = "wasm32")]
            Command::CopyLink => {
                let address = crate::platform::web::address();
                let link = super::share_link::link(&address, &self.state);
                ctx.copy_text(link.clone());
                Command::LinkCopied(link)
            }
            Command::SetTheme(theme) => {
                ctx.set_theme(theme);
                Command::SetTheme(theme)
            }
            Command::CopyChartImage { kind, size } => {
                let clipboard = self.clipboard.as_mut();
                copy::chart_image(clipboard, &self.state, kind, size)
            }
            Command::CopyTable(kind) => copy::table(self.clipboard.as_mut(), &self.state, kind),
            change => change,
        };
        self.state.apply(change);
    }

    /// Uses the path typed in the window's own file dialog, as the system
    /// dialog's answer would have been used, and closes it.
    fn confirm_path(&mut self, ctx: &egui::Context) {
        let Some(dialog) = self.state.path_dialog.take() else {
            return;
        };
        let Some(path) = dialog.chosen() else {
            self.state.path_dialog = Some(dialog);
            return;
        };
        self.apply(ctx, Command::ClosePathDialog);
        match dialog.purpose {
            PathPurpose::Open => self.apply(ctx, Command::OpenFile(path)),
            PathPurpose::SaveFile | PathPurpose::Folder => {
                self.apply(ctx, Command::ExportTo(path));
            }
        }
    }

    /// Draws the whole window into `ui` and applies what the person asked for.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        // Gather: shortcuts, dropped files, dialog answers, file changes, loads, exports.
        modal::give_back_focus(&ctx);
        // F6 to the top bar or the tabs moves the focus here; to the content,
        // the content's focus stop takes it as it is drawn.
        if self.state.keyboard.skip_to_content && keyboard::focus_next_region(&ctx) {
            self.apply(&ctx, Command::SkippedToContent);
        }
        if !self.state.dialog_open() {
            self.commands.extend(keyboard::from_input(&ctx));
        }
        self.commands.extend(self.io.news(&ctx));
        // Draw: every view reads the state and pushes commands.
        let Self {
            state, commands, ..
        } = self;
        top_bar::show(ui, state, commands);
        top_bar::error_panel(ui, state, commands);
        egui::CentralPanel::default().show(ui, |ui| {
            if content_waits_for_second_frame(ui) {
                return;
            }
            egui::ScrollArea::vertical()
                .id_salt((ids::TAB_SCROLL, &state.tab))
                .auto_shrink(false)
                .show(ui, |ui| {
                    keyboard::content_anchor(ui, state, commands);
                    tab_content(ui, state, commands);
                    keyboard::scroll(ui, state, commands);
                });
        });
        export_dialog::show(&ctx, state, commands);
        path_dialog::show(&ctx, state, commands);
        shortcuts_list::show(&ctx, state, commands);
        toast::show(&ctx, state, commands);
        // Drain: carry the commands out.
        let commands = std::mem::take(&mut self.commands);
        if !commands.is_empty() {
            // What was drawn is now stale: draw once more with the new state.
            ctx.request_repaint();
        }
        for command in commands {
            self.apply(&ctx, command);
        }
    }
}

/// The built-in dataset, read, validated and analysed (about 5 ms).
pub fn built_in() -> Result<Analysis, LoadError> {
    load::embedded_dataset().map(Analysis::new)
}

/// The fonts (with Chinese), the named text styles and the theme.
fn install_look(ctx: &egui::Context, theme: egui::ThemePreference) {
    ctx.set_theme(theme);
    crate::fonts::install(ctx);
    ctx.all_styles_mut(style::apply);
    ctx.all_styles_mut(style::apply_screen_text);
}

/// The number of the frame that first draws the tab's content (0 = the first).
pub const CONTENT_FRAME: u64 = 1;

/// True on the window's first frame, when the tab's content is left for the next one.
///
/// Start-up is part of the shell's design: the first frame shows the window
/// with its top bar and tabs as soon as it can, and the tab's cards and plots
/// follow one frame later (about 10 ms). Laying out and rasterising their text
/// and plots in software GL costs more than the rest of the first frame
/// together (measured with `scripts/measure-startup.sh`).
fn content_waits_for_second_frame(ui: &egui::Ui) -> bool {
    let first = ui.ctx().cumulative_frame_nr() < CONTENT_FRAME;
    if first {
        ui.ctx().request_repaint();
    }
    first
}

/// The selected tab's view.
fn tab_content(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    match &state.tab {
        Tab::Overview => {
            cards::overview::show(ui, state, commands);
            ui.add_space(style::window::SECTION_GAP);
            charts_view::headline_charts(ui, state, commands);
        }
        Tab::Sector(id) => {
            if let Some(sector) = state.analysis.dataset.sector(id) {
                cards::sector::show(ui, state, sector, commands);
                ui.add_space(style::window::SECTION_GAP);
                let heading = state.lang.t(T::InitiativesOnTimeline);
                ui.label(RichText::new(heading).heading());
                timeline::show(ui, state, Some(&sector.id), commands);
            }
        }
        Tab::Timeline => timeline::show(ui, state, None, commands),
        Tab::Charts => charts_view::all_charts(ui, state, commands),
    }
}

/// The dashboard alone as an eframe app (what the UI tests drive).
impl eframe::App for DashboardApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_waits_for_the_second_frame_only() {
        let ctx = egui::Context::default();
        let mut waits = Vec::new();
        for _ in 0..3 {
            let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
                waits.push((
                    ui.ctx().cumulative_frame_nr(),
                    content_waits_for_second_frame(ui),
                ));
            });
            // No renderer takes the font atlas here.
            output.textures_delta.clear();
        }
        assert!(
            waits.iter().all(|&(frame, wait)| wait == (frame == 0)),
            "{waits:?}"
        );
        assert!(waits.iter().any(|&(_, wait)| wait));
        assert!(waits.iter().any(|&(_, wait)| !wait));
    }
}
