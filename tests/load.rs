//! The loader: every validation rule rejects a broken file with the right path
//! and line; syntax errors give line and column; hostile input gives a clean error.

mod common;

use common::{MINIMAL, line_of};
use hk_ai_dashboard::i18n::Lang;
use hk_ai_dashboard::load::{self, EMBEDDED_DATASET, MAX_FILE_BYTES, ProblemKind, parse_dataset};
use std::io::Write;

fn problems(text: &str) -> Vec<load::Problem> {
    match load::parse_dataset(text, "t.ron") {
        Ok(_) => panic!("accepted a broken dataset"),
        Err(e) => e.problems,
    }
}

/// Replaces the first occurrence of `from` (which must exist) in MINIMAL.
fn broken(from: &str, to: &str) -> String {
    assert!(MINIMAL.contains(from), "{from:?} not in MINIMAL");
    MINIMAL.replacen(from, to, 1)
}

/// Asserts exactly one validation problem, at `path`, on the line containing `line_text`.
fn assert_one(text: &str, path: &str, line_text: &str, message_part: &str) {
    let found = problems(text);
    assert_eq!(found.len(), 1, "{found:#?}");
    let p = &found[0];
    assert_eq!(p.kind, ProblemKind::Invalid);
    assert_eq!(p.path.as_deref(), Some(path));
    assert_eq!(
        p.position.map(|p| p.line),
        Some(line_of(text, line_text)),
        "{p:?}"
    );
    assert!(
        p.message.contains(message_part),
        "{:?} lacks {message_part:?}",
        p.message
    );
}

#[test]
fn the_minimal_dataset_is_valid() {
    let d = load::parse_dataset(MINIMAL, "t.ron").expect("valid");
    assert_eq!(
        d.source("src").map(|s| s.publisher.as_str()),
        Some("Publisher")
    );
    assert_eq!(d.sector_name("finance"), "Finance");
}

#[test]
fn unknown_source_is_located() {
    let text = broken(
        "            source: \"src\",\n            confidence: Verified,\n        ),\n    ],\n    startup_counts",
        "            source: \"nope\",\n            confidence: Verified,\n        ),\n    ],\n    startup_counts",
    );
    assert_one(
        &text,
        "initiatives[0].source",
        "\"nope\"",
        "unknown source 'nope'",
    );
}

#[test]
fn unknown_sector_is_located() {
    let text = broken("sector: \"finance\"", "sector: \"space\"");
    assert_one(
        &text,
        "funding[0].sector",
        "\"space\"",
        "unknown sector 'space'",
    );
    let text = broken(
        "sectors: [\"finance\"]",
        "sectors: [\"finance\", \"space\"]",
    );
    assert_one(
        &text,
        "initiatives[0].sectors[1]",
        "\"space\"",
        "unknown sector",
    );
}

#[test]
fn duplicate_ids_are_located_at_the_repeat() {
    let text = broken(
        "    startup_counts: [",
        "    initiatives2: [],\n    startup_counts: [",
    );
    // Unknown top-level fields are a syntax error with a position.
    let found = problems(&text);
    assert_eq!(found[0].kind, ProblemKind::Syntax);
    assert_eq!(
        found[0].position.map(|p| p.line),
        Some(line_of(&text, "initiatives2"))
    );

    let text = broken(
        "            id: \"f1\",",
        "            id: \"f1\",\n            year: 2019,\n            sector: \"finance\",\n            amount: (currency: HKD, value: 1),\n            kind: Ipo,\n            scope: AiSpecific,\n            scope_note: \"n\",\n            name: \"IPO\",\n            source: \"src\",\n            confidence: Verified,\n        ),\n        (\n            id: \"f1\",",
    );
    let found = problems(&text);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].path.as_deref(), Some("funding[1].id"));
    assert!(found[0].message.contains("duplicate id 'f1'"));
    let second = text
        .match_indices("id: \"f1\"")
        .nth(1)
        .map(|(i, _)| i)
        .unwrap();
    let line = text[..second].lines().count();
    assert_eq!(found[0].position.map(|p| p.line), Some(line));
}

#[test]
fn impossible_dates_are_syntax_errors_with_position() {
    let text = broken("date: \"1999-07-09\"", "date: \"1999-02-30\"");
    let found = problems(&text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].kind, ProblemKind::Syntax);
    assert_eq!(
        found[0].position.map(|p| p.line),
        Some(line_of(&text, "1999-02-30"))
    );
    assert!(
        found[0].message.contains("no day 30"),
        "{}",
        found[0].message
    );
}

#[test]
fn years_out_of_range_are_rejected() {
    let text = broken("year: 2014", "year: 20140");
    assert_one(
        &text,
        "startup_counts[0].year",
        "20140",
        "outside 1950–2100",
    );
}

