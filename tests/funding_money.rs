//! The funding chart's money switch: AI-specific money by default, general
//! I&T money only when asked for, and then apart. The chart, its table and its
//! CSV change together, and every number is a plain sum over the records.

use hk_ai_dashboard::analysis::Analysis;
use hk_ai_dashboard::charts::{self, ChartKind, ChartOptions, FundingMoney};
use hk_ai_dashboard::export::{self, ExportSpec, Format};
use hk_ai_dashboard::i18n::Lang;
use hk_ai_dashboard::load;
use hk_ai_dashboard::model::{Dataset, FundingScope};
use hk_ai_dashboard::style;

const FUNDING: ChartKind = ChartKind::FundingBySector;

fn analysis() -> Analysis {
    Analysis::new(load::embedded_dataset().expect("the shipped dataset is valid"))
}

fn options(analysis: &Analysis, money: FundingMoney) -> ChartOptions {
    ChartOptions {
        funding_money: money,
        lang: Lang::En,
        ..ChartOptions::for_stats(&analysis.stats)
    }
}

/// The sum of the records of `scope` in `year` (and in `sector`, if given), in HK$.
fn plain_sum(dataset: &Dataset, scope: FundingScope, year: i32, sector: Option<&str>) -> f64 {
    dataset
        .funding
        .iter()
        .filter(|f| f.scope == scope && f.year == year)
        .filter(|f| sector.is_none_or(|s| f.sector == s))
        .map(|f| f.amount.in_hkd())
        .sum()
}

/// A table cell as a number (empty: no record).
fn number(cell: &str) -> Option<f64> {
    (!cell.is_empty()).then(|| cell.parse().expect("an amount cell is a number"))
}

fn assert_close(cell: &str, expected: f64, what: &str) {
    let got = number(cell).unwrap_or(0.0);
    assert!((got - expected).abs() < 1.0, "{what}: {got} != {expected}");
}

#[test]
fn by_default_the_table_holds_ai_specific_money_alone_and_matches_the_records() {
    let analysis = analysis();
    let dataset = &analysis.dataset;
    let data = analysis.chart_data();
    let table = charts::chart_table(FUNDING, data, &options(&analysis, FundingMoney::AiSpecific));
    // The last column names each row's publishers; the total comes before it.
    let last = table.columns.len() - 2;
    assert_eq!(table.columns[last + 1], "Source");
    assert_eq!(table.columns[last], "AI-specific total (HK$)");
    assert!(!table.columns.iter().any(|c| c.contains("General I&T")));
    // Only years with AI-specific money are rows.
    let mut ai_years: Vec<i32> = dataset
        .funding
        .iter()
        .filter(|f| f.scope == FundingScope::AiSpecific)
        .map(|f| f.year)
        .collect();
    ai_years.sort_unstable();
    ai_years.dedup();
    let years: Vec<i32> = table.rows.iter().map(|r| r[0].parse().unwrap()).collect();
    assert_eq!(years, ai_years);
    for row in &table.rows {
        let year: i32 = row[0].parse().unwrap();
        for (column, name) in table.columns.iter().enumerate().take(last).skip(1) {
            let sector = dataset
                .sectors
                .iter()
                .find(|s| s.name == *name)
                .expect("a sector column");
            let expected = plain_sum(dataset, FundingScope::AiSpecific, year, Some(&sector.id));
            assert_close(&row[column], expected, &format!("{year} {name}"));
        }
        let expected = plain_sum(dataset, FundingScope::AiSpecific, year, None);
        assert_close(&row[last], expected, &format!("{year} total"));
    }
}

