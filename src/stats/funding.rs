//! Disclosed funding as a sector × year table of HK$ sums, with the records behind each cell.

use super::id_map::IdMap;
use crate::model::{Dataset, Funding, SectorId};
use std::ops::RangeInclusive;

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
    pub sectors: Vec<SectorId>,
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
pub(super) fn funding_table_where(
    dataset: &Dataset,
    keep: impl Fn(&Funding) -> bool,
) -> FundingTable {
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
    let mut sectors: Vec<SectorId> = Vec::new();
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
