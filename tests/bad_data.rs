//! Bad input, end to end: the built binary's `check` on every broken file in
//! `tests/bad-data/` (and on the ones that cannot live in git: a directory, a
//! FIFO, a socket, a device, a missing file, a symlink loop, a file over the size
//! limit, megabyte strings and numbers, deep nesting) exits 1 with a located,
//! compiler-style diagnostic, never panics, and answers within a time bound.
//! Every file in `tests/good-data/` (CRLF, BOM, comments, trailing commas, …)
//! checks clean.
//!
//! Run with `cargo test --test bad_data -- --nocapture` to see each file's time.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

#[path = "../examples/synth.rs"]
#[allow(dead_code)]
mod synth;

/// The most a single `check` may take. Release builds take a few milliseconds per
/// file (see the README's "Performance and robustness"); the bound is generous
/// for unoptimised builds on a busy machine but still catches a quadratic path
/// or a hang.
const TIME_LIMIT: Duration = Duration::from_secs(2);

/// How `check` must report a file: located (`FILE:LINE:COL: error:`) or not
/// (`FILE: error:`, for files that cannot be read as text), and a part of the
/// message.
#[derive(Debug, Clone, Copy)]
enum Expect {
    Located(&'static str),
    Unlocated(&'static str),
}
use Expect::{Located, Unlocated};

/// Every file in `tests/bad-data/` with what `check` must say about it. A file
/// missing from this table (or an entry without its file) fails the test.
const BAD_FILES: &[(&str, Expect)] = &[
    // Syntax.
    (
        "syntax-unclosed-paren.ron",
        Located("Unexpected end of RON"),
    ),
    ("syntax-missing-comma.ron", Located("Expected comma")),
    (
        "syntax-unterminated-string.ron",
        Located("Expected end of string"),
    ),
    ("syntax-bad-escape.ron", Located("Unknown escape character")),
    (
        "syntax-bad-unicode-escape.ron",
        Located("Not a valid Unicode-escaped character"),
    ),
    (
        "syntax-surrogate-escape.ron",
        Located("Not a valid Unicode-escaped character"),
    ),
    ("syntax-stray-char.ron", Located("Expected identifier")),
    (
        "syntax-unclosed-list.ron",
        Located("Expected struct `Source`"),
    ),
    (
        "syntax-extra-closing-paren.ron",
        Located("missing field named `sectors`"),
    ),
    ("syntax-missing-colon.ron", Located("Expected colon")),
    (
        "syntax-unterminated-block-comment.ron",
        Located("Unclosed block comment"),
    ),
    (
        "syntax-unterminated-raw-string.ron",
        Located("Expected end of string"),
    ),
    (
        "syntax-trailing-garbage.ron",
        Located("Non-whitespace trailing characters"),
    ),
    ("syntax-mismatched-brackets.ron", Located("Expected comma")),
    ("truncated-halfway.ron", Located("Expected end of string")),
    // Wrong types and shapes.
    ("type-string-for-number.ron", Located("Expected integer")),
    ("type-number-for-string.ron", Located("Expected string")),
    ("type-float-for-count.ron", Located("Expected comma")),
    (
        "type-negative-count.ron",
        Located("Integer is out of bounds"),
    ),
    (
        "type-list-for-struct.ron",
        Located("Expected opening `(` for struct `KeyFigure`"),
    ),
    (
        "type-unknown-enum-variant.ron",
        Located("Unexpected variant named `Miracle`"),
    ),
    ("type-bool-for-list.ron", Located("Expected opening `[`")),
    (
        "type-string-for-money.ron",
        Located("Expected opening `(` for struct `Money`"),
    ),
    (
        "type-unknown-currency.ron",
        Located("Unexpected variant named `GBP`"),
    ),
    (
        "field-unknown.ron",
        Located("Unexpected field named `colour` in `Source`"),
    ),
    ("field-missing.ron", Located("missing field named `url`")),
    (
        "funding-without-scope.ron",
        Located("missing field named `scope`"),
    ),
    (
        "field-duplicate.ron",
        Located("duplicate field named `title`"),
    ),
    ("list-not-struct.ron", Located("Expected opening `(`")),
    ("json-not-ron.ron", Located("Expected opening `(`")),
    ("unit-struct.ron", Located("missing field named `title`")),
    ("comment-only.ron", Located("Expected opening `(`")),
    // Numbers that do not fit.
    (
        "count-u32-overflow.ron",
        Located("Integer is out of bounds"),
    ),
    ("year-i32-overflow.ron", Located("Integer is out of bounds")),
    (
        "amount-1e400.ron",
        Located("funding[0].amount.value: amount must be a finite number"),
    ),
    (
        "amount-nan.ron",
        Located("initiatives[0].amount.value: amount must be a finite number"),
    ),
    (
        "value-infinite.ron",
        Located("sectors[0].key_figures[0].value: must be a finite number"),
    ),
    (
        "amount-negative.ron",
        Located("funding[0].amount.value: amount -600000000 is negative"),
    ),
    // Dates and years.
    (
        "date-february-30.ron",
        Located("'2023-02-30' has no day 30 in that month"),
    ),
    (
        "date-february-29-not-leap.ron",
        Located("'2023-02-29' has no day 29"),
    ),
    ("date-month-13.ron", Located("'2023-13' has no month 13")),
    (
        "date-bad-format.ron",
        Located("'2025-1-5' is not a date of the form"),
    ),
    (
        "date-year-20250.ron",
        Located("'20250' is not a date of the form"),
    ),
    (
        "year-20250.ron",
        Located("funding[0].year: year 20250 is outside 1950–2100"),
    ),
    (
        "year-too-early.ron",
        Located("startup_counts[0].year: year 199 is outside"),
    ),
    // References and ids.
    (
        "unknown-sector.ron",
        Located("funding[0].sector: unknown sector 'space'"),
    ),
    (
        "unknown-source.ron",
        Located("sectors[0].key_figures[0].source: unknown source 'nowhere'"),
    ),
    (
        "unknown-initiative.ron",
        Located("funding[0].initiative: unknown initiative 'no_such_scheme'"),
    ),
    (
        "duplicate-source-id.ron",
        Located("sources[1].id: duplicate id 'src' (first used by sources[0])"),
    ),
    (
        "duplicate-funding-id.ron",
        Located("funding[1].id: duplicate id 'f1'"),
    ),
    (
        "duplicate-startup-count.ron",
        Located("startup_counts[1]: a second count for all sectors in 2014"),
    ),
    (
        "survey-category-unknown.ron",
        Located("Unexpected variant named `Robotics`"),
    ),
    (
        "survey-category-wrong-sector.ron",
        Located(
            "startup_counts[1].sector: survey category Edtech maps to sector 'education', not 'finance'",
        ),
    ),
    (
        "survey-category-without-sector.ron",
        Located("startup_counts[1].category: survey category Fintech maps to sector 'finance'"),
    ),
    (
        "verified-secondary-source.ron",
        Located("marked Verified but its source is a secondary report"),
    ),
    // Other rules.
    ("text-empty-title.ron", Located("title: must not be empty")),
    (
        "text-empty-id.ron",
        Located("initiatives[0].id: must not be empty"),
    ),
    (
        "url-not-http.ron",
        Located("'ftp://example.org/a' is not an http(s) URL"),
    ),
    (
        "initiative-without-sectors.ron",
        Located("initiatives[0].sectors: names no sector"),
    ),
    ("many-problems.ron", Located("unknown sector 'space'")),
    // Not text, or nothing in it.
    ("empty.ron", Unlocated("the file is empty")),
    ("whitespace-only.ron", Unlocated("the file is empty")),
    ("invalid-utf8.ron", Located("not valid UTF-8")),
    ("latin1-encoded.ron", Located("not valid UTF-8")),
    ("utf16-with-bom.ron", Located("not valid UTF-8")),
    ("binary-garbage.ron", Located("not valid UTF-8")),
    (
        "bom-then-garbage.ron",
        Located("Expected struct `Dataset` but found `garbage`"),
    ),
    ("nul-bytes.ron", Located("Expected identifier")),
    ("nul-only.ron", Located("Expected opening `(`")),
];

fn dashboard() -> Command {
    Command::new(env!("CARGO_BIN_EXE_hk-ai-dashboard"))
}

fn data_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(name)
}

/// Runs `check FILE`, asserting no panic and the time bound; returns the output
/// and how long it took.
fn check(path: &Path) -> (Output, Duration) {
    let started = Instant::now();
    let out = dashboard()
        .arg("check")
        .arg(path)
        .output()
        .expect("runs the binary");
    let took = started.elapsed();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_ne!(
        out.status.code(),
        Some(101),
        "{}: panicked:\n{stderr}",
        path.display()
    );
    assert!(
        !stderr.contains("panicked"),
        "{}: panicked:\n{stderr}",
        path.display()
    );
    assert!(
        took < TIME_LIMIT,
        "{}: check took {took:?} (limit {TIME_LIMIT:?})",
        path.display()
    );
    (out, took)
}

/// The diagnostic lines of `stdout` (all but the summary and the note lines).
fn diagnostics(stdout: &str) -> Vec<&str> {
    stdout
        .lines()
        .filter(|l| !l.starts_with("checked ") && !l.starts_with("  = note: "))
        .collect()
}

/// True when `line` is `ORIGIN:LINE:COL: error: …` with numbers ≥ 1.
fn is_located(line: &str, origin: &str) -> bool {
    let Some(rest) = line.strip_prefix(origin).and_then(|r| r.strip_prefix(':')) else {
        return false;
    };
    let mut parts = rest.splitn(3, ':');
    let number = |p: Option<&str>| {
        p.and_then(|p| p.parse::<usize>().ok())
            .is_some_and(|n| n >= 1)
    };
    number(parts.next())
        && number(parts.next())
        && parts.next().is_some_and(|r| r.starts_with(" error: "))
}

/// Asserts `check` rejects `path` as `expect` says, and returns how long it took.
fn assert_rejected(path: &Path, expect: Expect) -> Duration {
    let (out, took) = check(path);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let origin = path.display().to_string();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{origin}: exit status\n{stdout}"
    );
    let lines = diagnostics(&stdout);
    assert!(!lines.is_empty(), "{origin}: no diagnostic\n{stdout}");
    let (located, message) = match expect {
        Located(m) => (true, m),
        Unlocated(m) => (false, m),
    };
    for line in &lines {
        if located {
            assert!(
                is_located(line, &origin),
                "{origin}: not FILE:LINE:COL: error: {line:?}"
            );
        } else {
            assert!(
                line.starts_with(&format!("{origin}: error: ")),
                "{origin}: not FILE: error: {line:?}"
            );
        }
    }
    assert!(
        lines.iter().any(|l| l.contains(message)),
        "{origin}: no line says {message:?}:\n{stdout}"
    );
    assert!(
        stdout.contains("checked 1 file(s): 1 invalid"),
        "{origin}: summary\n{stdout}"
    );
    took
}

