//! `export`: writes charts to PNG, SVG, CSV or Excel files through the one export
//! runner ([`export::plan`], [`export::run`]), a progress line per file on
//! stderr, or the chart names on stdout with `--list`.

use super::{EXIT_INVALID, EXIT_OK, ExportArgs, output_failed, usage_error};
use crate::analysis::Analysis;
use crate::charts::{ChartChoice, ChartData, ChartKind, ChartOptions, FundingMoney};
use crate::export::{self, ExportJob, ExportSpec, Format, Progress, Target};
use crate::load;
use crate::stats::Stats;
use std::io::{self, Write};
use std::ops::ControlFlow;
use std::path::Path;

/// Runs `export`: writes the chosen charts, a progress line per file to `err`
/// (`[2/4] funding-by-sector.png`), or the chart names to `out` with `--list`.
/// Returns the exit status: 0 when every file was written, 1 for invalid data,
/// a failed write or output that could not be written (see
/// [`super::output_failed`]), 2 for a usage error clap could not catch (a size
/// that is too large after scaling, a scale out of range).
pub fn run_export(args: &ExportArgs, out: &mut dyn Write, err: &mut (dyn Write + Send)) -> u8 {
    let status = if args.list {
        list(out)
    } else {
        export(args, err)
    };
    status.unwrap_or_else(output_failed)
}

/// `--list`: the chart names, one per line.
fn list(out: &mut dyn Write) -> io::Result<u8> {
    for kind in ChartKind::ALL {
        writeln!(out, "{}", kind.slug())?;
    }
    out.flush()?;
    Ok(EXIT_OK)
}

fn export(args: &ExportArgs, err: &mut (dyn Write + Send)) -> io::Result<u8> {
    let (Some(chart), Some(&format), Some(target)) = (args.chart, args.format.first(), &args.out)
    else {
        return usage_error(err, "--chart, --format and --out are required".to_owned());
    };
    let formats = distinct(&args.format);
    let (width, height) = args.preset.unwrap_or((args.width, args.height));
    let spec = ExportSpec {
        width,
        height,
        scale: args.scale,
        theme: args.theme,
        format,
        csv_bom: args.csv_bom,
        svg_text: args.svg_text,
    };
    if let Err(e) = spec.validate() {
        return usage_error(err, e.to_string());
    }
    // Into a folder: with --chart all, or when --out is a folder or ends with
    // '/'. Several formats need one (a file name has one extension).
    let folder_named = names_folder(target);
    if formats.len() > 1 && !folder_named {
        let message = format!(
            "--out {}: with more than one format, --out must be a folder (end it with '/')",
            target.display()
        );
        return usage_error(err, message);
    }
    let Some(analysis) = load_data(args.data.as_deref(), err)? else {
        return Ok(EXIT_INVALID);
    };
    let options = match chart_options(args, &analysis.stats) {
        Ok(options) => options,
        Err(message) => return usage_error(err, message),
    };
    // A workbook holds every chart: `--chart all --format xlsx --out book.xlsx`
    // is one file.
    let one_file = formats.iter().all(|f| f.holds_all_charts());
    let target = if (chart == ChartChoice::All && !one_file) || folder_named {
        if let Err(e) = std::fs::create_dir_all(target) {
            let folder = target.display();
            writeln!(
                err,
                "hk-ai-dashboard: {folder}: cannot create the output folder: {e}"
            )?;
            return Ok(EXIT_INVALID);
        }
        Target::Folder(target.clone())
    } else {
        Target::File(target.clone())
    };
    let mut status = EXIT_OK;
    for format in formats {
        let spec = ExportSpec { format, ..spec };
        let jobs = export::plan(&chart.kinds(), &target, format);
        let data = analysis.chart_data();
        status = status.max(write_all(&jobs, data, &options, &spec, err)?);
    }
    Ok(status)
}

/// The formats asked for, each once, in the order given.
fn distinct(formats: &[Format]) -> Vec<Format> {
    let mut out: Vec<Format> = Vec::new();
    for &format in formats {
        if !out.contains(&format) {
            out.push(format);
        }
    }
    out
}

/// Whether `--out` names a folder: an existing one, or a path ending in '/'.
fn names_folder(target: &Path) -> bool {
    target.is_dir()
        || target
            .as_os_str()
            .to_string_lossy()
            .ends_with(std::path::MAIN_SEPARATOR)
}

/// The chart options the flags ask for, named as in the window's Charts
/// toolbar, checked against the data: the years must lie within the data's
/// years.
fn chart_options(args: &ExportArgs, stats: &Stats) -> Result<ChartOptions, String> {
    let span = &stats.year_span;
    let years = args.years.clone().unwrap_or_else(|| span.clone());
    if years.start() < span.start() || years.end() > span.end() {
        return Err(format!(
            "--years {}-{}: the data covers {}-{}",
            years.start(),
            years.end(),
            span.start(),
            span.end()
        ));
    }
    Ok(ChartOptions {
        years,
        share: args.share,
        funding_money: if args.include_general {
            FundingMoney::WithGeneral
        } else {
            FundingMoney::AiSpecific
        },
        show_initiatives: args.initiatives,
        lang: args.lang,
    })
}

/// The dataset in `path` (or the built-in one) with its aggregates; `None`
/// after printing its problems when it is invalid.
pub(super) fn load_data(path: Option<&Path>, err: &mut dyn Write) -> io::Result<Option<Analysis>> {
    let dataset = match path {
        Some(path) => load::load_file(path),
        None => load::embedded_dataset(),
    };
    match dataset {
        Ok(dataset) => Ok(Some(Analysis::new(dataset))),
        Err(error) => {
            writeln!(err, "{error}")?;
            writeln!(
                err,
                "hk-ai-dashboard: no chart exported: the data has {} problem(s)",
                error.problems.len()
            )?;
            Ok(None)
        }
    }
}

/// Writes every job, printing a progress line per file written and an error
/// line per failure. A progress line that cannot be printed does not stop the
/// export, but the first such error is returned once every file is written.
pub(super) fn write_all(
    jobs: &[ExportJob],
    data: ChartData,
    options: &ChartOptions,
    spec: &ExportSpec,
    err: &mut (dyn Write + Send),
) -> io::Result<u8> {
    let mut print_error = None;
    let report = export::run(jobs, data, options, spec, |progress| {
        let printed = match progress {
            Progress::Written { job, done, total } => {
                writeln!(err, "[{done}/{total}] {}", shown_name(&job.path))
            }
            Progress::Step { .. } => Ok(()),
            Progress::Failed { error, .. } => writeln!(err, "hk-ai-dashboard: {error}"),
        };
        if let Err(e) = printed {
            print_error.get_or_insert(e);
        }
        ControlFlow::Continue(())
    });
    if let Some(e) = print_error {
        return Err(e);
    }
    Ok(if report.errors.is_empty() {
        EXIT_OK
    } else {
        EXIT_INVALID
    })
}

/// The file name a path ends in, as progress lines show it (the whole path
/// when it has none).
fn shown_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}
