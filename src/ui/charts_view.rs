//! The charts in the window: shared controls (year range, share, initiative
//! markers), each chart with its table twin one click away.

use super::command::{self, Command};
use super::copy;
use super::search_box;
use super::state::AppState;
use super::tab::Tab;
use super::table_view;
use crate::charts::{self, ChartKind, ChartOptions, FundingMoney, Surface};
use crate::export::Format;
use crate::i18n::T;
use crate::search::Target;
use crate::style::{self, plot, spacing};
use eframe::egui;
use egui::RichText;

/// The Overview's charts: startups per year and funding by sector, side by side
/// when the window is wide enough.
pub fn headline_charts(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let kinds = [ChartKind::StartupsPerYear, ChartKind::FundingBySector];
    let options = state.chart_options();
    if ui.available_width() > spacing::TWO_COLUMNS_FROM {
        ui.columns(2, |columns| {
            for (ui, kind) in columns.iter_mut().zip(kinds) {
                chart_block(ui, state, &options, kind, commands);
            }
        });
    } else {
        for kind in kinds {
            chart_block(ui, state, &options, kind, commands);
        }
    }
}

/// The Charts tab: controls, then every chart.
pub fn all_charts(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let options = state.chart_options();
    controls(ui, state, commands);
    ui.horizontal(|ui| {
        command::button(ui, state.lang, Command::OpenExportDialog(None), commands);
        // The report: the export dialog for every chart, the PDF report chosen.
        if ui.button(state.lang.t(T::ExportReport)).clicked() {
            commands.push(Command::OpenExportDialog(None));
            commands.push(Command::SetExportFormat(Format::Pdf));
        }
    });
    ui.add_space(spacing::SECTION);
    for kind in ChartKind::ALL {
        chart_block(ui, state, &options, kind, commands);
        ui.add_space(style::window::SECTION_GAP);
    }
}

/// The controls the charts share: years, funding as share or with general
/// I&T money, and initiative markers.
fn controls(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.lang;
    let controls = &state.charts;
    ui.horizontal_wrapped(|ui| {
        year_range(ui, state, commands);
        ui.separator();
        let mut share = controls.funding_as_share;
        if ui.checkbox(&mut share, lang.t(T::FundingAsShare)).changed() {
            commands.push(Command::SetFundingShare(share));
        }
        include_general(ui, state, commands);
        let mut markers = controls.show_initiatives;
        if ui
            .checkbox(&mut markers, lang.t(T::ShowInitiativesOnAxis))
            .changed()
        {
            commands.push(Command::SetShowInitiatives(markers));
        }
    });
}

/// The switch that adds the partly-AI and general I&T money to the funding
/// chart. Shares are of AI-specific money alone, so it waits while "share" is on.
fn include_general(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.lang;
    let controls = &state.charts;
    let mut include = controls.funding_money == FundingMoney::WithGeneral;
    let hint = if controls.funding_as_share {
        T::FundingShareIsAiOnly
    } else {
        T::FundingIncludeGeneralHint
    };
    let response = ui
        .add_enabled(
            !controls.funding_as_share,
            egui::Checkbox::new(&mut include, lang.t(T::FundingIncludeGeneral)),
        )
        .on_hover_text(lang.t(hint))
        .on_disabled_hover_text(lang.t(hint));
    if response.changed() {
        commands.push(Command::SetFundingMoney(if include {
            FundingMoney::WithGeneral
        } else {
            FundingMoney::AiSpecific
        }));
    }
}

fn year_range(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.lang;
    let span = state.analysis.stats.year_span.clone();
    let years = &state.charts.years;
    let (mut from, mut to) = (*years.start(), *years.end());
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
    if (from..=to) != *years {
        commands.push(Command::SetYears(from..=to));
    }
}

/// One chart (or its table twin) in a frame, with its buttons.
fn chart_block(
    ui: &mut egui::Ui,
    state: &AppState,
    options: &ChartOptions,
    kind: ChartKind,
    commands: &mut Vec<Command>,
) {
    let as_table = state.tables.contains(&kind);
    let loaded = &state.analysis;
    let block = egui::Frame::group(ui.style())
        .inner_margin(spacing::MARGIN)
        .show(ui, |ui| {
            let mut copy_image = false;
            ui.horizontal(|ui| {
                let lang = state.lang;
                if as_table {
                    command::button(ui, lang, Command::CopyTable(kind), commands);
                } else {
                    copy_image = copy::image_button(ui, lang);
                }
                let label = lang.t(if as_table { T::ShowChart } else { T::ShowTable });
                if ui
                    .button(label)
                    .on_hover_text(lang.t(T::ShowTableHint))
                    .clicked()
                {
                    commands.push(Command::ToggleTable(kind));
                }
                command::button(ui, lang, Command::OpenExportDialog(Some(kind)), commands);
                ui.label(RichText::new(kind.slug()).small().weak());
            });
            if as_table {
                ui.label(
                    RichText::new(charts::title(kind, loaded.chart_data(), options))
                        .heading()
                        .strong(),
                );
                let table = charts::chart_table(kind, loaded.chart_data(), options);
                table_view::show(ui, kind, &table, options);
                ui.label(
                    RichText::new(charts::source_line(kind, loaded.chart_data(), options)).small(),
                );
                table_view::copy_source_links(ui, kind, loaded.chart_data(), options);
            } else {
                let chart = ui.scope(|ui| {
                    let data = loaded.chart_data();
                    charts::draw_chart(ui, kind, data, options, Surface::Screen, plot::CHART_HEIGHT)
                });
                // Its size on screen: title to source line, as exported.
                let size = chart.response.rect.size();
                copy::remember_chart(ui.ctx(), &chart.inner, kind, size);
                if copy_image {
                    commands.push(Command::CopyChartImage { kind, size });
                }
            }
        });
    if state.tab == Tab::Charts {
        search_box::reveal(ui, state, Target::Chart(kind), &block.response, commands);
    }
}
