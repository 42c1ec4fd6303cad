//! Chart exports: PNG, SVG, CSV and Excel files of the charts, with no window.
//!
//! One drawing, many outputs: [`draw`] runs the same [`charts::draw_chart`]
//! the window runs (with [`charts::Surface::Export`]) in a headless `egui::Context` and
//! keeps the shapes it paints as a [`Drawing`]. The SVG is written from those
//! shapes, with text as glyph outlines from the very font files egui uses (or,
//! asked for, as editable `<text>`); the PNG is that SVG rasterised (always
//! from outlines); the CSV is the chart's table twin ([`charts::chart_table`])
//! made for spreadsheets, with its provenance ([`chart_csv`]). Every output is deterministic: the same inputs
//! give the same bytes.
//!
//! The modules depend one way: this file and [`job`] use the outputs
//! ([`csv`], [`raster`] → [`svg`]), which use [`scene`] (→ charts), the
//! [`Drawing`] type and [`glyphs`] (fonts → outlines); [`spec`], [`error`] and
//! [`write`] are leaves.
//!
//! - `spec`: what is asked for ([`ExportSpec`], [`Format`], [`PRESETS`], limits)
//! - `error`: why an export failed ([`ExportError`])
//! - `scene`: a chart drawn headlessly into a [`Drawing`] (`drawing`)
//! - `glyphs`: text as outlines, as data; `svg`: a drawing as SVG; `raster`: as PNG
//! - `csv`: a chart's table as CSV; `write`: files replaced atomically
//! - `xlsx`: charts as an Excel workbook, typed cells and a Sources sheet
//! - `pdf`: the PDF report ([`report`]): every sector, chart and source
//! - `job`: [`plan`] and [`run`], the one export runner of the CLI and the window
//! - `inspect`: where each glyph lands, for tests

mod csv;
mod drawing;
mod error;
mod glyphs;
mod inspect;
mod job;
mod pdf;
mod raster;
mod scene;
mod spec;
mod svg;
mod write;
mod xlsx;

use crate::charts::{ChartData, ChartKind, ChartOptions};

pub use csv::{BOM, chart_csv, chart_tsv, table_to_csv};
pub use drawing::{Drawing, GlyphBox};
pub use egui::Theme;
pub use error::ExportError;
pub use glyphs::TextIssues;
pub use job::{
    ExportJob, Progress, REPORT_NAME, RunReport, Target, WORKBOOK_NAME, file_name, plan, run,
};
pub use pdf::{Paper, report};
pub use scene::DESIGN_SIZE;
pub use spec::{ExportSpec, Format, MAX_PIXELS, MAX_SCALE, MIN_SCALE, PRESETS, SpecError, SvgText};
pub use svg::SvgReport;
pub use write::write_atomically;
pub use xlsx::{
    Cell as XlsxCell, HEADER_ROW as XLSX_HEADER_ROW, chart_cells as xlsx_cells, workbook,
};

/// Draws a chart headlessly, exactly as the window draws it (with
/// [`charts::Surface::Export`]: nothing pointer-dependent), and returns the shapes.
/// The format in `spec` is ignored; the size is validated.
pub fn draw(
    kind: ChartKind,
    data: ChartData,
    options: &ChartOptions,
    spec: &ExportSpec,
) -> Result<Drawing, ExportError> {
    spec.validate()?;
    Ok(scene::draw(kind, data, options, spec))
}

/// Renders one chart into the bytes of a file in `spec.format`.
///
/// PNG and SVG come from one drawing (the PNG is the SVG rasterised); CSV is the
/// chart's table. The size is validated for every format, so a bad size is an
/// error whatever the format.
pub fn render(
    kind: ChartKind,
    data: ChartData,
    options: &ChartOptions,
    spec: &ExportSpec,
) -> Result<Vec<u8>, ExportError> {
    spec.validate()?;
    match spec.format {
        Format::Csv => Ok(chart_csv(kind, data, options, spec.csv_bom).into_bytes()),
        Format::Svg => Ok(scene::draw(kind, data, options, spec)
            .to_svg_with(spec.svg_text)
            .0
            .into_bytes()),
        Format::Png => raster::to_png(&scene::draw(kind, data, options, spec), spec),
        Format::Xlsx => xlsx::workbook(&[kind], data, options),
        Format::Pdf => render_file(&[kind], data, options, spec),
    }
}

/// Renders one chart as straight RGBA pixels (width, height, pixels): the
/// PNG export's pixels, for the clipboard. The format in `spec` is ignored.
pub fn render_rgba(
    kind: ChartKind,
    data: ChartData,
    options: &ChartOptions,
    spec: &ExportSpec,
) -> Result<(u32, u32, Vec<u8>), ExportError> {
    spec.validate()?;
    raster::to_rgba(&scene::draw(kind, data, options, spec), spec)
}

/// Renders the charts of one file: a workbook or a report of them all (XLSX,
/// PDF), or the one chart of any other format (the first).
pub fn render_file(
    kinds: &[ChartKind],
    data: ChartData,
    options: &ChartOptions,
    spec: &ExportSpec,
) -> Result<Vec<u8>, ExportError> {
    render_file_with(kinds, data, options, spec, &mut |_, _| {})
}

/// [`render_file`], telling `on_step(done, steps)` how a file made in
/// several steps (the PDF report) is coming on.
pub fn render_file_with(
    kinds: &[ChartKind],
    data: ChartData,
    options: &ChartOptions,
    spec: &ExportSpec,
    on_step: &mut dyn FnMut(usize, usize),
) -> Result<Vec<u8>, ExportError> {
    if spec.format == Format::Pdf {
        spec.validate()?;
        let page = egui::Vec2::new(spec.width as f32, spec.height as f32);
        return pdf::report(kinds, data, options, page, on_step);
    }
    if spec.format.holds_all_charts() {
        spec.validate()?;
        return xlsx::workbook(kinds, data, options);
    }
    match kinds.first() {
        Some(&kind) => render(kind, data, options, spec),
        None => Err(ExportError::NoChart),
    }
}
