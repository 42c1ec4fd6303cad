//! `report`: writes the PDF report through the one export runner
//! ([`export::plan`], [`export::run`]: one job, written atomically), with the
//! same progress and error lines as `export`.

use super::export::{load_data, write_all};
use super::{EXIT_INVALID, ReportArgs, output_failed};
use crate::charts::{ChartKind, ChartOptions};
use crate::export::{self, Format, Target};
use std::io::{self, Write};

/// Runs `report`: the report of the built-in dataset (or `--data`) in
/// `--lang` on `--paper` pages to `--out`. Returns the exit status: 0 when
/// written, 1 for invalid data or a failed write.
pub fn run_report(args: &ReportArgs, err: &mut (dyn Write + Send)) -> u8 {
    report(args, err).unwrap_or_else(output_failed)
}

fn report(args: &ReportArgs, err: &mut (dyn Write + Send)) -> io::Result<u8> {
    let Some(analysis) = load_data(args.data.as_deref(), err)? else {
        return Ok(EXIT_INVALID);
    };
    let spec = args.paper.spec();
    let options = ChartOptions {
        lang: args.lang,
        ..ChartOptions::for_stats(&analysis.stats)
    };
    let jobs = export::plan(
        &ChartKind::ALL,
        &Target::File(args.out.clone()),
        Format::Pdf,
    );
    write_all(&jobs, analysis.chart_data(), &options, &spec, err)
}
