//! The synthetic dataset generator (`examples/synth.rs`) used by the benchmarks
//! and the bad-input tests: its output loads, is deterministic for a seed, and is
//! marked as synthetic.

use hk_ai_dashboard::load;
use hk_ai_dashboard::stats::Stats;
use std::process::Command;

#[path = "../examples/synth.rs"]
#[allow(dead_code)]
mod synth;

#[test]
fn a_thousand_records_load_and_validate() {
    let text = synth::to_ron(&synth::generate(1_000, 42));
    let dataset = match load::parse_dataset(&text, "synth.ron") {
        Ok(d) => d,
        Err(e) => panic!("synthetic data invalid:\n{e}"),
    };
    let plan = synth::Plan::for_records(1_000);
    assert_eq!(plan.records(), 1_000);
    assert_eq!(dataset.sources.len(), plan.sources);
    assert_eq!(dataset.sectors.len(), plan.sectors);
    assert_eq!(dataset.initiatives.len(), plan.initiatives);
    assert_eq!(dataset.startup_counts.len(), plan.startup_counts);
    assert_eq!(dataset.funding.len(), plan.funding);
    let figures: usize = dataset.sectors.iter().map(|s| s.key_figures.len()).sum();
    let organisations: usize = dataset.sectors.iter().map(|s| s.organisations.len()).sum();
    assert_eq!(figures, plan.key_figures);
    assert_eq!(organisations, plan.organisations);
    assert!(dataset.sectors.iter().all(|s| !s.key_figures.is_empty()));

    // Marked as synthetic, with placeholder sources only.
    assert_eq!(dataset.title, "Synthetic dataset (seed 42)");
    assert!(text.starts_with("// Synthetic dataset (seed 42)"));
    assert!(
        dataset
            .sources
            .iter()
            .all(|s| s.url.starts_with("https://example.org/"))
    );

    // Every chart has something to draw.
    let stats = Stats::new(&dataset);
    assert!(!stats.startups_total.is_empty());
    assert!(!stats.startups_by_sector.is_empty());
    assert!(!stats.funding.years.is_empty());
    assert!(!stats.initiatives_by_year.is_empty());
}

#[test]
fn the_same_seed_gives_the_same_bytes() {
    let a = synth::to_ron(&synth::generate(500, 3));
    let b = synth::to_ron(&synth::generate(500, 3));
    let c = synth::to_ron(&synth::generate(500, 4));
    assert_eq!(a, b);
    assert_ne!(a, c);
}

#[test]
fn sectors_grow_from_nine_to_twenty() {
    assert_eq!(synth::Plan::for_records(1_000).sectors, 9);
    assert_eq!(synth::Plan::for_records(10_000).sectors, 10);
    assert_eq!(synth::Plan::for_records(100_000).sectors, 20);
    assert_eq!(synth::Plan::for_records(1_000_000).sectors, 20);
    // Small and large plans stay valid: at most one count per year and sector.
    for records in [0, 1, 10, 55, 100_000] {
        let text = synth::to_ron(&synth::generate(records, 1));
        if let Err(e) = load::parse_dataset(&text, "synth.ron") {
            panic!("{records} records invalid:\n{e}");
        }
        if records >= 10 {
            // Sectors are not records; small plans round each kind up to one.
            let plan = synth::Plan::for_records(records);
            assert!(plan.records() >= records);
        }
    }
}

/// The example binary itself: `synth --records N --seed S` writes a file that
/// `hk-ai-dashboard check` accepts.
#[test]
fn the_example_writes_a_file_check_accepts() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("synth.ron");
    // A plain `cargo test` builds the examples too; find it next to the test
    // binary. (`cargo test --test synth` alone does not build it.)
    let examples = std::env::current_exe()
        .unwrap()
        .parent()
        .and_then(|deps| deps.parent())
        .map(|profile| profile.join("examples").join("synth"))
        .unwrap();
    if !examples.exists() {
        eprintln!("skipped: {} is not built", examples.display());
        return;
    }
    let out = Command::new(&examples)
        .args(["--records", "2000", "--seed", "9"])
        .output()
        .unwrap_or_else(|e| panic!("{}: {e}", examples.display()));
    assert!(out.status.success());
    std::fs::write(&path, &out.stdout).unwrap();
    assert_eq!(
        out.stdout,
        synth::to_ron(&synth::generate(2000, 9)).into_bytes()
    );
    let check = Command::new(env!("CARGO_BIN_EXE_hk-ai-dashboard"))
        .arg("check")
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
    let bad = Command::new(&examples).arg("--records").output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
}
