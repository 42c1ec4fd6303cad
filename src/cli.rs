//! The command line: `hk-ai-dashboard [FILE]` opens the window, `check FILE...`
//! validates datasets with compiler-style diagnostics ([`check`]), `export`
//! writes charts to PNG, SVG or CSV files without opening the window ([`export`]),
//! `copy` puts a chart or its table on the system clipboard (`copy`).
//! `report` writes the PDF report ([`report`]).
//!
//! Output that cannot be written is never ignored: the command stops (or, for
//! `export`, finishes the files it is writing) and exits with status 1. When
//! the reader has gone away (a broken pipe, as in `check ... | head -1`) it
//! stops quietly, as `ls` does; any other write error is reported on stderr.

mod check;
#[cfg(not(target_arch = "wasm32"))]
mod copy;
mod export;
mod report;

pub use check::run_check;
#[cfg(not(target_arch = "wasm32"))]
pub use copy::run_copy;
pub use export::run_export;
pub use report::run_report;

use crate::charts::ChartChoice;
use crate::export::{Format, MAX_PIXELS, PRESETS, Paper, SvgText, Theme};
use crate::i18n::Lang;
use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{CommandFactory, Parser, Subcommand};
use std::io::{self, Write};
use std::ops::RangeInclusive;
use std::path::PathBuf;

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
    pub command: Option<CliCommand>,
    /// A dataset file (.ron) to open instead of the built-in one.
    pub file: Option<PathBuf>,
}

/// The subcommands (named apart from the window's `ui::Command`).
#[derive(Debug, Subcommand)]
pub enum CliCommand {
    /// Validate dataset files and print each problem as FILE:LINE:COL: error: MESSAGE.
    Check {
        /// The dataset files to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Export charts as PNG, SVG or CSV files (no window needed).
    Export(ExportArgs),
    /// Put a chart (as the window's "Copy image" does) or its table ("Copy
    /// table") on the system clipboard, and keep serving it (X11, Wayland)
    /// until another program takes the clipboard or --hold seconds pass.
    Copy(CopyArgs),
    /// Write the PDF report: every sector, chart and source (no window needed).
    Report(ReportArgs),
}

/// What "Copy image" or "Copy table" copies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CopyWhat {
    /// The chart as a PNG image: the PNG export of a chart of --width ×
    /// --height points at twice the pixels.
    Image,
    /// The chart's table as tab-separated text (pastes as cells).
    Table,
}

/// The options of `copy`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  hk-ai-dashboard copy --chart funding-by-sector --what image\n  hk-ai-dashboard copy --chart startups-per-year --what table --lang zh-HK\n  xclip -selection clipboard -t image/png -o > chart.png"
)]
pub struct CopyArgs {
    /// A dataset file (.ron) to copy from instead of the built-in one.
    #[arg(long, value_name = "FILE")]
    pub data: Option<PathBuf>,
    /// The chart (see `export --list`).
    #[arg(long, value_name = "NAME", value_enum)]
    pub chart: ChartChoice,
    /// The image or the table.
    #[arg(long, value_enum)]
    pub what: CopyWhat,
    /// The chart's width in points, as on screen; the image is twice as many pixels.
    #[arg(long, value_name = "PT", default_value_t = 960, value_parser = clap::value_parser!(u32).range(1..=i64::from(MAX_PIXELS / 2)))]
    pub width: u32,
    /// The chart's height in points; the image is twice as many pixels.
    #[arg(long, value_name = "PT", default_value_t = 540, value_parser = clap::value_parser!(u32).range(1..=i64::from(MAX_PIXELS / 2)))]
    pub height: u32,
    /// The language of the chart or table: en or zh-HK.
    #[arg(long, value_name = "CODE", default_value = "en", value_parser = parse_lang)]
    pub lang: Lang,
    /// Linux: the most seconds to keep serving the copy (X11 and Wayland
    /// clipboards are served by the program that copied); it stops sooner
    /// when another program takes the clipboard. 0: return at once.
    #[arg(long, value_name = "SECONDS", default_value_t = 60)]
    pub hold: u64,
}

