//! Disclosed funding by scope: AI-specific, partly-AI and general I&T money,
//! kept apart so that no view sums AI money with general money silently.

use super::{FundingTable, funding_table_where};
use crate::model::{Dataset, FundingScope};

/// The funding table (sector × year) of each scope, kept apart: what the
/// funding chart stacks without ever adding one scope into another's total.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ScopedFunding {
    /// Money for AI alone.
    pub ai_specific: FundingTable,
    /// Programmes with a stated AI share, counted whole.
    pub partly_ai: FundingTable,
    /// General innovation and technology money.
    pub general: FundingTable,
}

impl ScopedFunding {
    /// Splits the funding records of `dataset` by scope.
    pub fn new(dataset: &Dataset) -> Self {
        let table = |scope| funding_by_sector_and_year_in(dataset, &[scope]);
        ScopedFunding {
            ai_specific: table(FundingScope::AiSpecific),
            partly_ai: table(FundingScope::PartlyAi),
            general: table(FundingScope::GeneralInnovation),
        }
    }

    /// One scope's money over every year, all sectors.
    pub fn total(&self, scope: FundingScope) -> f64 {
        let table = self.of(scope);
        (0..table.years.len()).map(|y| table.year_total(y)).sum()
    }

    /// One scope's money of one sector over every year (`None`: no record).
    pub fn sector_total(&self, scope: FundingScope, sector: &str) -> Option<f64> {
        let table = self.of(scope);
        let row = table.sectors.iter().position(|s| s == sector)?;
        Some(table.cells[row].iter().map(|c| c.amount_hkd).sum())
    }

    /// The table of one scope.
    pub fn of(&self, scope: FundingScope) -> &FundingTable {
        match scope {
            FundingScope::AiSpecific => &self.ai_specific,
            FundingScope::PartlyAi => &self.partly_ai,
            FundingScope::GeneralInnovation => &self.general,
        }
    }
}

/// One year's disclosed funding, by scope, in HK$ (US$ converted at the peg).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct ScopeTotals {
    /// The year.
    pub year: i32,
    /// Money for AI alone.
    pub ai_specific_hkd: f64,
    /// Programmes with a stated AI share, counted whole (the share is rarely published).
    pub partly_ai_hkd: f64,
    /// General innovation and technology money.
    pub general_hkd: f64,
}

impl ScopeTotals {
    /// The year's total for one scope.
    pub fn of(&self, scope: FundingScope) -> f64 {
        match scope {
            FundingScope::AiSpecific => self.ai_specific_hkd,
            FundingScope::PartlyAi => self.partly_ai_hkd,
            FundingScope::GeneralInnovation => self.general_hkd,
        }
    }

    fn add(&mut self, scope: FundingScope, amount_hkd: f64) {
        match scope {
            FundingScope::AiSpecific => self.ai_specific_hkd += amount_hkd,
            FundingScope::PartlyAi => self.partly_ai_hkd += amount_hkd,
            FundingScope::GeneralInnovation => self.general_hkd += amount_hkd,
        }
    }
}

/// Every year with a funding record, ascending, with its totals by scope.
pub fn funding_by_scope_and_year(dataset: &Dataset) -> Vec<ScopeTotals> {
    let mut years: Vec<i32> = dataset.funding.iter().map(|f| f.year).collect();
    years.sort_unstable();
    years.dedup();
    let mut totals: Vec<ScopeTotals> = years
        .iter()
        .map(|&year| ScopeTotals {
            year,
            ..ScopeTotals::default()
        })
        .collect();
    for record in &dataset.funding {
        if let Ok(i) = years.binary_search(&record.year) {
            totals[i].add(record.scope, record.amount.in_hkd());
        }
    }
    totals
}

/// One scope's total per year, for the years where that scope has any record.
pub fn funding_total_by_year(dataset: &Dataset, scope: FundingScope) -> Vec<(i32, f64)> {
    let mut by_year: Vec<(i32, f64)> = Vec::new();
    for totals in funding_by_scope_and_year(dataset) {
        let has_records = dataset
            .funding
            .iter()
            .any(|f| f.year == totals.year && f.scope == scope);
        if has_records {
            by_year.push((totals.year, totals.of(scope)));
        }
    }
    by_year
}

