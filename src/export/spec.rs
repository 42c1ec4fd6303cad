//! What an export is asked for: the format, the size, the pixel density and the
//! theme, with the limits that keep every export a sane size. A spec checks
//! itself ([`ExportSpec::validate`]) and knows no other part of the exporter.

use egui::Theme;

/// The file formats a chart exports to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Format {
    /// A raster image: the SVG drawing rasterised at `width × scale` by `height × scale` pixels.
    Png,
    /// A vector drawing, text as outlines (the same in any viewer) or editable (--svg-text).
    Svg,
    /// The chart's numbers as comma-separated values (RFC 4180) for spreadsheets: a
    /// header with units, a row per year, then the definition and every source.
    Csv,
    /// An Excel workbook: a sheet per chart (numbers as typed cells, units and the
    /// definition above, the source line below), then a Sources sheet. With
    /// several charts, one workbook holds them all.
    Xlsx,
    /// The PDF report: every sector, chart and source, on pages of width ×
    /// height points (`hk-ai-dashboard report`, the window's "Export report…").
    #[value(skip)]
    Pdf,
}

impl Format {
    /// The file name extension (without the dot) for this format.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Png => "png",
            Format::Svg => "svg",
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
            Format::Pdf => "pdf",
        }
    }

    /// Whether the file is a picture of the chart (size, theme and markers apply).
    pub fn is_image(self) -> bool {
        matches!(self, Format::Png | Format::Svg)
    }

    /// Whether one file holds every chart exported (a workbook), rather than
    /// one file per chart.
    pub fn holds_all_charts(self) -> bool {
        matches!(self, Format::Xlsx | Format::Pdf)
    }
}

/// How an SVG carries its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, clap::ValueEnum)]
pub enum SvgText {
    /// Glyph outlines from the embedded fonts: looks the same in every viewer
    /// and editor, but the words cannot be edited (the default).
    #[default]
    Outlines,
    /// Real `<text>` elements naming the embedded fonts' families and common
    /// fallbacks: editable in Inkscape and Illustrator, drawn with whatever
    /// font the viewer has.
    Text,
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
    /// than [`super::DESIGN_SIZE`] show the chart magnified rather than with smaller
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
    /// CSV: start with a UTF-8 byte-order mark, so Excel reads Chinese right
    /// (on by default).
    pub csv_bom: bool,
    /// SVG: text as outlines (the default) or as editable `<text>`.
    pub svg_text: SvgText,
}

impl Default for ExportSpec {
    /// 1600×900 points at scale 1, light, PNG, CSV with a byte-order mark,
    /// SVG text as outlines: the command line's defaults.
    fn default() -> Self {
        ExportSpec {
            width: 1600,
            height: 900,
            scale: 1.0,
            theme: Theme::Light,
            format: Format::Png,
            csv_bom: true,
            svg_text: SvgText::Outlines,
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
    pub fn validate(&self) -> Result<(), SpecError> {
        if !(MIN_SCALE..=MAX_SCALE).contains(&self.scale) {
            return Err(SpecError::BadScale { scale: self.scale });
        }
        let (w, h) = self.pixel_size();
        for (side, points, pixels) in [("width", self.width, w), ("height", self.height, h)] {
            if points == 0 || !(1..=MAX_PIXELS).contains(&pixels) {
                return Err(SpecError::BadSize {
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

/// Why a spec cannot be exported: a size or scale outside the limits.
#[derive(Debug, Clone, Copy, PartialEq, thiserror::Error)]
pub enum SpecError {
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
}