/// The options of `report`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  hk-ai-dashboard report --out report.pdf\n  hk-ai-dashboard report --lang zh-HK --paper letter --out 報告.pdf --data data/hk_ai.ron"
)]
pub struct ReportArgs {
    /// The language of the report: en or zh-HK.
    #[arg(long, value_name = "CODE", default_value = "en", value_parser = parse_lang)]
    pub lang: Lang,
    /// The paper size.
    #[arg(long, value_enum, default_value = "a4")]
    pub paper: Paper,
    /// The PDF file to write (replaced atomically: never left half-written).
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// A dataset file (.ron) to report on instead of the built-in one.
    #[arg(long, value_name = "FILE")]
    pub data: Option<PathBuf>,
}

/// The options of `export`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  hk-ai-dashboard export --chart funding-by-sector --format svg --out funding.svg\n  hk-ai-dashboard export --chart funding-by-sector --include-general --format csv --out funding.csv\n  hk-ai-dashboard export --chart all --format png --out charts/ --scale 2 --theme dark\n  hk-ai-dashboard export --chart all --format csv --lang zh-HK --out tables/\n  hk-ai-dashboard export --chart all --format xlsx --out charts.xlsx\n  hk-ai-dashboard export --chart funding-by-sector --years 2020-2025 --lang zh-HK --format png,csv --out funding/\n  hk-ai-dashboard export --list"
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
    /// The file format, or several separated by commas (png,csv): then --out
    /// is a folder that receives one CHART.FORMAT file per chart and format.
    /// An xlsx workbook holds every chart asked for (a sheet each, and a
    /// Sources sheet): `--chart all --format xlsx --out book.xlsx` is one file.
    #[arg(
        long,
        value_enum,
        value_delimiter = ',',
        required_unless_present = "list"
    )]
    pub format: Vec<Format>,
    /// The file to write; with --chart all, several formats or a path ending
    /// in '/', the folder (created if missing) that receives one CHART.FORMAT
    /// file per chart and format.
    #[arg(long, value_name = "PATH", required_unless_present = "list")]
    pub out: Option<PathBuf>,
    /// Width in points; the image is WIDTH × SCALE pixels wide.
    #[arg(long, value_name = "PX", default_value_t = 1600, value_parser = clap::value_parser!(u32).range(1..=i64::from(MAX_PIXELS)))]
    pub width: u32,
    /// Height in points; the image is HEIGHT × SCALE pixels high.
    #[arg(long, value_name = "PX", default_value_t = 900, value_parser = clap::value_parser!(u32).range(1..=i64::from(MAX_PIXELS)))]
    pub height: u32,
    /// A size of the export dialog's list instead of --width and --height:
    /// hd (1280×720), full-hd (1920×1080), 4k (3840×2160), a4 (3508×2480,
    /// A4 landscape at 300 dpi).
    #[arg(long, value_name = "NAME", value_parser = preset_names(), conflicts_with_all = ["width", "height"])]
    pub preset: Option<(u32, u32)>,
    /// Pixels per point (0.25 to 8): 2 gives a sharper image of the same layout.
    #[arg(long, value_name = "F", default_value_t = 1.0)]
    pub scale: f32,
    /// Light or dark colours.
    #[arg(long, value_name = "THEME", default_value = "light", value_parser = theme_names())]
    pub theme: Theme,
    /// The language of titles, labels, legends and tables: en or zh-HK
    /// (English by default, whatever the locale, so scripts get the same files).
    #[arg(long, value_name = "CODE", default_value = "en", value_parser = parse_lang)]
    pub lang: Lang,
    /// Funding chart: add partly-AI and general I&T money, stacked apart from
    /// the AI-specific money (never added into one total). AI-specific alone
    /// by default.
    #[arg(long)]
    pub include_general: bool,
    /// Time charts: the years shown, FROM-TO (2020-2025) or one year (2024),
    /// within the data's years. Every year of the data by default.
    #[arg(long, value_name = "FROM-TO", value_parser = parse_years)]
    pub years: Option<RangeInclusive<i32>>,
    /// Funding chart: each sector as a share of the year's AI-specific total
    /// instead of HK$ (shares are of AI-specific money, so not with
    /// --include-general).
    #[arg(long, conflicts_with = "include_general")]
    pub share: bool,
    /// Time charts: government initiatives as markers on the year axis, with a
    /// legend entry that counts them. Off by default in exports.
    #[arg(long, value_name = "on|off", default_value = "off", action = clap::ArgAction::Set, value_parser = on_off())]
    pub initiatives: bool,
    /// CSV: begin with a UTF-8 byte-order mark, so Excel reads Chinese right.
    #[arg(long, value_name = "on|off", default_value = "on", action = clap::ArgAction::Set, value_parser = on_off())]
    pub csv_bom: bool,
    /// SVG: text as glyph outlines (the same in every viewer) or as editable
    /// <text> elements (drawn with the viewer's fonts).
    #[arg(long, value_name = "MODE", value_enum, default_value = "outlines")]
    pub svg_text: SvgText,
    /// Print the chart names, one per line, and exit.
    #[arg(long, exclusive = true)]
    pub list: bool,
}

