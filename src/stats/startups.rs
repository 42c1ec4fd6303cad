//! Startup counts: the survey total per year and sector counts where published.

use super::{IdMap, SectorSeries, YearValue};
use crate::model::{Dataset, SectorId, StartupCount};

/// The total startup count per year (InvestHK survey), sorted by year.
pub fn startups_total_by_year(dataset: &Dataset) -> Vec<YearValue> {
    startups_for(dataset, None)
}

fn startups_for(dataset: &Dataset, sector: Option<&str>) -> Vec<YearValue> {
    points_by_year(
        dataset
            .startup_counts
            .iter()
            .filter(|c| c.sector.as_deref() == sector),
    )
}

fn year_value(c: &StartupCount) -> YearValue {
    YearValue {
        year: c.year,
        value: f64::from(c.count),
        qualifier: c.qualifier,
        source: c.source.clone(),
    }
}

/// The counts as points, sorted by year (stably: equal years keep file order).
fn points_by_year<'a>(counts: impl Iterator<Item = &'a StartupCount>) -> Vec<YearValue> {
    let mut points: Vec<YearValue> = counts.map(year_value).collect();
    points.sort_by_key(|p| p.year);
    points
}

/// Published startup counts of each sector that has any, in the dataset's sector order.
pub fn startups_by_sector_and_year(dataset: &Dataset) -> Vec<SectorSeries> {
    // One pass groups the counts by sector: O(counts + sectors), whatever the
    // number of sectors.
    let mut by_sector: IdMap<&str, Vec<&StartupCount>> = IdMap::default();
    for c in &dataset.startup_counts {
        if let Some(sector) = &c.sector {
            by_sector.entry(sector.as_str()).or_default().push(c);
        }
    }
    dataset
        .sectors
        .iter()
        .filter_map(|s| {
            let counts = by_sector.get(s.id.as_str())?;
            Some(SectorSeries {
                sector: Some(s.id.clone()),
                points: points_by_year(counts.iter().copied()),
            })
        })
        .collect()
}

/// For one year, every sector with its published count, or `None` where no
/// figure is published (the chart shows the gap, it does not fill it).
pub fn startups_by_sector_in_year(
    dataset: &Dataset,
    year: i32,
) -> Vec<(SectorId, Option<YearValue>)> {
    // The year's sector counts, first one per sector: O(counts + sectors).
    let mut in_year: IdMap<&str, &StartupCount> = IdMap::default();
    for c in &dataset.startup_counts {
        if let (true, Some(sector)) = (c.year == year, &c.sector) {
            in_year.entry(sector.as_str()).or_insert(c);
        }
    }
    dataset
        .sectors
        .iter()
        .map(|s| {
            let found = in_year.get(s.id.as_str()).map(|c| year_value(c));
            (s.id.clone(), found)
        })
        .collect()
}

/// The years for which any sector has a published startup count, ascending.
pub fn years_with_sector_startup_counts(dataset: &Dataset) -> Vec<i32> {
    let mut years: Vec<i32> = dataset
        .startup_counts
        .iter()
        .filter(|c| c.sector.is_some())
        .map(|c| c.year)
        .collect();
    years.sort_unstable();
    years.dedup();
    years
}
