//! The search box in the top bar, its results under it, the records citing a
//! source, and the brief highlight on a record the search opened. Views only
//! read [`SearchState`](super::search_state::SearchState) and push commands.

use super::command::Command;
use super::ids;
use super::search_state::SearchCommand;
use super::search_text::{self, kind_name, record_name};
use super::state::AppState;
use crate::i18n::T;
use crate::search::{Hit, Target};
use crate::style::{self, search as look};
use eframe::egui;
use egui::{Key, Modifiers, RichText};

/// The search box; its results list shows under it while open.
pub fn show(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.lang;
    let search = &state.search;
    let id = egui::Id::unique(ids::SEARCH_BOX);
    if ui.memory(|m| m.has_focus(id)) {
        keys(ui, state, commands);
    }
    let mut query = search.query.clone();
    let response = ui.add(
        egui::TextEdit::singleline(&mut query)
            .id(id)
            .hint_text(lang.t(T::SearchHint))
            .desired_width(look::BOX_WIDTH)
            .event_filter(egui::EventFilter {
                // While the list shows, arrows move in it and Esc closes it
                // instead of moving the keyboard elsewhere.
                horizontal_arrows: true,
                vertical_arrows: search.open,
                escape: search.open,
                tab: false,
            }),
    );
    ui.ctx()
        .accesskit_node_builder(id, |node| node.set_label(lang.t(T::SearchName)));
    if response.changed() {
        push(commands, SearchCommand::SetQuery(query));
    }
    if search.focus {
        response.request_focus();
        push(commands, SearchCommand::Focused);
    }
    if response.gained_focus() && !search.query.trim().is_empty() && !search.open {
        push(commands, SearchCommand::Focus);
    }
    if response.lost_focus() && search.open && !pointer_over_results(ui.ctx()) {
        // Clicked or tabbed elsewhere: the list goes (a click on a result keeps it).
        push(commands, SearchCommand::Close);
    }
    if search.open {
        results(ui, state, response.rect, commands);
    }
    citing_window(ui.ctx(), state, commands);
}

/// Arrows, Enter and Esc while the box has the keyboard, taken before the
/// text field sees them.
fn keys(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let open = state.search.open;
    let (down, up, enter, escape) = ui.input_mut(|i| {
        let mut take = |key| open && i.consume_key(Modifiers::NONE, key);
        (
            take(Key::ArrowDown),
            take(Key::ArrowUp),
            take(Key::Enter),
            take(Key::Escape),
        )
    });
    if down {
        push(commands, SearchCommand::Move(1));
    }
    if up {
        push(commands, SearchCommand::Move(-1));
    }
    if enter {
        push(commands, SearchCommand::OpenSelected);
    }
    if escape {
        push(commands, SearchCommand::Close);
    }
}

/// True when the pointer is over the results list (as drawn last frame).
fn pointer_over_results(ctx: &egui::Context) -> bool {
    let list = ctx.memory(|m| m.area_rect(results_id()));
    list.zip(ctx.pointer_latest_pos())
        .is_some_and(|(rect, at)| rect.contains(at))
}

fn results_id() -> egui::Id {
    egui::Id::unique(ids::SEARCH_RESULTS)
}

fn push(commands: &mut Vec<Command>, command: SearchCommand) {
    commands.push(Command::Search(command));
}

/// The results under the box: the count, then one row per hit.
fn results(ui: &egui::Ui, state: &AppState, under: egui::Rect, commands: &mut Vec<Command>) {
    let lang = state.lang;
    let found = &state.search.results;
    let count = match (found.total, found.hits.len()) {
        (0, _) => lang.t(T::SearchNoResults).to_owned(),
        (total, shown) if total > shown => lang.format(T::SearchResultsShown, &[&total, &shown]),
        (total, _) => lang.format(T::SearchResults, &[&total]),
    };
    let at = under.left_bottom() + egui::vec2(0.0, look::RESULTS_GAP);
    egui::Area::new(results_id())
        .order(egui::Order::Foreground)
        .fixed_pos(at)
        .show(ui.ctx(), |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_width(look::RESULTS_WIDTH);
                ui.horizontal(|ui| {
                    let count = ui.label(RichText::new(count).strong());
                    // A live region: a screen reader announces the count as it changes.
                    ui.ctx().accesskit_node_builder(count.id, |node| {
                        node.set_live(egui::accesskit::Live::Polite);
                    });
                    ui.label(RichText::new(lang.t(T::SearchKeys)).small().weak());
                });
                egui::ScrollArea::vertical()
                    .id_salt(ids::SEARCH_RESULTS)
                    .max_height(look::RESULTS_HEIGHT)
                    .show(ui, |ui| {
                        for (i, hit) in found.hits.iter().enumerate() {
                            result_row(ui, state, hit, i == state.search.selected, commands);
                        }
                    });
            });
        });
}