fn report(times: &mut [(String, Duration)]) {
    times.sort_by_key(|(_, t)| std::cmp::Reverse(*t));
    let total: Duration = times.iter().map(|(_, t)| *t).sum();
    eprintln!(
        "{} files, total {total:?}, slowest {:?} ({})",
        times.len(),
        times[0].1,
        times[0].0
    );
    for (name, took) in times.iter() {
        eprintln!("  {took:>12.3?}  {name}");
    }
}

#[test]
fn every_bad_file_is_rejected_with_a_located_error() {
    let dir = data_dir("bad-data");
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/bad-data exists")
        .map(|e| {
            e.expect("reads the folder")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = BAD_FILES.iter().map(|(n, _)| (*n).to_owned()).collect();
    listed.sort();
    assert_eq!(on_disk, listed, "tests/bad-data and BAD_FILES differ");
    assert!(BAD_FILES.len() >= 30);

    let mut times = Vec::new();
    for &(name, expect) in BAD_FILES {
        times.push((name.to_owned(), assert_rejected(&dir.join(name), expect)));
    }
    report(&mut times);
}

#[test]
fn semantic_problems_point_at_the_offending_line() {
    // The line of each validation problem holds the offending value.
    let dir = data_dir("bad-data");
    for (name, needle) in [
        ("unknown-sector.ron", "\"space\""),
        ("unknown-source.ron", "\"nowhere\""),
        ("unknown-initiative.ron", "no_such_scheme"),
        ("amount-negative.ron", "-600000000"),
        ("amount-1e400.ron", "1e400"),
        ("year-20250.ron", "20250"),
        ("url-not-http.ron", "ftp://"),
        ("date-february-30.ron", "2023-02-30"),
        ("count-u32-overflow.ron", "4294967296"),
        ("syntax-bad-escape.ron", "\\q"),
        ("syntax-missing-colon.ron", "title \"Test\""),
    ] {
        let path = dir.join(name);
        let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
        // Skip the header comment, which describes the problem.
        let expected = 2 + text
            .lines()
            .skip(1)
            .position(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("{needle} not in {name}"));
        let (out, _) = check(&path);
        let stdout = String::from_utf8_lossy(&out.stdout);
        let origin = path.display().to_string();
        let first = diagnostics(&stdout)[0].to_owned();
        let line: usize = first[origin.len() + 1..]
            .split(':')
            .next()
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("no line in {first:?}"));
        assert_eq!(line, expected, "{name}: {first}");
    }
}

#[test]
fn every_good_file_checks_clean() {
    let dir = data_dir("good-data");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/good-data exists")
        .map(|e| e.expect("reads the folder").path())
        .collect();
    files.sort();
    assert!(files.len() >= 4);
    let mut times = Vec::new();
    for path in &files {
        let (out, took) = check(path);
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{}:\n{stdout}", path.display());
        assert!(stdout.contains(": ok: 1 sources"), "{stdout}");
        times.push((path.display().to_string(), took));
    }
    report(&mut times);
}

/// A problem in a CRLF, BOM, tab-indented or one-line file is still reported on
/// the line (and for the one-liner, the column) that holds it.
#[test]
fn problems_in_good_files_are_located_whatever_the_layout() {
    let dir = data_dir("good-data");
    let tmp = tempfile::tempdir().unwrap();
    for name in [
        "crlf-line-endings.ron",
        "utf8-bom.ron",
        "bom-and-crlf.ron",
        "tab-indented.ron",
        "comments-everywhere.ron",
        "one-line.ron",
        "chinese-and-emoji.ron",
    ] {
        let text = std::fs::read_to_string(dir.join(name)).unwrap();
        let broken = text.replacen("sector: \"finance\"", "sector: \"space\"", 1);
        assert_ne!(broken, text, "{name}");
        let path = tmp.path().join(name);
        std::fs::write(&path, &broken).unwrap();
        let (out, _) = check(&path);
        let stdout = String::from_utf8_lossy(&out.stdout);
        let origin = path.display().to_string();
        let body = broken.strip_prefix('\u{feff}').unwrap_or(&broken);
        let (line_index, line_text) = body
            .split('\n')
            .enumerate()
            .find(|(_, l)| l.contains("\"space\""))
            .unwrap();
        // The value starts at the opening quote; columns count characters.
        let byte = line_text.find("\"space\"").unwrap();
        let column = line_text[..byte].chars().count() + 1;
        let expected = format!(
            "{origin}:{}:{column}: error: funding[0].sector: unknown sector 'space'",
            line_index + 1
        );
        assert!(
            stdout.contains(&expected),
            "{name}: want {expected}\n{stdout}"
        );
    }
}

/// Inputs that cannot be committed: special files, missing files, a file over
/// the size limit, and megabytes of string, number or nesting.
#[cfg(unix)] // FIFOs, Unix sockets and symlinks among the inputs
#[test]
fn generated_hostile_inputs_are_rejected_cleanly() {
    let tmp = tempfile::tempdir().unwrap();
    let at = |name: &str| tmp.path().join(name);
    let minimal =
        std::fs::read_to_string(data_dir("good-data").join("no-final-newline.ron")).unwrap();
    let mut times = Vec::new();
    let mut run = |path: PathBuf, expect: Expect| {
        let took = assert_rejected(&path, expect);
        times.push((path.display().to_string(), took));
    };

    // Not regular files, or no file at all.
    let dir = at("a-directory.ron");
    std::fs::create_dir(&dir).unwrap();
    run(dir, Unlocated("is a directory"));
    let fifo = at("a-fifo.ron");
    let made = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    run(fifo, Unlocated("not a regular file"));
    let socket = at("a-socket.ron");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    run(socket, Unlocated("not a regular file"));
    run(PathBuf::from("/dev/zero"), Unlocated("not a regular file"));
    run(at("missing.ron"), Unlocated("no such file"));
    let looped = at("loop.ron");
    std::os::unix::fs::symlink(&looped, &looped).unwrap();
    run(looped, Unlocated("cannot be read"));
    let dangling = at("dangling.ron");
    std::os::unix::fs::symlink(at("nowhere.ron"), &dangling).unwrap();
    run(dangling, Unlocated("no such file"));

    // Over the 64 MiB limit (sparse: nothing is written).
    let big = at("too-big.ron");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(hk_ai_dashboard::load::MAX_FILE_BYTES + 1)
        .unwrap();
    run(big, Unlocated("the limit is"));

    // A 16 MB id that is unknown: the message quotes only its start.
    let long_id = "x".repeat(16 << 20);
    let path = at("enormous-string.ron");
    std::fs::write(
        &path,
        minimal.replacen("sector: \"finance\"", &format!("sector: \"{long_id}\""), 1),
    )
    .unwrap();
    let (out, _) = check(&path);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        out.stdout.len() < 1000,
        "{} bytes of output",
        out.stdout.len()
    );
    run(path, Located("unknown sector 'xxxxxxxx"));

    // A 16 MB string with a bad escape at its end; an unterminated 16 MB string.
    let path = at("enormous-bad-escape.ron");
    std::fs::write(
        &path,
        minimal.replacen("title: \"Test\"", &format!("title: \"{long_id}\\q\""), 1),
    )
    .unwrap();
    run(path, Located("Unknown escape character"));
    let path = at("enormous-unterminated.ron");
    std::fs::write(&path, format!("(title: \"{long_id}")).unwrap();
    run(path, Located("Expected end of string"));

    // A 1 MB field name: ron quotes it, the message is clipped.
    let path = at("enormous-field-name.ron");
    std::fs::write(
        &path,
        minimal.replacen("title: \"Test\"", &format!("{}: 1", "f".repeat(1 << 20)), 1),
    )
    .unwrap();
    let (out, _) = check(&path);
    assert!(
        out.stdout.len() < 2000,
        "{} bytes of output",
        out.stdout.len()
    );
    run(path, Located("Unexpected field named"));

    // Numbers of a million digits.
    let digits = "9".repeat(1 << 20);
    let path = at("million-digit-count.ron");
    std::fs::write(
        &path,
        minimal.replacen("count: 1065", &format!("count: {digits}"), 1),
    )
    .unwrap();
    run(path, Located("Integer is out of bounds"));
    let path = at("million-digit-amount.ron");
    std::fs::write(
        &path,
        minimal.replacen("value: 600000000", &format!("value: {digits}.5"), 1),
    )
    .unwrap();
    run(path, Located("amount must be a finite number"));
    let path = at("million-digit-exponent.ron");
    std::fs::write(
        &path,
        minimal.replacen("value: 600000000", &format!("value: 1e-{digits}"), 1),
    )
    .unwrap();
    // 1e-999… is 0.0: a valid amount, so the file is checked clean, quickly.
    let (out, _) = check(&path);
    assert_eq!(out.status.code(), Some(0));

    // Deep nesting, 100,000 levels of each kind of bracket.
    for (name, open) in [
        ("deep-lists.ron", "["),
        ("deep-tuples.ron", "("),
        ("deep-some.ron", "Some("),
        ("deep-structs.ron", "(a: "),
        ("deep-maps.ron", "{1: "),
    ] {
        let path = at(name);
        std::fs::write(
            &path,
            minimal.replacen(
                "title: \"Test\"",
                &format!("title: {}", open.repeat(100_000)),
                1,
            ),
        )
        .unwrap();
        run(path, Located(""));
    }
    // Deep nesting at the top level.
    let path = at("deep-top.ron");
    std::fs::write(&path, "[".repeat(1_000_000)).unwrap();
    run(path, Located(""));

    // A megabyte of commas, and a megabyte of an unknown identifier.
    let path = at("million-commas.ron");
    std::fs::write(
        &path,
        minimal.replacen(
            "sectors: [\"finance\"]",
            &format!("sectors: [\"finance\"{}]", ",".repeat(1 << 20)),
            1,
        ),
    )
    .unwrap();
    run(path, Located(""));
    let path = at("enormous-identifier.ron");
    std::fs::write(
        &path,
        minimal.replacen(
            "kind: FundingScheme",
            &format!("kind: {}", "Q".repeat(1 << 20)),
            1,
        ),
    )
    .unwrap();
    let (out, _) = check(&path);
    assert!(
        out.stdout.len() < 2000,
        "{} bytes of output",
        out.stdout.len()
    );
    run(path, Located("Unexpected variant named"));

    report(&mut times);
}

/// A 10,000-record synthetic dataset with one sector renamed breaks hundreds of
/// references at once. Each problem is located in one pass over the text, so
/// this takes milliseconds, not (as once) seconds per thousand problems.
#[test]
fn thousands_of_problems_are_located_quickly() {
    let text = synth::to_ron(&synth::generate(10_000, 7));
    let broken = text.replace("(id: \"finance\", name:", "(id: \"finanze\", name:");
    assert_ne!(broken, text);
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("many.ron");
    std::fs::write(&path, &broken).unwrap();
    let (out, took) = check(&path);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1));
    let origin = path.display().to_string();
    let lines = diagnostics(&stdout);
    assert!(lines.len() > 200, "{} problems", lines.len());
    for line in &lines {
        assert!(is_located(line, &origin), "{line}");
        assert!(line.contains("unknown sector 'finance'"), "{line}");
    }
    eprintln!("{} problems located in {took:?}", lines.len());
}