/// The funding table (sector × year) of the records whose scope is in `scopes`:
/// `&[AiSpecific]` for AI money alone, all three for every disclosed amount.
pub fn funding_by_sector_and_year_in(dataset: &Dataset, scopes: &[FundingScope]) -> FundingTable {
    funding_table_where(dataset, |f| scopes.contains(&f.scope))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::embedded_dataset;
    use crate::model::{Currency, Funding, HKD_PER_USD};

    /// A plain sum over the records: the reference the aggregates must match.
    fn plain_sum(dataset: &Dataset, year: i32, scope: FundingScope) -> f64 {
        let mut sum = 0.0;
        for f in &dataset.funding {
            if f.year == year && f.scope == scope {
                sum += match f.amount.currency {
                    Currency::HKD => f.amount.value,
                    Currency::USD => f.amount.value * HKD_PER_USD,
                };
            }
        }
        sum
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
    }

    fn shipped() -> Dataset {
        match embedded_dataset() {
            Ok(d) => (*d).clone(),
            Err(e) => panic!("shipped dataset invalid: {e}"),
        }
    }

    #[test]
    fn scope_totals_match_a_plain_sum_over_the_shipped_records() {
        let d = shipped();
        let totals = funding_by_scope_and_year(&d);
        assert!(!totals.is_empty());
        for t in &totals {
            for scope in FundingScope::ALL {
                let expected = plain_sum(&d, t.year, scope);
                assert!(close(t.of(scope), expected), "{} {scope:?}", t.year);
            }
        }
        // Every record's year is a row, and nothing else is.
        let mut years: Vec<i32> = d.funding.iter().map(|f| f.year).collect();
        years.sort_unstable();
        years.dedup();
        assert_eq!(totals.iter().map(|t| t.year).collect::<Vec<_>>(), years);
    }

    #[test]
    fn ai_specific_and_general_series_match_a_plain_sum_and_never_mix() {
        let d = shipped();
        for scope in FundingScope::ALL {
            let series = funding_total_by_year(&d, scope);
            for (year, value) in &series {
                assert!(
                    close(*value, plain_sum(&d, *year, scope)),
                    "{year} {scope:?}"
                );
            }
            // Years without a record of this scope are absent, not zero.
            for year in d.funding.iter().map(|f| f.year) {
                let has = d.funding.iter().any(|f| f.year == year && f.scope == scope);
                assert_eq!(
                    series.iter().any(|(y, _)| *y == year),
                    has,
                    "{year} {scope:?}"
                );
            }
        }
        let ai: f64 = funding_total_by_year(&d, FundingScope::AiSpecific)
            .iter()
            .map(|p| p.1)
            .sum();
        let general: f64 = funding_total_by_year(&d, FundingScope::GeneralInnovation)
            .iter()
            .map(|p| p.1)
            .sum();
        assert!(ai > 0.0 && general > 0.0);
        let all: f64 = d.funding.iter().map(|f| f.amount.in_hkd()).sum();
        let partly: f64 = funding_total_by_year(&d, FundingScope::PartlyAi)
            .iter()
            .map(|p| p.1)
            .sum();
        assert!(close(ai + partly + general, all));
    }

    #[test]
    fn the_scoped_table_keeps_only_its_scopes() {
        let mut d = shipped();
        let every = funding_by_sector_and_year_in(&d, &FundingScope::ALL);
        assert_eq!(every, super::super::funding_by_sector_and_year(&d));
        let ai = funding_by_sector_and_year_in(&d, &[FundingScope::AiSpecific]);
        for row in &ai.cells {
            for cell in row {
                for &i in &cell.records {
                    assert_eq!(d.funding[i].scope, FundingScope::AiSpecific);
                }
            }
        }
        let table_total: f64 = (0..ai.years.len()).map(|y| ai.year_total(y)).sum();
        let plain: f64 = d
            .funding
            .iter()
            .filter(|f| f.scope == FundingScope::AiSpecific)
            .map(|f| f.amount.in_hkd())
            .sum();
        assert!(close(table_total, plain));
        // A dataset with no record of a scope gives an empty table, not a zero row.
        d.funding
            .retain(|f: &Funding| f.scope != FundingScope::PartlyAi);
        let none = funding_by_sector_and_year_in(&d, &[FundingScope::PartlyAi]);
        assert!(none.years.is_empty() && none.sectors.is_empty());
    }
}
