//! A sector's key figures as series over time, and its headline figure.

use super::id_map::IdMap;
use crate::model::{KeyFigure, Sector, Unit};

/// A sector's key figures that share a label, as a series over time.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureSeries {
    /// The shared label.
    pub label: String,
    /// The unit of every point.
    pub unit: Unit,
    /// (fractional year, value), in time order.
    pub points: Vec<(f64, f64)>,
}

/// The sector's key-figure series with at least two dated points, in first-seen order.
pub fn key_figure_series(sector: &Sector) -> Vec<FigureSeries> {
    /// Below this many series a scan beats hashing (a real sector has a handful).
    const SCAN_UP_TO: usize = 16;
    let mut series: Vec<FigureSeries> = Vec::new();
    // Each series' (label, unit), and once there are many, an index of them:
    // linear in the figures however many labels a sector has.
    let mut keys: Vec<(&str, &str)> = Vec::new();
    let mut index: Option<IdMap<(&str, &str), usize>> = None;
    for figure in &sector.key_figures {
        let point = (figure.date.as_fractional_year(), figure.value);
        let key = (figure.label.as_str(), figure.unit.word());
        let found = match &index {
            Some(index) => index.get(&key).copied(),
            None => keys.iter().position(|k| *k == key),
        };
        match found {
            Some(i) => series[i].points.push(point),
            None => {
                if let Some(index) = &mut index {
                    index.insert(key, series.len());
                }
                keys.push(key);
                series.push(FigureSeries {
                    label: figure.label.clone(),
                    unit: figure.unit.clone(),
                    points: vec![point],
                });
                if index.is_none() && keys.len() > SCAN_UP_TO {
                    index = Some(keys.iter().enumerate().map(|(i, k)| (*k, i)).collect());
                }
            }
        }
    }
    series.retain(|s| s.points.len() >= 2);
    for s in &mut series {
        s.points.sort_by(|a, b| a.0.total_cmp(&b.0));
    }
    series
}

/// The sector's headline figure: its most telling recent measure, by the
/// rule of [`super::story::headline_index`] (the Overview reads the index
/// computed once in [`super::Story`]).
pub fn headline(sector: &Sector) -> Option<&KeyFigure> {
    super::story::headline_index(sector).map(|i| &sector.key_figures[i])
}
