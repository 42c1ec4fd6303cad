//! Startup counts: the survey total per year, sector counts where published,
//! and the counts under each of the survey's own categories.

use super::id_map::IdMap;
use super::{SectorSeries, YearValue};
use crate::model::{Dataset, StartupCount, SurveyCategory};
use std::collections::BTreeMap;

/// The total startup count per year (InvestHK survey), sorted by year: the
/// counts of no sector and no survey category (a category no sector covers,
/// such as e-commerce, is not a total).
pub fn startups_total_by_year(dataset: &Dataset) -> Vec<YearValue> {
    points_by_year(
        dataset
            .startup_counts
            .iter()
            .filter(|c| c.sector.is_none() && c.category.is_none()),
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

/// One survey category's published counts, sorted by year: empty where the
/// survey publishes none (a gap the chart shows, not a zero).
#[derive(Debug, Clone, PartialEq)]
pub struct CategorySeries {
    /// The survey category.
    pub category: SurveyCategory,
    /// Values sorted by year (stably: equal years keep file order).
    pub points: Vec<YearValue>,
}

/// Every survey category, in [`SurveyCategory::ALL`] order, with its published
/// counts: O(counts + categories).
pub fn startups_by_category(dataset: &Dataset) -> Vec<CategorySeries> {
    let mut by_category: BTreeMap<SurveyCategory, Vec<&StartupCount>> = BTreeMap::new();
    for c in &dataset.startup_counts {
        if let Some(category) = c.category {
            by_category.entry(category).or_default().push(c);
        }
    }
    SurveyCategory::ALL
        .into_iter()
        .map(|category| CategorySeries {
            category,
            points: by_category
                .remove(&category)
                .map_or_else(Vec::new, |counts| points_by_year(counts.into_iter())),
        })
        .collect()
}

/// The years for which any survey category has a published count, ascending.
pub fn years_with_category_counts(dataset: &Dataset) -> Vec<i32> {
    let mut years: Vec<i32> = dataset
        .startup_counts
        .iter()
        .filter(|c| c.category.is_some())
        .map(|c| c.year)
        .collect();
    years.sort_unstable();
    years.dedup();
    years
}
