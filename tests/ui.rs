//! The window, driven through its accessibility tree as a screen reader or a
//! person would: no GPU, no display. The harness panics on any missing glyph,
//! so every test also proves no tofu appears in what it shows.

mod common;
#[path = "../examples/synth.rs"]
#[allow(dead_code)]
mod synth;

use egui::accesskit::{Role, Toggled};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use hk_ai_dashboard::charts::{ChartKind, FundingMoney};
use hk_ai_dashboard::export;
use hk_ai_dashboard::i18n::Lang;
use hk_ai_dashboard::load;
use hk_ai_dashboard::ui::{AppState, Command, DashboardApp, FilePicker, Tab};
use std::path::PathBuf;
use std::sync::mpsc::Sender;

fn harness() -> Harness<'static, DashboardApp> {
    harness_with(AppState {
        lang: Lang::En,
        ..AppState::default()
    })
}

fn harness_with(settings: AppState) -> Harness<'static, DashboardApp> {
    harness_sized(settings, egui::vec2(1280.0, 900.0))
}

fn harness_sized(settings: AppState, size: egui::Vec2) -> Harness<'static, DashboardApp> {
    let mut harness = Harness::builder()
        .with_size(size)
        .build_eframe(move |cc| DashboardApp::new(&cc.egui_ctx, settings, None));
    harness.run();
    harness
}

fn is_selected(harness: &Harness<'_, DashboardApp>, name: &str) -> bool {
    harness
        .get_by_role_and_label(Role::Button, name)
        .accesskit_node()
        .toggled()
        == Some(Toggled::True)
}

#[test]
fn every_sector_tab_shows_its_own_figures() {
    let mut harness = harness();
    let dataset = load::embedded_dataset().expect("valid");
    assert!(dataset.sectors.len() >= 9);
    for sector in &dataset.sectors {
        harness
            .get_by_role_and_label(Role::Button, &sector.name)
            .click();
        harness.run();
        assert_eq!(harness.state().state.tab, Tab::Sector(sector.id.clone()));
        assert!(
            is_selected(&harness, &sector.name),
            "{} not shown as selected",
            sector.name
        );
        for figure in &sector.key_figures {
            assert!(
                harness
                    .query_all_by_label_contains(&figure.label)
                    .next()
                    .is_some(),
                "{}: key figure {:?} not shown",
                sector.name,
                figure.label
            );
        }
        // No other sector's headline card is on this tab.
        for other in dataset.sectors.iter().filter(|o| o.id != sector.id) {
            let card = format!("{} card:", other.name);
            assert!(
                harness.query_all_by_label_contains(&card).next().is_none(),
                "{card} on {}",
                sector.name
            );
        }
    }
}

#[test]
fn overview_cards_open_their_sector() {
    let mut harness = harness();
    assert_eq!(harness.state().state.tab, Tab::Overview);
    harness.get_by_label_contains("Healthcare card:").click();
    harness.run();
    assert_eq!(harness.state().state.tab, Tab::Sector("healthcare".into()));
}

#[test]
fn tabs_switch_by_keyboard() {
    let mut harness = harness();
    let tabs = harness.state().state.tabs();
    harness.key_press_modifiers(egui::Modifiers::CTRL, egui::Key::Tab);
    harness.run();
    assert_eq!(harness.state().state.tab, tabs[1]);
    harness.key_press_modifiers(
        egui::Modifiers::CTRL | egui::Modifiers::SHIFT,
        egui::Key::Tab,
    );
    harness.run();
    assert_eq!(harness.state().state.tab, tabs[0]);
    harness.key_press_modifiers(
        egui::Modifiers::CTRL | egui::Modifiers::SHIFT,
        egui::Key::Tab,
    );
    harness.run();
    assert_eq!(
        harness.state().state.tab,
        *tabs.last().unwrap(),
        "wraps around"
    );
    harness.key_press_modifiers(egui::Modifiers::CTRL, egui::Key::Num3);
    harness.run();
    assert_eq!(harness.state().state.tab, tabs[2]);
}

