//! Where each entry of the timeline strip goes: pure geometry, no egui, so it
//! is unit-tested. The strip has one swimlane per sector (or per kind, when
//! one sector is shown); in a lane every entry is a dot on its date, and below
//! the dots a cluster of entries too close to label one by one shows its first
//! entry's name and a count ("+7") of the others. Labels and counts never
//! overlap: [`place_lane`] only starts a label past the end of the last one.

use crate::i18n::Lang;
use crate::model::{InitiativeKind, SectorId};
use crate::style::timeline::{
    AXIS_GAP, AXIS_HEIGHT, BADGE_GAP, BADGE_PADDING, BOTTOM_PAD, DOT_ROW, LABEL_GAP, LABEL_OFFSET,
    LABEL_PADDING, LANE_GAP, LANE_HEIGHT, LANE_PITCH, LEFT_MARGIN, MAX_LABEL_WIDTH,
};
use std::collections::BTreeSet;
use std::ops::Range;

/// What a layout depends on: it is kept until one of these changes, so a
/// frame does no work proportional to the records while they stay the same.
#[derive(Debug, Clone, PartialEq)]
pub struct LayoutKey {
    /// The dataset (its address: a new load is a new dataset).
    pub dataset: usize,
    /// The kinds shown.
    pub kinds: BTreeSet<InitiativeKind>,
    /// The one sector shown (a sector tab, or the sector filter).
    pub sector: Option<SectorId>,
    /// The zoom.
    pub points_per_year: f32,
    /// The language of the labels.
    pub lang: Lang,
}

/// A label under a lane's dots: its text and where its box starts and how
/// wide it is, in points from the first year.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    /// The name, shortened with an ellipsis when it is wider than the most a label takes.
    pub text: String,
    /// The box's left edge.
    pub left: f32,
    /// The box's width, padding included.
    pub width: f32,
}

/// An entry placed in its lane.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    /// The initiative's index.
    pub entry: usize,
    /// Its place among all entries shown, in date order (for the arrow keys).
    pub order: usize,
    /// Its date's distance from the first year, in points.
    pub x: f32,
    /// Its label, when it heads a cluster (`None`: it is counted in one).
    pub label: Option<Label>,
}

/// The count after a cluster's label: "+N" for the entries it does not name.
#[derive(Debug, Clone, PartialEq)]
pub struct Badge {
    /// How many entries it stands for.
    pub count: usize,
    /// The box's left edge, in points from the first year.
    pub left: f32,
    /// The box's width.
    pub width: f32,
    /// The entries counted (indexes into the lane's `placed`); the one before
    /// them heads the cluster.
    pub members: Range<usize>,
}

/// One swimlane: its title, its entries in date order, its counts in order.
#[derive(Debug, Clone, PartialEq)]
pub struct Lane {
    /// The sector's or kind's name.
    pub title: String,
    /// The name cut to fit the column of lane names.
    pub fitted: String,
    /// A kind lane's kind (its title takes the kind's colour).
    pub kind: Option<InitiativeKind>,
    /// Its entries, in date order.
    pub placed: Vec<Placed>,
    /// Its counts, in order.
    pub badges: Vec<Badge>,
}

/// A whole layout with the key it was made for.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// What it was made for.
    pub key: LayoutKey,
    /// The first year on the axis (its left end).
    pub first_year: i32,
    /// The year after the last entry's (the axis's right end).
    pub last_year: i32,
    /// Every entry shown, in date order (indexes into the initiatives).
    pub entries: Vec<usize>,
    /// For each entry of `entries`: its lane and its index in the lane.
    pub spots: Vec<(usize, usize)>,
    /// The lanes, top to bottom.
    pub lanes: Vec<Lane>,
    /// The right end of the rightmost label or count, in points from the first year.
    pub right: f32,
}

/// An entry to place: its index, its place in date order, its date as a
/// fractional year, and its name.
pub struct Entry<'a> {
    /// The initiative's index.
    pub index: usize,
    /// Its place among all entries shown, in date order.
    pub order: usize,
    /// Its date (2024.5 is mid-2024).
    pub year: f64,
    /// Its name in the interface language.
    pub name: &'a str,
}

/// Places one lane's entries (in date order): the first entry of a cluster
/// gets a label; each entry after it whose dot falls before the end of that
/// label (or of the count after it) joins the cluster and is counted. The
/// next label starts past the cluster's end, so no two boxes overlap.
/// `measure` gives a text's width in points.
pub fn place_lane<'a>(
    entries: impl IntoIterator<Item = Entry<'a>>,
    first_year: i32,
    points_per_year: f32,
    measure: &impl Fn(&str) -> f32,
) -> (Vec<Placed>, Vec<Badge>) {
    let x_of = |year: f64| (year - f64::from(first_year)) as f32 * points_per_year;
    let mut placed: Vec<Placed> = Vec::new();
    let mut badges: Vec<Badge> = Vec::new();
    let mut head: Option<(usize, f32)> = None; // (index in `placed`, the label's right end)
    let mut cluster_end = f32::MIN;
    // "+N" boxes are as wide as N's digits: measured once per number of digits.
    let mut badge_widths: Vec<f32> = Vec::new();
    let mut badge_width = |count: usize| {
        let digits = count.to_string().len();
        while badge_widths.len() < digits {
            let sample = format!("+{}", "8".repeat(badge_widths.len() + 1));
            badge_widths.push(measure(&sample) + BADGE_PADDING);
        }
        badge_widths[digits - 1]
    };
    for entry in entries {
        let x = x_of(entry.year);
        let here = placed.len();
        match head {
            Some((at, label_end)) if x < cluster_end + LABEL_GAP => {
                let count = here - at;
                let width = badge_width(count);
                let left = label_end + BADGE_GAP;
                cluster_end = left + width;
                match badges.last_mut() {
                    Some(b) if b.members.start == at + 1 => {
                        *b = Badge {
                            count,
                            left,
                            width,
                            members: at + 1..here + 1,
                        };
                    }
                    _ => badges.push(Badge {
                        count,
                        left,
                        width,
                        members: at + 1..here + 1,
                    }),
                }
                placed.push(Placed {
                    entry: entry.index,
                    order: entry.order,
                    x,
                    label: None,
                });
            }
            _ => {
                let (text, text_width) = fit(entry.name, MAX_LABEL_WIDTH - LABEL_PADDING, measure);
                let label = Label {
                    text,
                    left: x - LABEL_OFFSET,
                    width: text_width + LABEL_PADDING,
                };
                cluster_end = label.left + label.width;
                head = Some((here, cluster_end));
                placed.push(Placed {
                    entry: entry.index,
                    order: entry.order,
                    x,
                    label: Some(label),
                });
            }
        }
    }
    (placed, badges)
}

