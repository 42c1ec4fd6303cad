//! The chart helpers that read the indexes (source lines, year spans) give
//! what a plain scan of the records gives, on a large synthetic dataset.

#[allow(dead_code)]
#[path = "../examples/synth.rs"]
mod synth;

mod common;

use hk_ai_dashboard::charts::{self, ChartData, ChartKind, ChartOptions, FundingMoney};
use hk_ai_dashboard::export::{self, ExportSpec, Format, Theme};
use hk_ai_dashboard::i18n::{Lang, T};
use hk_ai_dashboard::index::DatasetIndex;
use hk_ai_dashboard::load;
use hk_ai_dashboard::model::{Funding, FundingScope, ValidDataset};
use hk_ai_dashboard::stats::Stats;
use std::ops::RangeInclusive;

/// The publishers behind a chart, by scanning every record: each year in
/// turn, records in file order, each publisher once.
fn publishers_by_scan(
    kind: ChartKind,
    dataset: &ValidDataset,
    years: RangeInclusive<i32>,
    money: FundingMoney,
) -> Vec<String> {
    let records: Vec<(i32, &str)> = match kind {
        ChartKind::StartupsPerYear => dataset
            .startup_counts
            .iter()
            .map(|c| (c.year, c.source.as_str()))
            .collect(),
        ChartKind::StartupsBySector => dataset
            .startup_counts
            .iter()
            .filter(|c| c.category.is_some())
            .map(|c| (c.year, c.source.as_str()))
            .collect(),
        ChartKind::FundingBySector => dataset
            .funding
            .iter()
            .filter(|f| shown(f, money))
            .map(|f| (f.year, f.source.as_str()))
            .collect(),
        ChartKind::InitiativesPerYear => dataset
            .initiatives
            .iter()
            .map(|n| (n.date.year, n.source.as_str()))
            .collect(),
    };
    let mut out: Vec<String> = Vec::new();
    for year in years {
        for (_, id) in records.iter().filter(|(y, _)| *y == year) {
            let publisher = &dataset.source(id).expect("resolves").publisher;
            if !out.contains(publisher) {
                out.push(publisher.clone());
            }
        }
    }
    out
}

/// Whether the funding chart shows this record's money.
fn shown(record: &Funding, money: FundingMoney) -> bool {
    money == FundingMoney::WithGeneral || record.scope == FundingScope::AiSpecific
}

fn check(dataset: &ValidDataset) {
    for money in [FundingMoney::AiSpecific, FundingMoney::WithGeneral] {
        check_with(dataset, money);
    }
}

fn check_with(dataset: &ValidDataset, money: FundingMoney) {
    let stats = Stats::new(dataset);
    let index = DatasetIndex::new(dataset);
    let data = ChartData {
        dataset,
        stats: &stats,
        index: &index,
    };
    for years in [1998..=2026, 2010..=2015, 2024..=2024, 1900..=1950] {
        let options = ChartOptions {
            years: years.clone(),
            lang: Lang::En,
            funding_money: money,
            ..ChartOptions::for_stats(&stats)
        };
        for kind in ChartKind::ALL {
            let scan_years = match kind {
                // Every survey year, whatever the chosen range: not a time chart.
                ChartKind::StartupsBySector => match (
                    stats.category_count_years.first(),
                    stats.category_count_years.last(),
                ) {
                    (Some(&first), Some(&last)) => first..=last,
                    _ => continue,
                },
                _ => years.clone(),
            };
            let expected = publishers_by_scan(kind, dataset, scan_years, money);
            assert_eq!(
                charts::publishers(kind, data, &options),
                expected,
                "{} over {years:?}",
                kind.slug()
            );
            // The line names publishers with a primary source first (issue 16).
            let mut named = expected.clone();
            named.sort_by_key(|p| {
                !dataset
                    .sources
                    .iter()
                    .any(|s| &s.publisher == p && !s.secondary)
            });
            let line = charts::source_line(kind, data, &options);
            for publisher in named.iter().take(6) {
                assert!(line.contains(publisher.as_str()), "{line}");
            }
            if expected.len() > 6 {
                assert!(line.contains(&(expected.len() - 6).to_string()), "{line}");
            }

            if kind.is_time_chart() {
                let with_data: Vec<i32> = match kind {
                    ChartKind::StartupsPerYear => {
                        dataset.startup_counts.iter().map(|c| c.year).collect()
                    }
                    ChartKind::FundingBySector => dataset
                        .funding
                        .iter()
                        .filter(|f| shown(f, money))
                        .map(|f| f.year)
                        .collect(),
                    _ => dataset.initiatives.iter().map(|n| n.date.year).collect(),
                };
                let low = with_data
                    .iter()
                    .copied()
                    .min()
                    .map_or(*years.start(), |y| y.max(*years.start()));
                let high = with_data
                    .iter()
                    .copied()
                    .max()
                    .map_or(*years.end(), |y| y.min(*years.end()));
                let expected = if low <= high {
                    low..=high
                } else {
                    years.clone()
                };
                assert_eq!(
                    charts::chart_years(kind, data, &options),
                    expected,
                    "{}",
                    kind.slug()
                );
            }
        }
    }
}

