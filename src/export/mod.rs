//! Chart exports: PNG, SVG and CSV files of the charts, with no window.
//!
//! One drawing, many outputs: [`draw`] runs the same [`charts::draw_chart`]
//! the window runs (with [`charts::Surface::Export`]) in a headless `egui::Context` and
//! keeps the shapes it paints. The SVG is written from those shapes, with text
//! as glyph outlines from the very font files egui uses; the PNG is that SVG
//! rasterised; the CSV is the chart's table twin ([`charts::chart_table`]).
//! Every output is deterministic: the same inputs give the same bytes.

mod csv;
mod glyphs;
mod raster;
mod scene;
mod svg;
mod write;

use crate::charts::{self, ChartData, ChartKind, ChartOptions};
use std::path::PathBuf;

pub use csv::table_to_csv;
pub use egui::Theme;
pub use scene::{DESIGN_SIZE, Drawing, GlyphBox};
pub use svg::SvgReport;
pub use write::write_atomically;

/// The file formats a chart exports to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Format {
    /// A raster image: the SVG drawing rasterised at `width × scale` by `height × scale` pixels.
    Png,
    /// A vector drawing with text as outlines: renders the same in any SVG viewer or editor.
    Svg,
    /// The chart's numbers as comma-separated values (RFC 4180), header row first.
    Csv,
}

impl Format {
    /// The file name extension (without the dot) for this format.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Png => "png",
            Format::Svg => "svg",
            Format::Csv => "csv",
        }
    }
}

/// Common export sizes in pixels: (name, width, height). Pick a scale that divides
/// them to keep the text a readable size (for example 2 for 4K and A4 at 300 dpi:
/// 1920×1080 and 1754×1240 points).
pub const PRESETS: [(&str, u32, u32); 4] = [
    ("HD 1280×720", 1280, 720),
    ("Full HD 1920×1080", 1920, 1080),
    ("4K UHD 3840×2160", 3840, 2160),
    ("A4 landscape 300 dpi", 3508, 2480),
];

/// The largest image side, in pixels, an export may have (after scaling).
pub const MAX_PIXELS: u32 = 16384;

/// The smallest scale (pixels per point) an export may use.
pub const MIN_SCALE: f32 = 0.25;

/// The largest scale (pixels per point) an export may use.
pub const MAX_SCALE: f32 = 8.0;

/// What to export: the size, the pixel density, the theme and the format.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ExportSpec {
    /// Width of the drawing in points (egui's logical pixels). Canvases larger
    /// than [`DESIGN_SIZE`] show the chart magnified rather than with smaller
    /// text: the image looks the same at any size, only sharper.
    pub width: u32,
    /// Height of the drawing in points.
    pub height: u32,
    /// Pixels per point: a PNG is `width × scale` by `height × scale` pixels.
    pub scale: f32,
    /// Light or dark colours.
    pub theme: Theme,
    /// The file format.
    pub format: Format,
}

impl Default for ExportSpec {
    /// 1600×900 points at scale 1, light, PNG: the command line's defaults.
    fn default() -> Self {
        ExportSpec {
            width: 1600,
            height: 900,
            scale: 1.0,
            theme: Theme::Light,
            format: Format::Png,
        }
    }
}

impl ExportSpec {
    /// The image size in whole pixels: `width × scale` by `height × scale`, rounded.
    pub fn pixel_size(&self) -> (u32, u32) {
        let px = |points: u32| (points as f64 * f64::from(self.scale)).round() as u32;
        (px(self.width), px(self.height))
    }

    /// Checks the scale is within [`MIN_SCALE`]..=[`MAX_SCALE`] and both sides are
    /// 1..=[`MAX_PIXELS`] pixels after scaling, so no export allocates absurd images.
    pub fn validate(&self) -> Result<(), ExportError> {
        if !(MIN_SCALE..=MAX_SCALE).contains(&self.scale) {
            return Err(ExportError::BadScale { scale: self.scale });
        }
        let (w, h) = self.pixel_size();
        for (side, points, pixels) in [("width", self.width, w), ("height", self.height, h)] {
            if points == 0 || !(1..=MAX_PIXELS).contains(&pixels) {
                return Err(ExportError::BadSize {
                    side,
                    points,
                    scale: self.scale,
                    pixels,
                });
            }
        }
        Ok(())
    }
}

/// Why an export failed. Every message names what was wrong and, for files, the path.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The scale is outside [`MIN_SCALE`]..=[`MAX_SCALE`].
    #[error("scale {scale} is out of range: it must be between {MIN_SCALE} and {MAX_SCALE}")]
    BadScale {
        /// The scale asked for.
        scale: f32,
    },
    /// A side is zero or larger than [`MAX_PIXELS`] after scaling.
    #[error(
        "{side} {points} at scale {scale} is {pixels} pixels: it must be between 1 and {MAX_PIXELS} pixels"
    )]
    BadSize {
        /// "width" or "height".
        side: &'static str,
        /// The size asked for, in points.
        points: u32,
        /// The scale asked for.
        scale: f32,
        /// The resulting size in pixels.
        pixels: u32,
    },
    /// The SVG could not be turned into pixels (a bug: our own SVG should always parse).
    #[error("could not rasterise the chart: {0}")]
    Raster(String),
    /// The PNG encoder failed.
    #[error("could not encode the PNG: {0}")]
    Encode(String),
    /// The target exists and is a directory, FIFO, device or socket: never replaced.
    #[error("{}: is {what}, not a regular file; refusing to replace it", path.display())]
    NotARegularFile {
        /// The target path.
        path: PathBuf,
        /// What it is instead ("a directory", "a FIFO", …).
        what: &'static str,
    },
    /// Writing, syncing or renaming failed; an existing target is left as it was.
    #[error("{}: could not {action}: {source}", path.display())]
    Io {
        /// The path that failed (the target, or its folder).
        path: PathBuf,
        /// What was being done ("create a temporary file in the folder", …).
        action: &'static str,
        /// The operating system's error.
        source: std::io::Error,
    },
}

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
        Format::Csv => Ok(table_to_csv(&charts::chart_table(kind, data, options)).into_bytes()),
        Format::Svg => Ok(scene::draw(kind, data, options, spec)
            .to_svg()
            .0
            .into_bytes()),
        Format::Png => {
            let svg = scene::draw(kind, data, options, spec).to_svg().0;
            let (width, height) = spec.pixel_size();
            raster::svg_to_png(&svg, width, height, spec.scale)
        }
    }
}

/// Rasterises an SVG document to PNG bytes of exactly `width × height` pixels,
/// scaling the drawing by `scale`. Exposed for tests and tools that hold an SVG.
pub fn svg_to_png(svg: &str, width: u32, height: u32, scale: f32) -> Result<Vec<u8>, ExportError> {
    raster::svg_to_png(svg, width, height, scale)
}
