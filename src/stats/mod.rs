//! Pure statistics over a dataset: what the charts, tables and exports show.
//!
//! Nothing here knows of egui. The whole-dataset aggregates are computed once
//! per dataset ([`Stats`]); a frame only selects from them (one year, a range
//! of years) without re-scanning the records. One function does run per frame:
//! [`key_figure_series`], over one sector's handful of key figures (its page).
//! [`FundingTable::within`] is the plain definition of what the funding chart
//! selects per frame; it clones, so the chart reads the same answer from
//! [`Stats`] (tests in `charts` check they agree).

mod funding;
mod funding_scope;
mod id_map;
mod series;
mod startups;
mod story;
#[cfg(test)]
mod story_tests;
#[cfg(test)]
mod tests;

pub use funding::{FundingCell, FundingTable, funding_by_sector_and_year};
pub use funding_scope::{
    ScopeTotals, ScopedFunding, funding_by_scope_and_year, funding_by_sector_and_year_in,
    funding_total_by_year,
};
pub use series::{FigureSeries, headline, key_figure_series};
pub use startups::{
    CategorySeries, startups_by_category, startups_by_sector_and_year, startups_total_by_year,
    years_with_category_counts,
};
pub use story::{
    Direction, INITIATIVE_YEARS, LATEST_INITIATIVES, PARK_NAMES, Story, StoryFigure, StoryOrigin,
    StoryTopic, StoryValue, Trend, headline_index, latest_initiatives,
};

use crate::model::{Dataset, InitiativeKind, Qualifier, SectorId, SourceId};
use funding::funding_table_where;
use std::collections::BTreeMap;
use std::ops::RangeInclusive;

/// One published value for one year.
#[derive(Debug, Clone, PartialEq)]
pub struct YearValue {
    /// The year.
    pub year: i32,
    /// The value as published.
    pub value: f64,
    /// Exact, approximate or a bound, as published.
    pub qualifier: Qualifier,
    /// The source id.
    pub source: SourceId,
}

/// A series of published values of one sector (or of all startups) over years.
#[derive(Debug, Clone, PartialEq)]
pub struct SectorSeries {
    /// The sector id, or `None` for the total.
    pub sector: Option<SectorId>,
    /// Values sorted by year.
    pub points: Vec<YearValue>,
}

/// How many initiatives of each kind each year has.
pub fn initiatives_by_year_and_kind(
    dataset: &Dataset,
) -> BTreeMap<i32, BTreeMap<InitiativeKind, usize>> {
    let mut table: BTreeMap<i32, BTreeMap<InitiativeKind, usize>> = BTreeMap::new();
    for initiative in &dataset.initiatives {
        *table
            .entry(initiative.date.year)
            .or_default()
            .entry(initiative.kind)
            .or_default() += 1;
    }
    table
}

/// Every aggregate the views need, computed once when a dataset is loaded.
#[derive(Debug, Clone, PartialEq)]
pub struct Stats {
    /// [`startups_total_by_year`].
    pub startups_total: Vec<YearValue>,
    /// [`startups_by_sector_and_year`].
    pub startups_by_sector: Vec<SectorSeries>,
    /// [`startups_by_category`]: every survey category, gaps included.
    pub startups_by_category: Vec<CategorySeries>,
    /// [`years_with_category_counts`].
    pub category_count_years: Vec<i32>,
    /// [`funding_by_sector_and_year`].
    pub funding: FundingTable,
    /// [`funding_by_scope_and_year`]: AI-specific, partly-AI and general money apart.
    pub funding_by_scope: Vec<ScopeTotals>,
    /// [`ScopedFunding`]: one sector × year table per scope.
    pub funding_scoped: ScopedFunding,
    /// [`initiatives_by_year_and_kind`].
    pub initiatives_by_year: BTreeMap<i32, BTreeMap<InitiativeKind, usize>>,
    /// The span of years any chart covers (startups, funding, initiatives).
    pub year_span: RangeInclusive<i32>,
    /// [`Story`]: the Overview's figures, latest initiatives and sector headlines.
    pub story: Story,
}

impl Stats {
    /// Computes every aggregate of `dataset`.
    pub fn new(dataset: &Dataset) -> Self {
        let startups_total = startups_total_by_year(dataset);
        let funding = funding_by_sector_and_year(dataset);
        let initiatives_by_year = initiatives_by_year_and_kind(dataset);
        let years = startups_total
            .iter()
            .map(|p| p.year)
            .chain(funding.years.iter().copied())
            .chain(initiatives_by_year.keys().copied());
        let (low, high) = years.fold((i32::MAX, i32::MIN), |(lo, hi), y| (lo.min(y), hi.max(y)));
        let year_span = if low <= high { low..=high } else { 2000..=2025 };
        Stats {
            startups_by_sector: startups_by_sector_and_year(dataset),
            startups_by_category: startups_by_category(dataset),
            category_count_years: years_with_category_counts(dataset),
            startups_total,
            funding_by_scope: funding_by_scope_and_year(dataset),
            funding_scoped: ScopedFunding::new(dataset),
            funding,
            initiatives_by_year,
            year_span,
            story: Story::new(dataset),
        }
    }
}
