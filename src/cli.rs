//! The command line: `hk-ai-dashboard [FILE]` opens the window, `check FILE...`
//! validates datasets with compiler-style diagnostics, `export` writes charts
//! to PNG, SVG or CSV files without opening the window.

use crate::charts::{ChartChoice, ChartData, ChartKind, ChartOptions};
use crate::export::{self, ExportSpec, Format, Theme};
use crate::i18n::Lang;
use crate::index::DatasetIndex;
use crate::load;
use crate::stats::Stats;
use clap::{CommandFactory, Parser, Subcommand};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Exit status for valid input.
pub const EXIT_OK: u8 = 0;
/// Exit status for invalid data, an unreadable file or a failed write.
pub const EXIT_INVALID: u8 = 1;
/// Exit status for a usage error (clap uses the same).
pub const EXIT_USAGE: u8 = 2;

/// A desktop dashboard of Hong Kong's artificial-intelligence landscape.
#[derive(Debug, Parser)]
#[command(
    name = "hk-ai-dashboard",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// What to do; without a command, the window opens.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A dataset file (.ron) to open instead of the built-in one.
    pub file: Option<PathBuf>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate dataset files and print each problem as FILE:LINE:COL: error: MESSAGE.
    Check {
        /// The dataset files to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Export charts as PNG, SVG or CSV files (no window needed).
    Export(ExportArgs),
}

/// The options of `export`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  hk-ai-dashboard export --chart funding-by-sector --format svg --out funding.svg\n  hk-ai-dashboard export --chart all --format png --out charts/ --scale 2 --theme dark\n  hk-ai-dashboard export --chart all --format csv --lang zh-HK --out tables/\n  hk-ai-dashboard export --list"
)]
pub struct ExportArgs {
    /// A dataset file (.ron) to export from instead of the built-in one.
    #[arg(long, value_name = "FILE")]
    pub data: Option<PathBuf>,
    /// The chart to export (see --list), or "all" for every chart.
    #[arg(
        long,
        value_name = "NAME",
        required_unless_present = "list",
        value_enum
    )]
    pub chart: Option<ChartChoice>,
    /// The file format.
    #[arg(long, value_enum, required_unless_present = "list")]
    pub format: Option<Format>,
    /// The file to write; with --chart all (or a path ending in '/'), the folder
    /// (created if missing) that receives one CHART.FORMAT file per chart.
    #[arg(long, value_name = "PATH", required_unless_present = "list")]
    pub out: Option<PathBuf>,
    /// Width in points; the image is WIDTH × SCALE pixels wide.
    #[arg(long, value_name = "PX", default_value_t = 1600, value_parser = clap::value_parser!(u32).range(1..=i64::from(export::MAX_PIXELS)))]
    pub width: u32,
    /// Height in points; the image is HEIGHT × SCALE pixels high.
    #[arg(long, value_name = "PX", default_value_t = 900, value_parser = clap::value_parser!(u32).range(1..=i64::from(export::MAX_PIXELS)))]
    pub height: u32,
    /// Pixels per point (0.25 to 8): 2 gives a sharper image of the same layout.
    #[arg(long, value_name = "F", default_value_t = 1.0)]
    pub scale: f32,
    /// Light or dark colours.
    #[arg(long, value_enum, default_value_t = ThemeArg::Light)]
    pub theme: ThemeArg,
    /// The language of titles, labels, legends and tables: en or zh-HK
    /// (English by default, whatever the locale, so scripts get the same files).
    #[arg(long, value_name = "CODE", default_value = "en", value_parser = parse_lang)]
    pub lang: Lang,
    /// Print the chart names, one per line, and exit.
    #[arg(long, exclusive = true)]
    pub list: bool,
}

/// `--theme` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ThemeArg {
    /// Dark text on a light background.
    Light,
    /// Light text on a dark background.
    Dark,
}

impl From<ThemeArg> for Theme {
    fn from(theme: ThemeArg) -> Theme {
        match theme {
            ThemeArg::Light => Theme::Light,
            ThemeArg::Dark => Theme::Dark,
        }
    }
}

/// `--lang`: a language code [`Lang::from_code`] knows.
fn parse_lang(code: &str) -> Result<Lang, String> {
    Lang::from_code(code).ok_or_else(|| {
        let known: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        format!("unknown language (known: {})", known.join(", "))
    })
}

/// Runs `check` on `files`, writing diagnostics and a summary to `out`.
/// Returns the exit status: 0 when every file is valid, 1 otherwise.
pub fn run_check(files: &[PathBuf], out: &mut dyn Write) -> u8 {
    let mut invalid_files = 0usize;
    let mut problems = 0usize;
    for file in files {
        match load::load_file(file) {
            Ok(dataset) => {
                let _ = writeln!(
                    out,
                    "{}: ok: {} sources, {} sectors, {} initiatives, {} startup counts, {} funding records",
                    file.display(),
                    dataset.sources.len(),
                    dataset.sectors.len(),
                    dataset.initiatives.len(),
                    dataset.startup_counts.len(),
                    dataset.funding.len()
                );
            }
            Err(error) => {
                invalid_files += 1;
                problems += error.problems.len();
                let _ = writeln!(out, "{error}");
            }
        }
    }
    let _ = if invalid_files == 0 {
        writeln!(out, "checked {} file(s): all valid", files.len())
    } else {
        writeln!(
            out,
            "checked {} file(s): {invalid_files} invalid, {problems} problem(s)",
            files.len()
        )
    };
    if invalid_files == 0 {
        EXIT_OK
    } else {
        EXIT_INVALID
    }
}

