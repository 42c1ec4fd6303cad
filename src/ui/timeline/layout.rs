//! Where each entry of the timeline strip goes: pure geometry, no egui, so it
//! is unit-tested. Labels stack in lanes so they never overlap; an entry with
//! no free lane is a bare dot.

use crate::i18n::Lang;
use crate::style::timeline::{
    AXIS_GAP, AXIS_HEIGHT, BOTTOM_PAD, LABEL_GAP, LABEL_PADDING, LANE_HEIGHT, LEFT_MARGIN,
    MAX_LABEL_WIDTH, MAX_LANES, TRUNCATED_CHARS,
};
use std::ops::Range;

/// What a lane layout depends on: it is kept until one of these changes.
#[derive(Debug, Clone, PartialEq)]
pub struct LayoutKey {
    /// The dataset (its address: a new load is a new dataset).
    pub dataset: usize,
    /// The entries shown (indexes into the initiatives, in date order).
    pub entries: Vec<usize>,
    /// The zoom.
    pub points_per_year: f32,
    /// The language of the labels.
    pub lang: Lang,
}

/// An entry placed on the strip: where, in which lane (`None`: no room for a
/// label), and how wide its label is.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    /// The initiative's index.
    pub entry: usize,
    /// Its date's distance from the first year, in points.
    pub x: f32,
    /// Its label's lane, counted down from the axis.
    pub lane: Option<usize>,
    /// Its label's width, padding included.
    pub width: f32,
    /// Its label (truncated when long).
    pub text: String,
}

/// A lane layout with the key it was made for.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// What it was made for.
    pub key: LayoutKey,
    /// The entries, in date order.
    pub placed: Vec<Placed>,
}

/// An entry to place: its index, its date as a fractional year, and its name.
pub struct Entry<'a> {
    /// The initiative's index.
    pub index: usize,
    /// Its date (2024.5 is mid-2024).
    pub year: f64,
    /// Its name in the interface language.
    pub name: &'a str,
}

/// Puts each label in the lowest lane where it does not overlap the one
/// before; entries are in date order, so `x` only grows. `measure` gives a
/// text's width in points.
pub fn place<'a>(
    entries: impl IntoIterator<Item = Entry<'a>>,
    first_year: i32,
    points_per_year: f32,
    measure: impl Fn(&str) -> f32,
) -> Vec<Placed> {
    let mut lane_ends: Vec<f32> = Vec::new();
    entries
        .into_iter()
        .map(|entry| {
            let x = (entry.year - f64::from(first_year)) as f32 * points_per_year;
            let mut text = entry.name.to_owned();
            let mut width = measure(&text);
            if width > MAX_LABEL_WIDTH {
                text = truncate(entry.name, TRUNCATED_CHARS);
                width = measure(&text);
            }
            let width = width + LABEL_PADDING;
            let lane = match lane_ends.iter().position(|end| *end + LABEL_GAP <= x) {
                Some(lane) => Some(lane),
                None if lane_ends.len() < MAX_LANES => {
                    lane_ends.push(f32::MIN);
                    Some(lane_ends.len() - 1)
                }
                None => None,
            };
            if let Some(lane) = lane {
                lane_ends[lane] = x + width;
            }
            Placed {
                entry: entry.index,
                x,
                lane,
                width,
                text,
            }
        })
        .collect()
}

/// `text` cut to `max_chars` characters, the last one an ellipsis.
pub fn truncate(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(max_chars - 1).collect();
        format!("{cut}…")
    }
}

/// How many lanes the labels use (at least one, so the strip has a height).
pub fn lanes(placed: &[Placed]) -> usize {
    placed
        .iter()
        .filter_map(|p| p.lane)
        .max()
        .map_or(1, |l| l + 1)
}

/// The strip's size for years `first..last` (last exclusive) and `lanes`.
pub fn strip_size(first: i32, last: i32, points_per_year: f32, lanes: usize) -> [f32; 2] {
    let width = LEFT_MARGIN + (last - first) as f32 * points_per_year + MAX_LABEL_WIDTH;
    let height = AXIS_HEIGHT + AXIS_GAP + lanes as f32 * LANE_HEIGHT + BOTTOM_PAD;
    [width, height]
}

