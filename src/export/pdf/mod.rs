//! The PDF report (issue 18): a cover, the Overview's headline per sector, a
//! page per sector, every chart of the registry as vectors with its table,
//! the timeline of initiatives and every source with a clickable link; page
//! numbers and running headers; English or Traditional Chinese.
//!
//! Written with krilla (see `Cargo.toml` for why). The parts depend one way:
//! `sections` and `appendix` say what goes in, through `flow` (and `table`),
//! which lays it out on pages as data (`page`); `emit` writes those pages
//! with krilla, charts through `chart`, which draws the very [`Drawing`]
//! (from `scene`) that the SVG and PNG exports write; `paint` turns egui
//! colours and the app's fonts into krilla's.
//!
//! [`Drawing`]: super::Drawing

mod appendix;
mod chart;
mod emit;
mod flow;
mod page;
mod paint;
mod sections;
mod table;

use super::error::ExportError;
use super::spec::{ExportSpec, Format};
use crate::charts::{ChartData, ChartKind, ChartOptions};
use crate::i18n::T;
use crate::style::report as st;
use egui::{Pos2, Vec2};
use flow::Flow;
use krilla::metadata::{DateTime, Metadata};
use page::Look;

/// The paper sizes a report is laid out for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, clap::ValueEnum)]
pub enum Paper {
    /// ISO A4, 210 × 297 mm.
    #[default]
    A4,
    /// US Letter, 8.5 × 11 in.
    Letter,
}

impl Paper {
    /// The page size in PDF points (1/72 inch), width × height.
    pub fn points(self) -> (u32, u32) {
        match self {
            Paper::A4 => (595, 842),
            Paper::Letter => (612, 792),
        }
    }

    /// What a report on this paper is exported with: the page size in
    /// points, the PDF format, the rest as any export.
    pub fn spec(self) -> ExportSpec {
        let (width, height) = self.points();
        ExportSpec {
            width,
            height,
            format: Format::Pdf,
            ..ExportSpec::default()
        }
    }
}

/// The report of `data` with the charts `kinds` (in that order), in
/// `options.lang`, on pages of `page` points. `on_step(done, steps)` is
/// called as each part is done: each sector's pages, each chart, the
/// timeline, the sources, the running headers, and writing the PDF in
/// [`emit::STEPS`] parts, so that the progress of a large dataset's report
/// moves steadily. Each part's time is logged at debug level (`RUST_LOG=debug`).
pub fn report(
    kinds: &[ChartKind],
    data: ChartData,
    options: &ChartOptions,
    page: Vec2,
    on_step: &mut dyn FnMut(usize, usize),
) -> Result<Vec<u8>, ExportError> {
    let lang = options.lang;
    let steps = data.dataset.sectors.len() + kinds.len() + 3 + emit::STEPS;
    let mut done = 0;
    let mut since = web_time::Instant::now();
    let mut step = || {
        done += 1;
        log::debug!(
            "report: step {done} of {steps} in {:.1} ms",
            since.elapsed().as_secs_f64() * 1000.0
        );
        since = web_time::Instant::now();
        on_step(done, steps);
    };
    let mut flow = Flow::new(page);
    sections::cover(&mut flow, data, lang);
    sections::overview(&mut flow, data, lang);
    sections::sectors(&mut flow, data, lang, &mut step);
    appendix::charts(&mut flow, kinds, data, options, &mut step);
    appendix::timeline(&mut flow, data, lang);
    step();
    appendix::sources(&mut flow, data, lang);
    step();
    running(&mut flow, data, lang);
    step();
    let title = sections::title(data, lang);
    let as_of = &data.dataset.as_of;
    let mut date = DateTime::new(u16::try_from(as_of.year).unwrap_or(2000));
    if let Some(month) = as_of.month {
        date = date.month(month);
        if let Some(day) = as_of.day {
            date = date.day(day);
        }
    }
    let metadata = Metadata::new()
        .title(title)
        .language(lang.code().to_owned())
        .creator("hk-ai-dashboard".to_owned())
        .creation_date(date);
    emit::write(&flow.finish(), metadata, lang.code(), &mut step)
}

/// The running header (title and "as of") and "Page n of N" on every page
/// but the cover.
fn running(flow: &mut Flow, data: ChartData, lang: crate::i18n::Lang) {
    let look = Look {
        size: st::RUNNING,
        color: st::MUTED,
        bold: false,
    };
    let header = format!(
        "{} · {}",
        sections::title(data, lang),
        sections::as_of(data, lang)
    );
    let total = flow.page_count();
    let size = flow.size();
    for page in 1..total {
        let top = Pos2::new(st::MARGIN, st::MARGIN);
        flow.place(page, &header, top, look);
        let number = lang.format(T::ReportPage, &[&(page + 1), &total]);
        let width = flow.measure(&number, st::RUNNING);
        let bottom = Pos2::new(
            size.x - st::MARGIN - width,
            size.y - st::MARGIN + 2.0 * st::RUNNING,
        );
        flow.place(page, &number, bottom, look);
    }
}
