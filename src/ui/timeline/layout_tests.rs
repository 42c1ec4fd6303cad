use super::*;
use crate::analysis::Analysis;
use crate::style::timeline::{DEFAULT_ZOOM, ZOOM, ZOOM_STEP};
use crate::ui::timeline::lanes;

/// Every ASCII character is 7 points wide, every other (Chinese) 13.
fn measure(text: &str) -> f32 {
    text.chars()
        .map(|c| if c.is_ascii() { 7.0 } else { 13.0 })
        .sum()
}

fn entries<'a>(items: &'a [(f64, &'a str)]) -> impl Iterator<Item = Entry<'a>> {
    items.iter().enumerate().map(|(index, (year, name))| Entry {
        index,
        order: index,
        year: *year,
        name,
    })
}

fn key(sector: Option<&str>, points_per_year: f32, lang: Lang) -> LayoutKey {
    LayoutKey {
        dataset: 0,
        kinds: InitiativeKind::ALL.into_iter().collect(),
        sector: sector.map(Into::into),
        points_per_year,
        lang,
    }
}

/// The shipped dataset's layout, as the strip makes it.
fn shipped(sector: Option<&str>, points_per_year: f32, lang: Lang) -> Layout {
    let analysis = Analysis::new(crate::load::embedded_dataset().expect("valid"));
    let key = key(sector, points_per_year, lang);
    let candidates = match sector {
        Some(s) => analysis.index.sector_initiatives(s),
        None => analysis.index.initiatives_by_date.as_slice(),
    };
    let shown = lanes::shown(&analysis.dataset, candidates, &key);
    lanes::build(&analysis.dataset, shown, key, &measure)
}

fn assert_no_overlap(boxes: &[Boxed], what: &str) {
    for (i, a) in boxes.iter().enumerate() {
        for b in &boxes[i + 1..] {
            assert!(!a.overlaps(b), "{what}: {a:?} overlaps {b:?}");
        }
    }
}

#[test]
fn far_apart_entries_each_get_a_label() {
    let items = [(2020.0, "First"), (2022.0, "Second"), (2024.0, "Third")];
    let (placed, badges) = place_lane(entries(&items), 2020, 100.0, &measure);
    assert!(placed.iter().all(|p| p.label.is_some()));
    assert!(badges.is_empty());
    assert_eq!(placed[1].x, 200.0);
    let label = placed[1].label.as_ref().unwrap();
    assert_eq!(label.left, 200.0 - LABEL_OFFSET);
    assert_eq!(label.width, measure("Second") + LABEL_PADDING);
}

#[test]
fn entries_under_a_label_are_counted_after_it() {
    let items = [
        (2020.0, "A long first name"),
        (2020.1, "Second"),
        (2020.2, "Third"),
        (2020.3, "Fourth"),
        (2025.0, "Later"),
    ];
    let (placed, badges) = place_lane(entries(&items), 2020, 100.0, &measure);
    let labelled: Vec<bool> = placed.iter().map(|p| p.label.is_some()).collect();
    assert_eq!(labelled, [true, false, false, false, true]);
    assert_eq!(badges.len(), 1);
    assert_eq!(badges[0].count, 3);
    assert_eq!(badges[0].members, 1..4);
    let label = placed[0].label.as_ref().unwrap();
    assert_eq!(badges[0].left, label.left + label.width + BADGE_GAP);
}

#[test]
fn long_labels_are_cut_to_fit_with_an_ellipsis() {
    let long = "word ".repeat(40);
    let (text, width) = fit(&long, 100.0, &measure);
    assert!(text.ends_with('…'));
    assert!(width <= 100.0, "{width}");
    assert!(
        measure(&text) + 7.0 * 2.0 > 100.0,
        "cut too short: {text:?}"
    );
    let chinese = "香港人工智能超級運算中心及數碼港人工智能資助計劃";
    let (text, width) = fit(chinese, 100.0, &measure);
    assert!(width <= 100.0 && text.ends_with('…'), "{text:?} {width}");
    assert_eq!(fit("short", 100.0, &measure).0, "short");
}

#[test]
fn no_two_drawn_labels_overlap_at_any_zoom_in_either_language() {
    for lang in Lang::ALL {
        for sector in [None, Some("research"), Some("finance")] {
            let mut zoom = *ZOOM.start();
            while zoom <= *ZOOM.end() {
                let layout = shipped(sector, zoom, lang);
                let boxes = drawn_boxes(&layout.lanes);
                assert!(!boxes.is_empty());
                assert_no_overlap(&boxes, &format!("{lang:?} {sector:?} at {zoom}"));
                zoom *= ZOOM_STEP;
            }
        }
    }
}

#[test]
fn dense_synthetic_lanes_never_overlap_and_count_every_entry() {
    // 2,000 entries a week apart: most are counted, none overlap.
    let names: Vec<String> = (0..2000)
        .map(|i| format!("Initiative number {i}"))
        .collect();
    let items: Vec<(f64, &str)> = names
        .iter()
        .enumerate()
        .map(|(i, n)| (2000.0 + i as f64 / 52.0, n.as_str()))
        .collect();
    let (placed, badges) = place_lane(entries(&items), 2000, DEFAULT_ZOOM, &measure);
    let lane = Lane {
        title: "Lane".into(),
        fitted: "Lane".into(),
        kind: None,
        placed,
        badges,
    };
    let labels = lane.placed.iter().filter(|p| p.label.is_some()).count();
    let counted: usize = lane.badges.iter().map(|b| b.count).sum();
    assert_eq!(labels + counted, items.len());
    assert!(labels < 200, "{labels} labels");
    assert_no_overlap(&drawn_boxes(std::slice::from_ref(&lane)), "synthetic");
}

#[test]
fn all_sectors_have_a_lane_each_and_one_sector_a_lane_per_kind() {
    let layout = shipped(None, DEFAULT_ZOOM, Lang::En);
    let dataset = crate::load::embedded_dataset().expect("valid");
    assert_eq!(layout.entries.len(), dataset.initiatives.len());
    assert!(layout.lanes.iter().all(|l| l.kind.is_none()));
    let titles: Vec<&str> = layout.lanes.iter().map(|l| l.title.as_str()).collect();
    assert!(titles.contains(&"Finance"), "{titles:?}");
    // Each entry is in one lane, in the lane of its first sector.
    let in_lanes: usize = layout.lanes.iter().map(|l| l.placed.len()).sum();
    assert_eq!(in_lanes, layout.entries.len());
    for (order, &(lane, at)) in layout.spots.iter().enumerate() {
        let p = &layout.lanes[lane].placed[at];
        assert_eq!(p.order, order);
        let sector = &dataset.initiatives[p.entry].sectors[0];
        let name = &dataset.sector(sector).expect("known").name;
        assert_eq!(&layout.lanes[lane].title, name);
    }
    let research = shipped(Some("research"), DEFAULT_ZOOM, Lang::ZhHk);
    assert!(research.lanes.len() > 1);
    assert!(research.lanes.iter().all(|l| l.kind.is_some()));
}

#[test]
fn the_latest_offset_shows_the_last_entry_and_its_label() {
    let layout = shipped(None, DEFAULT_ZOOM, Lang::En);
    let view = 1000.0;
    let offset = latest_offset(&layout, DEFAULT_ZOOM, view);
    let [width, _] = strip_size(
        layout.first_year,
        layout.last_year,
        DEFAULT_ZOOM,
        layout.lanes.len(),
        layout.right,
    );
    assert!(
        offset > 0.0 && offset + view <= width + 0.5,
        "{offset} {width}"
    );
    let last = layout.spots[layout.entries.len() - 1];
    let x = LEFT_MARGIN + layout.lanes[last.0].placed[last.1].x;
    assert!(x > offset && x < offset + view, "{x} not in {offset}..");
    // A short strip needs no scrolling.
    assert_eq!(latest_offset(&layout, DEFAULT_ZOOM, width + 100.0), 0.0);
}

#[test]
fn only_entries_near_the_view_are_drawn() {
    let items: Vec<(f64, &str)> = (0..10).map(|y| (2000.0 + f64::from(y), "E")).collect();
    let (placed, _) = place_lane(entries(&items), 2000, 100.0, &measure);
    // Years 2005..=2007 in view; labels from 240 points to the left reach in.
    assert_eq!(in_view(&placed, 0.0, 500.0..700.0), 3..8);
    assert_eq!(in_view(&placed, 0.0, 5000.0..6000.0), 10..10);
    assert_eq!(year_step(120.0), 1);
    assert_eq!(year_step(30.0), 2);
}
