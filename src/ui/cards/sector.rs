//! A sector's tab: its summary, then key figures, trends, organisations and
//! milestones, each a section of its own.

use super::citation::{confidence_badge, figure_sentence, sector_ai_funding_line, source_link};
use crate::i18n::{self, Lang, T, numbers};
use crate::model::{KeyFigure, Organisation, Sector};
use crate::search::Target;
use crate::stats::{self, FigureSeries};
use crate::style::{self, plot, spacing};
use crate::ui::command::Command;
use crate::ui::ids;
use crate::ui::search_box;
use crate::ui::state::AppState;
use crate::ui::widgets;
use eframe::egui;
use egui::{RichText, Role, WidgetInfo};
use egui_plot::{Line, Plot, Points};

/// A sector's tab: summary, key figures, trends, organisations, milestones.
pub fn show(ui: &mut egui::Ui, state: &AppState, sector: &Sector, commands: &mut Vec<Command>) {
    let lang = state.lang;
    ui.label(
        RichText::new(lang.pick(&sector.name, sector.name_zh.as_ref()))
            .heading()
            .strong(),
    );
    ui.label(lang.pick(&sector.summary, sector.summary_zh.as_ref()));
    ui.label(RichText::new(sector_ai_funding_line(state, &sector.id)).strong());
    ui.add_space(spacing::SECTION);
    key_figures(ui, state, sector, commands);
    trends(ui, state, sector);
    ui.add_space(spacing::SECTION);
    organisations(ui, state, sector, commands);
    ui.add_space(spacing::SECTION);
    milestones(ui, state, sector, commands);
}

fn key_figures(ui: &mut egui::Ui, state: &AppState, sector: &Sector, commands: &mut Vec<Command>) {
    let lang = state.lang;
    ui.label(RichText::new(lang.t(T::KeyFigures)).strong());
    if sector.key_figures.is_empty() {
        ui.label(RichText::new(lang.t(T::NoPublishedFigure)).weak());
    }
    let salt = (ids::FIGURE_CARDS, &sector.id);
    let position = state.analysis.index.sector_position(&sector.id);
    widgets::card_grid(ui, salt, &sector.key_figures, |ui, figure, width| {
        let salt = (&figure.label, figure.date, figure.value.to_bits());
        let name = || figure_sentence(state, figure);
        let card = widgets::card(ui, salt, name, width, false, |ui| {
            figure_card(ui, state, figure)
        });
        let index = sector
            .key_figures
            .iter()
            .position(|f| std::ptr::eq(f, figure));
        if let (Some(sector), Some(index)) = (position, index) {
            let target = Target::KeyFigure { sector, index };
            search_box::reveal(ui, state, target, &card, commands);
        }
    });
}

fn figure_card(ui: &mut egui::Ui, state: &AppState, figure: &KeyFigure) {
    let lang = state.lang;
    ui.label(
        RichText::new(i18n::figure(
            lang,
            figure.value,
            &figure.unit,
            figure.qualifier,
        ))
        .text_style(style::text(style::KEY_VALUE))
        .strong(),
    );
    ui.label(lang.pick(&figure.label, figure.label_zh.as_ref()));
    ui.label(
        RichText::new(numbers::date(lang, &figure.date))
            .small()
            .weak(),
    );
    if let Some(definition) = &figure.definition {
        ui.label(
            RichText::new(lang.format(T::DefinitionIs, &[definition]))
                .small()
                .italics(),
        );
    }
    ui.horizontal_wrapped(|ui| {
        source_link(ui, state, &figure.source);
        confidence_badge(ui, lang, figure.confidence);
    });
}

fn trends(ui: &mut egui::Ui, state: &AppState, sector: &Sector) {
    let series = stats::key_figure_series(sector);
    if series.is_empty() {
        return;
    }
    let lang = state.lang;
    ui.add_space(spacing::SECTION);
    ui.label(RichText::new(lang.t(T::Trends)).strong());
    let salt = (ids::TREND_CARDS, &sector.id);
    widgets::card_grid(ui, salt, &series, |ui, s, width| {
        let label = sector
            .key_figures
            .iter()
            .find(|f| f.label == s.label)
            .map_or(s.label.as_str(), |f| {
                lang.pick(&f.label, f.label_zh.as_ref())
            });
        let values = s
            .points
            .iter()
            .map(|(x, y)| format!("{:.0}: {}", x.floor(), numbers::value(lang, *y, &s.unit)))
            .collect::<Vec<_>>()
            .join("; ");
        let name = lang.format(T::TrendChart, &[&label, &values]);
        let plot_name = name.clone();
        widgets::card(
            ui,
            &s.label,
            || name.clone(),
            width,
            false,
            |ui| {
                ui.label(
                    RichText::new(format!("{label} ({})", i18n::unit(lang, &s.unit)))
                        .small()
                        .strong(),
                );
                trend_plot(ui, lang, sector, s)
                    .widget_info(|| WidgetInfo::labeled(Role::Image, true, &plot_name));
            },
        );
    });
}

