//! The window driven by the keyboard alone, as a person without a mouse (or
//! with a screen reader) would: file dialogs that always answer, modal dialogs,
//! focus that stays in view, shortcuts. No GPU, no display.

mod common;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use hk_ai_dashboard::export;
use hk_ai_dashboard::i18n::Lang;
use hk_ai_dashboard::ui::{AppState, DashboardApp, FilePicker, NoSystemDialog, Tab};
use std::path::PathBuf;
use std::sync::mpsc::Sender;

/// A desktop's file dialogs: missing (with a reason), or answering with a
/// path or a Cancel (`None`) at once.
enum Desktop {
    NoDialog(NoSystemDialog),
    Answers(Option<PathBuf>),
}

impl FilePicker for Desktop {
    fn unavailable(&self) -> Option<NoSystemDialog> {
        match self {
            Desktop::NoDialog(reason) => Some(*reason),
            Desktop::Answers(_) => None,
        }
    }
    fn pick(&self, answer: Sender<Option<PathBuf>>, _: egui::Context, _: Lang) {
        if let Desktop::Answers(path) = self {
            let _ = answer.send(path.clone());
        }
    }
    fn save(&self, answer: Sender<Option<PathBuf>>, c: egui::Context, l: Lang, _: String) {
        self.pick(answer, c, l);
    }
    fn folder(&self, answer: Sender<Option<PathBuf>>, c: egui::Context, l: Lang) {
        self.pick(answer, c, l);
    }
}

fn harness_on(desktop: Desktop, tab: Tab) -> Harness<'static, DashboardApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .build_eframe(move |cc| {
            let settings = AppState {
                lang: Lang::En,
                tab,
                ..AppState::default()
            };
            DashboardApp::new(&cc.egui_ctx, settings, None).with_file_picker(Box::new(desktop))
        });
    harness.run();
    harness
}

fn press(harness: &mut Harness<'static, DashboardApp>, key: Key) {
    harness.key_press(key);
    harness.run();
}

fn ctrl(harness: &mut Harness<'static, DashboardApp>, key: Key) {
    harness.key_press_modifiers(Modifiers::CTRL, key);
    harness.run();
}

/// Replaces the focused text field's text by `text`, as typed.
fn retype(harness: &mut Harness<'static, DashboardApp>, text: &str) {
    // A real Ctrl key on Linux sets both `ctrl` and `command`.
    harness.key_press_modifiers(Modifiers::CTRL | Modifiers::COMMAND, Key::A);
    harness.run();
    harness.event(egui::Event::Text(text.to_owned()));
    harness.run();
}

const NO_PORTAL: &str = "The system file dialog cannot be shown (no xdg-desktop-portal, no zenity): type the path here.";

#[test]
fn without_a_system_dialog_open_shows_the_path_dialog_and_opens_the_typed_file() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.ron");
    std::fs::write(&good, common::MINIMAL).unwrap();
    let mut harness = harness_on(Desktop::NoDialog(NoSystemDialog::NoPortal), Tab::Overview);
    ctrl(&mut harness, Key::O);
    harness.get_by_label(NO_PORTAL);
    // The path field has the focus, starting in the current folder.
    let field = harness.get_by_label("Path");
    assert!(field.is_focused(), "the path field should have the focus");
    retype(&mut harness, &format!("{}/go", dir.path().display()));
    // A completion lists the matching file.
    harness.get_by_label("good.ron");
    retype(&mut harness, &good.display().to_string());
    press(&mut harness, Key::Enter);
    assert!(harness.state().state.path_dialog.is_none(), "dialog closed");
    assert_eq!(harness.state().state.file.as_deref(), Some(good.as_path()));
    assert_eq!(harness.state().state.analysis.dataset.title, "Test");
}

#[test]
fn the_path_dialog_refuses_a_missing_file_and_escape_cancels_it() {
    let mut harness = harness_on(
        Desktop::NoDialog(NoSystemDialog::NoSessionBus),
        Tab::Overview,
    );
    let before = harness.state().state.analysis.dataset.title.clone();
    ctrl(&mut harness, Key::O);
    harness.get_by_label_contains("no D-Bus session bus");
    retype(&mut harness, "/no/such/file.ron");
    harness.get_by_label("There is no file at this path.");
    press(&mut harness, Key::Enter);
    assert!(
        harness.state().state.path_dialog.is_some(),
        "Enter with a bad path keeps it open"
    );
    press(&mut harness, Key::Escape);
    assert!(
        harness.state().state.path_dialog.is_none(),
        "Escape closes it"
    );
    assert_eq!(harness.state().state.analysis.dataset.title, before);
    assert!(harness.state().state.errors.is_none());
}

