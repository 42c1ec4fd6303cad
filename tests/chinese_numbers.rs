//! Chinese numbers in what is exported: a 繁體中文 chart image reads its
//! amounts in 億/萬 with 港元 and its dates as 2026年…, its CSV names 港元 in
//! the headers and dates in Chinese; the English ones stay as they were.

mod common;

use common::{csv_table, data, dataset, parse_csv, stats};

use hk_ai_dashboard::charts::{ChartKind, ChartOptions};
use hk_ai_dashboard::export::{self, ExportSpec, Format, Theme};
use hk_ai_dashboard::i18n::{Lang, numbers};

fn options(lang: Lang) -> ChartOptions {
    ChartOptions {
        lang,
        ..ChartOptions::for_stats(stats())
    }
}

/// Every text the export of `kind` in `lang` paints, in paint order.
fn painted_texts(kind: ChartKind, lang: Lang) -> Vec<String> {
    fn collect(shape: &egui::Shape, out: &mut Vec<String>) {
        match shape {
            egui::Shape::Text(t) => out.push(t.galley.job.text.clone()),
            egui::Shape::Vec(v) => v.iter().for_each(|s| collect(s, out)),
            _ => {}
        }
    }
    let spec = ExportSpec {
        width: 960,
        height: 540,
        scale: 1.0,
        theme: Theme::Light,
        format: Format::Png,
        ..ExportSpec::default()
    };
    let drawing = export::draw(kind, data(), &options(lang), &spec).expect("the chart draws");
    let mut out = Vec::new();
    for clipped in &drawing.shapes {
        collect(&clipped.shape, &mut out);
    }
    out
}

/// An amount written the English way: "HK$", or a digit right before "bn".
fn has_english_amount(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    text.contains("HK$")
        || chars
            .windows(3)
            .any(|w| w[0].is_ascii_digit() && w[1] == 'b' && w[2] == 'n')
}

#[test]
fn a_chinese_funding_image_counts_money_in_yi_and_the_english_one_in_bn() {
    let zh = painted_texts(ChartKind::FundingBySector, Lang::ZhHk);
    let axis: Vec<&String> = zh.iter().filter(|t| t.ends_with("億港元")).collect();
    assert!(axis.len() >= 2, "no 億港元 axis marks in {zh:?}");
    for text in &zh {
        assert!(
            !has_english_amount(text),
            "English amount in Chinese: {text}"
        );
    }
    let en = painted_texts(ChartKind::FundingBySector, Lang::En);
    assert!(
        en.iter().any(|t| t.starts_with("HK$") && t.ends_with("bn")),
        "no HK$…bn axis mark in {en:?}"
    );
    assert!(en.iter().all(|t| !t.contains('億')), "{en:?}");
}

#[test]
fn chinese_images_date_their_data_in_chinese() {
    let as_of = &dataset().as_of;
    let zh_date = numbers::date(Lang::ZhHk, as_of);
    assert!(
        zh_date.contains('年') && !zh_date.contains('-'),
        "{zh_date}"
    );
    for kind in ChartKind::ALL {
        let zh = painted_texts(kind, Lang::ZhHk);
        assert!(
            zh.iter()
                .any(|t| t.contains(&format!("資料截至 {zh_date}"))),
            "{}: no Chinese as-of date in {zh:?}",
            kind.slug()
        );
        let en = painted_texts(kind, Lang::En);
        assert!(
            en.iter()
                .any(|t| t.contains(&format!("Data as of {as_of}."))),
            "{}: {en:?}",
            kind.slug()
        );
    }
}

#[test]
fn a_chinese_csv_names_hong_kong_dollars_and_dates_in_chinese() {
    let kind = ChartKind::FundingBySector;
    let zh = export::chart_csv(kind, data(), &options(Lang::ZhHk), false);
    let (header, rows) = csv_table(&zh);
    // The table (sources' own titles after it are quoted as published).
    for cell in header.iter().chain(rows.iter().flatten()) {
        assert!(!has_english_amount(cell), "{cell}");
    }
    let (_, amounts) = header[1..].split_last().expect("columns");
    for column in amounts {
        assert!(column.ends_with("（港元）"), "{column}");
    }
    // The cells stay plain numbers a spreadsheet sums.
    for row in &rows {
        for cell in &row[1..row.len() - 1] {
            assert!(cell.is_empty() || cell.parse::<f64>().is_ok(), "{cell:?}");
        }
    }
    let records = parse_csv(&zh);
    let as_of = &records[rows.len() + 3];
    assert_eq!(
        as_of,
        &[
            "資料截至".to_owned(),
            numbers::date(Lang::ZhHk, &dataset().as_of)
        ]
    );
    let published: Vec<&String> = records[rows.len() + 6..]
        .iter()
        .map(|r| &r[3])
        .filter(|d| !d.is_empty())
        .collect();
    assert!(!published.is_empty());
    for date in published {
        assert!(date.contains('年') && !date.contains('-'), "{date}");
    }

    let en = export::chart_csv(kind, data(), &options(Lang::En), false);
    let (header, _) = csv_table(&en);
    assert!(header.iter().any(|c| c.ends_with(" (HK$)")), "{header:?}");
    assert!(
        en.contains(&format!("Data as of,{}", dataset().as_of)),
        "{en}"
    );
}

// ---------------------------------------------------------------- the window

fn chinese_window() -> egui_kittest::Harness<'static, hk_ai_dashboard::ui::DashboardApp> {
    use hk_ai_dashboard::ui::{AppState, DashboardApp};
    let settings = AppState {
        lang: Lang::ZhHk,
        ..AppState::default()
    };
    let mut harness = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .build_eframe(move |cc| DashboardApp::new(&cc.egui_ctx, settings, None));
    harness.run();
    harness
}

#[test]
fn the_chinese_window_reads_amounts_in_yi_and_dates_in_chinese() {
    use egui_kittest::kittest::{NodeT, Queryable};
    use hk_ai_dashboard::charts::ChartKind;
    use hk_ai_dashboard::ui::{Command, Tab};
    let mut harness = chinese_window();
    let as_of = numbers::date(Lang::ZhHk, &dataset().as_of);
    harness.get_by_label(&format!("資料截至 {as_of}"));
    // The funding table twin: amounts in 億港元, none in bn.
    harness.state_mut().push(Command::SelectTab(Tab::Charts));
    harness
        .state_mut()
        .push(Command::ToggleTable(ChartKind::FundingBySector));
    harness.run();
    let cells = harness.query_all_by_label_contains("億港元").count();
    assert!(cells > 3, "only {cells} amounts in 億港元");
    let english: Vec<String> = harness
        .query_all_by_label_contains("bn")
        .filter_map(|n| n.accesskit_node().label())
        .filter(|l| has_english_amount(l))
        .collect();
    assert!(english.is_empty(), "amounts in bn in Chinese: {english:?}");
}