#[test]
fn an_initiative_opens_its_details() {
    let mut harness = harness();
    harness
        .get_by_role_and_label(Role::Button, "Timeline")
        .click();
    harness.run();
    let dataset = load::embedded_dataset().expect("valid");
    let mut sorted: Vec<_> = dataset.initiatives.iter().collect();
    sorted.sort_by_key(|n| n.date);
    // The strip opens on the latest years; a pointer click selects an entry there.
    let latest = sorted[sorted.len() - 1];
    // On the strip, each entry is a button named "DATE NAME (BODY)".
    let name = format!("{} {} ({})", latest.date, latest.name, latest.body);
    harness.get_by_label(&name).click();
    harness.run();
    assert_eq!(
        harness.state().state.timeline.selected.as_deref(),
        Some(latest.id.as_str())
    );
    harness.get_by_label(&latest.description);
    let source = dataset.source(&latest.source).unwrap();
    harness.get_by_label_contains(&source.title);

    // The list twin offers the same entries; a screen reader activates one
    // through AccessKit, wherever it is scrolled.
    harness.get_by_label("Show as list").click();
    harness.run();
    let earliest = sorted[0];
    harness
        .get_by_role_and_label(Role::Button, &earliest.name)
        .click_accesskit();
    harness.run();
    assert_eq!(
        harness.state().state.timeline.selected.as_deref(),
        Some(earliest.id.as_str())
    );
    harness.get_by_label("Close details").click_accesskit();
    harness.run();
    assert_eq!(harness.state().state.timeline.selected, None);
}

#[test]
fn funding_toggles_between_absolute_and_share() {
    let mut harness = harness();
    harness
        .get_by_role_and_label(Role::Button, "Charts")
        .click();
    harness.run();
    harness.get_by_label("Disclosed AI-specific funding by sector and year");
    harness
        .get_by_label("Funding as share of the AI-specific total")
        .click();
    harness.run();
    assert!(harness.state().state.charts.funding_as_share);
    harness.get_by_label("AI-specific funding by sector: share of each year's AI-specific total");
    assert!(
        harness
            .query_by_label("Disclosed AI-specific funding by sector and year")
            .is_none()
    );
}