/// A small line chart of one figure's values over the years.
fn trend_plot(ui: &mut egui::Ui, lang: Lang, sector: &Sector, s: &FigureSeries) -> egui::Response {
    let points: Vec<[f64; 2]> = s.points.iter().map(|(x, y)| [*x, *y]).collect();
    let unit = s.unit.clone();
    let id = (ids::TREND_PLOT, &sector.id, &s.label);
    Plot::new(id)
        .id(egui::Id::unique(id))
        .height(plot::TREND_HEIGHT)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .show_x(false)
        .include_y(0.0)
        .x_axis_formatter(|mark, _| format!("{:.0}", mark.value))
        .y_axis_formatter(move |mark, _| numbers::compact(lang, mark.value))
        .label_formatter(move |pos| match pos {
            egui_plot::HoverPosition::NearDataPoint { position, .. } => Some(format!(
                "{:.1}: {}",
                position.x,
                numbers::value(lang, position.y, &unit)
            )),
            _ => None,
        })
        .show(ui, |plot_ui| {
            plot_ui.line(Line::new(s.label.clone(), points.clone()).width(plot::TREND_LINE));
            plot_ui.points(Points::new(s.label.clone(), points).radius(plot::TREND_POINT));
        })
        .response
}

fn organisations(
    ui: &mut egui::Ui,
    state: &AppState,
    sector: &Sector,
    commands: &mut Vec<Command>,
) {
    let lang = state.lang;
    ui.label(RichText::new(lang.t(T::NotableOrganisations)).strong());
    if sector.organisations.is_empty() {
        ui.label(RichText::new(lang.t(T::NoneListed)).weak());
    }
    let salt = (ids::ORGANISATIONS, &sector.id);
    let position = state.analysis.index.sector_position(&sector.id);
    widgets::rows(ui, salt, sector.organisations.len(), |ui, i| {
        let row = organisation_row(ui, state, &sector.organisations[i]);
        if let Some(sector) = position {
            let target = Target::Organisation { sector, index: i };
            search_box::reveal(ui, state, target, &row, commands);
        }
        ui.add_space(style::window::ROW_AFTER);
    });
}

fn organisation_row(ui: &mut egui::Ui, state: &AppState, org: &Organisation) -> egui::Response {
    let lang = state.lang;
    ui.horizontal_wrapped(|ui| {
        let mut name = org.name.clone();
        if let Some(zh) = &org.name_zh {
            name.push_str(&format!(" ({zh})"));
        }
        ui.label(RichText::new(name).strong());
        let kind = lang.t(i18n::organisation_kind(org.kind));
        let about = match org.founded {
            Some(year) => lang.format(T::Founded, &[&kind, &year]),
            None => kind.to_owned(),
        };
        ui.label(RichText::new(about).small().weak());
        ui.label(format!("— {}", org.note));
        source_link(ui, state, &org.source);
        confidence_badge(ui, lang, org.confidence);
    })
    .response
}

fn milestones(ui: &mut egui::Ui, state: &AppState, sector: &Sector, commands: &mut Vec<Command>) {
    let lang = state.lang;
    let initiatives = state.analysis.index.sector_initiatives(&sector.id);
    ui.label(RichText::new(lang.format(T::Milestones, &[&initiatives.len()])).strong());
    let salt = (ids::MILESTONES, &sector.id);
    widgets::rows(ui, salt, initiatives.len(), |ui, i| {
        let n = &state.analysis.dataset.initiatives[initiatives[i]];
        let text = i18n::initiative_line(lang, n, false);
        if ui.link(text).on_hover_text(&n.description).clicked() {
            commands.push(Command::SelectInitiative(Some(n.id.clone())));
        }
    });
}
