//! Pure statistics over a dataset: what the charts, tables and exports show.
//!
//! Nothing here knows of egui. The whole-dataset aggregates are computed once
//! per dataset ([`Stats`]); a frame only selects from them (one year, a range
//! of years) without re-scanning the records. One function does run per frame:
//! [`key_figure_series`], over one sector's handful of key figures (its page).
//! [`startups_by_sector_in_year`] and [`FundingTable::within`] are the plain
//! definitions of what the charts select per frame; they scan or clone, so the
//! charts read the same answers from [`Stats`] (tests in `charts` check they agree).

use crate::model::{
    Dataset, Funding, InitiativeKind, KeyFigure, Qualifier, Sector, StartupCount, Unit,
};
use std::collections::BTreeMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::RangeInclusive;

/// A hash map for the short ids grouped here. The standard SipHash is built to
/// resist flooding; these maps live for one call over a local file, and with a
/// simple multiplicative hash (FxHash's) they beat a linear scan of 20 sectors.
type IdMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<IdHasher>>;

#[derive(Default)]
struct IdHasher(u64);

impl Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(word));
        }
    }

    fn write_u64(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

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
    pub source: String,
}

/// A series of published values of one sector (or of all startups) over years.
#[derive(Debug, Clone, PartialEq)]
pub struct SectorSeries {
    /// The sector id, or `None` for the total.
    pub sector: Option<String>,
    /// Values sorted by year.
    pub points: Vec<YearValue>,
}

mod funding_scope;

pub use funding_scope::{
    ScopeTotals, funding_by_scope_and_year, funding_by_sector_and_year_in, funding_total_by_year,
};

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
) -> Vec<(String, Option<YearValue>)> {
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

/// One cell of the funding table: the disclosed amounts of one sector in one year.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FundingCell {
    /// Sum of the disclosed amounts, in HK$.
    pub amount_hkd: f64,
    /// Indexes into `dataset.funding` of the records summed.
    pub records: Vec<usize>,
}

/// Disclosed funding by sector (rows) and year (columns), in HK$.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FundingTable {
    /// The years with any record, ascending.
    pub years: Vec<i32>,
    /// The sector ids with any record, in the dataset's sector order.
    pub sectors: Vec<String>,
    /// `cells[sector][year]`, aligned with `sectors` and `years`.
    pub cells: Vec<Vec<FundingCell>>,
}

impl FundingTable {
    /// The total disclosed in the year at `year_index`, all sectors.
    pub fn year_total(&self, year_index: usize) -> f64 {
        self.cells
            .iter()
            .map(|row| row[year_index].amount_hkd)
            .sum()
    }

    /// A sector's share (0–1) of the year's disclosed total, `None` if the year has none.
    pub fn share(&self, sector_index: usize, year_index: usize) -> Option<f64> {
        let total = self.year_total(year_index);
        (total > 0.0).then(|| self.cells[sector_index][year_index].amount_hkd / total)
    }

    /// The same table narrowed to the years in `range`; sectors left empty drop out.
    pub fn within(&self, range: &RangeInclusive<i32>) -> FundingTable {
        let keep: Vec<usize> = (0..self.years.len())
            .filter(|&i| range.contains(&self.years[i]))
            .collect();
        let mut table = FundingTable {
            years: keep.iter().map(|&i| self.years[i]).collect(),
            ..FundingTable::default()
        };
        for (sector, row) in self.sectors.iter().zip(&self.cells) {
            let cells: Vec<FundingCell> = keep.iter().map(|&i| row[i].clone()).collect();
            if cells.iter().any(|c| !c.records.is_empty()) {
                table.sectors.push(sector.clone());
                table.cells.push(cells);
            }
        }
        table
    }
}

/// Sums the disclosed funding records by sector and year (US$ converted at the peg),
/// every scope together: see [`funding_by_sector_and_year_in`] to keep AI money apart.
pub fn funding_by_sector_and_year(dataset: &Dataset) -> FundingTable {
    funding_table_where(dataset, |_| true)
}