#[test]
fn with_general_money_the_other_scopes_are_columns_of_their_own() {
    let analysis = analysis();
    let dataset = &analysis.dataset;
    let data = analysis.chart_data();
    let table = charts::chart_table(
        FUNDING,
        data,
        &options(&analysis, FundingMoney::WithGeneral),
    );
    // The last column names each row's publishers; the scopes come before it.
    let n = table.columns.len() - 1;
    assert_eq!(table.columns[n], "Source");
    assert_eq!(
        &table.columns[n - 3..n],
        [
            "AI-specific total (HK$)",
            "Partly AI, counted whole (HK$)",
            "General I&T, not AI-specific (HK$)"
        ]
    );
    let mut all_years: Vec<i32> = dataset.funding.iter().map(|f| f.year).collect();
    all_years.sort_unstable();
    all_years.dedup();
    let years: Vec<i32> = table.rows.iter().map(|r| r[0].parse().unwrap()).collect();
    assert_eq!(years, all_years);
    for row in &table.rows {
        let year: i32 = row[0].parse().unwrap();
        for (offset, scope) in FundingScope::ALL.into_iter().enumerate() {
            let expected = plain_sum(dataset, scope, year, None);
            assert_close(&row[n - 3 + offset], expected, &format!("{year} {scope:?}"));
        }
        // No column adds the scopes together.
        let summed: f64 = FundingScope::ALL
            .into_iter()
            .map(|s| plain_sum(dataset, s, year, None))
            .sum();
        let scopes_with_money = FundingScope::ALL
            .into_iter()
            .filter(|&s| plain_sum(dataset, s, year, None) > 0.0)
            .count();
        if scopes_with_money > 1 {
            assert!(
                !row.iter()
                    .filter_map(|c| c.parse::<f64>().ok())
                    .any(|v| (v - summed).abs() < 1.0),
                "{year}: a cell holds the sum of the scopes"
            );
        }
    }
}

#[test]
fn the_switch_changes_chart_table_and_csv_alike() {
    let analysis = analysis();
    let data = analysis.chart_data();
    let ai = options(&analysis, FundingMoney::AiSpecific);
    let all = options(&analysis, FundingMoney::WithGeneral);
    let render = |options: &ChartOptions, format| {
        let spec = ExportSpec {
            format,
            ..ExportSpec::default()
        };
        String::from_utf8(export::render(FUNDING, data, options, &spec).expect("renders"))
            .expect("text")
    };
    // CSV: the same columns as the table twin, in each mode.
    for options in [&ai, &all] {
        let csv = render(options, Format::Csv);
        let table = charts::chart_table(FUNDING, data, options);
        assert_eq!(csv, export::chart_csv(FUNDING, data, options, true));
        let header = csv.lines().next().unwrap_or_default();
        for column in &table.columns {
            assert!(header.contains(column.as_str()), "{column}");
        }
    }
    // The table (before the blank line and the definition, which names what
    // is left out) has general I&T money only with the switch.
    let table_of = |csv: String| csv.split("\r\n\r\n").next().unwrap_or_default().to_owned();
    assert!(!table_of(render(&ai, Format::Csv)).contains("General I&T"));
    assert!(table_of(render(&all, Format::Csv)).contains("General I&T"));
    // The drawing: the greys of the other scopes appear only with the switch.
    let grey = |c: egui::Color32| format!("fill=\"#{:02x}{:02x}{:02x}\"", c.r(), c.g(), c.b());
    let (ai_svg, all_svg) = (render(&ai, Format::Svg), render(&all, Format::Svg));
    for color in [style::FUNDING_GENERAL, style::FUNDING_PARTLY_AI] {
        assert!(
            !ai_svg.contains(&grey(color)),
            "AI-only chart draws {color:?}"
        );
        assert!(
            all_svg.contains(&grey(color)),
            "with-general chart lacks {color:?}"
        );
    }
    // Title and definition say which money is shown.
    assert_ne!(
        charts::title(FUNDING, data, &ai),
        charts::title(FUNDING, data, &all)
    );
    assert!(charts::definition(FUNDING, &ai).contains("AI-specific money only"));
    assert!(charts::definition(FUNDING, &all).contains("never added into one total"));
}

#[test]
fn shares_are_of_ai_specific_money_whatever_the_switch() {
    let analysis = analysis();
    let data = analysis.chart_data();
    let share = |money| ChartOptions {
        share: true,
        ..options(&analysis, money)
    };
    let (a, b) = (
        share(FundingMoney::AiSpecific),
        share(FundingMoney::WithGeneral),
    );
    assert_eq!(
        charts::chart_table(FUNDING, data, &a),
        charts::chart_table(FUNDING, data, &b)
    );
    assert_eq!(
        charts::title(FUNDING, data, &a),
        charts::title(FUNDING, data, &b)
    );
}