#[test]
fn indexed_source_lines_and_year_spans_match_a_scan_of_the_records() {
    check(&load::embedded_dataset().expect("the shipped dataset is valid"));
    let text = synth::to_ron(&synth::generate(5_000, 11));
    check(&load::parse_dataset(&text, "synthetic").expect("the synthetic dataset is valid"));
}

#[test]
fn startups_by_survey_category_draws_and_exports_its_table_with_the_gaps() {
    let dataset = load::embedded_dataset().expect("the shipped dataset is valid");
    let stats = Stats::new(&dataset);
    let index = DatasetIndex::new(&dataset);
    let data = ChartData {
        dataset: &dataset,
        stats: &stats,
        index: &index,
    };
    let kind = ChartKind::StartupsBySector;
    for lang in [Lang::En, Lang::ZhHk] {
        let options = ChartOptions {
            lang,
            ..ChartOptions::for_stats(&stats)
        };
        let table = charts::chart_table(kind, data, &options);
        // One row per survey category, gaps included: more rows than categories
        // with a published count, and every gap spelled out.
        let with_counts = stats
            .startups_by_category
            .iter()
            .filter(|s| !s.points.is_empty())
            .count();
        assert_eq!(table.rows.len(), stats.startups_by_category.len());
        assert!(table.rows.len() > with_counts);
        let gap = lang.t(T::NoPublishedFigure);
        assert!(table.rows.iter().any(|row| row.iter().any(|c| c == gap)));
        // The same chart draws into a PNG and an SVG, and its CSV is its table.
        let spec = |format| ExportSpec {
            width: 960,
            height: 540,
            scale: 1.0,
            theme: Theme::Light,
            format,
            ..ExportSpec::default()
        };
        let png = export::render(kind, data, &options, &spec(Format::Png)).expect("a PNG");
        assert!(png.starts_with(b"\x89PNG"));
        let svg = export::render(kind, data, &options, &spec(Format::Svg)).expect("an SVG");
        let title = charts::title(kind, data, &options);
        assert!(String::from_utf8_lossy(&svg).contains(&title));
        let csv = export::render(kind, data, &options, &spec(Format::Csv)).expect("a CSV");
        let csv = String::from_utf8(csv).expect("UTF-8");
        assert_eq!(csv, export::chart_csv(kind, data, &options, true));
        // Its table part is the table: a line per category, the gaps empty cells.
        let (header, rows) = common::csv_table(&csv);
        assert_eq!(header.len(), table.columns.len());
        assert_eq!(rows.len(), table.rows.len());
        for (row, cells) in table.rows.iter().zip(&rows) {
            assert_eq!(cells[..2], row[..2], "category and sector as on screen");
            for (cell, shown) in cells.iter().zip(row) {
                let empty = shown == gap || shown.is_empty();
                assert_eq!(cell.is_empty(), empty, "{cells:?} / {row:?}");
            }
        }
    }
}
