//! The charts in the window: shared controls (year range, share, initiative
//! markers), each chart with its table twin one click away.

use super::Command;
use crate::analysis::Analysis;
use crate::charts::{self, ChartKind, ChartOptions, Surface, Table};
use crate::i18n::T;
use eframe::egui;
use egui::RichText;
use std::collections::HashSet;

const PLOT_HEIGHT: f32 = 300.0;

/// The Overview's charts: startups per year and funding by sector, side by side
/// when the window is wide enough.
pub fn headline_charts(
    ui: &mut egui::Ui,
    loaded: &Analysis,
    options: &ChartOptions,
    tables: &HashSet<ChartKind>,
    commands: &mut Vec<Command>,
) {
    let kinds = [ChartKind::StartupsPerYear, ChartKind::FundingBySector];
    if ui.available_width() > 1100.0 {
        ui.columns(2, |columns| {
            for (ui, kind) in columns.iter_mut().zip(kinds) {
                chart_block(ui, loaded, kind, options, tables, commands);
            }
        });
    } else {
        for kind in kinds {
            chart_block(ui, loaded, kind, options, tables, commands);
        }
    }
}

/// The Charts tab: controls, then every chart.
pub fn all_charts(
    ui: &mut egui::Ui,
    loaded: &Analysis,
    options: &mut ChartOptions,
    tables: &HashSet<ChartKind>,
    commands: &mut Vec<Command>,
) {
    controls(ui, loaded, options);
    if ui.button(options.lang.t(T::ExportAll)).clicked() {
        commands.push(Command::OpenExportDialog(None));
    }
    ui.add_space(8.0);
    for kind in ChartKind::ALL {
        chart_block(ui, loaded, kind, options, tables, commands);
        ui.add_space(12.0);
    }
}

fn controls(ui: &mut egui::Ui, loaded: &Analysis, options: &mut ChartOptions) {
    let span = loaded.stats.year_span.clone();
    let lang = options.lang;
    ui.horizontal_wrapped(|ui| {
        let (mut from, mut to) = (*options.years.start(), *options.years.end());
        ui.label(lang.t(T::Years));
        ui.add(
            egui::DragValue::new(&mut from)
                .range(*span.start()..=to)
                .prefix(format!("{} ", lang.t(T::From))),
        );
        ui.add(
            egui::DragValue::new(&mut to)
                .range(from..=*span.end())
                .prefix(format!("{} ", lang.t(T::To))),
        );
        if ui.button(lang.t(T::AllYears)).clicked() {
            (from, to) = (*span.start(), *span.end());
        }
        options.years = from..=to;
        ui.separator();
        ui.checkbox(&mut options.share, lang.t(T::FundingAsShare));
        ui.checkbox(
            &mut options.show_initiatives,
            lang.t(T::ShowInitiativesOnAxis),
        );
        ui.separator();
        let years = &loaded.stats.sector_count_years;
        if !years.is_empty() {
            let current = charts::sector_year(loaded.chart_data(), options);
            egui::ComboBox::from_id_salt("sector_year")
                .selected_text(lang.format(
                    T::SectorYear,
                    &[&current.map_or("–".to_owned(), |y| y.to_string())],
                ))
                .show_ui(ui, |ui| {
                    for year in years {
                        ui.selectable_value(
                            &mut options.sector_year,
                            Some(*year),
                            year.to_string(),
                        );
                    }
                })
                .response
                .widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::ComboBox, true, lang.t(T::SectorYearName))
                });
        }
    });
}

fn chart_block(
    ui: &mut egui::Ui,
    loaded: &Analysis,
    kind: ChartKind,
    options: &ChartOptions,
    tables: &HashSet<ChartKind>,
    commands: &mut Vec<Command>,
) {
    let as_table = tables.contains(&kind);
    egui::Frame::group(ui.style())
        .inner_margin(10.0)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                let lang = options.lang;
                let label = lang.t(if as_table { T::ShowChart } else { T::ShowTable });
                if ui
                    .button(label)
                    .on_hover_text(lang.t(T::ShowTableHint))
                    .clicked()
                {
                    commands.push(Command::ToggleTable(kind));
                }
                if ui.button(lang.t(T::Export)).clicked() {
                    commands.push(Command::OpenExportDialog(Some(kind)));
                }
                ui.label(RichText::new(kind.slug()).small().weak());
            });
            if as_table {
                ui.label(
                    RichText::new(charts::title(kind, loaded.chart_data(), options))
                        .heading()
                        .strong(),
                );
                table(
                    ui,
                    kind,
                    &charts::chart_table(kind, loaded.chart_data(), options),
                );
                ui.label(
                    RichText::new(charts::source_line(kind, loaded.chart_data(), options)).small(),
                );
            } else {
                charts::draw_chart(
                    ui,
                    kind,
                    loaded.chart_data(),
                    options,
                    Surface::Screen,
                    PLOT_HEIGHT,
                );
            }
        });
}

fn table(ui: &mut egui::Ui, kind: ChartKind, table: &Table) {
    egui::ScrollArea::horizontal()
        .id_salt(("table", kind.slug()))
        .show(ui, |ui| {
            egui::Grid::new(("table_grid", kind.slug()))
                .striped(true)
                .num_columns(table.columns.len())
                .spacing([14.0, 4.0])
                .show(ui, |ui| {
                    for column in &table.columns {
                        ui.label(RichText::new(column).strong());
                    }
                    ui.end_row();
                    for row in &table.rows {
                        for cell in row {
                            ui.label(cell);
                        }
                        ui.end_row();
                    }
                });
        });
}