/// The screen-reader names of the charts' legends ("Legend: A, B, …").
fn legends(harness: &Harness<'_, DashboardApp>) -> String {
    harness
        .query_all_by_role(Role::Legend)
        .filter_map(|node| node.accesskit_node().label())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn funding_shows_ai_money_and_adds_general_money_apart_on_request() {
    let mut harness = harness();
    harness
        .get_by_role_and_label(Role::Button, "Charts")
        .click();
    harness.run();
    harness.get_by_label("Disclosed AI-specific funding by sector and year");
    assert!(!legends(&harness).contains("General I&T money"));
    harness.get_by_label("Include general I&T money").click();
    harness.run();
    assert_eq!(
        harness.state().state.charts.funding_money,
        FundingMoney::WithGeneral
    );
    harness.get_by_label(
        "Disclosed funding by year: AI-specific money by sector, with general I&T money apart",
    );
    // Its legend names the other scopes; its definition says they are not summed.
    let legend = legends(&harness);
    assert!(legend.contains("General I&T money"), "{legend}");
    assert!(legend.contains("Partly AI (counted whole)"), "{legend}");
    assert!(
        harness
            .query_all_by_label_contains("never added into one total")
            .next()
            .is_some()
    );
    // Share mode is of AI-specific money alone: the switch waits.
    harness
        .get_by_label("Funding as share of the AI-specific total")
        .click();
    harness.run();
    harness.get_by_label("AI-specific funding by sector: share of each year's AI-specific total");
    assert!(!legends(&harness).contains("General I&T money"));
}

#[test]
fn every_chart_has_a_table_twin() {
    let mut harness = harness();
    harness
        .get_by_role_and_label(Role::Button, "Charts")
        .click();
    harness.run();
    let buttons = harness.get_all_by_label("Show table").count();
    assert_eq!(buttons, hk_ai_dashboard::charts::ChartKind::ALL.len());
    harness
        .get_all_by_label("Show table")
        .next()
        .unwrap()
        .click();
    harness.run();
    harness.get_by_label("Year");
    harness.get_by_label("All startups");
    harness.get_by_label("1,065");
}

#[test]
fn an_invalid_file_shows_located_errors_and_keeps_the_data() {
    let mut harness = harness();
    let before = harness.state().state.analysis.dataset.clone();
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.ron");
    let text = common::MINIMAL.replacen("sector: \"finance\"", "sector: \"space\"", 1);
    std::fs::write(&bad, &text).unwrap();
    harness.state_mut().push(Command::OpenFile(bad.clone()));
    harness.run();
    let line = common::line_of(&text, "\"space\"");
    let expected = format!(
        "{}:{line}:21: error: funding[0].sector: unknown sector 'space'",
        bad.display()
    );
    harness.get_by_label(&expected);
    harness.get_by_label_contains("Still showing the last good data");
    assert_eq!(harness.state().state.analysis.dataset, before);
    // The Overview still shows the old data's cards.
    harness.get_by_label_contains("Finance card:");
}

#[test]
fn an_invalid_files_error_names_the_record_and_the_valid_values() {
    let mut harness = harness();
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.ron");
    let text = common::MINIMAL.replacen("sector: \"finance\"", "sector: \"space\"", 1);
    std::fs::write(&bad, &text).unwrap();
    harness.state_mut().push(Command::OpenFile(bad));
    harness.run();
    harness.get_by_label("    in funding \"f1\" (record 1); 'space' is not one of: finance");
    // In Chinese too (the harness panics on a glyph the font lacks).
    harness.state_mut().push(Command::SetLanguage(Lang::ZhHk));
    harness.run();
    harness.get_by_label("    於 funding「f1」（第 1 項）；「space」不是以下任何一項：finance");
}

#[test]
fn a_valid_file_replaces_the_data() {
    let mut harness = harness();
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.ron");
    std::fs::write(&good, common::MINIMAL).unwrap();
    harness.state_mut().push(Command::OpenFile(good.clone()));
    harness.run();
    assert_eq!(harness.state().state.analysis.dataset.title, "Test");
    assert_eq!(harness.state().state.file.as_deref(), Some(good.as_path()));
    harness.get_by_label("Data: good.ron");
    harness.get_by_label_contains("Finance card: Banks using AI: 75%");
}

#[test]
fn settings_round_trip_and_damaged_settings_fall_back() {
    let harness = harness_with(AppState {
        tab: Tab::Sector("talent".into()),
        theme: egui::ThemePreference::Dark,
        file: None,
        lang: Lang::ZhHk,
        ..AppState::default()
    });
    assert_eq!(harness.state().state.tab, Tab::Sector("talent".into()));
    let saved = ron::to_string(&harness.state().state).unwrap();
    let back: AppState = ron::from_str(&saved).unwrap();
    assert_eq!(back.tab, Tab::Sector("talent".into()));
    assert_eq!(back.theme, egui::ThemePreference::Dark);
    assert_eq!(back.lang, Lang::ZhHk);
    // A settings file from another dataset or an old version: unknown tab, missing fields.
    let old: AppState = ron::from_str("(tab: Sector(\"gone\"))").unwrap();
    let harness = harness_with(old);
    assert_eq!(harness.state().state.tab, Tab::Overview);
}

#[test]
fn an_edited_file_reloads_and_a_broken_edit_keeps_the_last_good_data() {
    let mut harness = harness();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("watched.ron");
    std::fs::write(&path, common::MINIMAL).unwrap();
    harness.state_mut().push(Command::OpenFile(path.clone()));
    harness.run();
    assert_eq!(harness.state().state.analysis.dataset.title, "Test");

    let wait_for = |harness: &mut Harness<'static, DashboardApp>,
                    done: &dyn Fn(&DashboardApp) -> bool| {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while !done(harness.state()) && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(50));
            harness.run();
        }
        assert!(done(harness.state()), "timed out waiting for the reload");
    };

    std::fs::write(
        &path,
        common::MINIMAL.replace("title: \"Test\"", "title: \"Edited\""),
    )
    .unwrap();
    wait_for(&mut harness, &|app| {
        app.state.analysis.dataset.title == "Edited"
    });

    std::fs::write(&path, "(title: \"Broken\",").unwrap();
    wait_for(&mut harness, &|app| app.state.errors.is_some());
    assert_eq!(harness.state().state.analysis.dataset.title, "Edited");
    harness.get_by_label_contains("watched.ron:1:");
    // The app never writes to the user's file.
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "(title: \"Broken\","
    );
}

fn chinese() -> Harness<'static, DashboardApp> {
    harness_with(AppState {
        lang: Lang::ZhHk,
        ..AppState::default()
    })
}

