//! One initiative in full (date, body, kind, amount, sectors, confidence,
//! source), and the list twin of the strip.

use crate::i18n::{self, Lang, T, numbers};
use crate::model::{Currency, Initiative};
use crate::style;
use crate::ui::command::{self, Command};
use crate::ui::ids;
use crate::ui::state::AppState;
use crate::ui::widgets;
use eframe::egui;
use egui::RichText;

/// The details panel of the selected initiative.
pub fn details(ui: &mut egui::Ui, state: &AppState, n: &Initiative, commands: &mut Vec<Command>) {
    let lang = state.lang;
    ui.add_space(style::spacing::SECTION);
    egui::Frame::group(ui.style())
        .inner_margin(style::spacing::MARGIN)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(RichText::new(initiative_name(n, lang)).heading().strong());
                command::button(ui, lang, Command::SelectInitiative(None), commands);
            });
            // The other language's name, when there is one.
            if let Some(zh) = &n.name_zh {
                ui.label(if lang == Lang::En { zh } else { &n.name });
            }
            egui::Grid::new(ids::INITIATIVE_DETAILS)
                .num_columns(2)
                .spacing(style::window::DETAILS_SPACING)
                .show(ui, |ui| facts(ui, state, n));
            ui.label(&n.description);
            source(ui, state, n);
        });
}

/// The label/value rows of the details panel.
fn facts(ui: &mut egui::Ui, state: &AppState, n: &Initiative) {
    let lang = state.lang;
    let amount = match n.amount {
        Some(m) if m.currency == Currency::HKD => numbers::hkd(lang, m.value),
        Some(m) => lang.format(
            T::UsdAmount,
            &[
                &numbers::money(lang, m.value, m.currency),
                &numbers::hkd(lang, m.in_hkd()),
                &crate::model::HKD_PER_USD,
            ],
        ),
        None => lang.t(T::NoAmount).to_owned(),
    };
    let sectors = n
        .sectors
        .iter()
        .map(|s| state.sector_name(s))
        .collect::<Vec<_>>()
        .join(", ");
    let rows = [
        (T::Date, numbers::date(lang, &n.date)),
        (T::Body, n.body.clone()),
        (T::Kind, lang.t(i18n::initiative_kind(n.kind)).to_owned()),
        (T::Amount, amount),
        (T::Sectors, sectors),
        (
            T::Confidence,
            lang.t(i18n::confidence(n.confidence)).to_owned(),
        ),
    ];
    for (key, value) in rows {
        ui.label(RichText::new(lang.t(key)).strong());
        ui.label(value);
        ui.end_row();
    }
}

/// The initiative's source: publisher and title as a link, and the URL.
fn source(ui: &mut egui::Ui, state: &AppState, n: &Initiative) {
    let Some(source) = state.analysis.dataset.source(&n.source) else {
        return;
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(state.lang.t(T::SourceLabel)).strong());
        ui.hyperlink_to(
            format!("{} — {}", source.publisher, source.title),
            &source.url,
        );
    });
    ui.label(RichText::new(&source.url).small().weak());
}

/// The list twin of the strip: one row per entry, each a selectable name.
pub fn list(ui: &mut egui::Ui, state: &AppState, entries: &[usize], commands: &mut Vec<Command>) {
    let lang = state.lang;
    widgets::rows(ui, ids::TIMELINE_LIST, entries.len(), |ui, row| {
        let n = &state.analysis.dataset.initiatives[entries[row]];
        let selected = state.timeline.selected.as_deref() == Some(n.id.as_str());
        let line = ui.horizontal(|ui| {
            ui.label(numbers::date(lang, &n.date));
            if ui
                .selectable_label(selected, initiative_name(n, lang))
                .on_hover_text(&n.description)
                .clicked()
            {
                commands.push(Command::SelectInitiative(Some(n.id.clone())));
            }
            let kind = RichText::new(lang.t(i18n::initiative_kind(n.kind)))
                .color(style::initiative_kind_color(n.kind));
            ui.label(kind);
            ui.label(n.body.as_str());
        });
        let reading = list_row_reading(state, n);
        let id = ui.make_persistent_id((ids::TIMELINE_LIST, n.id.as_str()));
        ui.interact(line.response.rect, id, egui::Sense::hover())
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Row, true, &reading));
    });
}

/// A list row as one sentence for screen readers: date, name, kind, body
/// and source ("2024-02-28, AI Supercomputing Centre, Infrastructure, ITIB,
/// source: HKSAR Government").
fn list_row_reading(state: &AppState, n: &Initiative) -> String {
    let lang = state.lang;
    let kind = lang.t(i18n::initiative_kind(n.kind));
    let name = initiative_name(n, lang);
    let date = numbers::date(lang, &n.date);
    let mut reading = format!("{date}, {name}, {kind}, {}", n.body);
    if let Some(source) = state.analysis.dataset.source(&n.source) {
        let cited = lang.format(T::SourceIs, &[&source.publisher]);
        reading.push_str(&format!(", {cited}"));
    }
    reading
}

/// The initiative's name in `lang` (English where no Chinese name is known).
pub fn initiative_name(n: &Initiative, lang: Lang) -> &str {
    lang.pick(&n.name, n.name_zh.as_ref())
}

/// What a screen reader reads for an entry: "DATE NAME (BODY)".
pub fn entry_name(n: &Initiative, lang: Lang) -> String {
    let date = numbers::date(lang, &n.date);
    format!("{date} {} ({})", initiative_name(n, lang), n.body)
}
