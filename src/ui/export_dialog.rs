//! Exporting from the window: a dialog for format, size, scale and theme, then
//! a save (or folder) dialog, then the files are written on a background thread
//! with the same [`crate::export`] pipeline the command line uses, from the
//! chart options on screen, so the file is what the chart shows.

use super::Command;
use crate::analysis::Analysis;
use crate::charts::{ChartKind, ChartOptions};
use crate::export::{self, ExportSpec, Format, PRESETS, Theme};
use crate::i18n::{Lang, T};
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

/// Shows the dialog window; pushes [`Command`]s for Cancel and Save.
pub fn show(
    ctx: &egui::Context,
    dialog: &mut ExportDialog,
    title: &str,
    lang: Lang,
    commands: &mut Vec<Command>,
) {
    let mut open = true;
    egui::Window::new(title)
        .id(egui::Id::unique("export_dialog"))
        .collapsible(false)
        .resizable(false)
        .open(&mut open)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            egui::Grid::new("export_grid")
                .num_columns(2)
                .spacing([12.0, 8.0])
                .show(ui, |ui| {
                    ui.label(RichText::new(lang.t(T::Format)).strong());
                    ui.horizontal(|ui| {
                        for (format, key) in [
                            (Format::Png, T::FormatPng),
                            (Format::Svg, T::FormatSvg),
                            (Format::Csv, T::FormatCsv),
                        ] {
                            ui.radio_value(&mut dialog.spec.format, format, lang.t(key));
                        }
                    });
                    ui.end_row();

                    let images = dialog.spec.format != Format::Csv;
                    ui.label(RichText::new(lang.t(T::Size)).strong());
                    ui.add_enabled_ui(images, |ui| {
                        ui.vertical(|ui| size_controls(ui, dialog, lang));
                    });
                    ui.end_row();

                    ui.label(RichText::new(lang.t(T::Theme)).strong());
                    ui.add_enabled_ui(images, |ui| {
                        ui.horizontal(|ui| {
                            ui.radio_value(
                                &mut dialog.spec.theme,
                                Theme::Light,
                                lang.t(T::LightTheme),
                            );
                            ui.radio_value(
                                &mut dialog.spec.theme,
                                Theme::Dark,
                                lang.t(T::DarkTheme),
                            );
                        });
                    });
                    ui.end_row();
                });
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
                if ui.button(lang.t(T::Cancel)).clicked() {
                    commands.push(Command::CloseExportDialog);
                }
            });
        });
    if !open {
        commands.push(Command::CloseExportDialog);
    }
}

fn size_controls(ui: &mut egui::Ui, dialog: &mut ExportDialog, lang: Lang) {
    let spec = &mut dialog.spec;
    egui::ComboBox::from_id_salt("export_size")
        .selected_text(match dialog.preset {
            Some(i) => PRESETS[i].0.to_owned(),
            None => lang.t(T::CustomSize).to_owned(),
        })
        .show_ui(ui, |ui| {
            for (i, (name, width, height)) in PRESETS.iter().enumerate() {
                if ui
                    .selectable_label(dialog.preset == Some(i), *name)
                    .clicked()
                {
                    dialog.preset = Some(i);
                    spec.width = *width;
                    spec.height = *height;
                }
            }
            if ui
                .selectable_label(dialog.preset.is_none(), lang.t(T::CustomSize))
                .clicked()
            {
                dialog.preset = None;
            }
        })
        .response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, lang.t(T::Size)));
    ui.horizontal(|ui| {
        let before = (spec.width, spec.height);
        ui.add(
            egui::DragValue::new(&mut spec.width)
                .range(1..=export::MAX_PIXELS)
                .prefix(format!("{} ", lang.t(T::Width))),
        );
        ui.label("×");
        ui.add(
            egui::DragValue::new(&mut spec.height)
                .range(1..=export::MAX_PIXELS)
                .prefix(format!("{} ", lang.t(T::Height))),
        );
        if (spec.width, spec.height) != before {
            dialog.preset = None;
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label(lang.t(T::Scale));
        ui.add(
            egui::DragValue::new(&mut spec.scale)
                .range(export::MIN_SCALE..=export::MAX_SCALE)
                .speed(0.05)
                .fixed_decimals(2),
        )
        .labelled_by(label.id);
        let (w, h) = spec.pixel_size();
        ui.label(RichText::new(lang.format(T::PixelsOut, &[&w, &h])).weak());
    });
}
