//! The `check` command as a user runs it: exit codes and compiler-style output.

mod common;

use std::process::Command;

fn dashboard() -> Command {
    Command::new(env!("CARGO_BIN_EXE_hk-ai-dashboard"))
}

#[test]
fn the_shipped_dataset_checks_clean() {
    let out = dashboard()
        .args(["check", "data/hk_ai.ron"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("all valid"));
}

#[test]
fn broken_files_exit_1_with_located_lines() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.ron");
    std::fs::write(
        &bad,
        common::MINIMAL.replacen("sector: \"finance\"", "sector: \"space\"", 1),
    )
    .unwrap();
    let out = dashboard().arg("check").arg(&bad).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let line = common::line_of(
        &common::MINIMAL.replacen("sector: \"finance\"", "sector: \"space\"", 1),
        "\"space\"",
    );
    let expected = format!(
        "{}:{line}:21: error: funding[0].sector: unknown sector 'space'",
        bad.display()
    );
    assert!(
        stdout.lines().any(|l| l == expected),
        "{stdout}\nexpected: {expected}"
    );
    assert!(stdout.contains("1 invalid, 1 problem(s)"));
}

#[test]
fn unreadable_files_exit_1_and_usage_errors_exit_2() {
    let out = dashboard()
        .args(["check", "/no/such/file.ron"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("/no/such/file.ron: error: no such file")
    );

    let out = dashboard().arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = dashboard().args(["check", "--bogus"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn help_and_version_work() {
    let out = dashboard().arg("--help").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("check"));
    let out = dashboard().arg("--version").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn no_input_makes_check_panic() {
    let dir = tempfile::tempdir().unwrap();
    let inputs: Vec<(&str, Vec<u8>)> = vec![
        ("empty.ron", vec![]),
        ("garbage.ron", (0..=255u8).cycle().take(4096).collect()),
        ("deep.ron", "(".repeat(200_000).into_bytes()),
        ("nul.ron", b"(title: \"\0\")".to_vec()),
    ];
    for (name, bytes) in inputs {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let out = dashboard().arg("check").arg(&path).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(1),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
