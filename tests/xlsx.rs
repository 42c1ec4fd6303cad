//! Excel workbooks (issue 18), read back with calamine: every cell of every
//! chart's sheet against the chart's own table (`charts::chart_table`),
//! numbers as numbers with their formats, gaps as empty cells with a note,
//! units, definition and source line around the table, the Sources sheet,
//! determinism, and the command line's one workbook for `--chart all`.

mod common;

use calamine::{Data, Reader, Xlsx};
use common::{data, dataset, stats};
use hk_ai_dashboard::charts::{self, ChartKind, ChartOptions, FundingMoney};
use hk_ai_dashboard::export::{self, ExportSpec, Format, XLSX_HEADER_ROW};
use hk_ai_dashboard::i18n::{self, Lang, T};
use hk_ai_dashboard::model::Qualifier;
use std::collections::HashMap;
use std::io::{Cursor, Read};
use std::process::Command;

/// Every combination of options that changes a table: the languages, shares,
/// general money, and a narrowed year range.
fn option_sets() -> Vec<ChartOptions> {
    let base = ChartOptions::for_stats(stats());
    let span = stats().year_span.clone();
    let mut sets = Vec::new();
    for lang in Lang::ALL {
        sets.push(ChartOptions {
            lang,
            ..base.clone()
        });
        sets.push(ChartOptions {
            lang,
            share: true,
            ..base.clone()
        });
        sets.push(ChartOptions {
            lang,
            funding_money: FundingMoney::WithGeneral,
            ..base.clone()
        });
    }
    sets.push(ChartOptions {
        years: (*span.end() - 5)..=*span.end(),
        ..base
    });
    sets
}

fn read(bytes: &[u8]) -> Xlsx<Cursor<Vec<u8>>> {
    Xlsx::new(Cursor::new(bytes.to_vec())).expect("the workbook opens")
}

fn text(cell: Option<&Data>) -> String {
    match cell {
        Some(Data::String(s)) => s.clone(),
        other => panic!("expected text, found {other:?}"),
    }
}

fn number(cell: Option<&Data>) -> f64 {
    match cell {
        Some(Data::Float(f)) => *f,
        Some(Data::Int(i)) => *i as f64,
        other => panic!("expected a number, found {other:?}"),
    }
}

/// The number a table cell shows ("1,065", ">600", "12.5%", "接近 18,000"),
/// whether it is a share, and its qualifier's prefix.
fn shown_number(cell: &str, lang: Lang) -> Option<(f64, bool, &'static str)> {
    let prefix = [Qualifier::About, Qualifier::MoreThan, Qualifier::Nearly]
        .into_iter()
        .map(|q| i18n::qualifier_prefix(lang, q))
        .find(|p| cell.starts_with(p))
        .unwrap_or("");
    let rest = &cell[prefix.len()..];
    let (percent, digits) = match rest.strip_suffix('%') {
        Some(d) => (true, d),
        None => (false, rest),
    };
    let value: f64 = digits.replace(',', "").parse().ok()?;
    Some((value, percent, prefix))
}

/// The table's rows as the sheet lays them out: for a time chart, one row
/// per year of the range (the table's row, or none), otherwise as they are.
fn sheet_rows(
    kind: ChartKind,
    table: &charts::Table,
    options: &ChartOptions,
) -> Vec<Option<Vec<String>>> {
    if !kind.is_time_chart() {
        return table.rows.iter().cloned().map(Some).collect();
    }
    let by_year: HashMap<&str, &Vec<String>> =
        table.rows.iter().map(|r| (r[0].as_str(), r)).collect();
    options
        .years
        .clone()
        .map(|y| by_year.get(y.to_string().as_str()).map(|r| (*r).clone()))
        .collect()
}

