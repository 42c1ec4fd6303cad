//! Tests of the aggregates against plain sums over small datasets.

use super::*;
use crate::model::*;

fn source() -> Source {
    Source {
        id: "s".into(),
        publisher: "p".into(),
        title: "t".into(),
        url: "https://example.org".into(),
        published: None,
        accessed: PartialDate::year(2026),
        secondary: false,
    }
}

fn sector(id: &str) -> Sector {
    Sector {
        id: id.into(),
        name: id.to_uppercase(),
        name_zh: None,
        summary: "s".into(),
        summary_zh: None,
        key_figures: vec![],
        organisations: vec![],
    }
}

fn count(year: i32, sector: Option<&str>, count: u32) -> StartupCount {
    StartupCount {
        year,
        sector: sector.map(Into::into),
        category: None,
        count,
        qualifier: Qualifier::Exact,
        definition: "d".into(),
        source: "s".into(),
        confidence: Confidence::Verified,
    }
}

fn funding(id: &str, year: i32, sector: &str, currency: Currency, value: f64) -> Funding {
    Funding {
        id: id.into(),
        year,
        sector: sector.into(),
        amount: Money { currency, value },
        kind: FundingKind::VentureRound,
        scope: FundingScope::AiSpecific,
        scope_note: "n".into(),
        name: id.into(),
        initiative: None,
        source: "s".into(),
        confidence: Confidence::Verified,
    }
}

fn dataset() -> Dataset {
    Dataset {
        title: "t".into(),
        title_zh: None,
        as_of: PartialDate::year(2026),
        sources: vec![source()],
        sectors: vec![sector("a"), sector("b"), sector("c")],
        initiatives: vec![],
        startup_counts: vec![
            count(2016, None, 1926),
            count(2014, None, 1065),
            count(2021, Some("b"), 472),
            count(2024, Some("b"), 600),
        ],
        funding: vec![
            funding("f1", 2018, "b", Currency::HKD, 10e9),
            funding("f2", 2018, "a", Currency::USD, 100e6),
            funding("f3", 2018, "a", Currency::HKD, 220e6),
            funding("f4", 2021, "b", Currency::HKD, 5.55e9),
        ],
    }
}

#[test]
fn totals_are_sorted_by_year() {
    let years: Vec<(i32, f64)> = startups_total_by_year(&dataset())
        .iter()
        .map(|p| (p.year, p.value))
        .collect();
    assert_eq!(years, vec![(2014, 1065.0), (2016, 1926.0)]);
}

#[test]
fn sector_counts_leave_gaps_as_gaps() {
    let d = dataset();
    let series = startups_by_sector_and_year(&d);
    assert_eq!(series.len(), 1);
    assert_eq!(series[0].sector.as_deref(), Some("b"));
    let years: Vec<i32> = series[0].points.iter().map(|p| p.year).collect();
    assert_eq!(years, vec![2021, 2024]);
}

fn in_category(year: i32, category: SurveyCategory, count: u32) -> StartupCount {
    StartupCount {
        category: Some(category),
        sector: category.sector().map(Into::into),
        ..self::count(year, None, count)
    }
}

/// The counts of a category as the plain filter of the records gives them.
fn filtered(d: &Dataset, category: SurveyCategory) -> Vec<(i32, f64)> {
    let mut found: Vec<(i32, f64)> = d
        .startup_counts
        .iter()
        .filter(|c| c.category == Some(category))
        .map(|c| (c.year, f64::from(c.count)))
        .collect();
    found.sort_by_key(|&(year, _)| year);
    found
}

#[test]
fn category_series_match_a_plain_filter_and_keep_every_gap() {
    let mut d = dataset();
    d.startup_counts.extend([
        in_category(2024, SurveyCategory::Fintech, 600),
        in_category(2021, SurveyCategory::EcommerceLogistics, 432),
        in_category(2015, SurveyCategory::Fintech, 86),
        in_category(2020, SurveyCategory::EcommerceLogistics, 385),
    ]);
    let series = startups_by_category(&d);
    let categories: Vec<SurveyCategory> = series.iter().map(|s| s.category).collect();
    assert_eq!(categories, SurveyCategory::ALL.to_vec());
    for one in &series {
        let read: Vec<(i32, f64)> = one.points.iter().map(|p| (p.year, p.value)).collect();
        assert_eq!(read, filtered(&d, one.category), "{:?}", one.category);
    }
    assert_eq!(series[0].points.len(), 2);
    assert!(series[3].points.is_empty(), "ICT has no published count");
    assert_eq!(years_with_category_counts(&d), vec![2015, 2020, 2021, 2024]);
    // A category of no sector is no total.
    let totals: Vec<i32> = startups_total_by_year(&d).iter().map(|p| p.year).collect();
    assert_eq!(totals, vec![2014, 2016]);
    // Sector counts without a category (the fixture's own) are no category's.
    assert!(
        filtered(&d, SurveyCategory::Fintech)
            .iter()
            .all(|p| p.0 != 2021)
    );
}

