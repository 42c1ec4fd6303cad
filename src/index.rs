//! Look-up tables the views need every frame, built once per dataset, so no
//! frame scans or sorts all records (a 100,000-record dataset stays fluid).

use crate::model::{Dataset, FundingScope, SectorId};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::RangeInclusive;

/// Indexes into a dataset's records, by date, sector and year.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DatasetIndex {
    /// Indexes into `initiatives`, sorted by date (then name).
    pub initiatives_by_date: Vec<usize>,
    /// For each sector id, its initiatives' indexes, sorted by date.
    pub initiatives_by_sector: HashMap<SectorId, Vec<usize>>,
    /// How many initiatives each month has (month 0: dated by year only), for
    /// the chart markers of a dataset with too many initiatives to show singly.
    pub initiatives_per_month: BTreeMap<(i32, u8), usize>,
    /// The first and last year with a startup count, if any.
    pub startup_years: Option<(i32, i32)>,
    /// Publishers of the startup counts, per year, each once, in record order.
    pub startup_publishers: BTreeMap<i32, Vec<String>>,
    /// Publishers of the startup counts under a survey category, per year, each
    /// once, in record order.
    pub category_startup_publishers: BTreeMap<i32, Vec<String>>,
    /// Publishers of funding records, per year, each once, in record order.
    pub funding_publishers: BTreeMap<i32, Vec<String>>,
    /// The same for the AI-specific funding records alone.
    pub ai_funding_publishers: BTreeMap<i32, Vec<String>>,
    /// Publishers of initiatives, per year, each once, in record order.
    pub initiative_publishers: BTreeMap<i32, Vec<String>>,
    /// Each sector id's position in `sectors` (its first, should an id repeat):
    /// what picks a sector's colour.
    pub sector_positions: HashMap<SectorId, usize>,
    /// Publishers with at least one primary (not secondary) source: a chart's
    /// source line names them first.
    pub primary_publishers: HashSet<String>,
}

impl DatasetIndex {
    /// Builds every index of `dataset`.
    pub fn new(dataset: &Dataset) -> Self {
        let by_date = initiatives_by_date(dataset);
        let publishers: HashMap<&str, &str> = dataset
            .sources
            .iter()
            .map(|s| (s.id.as_str(), s.publisher.as_str()))
            .collect();
        let per_year = |records: &mut dyn Iterator<Item = (i32, &str)>| {
            publishers_per_year(records.filter_map(|(year, id)| Some((year, *publishers.get(id)?))))
        };
        let counts = &dataset.startup_counts;
        DatasetIndex {
            sector_positions: sector_positions(dataset),
            startup_years: counts
                .iter()
                .map(|c| (c.year, c.year))
                .reduce(|(lo, hi), (y, _)| (lo.min(y), hi.max(y))),
            startup_publishers: per_year(&mut counts.iter().map(|c| (c.year, c.source.as_str()))),
            category_startup_publishers: per_year(
                &mut counts
                    .iter()
                    .filter(|c| c.category.is_some())
                    .map(|c| (c.year, c.source.as_str())),
            ),
            funding_publishers: per_year(
                &mut dataset.funding.iter().map(|f| (f.year, f.source.as_str())),
            ),
            ai_funding_publishers: per_year(
                &mut dataset
                    .funding
                    .iter()
                    .filter(|f| f.scope == FundingScope::AiSpecific)
                    .map(|f| (f.year, f.source.as_str())),
            ),
            initiative_publishers: per_year(
                &mut dataset
                    .initiatives
                    .iter()
                    .map(|n| (n.date.year, n.source.as_str())),
            ),
            initiatives_by_sector: initiatives_by_sector(dataset, &by_date),
            initiatives_by_date: by_date,
            initiatives_per_month: initiatives_per_month(dataset),
            primary_publishers: dataset
                .sources
                .iter()
                .filter(|s| !s.secondary)
                .map(|s| s.publisher.clone())
                .collect(),
        }
    }

    /// The initiatives dated within `years`, as indexes sorted by date.
    pub fn initiatives_in(&self, dataset: &Dataset, years: &RangeInclusive<i32>) -> &[usize] {
        let year_of = |i: &usize| dataset.initiatives[*i].date.year;
        let start = self
            .initiatives_by_date
            .partition_point(|i| year_of(i) < *years.start());
        let end = self
            .initiatives_by_date
            .partition_point(|i| year_of(i) <= *years.end());
        &self.initiatives_by_date[start..end.max(start)]
    }

    /// The position of the sector with this id in the dataset's sectors.
    pub fn sector_position(&self, sector: &str) -> Option<usize> {
        self.sector_positions.get(sector).copied()
    }

    /// A sector's initiatives, sorted by date (empty for an unknown sector).
    pub fn sector_initiatives(&self, sector: &str) -> &[usize] {
        self.initiatives_by_sector
            .get(sector)
            .map_or(&[], |v| v.as_slice())
    }
}