#[test]
fn negative_amounts_are_rejected() {
    let text = broken("value: 600000000", "value: -600000000");
    assert_one(&text, "funding[0].amount.value", "-600000000", "negative");
}

#[test]
fn negative_counts_do_not_parse() {
    let text = broken("count: 1065", "count: -1065");
    let found = problems(&text);
    assert_eq!(found[0].kind, ProblemKind::Syntax);
    assert_eq!(
        found[0].position.map(|p| p.line),
        Some(line_of(&text, "-1065"))
    );
}

#[test]
fn empty_required_text_is_rejected() {
    let text = broken("summary: \"Summary.\"", "summary: \"  \"");
    assert_one(&text, "sectors[0].summary", "summary:", "must not be empty");
    let text = broken("name: \"Round\"", "name: \"\"");
    assert_one(&text, "funding[0].name", "name: \"\"", "must not be empty");
}

#[test]
fn non_http_urls_are_rejected() {
    let text = broken("https://example.org/a", "ftp://example.org/a");
    assert_one(&text, "sources[0].url", "ftp://", "not an http(s) URL");
}

#[test]
fn unknown_initiative_links_are_rejected() {
    let text = broken(
        "kind: VentureRound,",
        "kind: VentureRound,\n            initiative: Some(\"ghost\"),",
    );
    assert_one(
        &text,
        "funding[0].initiative",
        "ghost",
        "unknown initiative",
    );
}

#[test]
fn double_counted_years_are_rejected() {
    let text = broken(
        "    funding: [",
        "    funding: [",
    )
    .replacen(
        "            year: 2014,",
        "            year: 2014,\n            count: 1,\n            definition: \"d\",\n            source: \"src\",\n            confidence: Verified,\n        ),\n        (\n            year: 2014,",
        1,
    );
    let found = problems(&text);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].path.as_deref(), Some("startup_counts[1]"));
    assert!(found[0].message.contains("double-count"));
}

#[test]
fn verified_may_not_cite_a_secondary_source() {
    let text = broken(
        "accessed: \"2026-11\",\n        ),",
        "accessed: \"2026-11\",\n            secondary: true,\n        ),",
    );
    let found = problems(&text);
    let paths: Vec<&str> = found.iter().filter_map(|p| p.path.as_deref()).collect();
    assert!(paths.contains(&"initiatives[0].confidence"), "{paths:?}");
    assert!(paths.contains(&"funding[0].confidence"), "{paths:?}");
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let text =
        broken("sector: \"finance\"", "sector: \"space\"").replacen("year: 2014", "year: 1066", 1);
    assert_eq!(problems(&text).len(), 2);
}

#[test]
fn syntax_errors_give_line_and_column() {
    let text = broken("count: 1065,", "count: 1065 1066,");
    let found = problems(&text);
    assert_eq!(found.len(), 1);
    let p = found[0].position.expect("position");
    assert_eq!(p.line, line_of(&text, "1065 1066"));
    let column = text.lines().nth(p.line - 1).unwrap().find("1066").unwrap() + 1;
    assert_eq!(p.column, column, "{:?}", found[0]);
}

#[test]
fn wrong_types_are_syntax_errors() {
    let text = broken("count: 1065", "count: \"many\"");
    let found = problems(&text);
    assert_eq!(found[0].kind, ProblemKind::Syntax);
    assert_eq!(
        found[0].position.map(|p| p.line),
        Some(line_of(&text, "\"many\""))
    );
}

#[test]
fn empty_and_garbage_input_give_clean_errors() {
    for text in [
        "",
        "   \n\t",
        "\u{0}\u{1}\u{2}garbage\u{7f}",
        "(((((",
        "[1, 2, 3]",
        "()",
    ] {
        let found = problems(text);
        assert!(!found.is_empty());
        assert!(!found[0].message.is_empty());
    }
}

#[test]
fn byte_order_mark_and_crlf_are_accepted() {
    let text = format!("\u{feff}{}", MINIMAL.replace('\n', "\r\n"));
    load::parse_dataset(&text, "t.ron").expect("BOM + CRLF load");
}

#[test]
fn deep_nesting_gives_an_error_not_a_stack_overflow() {
    let depth = 100_000;
    let text = format!("{}{}", "(".repeat(depth), ")".repeat(depth));
    assert!(!problems(&text).is_empty());
    let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    assert!(!problems(&text).is_empty());
    // Inside a field, too: the schema's shape stops the descent at once.
    let text = MINIMAL.replacen(
        "title: \"Test\"",
        &format!("title: {}", "Some(".repeat(depth)),
        1,
    );
    assert!(!problems(&text).is_empty());
}

