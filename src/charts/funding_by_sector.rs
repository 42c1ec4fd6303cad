//! Disclosed funding by sector and year: bars stacked by year, in HK$ or as
//! each sector's share of the year's disclosed total.

use super::bars::{Direction, YearStack, add_bars};
use super::chart::Chart;
use super::hover::Hoverable;
use super::table::Table;
use super::{ChartData, ChartOptions};
use crate::format;
use crate::i18n::{Lang, T};
use crate::index;
use crate::stats::{FundingCell, FundingTable};
use egui_plot::{BarChart, Plot, PlotUi};
use std::ops::{Range, RangeInclusive};

/// The command-line name.
pub(super) const SLUG: &str = "funding-by-sector";

/// How many deals a funding bar's hover names before "and N more".
const MAX_DEALS_NAMED: usize = 5;

/// The funding-by-sector chart.
pub(super) struct FundingBySector;

/// The funding table over a range of years, borrowed (what
/// [`FundingTable::within`] gives, without cloning its cells every frame).
struct Window<'a> {
    table: &'a FundingTable,
    /// The columns of the years in range (years are sorted).
    columns: Range<usize>,
    /// The rows of the sectors with any record in range.
    rows: Vec<usize>,
}

impl<'a> Window<'a> {
    fn new(table: &'a FundingTable, years: &RangeInclusive<i32>) -> Self {
        let start = table.years.partition_point(|y| y < years.start());
        let end = table.years.partition_point(|y| y <= years.end()).max(start);
        let columns = start..end;
        let rows = (0..table.sectors.len())
            .filter(|&s| {
                table.cells[s][columns.clone()]
                    .iter()
                    .any(|c| !c.records.is_empty())
            })
            .collect();
        Window {
            table,
            columns,
            rows,
        }
    }

    /// The sector id of each row.
    fn sector(&self, row: usize) -> &'a str {
        &self.table.sectors[row]
    }

    /// Each year in range with its column.
    fn years(&self) -> impl Iterator<Item = (usize, i32)> + '_ {
        self.columns.clone().map(|c| (c, self.table.years[c]))
    }

    fn cell(&self, row: usize, column: usize) -> &'a FundingCell {
        &self.table.cells[row][column]
    }

    /// The share, in percent, of the row's sector in the column's year.
    fn percent(&self, row: usize, column: usize) -> f64 {
        self.table.share(row, column).unwrap_or(0.0) * 100.0
    }

    /// The value charted: HK$, or the share in percent.
    fn value(&self, row: usize, column: usize, as_share: bool) -> f64 {
        if as_share {
            self.percent(row, column)
        } else {
            self.cell(row, column).amount_hkd
        }
    }
}

impl Chart for FundingBySector {
    fn slug(&self) -> &'static str {
        SLUG
    }

    fn title(&self, _data: ChartData, options: &ChartOptions) -> String {
        let key = if options.share {
            T::ChartFundingShare
        } else {
            T::ChartFunding
        };
        options.lang.t(key).to_owned()
    }

    fn unit(&self, options: &ChartOptions) -> T {
        if options.share {
            T::UnitShare
        } else {
            T::UnitHkd
        }
    }

    fn definition(&self) -> T {
        T::DefinitionFunding
    }

    fn data_years(&self, data: ChartData) -> Option<(i32, i32)> {
        let years = &data.stats.funding.years;
        Some((*years.first()?, *years.last()?))
    }

    fn publishers<'a>(&self, data: ChartData<'a>, options: &ChartOptions) -> Vec<&'a str> {
        index::distinct_in(&data.index.funding_publishers, &options.years)
    }

    fn table(&self, data: ChartData, options: &ChartOptions) -> Table {
        let lang = options.lang;
        let window = Window::new(&data.stats.funding, &options.years);
        let mut columns = vec![lang.t(T::ColYear).to_owned()];
        columns.extend(
            window
                .rows
                .iter()
                .map(|&s| data.sector_label(window.sector(s), lang)),
        );
        columns.push(lang.t(T::ColDisclosedTotal).to_owned());
        let rows = window
            .years()
            .map(|(column, year)| {
                let mut row = vec![year.to_string()];
                row.extend(window.rows.iter().map(|&s| {
                    if window.cell(s, column).records.is_empty() {
                        String::new()
                    } else if options.share {
                        format!("{:.1}%", window.percent(s, column))
                    } else {
                        format!("{:.0}", window.cell(s, column).amount_hkd)
                    }
                }));
                row.push(format!("{:.0}", window.table.year_total(column)));
                row
            })
            .collect();
        Table { columns, rows }
    }

    fn configure<'p>(&self, plot: Plot<'p>, _data: ChartData, options: &ChartOptions) -> Plot<'p> {
        if options.share {
            plot.y_axis_formatter(|mark, _| format!("{:.0}%", mark.value))
                .include_y(100.0)
        } else {
            plot.y_axis_formatter(|mark, _| format::hkd(mark.value))
        }
    }

    fn plot<'a>(
        &self,
        plot_ui: &mut PlotUi,
        data: ChartData<'a>,
        options: &ChartOptions,
        _years: &RangeInclusive<i32>,
    ) -> Vec<Hoverable<'a>> {
        let window = Window::new(&data.stats.funding, &options.years);
        let mut stack = YearStack::default();
        let mut series = Vec::new();
        for &row in &window.rows {
            let sector = window.sector(row);
            let name = data.sector_label(sector, options.lang);
            let color = data.sector_color(sector);
            let bars = window
                .years()
                .filter(|&(column, _)| !window.cell(row, column).records.is_empty())
                .map(|(column, year)| {
                    let value = window.value(row, column, options.share);
                    let hover = hover_text(data, &window, (row, column), &name, options.lang);
                    stack.bar(year, value).name(hover).fill(color)
                })
                .collect();
            series.push(add_bars(
                plot_ui,
                ("funding", sector),
                bars,
                Direction::Vertical,
                |bars| BarChart::new(name, bars).color(color),
            ));
        }
        series
    }
}

/// A funding bar's hover: sector, year, amount, share and the first few deals.
fn hover_text(
    data: ChartData,
    window: &Window,
    (row, column): (usize, usize),
    sector_name: &str,
    lang: Lang,
) -> String {
    let cell = window.cell(row, column);
    // Name a few deals; a large dataset can have thousands in one cell.
    let named: Vec<&str> = cell
        .records
        .iter()
        .take(MAX_DEALS_NAMED)
        .filter_map(|&i| data.dataset.funding.get(i))
        .map(|f| f.name.as_str())
        .collect();
    let mut deals = named.join("; ");
    // "…; and N more", as the source line says it.
    let more = cell.records.len().saturating_sub(MAX_DEALS_NAMED);
    if more > 0 {
        deals.push_str(&lang.format(T::AndMore, &[&more]));
    }
    lang.format(
        T::HoverFunding,
        &[
            &sector_name,
            &window.table.years[column],
            &format::hkd(cell.amount_hkd),
            &format!("{:.1}", window.percent(row, column)),
            &deals,
        ],
    )
}

#[cfg(test)]
mod tests {
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
}
