//! Exporting from the window: a dialog for format, size, scale and theme, then
//! a save (or folder) dialog, then the files are written on a background thread
//! with the same [`crate::export`] pipeline the command line uses, from the
//! chart options on screen, so the file is what the chart shows.

use super::command::Command;
use super::ids;
use super::state::AppState;
use crate::analysis::Analysis;
use crate::charts::{self, ChartKind, ChartOptions};
use crate::export::{self, ExportSpec, Format, PRESETS, Theme};
use crate::i18n::{Lang, T};
use crate::style;
use eframe::egui;
use egui::RichText;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};

/// What is being exported and how; the dialog's state.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportDialog {
    /// One chart, or every chart (into a folder) when `None`.
    pub chart: Option<ChartKind>,
    /// Format, size, scale and theme.
    pub spec: ExportSpec,
    /// The preset chosen, or `None` for a custom size.
    pub preset: Option<usize>,
}

impl ExportDialog {
    /// A dialog for `chart` (or all charts) with Full HD PNG at scale 1 in `theme`.
    pub fn new(chart: Option<ChartKind>, theme: Theme) -> Self {
        let (_, width, height) = PRESETS[1];
        ExportDialog {
            chart,
            spec: ExportSpec {
                width,
                height,
                scale: 1.0,
                theme,
                ..ExportSpec::default()
            },
            preset: Some(1),
        }
    }

    /// The file name suggested for one chart: `<slug>.<ext>`.
    pub fn file_name(&self, kind: ChartKind) -> String {
        export::file_name(kind, self.spec.format)
    }

    /// Picks a preset size (or a custom size, keeping the current one).
    pub(super) fn choose_preset(&mut self, preset: Option<usize>) {
        if let Some((_, width, height)) = preset.and_then(|i| PRESETS.get(i)) {
            self.spec.width = *width;
            self.spec.height = *height;
        }
        self.preset = preset;
    }

    /// Sets a custom size.
    pub(super) fn set_size(&mut self, width: u32, height: u32) {
        self.spec.width = width;
        self.spec.height = height;
        self.preset = None;
    }
}

/// How an export is going, sent from the writing thread.
#[derive(Debug)]
pub enum ExportProgress {
    /// About to write file `done + 1` of `total`.
    Step {
        /// Files written so far.
        done: usize,
        /// Files to write.
        total: usize,
    },
    /// Every file was written.
    Finished(Vec<PathBuf>),
    /// Writing stopped; the message says why (files already written stay).
    Failed(String),
}

/// Writes `charts` into `target` (a file for one chart, a folder for several)
/// on a background thread, reporting progress on the returned channel.
pub fn start(
    loaded: &Analysis,
    options: &ChartOptions,
    dialog: &ExportDialog,
    target: PathBuf,
    ctx: &egui::Context,
) -> Receiver<ExportProgress> {
    let (send, receive) = channel();
    let loaded = loaded.clone();
    let options = options.clone();
    let spec = dialog.spec;
    let (kinds, target) = match dialog.chart {
        Some(kind) => (vec![kind], export::Target::File(target)),
        None => (ChartKind::ALL.to_vec(), export::Target::Folder(target)),
    };
    let ctx = ctx.clone();
    std::thread::spawn(move || {
        let jobs = export::plan(&kinds, &target, spec.format);
        let total = jobs.len();
        let report = |progress| {
            let _ = send.send(progress);
            ctx.request_repaint();
        };
        report(ExportProgress::Step { done: 0, total });
        let run = export::run(&jobs, loaded.chart_data(), &options, &spec, |progress| {
            match progress {
                export::Progress::Written { done, .. } if done < total => {
                    report(ExportProgress::Step { done, total });
                }
                export::Progress::Written { .. } => {}
                // Stop at the first failure: the message says why.
                export::Progress::Failed { .. } => return std::ops::ControlFlow::Break(()),
            }
            std::ops::ControlFlow::Continue(())
        });
        report(match run.errors.first() {
            Some(error) => ExportProgress::Failed(error.to_string()),
            None => ExportProgress::Finished(run.written),
        });
    });
    receive
}

/// The status line for a finished export.
pub fn finished_message(lang: Lang, written: &[PathBuf]) -> String {
    match written {
        [one] => lang.format(T::Saved, &[&one.display()]),
        many => {
            let folder = many
                .first()
                .and_then(|p| p.parent())
                .unwrap_or(Path::new("."));
            lang.format(T::SavedMany, &[&many.len(), &folder.display()])
        }
    }
}

/// Shows the export dialog while it is open.
pub fn show(ctx: &egui::Context, state: &AppState, commands: &mut Vec<Command>) {
    let Some(dialog) = &state.export_dialog else {
        return;
    };
    let lang = state.lang;
    let title = match dialog.chart {
        Some(kind) => {
            let chart = charts::title(kind, state.analysis.chart_data(), &state.chart_options());
            lang.format(T::ExportTitle, &[&chart])
        }
        None => lang.t(T::ExportAllTitle).to_owned(),
    };
    window(ctx, dialog, &title, lang, commands);
}

