//! Shared fixtures for the integration tests.
#![allow(dead_code)]

use hk_ai_dashboard::charts::ChartData;
use hk_ai_dashboard::index::DatasetIndex;
use hk_ai_dashboard::load;
use hk_ai_dashboard::model::ValidDataset;
use hk_ai_dashboard::stats::Stats;
use std::sync::OnceLock;

/// A small valid dataset, one record of each kind, laid out one field per line
/// so tests can name the line a problem is on.
pub const MINIMAL: &str = r#"// A minimal valid dataset.
(
    title: "Test",
    as_of: "2026-11",
    sources: [
        (
            id: "src",
            publisher: "Publisher",
            title: "Title",
            url: "https://example.org/a",
            published: Some("2024-02-28"),
            accessed: "2026-11",
        ),
    ],
    sectors: [
        (
            id: "finance",
            name: "Finance",
            summary: "Summary.",
            key_figures: [
                (
                    label: "Banks using AI",
                    value: 75,
                    unit: "%",
                    date: "2025-10",
                    source: "src",
                    confidence: Verified,
                ),
            ],
        ),
    ],
    initiatives: [
        (
            id: "itf",
            name: "Innovation and Technology Fund",
            date: "1999-07-09",
            body: "LegCo FC",
            kind: FundingScheme,
            sectors: ["finance"],
            amount: Some((currency: HKD, value: 5000000000)),
            description: "Funds applied R&D.",
            source: "src",
            confidence: Verified,
        ),
    ],
    startup_counts: [
        (
            year: 2014,
            count: 1065,
            definition: "InvestHK startup survey",
            source: "src",
            confidence: Verified,
        ),
    ],
    funding: [
        (
            id: "f1",
            year: 2018,
            sector: "finance",
            amount: (currency: USD, value: 600000000),
            kind: VentureRound,
            scope: AiSpecific,
            scope_note: "Test record.",
            name: "Round",
            source: "src",
            confidence: Verified,
        ),
    ],
)
"#;

/// The 1-based line of the first line of `text` containing `needle`.
pub fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .map(|i| i + 1)
        .unwrap_or_else(|| panic!("{needle:?} not in text"))
}

/// Parses CSV (RFC 4180) into records, for checking what we wrote.
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(
        field.is_empty() && record.is_empty(),
        "the last line has no line end"
    );
    records
}

/// A chart CSV's table: the records before the blank line that ends it (the
/// byte-order mark removed), as the header and the rows.
pub fn csv_table(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let records = parse_csv(
        text.strip_prefix(hk_ai_dashboard::export::BOM)
            .unwrap_or(text),
    );
    let end = records
        .iter()
        .position(|r| r.len() == 1 && r[0].is_empty())
        .expect("a blank line after the table");
    (records[0].clone(), records[1..end].to_vec())
}

/// The shipped dataset, loaded once per test binary.
pub fn dataset() -> &'static ValidDataset {
    static DATASET: OnceLock<ValidDataset> = OnceLock::new();
    DATASET.get_or_init(|| load::embedded_dataset().expect("the shipped dataset is valid"))
}

/// The shipped dataset's statistics, computed once.
pub fn stats() -> &'static Stats {
    static STATS: OnceLock<Stats> = OnceLock::new();
    STATS.get_or_init(|| Stats::new(dataset()))
}

/// The shipped dataset's index, built once.
pub fn index() -> &'static DatasetIndex {
    static INDEX: OnceLock<DatasetIndex> = OnceLock::new();
    INDEX.get_or_init(|| DatasetIndex::new(dataset()))
}

/// What the charts draw from: the shipped dataset, its statistics and index.
pub fn data() -> ChartData<'static> {
    ChartData {
        dataset: dataset(),
        stats: stats(),
        index: index(),
    }
}