#[test]
fn the_language_switch_turns_the_interface_chinese() {
    let mut harness = harness();
    harness
        .get_by_role_and_label(Role::Button, "繁體中文")
        .click();
    harness.run();
    assert_eq!(harness.state().state.lang, Lang::ZhHk);
    for name in ["概覽", "金融", "醫療", "時間線", "圖表"] {
        harness.get_by_role_and_label(Role::Button, name);
    }
    harness.get_by_label("香港人工智能概覽");
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Overview")
            .is_none()
    );
    harness
        .get_by_role_and_label(Role::Button, "English")
        .click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Overview");
}

#[test]
fn every_tab_renders_in_chinese_without_missing_glyphs() {
    // The harness panics on any glyph no font has: this walks every tab, the
    // list and the table views in Chinese, so no tofu can hide anywhere.
    let mut harness = chinese();
    let tabs = harness.state().state.tabs();
    for tab in tabs {
        harness.state_mut().push(Command::SelectTab(tab));
        harness.run();
    }
    harness.state_mut().push(Command::SelectTab(Tab::Timeline));
    harness.run();
    harness.get_by_label("以列表顯示").click();
    harness.run();
    harness.state_mut().push(Command::SelectTab(Tab::Charts));
    for kind in hk_ai_dashboard::charts::ChartKind::ALL {
        harness.state_mut().push(Command::ToggleTable(kind));
    }
    harness.run();
    harness.get_by_label("按範疇及年份劃分的已披露人工智能專項資金");
}

#[test]
fn a_card_reads_its_figures_in_chinese() {
    let mut harness = chinese();
    harness.get_by_role_and_label(Role::Button, "金融").click();
    harness.run();
    assert_eq!(
        harness.get_all_by_label("金融").count(),
        2,
        "the tab and the heading"
    );
    harness.get_by_label("關鍵數字");
    harness.get_by_label("主要機構");
    // A figure whose label has a Chinese translation reads in Chinese, with its
    // source and a Chinese confidence mark.
    let dataset = load::embedded_dataset().expect("valid");
    let finance = dataset.sector("finance").unwrap();
    let translated = finance
        .key_figures
        .iter()
        .find(|f| f.label_zh.is_some())
        .expect("a finance figure with a Chinese label");
    let zh = translated.label_zh.as_deref().unwrap();
    assert!(
        harness.query_all_by_label_contains(zh).next().is_some(),
        "{zh}"
    );
    assert!(harness.query_all_by_label("已核實").next().is_some());
}

/// Answers every file or folder dialog with one path, at once.
struct AnswerWith(std::path::PathBuf);

impl FilePicker for AnswerWith {
    fn pick(&self, answer: Sender<Option<PathBuf>>, _: egui::Context, _: Lang) {
        let _ = answer.send(Some(self.0.clone()));
    }
    fn save(&self, answer: Sender<Option<PathBuf>>, _: egui::Context, _: Lang, _: String) {
        let _ = answer.send(Some(self.0.clone()));
    }
    fn folder(&self, answer: Sender<Option<PathBuf>>, _: egui::Context, _: Lang) {
        let _ = answer.send(Some(self.0.clone()));
    }
}

fn harness_answering(path: PathBuf) -> Harness<'static, DashboardApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .build_eframe(move |cc| {
            DashboardApp::new(
                &cc.egui_ctx,
                AppState {
                    lang: Lang::En,
                    tab: Tab::Charts,
                    ..AppState::default()
                },
                None,
            )
            .with_file_picker(Box::new(AnswerWith(path)))
        });
    harness.run();
    harness
}

fn wait_for_export(harness: &mut Harness<'static, DashboardApp>) {
    // The save answer arrives on the next frames, then a spinner shows while the
    // export runs: step frames (rather than settle) until the status reports.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    harness.state_mut().state.status.clear();
    while harness.state().state.status.is_empty() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(20));
        harness.step();
    }
    assert!(!harness.state().exporting(), "export did not finish");
    harness.run();
}

