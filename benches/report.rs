//! How long the PDF report takes (issue 18): every part, the four charts as
//! vectors with their tables, fonts subset and embedded, in English and
//! Chinese, for the shipped dataset and a synthetic one of 10k records. Run
//! with `cargo bench --bench report` (add `-- --quick` for a fast look);
//! `benches/compare-matplotlib-pdf.sh` compares it with matplotlib's
//! `PdfPages`.

mod common;

use criterion::{Criterion, criterion_group, criterion_main};
use hk_ai_dashboard::analysis::Analysis;
use hk_ai_dashboard::charts::{ChartKind, ChartOptions};
use hk_ai_dashboard::export::{self, Paper};
use hk_ai_dashboard::i18n::Lang;
use hk_ai_dashboard::load;
use hk_ai_dashboard::model::ValidDataset;
use std::hint::black_box;

fn report(c: &mut Criterion, label: &str, dataset: ValidDataset) {
    let analysis = Analysis::new(dataset);
    let data = analysis.chart_data();
    let spec = Paper::A4.spec();
    let mut group = c.benchmark_group(format!("pdf report, {label}"));
    group.sample_size(10);
    for lang in [Lang::En, Lang::ZhHk] {
        let options = ChartOptions {
            lang,
            ..ChartOptions::for_stats(&analysis.stats)
        };
        let render =
            || export::render_file(&ChartKind::ALL, data, &options, &spec).expect("renders");
        eprintln!("{label}, {}: {} bytes", lang.code(), render().len());
        group.bench_function(lang.code(), |b| b.iter(|| black_box(render().len())));
    }
    group.finish();
}

fn shipped(c: &mut Criterion) {
    let Ok(dataset) = load::embedded_dataset() else {
        panic!("the shipped dataset is valid");
    };
    report(c, "shipped data", dataset);
}

fn synthetic(c: &mut Criterion) {
    report(c, "10k records", common::synthetic_dataset(10_000));
}

criterion_group!(benches, shipped, synthetic);
criterion_main!(benches);