/// Runs `export`: writes the chosen charts, a progress line per file to `err`
/// (`[2/4] funding-by-sector.png`), or the chart names to `out` with `--list`.
/// Returns the exit status: 0 when every file was written, 1 for invalid data
/// or a failed write, 2 for a usage error clap could not catch (a size that is
/// too large after scaling, a scale out of range).
pub fn run_export(args: &ExportArgs, out: &mut dyn Write, err: &mut (dyn Write + Send)) -> u8 {
    if args.list {
        for kind in ChartKind::ALL {
            let _ = writeln!(out, "{}", kind.slug());
        }
        return EXIT_OK;
    }
    let (Some(chart), Some(format), Some(target)) = (args.chart, args.format, &args.out) else {
        return usage_error(err, "--chart, --format and --out are required".to_owned());
    };
    let spec = ExportSpec {
        width: args.width,
        height: args.height,
        scale: args.scale,
        theme: args.theme.into(),
        format,
    };
    if let Err(e) = spec.validate() {
        return usage_error(err, e.to_string());
    }
    let kinds = chart.kinds();

    let dataset = match &args.data {
        Some(path) => load::load_file(path),
        None => load::embedded_dataset(),
    };
    let dataset = match dataset {
        Ok(d) => d,
        Err(error) => {
            let _ = writeln!(err, "{error}");
            let _ = writeln!(
                err,
                "hk-ai-dashboard: no chart exported: the data has {} problem(s)",
                error.problems.len()
            );
            return EXIT_INVALID;
        }
    };
    let stats = Stats::new(&dataset);
    let options = ChartOptions {
        lang: args.lang,
        ..ChartOptions::for_stats(&stats)
    };
    let index = DatasetIndex::new(&dataset);
    let data = ChartData {
        dataset: &dataset,
        stats: &stats,
        index: &index,
    };

    // Into a folder: with --chart all, or when --out is a folder or ends with '/'.
    let into_folder = chart == ChartChoice::All
        || target.is_dir()
        || target
            .as_os_str()
            .to_string_lossy()
            .ends_with(std::path::MAIN_SEPARATOR);
    let jobs: Vec<(ChartKind, PathBuf)> = if into_folder {
        if let Err(e) = std::fs::create_dir_all(target) {
            let _ = writeln!(
                err,
                "hk-ai-dashboard: {}: cannot create the output folder: {e}",
                target.display()
            );
            return EXIT_INVALID;
        }
        kinds
            .iter()
            .map(|&k| (k, target.join(file_name(k, format))))
            .collect()
    } else {
        kinds.iter().map(|&k| (k, target.clone())).collect()
    };
    export_all(&jobs, data, &options, &spec, err)
}

fn file_name(kind: ChartKind, format: Format) -> String {
    format!("{}.{}", kind.slug(), format.extension())
}

/// Renders and writes each job, on as many threads as there are cores (each
/// chart is independent: its own headless context). Prints a progress line per
/// file written and an error line per failure.
fn export_all(
    jobs: &[(ChartKind, PathBuf)],
    data: ChartData,
    options: &ChartOptions,
    spec: &ExportSpec,
    err: &mut (dyn Write + Send),
) -> u8 {
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let failed = AtomicUsize::new(0);
    let err = Mutex::new(err);
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(jobs.len())
        .max(1);
    let work = || {
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some((kind, path)) = jobs.get(i) else {
                break;
            };
            let result = export::render(*kind, data, options, spec)
                .and_then(|bytes| export::write_atomically(path, &bytes));
            let mut err = err.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            match result {
                Ok(()) => {
                    let n = done.fetch_add(1, Ordering::Relaxed) + 1;
                    let _ = writeln!(err, "[{n}/{}] {}", jobs.len(), display_name(path));
                }
                Err(e) => {
                    failed.fetch_add(1, Ordering::Relaxed);
                    let _ = writeln!(err, "hk-ai-dashboard: {e}");
                }
            }
        }
    };
    std::thread::scope(|scope| {
        for _ in 1..threads {
            scope.spawn(work);
        }
        work();
    });
    if failed.load(Ordering::Relaxed) == 0 {
        EXIT_OK
    } else {
        EXIT_INVALID
    }
}

fn display_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Prints a usage error the way clap prints its own, and returns [`EXIT_USAGE`].
fn usage_error(err: &mut (dyn Write + Send), message: String) -> u8 {
    let mut command = Cli::command();
    command.build();
    let error = match command.find_subcommand_mut("export") {
        Some(export) => export.error(clap::error::ErrorKind::ValueValidation, message),
        None => Cli::command().error(clap::error::ErrorKind::ValueValidation, message),
    };
    let _ = write!(err, "{}", error.render());
    EXIT_USAGE
}