#[test]
fn a_chart_exports_from_the_window_exactly_as_the_command_line_would() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("chart.svg");
    let mut harness = harness_answering(target.clone());
    harness.get_all_by_label("Export…").next().unwrap().click();
    harness.run();
    harness.get_by_label("SVG drawing").click();
    harness.run();
    harness.get_by_label("Choose file and save…").click();
    wait_for_export(&mut harness);
    let expected_status = format!("Saved {}", target.display());
    assert_eq!(harness.state().state.status, expected_status);
    harness.get_by_label(&expected_status);

    let written = std::fs::read(&target).unwrap();
    let app = harness.state();
    let data = app.state.analysis.chart_data();
    let spec = export::ExportSpec {
        width: 1920,
        height: 1080,
        scale: 1.0,
        theme: export::Theme::Light,
        format: export::Format::Svg,
        ..export::ExportSpec::default()
    };
    // Exports leave the initiative markers out unless the dialog asks for them (issue 16).
    let mut options = app.state.chart_options();
    options.show_initiatives = false;
    let same = export::render(ChartKind::ALL[0], data, &options, &spec).unwrap();
    assert!(
        written == same,
        "the window's SVG differs from the pipeline's"
    );
}

#[test]
fn export_all_writes_every_chart_into_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness_answering(dir.path().to_path_buf());
    harness.get_by_label("Export all charts…").click();
    harness.run();
    harness.get_by_label("CSV of the chart's numbers").click();
    harness.run();
    harness.get_by_label("Choose folder and save…").click();
    wait_for_export(&mut harness);
    for kind in ChartKind::ALL {
        let file = dir.path().join(format!("{}.csv", kind.slug()));
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file:?}: {e}"));
        assert!(text.lines().count() > 1, "{file:?} has no rows");
    }
    assert!(harness.state().state.status.starts_with("Saved 4 files in"));
}

/// Records in the large report below: a few thousand keep a debug test short;
/// `REPORT_RECORDS=100000` gives issue 18's size.
fn large_report_records() -> usize {
    std::env::var("REPORT_RECORDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(5_000)
}

/// A report of a large dataset (issue 18): while the export thread writes it,
/// the window keeps drawing frames and its top bar counts the report's steps
/// up; at the end it names the file, a whole PDF.
#[test]
fn a_large_report_counts_its_steps_in_the_window_and_finishes() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join(export::REPORT_NAME);
    let mut harness = harness_answering(dir.path().to_path_buf());
    let text = synth::to_ron(&synth::generate(large_report_records(), 7));
    let dataset = load::parse_dataset(&text, "synthetic").expect("the synthetic data is valid");
    harness.state_mut().show_dataset(dataset, None);
    harness.run();
    harness.get_by_label("Export report…").click();
    harness.run();
    harness.get_by_role_and_label(Role::Dialog, "Export the report");
    harness.get_by_label("Choose folder and save…").click();

    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(600);
    let mut steps_shown: Vec<String> = Vec::new();
    harness.state_mut().state.status.clear();
    while harness.state().state.status.is_empty() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.step();
        for node in harness.query_all_by_label_contains("Exporting: step ") {
            // A label's text is its accesskit value.
            let label = node.accesskit_node().value().unwrap_or_default();
            if steps_shown.last() != Some(&label) {
                steps_shown.push(label);
            }
        }
    }
    assert_eq!(
        harness.state().state.status,
        format!("Saved {}", target.display())
    );
    // The count only goes up, and it was seen at several steps, not just at the end.
    let numbers: Vec<usize> = steps_shown
        .iter()
        .filter_map(|s| s.split_whitespace().nth(2)?.parse().ok())
        .collect();
    assert!(numbers.len() >= 3, "steps shown: {steps_shown:?}");
    assert!(numbers.windows(2).all(|w| w[0] < w[1]), "{steps_shown:?}");
    // A whole PDF, longer than the shipped data's (40 pages on A4).
    let written = std::fs::read(&target).unwrap();
    let pages = lopdf::Document::load_mem(&written)
        .expect("a whole PDF")
        .get_pages()
        .len();
    assert!(pages > 40, "{pages} pages");
}

/// "Copy link to this view" and the export's "Download" belong to the web build (a page
/// has an address, and saves by downloading); the desktop shows neither.
#[test]
fn the_desktop_has_no_copy_link_and_asks_where_to_save() {
    let mut harness = harness_with(AppState {
        lang: Lang::En,
        tab: Tab::Charts,
        ..AppState::default()
    });
    assert!(harness.query_by_label("Copy link to this view").is_none());
    harness.get_all_by_label("Export…").next().unwrap().click();
    harness.run();
    assert!(harness.query_by_label("Choose file and save…").is_some());
    assert!(harness.query_by_label("Download").is_none());
}

