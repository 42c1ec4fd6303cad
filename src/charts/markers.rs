//! Government initiatives as diamonds on a time chart's year axis, named and
//! counted in the legend; hovering
//! one names it (or, in a large dataset, counts a month's initiatives).

use super::ChartData;
use super::hover::{Elements, Hoverable};
use super::legend::{LegendEntry, Swatch};
use crate::i18n::{Lang, T, numbers};
use crate::model::PartialDate;
use crate::style;
use egui_plot::{ItemId, MarkerShape, PlotUi, Points};
use std::ops::RangeInclusive;

/// Above this many initiatives in range, markers stand for a month each.
pub(crate) const MAX_MARKERS: usize = 250;

/// The item id of the marker series.
const MARKERS_ID: &str = "initiative markers";

/// One initiative marker on a time chart's year axis.
pub(crate) struct Marker {
    /// Where on the year axis.
    pub x: f64,
    /// What it stands for.
    pub of: MarkerOf,
}

/// What an initiative marker stands for.
pub(crate) enum MarkerOf {
    /// One initiative (its index in the dataset).
    Initiative(usize),
    /// All initiatives of a month (month 0: those dated by year only).
    Period { year: i32, month: u8, count: usize },
}

impl Marker {
    /// How many initiatives it stands for.
    pub(crate) fn initiatives(&self) -> usize {
        match self.of {
            MarkerOf::Initiative(_) => 1,
            MarkerOf::Period { count, .. } => count,
        }
    }

    /// The text its hover shows.
    pub(crate) fn label(&self, data: ChartData, lang: Lang) -> String {
        match self.of {
            MarkerOf::Initiative(i) => {
                let Some(n) = data.dataset.initiatives.get(i) else {
                    return String::new();
                };
                format!(
                    "{} ({}, {})",
                    lang.pick(&n.name, n.name_zh.as_ref()),
                    n.body,
                    numbers::date(lang, &n.date)
                )
            }
            MarkerOf::Period { year, month, count } => {
                let period = numbers::month(lang, year, month);
                lang.format(T::InitiativesInPeriod, &[&period, &count])
            }
        }
    }
}

/// The initiative markers over `years`: one per initiative, or one per month
/// when there are too many to tell apart (a large dataset).
pub(crate) fn initiative_markers(data: ChartData, years: &RangeInclusive<i32>) -> Vec<Marker> {
    let ids = data.index.initiatives_in(data.dataset, years);
    if ids.len() <= MAX_MARKERS {
        return ids
            .iter()
            .map(|&i| Marker {
                x: data.dataset.initiatives[i].date.as_fractional_year(),
                of: MarkerOf::Initiative(i),
            })
            .collect();
    }
    let months = (*years.start(), 0)..=(*years.end(), u8::MAX);
    data.index
        .initiatives_per_month
        .range(months)
        .map(|(&(year, month), &count)| {
            // The middle of the month (of the year, for month 0).
            let date = PartialDate {
                year,
                month: (month != 0).then_some(month),
                day: None,
            };
            Marker {
                x: date.as_fractional_year(),
                of: MarkerOf::Period { year, month, count },
            }
        })
        .collect()
}

/// Plots `markers` on the year axis; hovering one shows its label.
pub(crate) fn plot_markers<'a>(
    plot_ui: &mut PlotUi,
    markers: Vec<Marker>,
    data: ChartData<'a>,
    lang: Lang,
) -> Option<Hoverable<'a>> {
    if markers.is_empty() {
        return None;
    }
    let points: Vec<[f64; 2]> = markers.iter().map(|m| [m.x, 0.0]).collect();
    // The legend names the markers and counts the initiatives they stand for.
    let count: usize = markers.iter().map(Marker::initiatives).sum();
    let legend = LegendEntry {
        name: lang.format(T::GovernmentInitiativesCount, &[&count]),
        color: style::INITIATIVE_MARKER,
        swatch: Swatch::Diamond,
    };
    plot_ui.points(
        Points::new(legend.name.clone(), points.clone())
            .id(MARKERS_ID)
            .color(style::INITIATIVE_MARKER)
            .shape(MarkerShape::Diamond)
            .filled(true)
            .radius(style::plot::MARKER_RADIUS),
    );
    Some(Hoverable {
        legend,
        id: ItemId::new(MARKERS_ID),
        elements: Elements::Points {
            points,
            text: Box::new(move |i, _| Some(markers.get(i)?.label(data, lang))),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::DatasetIndex;
    use crate::load;
    use crate::stats::Stats;

    /// The shipped dataset with each initiative repeated `copies` times, one
    /// month later each time (so a range holds more than `MAX_MARKERS`).
    fn with_initiatives_repeated(copies: usize) -> crate::model::ValidDataset {
        let shipped = load::embedded_dataset().expect("the shipped dataset is valid");
        let mut dataset: crate::model::Dataset = (*shipped).clone();
        let originals = dataset.initiatives.clone();
        for copy in 1..copies {
            for n in &originals {
                let mut n = n.clone();
                n.id = format!("{}-copy-{copy}", n.id).into();
                dataset.initiatives.push(n);
            }
        }
        let text = ron::ser::to_string(&dataset).expect("the model serialises");
        load::parse_dataset(&text, "test").expect("still valid")
    }

    #[test]
    fn many_initiatives_become_one_marker_per_month_with_its_count() {
        let dataset = with_initiatives_repeated(4);
        let stats = Stats::new(&dataset);
        let index = DatasetIndex::new(&dataset);
        let data = ChartData {
            dataset: &dataset,
            stats: &stats,
            index: &index,
        };
        let years = 1990..=2030;
        assert!(index.initiatives_in(&dataset, &years).len() > MAX_MARKERS);
        let markers = initiative_markers(data, &years);
        let mut total = 0;
        for marker in &markers {
            let MarkerOf::Period { year, month, count } = marker.of else {
                panic!(
                    "a single initiative's marker among {} markers",
                    markers.len()
                );
            };
            let expected = dataset
                .initiatives
                .iter()
                .filter(|n| n.date.year == year && n.date.month.unwrap_or(0) == month)
                .count();
            assert_eq!(count, expected, "{year}-{month}");
            assert_eq!(marker.x.floor() as i32, year);
            let middle = if month == 0 {
                f64::from(year) + 0.5
            } else {
                f64::from(year) + (f64::from(month) - 0.5) / 12.0
            };
            assert!((marker.x - middle).abs() < 1e-9, "{year}-{month}");
            total += count;
            let label = marker.label(data, Lang::En);
            assert!(label.contains(&count.to_string()), "{label}");
        }
        assert_eq!(total, dataset.initiatives.len());

        // A narrow range keeps single markers, labelled with the initiative.
        let shipped = load::embedded_dataset().expect("valid");
        let (stats, index) = (Stats::new(&shipped), DatasetIndex::new(&shipped));
        let data = ChartData {
            dataset: &shipped,
            stats: &stats,
            index: &index,
        };
        let markers = initiative_markers(data, &(2024..=2024));
        assert!(!markers.is_empty());
        for marker in &markers {
            let MarkerOf::Initiative(i) = marker.of else {
                panic!("a month marker for a handful of initiatives");
            };
            assert!(
                marker
                    .label(data, Lang::En)
                    .starts_with(&shipped.initiatives[i].name)
            );
        }
    }
}
