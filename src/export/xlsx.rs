//! Excel workbooks of charts ([`workbook`]): a sheet per chart, then a
//! Sources sheet. Each chart's sheet is its table twin ([`charts::chart_table`]),
//! typed: numbers are numeric cells with a number format (HK$ amounts,
//! percentages, counts; a published qualifier such as ">" kept in the format,
//! so the cell still sums), years are numbers, the unit, the definition and the
//! "as of" date sit in header rows above the table and the source line under
//! it. A gap ("no published figure") is an empty cell with a note, never a 0.
//!
//! The cells come from the same table the window and the CSV show (the CSV's
//! rules pick the numeric columns and the rows of a time chart), read back
//! from its text: a cell that does not read as a number stays text as shown.

use super::csv::{every_year, numeric_columns, short_unit};
use super::error::ExportError;
use crate::charts::{self, ChartData, ChartKind, ChartOptions};
use crate::i18n::{self, Lang, T};
use crate::model::Qualifier;
use rust_xlsxwriter::{
    DocProperties, ExcelDateTime, Format, FormatAlign, Note, Url, Workbook, Worksheet, XlsxError,
};

/// The row of a chart's sheet that holds the column headings (0-based): the
/// title, the unit, the definition, the "as of" date and a blank row above.
pub const HEADER_ROW: u32 = 5;

/// The workbook of `kinds`: a sheet per chart, named after its slug, in the
/// order given, then a Sources sheet listing every source behind each chart.
/// The same inputs give the same bytes (the creation date is the data's
/// "as of" date, not the clock).
pub fn workbook(
    kinds: &[ChartKind],
    data: ChartData,
    options: &ChartOptions,
) -> Result<Vec<u8>, ExportError> {
    build(kinds, data, options).map_err(|e| ExportError::Workbook(e.to_string()))
}

fn build(
    kinds: &[ChartKind],
    data: ChartData,
    options: &ChartOptions,
) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let as_of = data.dataset.as_of;
    let created = ExcelDateTime::from_ymd(
        u16::try_from(as_of.year).unwrap_or(2000),
        as_of.month.unwrap_or(1),
        as_of.day.unwrap_or(1),
    )?;
    let title = options.lang.t(T::AppTitle);
    book.set_properties(
        &DocProperties::new()
            .set_title(title)
            .set_creation_datetime(&created),
    );
    for &kind in kinds {
        let sheet = book.add_worksheet();
        sheet.set_name(kind.slug())?;
        chart_sheet(sheet, kind, data, options)?;
    }
    let sheet = book.add_worksheet();
    sheet.set_name(options.lang.t(T::XlsxSourcesSheet))?;
    sources_sheet(sheet, kinds, data, options)?;
    book.save_to_buffer()
}

/// How a numeric column's cells are formatted.
#[derive(Debug, Clone, Copy, PartialEq)]
enum NumberKind {
    /// HK$ amounts: `HK$#,##0`.
    Hkd,
    /// Counts and other plain numbers: `#,##0` (one decimal when needed).
    Plain,
}

/// A table cell read as a spreadsheet cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Nothing published or nothing to show.
    Empty {
        /// The cell said "no published figure": it gets a note.
        gap: bool,
    },
    /// A number: `value` as stored (a share as a fraction, 0.125 for 12.5%).
    Number {
        /// The stored value.
        value: f64,
        /// The number format that shows it as the table does.
        format: String,
    },
    /// Text, as shown.
    Text(String),
}

