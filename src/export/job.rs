//! Export jobs: which file each chart goes to ([`plan`]), and writing them all
//! ([`run`]) on as many threads as there are cores, with progress. The command
//! line and the window's export dialog both export through these two.

use super::error::ExportError;
use super::spec::{ExportSpec, Format};
use super::write::write_atomically;
use crate::charts::{ChartData, ChartKind, ChartOptions};
use std::ops::ControlFlow;
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// Where an export goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// This file (for one chart).
    File(PathBuf),
    /// This existing folder, one [`file_name`] per chart.
    Folder(PathBuf),
}

/// The charts of one file: one chart, or (a workbook) several.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportJob {
    /// The charts, in registry order: one, except in a workbook.
    pub kinds: Vec<ChartKind>,
    /// The file it is written to.
    pub path: PathBuf,
}

/// The file name of `kind` in `format`, in a folder or suggested in a save
/// dialog: `<slug>.<extension>`, for example `funding-by-sector.png`.
pub fn file_name(kind: ChartKind, format: Format) -> String {
    format!("{}.{}", kind.slug(), format.extension())
}

/// The file name of a workbook of every chart in a folder.
pub const WORKBOOK_NAME: &str = "hk-ai-charts.xlsx";

/// The file name of the PDF report in a folder.
pub const REPORT_NAME: &str = "hk-ai-report.pdf";

/// The jobs that export `kinds` in `format` to `target`: every chart to the
/// file, or each to its [`file_name`] in the folder. A format that holds
/// every chart in one file (a workbook) makes one job: the file, or
/// [`WORKBOOK_NAME`] (or [`REPORT_NAME`]) in the folder (its chart's name
/// for one chart).
pub fn plan(kinds: &[ChartKind], target: &Target, format: Format) -> Vec<ExportJob> {
    if format.holds_all_charts() {
        let path = match (target, kinds) {
            (Target::File(path), _) => path.clone(),
            (Target::Folder(folder), [kind]) => folder.join(file_name(*kind, format)),
            (Target::Folder(folder), _) if format == Format::Pdf => folder.join(REPORT_NAME),
            (Target::Folder(folder), _) => folder.join(WORKBOOK_NAME),
        };
        return vec![ExportJob {
            kinds: kinds.to_vec(),
            path,
        }];
    }
    kinds
        .iter()
        .map(|&kind| ExportJob {
            kinds: vec![kind],
            path: match target {
                Target::File(path) => path.clone(),
                Target::Folder(folder) => folder.join(file_name(kind, format)),
            },
        })
        .collect()
}

impl ExportJob {
    /// The charts' names, joined by commas (for logs).
    pub fn slugs(&self) -> String {
        let slugs: Vec<&str> = self.kinds.iter().map(|k| k.slug()).collect();
        slugs.join(",")
    }
}

/// What [`run`] reports after each job, in the order jobs finish.
#[derive(Debug)]
pub enum Progress<'a> {
    /// The job's file was written; `done` of `total` files are.
    Written {
        /// The job.
        job: &'a ExportJob,
        /// Files written so far, this one included.
        done: usize,
        /// Jobs in the run.
        total: usize,
    },
    /// The job's file is partly made: `done` of its `steps` (the PDF
    /// report's parts; other files are made in one step and send none).
    Step {
        /// The job.
        job: &'a ExportJob,
        /// Steps done.
        done: usize,
        /// Steps in all.
        steps: usize,
    },
    /// The job failed; any file it would have replaced is as it was.
    Failed {
        /// The job.
        job: &'a ExportJob,
        /// Why.
        error: &'a ExportError,
    },
}

/// What a run did.
#[derive(Debug, Default)]
pub struct RunReport {
    /// The files written, in the order of the jobs.
    pub written: Vec<PathBuf>,
    /// Why jobs failed, in the order of the jobs.
    pub errors: Vec<ExportError>,
}

/// A job's result, filled in by whichever thread ran it.
type Outcome = Mutex<Option<Result<(), ExportError>>>;