#[test]
fn a_cancel_of_the_system_dialog_stays_a_cancel() {
    let mut harness = harness_on(Desktop::Answers(None), Tab::Overview);
    let before = harness.state().state.analysis.dataset.title.clone();
    ctrl(&mut harness, Key::O);
    harness.run();
    assert!(
        harness.state().state.path_dialog.is_none(),
        "no fallback after a Cancel"
    );
    assert!(harness.query_by_label(NO_PORTAL).is_none());
    assert_eq!(harness.state().state.analysis.dataset.title, before);
}

#[test]
fn without_a_system_dialog_an_export_saves_where_the_path_says() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness_on(Desktop::NoDialog(NoSystemDialog::NoPortal), Tab::Charts);
    harness.get_all_by_label("Export…").next().unwrap().click();
    harness.run();
    harness.get_by_label("Choose file and save…").click();
    harness.run();
    harness.get_by_label(NO_PORTAL);
    // The suggested name is filled in after the current folder.
    let typed = harness
        .state()
        .state
        .path_dialog
        .as_ref()
        .unwrap()
        .text
        .clone();
    assert!(typed.ends_with(".png"), "{typed}");
    let target = dir.path().join("chart.png");
    retype(&mut harness, &target.display().to_string());
    // The export starts at once: step frames (a spinner keeps repainting).
    harness.key_press(Key::Enter);
    harness.step();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while !target.exists() || harness.state().exporting() {
        assert!(
            std::time::Instant::now() < deadline,
            "export did not finish"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
        harness.step();
    }
    assert!(std::fs::metadata(&target).unwrap().len() > 0);
}

/// The label of the widget with the keyboard focus.
fn focused(harness: &Harness<'static, DashboardApp>) -> Option<String> {
    let node = harness.query_by(|n| n.is_focused())?;
    node.accesskit_node().label()
}

/// True when the focused widget is inside the dialog titled `title`.
fn focus_inside(harness: &Harness<'static, DashboardApp>, title: &str) -> bool {
    let Some(node) = harness.query_by(|n| n.is_focused()) else {
        return false;
    };
    let mut at = Some(node.accesskit_node());
    while let Some(node) = at {
        if node.role() == Role::Dialog && node.label().as_deref() == Some(title) {
            return true;
        }
        at = node.parent();
    }
    false
}

/// Presses Tab until the widget named `label` has the focus; returns the presses.
fn tab_to(harness: &mut Harness<'static, DashboardApp>, label: &str) -> usize {
    for presses in 1..=200 {
        press(harness, Key::Tab);
        if focused(harness).as_deref() == Some(label) {
            return presses;
        }
    }
    panic!("Tab never reached {label:?}");
}

const EXPORT_TITLE: &str =
    "Export “All startups in Hong Kong per year (InvestHK survey; no AI count exists)”";

#[test]
fn the_export_dialog_opens_cycles_and_cancels_from_the_keyboard() {
    let mut harness = harness_on(Desktop::Answers(None), Tab::Charts);
    tab_to(&mut harness, "Export…");
    press(&mut harness, Key::Enter);
    assert!(
        harness.state().state.export_dialog.is_some(),
        "Enter opens it"
    );
    // The focus moves into the dialog, on its first row's chosen value.
    assert_eq!(focused(&harness).as_deref(), Some("PNG image"));
    // Tab cycles inside the dialog and never reaches the window behind.
    let mut seen = std::collections::BTreeSet::new();
    for _ in 0..30 {
        press(&mut harness, Key::Tab);
        assert!(
            focus_inside(&harness, EXPORT_TITLE),
            "{:?} is outside",
            focused(&harness)
        );
        seen.extend(focused(&harness));
    }
    assert!(
        seen.contains("Cancel") && seen.contains("PNG image"),
        "{seen:?}"
    );
    // The window behind takes no shortcuts.
    ctrl(&mut harness, Key::Tab);
    assert_eq!(harness.state().state.tab, Tab::Charts);
    // Escape cancels, and the focus goes back to the button that opened it.
    press(&mut harness, Key::Escape);
    assert!(
        harness.state().state.export_dialog.is_none(),
        "Escape closes it"
    );
    assert_eq!(focused(&harness).as_deref(), Some("Export…"));
}

