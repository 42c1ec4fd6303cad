//! The export dialog: format (PNG, SVG, CSV, Excel), size, scale, theme, initiative markers, the
//! CSV's byte-order mark and the SVG's text. Its state is
//! [`ExportDialog`] (`export_state`); every change is pushed as a [`Command`].
//! Save asks for a file (or folder), then `io` writes the files on a background
//! thread with the same [`crate::export`] pipeline the command line uses, from
//! the chart options on screen, so the file is what the chart shows.

use super::command::Command;
use super::export_state::ExportDialog;
use super::ids;
use super::modal::{self, Answer};
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
        // Every chart, as one PDF report or as files.
        None if dialog.spec.format == Format::Pdf => lang.t(T::ExportReportTitle).to_owned(),
        None => lang.t(T::ExportAllTitle).to_owned(),
    };
    window(ctx, dialog, &title, lang, commands);
}

/// The dialog, modal: pushes a [`Command`] for every change, Cancel and Save.
/// Enter saves (when the options are valid), Escape cancels.
fn window(
    ctx: &egui::Context,
    dialog: &ExportDialog,
    title: &str,
    lang: Lang,
    commands: &mut Vec<Command>,
) {
    let problem = dialog.spec.validate().err();
    let id = egui::Id::unique(ids::EXPORT_DIALOG);
    let answer = modal::show(ctx, id, title, problem.is_none(), |ui, buttons| {
        let first = egui::Grid::new(ids::EXPORT_GRID)
            .num_columns(2)
            .spacing(style::window::FORM_SPACING)
            .show(ui, |ui| form(ui, dialog, lang, commands))
            .inner;
        if let Some(first) = &first {
            buttons.first_control(first);
        }
        if let Some(problem) = &problem {
            ui.label(RichText::new(problem.to_string()).color(ui.visuals().error_fg_color));
        }
        ui.separator();
        ui.horizontal(|ui| {
            let save = confirm_label(dialog);
            buttons.confirm_button(ui, lang.t(save), problem.is_none());
            buttons.cancel_button(ui, lang.t(T::Cancel));
        });
    });
    match answer {
        Answer::Confirm if problem.is_none() => commands.push(Command::ChooseExportTarget),
        Answer::Cancel => commands.push(Command::CloseExportDialog),
        _ => {}
    }
}

/// The button that goes ahead: on the desktop the system's save dialog asks
/// where next; a browser downloads the file(s) at once.
#[cfg(not(target_arch = "wasm32"))]
fn confirm_label(dialog: &ExportDialog) -> T {
    match dialog.chart {
        Some(_) => T::ChooseFileAndSave,
        None => T::ChooseFolderAndSave,
    }
}

/// The button that goes ahead: a browser downloads the file(s) at once.
#[cfg(target_arch = "wasm32")]
fn confirm_label(_dialog: &ExportDialog) -> T {
    T::Download
}

/// The dialog's option rows, one per line of the form: a label, then its
/// controls (greyed out when they do not apply to the format). Returns the
/// first row's chosen control, which takes the focus when the dialog opens.
/// A new option is one more row: [`choice_row`] for a choice of a few values.
fn form(
    ui: &mut egui::Ui,
    dialog: &ExportDialog,
    lang: Lang,
    commands: &mut Vec<Command>,
) -> Option<egui::Response> {
    let spec = &dialog.spec;
    let formats = [
        (Format::Png, T::FormatPng),
        (Format::Svg, T::FormatSvg),
        (Format::Csv, T::FormatCsv),
        (Format::Xlsx, T::FormatXlsx),
        (Format::Pdf, T::FormatPdf),
    ];
    // The report holds every chart: offered when exporting them all.
    let offered = if dialog.chart.is_none() { 5 } else { 4 };
    let first = choice_row(
        ui,
        lang,
        T::Format,
        true,
        spec.format,
        &formats[..offered],
        commands,
        Command::SetExportFormat,
    );

    let images = spec.format.is_image();
    row(ui, lang.t(T::Size), images, |ui| {
        ui.vertical(|ui| size_controls(ui, dialog, lang, commands));
    });

    let themes = [(Theme::Light, T::LightTheme), (Theme::Dark, T::DarkTheme)];
    choice_row(
        ui,
        lang,
        T::Theme,
        images,
        spec.theme,
        &themes,
        commands,
        Command::SetExportTheme,
    );
    format_options(ui, dialog, lang, commands);
    first
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
    let mut markers = dialog.initiatives;
    row(ui, "", format.is_image(), |ui| {
        let check = egui::Checkbox::new(&mut markers, lang.t(T::ExportInitiatives));
        if ui.add(check).changed() {
            commands.push(Command::SetExportInitiatives(markers));
        }
    });
    let mut bom = dialog.spec.csv_bom;
    row(ui, "", format == Format::Csv, |ui| {
        if ui
            .add(egui::Checkbox::new(&mut bom, lang.t(T::ExportCsvBom)))
            .changed()
        {
            commands.push(Command::SetExportCsvBom(bom));
        }
    });
    let texts = [
        (SvgText::Outlines, T::ExportSvgOutlines),
        (SvgText::Text, T::ExportSvgEditable),
    ];
    choice_row(
        ui,
        lang,
        T::ExportSvgText,
        format == Format::Svg,
        dialog.spec.svg_text,
        &texts,
        commands,
        Command::SetExportSvgText,
    );
}

/// One row of the form: its label, then `controls` (greyed out unless `enabled`).
fn row<R>(
    ui: &mut egui::Ui,
    label: &str,
    enabled: bool,
    controls: impl FnOnce(&mut egui::Ui) -> R,
) -> R {
    ui.label(RichText::new(label).strong());
    let inner = ui.add_enabled_ui(enabled, controls).inner;
    ui.end_row();
    inner
}

/// A row choosing one of a few values with radio buttons; pushes `set(value)`
/// when another is chosen. Returns the chosen value's radio button.
#[allow(clippy::too_many_arguments)]
fn choice_row<V: PartialEq + Copy>(
    ui: &mut egui::Ui,
    lang: Lang,
    label: T,
    enabled: bool,
    chosen: V,
    choices: &[(V, T)],
    commands: &mut Vec<Command>,
    set: fn(V) -> Command,
) -> Option<egui::Response> {
    row(ui, lang.t(label), enabled, |ui| {
        ui.horizontal(|ui| {
            let mut chosen_radio = None;
            for &(value, text) in choices {
                let radio = ui.radio(chosen == value, lang.t(text));
                if radio.clicked() && chosen != value {
                    commands.push(set(value));
                }
                if chosen == value {
                    chosen_radio = Some(radio);
                }
            }
            chosen_radio
        })
        .inner
    })
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