/// The dialog window; pushes a [`Command`] for every change, Cancel and Save.
fn window(
    ctx: &egui::Context,
    dialog: &ExportDialog,
    title: &str,
    lang: Lang,
    commands: &mut Vec<Command>,
) {
    let mut open = true;
    egui::Window::new(title)
        .id(egui::Id::unique(ids::EXPORT_DIALOG))
        .collapsible(false)
        .resizable(false)
        .open(&mut open)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            egui::Grid::new(ids::EXPORT_GRID)
                .num_columns(2)
                .spacing(style::window::FORM_SPACING)
                .show(ui, |ui| form(ui, dialog, lang, commands));
            let problem = dialog.spec.validate().err();
            if let Some(problem) = &problem {
                ui.label(RichText::new(problem.to_string()).color(ui.visuals().error_fg_color));
            }
            ui.separator();
            ui.horizontal(|ui| {
                let save = if dialog.chart.is_some() {
                    T::ChooseFileAndSave
                } else {
                    T::ChooseFolderAndSave
                };
                if ui
                    .add_enabled(problem.is_none(), egui::Button::new(lang.t(save)))
                    .clicked()
                {
                    commands.push(Command::ChooseExportTarget);
                }
                super::command::button(ui, lang, Command::CloseExportDialog, commands);
            });
        });
    if !open {
        commands.push(Command::CloseExportDialog);
    }
}

/// The dialog's rows: format, size and theme.
fn form(ui: &mut egui::Ui, dialog: &ExportDialog, lang: Lang, commands: &mut Vec<Command>) {
    ui.label(RichText::new(lang.t(T::Format)).strong());
    ui.horizontal(|ui| {
        for (format, key) in [
            (Format::Png, T::FormatPng),
            (Format::Svg, T::FormatSvg),
            (Format::Csv, T::FormatCsv),
        ] {
            if ui
                .radio(dialog.spec.format == format, lang.t(key))
                .clicked()
                && dialog.spec.format != format
            {
                commands.push(Command::SetExportFormat(format));
            }
        }
    });
    ui.end_row();

    let images = dialog.spec.format != Format::Csv;
    ui.label(RichText::new(lang.t(T::Size)).strong());
    ui.add_enabled_ui(images, |ui| {
        ui.vertical(|ui| size_controls(ui, dialog, lang, commands));
    });
    ui.end_row();

    ui.label(RichText::new(lang.t(T::Theme)).strong());
    ui.add_enabled_ui(images, |ui| {
        ui.horizontal(|ui| {
            for (theme, key) in [(Theme::Light, T::LightTheme), (Theme::Dark, T::DarkTheme)] {
                if ui.radio(dialog.spec.theme == theme, lang.t(key)).clicked()
                    && dialog.spec.theme != theme
                {
                    commands.push(Command::SetExportTheme(theme));
                }
            }
        });
    });
    ui.end_row();
}

fn size_controls(
    ui: &mut egui::Ui,
    dialog: &ExportDialog,
    lang: Lang,
    commands: &mut Vec<Command>,
) {
    let spec = &dialog.spec;
    preset_choice(ui, dialog, lang, commands);
    ui.horizontal(|ui| {
        let (mut width, mut height) = (spec.width, spec.height);
        ui.add(
            egui::DragValue::new(&mut width)
                .range(1..=export::MAX_PIXELS)
                .prefix(format!("{} ", lang.t(T::Width))),
        );
        ui.label("×");
        ui.add(
            egui::DragValue::new(&mut height)
                .range(1..=export::MAX_PIXELS)
                .prefix(format!("{} ", lang.t(T::Height))),
        );
        if (width, height) != (spec.width, spec.height) {
            commands.push(Command::SetExportSize { width, height });
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label(lang.t(T::Scale));
        let mut scale = spec.scale;
        ui.add(
            egui::DragValue::new(&mut scale)
                .range(export::MIN_SCALE..=export::MAX_SCALE)
                .speed(0.05)
                .fixed_decimals(2),
        )
        .labelled_by(label.id);
        if scale != spec.scale {
            commands.push(Command::SetExportScale(scale));
        }
        let (w, h) = spec.pixel_size();
        ui.label(RichText::new(lang.format(T::PixelsOut, &[&w, &h])).weak());
    });
}

/// The size presets, and "custom size".
fn preset_choice(
    ui: &mut egui::Ui,
    dialog: &ExportDialog,
    lang: Lang,
    commands: &mut Vec<Command>,
) {
    egui::ComboBox::from_id_salt(ids::EXPORT_SIZE)
        .selected_text(match dialog.preset {
            Some(i) => PRESETS[i].0.to_owned(),
            None => lang.t(T::CustomSize).to_owned(),
        })
        .show_ui(ui, |ui| {
            for (i, (name, _, _)) in PRESETS.iter().enumerate() {
                if ui
                    .selectable_label(dialog.preset == Some(i), *name)
                    .clicked()
                {
                    commands.push(Command::SetExportPreset(Some(i)));
                }
            }
            if ui
                .selectable_label(dialog.preset.is_none(), lang.t(T::CustomSize))
                .clicked()
            {
                commands.push(Command::SetExportPreset(None));
            }
        })
        .response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, lang.t(T::Size)));
}