/// Renders and writes each job in `spec.format`, on as many threads as there
/// are cores (each chart is independent: its own headless context), calling
/// `on_progress` after each job, one call at a time. When it returns
/// [`ControlFlow::Break`], no further job starts (jobs under way finish).
pub fn run(
    jobs: &[ExportJob],
    data: ChartData,
    options: &ChartOptions,
    spec: &ExportSpec,
    on_progress: impl FnMut(Progress<'_>) -> ControlFlow<()> + Send,
) -> RunReport {
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let reporter = Mutex::new((0usize, on_progress));
    let outcomes: Vec<Outcome> = jobs.iter().map(|_| Mutex::new(None)).collect();
    let work = || {
        while !stop.load(Ordering::Relaxed) {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(job) = jobs.get(i) else {
                break;
            };
            let started = std::time::Instant::now();
            let mut on_step = |done, steps| {
                let mut reporter = reporter.lock().unwrap_or_else(|e| e.into_inner());
                if (reporter.1)(Progress::Step { job, done, steps }).is_break() {
                    stop.store(true, Ordering::Relaxed);
                }
            };
            let rendered = super::render_file_with(&job.kinds, data, options, spec, &mut on_step);
            let result = rendered.and_then(|bytes| {
                write_atomically(&job.path, &bytes)?;
                log::info!(
                    "exported {} to {} ({} bytes, {:.0} ms)",
                    job.slugs(),
                    job.path.display(),
                    bytes.len(),
                    started.elapsed().as_secs_f64() * 1000.0
                );
                Ok(())
            });
            if let Err(error) = &result {
                log::warn!(
                    "export of {} to {} failed: {error}",
                    job.slugs(),
                    job.path.display()
                );
            }
            let mut reporter = reporter.lock().unwrap_or_else(|e| e.into_inner());
            let (done, on_progress) = &mut *reporter;
            let progress = match &result {
                Ok(()) => {
                    *done += 1;
                    Progress::Written {
                        job,
                        done: *done,
                        total: jobs.len(),
                    }
                }
                Err(error) => Progress::Failed { job, error },
            };
            if on_progress(progress).is_break() {
                stop.store(true, Ordering::Relaxed);
            }
            drop(reporter);
            *outcomes[i].lock().unwrap_or_else(|e| e.into_inner()) = Some(result);
        }
    };
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(jobs.len())
        .max(1);
    std::thread::scope(|scope| {
        for _ in 1..threads {
            scope.spawn(work);
        }
        work();
    });
    collect(jobs, outcomes)
}

/// The report of a run: each job's outcome, in the order of the jobs (jobs
/// that never started have none).
fn collect(jobs: &[ExportJob], outcomes: Vec<Outcome>) -> RunReport {
    let mut report = RunReport::default();
    for (job, outcome) in jobs.iter().zip(outcomes) {
        match outcome.into_inner().unwrap_or_else(|e| e.into_inner()) {
            Some(Ok(())) => report.written.push(job.path.clone()),
            Some(Err(error)) => report.errors.push(error),
            None => {}
        }
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Analysis;

    #[test]
    fn a_folder_gets_one_file_per_chart_named_after_it() {
        let kinds = [ChartKind::ALL[0], ChartKind::ALL[1]];
        let jobs = plan(&kinds, &Target::Folder("out".into()), Format::Svg);
        let paths: Vec<PathBuf> = jobs.iter().map(|j| j.path.clone()).collect();
        let expected: Vec<PathBuf> = kinds
            .iter()
            .map(|&k| PathBuf::from("out").join(format!("{}.svg", k.slug())))
            .collect();
        assert_eq!(paths, expected);
        let one = plan(&kinds[..1], &Target::File("a.png".into()), Format::Png);
        assert_eq!(one[0].path, PathBuf::from("a.png"));
    }

    #[test]
    fn a_run_reports_each_file_and_stops_when_asked() {
        let dir = tempfile::tempdir().unwrap();
        let analysis = Analysis::new(crate::load::embedded_dataset().unwrap());
        let options = ChartOptions::for_stats(&analysis.stats);
        let spec = ExportSpec {
            format: Format::Csv,
            ..ExportSpec::default()
        };
        let jobs = plan(
            &ChartKind::ALL,
            &Target::Folder(dir.path().into()),
            Format::Csv,
        );
        let mut seen = Vec::new();
        let report = run(&jobs, analysis.chart_data(), &options, &spec, |p| {
            if let Progress::Written { done, total, .. } = p {
                seen.push((done, total));
            }
            ControlFlow::Continue(())
        });
        let total = ChartKind::ALL.len();
        assert_eq!(seen, (1..=total).map(|d| (d, total)).collect::<Vec<_>>());
        assert_eq!(report.written.len(), total);
        assert!(report.errors.is_empty());

        // Into a folder that is a file: every job fails; stopping at the first
        // leaves at most one per thread under way.
        let blocked = dir.path().join("startups-per-year.csv");
        let jobs = plan(&ChartKind::ALL, &Target::Folder(blocked), Format::Csv);
        let mut failures = 0;
        let report = run(&jobs, analysis.chart_data(), &options, &spec, |p| {
            assert!(matches!(p, Progress::Failed { .. }));
            failures += 1;
            ControlFlow::Break(())
        });
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        assert!(
            failures >= 1 && failures <= threads.min(total),
            "{failures}"
        );
        assert_eq!(report.errors.len(), failures);
        assert!(report.written.is_empty());
    }
}
