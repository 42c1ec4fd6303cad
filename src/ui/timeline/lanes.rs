//! Which swimlane each entry goes in, and the whole layout of the strip:
//! pure, no egui. With every sector shown, one lane per sector (an initiative
//! sits in the lane of the first sector it names, so each entry is drawn once
//! and the lane counts add up to the total); with one sector shown (a sector
//! tab, or the sector filter), one lane per kind.

use super::layout::{self, Entry, Lane, Layout, LayoutKey};
use crate::i18n;
use crate::model::{InitiativeKind, ValidDataset};
use crate::style::timeline::{LABEL_PADDING, LANE_TITLE_WIDTH};
use crate::ui::tab;

/// The entries `key` shows, in date order: `candidates` (indexes into the
/// initiatives, in date order) of the kinds shown.
pub fn shown(dataset: &ValidDataset, candidates: &[usize], key: &LayoutKey) -> Vec<usize> {
    let initiatives = &dataset.initiatives;
    candidates
        .iter()
        .copied()
        .filter(|&i| key.kinds.contains(&initiatives[i].kind))
        .collect()
}

/// The layout of `entries` (indexes into the initiatives, in date order) as
/// `key` asks. `measure` gives a label's width in points.
pub fn build(
    dataset: &ValidDataset,
    entries: Vec<usize>,
    key: LayoutKey,
    measure: &impl Fn(&str) -> f32,
) -> Layout {
    let initiatives = &dataset.initiatives;
    let lang = key.lang;
    let year_of = |i: usize| initiatives[i].date.year;
    let first_year = entries.first().map_or(2000, |&i| year_of(i));
    let last_year = entries.last().map_or(first_year, |&i| year_of(i)) + 1;
    // Lane titles and each entry's lane.
    let (titles, lane_of): (Vec<(String, Option<InitiativeKind>)>, Vec<usize>) =
        if key.sector.is_some() {
            let titles = InitiativeKind::ALL
                .iter()
                .map(|&k| (lang.t(i18n::initiative_kind(k)).to_owned(), Some(k)))
                .collect();
            let lane_of = entries
                .iter()
                .map(|&i| {
                    let kind = initiatives[i].kind;
                    InitiativeKind::ALL
                        .iter()
                        .position(|&k| k == kind)
                        .unwrap_or(0)
                })
                .collect();
            (titles, lane_of)
        } else {
            let titles = dataset
                .sectors
                .iter()
                .map(|s| (lang.pick(&s.name, s.name_zh.as_ref()).to_owned(), None))
                .collect();
            let lane_of = entries
                .iter()
                .map(|&i| {
                    let first = initiatives[i].sectors.first();
                    first
                        .and_then(|id| dataset.sectors.iter().position(|s| s.id == *id))
                        .unwrap_or(0)
                })
                .collect();
            (titles, lane_of)
        };
    let mut buckets: Vec<Vec<Entry<'_>>> = titles.iter().map(|_| Vec::new()).collect();
    for (order, (&index, &lane)) in entries.iter().zip(&lane_of).enumerate() {
        let n = &initiatives[index];
        buckets[lane].push(Entry {
            index,
            order,
            year: n.date.as_fractional_year(),
            name: lang.pick(&n.name, n.name_zh.as_ref()),
        });
    }
    let mut lanes = Vec::new();
    for ((title, kind), bucket) in titles.into_iter().zip(buckets) {
        if bucket.is_empty() {
            continue;
        }
        let (placed, badges) = layout::place_lane(bucket, first_year, key.points_per_year, measure);
        let room = LANE_TITLE_WIDTH - LABEL_PADDING;
        let fitted = if measure(&title) <= room {
            title.clone()
        } else {
            layout::fit(tab::short_name(&title), room, measure).0
        };
        lanes.push(Lane {
            title,
            fitted,
            kind,
            placed,
            badges,
        });
    }
    let mut spots = vec![(0, 0); entries.len()];
    for (l, lane) in lanes.iter().enumerate() {
        for (at, p) in lane.placed.iter().enumerate() {
            spots[p.order] = (l, at);
        }
    }
    let right = lanes.iter().map(layout::lane_right).fold(0.0, f32::max);
    Layout {
        key,
        first_year,
        last_year,
        entries,
        spots,
        lanes,
        right,
    }
}
