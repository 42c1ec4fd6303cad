//! How long exports take: every chart of the shipped data to PNG at 1920×1080
//! and to SVG, as `hk-ai-dashboard export --chart all` does them (one at a time
//! here, so the numbers are per-core). Run with
//! `cargo bench --bench export -- --quick`.

use criterion::{Criterion, criterion_group, criterion_main};
use hk_ai_dashboard::charts::{ChartData, ChartKind, ChartOptions};
use hk_ai_dashboard::export::{self, ExportSpec, Format, Theme};
use hk_ai_dashboard::index::DatasetIndex;
use hk_ai_dashboard::load;
use hk_ai_dashboard::stats::Stats;
use std::hint::black_box;

fn exports(c: &mut Criterion) {
    let dataset = load::embedded_dataset().expect("the shipped dataset is valid");
    let stats = Stats::new(&dataset);
    let options = ChartOptions::for_stats(&stats);
    let index = DatasetIndex::new(&dataset);
    let data = ChartData {
        dataset: &dataset,
        stats: &stats,
        index: &index,
    };
    let spec = |format| ExportSpec {
        width: 1920,
        height: 1080,
        scale: 1.0,
        theme: Theme::Light,
        format,
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
            "all {} charts as {format:?} at 1920×1080: {} bytes",
            ChartKind::ALL.len(),
            export_all(format)
        );
    }

    let mut group = c.benchmark_group("export all charts");
    group.sample_size(10);
    group.bench_function("png 1920x1080", |b| {
        b.iter(|| black_box(export_all(Format::Png)))
    });
    group.bench_function("svg 1920x1080", |b| {
        b.iter(|| black_box(export_all(Format::Svg)))
    });
    group.bench_function("csv", |b| b.iter(|| black_box(export_all(Format::Csv))));
    group.finish();
}

criterion_group!(benches, exports);
criterion_main!(benches);