/// One result: its kind and sector, then its text with the matches marked.
fn result_row(
    ui: &mut egui::Ui,
    state: &AppState,
    hit: &Hit,
    selected: bool,
    commands: &mut Vec<Command>,
) {
    let (job, name) = search_text::result_text(ui, state, hit);
    // The highlighted row's background goes under its text (painted after).
    let background = ui.painter().add(egui::Shape::Noop);
    let response = ui.add(egui::Button::selectable(selected, job).frame_when_inactive(false));
    if selected {
        let fill = ui
            .visuals()
            .selection
            .bg_fill
            .gamma_multiply(look::SELECTED_OPACITY);
        let shape = egui::Shape::rect_filled(response.rect, style::spacing::RADIUS / 2.0, fill);
        ui.painter().set(background, shape);
    }
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &name));
    if selected {
        response.scroll_to_me(None);
    }
    if response.clicked() {
        commands.push(Command::Search(SearchCommand::Open(hit.target)));
    }
}

/// The records citing the source opened from the search, in a small window.
fn citing_window(ctx: &egui::Context, state: &AppState, commands: &mut Vec<Command>) {
    let Some(citing) = &state.search.citing else {
        return;
    };
    let lang = state.lang;
    let dataset = &state.analysis.dataset;
    let Some(source) = dataset.sources.get(citing.source) else {
        return;
    };
    egui::Window::new(lang.t(T::CitingTitle))
        .id(egui::Id::unique(ids::SEARCH_CITING))
        .collapsible(false)
        .resizable(true)
        .default_width(look::RESULTS_WIDTH)
        .show(ctx, |ui| {
            ui.label(RichText::new(&source.title).strong());
            ui.label(RichText::new(&source.publisher).small().weak());
            ui.separator();
            if citing.targets.is_empty() {
                ui.label(RichText::new(lang.t(T::CitingNone)).weak());
            }
            egui::ScrollArea::vertical()
                .max_height(look::RESULTS_HEIGHT)
                .show(ui, |ui| {
                    for &target in &citing.targets {
                        let kind = lang.t(kind_name(target.kind()));
                        let text = format!("{kind}: {}", record_name(dataset, target, lang));
                        if ui.link(text).clicked() {
                            commands.push(Command::Search(SearchCommand::Open(target)));
                        }
                    }
                });
            if citing.others > 0 {
                ui.label(RichText::new(lang.format(T::CitingOthers, &[&citing.others])).small());
            }
            if ui.button(lang.t(T::Close)).clicked() {
                commands.push(Command::Search(SearchCommand::CloseCiting));
            }
        });
}

/// Scrolls to a record the search opened (once) and flashes an outline
/// round it that fades: call with the record's target and drawn rectangle.
pub fn reveal(
    ui: &egui::Ui,
    state: &AppState,
    target: Target,
    response: &egui::Response,
    commands: &mut Vec<Command>,
) {
    let Some(reveal) = state.search.reveal.filter(|r| r.target == target) else {
        return;
    };
    if reveal.fresh {
        response.scroll_to_me(Some(egui::Align::Center));
        commands.push(Command::Search(SearchCommand::Revealed));
    }
    let flash_id = egui::Id::unique((ids::SEARCH_FLASH, reveal.generation));
    let strength = ui
        .ctx()
        .animate_bool_with_time(flash_id, reveal.fresh, look::FLASH_SECONDS);
    if strength > 0.0 {
        ui.painter().rect_stroke(
            response.rect,
            style::spacing::RADIUS,
            egui::Stroke::new(look::FLASH_STROKE, look::FLASH.gamma_multiply(strength)),
            egui::StrokeKind::Outside,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_search_text_has_chinese_glyphs() {
        use skrifa::MetadataProvider;
        let font = skrifa::FontRef::new(crate::fonts::CJK_FONT).expect("the font parses");
        let charmap = font.charmap();
        let keys = [
            T::SearchHint,
            T::SearchName,
            T::SearchResults,
            T::SearchResultsShown,
            T::SearchNoResults,
            T::SearchKeys,
            T::SearchResultName,
            T::HitSector,
            T::HitChart,
            T::HitOrganisation,
            T::HitInitiative,
            T::HitKeyFigure,
            T::HitSource,
            T::AllSectorsShort,
            T::CitingTitle,
            T::CitingOthers,
            T::CitingNone,
            T::Close,
        ];
        for key in keys {
            for c in key.zh().chars().filter(|c| !c.is_ascii()) {
                assert!(charmap.map(c).is_some(), "{key:?}: no glyph for {c:?}");
            }
        }
    }
}
