//! The Overview's first row: how big AI is in Hong Kong and where it is
//! going, one card per [`StoryTopic`], each with its value, date, trend,
//! sparkline and source. The figures are picked once per dataset
//! (`stats::Story`); this only draws them.

use super::citation::{confidence_badge, source_link};
use super::sparkline;
use crate::i18n::{self, Lang, T, numbers};
use crate::model::{PartialDate, Unit};
use crate::stats::{Direction, StoryFigure, StoryOrigin, StoryTopic, StoryValue};
use crate::style;
use crate::ui::ids;
use crate::ui::state::AppState;
use crate::ui::widgets;
use eframe::egui;
use egui::RichText;

/// The story's heading and its row of cards.
pub fn show(ui: &mut egui::Ui, state: &AppState) {
    let lang = state.lang;
    ui.label(RichText::new(lang.t(T::StoryHeading)).heading().strong());
    let figures = &state.analysis.stats.story.figures;
    widgets::card_grid(ui, ids::STORY_CARDS, figures, |ui, figure, width| {
        let name = || card_name(lang, figure);
        widgets::card(ui, figure.topic, name, width, false, |ui| {
            card(ui, state, figure)
        });
    });
}

/// The topic's heading in `lang`.
pub fn topic_name(lang: Lang, topic: StoryTopic) -> &'static str {
    lang.t(match topic {
        StoryTopic::AiMoney => T::StoryAiMoney,
        StoryTopic::ParkAiCompanies => T::StoryParkCompanies,
        StoryTopic::Computing => T::StoryComputing,
        StoryTopic::Initiatives => T::StoryInitiatives,
    })
}

/// What a screen reader reads for the card: topic, value, date and trend.
fn card_name(lang: Lang, figure: &StoryFigure) -> String {
    let topic = topic_name(lang, figure.topic);
    match &figure.latest {
        Some(v) => lang.format(
            T::StoryCardName,
            &[
                &topic,
                &value_text(lang, v),
                &numbers::date(lang, &v.date),
                &trend_text(lang, figure, &v.unit),
            ],
        ),
        None => lang.format(T::StoryGapName, &[&topic]),
    }
}

fn value_text(lang: Lang, v: &StoryValue) -> String {
    i18n::figure(lang, v.value, &v.unit, v.qualifier)
}

/// "↑ up from 1,300 PFLOPS (2025-07-04)", or that one point gives no trend.
fn trend_text(lang: Lang, figure: &StoryFigure, unit: &Unit) -> String {
    let year_to_date = |v: &StoryValue| {
        matches!(
            v.origin,
            StoryOrigin::InitiativeCount { year_to_date: true }
        )
    };
    let Some(trend) = &figure.trend else {
        let key = match &figure.latest {
            Some(v) if year_to_date(v) => T::TrendYearToDate,
            _ => T::TrendOnePoint,
        };
        return lang.t(key).to_owned();
    };
    let key = match trend.direction {
        Direction::Up => T::TrendUp,
        Direction::Down => T::TrendDown,
        Direction::Level => T::TrendLevel,
    };
    let from = i18n::figure(lang, trend.from_value, unit, crate::model::Qualifier::Exact);
    lang.format(key, &[&from, &numbers::date(lang, &trend.from_date)])
}

fn card(ui: &mut egui::Ui, state: &AppState, figure: &StoryFigure) {
    let lang = state.lang;
    ui.label(
        RichText::new(topic_name(lang, figure.topic))
            .strong()
            .text_style(style::text(style::CARD_TITLE)),
    );
    let Some(value) = &figure.latest else {
        ui.label(RichText::new(lang.t(T::StoryNoFigure)).weak());
        return;
    };
    ui.label(
        RichText::new(value_text(lang, value))
            .text_style(style::text(style::FIGURE))
            .strong()
            .color(ui.visuals().hyperlink_color),
    );
    ui.label(RichText::new(what_line(state, value)).small());
    ui.label(RichText::new(trend_text(lang, figure, &value.unit)).small());
    if figure.points.len() >= 2 {
        let name = lang.format(
            T::Sparkline,
            &[
                &topic_name(lang, figure.topic),
                &points_text(lang, figure, &value.unit),
            ],
        );
        sparkline::show(ui, &figure.points, name);
    }
    origin_line(ui, state, value);
}

/// Every point as "date: value", for the sparkline's accessible name.
fn points_text(lang: Lang, figure: &StoryFigure, unit: &Unit) -> String {
    let point = |(date, value): &(PartialDate, f64)| {
        let shown = i18n::figure(lang, *value, unit, crate::model::Qualifier::Exact);
        format!("{}: {shown}", numbers::date(lang, date))
    };
    figure
        .points
        .iter()
        .map(point)
        .collect::<Vec<_>>()
        .join("; ")
}

/// What the value counts and when.
fn what_line(state: &AppState, value: &StoryValue) -> String {
    let lang = state.lang;
    match &value.origin {
        StoryOrigin::KeyFigure {
            label, label_zh, ..
        } => format!(
            "{} · {}",
            lang.pick(label, label_zh.as_ref()),
            numbers::date(lang, &value.date)
        ),
        StoryOrigin::FundingRecords {
            records,
            first_year,
            ..
        } => lang.format(T::StoryMoneyWhat, &[records, first_year, &value.date.year]),
        StoryOrigin::InitiativeCount { year_to_date } => {
            if *year_to_date {
                let as_of = numbers::date(lang, &state.analysis.dataset.as_of);
                lang.format(T::StoryInitiativesToDate, &[&value.date.year, &as_of])
            } else {
                lang.format(T::StoryInitiativesWhat, &[&value.date.year])
            }
        }
    }
}

/// Where the value comes from: a source link and confidence mark, the
/// largest record summed, or where the initiatives' sources are.
fn origin_line(ui: &mut egui::Ui, state: &AppState, value: &StoryValue) {
    let lang = state.lang;
    match &value.origin {
        StoryOrigin::KeyFigure {
            source, confidence, ..
        } => {
            ui.horizontal_wrapped(|ui| {
                source_link(ui, state, source);
                confidence_badge(ui, lang, *confidence);
            });
        }
        StoryOrigin::FundingRecords { largest, .. } => {
            if let Some((name, hkd, source)) = largest {
                let amount = i18n::figure(lang, *hkd, &value.unit, crate::model::Qualifier::Exact);
                let text = lang.format(T::StoryLargest, &[&value.date.year, name, &amount]);
                ui.label(RichText::new(text).small().weak());
                ui.horizontal_wrapped(|ui| source_link(ui, state, source));
            }
        }
        StoryOrigin::InitiativeCount { .. } => {
            ui.label(
                RichText::new(lang.t(T::StoryInitiativesSource))
                    .small()
                    .weak(),
            );
        }
    }
}
