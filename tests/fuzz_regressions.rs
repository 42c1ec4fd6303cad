//! Inputs the fuzzers (`fuzz/`) found, and their relatives, kept as tests.
//!
//! Each file under `tests/fuzz-regressions/` is a crash input, named for what it
//! exposed. The inline cases cover the same family: RON that `ron` accepts but
//! the position scanner (`load::locate`) did not follow, so a validation problem
//! lost its line and column (`FILE: error: …` instead of `FILE:LINE:COL: error:`).

mod common;

use common::MINIMAL;
use hk_ai_dashboard::load::{self, ProblemKind};
use std::path::Path;

/// Every problem is located, and (when given) the first is on the line holding `needle`.
fn assert_located(text: &str, needle: Option<&str>, what: &str) {
    let error = match load::parse_dataset(text, "t.ron") {
        Ok(_) => panic!("{what}: accepted"),
        Err(e) => e,
    };
    for p in &error.problems {
        assert!(p.position.is_some(), "{what}: unlocated {p:?}");
        if p.kind == ProblemKind::Invalid {
            assert!(p.path.is_some(), "{what}: no path {p:?}");
        }
    }
    if let Some(needle) = needle {
        let body = text.strip_prefix('\u{feff}').unwrap_or(text);
        let line = 1 + body
            .split('\n')
            .position(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("{what}: {needle:?} not in text"));
        let first = &error.problems[0];
        assert_eq!(
            first.position.map(|p| p.line),
            Some(line),
            "{what}: {}",
            first.render("t.ron")
        );
    }
}

/// MINIMAL with one unknown sector (a validation problem to locate), then `edit`.
fn with_problem(edit: impl Fn(String) -> String) -> String {
    let text = MINIMAL.replacen("sector: \"finance\"", "sector: \"space\"", 1);
    let edited = edit(text.clone());
    assert_ne!(edited, text, "the edit changed nothing");
    edited
}

#[test]
fn crash_inputs_load_without_panic_and_locate_their_problems() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        assert_located(&text, None, &path.display().to_string());
        seen += 1;
    }
    assert!(seen >= 1);
}

#[test]
fn the_raw_identifier_crash_points_at_the_duplicate() {
    // Found by `cargo fuzz run load`: `r#accessed:` is a raw identifier; the
    // scanner stopped there and the duplicate id below had no position.
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fuzz-regressions/raw-identifier-field-name.ron"),
    )
    .unwrap();
    assert_located(
        &text,
        Some("(id: \"src\", publisher: \"Other\""),
        "raw identifier",
    );
}

#[test]
fn ron_syntax_the_scanner_must_follow() {
    let cases: Vec<(&str, String)> = vec![
        (
            "raw identifier field name",
            with_problem(|t| t.replacen("accessed:", "r#accessed:", 1)),
        ),
        (
            "raw identifier as every field name of a record",
            with_problem(|t| {
                t.replacen(
                    "id: \"f1\",\n            year: 2018,",
                    "r#id: \"f1\",\n            r#year: 2018,",
                    1,
                )
            }),
        ),
        (
            "raw identifier enum value",
            with_problem(|t| t.replacen("confidence: Verified", "confidence: r#Verified", 1)),
        ),
        (
            "block comment between a field name and its colon",
            with_problem(|t| t.replacen("title: \"Test\"", "title /* why */ : \"Test\"", 1)),
        ),
        (
            "line comment between a field name and its colon",
            with_problem(|t| t.replacen("title: \"Test\"", "title // why\n    : \"Test\"", 1)),
        ),
        (
            "vertical tab and form feed as whitespace",
            with_problem(|t| t.replacen("    as_of:", "\u{b}\u{c}  as_of:", 1)),
        ),
        (
            "Unicode line separator, NEL and LRM as whitespace",
            with_problem(|t| {
                t.replacen(
                    "    as_of:",
                    "\u{2028}\u{85}\u{200e}\u{200f}\u{2029}as_of:",
                    1,
                )
            }),
        ),
        (
            "an enable attribute and an implicit Some",
            with_problem(|t| {
                format!("#![enable(implicit_some)]\n{t}").replacen(
                    "published: Some(\"2024-02-28\")",
                    "published: \"2024-02-28\"",
                    1,
                )
            }),
        ),
        (
            "two attributes with comments around them",
            with_problem(|t| {
                format!("/* a */ #![type = \"x]\"] // b\n#! [ enable ( implicit_some ) ]\n{t}")
            }),
        ),
        (
            "raw string with hashes and a quote inside",
            with_problem(|t| t.replacen("title: \"Test\"", "title: r##\"a \"# b\"##", 1)),
        ),
        (
            "struct names",
            with_problem(|t| {
                t.replacen("// A minimal valid dataset.\n(", "Dataset(", 1)
                    .replacen("(currency: USD", "Money(currency: USD", 1)
            }),
        ),
        (
            "nested block comments containing quotes and brackets",
            with_problem(|t| t.replacen("    title:", "    /* \" ( [ /* ) */ ] \" */ title:", 1)),
        ),
        (
            "numbers in every notation",
            with_problem(|t| {
                t.replacen("value: 75", "value: +7_5.0e0", 1).replacen(
                    "count: 1065",
                    "count: 0x429",
                    1,
                )
            }),
        ),
    ];
    for (what, text) in &cases {
        assert_located(text, Some("\"space\""), what);
    }
}
