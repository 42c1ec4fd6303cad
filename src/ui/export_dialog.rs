//! The export dialog: format, size, scale, theme, initiative markers, the
//! CSV's byte-order mark and the SVG's text. Its state is
//! [`ExportDialog`] (`export_state`); every change is pushed as a [`Command`].
//! Save asks for a file (or folder), then `io` writes the files on a background
//! thread with the same [`crate::export`] pipeline the command line uses, from
//! the chart options on screen, so the file is what the chart shows.

use super::command::{self, Command};
use super::export_state::ExportDialog;
use super::ids;
use super::state::AppState;
use crate::charts;
use crate::export::{self, Format, PRESETS, SvgText, Theme};
use crate::i18n::{Lang, T};
use crate::style;
use eframe::egui;
use egui::RichText;

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
                command::button(ui, lang, Command::CloseExportDialog, commands);
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
    format_options(ui, dialog, lang, commands);
}

/// The rows of options for one format: initiative markers (images), the
/// byte-order mark (CSV) and how text is written (SVG), each as the command
/// line's flag of the same name.
fn format_options(
    ui: &mut egui::Ui,
    dialog: &ExportDialog,
    lang: Lang,
    commands: &mut Vec<Command>,
) {
    let format = dialog.spec.format;
    ui.label("");
    let mut markers = dialog.initiatives;
    if ui
        .add_enabled(
            format != Format::Csv,
            egui::Checkbox::new(&mut markers, lang.t(T::ExportInitiatives)),
        )
        .changed()
    {
        commands.push(Command::SetExportInitiatives(markers));
    }
    ui.end_row();

    ui.label("");
    let mut bom = dialog.spec.csv_bom;
    if ui
        .add_enabled(
            format == Format::Csv,
            egui::Checkbox::new(&mut bom, lang.t(T::ExportCsvBom)),
        )
        .changed()
    {
        commands.push(Command::SetExportCsvBom(bom));
    }
    ui.end_row();

    ui.label(RichText::new(lang.t(T::ExportSvgText)).strong());
    ui.add_enabled_ui(format == Format::Svg, |ui| {
        ui.horizontal(|ui| {
            for (text, key) in [
                (SvgText::Outlines, T::ExportSvgOutlines),
                (SvgText::Text, T::ExportSvgEditable),
            ] {
                if ui
                    .radio(dialog.spec.svg_text == text, lang.t(key))
                    .clicked()
                    && dialog.spec.svg_text != text
                {
                    commands.push(Command::SetExportSvgText(text));
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