/// Compares one chart's sheet with its table, cell by cell; returns the
/// positions of the gaps (which must carry a note).
fn check_sheet(book: &mut Xlsx<Cursor<Vec<u8>>>, kind: ChartKind, options: &ChartOptions) -> usize {
    let lang = options.lang;
    let name = kind.slug();
    let range = book.worksheet_range(name).expect("a sheet per chart");
    let styles = book.worksheet_style(name).expect("styles");
    let format_at = |pos: (u32, u32)| {
        styles
            .get(pos)
            .and_then(|s| s.number_format.as_ref())
            .map_or(String::new(), |f| f.format_code.clone())
    };
    let table = charts::chart_table(kind, data(), options);
    let ctx = format!("{name} {lang:?} share={}", options.share);
    assert_eq!(
        text(range.get_value((0, 0))),
        charts::title(kind, data(), options),
        "{ctx}"
    );
    assert_eq!(text(range.get_value((1, 0))), lang.t(T::XlsxUnit), "{ctx}");
    assert_eq!(
        text(range.get_value((1, 1))),
        charts::unit(kind, options),
        "{ctx}"
    );
    assert_eq!(
        text(range.get_value((2, 1))),
        charts::definition(kind, options),
        "{ctx}"
    );
    assert_eq!(
        text(range.get_value((3, 1))),
        dataset().as_of.to_string(),
        "{ctx}"
    );

    let header = XLSX_HEADER_ROW;
    for (c, column) in table.columns.iter().enumerate() {
        let at = (header, c as u32);
        match column.parse::<i32>() {
            Ok(year) => assert_eq!(number(range.get_value(at)), f64::from(year), "{ctx}"),
            Err(_) => assert_eq!(&text(range.get_value(at)), column, "{ctx}"),
        }
    }
    let text_columns = [lang.t(T::ColSource), lang.t(T::ColDashboardSector)];
    let rows = sheet_rows(kind, &table, options);
    let mut gaps = 0;
    for (r, row) in rows.iter().enumerate() {
        let at_row = header + 1 + r as u32;
        let Some(row) = row else {
            // A year with no row: the year, and nothing else (never zeros).
            let year = options.years.start() + r as i32;
            assert_eq!(
                number(range.get_value((at_row, 0))),
                f64::from(year),
                "{ctx}"
            );
            for c in 1..table.columns.len() {
                let cell = range.get_value((at_row, c as u32));
                assert!(
                    matches!(cell, None | Some(Data::Empty)),
                    "{ctx} {year}: {cell:?}"
                );
            }
            continue;
        };
        for (c, shown) in row.iter().enumerate() {
            let at = (at_row, c as u32);
            let cell = range.get_value(at);
            let numeric = c > 0 && !text_columns.contains(&table.columns[c].as_str());
            if shown.is_empty() || shown == lang.t(T::NoPublishedFigure) {
                assert!(
                    matches!(cell, None | Some(Data::Empty)),
                    "{ctx} {at:?}: {cell:?}"
                );
                gaps += usize::from(!shown.is_empty());
            } else if c == 0 && kind.is_time_chart() {
                assert_eq!(number(cell), shown.parse::<f64>().unwrap(), "{ctx} {at:?}");
                assert_eq!(format_at(at), "0", "{ctx} {at:?}");
            } else if numeric {
                let (value, percent, prefix) =
                    shown_number(shown, lang).unwrap_or_else(|| panic!("{ctx} {at:?}: {shown}"));
                let expected = if percent { value / 100.0 } else { value };
                let got = number(cell);
                assert!(
                    (got - expected).abs() <= 1e-9 * expected.abs().max(1.0),
                    "{ctx} {at:?}: {got} vs {shown}"
                );
                let format = format_at(at);
                assert!(
                    format.contains(if percent { "%" } else { "0" }),
                    "{ctx} {at:?}: {format}"
                );
                if !prefix.is_empty() {
                    assert!(
                        format.starts_with(&format!("\"{prefix}\"")),
                        "{ctx} {at:?}: {format}"
                    );
                }
                let hkd = charts::unit(kind, options).starts_with("HK$") && !percent;
                assert_eq!(format.contains("HK$"), hkd, "{ctx} {at:?}: {format}");
            } else {
                assert_eq!(&text(cell), shown, "{ctx} {at:?}");
            }
        }
    }
    // Under the table, after a blank row: the source line.
    let below = header + 1 + rows.len() as u32 + 1;
    assert_eq!(
        text(range.get_value((below, 0))),
        charts::source_line(kind, data(), options),
        "{ctx}"
    );
    gaps
}

/// The notes in the workbook, from its comments parts.
fn notes(bytes: &[u8]) -> Vec<String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
    let mut notes = Vec::new();
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).unwrap();
        if !file.name().unwrap().starts_with("xl/comments") {
            continue;
        }
        let mut xml = String::new();
        file.read_to_string(&mut xml).unwrap();
        notes.extend(
            xml.split("<t>")
                .skip(1)
                .filter_map(|t| t.split("</t>").next())
                .map(str::to_owned),
        );
    }
    notes
}