#[test]
fn files_invalid_utf8_missing_directories_and_oversized() {
    let dir = tempfile::tempdir().unwrap();
    let bad_utf8 = dir.path().join("bad.ron");
    std::fs::write(&bad_utf8, b"(\n  title: \"\xff\xfe\",\n)").unwrap();
    let e = load::load_file(&bad_utf8).unwrap_err();
    assert_eq!(e.problems[0].kind, ProblemKind::Read);
    assert!(e.problems[0].message.contains("UTF-8"));
    assert_eq!(e.problems[0].position.map(|p| p.line), Some(2));

    let e = load::load_file(&dir.path().join("missing.ron")).unwrap_err();
    assert!(e.problems[0].message.contains("no such file"));

    let e = load::load_file(dir.path()).unwrap_err();
    assert!(e.problems[0].message.contains("directory"));

    let big = dir.path().join("big.ron");
    let file = std::fs::File::create(&big).unwrap();
    file.set_len(MAX_FILE_BYTES + 1).unwrap();
    let e = load::load_file(&big).unwrap_err();
    assert!(e.problems[0].message.contains("limit"), "{e}");
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_without_blocking() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.ron");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(status.success());
    let e = load::load_file(&fifo).unwrap_err();
    assert!(e.problems[0].message.contains("not a regular file"));
}

#[test]
fn a_valid_file_loads_from_disk() {
    let mut file = tempfile::NamedTempFile::new().unwrap();
    file.write_all(MINIMAL.as_bytes()).unwrap();
    let d = load::load_file(file.path()).expect("loads");
    assert_eq!(d.funding.len(), 1);
}

/// A cheap deterministic generator (xorshift), so mutations are reproducible.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

#[test]
fn mutated_copies_of_the_shipped_dataset_never_panic() {
    let original = load::EMBEDDED_DATASET;
    let chars: Vec<char> = original.chars().collect();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let swaps = [
        ("Verified", "42"),
        ("\"", "("),
        (",", ""),
        ("HKD", "\"HKD\""),
        ("Some(", "("),
        ("[", "("),
        (": ", ": -"),
        ("2019", "99999999999999999999"),
    ];
    for round in 0..400 {
        let text: String = match round % 4 {
            0 => chars[..rng.below(chars.len())].iter().collect(),
            1 => {
                let mut c = chars.clone();
                c.remove(rng.below(c.len()));
                c.into_iter().collect()
            }
            2 => {
                let (from, to) = swaps[rng.below(swaps.len())];
                let hits: Vec<usize> = original.match_indices(from).map(|(i, _)| i).collect();
                if hits.is_empty() {
                    continue;
                }
                let at = hits[rng.below(hits.len())];
                format!("{}{}{}", &original[..at], to, &original[at + from.len()..])
            }
            _ => {
                let mut c = chars.clone();
                let at = rng.below(c.len());
                c.insert(at, ['(', ')', '[', ']', '"', ':', '\\', 'x'][rng.below(8)]);
                c.into_iter().collect()
            }
        };
        let result = std::panic::catch_unwind(|| load::parse_dataset(&text, "m.ron"));
        assert!(result.is_ok(), "round {round} panicked");
    }
}

/// The shipped dataset with its first funding record's sector set to `sector`.
fn first_funding_sector(sector: &str) -> String {
    let funding = EMBEDDED_DATASET.find("funding: [").expect("a funding list");
    let field = funding
        + EMBEDDED_DATASET[funding..]
            .find("sector: \"")
            .expect("a sector");
    let value = field + "sector: \"".len();
    let end = value + EMBEDDED_DATASET[value..].find('"').expect("closing quote");
    format!(
        "{}{sector}{}",
        &EMBEDDED_DATASET[..value],
        &EMBEDDED_DATASET[end..]
    )
}

#[test]
fn a_wrong_reference_names_its_record_and_lists_the_valid_values() {
    let text = first_funding_sector("fintech");
    let error = parse_dataset(&text, "hk.ron").expect_err("invalid");
    let problem = &error.problems[0];
    assert_eq!(problem.message, "unknown sector 'fintech'");
    assert!(problem.position.is_some(), "line and column stay");
    let dataset = parse_dataset(EMBEDDED_DATASET, "hk.ron").expect("valid");
    let sectors: Vec<&str> = dataset.sectors.iter().map(|s| s.id.as_str()).collect();
    let expected = format!(
        "in funding \"{}\" (record 1); 'fintech' is not one of: {}",
        dataset.funding[0].id,
        sectors.join(", ")
    );
    let note = problem.note.as_ref().expect("a note");
    assert_eq!(note.render(Lang::En), expected);
    let zh = note.render(Lang::ZhHk);
    assert!(zh.contains("「fintech」不是以下任何一項："), "{zh}");
    assert!(zh.contains("（第 1 項）"), "{zh}");
}
