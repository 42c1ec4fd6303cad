//! Disclosed funding by sector and year: AI-specific money by default, in HK$
//! or as each sector's share of the year's AI-specific total; on request the
//! partly-AI and general I&T money of each year stacked above it in greys of
//! their own. The scopes are kept apart: no bar, table cell or CSV column adds
//! one scope's money into another's.

use super::bars::{YearStack, add_bars};
use super::chart::Chart;
use super::hover::Hoverable;
use super::legend::LegendEntry;
use super::table::Table;
use super::{ChartData, ChartOptions, FundingMoney};
use crate::i18n::{Lang, T, numbers};
use crate::index;
use crate::model::FundingScope;
use crate::stats::{FundingCell, FundingTable};
use crate::style;
use egui_plot::{Plot, PlotUi};
use std::ops::{Range, RangeInclusive};

/// The command-line name.
pub(super) const SLUG: &str = "funding-by-sector";

/// How many deals a funding bar's hover names before "and N more".
const MAX_DEALS_NAMED: usize = 5;

/// The funding-by-sector chart.
pub(super) struct FundingBySector;

/// A scope drawn above the AI-specific bars when general money is included.
struct OtherScope {
    scope: FundingScope,
    /// Its legend entry.
    legend: T,
    /// Its table and CSV column.
    column: T,
    color: egui::Color32,
}

/// The scopes drawn above the AI-specific bars, bottom to top.
const OTHER_SCOPES: [OtherScope; 2] = [
    OtherScope {
        scope: FundingScope::PartlyAi,
        legend: T::FundingPartlyAi,
        column: T::ColPartlyAi,
        color: style::FUNDING_PARTLY_AI,
    },
    OtherScope {
        scope: FundingScope::GeneralInnovation,
        legend: T::FundingGeneral,
        column: T::ColGeneralInnovation,
        color: style::FUNDING_GENERAL,
    },
];

/// What the chart shows under `options`: the AI-specific window, and the
/// windows of the other scopes when general money is included.
/// The publishers of the money shown under `options`, in `years`.
fn publishers_in<'a>(
    data: ChartData<'a>,
    options: &ChartOptions,
    years: &RangeInclusive<i32>,
) -> Vec<&'a str> {
    let per_year = match options.funding_money_shown() {
        FundingMoney::AiSpecific => &data.index.ai_funding_publishers,
        FundingMoney::WithGeneral => &data.index.funding_publishers,
    };
    index::distinct_in(per_year, years)
}

struct Shown<'a> {
    ai: Window<'a>,
    others: Vec<(Window<'a>, &'static OtherScope)>,
    /// Every year in range with a record of a scope shown, ascending.
    years: Vec<i32>,
}