/// Reads one table cell of a numeric column as a spreadsheet cell: empty,
/// a gap, a number with its qualifier and unit kept in the format, or (when
/// it does not read as a number) the text as shown.
fn read_cell(text: &str, lang: Lang, kind: NumberKind) -> Cell {
    let text = text.trim();
    if text.is_empty() {
        return Cell::Empty { gap: false };
    }
    if text == lang.t(T::NoPublishedFigure) {
        return Cell::Empty { gap: true };
    }
    let qualifiers = [Qualifier::About, Qualifier::MoreThan, Qualifier::Nearly];
    let (prefix, rest) = qualifiers
        .iter()
        .map(|&q| i18n::qualifier_prefix(lang, q))
        .find_map(|p| text.strip_prefix(p).map(|rest| (p, rest)))
        .unwrap_or(("", text));
    let (percent, digits) = match rest.strip_suffix('%') {
        Some(digits) => (true, digits),
        None => (false, rest),
    };
    let Ok(number) = digits.replace(',', "").trim().parse::<f64>() else {
        return Cell::Text(text.to_owned());
    };
    let decimals = digits.split_once('.').map_or(0, |(_, d)| d.len());
    let body = match decimals {
        0 => "#,##0".to_owned(),
        n => format!("#,##0.{}", "0".repeat(n)),
    };
    let quoted = |s: &str| {
        if s.is_empty() {
            String::new()
        } else {
            format!("\"{}\"", s.replace('"', ""))
        }
    };
    let (value, body) = if percent {
        let body = match decimals {
            0 => "0%".to_owned(),
            n => format!("0.{}%", "0".repeat(n)),
        };
        (number / 100.0, body)
    } else if kind == NumberKind::Hkd {
        (number, format!("\"HK$\"{body}"))
    } else {
        (number, body)
    };
    Cell::Number {
        value,
        format: format!("{}{body}", quoted(prefix)),
    }
}

/// A chart's table as spreadsheet cells, row by row (headings first):
/// what [`workbook`] writes from [`HEADER_ROW`] down, for tests to compare.
/// Headings that are years are numbers; so is a time chart's year column.
pub fn chart_cells(kind: ChartKind, data: ChartData, options: &ChartOptions) -> Vec<Vec<Cell>> {
    let lang = options.lang;
    let mut table = charts::chart_table(kind, data, options);
    let numeric = numeric_columns(&table, lang);
    if kind.is_time_chart() {
        table.rows = every_year(table.rows, options, table.columns.len());
    }
    let unit = charts::unit(kind, options);
    let number_kind = if short_unit(&unit).starts_with("HK$") {
        NumberKind::Hkd
    } else {
        NumberKind::Plain
    };
    let year = |text: &str| match text.parse::<i32>() {
        Ok(y) if (1000..=9999).contains(&y) => Some(Cell::Number {
            value: f64::from(y),
            format: "0".to_owned(),
        }),
        _ => None,
    };
    let header = table
        .columns
        .iter()
        .map(|c| year(c).unwrap_or_else(|| Cell::Text(c.clone())))
        .collect();
    let mut cells = vec![header];
    for row in &table.rows {
        cells.push(
            row.iter()
                .enumerate()
                .map(|(i, text)| match (i, numeric.get(i).copied()) {
                    (0, _) if kind.is_time_chart() => {
                        year(text).unwrap_or_else(|| Cell::Text(text.clone()))
                    }
                    (_, Some(true)) => read_cell(text, lang, number_kind),
                    _ => Cell::Text(text.clone()),
                })
                .collect(),
        );
    }
    cells
}

/// One chart's sheet: title, unit, definition, "as of", the table, the
/// source line.
fn chart_sheet(
    sheet: &mut Worksheet,
    kind: ChartKind,
    data: ChartData,
    options: &ChartOptions,
) -> Result<(), XlsxError> {
    let lang = options.lang;
    let bold = Format::new().set_bold();
    sheet.write_string_with_format(
        0,
        0,
        charts::title(kind, data, options),
        &bold.clone().set_font_size(14),
    )?;
    sheet.write_string_with_format(1, 0, lang.t(T::XlsxUnit), &bold)?;
    sheet.write_string(1, 1, charts::unit(kind, options))?;
    sheet.write_string_with_format(2, 0, lang.t(T::CsvDefinition), &bold)?;
    sheet.write_string(2, 1, charts::definition(kind, options))?;
    sheet.write_string_with_format(3, 0, lang.t(T::CsvAsOf), &bold)?;
    sheet.write_string(3, 1, data.dataset.as_of.to_string())?;
    let heading = bold
        .clone()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_border_bottom(rust_xlsxwriter::FormatBorder::Thin);
    let gap_note = Note::new(lang.t(T::NoPublishedFigure)).add_author_prefix(false);
    let cells = chart_cells(kind, data, options);
    for (r, row) in cells.iter().enumerate() {
        let at = HEADER_ROW + u32::try_from(r).unwrap_or(u32::MAX - HEADER_ROW);
        let style = if r == 0 {
            heading.clone()
        } else {
            Format::new()
        };
        for (c, cell) in row.iter().enumerate() {
            let col = u16::try_from(c).unwrap_or(u16::MAX);
            match cell {
                Cell::Empty { gap } => {
                    if r == 0 {
                        sheet.write_blank(at, col, &style)?;
                    }
                    if *gap {
                        sheet.insert_note(at, col, &gap_note)?;
                    }
                }
                Cell::Number { value, format } => {
                    let style = style.clone().set_num_format(format);
                    sheet.write_number_with_format(at, col, *value, &style)?;
                }
                Cell::Text(text) => {
                    sheet.write_string_with_format(at, col, text, &style)?;
                }
            }
        }
    }
    let below = HEADER_ROW + u32::try_from(cells.len()).unwrap_or(0) + 1;
    sheet.write_string(below, 0, charts::source_line(kind, data, options))?;
    sheet.write_string(below + 1, 0, lang.t(T::XlsxSeeSources))?;
    let width = cells.first().map_or(1, Vec::len);
    for c in 0..width {
        let col = u16::try_from(c).unwrap_or(u16::MAX);
        sheet.set_column_width(col, if c == 0 { 22 } else { 16 })?;
    }
    sheet.set_freeze_panes(HEADER_ROW + 1, 0)?;
    Ok(())
}

