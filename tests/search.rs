//! The search box, driven as a person would: typing queries (English,
//! Chinese, a prefix, a typo, words out of order), reading the results through
//! the accessibility tree, and opening them with the mouse or the keyboard
//! (Ctrl+F, arrows, Enter, Esc). No GPU, no display.

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use hk_ai_dashboard::charts::ChartKind;
use hk_ai_dashboard::i18n::Lang;
use hk_ai_dashboard::search::{HitKind, Target};
use hk_ai_dashboard::ui::{AppState, Command, DashboardApp, Tab};

const BOX: &str = "Search sectors, figures, organisations, initiatives, sources and charts";
const BOX_ZH: &str = "搜尋範疇、數字、機構、措施、來源及圖表";

fn harness_in(lang: Lang) -> Harness<'static, DashboardApp> {
    let settings = AppState {
        lang,
        ..AppState::default()
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .build_eframe(move |cc| DashboardApp::new(&cc.egui_ctx, settings, None));
    harness.run();
    harness
}

/// Clicks the box and types `query` into it.
fn type_query(harness: &mut Harness<'static, DashboardApp>, name: &str, query: &str) {
    harness.get_by_label(name).click();
    harness.run();
    harness.get_by_label(name).type_text(query);
    harness.run();
}

fn search(query: &str) -> Harness<'static, DashboardApp> {
    let mut harness = harness_in(Lang::En);
    type_query(&mut harness, BOX, query);
    harness
}

/// Presses a key and lets the frames it leads to run (a record opened from
/// the search flashes for a while, so the window does not settle at once).
fn press(harness: &mut Harness<'static, DashboardApp>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run_steps(4);
}

/// The accessible names of the result rows shown.
fn rows(harness: &Harness<'_, DashboardApp>) -> Vec<String> {
    harness
        .query_all_by_role(Role::Button)
        .filter_map(|n| n.accesskit_node().label())
        .filter(|l| l.starts_with("Result: ") || l.starts_with("結果："))
        .collect()
}

fn position_of(harness: &Harness<'_, DashboardApp>, initiative: &str) -> usize {
    let dataset = &harness.state().state.analysis.dataset;
    dataset
        .initiatives
        .iter()
        .position(|n| n.id == initiative)
        .expect("in the data")
}

#[test]
fn an_english_query_lists_results_and_enter_opens_the_first() {
    let mut harness = search("cyberport");
    let shown = rows(&harness);
    assert!(shown.len() >= 5, "{shown:?}");
    assert!(shown[0].starts_with("Result: Organisation, "), "{shown:?}");
    assert!(shown[0].contains("Cyberport"));
    let total = harness.state().state.search.results.total;
    let count_text = format!("{total} results");
    let count = harness.get_by_label(&count_text);
    // A live region: a screen reader announces the count as it changes.
    assert_eq!(count.accesskit_node().live(), egui::accesskit::Live::Polite);
    let first = harness.state().state.search.results.hits[0].clone();
    press(&mut harness, Modifiers::NONE, Key::Enter);
    let state = &harness.state().state;
    let sector = first.sector.expect("an organisation has a sector");
    assert_eq!(state.tab, Tab::Sector(sector));
    assert!(!state.search.open);
    assert!(rows(&harness).is_empty(), "the list closes");
    // The organisation is on the tab it opened.
    assert!(
        harness
            .query_all_by_label_contains("Cyberport")
            .next()
            .is_some()
    );
}

#[test]
fn a_chinese_query_finds_the_scheme_and_opens_it_on_the_timeline() {
    let mut harness = search("人工智能資助計劃");
    let scheme = position_of(&harness, "ai_subsidy_scheme_2024");
    let hits = harness.state().state.search.results.hits.clone();
    let at = hits
        .iter()
        .position(|h| h.target == Target::Initiative(scheme))
        .expect("the AI Subsidy Scheme is found");
    for _ in 0..at {
        press(&mut harness, Modifiers::NONE, Key::ArrowDown);
    }
    assert_eq!(harness.state().state.search.selected, at);
    press(&mut harness, Modifiers::NONE, Key::Enter);
    let state = &harness.state().state;
    assert_eq!(state.tab, Tab::Timeline);
    assert_eq!(
        state.timeline.selected.as_deref(),
        Some("ai_subsidy_scheme_2024")
    );
}

#[test]
fn a_prefix_a_typo_and_words_out_of_order_find_the_same_places() {
    let prefix = search("cyber");
    assert!(
        rows(&prefix).iter().any(|r| r.ends_with(": Cyberport")),
        "{:?}",
        rows(&prefix)
    );

    let exact = search("cyberport");
    let typo = search("cybreport");
    assert_eq!(rows(&typo)[0], rows(&exact)[0]);

    let forwards = search("subsidy scheme intelligence");
    let backwards = search("intelligence subsidy scheme");
    assert!(!rows(&forwards).is_empty());
    assert_eq!(rows(&forwards), rows(&backwards));
    let scheme = position_of(&forwards, "ai_subsidy_scheme_2024");
    assert!(
        forwards
            .state()
            .state
            .search
            .results
            .hits
            .iter()
            .any(|h| h.target == Target::Initiative(scheme))
    );
}

