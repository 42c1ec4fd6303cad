//! The tab row and the timeline strip as a reader sees them: every tab on one
//! row inside the window, a timeline of swimlanes that opens on its latest
//! entries. Driven through the accessibility tree, with no GPU or display.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use hk_ai_dashboard::i18n::{Lang, T, numbers};
use hk_ai_dashboard::load;
use hk_ai_dashboard::ui::{AppState, DashboardApp, Tab};

fn harness(lang: Lang, size: egui::Vec2) -> Harness<'static, DashboardApp> {
    let settings = AppState {
        lang,
        ..AppState::default()
    };
    let mut harness = Harness::builder()
        .with_size(size)
        .build_eframe(move |cc| DashboardApp::new(&cc.egui_ctx, settings, None));
    harness.run();
    harness
}

fn click_tab(harness: &mut Harness<'static, DashboardApp>, tab: Tab) {
    let name = harness.state().state.tab_name(&tab);
    harness.get_by_role_and_label(Role::Button, &name).click();
    // Scrolling to the latest entries animates for a few frames.
    harness.run_steps(60);
    assert_eq!(harness.state().state.tab, tab);
}

/// "DATE NAME (BODY)" of the latest and of the earliest initiative, in `lang`.
fn latest_and_earliest(
    harness: &Harness<'static, DashboardApp>,
    sector: Option<&str>,
) -> [String; 2] {
    let state = &harness.state().state;
    let (dataset, index) = (&state.analysis.dataset, &state.analysis.index);
    let entries = match sector {
        Some(s) => index.sector_initiatives(s),
        None => index.initiatives_by_date.as_slice(),
    };
    let name = |i: usize| {
        let n = &dataset.initiatives[i];
        let shown = state.lang.pick(&n.name, n.name_zh.as_ref());
        let date = numbers::date(state.lang, &n.date);
        format!("{date} {shown} ({})", n.body)
    };
    [name(entries[entries.len() - 1]), name(entries[0])]
}

#[test]
fn every_tab_sits_on_one_row_inside_the_window_in_both_languages() {
    for size in [egui::vec2(1024.0, 640.0), egui::vec2(1280.0, 800.0)] {
        for lang in Lang::ALL {
            let harness = harness(lang, size);
            let state = &harness.state().state;
            let rects: Vec<(String, egui::Rect)> = state
                .tabs()
                .iter()
                .map(|tab| {
                    let name = state.tab_name(tab);
                    let rect = harness.get_by_role_and_label(Role::Button, &name).rect();
                    (name, rect)
                })
                .collect();
            let top = rects[0].1.top();
            for (name, rect) in &rects {
                let at = format!("{lang:?} at {size:?}: {name} at {rect:?}");
                assert!((rect.top() - top).abs() < 0.5, "another row: {at}");
                assert!(
                    rect.left() >= 0.0 && rect.right() <= size.x,
                    "outside: {at}"
                );
            }
            // In order, left to right.
            assert!(rects.windows(2).all(|w| w[0].1.right() <= w[1].1.left()));
        }
    }
}

#[test]
fn the_timeline_shows_a_lane_per_sector_with_labels_and_counts() {
    let mut harness = harness(Lang::En, egui::vec2(1280.0, 800.0));
    click_tab(&mut harness, Tab::Timeline);
    let dataset = load::embedded_dataset().expect("valid");
    // A lane per sector that leads some initiative, named with its count.
    // (egui gives a label's text as its value.)
    let labels: Vec<String> = harness
        .query_all_by_role(Role::Label)
        .filter_map(|n| n.accesskit_node().value())
        .collect();
    let lanes: Vec<String> = dataset
        .sectors
        .iter()
        .filter_map(|s| {
            let title = format!("{}: ", s.name);
            labels.iter().find(|l| l.starts_with(&title)).cloned()
        })
        .collect();
    assert!(lanes.len() >= 6, "{lanes:#?}");
    let total: usize = lanes
        .iter()
        .filter_map(|l| {
            l.rsplit(": ")
                .next()?
                .split(' ')
                .next()?
                .parse::<usize>()
                .ok()
        })
        .sum();
    assert_eq!(total, dataset.initiatives.len(), "{lanes:#?}");
    // Every entry drawn is a button named "DATE NAME (BODY)"; one opens its details.
    let [latest, _] = latest_and_earliest(&harness, None);
    harness.get_by_role_and_label(Role::Button, &latest).click();
    harness.run();
    assert!(harness.state().state.timeline.selected.is_some());
    // The dense recent years show counts; one zooms in on its cluster.
    let zoom = harness.state().state.timeline.points_per_year;
    let count = harness
        .query_all_by_label_contains("more initiatives here")
        .next()
        .expect("a count in the latest years");
    count.click();
    harness.run();
    assert!(harness.state().state.timeline.points_per_year > zoom);
}

#[test]
fn the_timeline_opens_on_its_latest_entries_whatever_tab_came_before() {
    for lang in Lang::ALL {
        let mut harness = harness(lang, egui::vec2(1280.0, 800.0));
        // A sector tab's strip first, then the Timeline, then another sector's.
        let before = [
            Tab::Sector("ethics".into()),
            Tab::Charts,
            Tab::Sector("research".into()),
        ];
        for tab in before {
            click_tab(&mut harness, tab);
            for shown in [Tab::Timeline, Tab::Sector("finance".into())] {
                click_tab(&mut harness, shown.clone());
                let sector = match &shown {
                    Tab::Sector(id) => Some(id.as_str()),
                    _ => None,
                };
                let [latest, earliest] = latest_and_earliest(&harness, sector);
                let rect = harness.get_by_role_and_label(Role::Button, &latest).rect();
                assert!(
                    rect.left() >= 0.0 && rect.right() <= 1280.0,
                    "{lang:?} {shown:?}: the latest entry at {rect:?}"
                );
                if sector.is_none() {
                    // Scrolled: the 1990s are out of view (and not drawn).
                    assert!(
                        harness.query_by_label(&earliest).is_none(),
                        "{lang:?}: the earliest entry is in view"
                    );
                }
            }
        }
    }
}

#[test]
fn every_sector_page_fits_the_window_width_in_both_languages() {
    for size in [egui::vec2(1024.0, 640.0), egui::vec2(1280.0, 800.0)] {
        for lang in Lang::ALL {
            let mut harness = harness(lang, size);
            let copy = lang.t(T::CopyLink);
            let sectors: Vec<Tab> = harness
                .state()
                .state
                .tabs()
                .into_iter()
                .filter(|t| matches!(t, Tab::Sector(_)))
                .collect();
            for tab in sectors {
                click_tab(&mut harness, tab.clone());
                let links: Vec<egui::Rect> =
                    harness.query_all_by_label(copy).map(|n| n.rect()).collect();
                assert!(!links.is_empty(), "{lang:?} {tab:?}: no source links");
                for rect in links {
                    assert!(
                        rect.right() <= size.x,
                        "{lang:?} {tab:?} at {size:?}: a source row ends at {}",
                        rect.right()
                    );
                }
            }
        }
    }
}
