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

// ---------------------------------------------------------------- export flags

use hk_ai_dashboard::analysis::Analysis;
use hk_ai_dashboard::charts::{ChartKind, FundingMoney};
use hk_ai_dashboard::export::{self, Format, SvgText, Theme};
use hk_ai_dashboard::i18n::Lang;
use hk_ai_dashboard::ui::{AppState, Command as UiCommand};
use std::ops::ControlFlow;
use std::path::Path;

/// The window with the built-in data, after `commands`, as a person would set
/// it up: the Charts toolbar, then the export dialog.
fn window_after(commands: Vec<UiCommand>) -> AppState {
    let analysis = Analysis::new(hk_ai_dashboard::load::embedded_dataset().expect("valid"));
    let mut state = AppState {
        lang: Lang::En,
        ..AppState::default()
    };
    state.apply(UiCommand::ShowData {
        analysis,
        file: None,
    });
    for command in commands {
        state.apply(command);
    }
    state
}

/// What the window's Save writes to `path`: the dialog's jobs and options, run
/// by the same `export::run` the window's export thread calls.
fn window_export(state: &AppState, path: &Path) -> Vec<u8> {
    let dialog = state.export_dialog.as_ref().expect("the dialog is open");
    let jobs = dialog.jobs(path.to_path_buf());
    let options = dialog.chart_options(state.chart_options());
    let report = export::run(
        &jobs,
        state.analysis.chart_data(),
        &options,
        &dialog.spec,
        |_| ControlFlow::Continue(()),
    );
    assert!(report.errors.is_empty(), "{:?}", report.errors);
    std::fs::read(path).unwrap()
}

fn cli_export(args: &[&str], path: &Path) -> Vec<u8> {
    let out = dashboard()
        .arg("export")
        .args(args)
        .arg("--out")
        .arg(path)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::read(path).unwrap()
}

#[test]
fn a_window_export_and_the_same_command_write_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    // (commands in the window, flags of the command line) for one file each.
    let mut cases: Vec<(Vec<UiCommand>, Vec<&str>)> = vec![
        (
            vec![
                UiCommand::SetLanguage(Lang::ZhHk),
                UiCommand::SetYears(2020..=2025),
                UiCommand::SetFundingShare(true),
                UiCommand::OpenExportDialog(Some(ChartKind::FundingBySector)),
                UiCommand::SetExportFormat(Format::Png),
                UiCommand::SetExportSize {
                    width: 960,
                    height: 540,
                },
                UiCommand::SetExportScale(1.5),
                UiCommand::SetExportTheme(Theme::Dark),
                UiCommand::SetExportInitiatives(true),
            ],
            vec![
                "--chart",
                "funding-by-sector",
                "--format",
                "png",
                "--lang",
                "zh-HK",
                "--years",
                "2020-2025",
                "--share",
                "--width",
                "960",
                "--height",
                "540",
                "--scale",
                "1.5",
                "--theme",
                "dark",
                "--initiatives",
                "on",
            ],
        ),
        (
            vec![
                UiCommand::OpenExportDialog(Some(ChartKind::StartupsBySector)),
                UiCommand::SetExportFormat(Format::Svg),
                UiCommand::SetExportSvgText(SvgText::Text),
                UiCommand::SetExportSize {
                    width: 800,
                    height: 450,
                },
            ],
            vec![
                "--chart",
                "startups-by-sector",
                "--format",
                "svg",
                "--svg-text",
                "text",
                "--width",
                "800",
                "--height",
                "450",
            ],
        ),
        (
            vec![
                UiCommand::SetYears(2018..=2024),
                UiCommand::SetFundingMoney(FundingMoney::WithGeneral),
                UiCommand::OpenExportDialog(Some(ChartKind::FundingBySector)),
                UiCommand::SetExportFormat(Format::Csv),
                UiCommand::SetExportCsvBom(false),
            ],
            vec![
                "--chart",
                "funding-by-sector",
                "--format",
                "csv",
                "--years",
                "2018-2024",
                "--include-general",
                "--csv-bom",
                "off",
            ],
        ),
    ];
    // The dialog opens on its Full HD preset; the command names it the same.
    cases.push((
        vec![
            UiCommand::OpenExportDialog(Some(ChartKind::StartupsPerYear)),
            UiCommand::SetExportFormat(Format::Svg),
            UiCommand::SetExportPreset(Some(2)),
            UiCommand::SetExportPreset(Some(1)),
        ],
        vec![
            "--chart",
            "startups-per-year",
            "--format",
            "svg",
            "--preset",
            "full-hd",
        ],
    ));
    for (i, (commands, flags)) in cases.into_iter().enumerate() {
        let state = window_after(commands);
        let format = state.export_dialog.as_ref().unwrap().spec.format;
        let window = window_export(
            &state,
            &dir.path()
                .join(format!("window-{i}.{}", format.extension())),
        );
        let cli = cli_export(
            &flags,
            &dir.path().join(format!("cli-{i}.{}", format.extension())),
        );
        assert!(window == cli, "case {i} ({flags:?}): the files differ");
    }
}