#[test]
fn funding_sums_by_sector_and_year_in_hkd() {
    let table = funding_by_sector_and_year(&dataset());
    assert_eq!(table.years, vec![2018, 2021]);
    assert_eq!(table.sectors, vec!["a".to_string(), "b".to_string()]);
    // a, 2018: US$100m × 7.8 + HK$220m = HK$1,000m
    assert!((table.cells[0][0].amount_hkd - 1.0e9).abs() < 1.0);
    assert_eq!(table.cells[0][0].records, vec![1, 2]);
    assert!((table.year_total(0) - 11.0e9).abs() < 1.0);
    assert!((table.share(0, 0).unwrap() - 1.0 / 11.0).abs() < 1e-12);
    assert_eq!(table.share(0, 1), Some(0.0));
    let narrowed = table.within(&(2020..=2025));
    assert_eq!(narrowed.years, vec![2021]);
    assert_eq!(narrowed.sectors, vec!["b".to_string()]);
}

#[test]
fn key_figures_with_one_label_form_a_series() {
    let mut s = sector("x");
    let figure = |label: &str, date: &str, value: f64| KeyFigure {
        label: label.into(),
        label_zh: None,
        value,
        unit: "companies".into(),
        qualifier: Qualifier::MoreThan,
        date: PartialDate::parse(date).unwrap(),
        definition: None,
        source: "s".into(),
        confidence: Confidence::Verified,
    };
    s.key_figures = vec![
        figure("AI companies", "2025-07", 400.0),
        figure("Lone", "2024", 1.0),
        figure("AI companies", "2024-12", 330.0),
    ];
    let series = key_figure_series(&s);
    assert_eq!(series.len(), 1);
    let values: Vec<f64> = series[0].points.iter().map(|p| p.1).collect();
    assert_eq!(values, vec![330.0, 400.0]);
    assert_eq!(headline(&s).map(|f| f.value), Some(400.0));
}

/// The grouping as first written (a scan of the sectors per record), to
/// check the hash-map version gives the same table, repeated ids included.
fn funding_table_by_scanning(dataset: &Dataset) -> FundingTable {
    let mut years: Vec<i32> = dataset.funding.iter().map(|f| f.year).collect();
    years.sort_unstable();
    years.dedup();
    let sectors: Vec<SectorId> = dataset
        .sectors
        .iter()
        .filter(|s| dataset.funding.iter().any(|f| f.sector == s.id))
        .map(|s| s.id.clone())
        .collect();
    let mut cells = vec![vec![FundingCell::default(); years.len()]; sectors.len()];
    for (i, record) in dataset.funding.iter().enumerate() {
        let (Some(row), Ok(column)) = (
            sectors.iter().position(|s| *s == record.sector),
            years.binary_search(&record.year),
        ) else {
            continue;
        };
        cells[row][column].amount_hkd += record.amount.in_hkd();
        cells[row][column].records.push(i);
    }
    FundingTable {
        years,
        sectors,
        cells,
    }
}

#[test]
fn grouping_by_hash_matches_scanning_even_with_repeated_sectors() {
    let mut d = dataset();
    assert_eq!(
        funding_by_sector_and_year(&d),
        funding_table_by_scanning(&d)
    );
    // Invalid data (the loader rejects it, Stats does not care): a sector
    // listed twice, a record of an unknown sector.
    d.sectors.push(sector("a"));
    d.sectors.insert(0, sector("b"));
    d.funding
        .push(funding("f5", 2019, "zz", Currency::HKD, 1.0));
    d.funding.push(funding("f6", 2019, "a", Currency::HKD, 2.0));
    assert_eq!(
        funding_by_sector_and_year(&d),
        funding_table_by_scanning(&d)
    );
    // Each listing of "b" gets its series, as each gets its funding row.
    let series = startups_by_sector_and_year(&d);
    assert_eq!(series.len(), 2);
    assert_eq!(series[0], series[1]);
}

#[test]
fn many_labels_form_series_in_first_seen_order() {
    let mut s = sector("x");
    let figure = |label: String, year: i32| KeyFigure {
        label,
        label_zh: None,
        value: f64::from(year),
        unit: "companies".into(),
        qualifier: Qualifier::Exact,
        date: PartialDate::year(year),
        definition: None,
        source: "s".into(),
        confidence: Confidence::Verified,
    };
    // 40 labels (past the scan threshold), each seen twice, newest first.
    for year in [2024, 2020] {
        for i in 0..40 {
            s.key_figures.push(figure(format!("label {i}"), year + i));
        }
    }
    s.key_figures.push(figure("lone".into(), 2000));
    let series = key_figure_series(&s);
    assert_eq!(series.len(), 40);
    for (i, one) in series.iter().enumerate() {
        assert_eq!(one.label, format!("label {i}"));
        let years: Vec<f64> = one.points.iter().map(|p| p.1).collect();
        assert_eq!(
            years,
            vec![f64::from(2020 + i as i32), f64::from(2024 + i as i32)]
        );
    }
}

#[test]
fn stats_span_every_charted_year() {
    let stats = Stats::new(&dataset());
    assert_eq!(stats.year_span, 2014..=2021);
}
