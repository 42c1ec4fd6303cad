//! How long exports take: every chart to PNG (1600×900 at scale 2, i.e.
//! 3200×1800 pixels, the size compared with matplotlib) and to SVG, as
//! `hk-ai-dashboard export --chart all` renders them, but one chart after the
//! other here, so the numbers are per core. With the shipped dataset and with
//! synthetic ones of 1k, 10k and 100k records. Run with
//! `cargo bench --bench export` (add `-- --quick` for a fast look).

mod common;

use criterion::{Criterion, criterion_group, criterion_main};
use hk_ai_dashboard::charts::{ChartData, ChartKind, ChartOptions};
use hk_ai_dashboard::export::{self, ExportSpec, Format, Theme};
use hk_ai_dashboard::index::DatasetIndex;
use hk_ai_dashboard::load;
use hk_ai_dashboard::model::ValidDataset;
use hk_ai_dashboard::stats::Stats;
use std::hint::black_box;

/// Times exporting every chart of `dataset` as PNG, SVG and CSV.
fn export_every_chart(c: &mut Criterion, label: &str, dataset: &ValidDataset) {
    let stats = Stats::new(dataset);
    let options = ChartOptions::for_stats(&stats);
    let index = DatasetIndex::new(dataset);
    let data = ChartData {
        dataset,
        stats: &stats,
        index: &index,
    };
    let spec = |format| ExportSpec {
        width: 1600,
        height: 900,
        scale: 2.0,
        theme: Theme::Light,
        format,
        ..ExportSpec::default()
    };
    let export_all = |format| {
        let mut bytes = 0;
        for kind in ChartKind::ALL {
            bytes += export::render(kind, data, &options, &spec(format))
                .expect("exports")
                .len();
        }
        bytes
    };
    for format in [Format::Png, Format::Svg] {
        eprintln!(
            "{label}: all {} charts as {format:?} at 1600×900 × 2: {} bytes",
            ChartKind::ALL.len(),
            export_all(format)
        );
    }

    let mut group = c.benchmark_group(format!("export all charts, {label}"));
    group.sample_size(10);
    group.bench_function("png 3200x1800", |b| {
        b.iter(|| black_box(export_all(Format::Png)))
    });
    group.bench_function("svg", |b| b.iter(|| black_box(export_all(Format::Svg))));
    group.bench_function("csv", |b| b.iter(|| black_box(export_all(Format::Csv))));
    group.finish();
}

fn shipped(c: &mut Criterion) {
    let dataset = load::embedded_dataset().expect("the shipped dataset is valid");
    export_every_chart(c, "shipped", &dataset);
}

fn synthetic(c: &mut Criterion) {
    for (records, label) in common::SIZES {
        export_every_chart(c, label, &common::synthetic_dataset(records));
    }
}

criterion_group!(benches, shipped, synthetic);
criterion_main!(benches);
