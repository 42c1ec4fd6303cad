//! What a card says about where a figure comes from: the sentence a screen
//! reader reads, the source link, and the confidence mark.

use crate::i18n::{self, Lang, T, numbers};
use crate::model::{Confidence, FundingScope, KeyFigure};
use crate::style;
use crate::ui::state::AppState;
use eframe::egui;
use egui::RichText;

/// A figure as one line a screen reader can read: "AI companies at Cyberport: >400 companies (2025-07, source …)".
pub fn figure_sentence(state: &AppState, figure: &KeyFigure) -> String {
    let lang = state.lang;
    let source = state
        .analysis
        .dataset
        .source(&figure.source)
        .map_or(figure.source.to_string(), |s| s.publisher.clone());
    lang.format(
        T::FigureSentence,
        &[
            &lang.pick(&figure.label, figure.label_zh.as_ref()),
            &i18n::figure(lang, figure.value, &figure.unit, figure.qualifier),
            &numbers::date(lang, &figure.date),
            &source,
        ],
    )
}

/// "AI-specific funding disclosed: HK$…" for a sector, or that it has none:
/// the line the Overview's cards and the sector tabs share.
pub fn sector_ai_funding_line(state: &AppState, sector_id: &str) -> String {
    let lang = state.lang;
    let scoped = &state.analysis.stats.funding_scoped;
    match scoped.sector_total(FundingScope::AiSpecific, sector_id) {
        Some(hkd) => lang.format(T::CardAiFunding, &[&numbers::hkd(lang, hkd)]),
        None => lang.t(T::CardNoAiFunding).to_owned(),
    }
}

/// The confidence mark, in its colour.
pub fn confidence_badge(ui: &mut egui::Ui, lang: Lang, confidence: Confidence) {
    let color = style::confidence_color(confidence);
    ui.label(
        RichText::new(lang.t(i18n::confidence(confidence)))
            .small()
            .color(color),
    );
}

/// "Source: publisher" as a link to the source, its title, URL and dates on
/// hover, then "Copy link", which puts the URL on the clipboard (a keyboard
/// or screen-reader user cannot read a tooltip).
pub fn source_link(ui: &mut egui::Ui, state: &AppState, source_id: &str) {
    let lang = state.lang;
    let Some(source) = state.analysis.dataset.source(source_id) else {
        ui.label(RichText::new(lang.format(T::SourceIs, &[&source_id])).small());
        return;
    };
    // Kept on one row and cut with "…" where the card is narrower: a link
    // that wraps is split in two, and its second half is an unnamed node for
    // screen readers (the whole name stays its accessible name and shows on
    // hover). Call it first in a `horizontal_wrapped` row, so the link may
    // take the row's whole width and what follows it wraps below.
    let wrap = ui.style().wrap_mode;
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
    let link = ui.hyperlink_to(
        RichText::new(lang.format(T::SourceIs, &[&source.publisher])).small(),
        &source.url,
    );
    // Built only while hovered, not every frame.
    link.on_hover_ui(|ui| {
        let mut dates = Vec::new();
        if let Some(published) = source.published {
            dates.push(lang.format(T::Published, &[&numbers::date(lang, &published)]));
        }
        dates.push(lang.format(T::Accessed, &[&numbers::date(lang, &source.accessed)]));
        ui.label(format!(
            "{}\n{}\n{}\n{}",
            source.publisher,
            source.title,
            source.url,
            dates.join(", ")
        ));
    });
    copy_link(ui, lang, &source.url);
    ui.style_mut().wrap_mode = wrap;
}

/// A small "Copy link" button putting `url` on the clipboard.
pub fn copy_link(ui: &mut egui::Ui, lang: Lang, url: &str) {
    let button = ui.small_button(lang.t(T::CopyLink));
    if button.clicked() {
        ui.ctx().copy_text(url.to_owned());
    }
}