#[test]
fn every_cell_of_every_sheet_matches_the_charts_table() {
    for options in option_sets() {
        let bytes = export::workbook(&ChartKind::ALL, data(), &options).unwrap();
        let mut book = read(&bytes);
        let mut names: Vec<String> = ChartKind::ALL.iter().map(|k| k.slug().to_owned()).collect();
        names.push(options.lang.t(T::XlsxSourcesSheet).to_owned());
        assert_eq!(book.sheet_names(), names);
        let gaps: usize = ChartKind::ALL
            .iter()
            .map(|&kind| check_sheet(&mut book, kind, &options))
            .sum();
        let notes = notes(&bytes);
        assert_eq!(notes.len(), gaps, "one note per gap");
        assert!(
            notes
                .iter()
                .all(|n| n == options.lang.t(T::NoPublishedFigure))
        );
    }
    // The shipped data has gaps (startups by sector): they were checked.
    let options = ChartOptions::for_stats(stats());
    let bytes = export::workbook(&ChartKind::ALL, data(), &options).unwrap();
    assert!(!notes(&bytes).is_empty());
}

#[test]
fn the_sources_sheet_links_every_source_of_every_chart() {
    for lang in Lang::ALL {
        let options = ChartOptions {
            lang,
            ..ChartOptions::for_stats(stats())
        };
        let bytes = export::workbook(&ChartKind::ALL, data(), &options).unwrap();
        let mut book = read(&bytes);
        let range = book.worksheet_range(lang.t(T::XlsxSourcesSheet)).unwrap();
        assert_eq!(text(range.get_value((0, 3))), lang.t(T::CsvUrl));
        let mut row = 1;
        for kind in ChartKind::ALL {
            for source in charts::chart_sources(kind, data(), &options) {
                assert_eq!(text(range.get_value((row, 0))), kind.slug());
                assert_eq!(text(range.get_value((row, 1))), source.publisher);
                assert_eq!(text(range.get_value((row, 3))), source.url);
                row += 1;
            }
        }
        assert!(matches!(
            range.get_value((row, 0)),
            None | Some(Data::Empty)
        ));
        // The URLs are links.
        let sheet_xml = {
            let mut zip = zip::ZipArchive::new(Cursor::new(&bytes[..])).unwrap();
            let mut rels = String::new();
            let name = format!(
                "xl/worksheets/_rels/sheet{}.xml.rels",
                ChartKind::ALL.len() + 1
            );
            zip.by_name(&name)
                .unwrap()
                .read_to_string(&mut rels)
                .unwrap();
            rels
        };
        let first = charts::chart_sources(ChartKind::ALL[0], data(), &options)[0];
        assert!(
            sheet_xml.contains(&first.url.replace('&', "&amp;")),
            "{sheet_xml}"
        );
    }
}

#[test]
fn the_same_inputs_give_the_same_bytes() {
    let options = ChartOptions::for_stats(stats());
    let one = export::workbook(&ChartKind::ALL, data(), &options).unwrap();
    let two = export::workbook(&ChartKind::ALL, data(), &options).unwrap();
    assert_eq!(one, two);
    // render() of one chart is a workbook of that chart.
    let spec = ExportSpec {
        format: Format::Xlsx,
        ..ExportSpec::default()
    };
    let kind = ChartKind::FundingBySector;
    let single = export::render(kind, data(), &options, &spec).unwrap();
    assert_eq!(single, export::workbook(&[kind], data(), &options).unwrap());
    let mut book = read(&single);
    assert_eq!(book.sheet_names().len(), 2);
    check_sheet(&mut book, kind, &options);
}

#[test]
fn the_command_line_writes_one_workbook_for_all_charts() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("charts.xlsx");
    let out = Command::new(env!("CARGO_BIN_EXE_hk-ai-dashboard"))
        .args([
            "export", "--chart", "all", "--format", "xlsx", "--lang", "zh-HK", "--out",
        ])
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stderr).lines().count(), 1);
    let bytes = std::fs::read(&file).unwrap();
    let options = ChartOptions {
        lang: Lang::ZhHk,
        show_initiatives: false,
        ..ChartOptions::for_stats(stats())
    };
    assert_eq!(
        bytes,
        export::workbook(&ChartKind::ALL, data(), &options).unwrap()
    );

    // Into a folder: one workbook named for all charts.
    let folder = dir.path().join("tables");
    let out = Command::new(env!("CARGO_BIN_EXE_hk-ai-dashboard"))
        .args(["export", "--chart", "all", "--format", "xlsx", "--out"])
        .arg(format!("{}/", folder.display()))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let entries: Vec<_> = std::fs::read_dir(&folder).unwrap().collect();
    assert_eq!(entries.len(), 1);
    assert!(folder.join(export::WORKBOOK_NAME).is_file());
}