/// The funding table of the records `keep` accepts; years and sectors without
/// such a record drop out.
fn funding_table_where(dataset: &Dataset, keep: impl Fn(&Funding) -> bool) -> FundingTable {
    let mut years: Vec<i32> = dataset
        .funding
        .iter()
        .filter(|f| keep(f))
        .map(|f| f.year)
        .collect();
    years.sort_unstable();
    years.dedup();
    // One hash look-up per record: O(records × log years + sectors), whatever
    // the number of sectors. A repeated sector id (invalid data only) sums into
    // its first occurrence; later ones keep an empty row.
    let mut first: IdMap<&str, usize> = IdMap::default();
    for (i, s) in dataset.sectors.iter().enumerate() {
        first.entry(s.id.as_str()).or_insert(i);
    }
    let mut sums: Vec<Option<Vec<FundingCell>>> = vec![None; dataset.sectors.len()];
    for (i, record) in dataset.funding.iter().enumerate() {
        if !keep(record) {
            continue;
        }
        let (Some(&sector), Ok(column)) = (
            first.get(record.sector.as_str()),
            years.binary_search(&record.year),
        ) else {
            continue;
        };
        let row = sums[sector].get_or_insert_with(|| vec![FundingCell::default(); years.len()]);
        let cell = &mut row[column];
        cell.amount_hkd += record.amount.in_hkd();
        cell.records.push(i);
    }
    // Rows: the sectors with any record, in sector order.
    let funded: Vec<bool> = sums.iter().map(Option::is_some).collect();
    let mut sectors: Vec<String> = Vec::new();
    let mut cells: Vec<Vec<FundingCell>> = Vec::new();
    for (i, s) in dataset.sectors.iter().enumerate() {
        let sector = first[s.id.as_str()];
        if funded[sector] {
            sectors.push(s.id.clone());
            let row = if sector == i { sums[i].take() } else { None };
            cells.push(row.unwrap_or_else(|| vec![FundingCell::default(); years.len()]));
        }
    }
    FundingTable {
        years,
        sectors,
        cells,
    }
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

/// The sector's headline figure: its first key figure.
pub fn headline(sector: &Sector) -> Option<&KeyFigure> {
    sector.key_figures.first()
}

/// Every aggregate the views need, computed once when a dataset is loaded.
#[derive(Debug, Clone, PartialEq)]
pub struct Stats {
    /// [`startups_total_by_year`].
    pub startups_total: Vec<YearValue>,
    /// [`startups_by_sector_and_year`].
    pub startups_by_sector: Vec<SectorSeries>,
    /// [`years_with_sector_startup_counts`].
    pub sector_count_years: Vec<i32>,
    /// [`funding_by_sector_and_year`].
    pub funding: FundingTable,
    /// [`funding_by_scope_and_year`]: AI-specific, partly-AI and general money apart.
    pub funding_by_scope: Vec<ScopeTotals>,
    /// [`initiatives_by_year_and_kind`].
    pub initiatives_by_year: BTreeMap<i32, BTreeMap<InitiativeKind, usize>>,
    /// The span of years any chart covers (startups, funding, initiatives).
    pub year_span: RangeInclusive<i32>,
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
            sector_count_years: years_with_sector_startup_counts(dataset),
            startups_total,
            funding_by_scope: funding_by_scope_and_year(dataset),
            funding,
            initiatives_by_year,
            year_span,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn source() -> Source {
        Source {
            id: "s".into(),
            publisher: "p".into(),
            title: "t".into(),
            url: "https://example.org".into(),
            published: None,
            accessed: PartialDate::year(2026),
            secondary: false,
        }
    }

    fn sector(id: &str) -> Sector {
        Sector {
            id: id.into(),
            name: id.to_uppercase(),
            name_zh: None,
            summary: "s".into(),
            summary_zh: None,
            key_figures: vec![],
            organisations: vec![],
        }
    }

    fn count(year: i32, sector: Option<&str>, count: u32) -> StartupCount {
        StartupCount {
            year,
            sector: sector.map(Into::into),
            count,
            qualifier: Qualifier::Exact,
            definition: "d".into(),
            source: "s".into(),
            confidence: Confidence::Verified,
        }
    }

    fn funding(id: &str, year: i32, sector: &str, currency: Currency, value: f64) -> Funding {
        Funding {
            id: id.into(),
            year,
            sector: sector.into(),
            amount: Money { currency, value },
            kind: FundingKind::VentureRound,
            scope: FundingScope::AiSpecific,
            scope_note: "n".into(),
            name: id.into(),
            initiative: None,
            source: "s".into(),
            confidence: Confidence::Verified,
        }
    }

    fn dataset() -> Dataset {
        Dataset {
            title: "t".into(),
            title_zh: None,
            as_of: PartialDate::year(2026),
            sources: vec![source()],
            sectors: vec![sector("a"), sector("b"), sector("c")],
            initiatives: vec![],
            startup_counts: vec![
                count(2016, None, 1926),
                count(2014, None, 1065),
                count(2021, Some("b"), 472),
                count(2024, Some("b"), 600),
            ],
            funding: vec![
                funding("f1", 2018, "b", Currency::HKD, 10e9),
                funding("f2", 2018, "a", Currency::USD, 100e6),
                funding("f3", 2018, "a", Currency::HKD, 220e6),
                funding("f4", 2021, "b", Currency::HKD, 5.55e9),
            ],
        }
    }

    #[test]
    fn totals_are_sorted_by_year() {
        let years: Vec<(i32, f64)> = startups_total_by_year(&dataset())
            .iter()
            .map(|p| (p.year, p.value))
            .collect();
        assert_eq!(years, vec![(2014, 1065.0), (2016, 1926.0)]);
    }

    #[test]
    fn sector_counts_leave_gaps_as_gaps() {
        let d = dataset();
        let in_2021 = startups_by_sector_in_year(&d, 2021);
        assert_eq!(in_2021.len(), 3);
        assert!(in_2021[0].1.is_none());
        assert_eq!(in_2021[1].1.as_ref().map(|p| p.value), Some(472.0));
        assert!(in_2021[2].1.is_none());
        assert_eq!(years_with_sector_startup_counts(&d), vec![2021, 2024]);
        let series = startups_by_sector_and_year(&d);
        assert_eq!(series.len(), 1);
        assert_eq!(series[0].sector.as_deref(), Some("b"));
    }

    #[test]
    fn funding_sums_by_sector_and_year_in_hkd() {
        let table = funding_by_sector_and_year(&dataset());
        assert_eq!(table.years, vec![2018, 2021]);
        assert_eq!(table.sectors, vec!["a".to_string(), "b".to_string()]);
        // a, 2018: US$100m × 7.8 + HK$220m = HK$1,000m
        assert!((table.cells[0][0].amount_hkd - 1.0e9).abs() < 1.0);
        assert_eq!(table.cells[0][0].records, vec![1, 2]);
        assert!((table.year_total(0) - 11.0e9).abs() < 1.0);
        assert!((table.share(0, 0).unwrap() - 1.0 / 11.0).abs() < 1e-12);
        assert_eq!(table.share(0, 1), Some(0.0));
        let narrowed = table.within(&(2020..=2025));
        assert_eq!(narrowed.years, vec![2021]);
        assert_eq!(narrowed.sectors, vec!["b".to_string()]);
    }

    #[test]
    fn key_figures_with_one_label_form_a_series() {
        let mut s = sector("x");
        let figure = |label: &str, date: &str, value: f64| KeyFigure {
            label: label.into(),
            label_zh: None,
            value,
            unit: "companies".into(),
            qualifier: Qualifier::MoreThan,
            date: PartialDate::parse(date).unwrap(),
            definition: None,
            source: "s".into(),
            confidence: Confidence::Verified,
        };
        s.key_figures = vec![
            figure("AI companies", "2025-07", 400.0),
            figure("Lone", "2024", 1.0),
            figure("AI companies", "2024-12", 330.0),
        ];
        let series = key_figure_series(&s);
        assert_eq!(series.len(), 1);
        let values: Vec<f64> = series[0].points.iter().map(|p| p.1).collect();
        assert_eq!(values, vec![330.0, 400.0]);
        assert_eq!(headline(&s).map(|f| f.value), Some(400.0));
    }

    /// The grouping as first written (a scan of the sectors per record), to
    /// check the hash-map version gives the same table, repeated ids included.
    fn funding_table_by_scanning(dataset: &Dataset) -> FundingTable {
        let mut years: Vec<i32> = dataset.funding.iter().map(|f| f.year).collect();
        years.sort_unstable();
        years.dedup();
        let sectors: Vec<String> = dataset
            .sectors
            .iter()
            .filter(|s| dataset.funding.iter().any(|f| f.sector == s.id))
            .map(|s| s.id.clone())
            .collect();
        let mut cells = vec![vec![FundingCell::default(); years.len()]; sectors.len()];
        for (i, record) in dataset.funding.iter().enumerate() {
            let (Some(row), Ok(column)) = (
                sectors.iter().position(|s| *s == record.sector),
                years.binary_search(&record.year),
            ) else {
                continue;
            };
            cells[row][column].amount_hkd += record.amount.in_hkd();
            cells[row][column].records.push(i);
        }
        FundingTable {
            years,
            sectors,
            cells,
        }
    }

    #[test]
    fn grouping_by_hash_matches_scanning_even_with_repeated_sectors() {
        let mut d = dataset();
        assert_eq!(
            funding_by_sector_and_year(&d),
            funding_table_by_scanning(&d)
        );
        // Invalid data (the loader rejects it, Stats does not care): a sector
        // listed twice, a record of an unknown sector.
        d.sectors.push(sector("a"));
        d.sectors.insert(0, sector("b"));
        d.funding
            .push(funding("f5", 2019, "zz", Currency::HKD, 1.0));
        d.funding.push(funding("f6", 2019, "a", Currency::HKD, 2.0));
        assert_eq!(
            funding_by_sector_and_year(&d),
            funding_table_by_scanning(&d)
        );
        // Each listing of "b" gets its series, as each gets its funding row.
        let series = startups_by_sector_and_year(&d);
        assert_eq!(series.len(), 2);
        assert_eq!(series[0], series[1]);
        assert_eq!(startups_by_sector_in_year(&d, 2021).len(), 5);
    }

    #[test]
    fn many_labels_form_series_in_first_seen_order() {
        let mut s = sector("x");
        let figure = |label: String, year: i32| KeyFigure {
            label,
            label_zh: None,
            value: f64::from(year),
            unit: "companies".into(),
            qualifier: Qualifier::Exact,
            date: PartialDate::year(year),
            definition: None,
            source: "s".into(),
            confidence: Confidence::Verified,
        };
        // 40 labels (past the scan threshold), each seen twice, newest first.
        for year in [2024, 2020] {
            for i in 0..40 {
                s.key_figures.push(figure(format!("label {i}"), year + i));
            }
        }
        s.key_figures.push(figure("lone".into(), 2000));
        let series = key_figure_series(&s);
        assert_eq!(series.len(), 40);
        for (i, one) in series.iter().enumerate() {
            assert_eq!(one.label, format!("label {i}"));
            let years: Vec<f64> = one.points.iter().map(|p| p.1).collect();
            assert_eq!(
                years,
                vec![f64::from(2020 + i as i32), f64::from(2024 + i as i32)]
            );
        }
    }

    #[test]
    fn stats_span_every_charted_year() {
        let stats = Stats::new(&dataset());
        assert_eq!(stats.year_span, 2014..=2021);
    }
}
