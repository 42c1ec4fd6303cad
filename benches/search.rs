//! How long the search box takes: one keystroke's query (the index is built
//! once per dataset, so a keystroke is one `SearchIndex::search`) at the
//! shipped data, 10k and 100k records, and the index build against the load
//! it adds to. Synthetic data from `examples/synth.rs` (seed 7). Run with
//! `cargo bench --bench search`.
//!
//! Targets: a query ≤ 2 ms at the shipped data and ≤ 16 ms at 100k records;
//! the index build ≤ 10% of loading 100k records (`load::parse_dataset`).

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use hk_ai_dashboard::analysis::Analysis;
use hk_ai_dashboard::load;
use hk_ai_dashboard::search::SearchIndex;
use std::hint::black_box;
use std::time::Duration;

mod common;

/// What people type, one keystroke at a time: a prefix, a whole word, two
/// words, a typo, Chinese. Each is searched as the box would on its last key.
const QUERIES: [&str; 6] = [
    "cyber",
    "c",
    "synthetic report",
    "indicatr",
    "人工智能資助計劃",
    "合成",
];

fn datasets() -> Vec<(&'static str, Analysis)> {
    let shipped = load::embedded_dataset().expect("the shipped data is valid");
    let mut out = vec![("shipped", Analysis::new(shipped))];
    for &(n, label) in common::SIZES.iter().filter(|(n, _)| *n >= 10_000) {
        out.push((label, Analysis::new(common::synthetic_dataset(n))));
    }
    out
}

fn search(c: &mut Criterion) {
    let datasets = datasets();
    let mut group = c.benchmark_group("search query");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(2));
    for (label, analysis) in &datasets {
        for query in QUERIES {
            let id = BenchmarkId::new(*label, query);
            group.bench_with_input(id, query, |b, q| {
                b.iter(|| analysis.search.search(&analysis.dataset, black_box(q), 50))
            });
        }
    }
    group.finish();

    let mut group = c.benchmark_group("search index build");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(8));
    for (label, analysis) in &datasets {
        group.bench_function(BenchmarkId::new("Analysis::new", label), |b| {
            b.iter(|| Analysis::new(black_box((*analysis.dataset).clone())))
        });
        group.bench_function(BenchmarkId::new("SearchIndex::new", label), |b| {
            b.iter(|| SearchIndex::new(black_box(&analysis.dataset), Vec::new()))
        });
    }
    let text = common::synthetic_text(100_000);
    group.bench_function(BenchmarkId::new("load::parse_dataset", "100k"), |b| {
        b.iter(|| load::parse_dataset(black_box(&text), "synth.ron").expect("valid"))
    });
    group.finish();
}

criterion_group!(benches, search);
criterion_main!(benches);
