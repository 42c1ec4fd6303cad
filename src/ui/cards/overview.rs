//! The Overview: the story row (`story`), the latest initiatives (`latest`),
//! then one card per sector with its headline figure. Clicking a card opens
//! the sector's tab.

use super::citation::{figure_sentence, sector_ai_funding_line};
use crate::i18n::{self, Lang, T, numbers};
use crate::model::{FundingScope, KeyFigure, Sector};
use crate::style;
use crate::ui::command::Command;
use crate::ui::ids;
use crate::ui::state::AppState;
use crate::ui::tab::Tab;
use crate::ui::widgets;
use eframe::egui;
use egui::RichText;

/// The Overview's story row, latest initiatives, summary line and sector cards.
pub fn show(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    super::story::show(ui, state);
    super::latest::show(ui, state, commands);
    ui.add_space(style::window::SECTION_GAP);
    let lang = state.lang;
    let dataset = &state.analysis.dataset;
    let by_date = &state.analysis.index.initiatives_by_date;
    let year_of = |i: Option<&usize>| i.map_or(0, |&i| dataset.initiatives[i].date.year);
    let (first, last) = (year_of(by_date.first()), year_of(by_date.last()));
    ui.label(
        RichText::new(lang.format(
            T::OverviewSummary,
            &[
                &dataset.sectors.len(),
                &dataset.initiatives.len(),
                &first,
                &last,
                &dataset.sources.len(),
            ],
        ))
        .weak(),
    );
    ui.label(RichText::new(ai_funding_line(state)).weak());
    ui.add_space(style::window::SUMMARY_GAP);
    widgets::card_grid(
        ui,
        ids::SECTOR_CARDS,
        &dataset.sectors,
        |ui, sector, width| {
            if sector_card(ui, state, sector, width).clicked() {
                commands.push(Command::SelectTab(Tab::Sector(sector.id.clone())));
            }
        },
    );
}

/// The AI-specific money of the whole dataset, with the other scopes named
/// apart (the dashboard never adds general I&T money into AI money).
fn ai_funding_line(state: &AppState) -> String {
    let stats = &state.analysis.stats;
    let scoped = &stats.funding_scoped;
    let ai_years = &scoped.ai_specific.years;
    let (first, last) = (ai_years.first(), ai_years.last());
    let total = |scope| numbers::hkd(state.lang, scoped.total(scope));
    state.lang.format(
        T::OverviewAiFunding,
        &[
            &total(FundingScope::AiSpecific),
            &first.map_or(String::new(), i32::to_string),
            &last.map_or(String::new(), i32::to_string),
            &total(FundingScope::PartlyAi),
            &total(FundingScope::GeneralInnovation),
        ],
    )
}

/// The sector's headline figure, as `stats::Story` picked it (its most
/// telling recent measure: see `stats::headline_index`).
fn headline<'a>(state: &AppState, sector: &'a Sector) -> Option<&'a KeyFigure> {
    let position = state.analysis.index.sector_position(&sector.id)?;
    let index = (*state.analysis.stats.story.headlines.get(position)?)?;
    sector.key_figures.get(index)
}

/// A sector's card: its name, headline figure and counts.
fn sector_card(ui: &mut egui::Ui, state: &AppState, sector: &Sector, width: f32) -> egui::Response {
    let lang = state.lang;
    let headline = headline(state, sector);
    let sector_name = lang.pick(&sector.name, sector.name_zh.as_ref());
    let name = || match headline {
        Some(f) => lang.format(T::CardName, &[&sector_name, &figure_sentence(state, f)]),
        None => lang.format(T::CardName, &[&sector_name, &lang.t(T::NoPublishedFigure)]),
    };
    widgets::card(ui, &sector.id, name, width, true, |ui| {
        ui.label(
            RichText::new(sector_name)
                .strong()
                .text_style(style::text(style::CARD_TITLE)),
        );
        headline_lines(ui, lang, headline);
        totals_lines(ui, state, sector);
    })
}

/// A card's headline figure, large, with its label and date; or that it has none.
fn headline_lines(ui: &mut egui::Ui, lang: Lang, headline: Option<&KeyFigure>) {
    match headline {
        Some(f) => {
            ui.label(
                RichText::new(i18n::figure(lang, f.value, &f.unit, f.qualifier))
                    .text_style(style::text(style::FIGURE))
                    .strong()
                    .color(ui.visuals().hyperlink_color),
            );
            ui.label(
                RichText::new(format!(
                    "{} · {}",
                    lang.pick(&f.label, f.label_zh.as_ref()),
                    numbers::date(lang, &f.date)
                ))
                .small(),
            );
        }
        None => {
            ui.label(RichText::new(lang.t(T::NoPublishedFigure)).weak());
        }
    }
}

/// A card's AI-specific funding and its counts of figures, organisations and
/// initiatives.
fn totals_lines(ui: &mut egui::Ui, state: &AppState, sector: &Sector) {
    let lang = state.lang;
    ui.label(RichText::new(sector_ai_funding_line(state, &sector.id)).small());
    let initiatives = state.analysis.index.sector_initiatives(&sector.id).len();
    ui.label(
        RichText::new(lang.format(
            T::CardCounts,
            &[
                &sector.key_figures.len(),
                &sector.organisations.len(),
                &initiatives,
            ],
        ))
        .small()
        .weak(),
    );
}