impl<'a> Shown<'a> {
    fn new(data: ChartData<'a>, options: &ChartOptions) -> Self {
        let scoped = &data.stats.funding_scoped;
        let ai = Window::new(&scoped.ai_specific, &options.years);
        let others: Vec<_> = match options.funding_money_shown() {
            FundingMoney::AiSpecific => Vec::new(),
            FundingMoney::WithGeneral => OTHER_SCOPES
                .iter()
                .map(|other| (Window::new(scoped.of(other.scope), &options.years), other))
                .collect(),
        };
        let mut years: Vec<i32> = ai.years().map(|(_, y)| y).collect();
        for (window, _) in &others {
            years.extend(window.years().map(|(_, y)| y));
        }
        years.sort_unstable();
        years.dedup();
        Shown { ai, others, years }
    }
}

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

    /// The column of `year`, if the year is in range and has a record.
    fn column_of(&self, year: i32) -> Option<usize> {
        let years = &self.table.years[self.columns.clone()];
        years
            .binary_search(&year)
            .ok()
            .map(|i| self.columns.start + i)
    }

    /// The money of one year, all sectors, and the records behind it (for
    /// the partly-AI and general segments, which are not split by sector).
    fn year_segment(&self, column: usize) -> FundingCell {
        let mut segment = FundingCell::default();
        for &row in &self.rows {
            let cell = self.cell(row, column);
            segment.amount_hkd += cell.amount_hkd;
            segment.records.extend_from_slice(&cell.records);
        }
        segment
    }

    /// The money of one year, all sectors (a [`Window::year_segment`]'s amount
    /// without gathering its records).
    fn year_amount(&self, column: usize) -> f64 {
        self.rows
            .iter()
            .map(|&row| self.cell(row, column).amount_hkd)
            .sum()
    }

    /// The share, in percent, of the row's sector in the column's year.
    fn percent(&self, row: usize, column: usize) -> f64 {
        percent(self.table, row, column)
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
        let key = match (options.share, options.funding_money_shown()) {
            (true, _) => T::ChartFundingShare,
            (false, FundingMoney::AiSpecific) => T::ChartFunding,
            (false, FundingMoney::WithGeneral) => T::ChartFundingWithGeneral,
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

    fn mode(&self, options: &ChartOptions) -> Option<T> {
        Some(if options.share {
            T::ModeShare
        } else {
            T::ModeAmounts
        })
    }

    fn definition(&self, options: &ChartOptions) -> T {
        match options.funding_money_shown() {
            FundingMoney::AiSpecific => T::DefinitionFunding,
            FundingMoney::WithGeneral => T::DefinitionFundingWithGeneral,
        }
    }

    fn data_years(&self, data: ChartData, options: &ChartOptions) -> Option<(i32, i32)> {
        let years = match options.funding_money_shown() {
            FundingMoney::AiSpecific => &data.stats.funding_scoped.ai_specific.years,
            FundingMoney::WithGeneral => &data.stats.funding.years,
        };
        Some((*years.first()?, *years.last()?))
    }

    fn publishers<'a>(&self, data: ChartData<'a>, options: &ChartOptions) -> Vec<&'a str> {
        publishers_in(data, options, &options.years)
    }

    fn table(&self, data: ChartData, options: &ChartOptions) -> Table {
        let lang = options.lang;
        let shown = Shown::new(data, options);
        let ai = &shown.ai;
        let mut columns = vec![lang.t(T::ColYear).to_owned()];
        columns.extend(
            ai.rows
                .iter()
                .map(|&s| data.sector_label(ai.sector(s), lang)),
        );
        columns.push(lang.t(T::ColAiSpecificTotal).to_owned());
        columns.extend(
            shown
                .others
                .iter()
                .map(|(_, other)| lang.t(other.column).to_owned()),
        );
        columns.push(lang.t(T::ColSource).to_owned());
        let amount = |amount: f64| format!("{amount:.0}");
        let rows = shown
            .years
            .iter()
            .map(|&year| {
                let mut row = vec![year.to_string()];
                let column = ai.column_of(year);
                row.extend(ai.rows.iter().map(|&s| match column {
                    Some(c) if !ai.cell(s, c).records.is_empty() => {
                        if options.share {
                            numbers::percent(lang, ai.percent(s, c), 1)
                        } else {
                            amount(ai.cell(s, c).amount_hkd)
                        }
                    }
                    _ => String::new(),
                }));
                row.push(column.map_or(String::new(), |c| amount(ai.table.year_total(c))));
                row.extend(shown.others.iter().map(|(window, _)| {
                    window
                        .column_of(year)
                        .map_or(String::new(), |c| amount(window.table.year_total(c)))
                }));
                row.push(publishers_in(data, options, &(year..=year)).join("; "));
                row
            })
            .collect();
        Table { columns, rows }
    }

    fn configure<'p>(&self, plot: Plot<'p>, _data: ChartData, options: &ChartOptions) -> Plot<'p> {
        let lang = options.lang;
        if options.share {
            plot.y_axis_formatter(move |mark, _| numbers::percent(lang, mark.value, 0))
                .include_y(100.0)
        } else {
            plot.y_axis_formatter(move |mark, _| numbers::hkd(lang, mark.value))
        }
    }

    fn plot<'a>(
        &self,
        plot_ui: &mut PlotUi,
        data: ChartData<'a>,
        options: &ChartOptions,
        _years: &RangeInclusive<i32>,
    ) -> Vec<Hoverable<'a>> {
        let shown = Shown::new(data, options);
        let window = &shown.ai;
        let mut stack = YearStack::default();
        let mut series = Vec::new();
        for &row in &window.rows {
            let sector = window.sector(row);
            let name = data.sector_label(sector, options.lang);
            let color = data.sector_color(sector);
            let columns: Vec<usize> = window
                .years()
                .map(|(column, _)| column)
                .filter(|&column| !window.cell(row, column).records.is_empty())
                .collect();
            let bars = columns
                .iter()
                .map(|&column| {
                    let value = window.value(row, column, options.share);
                    stack.bar(window.table.years[column], value).fill(color)
                })
                .collect();
            let (table, lang, legend) = (window.table, options.lang, LegendEntry::bar(name, color));
            let name = legend.name.clone();
            let hover = move |i: usize| hover_text(data, table, (row, columns[i]), &name, lang);
            series.push(add_bars(plot_ui, ("funding", sector), legend, bars, hover));
        }
        for (other, scope) in shown.others {
            let (lang, name, color) = (options.lang, options.lang.t(scope.legend), scope.color);
            let bars = other
                .years()
                .map(|(column, year)| stack.bar(year, other.year_amount(column)).fill(color))
                .collect();
            let columns: Vec<usize> = other.years().map(|(column, _)| column).collect();
            let hover = move |i: usize| {
                let column = columns[i];
                let segment = other.year_segment(column);
                let year = other.table.years[column];
                let amount = numbers::hkd(lang, segment.amount_hkd);
                let deals = deal_names(data, &segment, lang);
                lang.format(T::HoverFundingScope, &[&name, &year, &amount, &deals])
            };
            let legend = LegendEntry::bar(name, color);
            series.push(add_bars(
                plot_ui,
                ("funding-scope", name),
                legend,
                bars,
                hover,
            ));
        }
        series
    }
}

/// The first few deals of a cell, then "and N more".
fn deal_names(data: ChartData, cell: &FundingCell, lang: Lang) -> String {
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
    deals
}

/// The share, in percent, of a row's sector in a column's year (0 where the
/// year has no AI-specific money).
fn percent(table: &FundingTable, row: usize, column: usize) -> f64 {
    table.share(row, column).unwrap_or(0.0) * 100.0
}

/// A funding bar's hover: sector, year, amount, share and the first few deals.
fn hover_text(
    data: ChartData,
    table: &FundingTable,
    (row, column): (usize, usize),
    sector_name: &str,
    lang: Lang,
) -> String {
    let cell = &table.cells[row][column];
    lang.format(
        T::HoverFunding,
        &[
            &sector_name,
            &table.years[column],
            &numbers::hkd(lang, cell.amount_hkd),
            &numbers::number(percent(table, row, column), 1),
            &deal_names(data, cell, lang),
        ],
    )
}

#[cfg(test)]
#[path = "funding_by_sector_tests.rs"]
mod tests;