#[test]
fn a_failed_export_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("no-such-folder").join("chart.png");
    let mut harness = harness_answering(target);
    harness.get_all_by_label("Export…").next().unwrap().click();
    harness.run();
    harness.get_by_label("Choose file and save…").click();
    wait_for_export(&mut harness);
    assert!(
        harness.state().state.status.starts_with("Export failed:"),
        "{}",
        harness.state().state.status
    );
}

#[test]
fn a_sector_with_hundreds_of_cards_draws_those_in_view_and_scrolls_to_the_rest() {
    const FIGURES: usize = 300;
    let shipped = load::embedded_dataset().expect("valid");
    let mut dataset: hk_ai_dashboard::model::Dataset = (*shipped).clone();
    let sector = &mut dataset.sectors[0];
    let originals = sector.key_figures.clone();
    sector.key_figures = (0..FIGURES)
        .map(|i| {
            let mut figure = originals[i % originals.len()].clone();
            figure.label = format!("Figure number {i}");
            figure.label_zh = None;
            figure
        })
        .collect();
    let name = sector.name.clone();
    let text = ron::ser::to_string(&dataset).expect("serialises");
    let dataset = load::parse_dataset(&text, "many figures").expect("valid");

    let mut harness = harness();
    harness.state_mut().show_dataset(dataset, None);
    harness.run();
    harness.get_by_role_and_label(Role::Button, &name).click();
    harness.run();
    let drawn = || {
        harness
            .query_all_by_label_contains("Figure number ")
            .filter(|node| node.accesskit_node().role() == Role::Group)
            .count()
    };
    let in_view = drawn();
    assert!(
        in_view > 0 && in_view < FIGURES / 4,
        "{in_view} of {FIGURES} cards drawn"
    );

    // Scroll down a page at a time: the last card is drawn on the way (the
    // sections under the cards may be taller than the window, so the very end
    // of the page can lie past it), and the first is gone by then.
    let centre = egui::pos2(640.0, 500.0);
    harness.event(egui::Event::PointerMoved(centre));
    let last = format!("Figure number {}:", FIGURES - 1);
    let mut reached = false;
    for _ in 0..60 {
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Page,
            delta: egui::vec2(0.0, -1.0),
            phase: egui::TouchPhase::Move,
            modifiers: egui::Modifiers::NONE,
            source: egui::MouseWheelSource::Wheel,
        });
        // egui eases a wheel scroll over several frames, and each frame of it
        // may bring a new row of cards (new widgets: one more repaint) into
        // view, so a page of scrolling can outlast `run`'s four frames.
        harness.run_steps(10);
        if harness.query_all_by_label_contains(&last).next().is_some() {
            reached = true;
            break;
        }
    }
    assert!(reached, "{last:?} never drawn while scrolling to the end");
    assert!(
        harness
            .query_all_by_label_contains("Figure number 0:")
            .next()
            .is_none()
    );
}