/// Every initiative, as indexes sorted by date (then name).
fn initiatives_by_date(dataset: &Dataset) -> Vec<usize> {
    let mut by_date: Vec<usize> = (0..dataset.initiatives.len()).collect();
    by_date.sort_by(|&a, &b| {
        let (a, b) = (&dataset.initiatives[a], &dataset.initiatives[b]);
        a.date.cmp(&b.date).then_with(|| a.name.cmp(&b.name))
    });
    by_date
}

/// Each sector's initiatives, in the order of `by_date`.
fn initiatives_by_sector(dataset: &Dataset, by_date: &[usize]) -> HashMap<SectorId, Vec<usize>> {
    let mut by_sector: HashMap<SectorId, Vec<usize>> = HashMap::new();
    for &i in by_date {
        for sector in &dataset.initiatives[i].sectors {
            by_sector.entry(sector.clone()).or_default().push(i);
        }
    }
    by_sector
}

/// How many initiatives each (year, month) has; month 0 for year-only dates.
fn initiatives_per_month(dataset: &Dataset) -> BTreeMap<(i32, u8), usize> {
    let mut per_month: BTreeMap<(i32, u8), usize> = BTreeMap::new();
    for n in &dataset.initiatives {
        *per_month
            .entry((n.date.year, n.date.month.unwrap_or(0)))
            .or_default() += 1;
    }
    per_month
}

/// Each sector id's position in `sectors` (its first, should an id repeat).
fn sector_positions(dataset: &Dataset) -> HashMap<SectorId, usize> {
    let mut positions: HashMap<SectorId, usize> = HashMap::new();
    for (i, sector) in dataset.sectors.iter().enumerate() {
        positions.entry(sector.id.clone()).or_insert(i);
    }
    positions
}

/// Each year's distinct publishers, in first-seen order.
fn publishers_per_year<'a>(
    records: impl Iterator<Item = (i32, &'a str)>,
) -> BTreeMap<i32, Vec<String>> {
    let mut seen: HashSet<(i32, &str)> = HashSet::new();
    let mut out: BTreeMap<i32, Vec<String>> = BTreeMap::new();
    for (year, publisher) in records {
        if seen.insert((year, publisher)) {
            out.entry(year).or_default().push(publisher.to_owned());
        }
    }
    out
}

/// The distinct names listed for the years in `range`, year by year, in
/// first-seen order.
pub fn distinct_in<'a>(
    per_year: &'a BTreeMap<i32, Vec<String>>,
    range: &RangeInclusive<i32>,
) -> Vec<&'a str> {
    let mut seen: HashSet<&str> = HashSet::new();
    let mut out: Vec<&str> = Vec::new();
    for names in per_year.range(range.clone()).map(|(_, names)| names) {
        for name in names {
            if seen.insert(name) {
                out.push(name);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load;

    #[test]
    fn initiatives_are_indexed_by_date_and_sector() {
        let dataset = load::embedded_dataset().expect("valid");
        let index = DatasetIndex::new(&dataset);
        assert_eq!(index.initiatives_by_date.len(), dataset.initiatives.len());
        let dates: Vec<_> = index
            .initiatives_by_date
            .iter()
            .map(|&i| dataset.initiatives[i].date)
            .collect();
        assert!(dates.windows(2).all(|w| w[0] <= w[1]));
        let in_2024 = index.initiatives_in(&dataset, &(2024..=2024));
        let expected = dataset
            .initiatives
            .iter()
            .filter(|n| n.date.year == 2024)
            .count();
        assert_eq!(in_2024.len(), expected);
        let finance = index.sector_initiatives("finance");
        let expected = dataset
            .initiatives
            .iter()
            .filter(|n| n.sectors.iter().any(|s| s == "finance"))
            .count();
        assert_eq!(finance.len(), expected);
        assert!(index.sector_initiatives("nowhere").is_empty());
        for (i, sector) in dataset.sectors.iter().enumerate() {
            assert_eq!(index.sector_position(&sector.id), Some(i));
        }
        assert_eq!(index.sector_position("nowhere"), None);
    }

    #[test]
    fn names_are_listed_once_per_range() {
        let mut per = BTreeMap::new();
        per.insert(2020, vec!["a".to_owned(), "b".to_owned()]);
        per.insert(2021, vec!["b".to_owned(), "c".to_owned()]);
        per.insert(2022, vec!["d".to_owned()]);
        assert_eq!(distinct_in(&per, &(2020..=2021)), vec!["a", "b", "c"]);
        assert_eq!(distinct_in(&per, &(2022..=2030)), vec!["d"]);
        assert!(distinct_in(&per, &(1990..=1991)).is_empty());
    }
}
