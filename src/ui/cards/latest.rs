//! The Overview's latest initiatives: the most recent few (picked once per
//! dataset in `stats::Story`), each with its date and kind; clicking one
//! opens it on the Timeline tab.

use crate::i18n::{self, T, numbers};
use crate::ui::command::Command;
use crate::ui::state::AppState;
use crate::ui::tab::Tab;
use eframe::egui;
use egui::{RichText, Role, WidgetInfo};

/// The heading and one link per latest initiative.
pub fn show(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.lang;
    ui.label(RichText::new(lang.t(T::LatestInitiatives)).strong());
    let latest = &state.analysis.stats.story.latest_initiatives;
    if latest.is_empty() {
        ui.label(RichText::new(lang.t(T::LatestNone)).weak());
    }
    for &i in latest {
        let Some(n) = state.analysis.dataset.initiatives.get(i) else {
            continue;
        };
        let kind = lang.t(i18n::initiative_kind(n.kind));
        let name = lang.pick(&n.name, n.name_zh.as_ref());
        let date = numbers::date(lang, &n.date);
        let link = ui.horizontal(|ui| {
            ui.label(RichText::new(&date).small().weak());
            ui.label(RichText::new(kind).small());
            ui.link(name).on_hover_text(&n.description)
        });
        let link = link.inner;
        // Built only when a screen reader asks for the tree.
        link.widget_info(|| {
            let accessible = lang.format(T::LatestInitiativeName, &[&date, &kind, &name]);
            WidgetInfo::labeled(Role::Link, true, accessible)
        });
        if link.clicked() {
            commands.push(Command::SelectTab(Tab::Timeline));
            commands.push(Command::SelectInitiative(Some(n.id.clone())));
        }
    }
}