/// The texts painted in the last frame (tooltips and egui_plot's bar labels included).
fn painted_texts(harness: &Harness<'_, DashboardApp>) -> Vec<String> {
    fn collect(shape: &egui::Shape, out: &mut Vec<String>) {
        match shape {
            egui::Shape::Text(text) => out.push(text.galley.text().to_owned()),
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| collect(s, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &harness.output().shapes {
        collect(&clipped.shape, &mut out);
    }
    out
}

/// Moves the pointer over the plot of the chart named `title` (on the Charts
/// tab), in a grid of `columns` × `rows` positions (rows from the bottom, up
/// to `height` of the plot), until `found` accepts what is painted.
fn sweep_chart(
    harness: &mut Harness<'static, DashboardApp>,
    title: &str,
    (columns, rows, height): (usize, usize, f32),
    found: impl Fn(&[String]) -> bool,
) -> bool {
    let chart = harness
        .query_all_by_label_contains(title)
        .find(|node| node.accesskit_node().role() == Role::Image)
        .expect("the chart is an image for screen readers")
        .rect();
    for column in 0..columns {
        let x = chart.left() + chart.width() * (column as f32 + 0.5) / columns as f32;
        for row in 0..rows {
            let y = chart.bottom() - 8.0 - chart.height() * height * row as f32 / rows as f32;
            harness.hover_at(egui::pos2(x, y));
            harness.run();
            if found(&painted_texts(harness)) {
                return true;
            }
        }
    }
    false
}

#[test]
fn hovering_an_initiative_marker_names_the_initiative() {
    let mut harness = harness();
    harness
        .get_by_role_and_label(Role::Button, "Charts")
        .click();
    harness.run();
    let dataset = load::embedded_dataset().expect("valid");
    let labels: Vec<String> = dataset
        .initiatives
        .iter()
        .map(|n| format!("{} ({}, {})", n.name, n.body, n.date))
        .collect();
    // Markers sit on the x axis (y = 0), near the bottom of the plot.
    let named = sweep_chart(
        &mut harness,
        "All startups in Hong Kong per year",
        (160, 5, 0.06),
        |texts| texts.iter().any(|t| labels.contains(t)),
    );
    assert!(named, "no initiative named along the year axis");
}

/// The Charts tab in English, tall enough for all four charts without scrolling.
fn tall_charts_tab() -> Harness<'static, DashboardApp> {
    let settings = AppState {
        lang: Lang::En,
        ..AppState::default()
    };
    let mut harness = harness_sized(settings, egui::vec2(1280.0, 2800.0));
    harness
        .get_by_role_and_label(Role::Button, "Charts")
        .click();
    harness.run();
    harness
}

#[test]
fn hovering_a_point_or_bar_shows_its_value() {
    let mut harness = tall_charts_tab();
    type IsHoverValue = fn(&str) -> bool;
    let cases: [(&str, IsHoverValue); 4] = [
        ("All startups in Hong Kong per year", |t| {
            t.starts_with("All startups (InvestHK survey)\n") && t.ends_with(" startups")
        }),
        (
            "All startups by InvestHK survey category, 2015–2024",
            |t| t.starts_with("Fintech, ") && t.ends_with("Dashboard sector: Finance"),
        ),
        ("Disclosed AI-specific funding by sector", |t| {
            t.contains("HK$") && t.contains("% of the year's AI-specific total")
        }),
        (
            "Government AI and I&T initiatives in this dataset, per year",
            |t| t.contains(": ") && t.contains(" × "),
        ),
    ];
    for (title, is_value) in cases {
        let shown = sweep_chart(&mut harness, title, (60, 12, 0.9), |texts| {
            texts.iter().any(|t| is_value(t))
        });
        assert!(shown, "{title}: no hover value found");
    }
}

/// The general and partly-AI money bars (shown on request) tell their scope,
/// year and amount on hover, made when hovered like the sector bars'.
#[test]
fn hovering_a_general_money_bar_names_its_scope() {
    let mut harness = tall_charts_tab();
    harness.get_by_label("Include general I&T money").click();
    harness.run();
    let title =
        "Disclosed funding by year: AI-specific money by sector, with general I&T money apart";
    let shown = sweep_chart(&mut harness, title, (60, 24, 0.95), |texts| {
        texts.iter().any(|t| {
            (t.starts_with("General I&T money, ") || t.starts_with("Partly AI (counted whole), "))
                && t.contains("HK$")
                && t.contains(", all sectors")
        })
    });
    assert!(shown, "no general or partly-AI money hover found");
}

#[test]
fn trend_mini_charts_are_named_images() {
    let mut harness = harness();
    harness
        .get_by_role_and_label(Role::Button, "Finance")
        .click();
    harness.run();
    let trends: Vec<String> = harness
        .query_all_by_role(Role::Image)
        .filter_map(|node| node.accesskit_node().label())
        .filter(|label| label.starts_with("Trend chart: "))
        .collect();
    assert!(
        !trends.is_empty(),
        "no named trend chart on the Finance tab"
    );
}

#[test]
fn no_sector_tab_has_a_node_of_unknown_role() {
    // 1280 × 800: the SFC row's source link falls at the end of a line there.
    let settings = AppState {
        lang: Lang::En,
        ..AppState::default()
    };
    let mut harness = harness_sized(settings, egui::vec2(1280.0, 800.0));
    let dataset = load::embedded_dataset().expect("valid");
    for sector in &dataset.sectors {
        harness
            .get_by_role_and_label(Role::Button, &sector.name)
            .click();
        harness.run();
        let unknown = harness
            .root()
            .children_recursive()
            .filter(|node| node.accesskit_node().role() == Role::Unknown);
        assert_eq!(
            unknown.count(),
            0,
            "an unnamed node of no role on {}",
            sector.name
        );
    }
}

#[test]
fn every_tab_of_the_registry_opens_by_its_name_and_shows_its_content() {
    let mut harness = harness();
    let dataset = load::embedded_dataset().expect("valid");
    let tabs = harness.state().state.tabs();
    assert_eq!(tabs.len(), dataset.sectors.len() + 3);
    for tab in tabs {
        let name = harness.state().state.tab_name(&tab);
        harness.get_by_role_and_label(Role::Button, &name).click();
        harness.run();
        assert_eq!(harness.state().state.tab, tab, "clicking {name:?}");
        assert!(is_selected(&harness, &name), "{name} not shown as selected");
        // What only this tab shows.
        let content = match &tab {
            Tab::Overview => format!("{} card:", dataset.sectors[0].name),
            Tab::Sector(id) => dataset.sector(id).expect("a known sector").summary.clone(),
            Tab::Timeline => "Timeline sector filter".to_owned(),
            Tab::Charts => "Export all charts…".to_owned(),
        };
        assert!(
            harness
                .query_all_by_label_contains(&content)
                .next()
                .is_some(),
            "{name}: {content:?} not shown"
        );
    }
}

#[test]
fn the_timeline_sector_filter_lists_sectors_in_the_interface_language() {
    let mut harness = chinese();
    harness
        .get_by_role_and_label(Role::Button, "時間線")
        .click();
    harness.run();
    assert_eq!(harness.get_all_by_label("金融").count(), 1, "the tab only");
    harness.get_by_label("時間線範疇篩選").click();
    harness.run();
    assert_eq!(
        harness.get_all_by_label("金融").count(),
        2,
        "the tab and the filter's choice"
    );
    assert!(
        harness.query_by_label("Finance").is_none(),
        "an English sector name in Chinese mode"
    );
    harness.get_all_by_label("金融").last().unwrap().click();
    harness.run();
    assert_eq!(
        harness.state().state.timeline.sector.as_deref(),
        Some("finance")
    );
}

#[test]
fn the_file_open_last_time_opens_again() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.ron");
    std::fs::write(&good, common::MINIMAL).unwrap();
    let harness = harness_with(AppState {
        lang: Lang::En,
        file: Some(good.clone()),
        ..AppState::default()
    });
    assert_eq!(harness.state().state.analysis.dataset.title, "Test");
    assert_eq!(harness.state().state.file.as_deref(), Some(good.as_path()));
    harness.get_by_label("Data: good.ron");
}

/// Each time chart's legend is a named node under its plot, never over it,
/// in both languages at 1280 points wide (tall enough to show every chart).
#[test]
fn chart_legends_sit_under_their_plots_in_both_languages() {
    let time_charts = ChartKind::ALL
        .into_iter()
        .filter(|k| k.is_time_chart())
        .count();
    for (lang, prefix) in [(Lang::En, "Legend: "), (Lang::ZhHk, "圖例：")] {
        let settings = AppState {
            lang,
            tab: Tab::Charts,
            ..AppState::default()
        };
        let harness = harness_sized(settings, egui::vec2(1280.0, 2800.0));
        let plots: Vec<egui::Rect> = harness
            .query_all_by_role(Role::Image)
            .map(|node| node.rect())
            .collect();
        let legends: Vec<(String, egui::Rect)> = harness
            .query_all_by_role(Role::Legend)
            .map(|node| {
                let label = node.accesskit_node().label().unwrap_or_default();
                (label, node.rect())
            })
            .collect();
        assert_eq!(legends.len(), time_charts, "{lang:?}: {legends:?}");
        assert_eq!(plots.len(), ChartKind::ALL.len(), "{lang:?}: {plots:?}");
        for (label, legend) in &legends {
            assert!(label.starts_with(prefix), "{lang:?}: {label:?}");
            for plot in &plots {
                assert!(
                    !legend.intersect(*plot).is_positive(),
                    "{lang:?}: {label:?} at {legend:?} lies on the plot at {plot:?}"
                );
            }
            // Right under its plot: a plot ends at most a row above it.
            assert!(
                plots
                    .iter()
                    .any(|p| p.bottom() <= legend.top() && legend.top() - p.bottom() < 30.0),
                "{lang:?}: {label:?} at {legend:?} is under no plot"
            );
        }
    }
}
