//! How long loading takes at 1k, 10k and 100k records: `load::parse_dataset`
//! (parse, validate and index, what the app and `check` do) against the bare
//! `ron::from_str::<Dataset>` of the same text, and `Stats::new` (every
//! aggregate the charts and tables need). The data is synthetic, from
//! `examples/synth.rs`, generated in-process. Run with
//! `cargo bench --bench load` (add `-- --quick` for a fast look).
//!
//! The target: load+validate within 1.5× the bare parse at 100k records.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use hk_ai_dashboard::load;
use hk_ai_dashboard::model::Dataset;
use hk_ai_dashboard::stats::{self, Stats};
use std::hint::black_box;
use std::time::Duration;

mod common;
use common::SIZES;

fn loading(c: &mut Criterion) {
    let texts: Vec<(&str, String)> = SIZES
        .iter()
        .map(|&(n, label)| (label, common::synthetic_text(n)))
        .collect();

    let mut group = c.benchmark_group("load");
    for (label, text) in &texts {
        if label.starts_with("100k") {
            group.sample_size(10);
            group.measurement_time(Duration::from_secs(8));
        }
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("parse+validate", label), text, |b, t| {
            b.iter(|| load::parse_dataset(black_box(t), "synth.ron").expect("valid"))
        });
        group.bench_with_input(BenchmarkId::new("bare ron parse", label), text, |b, t| {
            b.iter(|| ron::from_str::<Dataset>(black_box(t)).expect("parses"))
        });
    }
    group.finish();

    // One sector renamed: every reference to it is a problem to locate in the
    // text (hundreds at 10k records, thousands at 100k).
    let mut group = c.benchmark_group("load invalid");
    group.sample_size(10);
    for (label, text) in &texts[1..] {
        let broken = text.replace("(id: \"finance\", name:", "(id: \"finanze\", name:");
        let problems = load::parse_dataset(&broken, "synth.ron")
            .expect_err("invalid")
            .problems
            .len();
        eprintln!("{label}: {problems} problems");
        group.bench_with_input(
            BenchmarkId::new("parse+validate+locate", label),
            &broken,
            |b, t| b.iter(|| load::parse_dataset(black_box(t), "synth.ron").expect_err("invalid")),
        );
    }
    group.finish();

    let mut group = c.benchmark_group("stats");
    for (label, text) in &texts {
        let dataset = load::parse_dataset(text, "synth.ron").expect("valid");
        group.bench_with_input(BenchmarkId::new("Stats::new", label), &dataset, |b, d| {
            b.iter(|| Stats::new(black_box(d)))
        });
        // What a sector page asks for per frame.
        group.bench_with_input(
            BenchmarkId::new("key_figure_series (every sector)", label),
            &dataset,
            |b, d| {
                b.iter(|| {
                    d.sectors
                        .iter()
                        .map(|s| stats::key_figure_series(black_box(s)).len())
                        .sum::<usize>()
                })
            },
        );
    }
    group.finish();
}

criterion_group!(benches, loading);
criterion_main!(benches);