#[test]
fn the_keyboard_alone_finds_and_opens() {
    let mut harness = harness_in(Lang::En);
    harness.key_press_modifiers(Modifiers::CTRL, Key::F);
    harness.run();
    assert!(
        harness.get_by_label(BOX).is_focused(),
        "Ctrl+F focuses the box"
    );
    harness.event(egui::Event::Text("startups per year".into()));
    harness.run();
    let hits = harness.state().state.search.results.hits.clone();
    let chart = hits
        .iter()
        .position(|h| h.target == Target::Chart(ChartKind::StartupsPerYear))
        .expect("the chart is found");
    for _ in 0..chart {
        press(&mut harness, Modifiers::NONE, Key::ArrowDown);
    }
    press(&mut harness, Modifiers::NONE, Key::ArrowUp);
    press(&mut harness, Modifiers::NONE, Key::ArrowDown);
    assert_eq!(harness.state().state.search.selected, chart);
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert_eq!(harness.state().state.tab, Tab::Charts);

    // Esc closes the list; Ctrl+K opens it again on the same query.
    press(&mut harness, Modifiers::CTRL, Key::K);
    assert!(harness.state().state.search.open);
    assert!(!rows(&harness).is_empty());
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(!harness.state().state.search.open);
    assert!(rows(&harness).is_empty());
    assert_eq!(harness.state().state.tab, Tab::Charts, "Esc goes nowhere");
    assert!(
        harness.get_by_label(BOX).is_focused(),
        "the first Esc closes the list"
    );
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(
        !harness.get_by_label(BOX).is_focused(),
        "the second leaves the box"
    );
}

#[test]
fn clicking_elsewhere_closes_the_list_and_clicking_a_result_opens_it() {
    let mut harness = search("cyberport");
    // The list drops over the right of the tab row; a tab clear of it.
    harness
        .get_by_role_and_label(Role::Button, "Overview")
        .click();
    harness.run();
    assert!(!harness.state().state.search.open);
    assert!(rows(&harness).is_empty());
    type_query(&mut harness, BOX, " ai");
    assert!(harness.state().state.search.open);
    let name = rows(&harness)[0].clone();
    let first = harness.state().state.search.results.hits[0].clone();
    // Both words in its name: the AI Supercomputing Centre's opening.
    assert_eq!(first.kind, HitKind::Initiative);
    harness.state_mut().push(Command::SelectTab(Tab::Overview));
    harness.run();
    assert!(
        harness.state().state.search.open,
        "the list outlives a tab change"
    );
    harness.get_by_label(&name).click();
    harness.run_steps(4);
    let state = &harness.state().state;
    assert!(!state.search.open);
    assert_eq!(state.tab, Tab::Timeline);
    assert_eq!(state.timeline.selected.as_deref(), Some(first.id.as_str()));
}

#[test]
fn slash_focuses_the_box_only_when_no_text_field_has_focus() {
    let mut harness = harness_in(Lang::En);
    // A keyboard sends the key, then the character typed.
    harness.key_press(Key::Slash);
    harness.event(egui::Event::Text("/".into()));
    harness.run();
    assert!(harness.get_by_label(BOX).is_focused());
    assert_eq!(harness.state().state.search.query, "", "the / is not typed");
    harness.event(egui::Event::Text("a/b".into()));
    harness.run();
    assert_eq!(
        harness.state().state.search.query,
        "a/b",
        "in the box, / is text"
    );
}

#[test]
fn a_source_lists_the_records_citing_it_and_they_open() {
    let mut harness = search("artificial intelligence subsidy scheme sme link");
    let hits = harness.state().state.search.results.hits.clone();
    let source = hits
        .iter()
        .find(|h| h.kind == HitKind::Source)
        .expect("the SME Link page is found by its title and publisher");
    let name = rows(&harness)
        .into_iter()
        .find(|r| r.starts_with("Result: Source, "))
        .expect("listed");
    assert!(name.contains(&source.text), "{name}");
    harness.get_by_label(&name).click();
    harness.run();
    harness.get_by_label("Records citing this source");
    let link = harness
        .query_all_by_role(Role::Link)
        .filter_map(|n| n.accesskit_node().label())
        .find(|l| l.starts_with("Initiative: "))
        .expect("an initiative cites it");
    harness.get_by_label(&link).click();
    harness.run_steps(4);
    assert_eq!(harness.state().state.tab, Tab::Timeline);
    assert!(harness.state().state.timeline.selected.is_some());
    harness.get_by_role_and_label(Role::Button, "Close").click();
    harness.run_steps(4);
    assert!(harness.state().state.search.citing.is_none());
}

#[test]
fn a_key_figure_opens_its_sector_scrolled_to_it() {
    let mut harness = search("AI Subsidy Scheme projects approved");
    let hits = harness.state().state.search.results.hits.clone();
    let at = hits
        .iter()
        .position(|h| h.kind == HitKind::KeyFigure)
        .expect("a key figure is found");
    for _ in 0..at {
        press(&mut harness, Modifiers::NONE, Key::ArrowDown);
    }
    press(&mut harness, Modifiers::NONE, Key::Enter);
    let state = &harness.state().state;
    let sector = hits[at].sector.clone().expect("a figure has a sector");
    assert_eq!(state.tab, Tab::Sector(sector));
    let reveal = state.search.reveal.expect("the figure is revealed");
    assert_eq!(reveal.target, hits[at].target);
    assert!(!reveal.fresh, "the tab scrolled to it");
}

#[test]
fn the_chinese_interface_lists_results_with_every_glyph() {
    let mut harness = harness_in(Lang::ZhHk);
    type_query(&mut harness, BOX_ZH, "cyber 數碼港");
    let shown = rows(&harness);
    assert!(!shown.is_empty());
    assert!(shown.iter().all(|r| r.starts_with("結果：")), "{shown:?}");
    let total = harness.state().state.search.results.total;
    harness.get_by_label(&format!("{total} 項結果"));
}