/// `text` and its width, cut with an ellipsis to the longest start that fits
/// in `max` points (measured, so it holds for Chinese as for English).
pub fn fit(text: &str, max: f32, measure: &impl Fn(&str) -> f32) -> (String, f32) {
    let width = measure(text);
    if width <= max {
        return (text.to_owned(), width);
    }
    let chars: Vec<char> = text.chars().collect();
    let cut = |n: usize| format!("{}…", chars[..n].iter().collect::<String>().trim_end());
    // The most characters whose cut fits: binary search, as width grows with n.
    let (mut fits, mut too_many) = (0, chars.len());
    while too_many - fits > 1 {
        let mid = (fits + too_many) / 2;
        if measure(&cut(mid)) <= max {
            fits = mid;
        } else {
            too_many = mid;
        }
    }
    let text = cut(fits);
    let width = measure(&text);
    (text, width)
}

/// The right end of a lane's last label or count.
pub fn lane_right(lane: &Lane) -> f32 {
    let label = lane
        .placed
        .iter()
        .rev()
        .find_map(|p| p.label.as_ref().map(|l| l.left + l.width));
    let badge = lane.badges.last().map(|b| b.left + b.width);
    label.into_iter().chain(badge).fold(0.0, f32::max)
}

/// A box on the strip, in points: x from the first year, y from the axis.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Boxed {
    /// Left edge.
    pub left: f32,
    /// Top edge.
    pub top: f32,
    /// Right edge.
    pub right: f32,
    /// Bottom edge.
    pub bottom: f32,
}

#[cfg(test)]
impl Boxed {
    /// True when the two boxes share any area.
    pub fn overlaps(&self, other: &Boxed) -> bool {
        self.left < other.right
            && other.left < self.right
            && self.top < other.bottom
            && other.top < self.bottom
    }
}

/// The top of a lane, below the axis.
pub fn lane_top(lane: usize) -> f32 {
    AXIS_GAP + lane as f32 * LANE_PITCH
}

/// The y of a lane's dots, below the axis.
pub fn dot_y(lane: usize) -> f32 {
    lane_top(lane) + DOT_ROW * 0.5
}

/// A label's or count's box in `lane`, from its left edge and width.
pub fn label_box(lane: usize, left: f32, width: f32) -> Boxed {
    let top = lane_top(lane) + DOT_ROW;
    Boxed {
        left,
        top,
        right: left + width,
        bottom: top + LANE_HEIGHT - LANE_GAP,
    }
}

/// Every label's and count's box of a layout: what is drawn as text.
#[cfg(test)]
pub fn drawn_boxes(lanes: &[Lane]) -> Vec<Boxed> {
    lanes
        .iter()
        .enumerate()
        .flat_map(|(i, lane)| {
            let labels = lane.placed.iter().filter_map(move |p| {
                p.label
                    .as_ref()
                    .map(|label| label_box(i, label.left, label.width))
            });
            let badges = lane
                .badges
                .iter()
                .map(move |b| label_box(i, b.left, b.width));
            labels.chain(badges)
        })
        .collect()
}

/// The strip's size for `lanes` lanes, years `first..last` (last exclusive)
/// and labels reaching `right` points from the first year.
pub fn strip_size(
    first: i32,
    last: i32,
    points_per_year: f32,
    lanes: usize,
    right: f32,
) -> [f32; 2] {
    let years = (last - first) as f32 * points_per_year;
    let width = LEFT_MARGIN + years.max(right) + LABEL_GAP;
    let height = AXIS_HEIGHT + lane_top(lanes.max(1)) + BOTTOM_PAD;
    [width, height]
}

/// The horizontal scroll offset that shows the latest entries: the view's
/// right edge at the end of the last label or count (or of the last year),
/// and never before the strip's start.
#[cfg(test)]
pub fn latest_offset(layout: &Layout, points_per_year: f32, view_width: f32) -> f32 {
    let years = (layout.last_year - layout.first_year) as f32 * points_per_year;
    let end = LEFT_MARGIN + years.max(layout.right) + LABEL_GAP;
    (end - view_width).max(0.0)
}

/// The entries of a lane to draw when the strip's left edge (its first
/// year, at `origin`) is scrolled so that `view` is visible: those whose date
/// is in view, plus a label's width to the left (a label there reaches into
/// view). Entries are in date order, so two binary searches find them.
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
#[path = "layout_tests.rs"]
mod tests;