/// The Sources sheet: for each chart, every source behind it (publisher,
/// title, URL as a link, date published, whether it is secondary).
fn sources_sheet(
    sheet: &mut Worksheet,
    kinds: &[ChartKind],
    data: ChartData,
    options: &ChartOptions,
) -> Result<(), XlsxError> {
    let lang = options.lang;
    let bold = Format::new()
        .set_bold()
        .set_border_bottom(rust_xlsxwriter::FormatBorder::Thin);
    let headings = [
        T::XlsxChart,
        T::CsvPublisher,
        T::CsvSourceTitle,
        T::CsvUrl,
        T::CsvPublished,
        T::CsvSecondary,
    ];
    for (c, &key) in headings.iter().enumerate() {
        let col = u16::try_from(c).unwrap_or(u16::MAX);
        sheet.write_string_with_format(0, col, lang.t(key), &bold)?;
    }
    let mut row = 1u32;
    for &kind in kinds {
        for source in charts::chart_sources(kind, data, options) {
            sheet.write_string(row, 0, kind.slug())?;
            sheet.write_string(row, 1, &source.publisher)?;
            sheet.write_string(row, 2, &source.title)?;
            if source.url.starts_with("http") {
                sheet.write_url_with_text(row, 3, Url::new(&source.url), &source.url)?;
            } else {
                sheet.write_string(row, 3, &source.url)?;
            }
            if let Some(published) = &source.published {
                sheet.write_string(row, 4, published.to_string())?;
            }
            if source.secondary {
                sheet.write_string(row, 5, lang.t(T::CsvYes))?;
            }
            row += 1;
        }
    }
    for (c, width) in [22, 28, 48, 48, 12, 12].into_iter().enumerate() {
        let col = u16::try_from(c).unwrap_or(u16::MAX);
        sheet.set_column_width(col, width)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(value: f64, format: &str) -> Cell {
        Cell::Number {
            value,
            format: format.to_owned(),
        }
    }

    #[test]
    fn cells_keep_their_qualifier_unit_and_decimals_in_the_format() {
        let en = Lang::En;
        assert_eq!(
            read_cell("1,065", en, NumberKind::Plain),
            number(1065.0, "#,##0")
        );
        assert_eq!(
            read_cell(">600", en, NumberKind::Plain),
            number(600.0, "\">\"#,##0")
        );
        assert_eq!(
            read_cell("12.5%", en, NumberKind::Hkd),
            number(0.125, "0.0%")
        );
        assert_eq!(
            read_cell("2500000", en, NumberKind::Hkd),
            number(2_500_000.0, "\"HK$\"#,##0")
        );
        assert_eq!(
            read_cell("接近18,000", Lang::ZhHk, NumberKind::Plain),
            number(18000.0, "\"接近\"#,##0")
        );
        assert_eq!(
            read_cell("", en, NumberKind::Plain),
            Cell::Empty { gap: false }
        );
        assert_eq!(
            read_cell(en.t(T::NoPublishedFigure), en, NumberKind::Plain),
            Cell::Empty { gap: true }
        );
        assert_eq!(
            read_cell("n/a", en, NumberKind::Plain),
            Cell::Text("n/a".to_owned())
        );
    }
}
