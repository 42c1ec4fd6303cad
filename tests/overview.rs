//! The Overview tells the story first: a row of named figures (AI money,
//! AI companies at the parks, computing, initiatives per year) with their
//! sparklines, then the latest initiatives, which open on the timeline.
//! Driven through the accessibility tree, in both languages.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use hk_ai_dashboard::analysis::Analysis;
use hk_ai_dashboard::i18n::{Lang, T, numbers};
use hk_ai_dashboard::load;
use hk_ai_dashboard::stats::StoryTopic;
use hk_ai_dashboard::ui::{AppState, DashboardApp, Tab};

fn harness(lang: Lang) -> Harness<'static, DashboardApp> {
    let settings = AppState {
        lang,
        ..AppState::default()
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(move |cc| DashboardApp::new(&cc.egui_ctx, settings, None));
    harness.run();
    harness
}

fn topic_key(topic: StoryTopic) -> T {
    match topic {
        StoryTopic::AiMoney => T::StoryAiMoney,
        StoryTopic::ParkAiCompanies => T::StoryParkCompanies,
        StoryTopic::Computing => T::StoryComputing,
        StoryTopic::Initiatives => T::StoryInitiatives,
    }
}

#[test]
fn the_overview_opens_with_the_story_row_and_its_sparklines() {
    let analysis = Analysis::new(load::embedded_dataset().expect("valid"));
    for lang in [Lang::En, Lang::ZhHk] {
        let harness = harness(lang);
        assert_eq!(harness.state().state.tab, Tab::Overview);
        harness.get_by_label(lang.t(T::StoryHeading));
        for figure in &analysis.stats.story.figures {
            let topic = lang.t(topic_key(figure.topic));
            // The card is one named group, and says its figure's date.
            let prefix = format!("{topic}：");
            let prefix = if lang == Lang::En {
                format!("{topic}: ")
            } else {
                prefix
            };
            let card = harness
                .query_all_by_label_contains(&prefix)
                .find(|n| n.accesskit_node().role() == Role::Group)
                .unwrap_or_else(|| panic!("no story card {prefix}"));
            let name = card.accesskit_node().label().unwrap_or_default();
            let latest = figure
                .latest
                .as_ref()
                .expect("the shipped data has every figure");
            // In the language's own date form (2025年6月 in Chinese).
            let date = numbers::date(lang, &latest.date);
            assert!(name.contains(&date), "{name}");
            // A series of two points or more has a named sparkline.
            if figure.points.len() >= 2 {
                let spark = lang.format(T::Sparkline, &[&topic, &""]);
                let spark = spark.trim_end_matches([',', '，', ' ']);
                let images: Vec<_> = harness
                    .query_all_by_role(Role::Image)
                    .filter(|n| {
                        n.accesskit_node()
                            .label()
                            .is_some_and(|l| l.starts_with(spark))
                    })
                    .collect();
                assert_eq!(images.len(), 1, "{spark}");
            }
        }
    }
}

#[test]
fn the_latest_initiatives_open_on_the_timeline() {
    let dataset = load::embedded_dataset().expect("valid");
    let analysis = Analysis::new(dataset.clone());
    let latest = &analysis.stats.story.latest_initiatives;
    assert!(!latest.is_empty());
    let mut harness = harness(Lang::En);
    harness.get_by_label("Latest initiatives");
    for &i in latest {
        let n = &dataset.initiatives[i];
        let name = format!("Open on the timeline: {}, ", n.date);
        let links: Vec<_> = harness
            .query_all_by_label_contains(&name)
            .filter(|l| {
                l.accesskit_node()
                    .label()
                    .is_some_and(|l| l.ends_with(&n.name))
            })
            .collect();
        assert_eq!(links.len(), 1, "{name}{}", n.name);
    }
    let first = &dataset.initiatives[latest[0]];
    harness
        .query_all_by_label_contains("Open on the timeline: ")
        .next()
        .expect("a latest initiative")
        .click();
    harness.run();
    assert_eq!(harness.state().state.tab, Tab::Timeline);
    assert_eq!(
        harness.state().state.timeline.selected.as_deref(),
        Some(first.id.as_str())
    );
}
