//! Tests of the funding chart's year window: the same rows, years and cells as `FundingTable::within`.

use super::*;
use crate::load;
use crate::stats::Stats;

#[test]
fn a_window_is_what_within_gives() {
    let dataset = load::embedded_dataset().expect("the shipped dataset is valid");
    let table = Stats::new(&dataset).funding;
    for years in [1990..=2030, 2018..=2021, 2024..=2024, 1900..=1950] {
        let narrowed = table.within(&years);
        let window = Window::new(&table, &years);
        let sectors: Vec<&str> = window.rows.iter().map(|&s| window.sector(s)).collect();
        assert_eq!(sectors, narrowed.sectors, "{years:?}");
        let window_years: Vec<i32> = window.years().map(|(_, y)| y).collect();
        assert_eq!(window_years, narrowed.years, "{years:?}");
        for (i, &row) in window.rows.iter().enumerate() {
            for (j, (column, _)) in window.years().enumerate() {
                assert_eq!(window.cell(row, column), &narrowed.cells[i][j]);
                assert_eq!(
                    window.table.share(row, column),
                    narrowed.share(i, j),
                    "{years:?}"
                );
            }
        }
    }
}