/// The values `--theme` accepts: light and dark.
fn theme_names() -> impl TypedValueParser<Value = Theme> {
    PossibleValuesParser::new([
        PossibleValue::new("light").help("Dark text on a light background"),
        PossibleValue::new("dark").help("Light text on a dark background"),
    ])
    .map(|name| match name.as_str() {
        "dark" => Theme::Dark,
        _ => Theme::Light,
    })
}

/// The names `--preset` takes, one per entry of [`PRESETS`], as its size.
fn preset_names() -> impl TypedValueParser<Value = (u32, u32)> {
    const NAMES: [&str; 4] = ["hd", "full-hd", "4k", "a4"];
    PossibleValuesParser::new(
        NAMES
            .iter()
            .zip(PRESETS)
            .map(|(name, (label, _, _))| PossibleValue::new(*name).help(label)),
    )
    .map(|name| {
        let at = NAMES.iter().position(|n| *n == name).unwrap_or(0);
        let (_, width, height) = PRESETS[at];
        (width, height)
    })
}

/// `on` or `off`, as a switch.
fn on_off() -> impl TypedValueParser<Value = bool> {
    PossibleValuesParser::new(["on", "off"]).map(|value| value == "on")
}

/// `--years`: FROM-TO (2020-2025) or one year (2024), FROM not after TO.
fn parse_years(text: &str) -> Result<RangeInclusive<i32>, String> {
    let year = |part: &str| {
        part.trim()
            .parse::<i32>()
            .map_err(|_| format!("{part:?} is not a year: write FROM-TO, for example 2020-2025"))
    };
    let (from, to) = match text.split_once('-') {
        Some((from, to)) => (year(from)?, year(to)?),
        None => (year(text)?, year(text)?),
    };
    if from > to {
        return Err(format!(
            "{from} is after {to}: write FROM-TO, earliest first"
        ));
    }
    Ok(from..=to)
}

/// `--lang`: a language code [`Lang::from_code`] knows.
fn parse_lang(code: &str) -> Result<Lang, String> {
    Lang::from_code(code).ok_or_else(|| {
        let known: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        format!("unknown language (known: {})", known.join(", "))
    })
}

/// Prints a usage error the way clap prints its own, and returns [`EXIT_USAGE`].
fn usage_error(err: &mut dyn Write, message: String) -> io::Result<u8> {
    let mut command = Cli::command();
    command.build();
    let error = match command.find_subcommand_mut("export") {
        Some(export) => export.error(clap::error::ErrorKind::ValueValidation, message),
        None => Cli::command().error(clap::error::ErrorKind::ValueValidation, message),
    };
    write!(err, "{}", error.render())?;
    Ok(EXIT_USAGE)
}

/// The exit status when output could not be written: [`EXIT_INVALID`], after
/// saying why on stderr unless the reader is gone (a broken pipe).
fn output_failed(error: io::Error) -> u8 {
    if error.kind() != io::ErrorKind::BrokenPipe {
        // If stderr cannot be written either, the exit status is all that is left.
        let _ = writeln!(
            io::stderr(),
            "hk-ai-dashboard: cannot write the output: {error}"
        );
    }
    EXIT_INVALID
}