#[test]
fn enter_in_the_export_dialog_saves() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("chart.svg");
    let mut harness = harness_on(Desktop::Answers(Some(target.clone())), Tab::Charts);
    tab_to(&mut harness, "Export…");
    press(&mut harness, Key::Enter);
    // Tab to SVG, choose it with Space, save with Enter.
    tab_to(&mut harness, "SVG drawing");
    press(&mut harness, Key::Space);
    assert_eq!(
        harness
            .state()
            .state
            .export_dialog
            .as_ref()
            .map(|d| d.spec.format),
        Some(export::Format::Svg)
    );
    harness.key_press(Key::Enter);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while !target.exists() || harness.state().exporting() {
        assert!(
            std::time::Instant::now() < deadline,
            "export did not finish"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
        harness.step();
    }
    assert!(std::fs::read_to_string(&target).unwrap().contains("<svg"));
}

/// The screen rectangle of the widget with the keyboard focus.
fn focused_rect(harness: &Harness<'static, DashboardApp>) -> egui::Rect {
    harness.get_by(|n| n.is_focused()).rect()
}

/// The top of the tab's content: below the top bar (the tab row's bottom).
fn content_top(harness: &Harness<'static, DashboardApp>) -> f32 {
    harness
        .get_by_role_and_label(Role::Button, "Charts")
        .rect()
        .bottom()
}

#[test]
fn tab_reaches_the_last_charts_export_and_scrolls_it_into_view() {
    let mut harness = harness_on(Desktop::Answers(None), Tab::Charts);
    let exports = harness.get_all_by_label("Export…").count();
    assert!(exports >= 4, "{exports} charts");
    let last_before = harness.get_all_by_label("Export…").last().unwrap().rect();
    assert!(
        last_before.top() > 900.0,
        "the last chart starts out of view"
    );
    for _ in 0..exports {
        tab_to(&mut harness, "Export…");
        let rect = focused_rect(&harness);
        assert!(
            rect.top() >= content_top(&harness) && rect.bottom() <= 900.0,
            "the focused Export… at {rect:?} is out of view"
        );
    }
    let last_now = harness.get_all_by_label("Export…").last().unwrap().rect();
    assert_eq!(
        focused_rect(&harness),
        last_now,
        "the focus is on the last chart's Export…"
    );
}

#[test]
fn page_keys_scroll_the_tab_shown() {
    let mut harness = harness_on(Desktop::Answers(None), Tab::Charts);
    let first = |h: &Harness<'static, DashboardApp>| {
        h.get_all_by_label("Show table")
            .next()
            .unwrap()
            .rect()
            .top()
    };
    // With a button focused (not a text field), the page keys still scroll.
    tab_to(&mut harness, "Show table");
    let top = first(&harness);
    press(&mut harness, Key::PageDown);
    let paged = first(&harness);
    assert!(paged < top - 500.0, "PageDown moved {top} to {paged}");
    press(&mut harness, Key::PageUp);
    assert!((first(&harness) - top).abs() < 1.0, "PageUp goes back");
    press(&mut harness, Key::End);
    let last = harness.get_all_by_label("Export…").last().unwrap().rect();
    assert!(
        last.bottom() <= 900.0 && last.top() >= content_top(&harness),
        "End shows the last chart: {last:?}"
    );
    press(&mut harness, Key::Home);
    assert!(
        (first(&harness) - top).abs() < 1.0,
        "Home goes back to the top"
    );
}

#[test]
fn timeline_and_charts_have_shortcuts_listed_with_all_the_others() {
    let mut harness = harness_on(Desktop::Answers(None), Tab::Overview);
    ctrl(&mut harness, Key::T);
    assert_eq!(harness.state().state.tab, Tab::Timeline);
    ctrl(&mut harness, Key::G);
    assert_eq!(harness.state().state.tab, Tab::Charts);
    press(&mut harness, Key::F1);
    harness.get_by_role_and_label(Role::Dialog, "Keyboard shortcuts");
    for (keys, action) in [
        ("Ctrl+T", "Show the Timeline tab"),
        ("Ctrl+G", "Show the Charts tab"),
        ("Ctrl+1", "Show the Overview tab"),
        (
            "F6",
            "Move between the top bar, the tabs and the tab's content",
        ),
        ("PageDown", "Scroll the tab down a page"),
    ] {
        harness.get_by_label(keys);
        harness.get_by_label(action);
    }
    press(&mut harness, Key::Escape);
    assert!(
        harness
            .query_by_role_and_label(Role::Dialog, "Keyboard shortcuts")
            .is_none()
    );
    assert!(!harness.state().state.keyboard.shortcuts_open);
}

