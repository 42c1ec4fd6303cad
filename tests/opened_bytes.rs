//! A dataset file that arrives as bytes with a name, not a path: what a
//! browser page gets from its file picker or a drop (the web build). The same
//! loader, the same located error panel, the last good data kept.

mod common;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use hk_ai_dashboard::i18n::Lang;
use hk_ai_dashboard::ui::{AppState, Command, DashboardApp};

fn harness() -> Harness<'static, DashboardApp> {
    let settings = AppState {
        lang: Lang::En,
        ..AppState::default()
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .build_eframe(move |cc| DashboardApp::new(&cc.egui_ctx, settings, None));
    harness.run();
    harness
}

#[test]
fn a_broken_file_shows_located_errors_and_a_good_one_replaces_the_data() {
    let mut harness = harness();
    let before = harness.state().state.analysis.dataset.clone();
    let text = common::MINIMAL.replacen("sector: \"finance\"", "sector: \"space\"", 1);
    let bytes = text.as_bytes().into();
    harness
        .state_mut()
        .push(Command::OpenBytes("bad.ron".to_owned(), bytes));
    harness.run();
    let line = common::line_of(&text, "\"space\"");
    harness.get_by_label(&format!(
        "bad.ron:{line}:21: error: funding[0].sector: unknown sector 'space'"
    ));
    harness.get_by_label_contains("Still showing the last good data");
    assert_eq!(harness.state().state.analysis.dataset, before);

    let bytes = common::MINIMAL.as_bytes().into();
    harness
        .state_mut()
        .push(Command::OpenBytes("good.ron".to_owned(), bytes));
    harness.run();
    assert_eq!(harness.state().state.analysis.dataset.title, "Test");
    harness.get_by_label("Data: good.ron");
}

#[test]
fn bytes_that_are_not_text_are_an_error_not_a_panic() {
    let mut harness = harness();
    let bytes = vec![0xff, 0xfe, 0x00, 0x28].into();
    harness
        .state_mut()
        .push(Command::OpenBytes("binary.ron".to_owned(), bytes));
    harness.run();
    harness.get_by_label_contains("the file is not valid UTF-8 text");
}
