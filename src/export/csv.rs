//! CSV of a chart (RFC 4180): what a spreadsheet or a script reads. A chart's
//! CSV ([`chart_csv`]) opens right in Excel: a UTF-8 byte-order mark (unless
//! asked not to), the unit in every numeric column's header, one row per year
//! of the range with empty cells for gaps, and the provenance after the table.

use crate::charts::{self, ChartData, ChartKind, ChartOptions, Table};
use crate::i18n::{Lang, T, numbers};

/// The UTF-8 byte-order mark: how Excel tells UTF-8 from the local code page.
pub const BOM: char = '\u{feff}';

/// A chart's CSV: an optional [`BOM`], the table with units in the numeric
/// columns' headers and every year of `options.years` as a row (time charts;
/// empty cells where nothing is published, never zeros), then a blank line,
/// the definition, the "as of" date and every source behind the chart.
pub fn chart_csv(kind: ChartKind, data: ChartData, options: &ChartOptions, bom: bool) -> String {
    let lang = options.lang;
    let mut table = charts::chart_table(kind, data, options);
    spreadsheet_cells(&mut table, lang, &charts::unit(kind, options));
    if kind.is_time_chart() {
        table.rows = every_year(table.rows, options, table.columns.len());
    }
    let mut out = String::new();
    if bom {
        out.push(BOM);
    }
    out.push_str(&table_to_csv(&table));
    out.push_str("\r\n");
    for row in provenance(kind, data, options) {
        push_row(&mut out, &row);
    }
    out
}

/// A chart's table as tab-separated text, what "Copy table" puts on the
/// clipboard (it pastes as cells in Excel or Sheets): the CSV's cells (units
/// in the headings, a row per year, gaps empty, numbers bare), tabs and line
/// breaks inside a cell turned into spaces, then a blank line and the source line.
pub fn chart_tsv(kind: ChartKind, data: ChartData, options: &ChartOptions) -> String {
    let lang = options.lang;
    let mut table = charts::chart_table(kind, data, options);
    spreadsheet_cells(&mut table, lang, &charts::unit(kind, options));
    if kind.is_time_chart() {
        table.rows = every_year(table.rows, options, table.columns.len());
    }
    let clean = |cell: &String| cell.replace(['\t', '\r', '\n'], " ");
    let mut out = String::new();
    for row in std::iter::once(&table.columns).chain(&table.rows) {
        let cells: Vec<String> = row.iter().map(clean).collect();
        out.push_str(&cells.join("\t"));
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&clean(&charts::source_line(kind, data, options)));
    out.push('\n');
    out
}

/// What travels with the numbers: the definition, the "as of" date, then
/// every source behind the chart (publisher, title, URL, date, secondary).
fn provenance(kind: ChartKind, data: ChartData, options: &ChartOptions) -> Vec<Vec<String>> {
    let lang = options.lang;
    let sources = charts::chart_sources(kind, data, options);
    let mut rows = vec![
        vec![
            lang.t(T::CsvDefinition).to_owned(),
            charts::definition(kind, options).to_owned(),
        ],
        vec![
            lang.t(T::CsvAsOf).to_owned(),
            numbers::date(lang, &data.dataset.as_of),
        ],
        vec![lang.format(T::CsvSources, &[&sources.len()])],
        [
            T::CsvPublisher,
            T::CsvSourceTitle,
            T::CsvUrl,
            T::CsvPublished,
            T::CsvSecondary,
        ]
        .iter()
        .map(|&key| lang.t(key).to_owned())
        .collect(),
    ];
    rows.extend(sources.iter().map(|s| {
        let secondary = if s.secondary { lang.t(T::CsvYes) } else { "" };
        vec![
            s.publisher.clone(),
            s.title.clone(),
            s.url.clone(),
            s.published
                .as_ref()
                .map_or(String::new(), |d| numbers::date(lang, d)),
            secondary.to_owned(),
        ]
    }));
    rows
}