#[test]
fn f6_skips_to_the_content_then_cycles_top_bar_tabs_content() {
    let mut harness = harness_on(Desktop::Answers(None), Tab::Overview);
    press(&mut harness, Key::F6);
    assert_eq!(focused(&harness).as_deref(), Some("Overview content"));
    press(&mut harness, Key::Tab);
    let rect = focused_rect(&harness);
    assert!(
        rect.top() >= content_top(&harness),
        "Tab after F6 goes into the tab: {rect:?}"
    );
    assert!(
        // The Overview's first row (the story cards) starts with a source link.
        focused(&harness).is_some_and(|l| l.contains("card") || l.starts_with("Source: ")),
        "{:?}",
        focused(&harness)
    );
    // F6 goes on from the content to the top bar, then to the tabs, then back.
    press(&mut harness, Key::F6);
    assert_eq!(focused(&harness).as_deref(), Some("Open…"));
    press(&mut harness, Key::F6);
    assert_eq!(focused(&harness).as_deref(), Some("Overview"));
    press(&mut harness, Key::F6);
    assert_eq!(focused(&harness).as_deref(), Some("Overview content"));
}

#[test]
fn the_shortcut_list_and_the_path_dialog_read_in_chinese_without_missing_glyphs() {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .build_eframe(move |cc| {
            let settings = AppState {
                lang: Lang::ZhHk,
                ..AppState::default()
            };
            let desktop = Desktop::NoDialog(NoSystemDialog::NoSessionBus);
            DashboardApp::new(&cc.egui_ctx, settings, None).with_file_picker(Box::new(desktop))
        });
    harness.run();
    press(&mut harness, Key::F1);
    harness.get_by_role_and_label(Role::Dialog, "鍵盤快捷鍵");
    harness.get_by_label("在頂欄、分頁列及分頁內容之間移動");
    press(&mut harness, Key::Escape);
    press(&mut harness, Key::F6);
    assert_eq!(focused(&harness).as_deref(), Some("概覽內容"));
    ctrl(&mut harness, Key::O);
    harness.get_by_label_contains("沒有 D-Bus 工作階段匯流排");
    for text in ["/no/such/file.ron", "/", "/tmp/x/"] {
        retype(&mut harness, text);
    }
    harness.get_by_role_and_label(Role::Dialog, "開啟資料集");
}

#[test]
fn arrow_keys_walk_the_timeline_and_the_strip_follows() {
    let mut harness = harness_on(Desktop::Answers(None), Tab::Timeline);
    let analysis = &harness.state().state.analysis;
    let dataset = &analysis.dataset;
    // Date order, as the strip places them; each is named "DATE NAME (BODY)".
    let entries: Vec<(String, String)> = analysis
        .index
        .initiatives_by_date
        .iter()
        .map(|&i| &dataset.initiatives[i])
        .map(|n| {
            (
                format!("{} {} ({})", n.date, n.name, n.body),
                n.id.to_string(),
            )
        })
        .collect();
    let last = entries.len() - 1;
    tab_to(&mut harness, &entries[last].0);
    // Walk to the latest entry the strip does not draw at first (out of view).
    let hidden = (0..last)
        .rev()
        .find(|&i| harness.query_by_label(&entries[i].0).is_none());
    let steps = last - hidden.expect("the strip opens on the latest years only");
    for step in 1..=steps {
        press(&mut harness, Key::ArrowLeft);
        assert_eq!(
            focused(&harness).as_deref(),
            Some(entries[last - step].0.as_str())
        );
    }
    let rect = focused_rect(&harness);
    assert!(
        rect.left() >= 0.0 && rect.right() <= 1280.0,
        "the strip follows: {rect:?}"
    );
    press(&mut harness, Key::ArrowRight);
    assert_eq!(
        focused(&harness).as_deref(),
        Some(entries[last - steps + 1].0.as_str())
    );
    press(&mut harness, Key::Enter);
    assert_eq!(
        harness.state().state.timeline.selected.as_deref(),
        Some(entries[last - steps + 1].1.as_str())
    );
}

/// The texts the last frame put on the clipboard.
fn copied_texts(harness: &Harness<'static, DashboardApp>) -> Vec<String> {
    harness
        .output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
        .collect()
}

/// Every accessible row's name under the current view.
fn row_names(harness: &Harness<'static, DashboardApp>) -> Vec<String> {
    harness
        .query_all_by_role(Role::Row)
        .filter_map(|row| row.accesskit_node().label())
        .collect()
}

