//! The search box in the top bar, its results under it, the records citing a
//! source, and the brief highlight on a record the search opened. Views only
//! read [`SearchState`](super::search_state::SearchState) and push commands.

use super::command::Command;
use super::ids;
use super::search_state::SearchCommand;
use super::state::AppState;
use crate::i18n::{Lang, T};
use crate::model::Dataset;
use crate::search::{FieldRank, Hit, HitKind, Target};
use crate::style::{self, search as look};
use eframe::egui;
use egui::text::LayoutJob;
use egui::{Key, Modifiers, RichText, TextFormat};
use std::ops::Range;

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
    let lang = state.lang;
    let dataset = &state.analysis.dataset;
    let kind = lang.t(kind_name(hit.kind));
    let sector = hit.sector.as_ref().map_or_else(
        || lang.t(T::AllSectorsShort).to_owned(),
        |s| state.sector_name(s),
    );
    let (text, ranges) = excerpt(&hit.text, &hit.ranges);
    let mut job = LayoutJob::default();
    let plain = TextFormat::simple(
        egui::TextStyle::Body.resolve(ui.style()),
        ui.visuals().text_color(),
    );
    let weak = TextFormat {
        color: ui.visuals().weak_text_color(),
        ..plain.clone()
    };
    job.append(&format!("{kind} · {sector}   "), 0.0, weak);
    let text_from = job.text.len();
    if hit.field != FieldRank::Name {
        job.append(
            &format!("{} — ", record_name(dataset, hit.target, lang)),
            0.0,
            plain.clone(),
        );
    }
    append_marked(&mut job, &text, &ranges, &plain);
    if let Target::KeyFigure { sector, index } = hit.target
        && let Some(f) = dataset
            .sectors
            .get(sector)
            .and_then(|s| s.key_figures.get(index))
    {
        job.append(&format!(" ({})", f.date), 0.0, plain.clone());
    }
    job.wrap = egui::text::TextWrapping::truncate_at_width(look::RESULTS_WIDTH);
    let name = lang.format(
        T::SearchResultName,
        &[&kind, &sector, &&job.text[text_from..]],
    );
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

/// Appends `text` with its `ranges` marked.
fn append_marked(job: &mut LayoutJob, text: &str, ranges: &[Range<usize>], plain: &TextFormat) {
    let marked = TextFormat {
        background: look::MATCH_BACKGROUND,
        color: look::MATCH_TEXT,
        ..plain.clone()
    };
    let mut at = 0;
    for range in ranges {
        job.append(&text[at..range.start], 0.0, plain.clone());
        job.append(&text[range.clone()], 0.0, marked.clone());
        at = range.end;
    }
    job.append(&text[at..], 0.0, plain.clone());
}

/// A long text cut to a window around its first match, with its ranges moved
/// to match (ranges past the cut are dropped).
pub fn excerpt(text: &str, ranges: &[Range<usize>]) -> (String, Vec<Range<usize>>) {
    let first = ranges.first().map_or(0, |r| r.start);
    let lead_chars = text[..first].chars().count();
    let start = if lead_chars > look::EXCERPT_LEAD {
        text[..first]
            .char_indices()
            .nth(lead_chars - look::EXCERPT_LEAD)
            .map_or(0, |(at, _)| at)
    } else {
        0
    };
    let end = text[start..]
        .char_indices()
        .nth(look::EXCERPT_CHARS)
        .map_or(text.len(), |(at, _)| start + at);
    let (before, after) = (
        if start > 0 { "…" } else { "" },
        if end < text.len() { "…" } else { "" },
    );
    let shift = before.len() as isize - start as isize;
    let moved = ranges
        .iter()
        .filter(|r| r.start >= start && r.end <= end)
        .map(|r| (r.start as isize + shift) as usize..(r.end as isize + shift) as usize)
        .collect();
    (format!("{before}{}{after}", &text[start..end]), moved)
}

/// A record's name in the interface language.
pub fn record_name(dataset: &Dataset, target: Target, lang: Lang) -> String {
    let pick = |en: &String, zh: &Option<String>| lang.pick(en, zh.as_ref()).to_owned();
    match target {
        Target::Sector(s) => dataset.sectors.get(s).map(|s| pick(&s.name, &s.name_zh)),
        Target::KeyFigure { sector, index } => dataset
            .sectors
            .get(sector)
            .and_then(|s| s.key_figures.get(index))
            .map(|f| pick(&f.label, &f.label_zh)),
        Target::Organisation { sector, index } => dataset
            .sectors
            .get(sector)
            .and_then(|s| s.organisations.get(index))
            .map(|o| pick(&o.name, &o.name_zh)),
        Target::Initiative(i) => dataset
            .initiatives
            .get(i)
            .map(|n| pick(&n.name, &n.name_zh)),
        Target::Source(i) => dataset.sources.get(i).map(|s| s.title.clone()),
        Target::Chart(kind) => Some(kind.slug().to_owned()),
    }
    .unwrap_or_default()
}

fn kind_name(kind: HitKind) -> T {
    match kind {
        HitKind::Sector => T::HitSector,
        HitKind::Chart => T::HitChart,
        HitKind::Organisation => T::HitOrganisation,
        HitKind::Initiative => T::HitInitiative,
        HitKind::KeyFigure => T::HitKeyFigure,
        HitKind::Source => T::HitSource,
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
    fn a_long_text_is_cut_round_its_first_match() {
        let text = format!("{}Cyberport{}", "x".repeat(100), "y".repeat(200));
        let matches = vec![100..109, 290..295];
        let (cut, ranges) = excerpt(&text, &matches);
        assert_eq!(ranges.len(), 1, "the match past the cut is dropped");
        assert!(cut.starts_with('…') && cut.ends_with('…'));
        assert_eq!(&cut[ranges[0].clone()], "Cyberport");
        let matches = vec![0..2, 3..10];
        let (whole, same) = excerpt("AI Subsidy", &matches);
        assert_eq!((whole.as_str(), same), ("AI Subsidy", matches));
    }

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