/// Turns the on-screen table into spreadsheet cells: numeric columns (all but
/// the first, the source and the dashboard-sector column) get `unit` in their header, shares lose
/// their "%" and numbers their thousands separators; "no published figure"
/// becomes an empty cell. Qualifiers (">600") stay: they are part of the figure.
fn spreadsheet_cells(table: &mut Table, lang: Lang, unit: &str) {
    let gap = lang.t(T::NoPublishedFigure);
    let numeric = numeric_columns(table, lang);
    let short_unit = short_unit(unit);
    for (header, &is_numeric) in table.columns.iter_mut().zip(&numeric) {
        let named = [format!("({short_unit})"), format!("（{short_unit}）")]
            .iter()
            .any(|u| header.contains(u.as_str()));
        if is_numeric && !named {
            header.push_str(&match lang {
                Lang::En => format!(" ({short_unit})"),
                Lang::ZhHk => format!("（{short_unit}）"),
            });
        }
    }
    for row in &mut table.rows {
        for (cell, &is_numeric) in row.iter_mut().zip(&numeric) {
            if !is_numeric {
                continue;
            }
            if cell == gap {
                cell.clear();
            } else {
                *cell = cell.trim_end_matches('%').replace(',', "");
            }
        }
    }
}

/// Which of the table's columns hold numbers: all but the first, the source
/// and the dashboard-sector column (the CSV's and the workbook's one rule).
pub(super) fn numeric_columns(table: &Table, lang: Lang) -> Vec<bool> {
    let text_columns = [lang.t(T::ColSource), lang.t(T::ColDashboardSector)];
    (0..table.columns.len())
        .map(|i| i > 0 && !text_columns.contains(&table.columns[i].as_str()))
        .collect()
}

/// A unit without its parenthetical note: "HK$ (US$ at 7.8)" is "HK$".
pub(super) fn short_unit(unit: &str) -> &str {
    unit.split(['(', '（']).next().unwrap_or(unit).trim()
}

/// One row per year of `options.years`: the table's row for the year, or the
/// year and empty cells where the table has none.
pub(super) fn every_year(
    rows: Vec<Vec<String>>,
    options: &ChartOptions,
    width: usize,
) -> Vec<Vec<String>> {
    let mut by_year: std::collections::HashMap<String, Vec<String>> = rows
        .into_iter()
        .filter_map(|row| Some((row.first()?.clone(), row)))
        .collect();
    options
        .years
        .clone()
        .map(|year| {
            let year = year.to_string();
            by_year.remove(&year).unwrap_or_else(|| {
                let mut row = vec![String::new(); width.max(1)];
                row[0] = year;
                row
            })
        })
        .collect()
}

/// The table as CSV: the header row, then one line per row, CRLF line ends,
/// fields quoted when they hold a comma, a quote, a CR or an LF (quotes doubled).
/// No byte-order mark, so the first line is exactly the header.
pub fn table_to_csv(table: &Table) -> String {
    let mut out = String::new();
    for row in std::iter::once(&table.columns).chain(&table.rows) {
        push_row(&mut out, row);
    }
    out
}

/// One record and its CRLF.
fn push_row(out: &mut String, row: &[String]) {
    for (i, field) in row.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_field(out, field);
    }
    out.push_str("\r\n");
}

fn push_field(out: &mut String, field: &str) {
    if field.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_only_what_needs_quoting() {
        let table = Table {
            columns: vec!["Year".into(), "Name, full".into()],
            rows: vec![
                vec!["2024".into(), "say \"hi\"".into()],
                vec!["2025".into(), "two\nlines".into()],
                vec!["".into(), "1,065".into()],
            ],
        };
        assert_eq!(
            table_to_csv(&table),
            "Year,\"Name, full\"\r\n2024,\"say \"\"hi\"\"\"\r\n2025,\"two\nlines\"\r\n,\"1,065\"\r\n"
        );
    }
}