#[test]
fn table_rows_read_as_sentences_with_numbers_as_on_screen() {
    let mut harness = harness_on(Desktop::Answers(None), Tab::Charts);
    // The keyboard alone: Tab to each chart's "Show table", Enter.
    for _ in 0..hk_ai_dashboard::charts::ChartKind::ALL.len() {
        tab_to(&mut harness, "Show table");
        press(&mut harness, Key::Enter);
    }
    let rows = row_names(&harness);
    assert!(
        rows.iter()
            .any(|r| r.starts_with("2014, All startups: 1,065")),
        "{rows:#?}"
    );
    let funding: Vec<&String> = rows.iter().filter(|r| r.contains("HK$")).collect();
    assert!(!funding.is_empty(), "no funding row: {rows:#?}");
    for row in &funding {
        let raw = row
            .split(|c: char| !c.is_ascii_digit())
            .any(|digits| digits.len() >= 7);
        assert!(!raw, "a raw number in {row:?}");
    }
    // A funding row names its year first, then each amount after its heading.
    let year_first = funding[0].split(", ").next().unwrap();
    assert!(year_first.parse::<i32>().is_ok(), "{}", funding[0]);
    assert!(funding[0].contains(": HK$"), "{}", funding[0]);
}

#[test]
fn the_timeline_list_reads_a_row_per_initiative_with_its_source() {
    let mut harness = harness_on(Desktop::Answers(None), Tab::Timeline);
    tab_to(&mut harness, "Show as list");
    press(&mut harness, Key::Enter);
    let dataset = harness.state().state.analysis.dataset.clone();
    let analysis = &harness.state().state.analysis;
    let first = &dataset.initiatives[analysis.index.initiatives_by_date[0]];
    let source = dataset.source(&first.source).unwrap();
    let expected = format!(
        "{}, {}, {}, {}, Source: {}",
        first.date,
        first.name,
        hk_ai_dashboard::i18n::Lang::En.t(hk_ai_dashboard::i18n::initiative_kind(first.kind)),
        first.body,
        source.publisher
    );
    harness.get_by_role_and_label(Role::Row, &expected);
}

#[test]
fn a_cards_source_link_is_copied_from_the_keyboard() {
    let mut harness = harness_on(Desktop::Answers(None), Tab::Sector("finance".into()));
    tab_to(&mut harness, "Copy link");
    // One frame with Enter down: its output carries the clipboard command.
    harness.key_down(Key::Enter);
    harness.step();
    let copied = copied_texts(&harness);
    let dataset = &harness.state().state.analysis.dataset;
    let urls: Vec<&str> = dataset.sources.iter().map(|s| s.url.as_str()).collect();
    assert_eq!(copied.len(), 1, "{copied:?}");
    assert!(
        urls.contains(&copied[0].as_str()),
        "{} is no source's URL",
        copied[0]
    );
}

#[test]
fn every_table_row_names_its_source_and_the_links_are_copied_from_the_keyboard() {
    let mut harness = harness_on(Desktop::Answers(None), Tab::Charts);
    for _ in 0..hk_ai_dashboard::charts::ChartKind::ALL.len() {
        tab_to(&mut harness, "Show table");
        press(&mut harness, Key::Enter);
    }
    // Every row with a figure names who published it.
    let rows = row_names(&harness);
    assert!(rows.len() > 20, "{rows:#?}");
    let dataset = harness.state().state.analysis.dataset.clone();
    for row in rows
        .iter()
        .filter(|r| r.contains("HK$") || r.contains("Total: "))
    {
        let (_, publishers) = row
            .split_once("Source: ")
            .unwrap_or_else(|| panic!("no source in {row:?}"));
        let first = publishers.split("; ").next().unwrap_or_default();
        assert!(
            dataset.sources.iter().any(|s| s.publisher == first),
            "{first:?} is no publisher ({row})"
        );
    }
    // The first table's "Copy source links": one line per source, with its URL.
    tab_to(&mut harness, "Copy source links");
    harness.key_down(Key::Enter);
    harness.step();
    let copied = copied_texts(&harness);
    assert_eq!(copied.len(), 1, "{copied:?}");
    let lines: Vec<&str> = copied[0].lines().collect();
    assert!(!lines.is_empty());
    for line in lines {
        assert!(
            dataset
                .sources
                .iter()
                .any(|s| line.ends_with(&format!(": {}", s.url))),
            "{line:?} ends in no source's URL"
        );
    }
}