#[test]
fn bad_export_flags_exit_2_and_say_why() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.png");
    let base = ["export", "--chart", "funding-by-sector", "--format", "png"];
    let cases: [(&[&str], &str); 9] = [
        (&["--preset", "4k", "--width", "800"], "cannot be used with"),
        (
            &["--preset", "letter"],
            "possible values: hd, full-hd, 4k, a4",
        ),
        (&["--years", "2030-2040"], "the data covers"),
        (&["--years", "2025-2020"], "2025 is after 2020"),
        (&["--years", "twenty"], "is not a year"),
        (&["--share", "--include-general"], "cannot be used with"),
        (&["--initiatives", "maybe"], "possible values: on, off"),
        (&["--csv-bom", "yes"], "possible values: on, off"),
        (&["--svg-text", "paths"], "possible values: outlines, text"),
    ];
    for (flags, says) in cases {
        let run = dashboard()
            .args(base)
            .args(flags)
            .arg("--out")
            .arg(&out)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert_eq!(run.status.code(), Some(2), "{flags:?}: {stderr}");
        assert!(stderr.contains(says), "{flags:?}: {stderr}");
        assert!(!out.exists(), "{flags:?} wrote a file");
    }
    let help = dashboard().args(["export", "--help"]).output().unwrap();
    let help = String::from_utf8_lossy(&help.stdout);
    for flag in [
        "--years",
        "--share",
        "--initiatives",
        "--include-general",
        "--theme",
        "--width",
        "--height",
        "--preset",
        "--scale",
        "--lang",
        "--csv-bom",
        "--svg-text",
    ] {
        assert!(help.contains(flag), "--help lacks {flag}");
    }
}

#[test]
fn several_formats_go_into_one_folder_as_the_single_format_runs_write_them() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("funding");
    let flags = [
        "--chart",
        "funding-by-sector",
        "--years",
        "2020-2025",
        "--lang",
        "zh-HK",
    ];
    let out = dashboard()
        .arg("export")
        .args(flags)
        .args(["--format", "png,csv", "--out"])
        .arg(format!("{}/", folder.display()))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for format in ["png", "csv"] {
        let together = std::fs::read(folder.join(format!("funding-by-sector.{format}"))).unwrap();
        let mut args = flags.to_vec();
        args.extend(["--format", format]);
        let alone = cli_export(&args, &dir.path().join(format!("alone.{format}")));
        assert!(together == alone, "{format} differs");
    }
    // A file name cannot take two formats.
    let out = dashboard()
        .arg("export")
        .args(flags)
        .args(["--format", "png,csv", "--out"])
        .arg(dir.path().join("funding.png"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("must be a folder"));
}

#[test]
fn logs_are_quiet_by_default_and_name_loads_and_exports_on_demand() {
    let dir = tempfile::tempdir().unwrap();
    let export = |log: Option<&str>| {
        let mut command = dashboard();
        command.env_remove("RUST_LOG");
        if let Some(level) = log {
            command.env("RUST_LOG", level);
        }
        let out = command
            .args(["export", "--chart", "funding-by-sector", "--format", "csv"])
            .arg("--out")
            .arg(dir.path().join("funding.csv"))
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stderr).unwrap()
    };
    let quiet = export(None);
    assert!(
        !quiet.contains("INFO") && !quiet.contains("loaded"),
        "no log lines without RUST_LOG: {quiet}"
    );
    let logged = export(Some("info"));
    assert!(
        logged.contains("loaded <embedded data/hk_ai.ron>: 9 sectors"),
        "{logged}"
    );
    assert!(
        logged.contains("exported funding-by-sector to ") && logged.contains("funding.csv"),
        "{logged}"
    );
    let bad = dashboard()
        .env("RUST_LOG", "warn")
        .args(["check", "tests/bad-data/survey-category-unknown.ron"])
        .output()
        .unwrap();
    let warned = String::from_utf8_lossy(&bad.stderr);
    assert!(
        warned.contains("could not load tests/bad-data/survey-category-unknown.ron"),
        "{warned}"
    );
}

#[test]
fn check_names_the_record_and_the_valid_values_of_a_wrong_reference() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.ron");
    let text = common::MINIMAL.replacen("sector: \"finance\",", "sector: \"fintech\",", 1);
    assert_ne!(
        text,
        common::MINIMAL,
        "the fixture names the finance sector"
    );
    std::fs::write(&path, text).unwrap();
    let out = dashboard().arg("check").arg(&path).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let error = stdout
        .lines()
        .position(|l| l.contains("unknown sector 'fintech'"));
    let error = error.unwrap_or_else(|| panic!("no error line: {stdout}"));
    let note = stdout.lines().nth(error + 1).unwrap_or_default();
    assert!(note.starts_with("  = note: in "), "{stdout}");
    assert!(note.contains("(record 1)"), "{note}");
    assert!(note.contains("'fintech' is not one of: finance"), "{note}");
}