/// The top of a lane, below the axis.
pub fn lane_top(axis_y: f32, lane: usize) -> f32 {
    axis_y + AXIS_GAP + lane as f32 * LANE_HEIGHT
}

/// The entries to draw when the strip's left edge (its first year, at
/// `origin`) is scrolled so that `view` is visible: those whose date is in
/// view, plus a label's width to the left (a label there reaches into view).
/// Entries are in date order, so two binary searches find them.
pub fn in_view(placed: &[Placed], origin: f32, view: Range<f32>) -> Range<usize> {
    let from = placed.partition_point(|p| origin + p.x < view.start - MAX_LABEL_WIDTH);
    let to = placed.partition_point(|p| origin + p.x <= view.end);
    from..to.max(from)
}

/// Every `step`-th year is labelled: every year unless zoomed far out.
pub fn year_step(points_per_year: f32) -> i32 {
    if points_per_year >= crate::style::timeline::EVERY_YEAR_FROM {
        1
    } else {
        2
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character is 7 points wide.
    fn measure(text: &str) -> f32 {
        text.chars().count() as f32 * 7.0
    }

    fn entries<'a>(items: &'a [(f64, &'a str)]) -> impl Iterator<Item = Entry<'a>> {
        items.iter().enumerate().map(|(index, (year, name))| Entry {
            index,
            year: *year,
            name,
        })
    }

    #[test]
    fn labels_that_would_overlap_take_the_next_lane() {
        let items = [(2020.0, "First"), (2020.1, "Second"), (2024.0, "Later")];
        let placed = place(entries(&items), 2020, 100.0, measure);
        let lanes: Vec<_> = placed.iter().map(|p| p.lane).collect();
        assert_eq!(lanes, [Some(0), Some(1), Some(0)]);
        assert_eq!(super::lanes(&placed), 2);
    }

    #[test]
    fn a_label_is_as_wide_as_its_text_plus_padding() {
        let placed = place(entries(&[(2020.5, "Name")]), 2020, 100.0, measure);
        assert_eq!(placed[0].x, 50.0);
        assert_eq!(placed[0].width, 28.0 + LABEL_PADDING);
    }

    #[test]
    fn long_labels_are_truncated_with_an_ellipsis() {
        let long = "x".repeat(80);
        let placed = place(entries(&[(2020.0, &long)]), 2020, 100.0, measure);
        assert_eq!(placed[0].text.chars().count(), TRUNCATED_CHARS);
        assert!(placed[0].text.ends_with('…'));
        assert_eq!(truncate("short", 10), "short");
    }

    #[test]
    fn past_the_last_lane_an_entry_is_a_bare_dot() {
        let items: Vec<(f64, &str)> = (0..=MAX_LANES).map(|_| (2020.0, "Same day")).collect();
        let placed = place(entries(&items), 2020, 100.0, measure);
        assert_eq!(placed[MAX_LANES - 1].lane, Some(MAX_LANES - 1));
        assert_eq!(placed[MAX_LANES].lane, None);
        assert_eq!(lanes(&placed), MAX_LANES);
    }

    #[test]
    fn only_entries_near_the_view_are_drawn() {
        let items: Vec<(f64, &str)> = (0..10).map(|y| (2000.0 + f64::from(y), "E")).collect();
        let placed = place(entries(&items), 2000, 100.0, measure);
        // Years 2005..=2007 in view; labels from 240 points to the left reach in.
        let range = in_view(&placed, 0.0, 500.0..700.0);
        assert_eq!(range, 3..8);
        assert_eq!(in_view(&placed, 0.0, 5000.0..6000.0), 10..10);
    }

    #[test]
    fn the_strip_fits_its_years_lanes_and_last_label() {
        let [width, height] = strip_size(2000, 2010, 100.0, 3);
        assert_eq!(width, LEFT_MARGIN + 1000.0 + MAX_LABEL_WIDTH);
        assert_eq!(
            height,
            AXIS_HEIGHT + AXIS_GAP + 3.0 * LANE_HEIGHT + BOTTOM_PAD
        );
        assert_eq!(year_step(120.0), 1);
        assert_eq!(year_step(30.0), 2);
    }
}
