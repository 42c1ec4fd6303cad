//! Line widths and marker radii of plotted series, in points.

/// The all-sector total line.
pub const TOTAL_LINE: f32 = 2.5;
/// A sector's line.
pub const SECTOR_LINE: f32 = 1.5;
/// A data point on a line.
pub const POINT_RADIUS: f32 = 3.5;
/// A vertical bar's width, in years (a gap of 0.3 year between bars).
pub const BAR_WIDTH: f64 = 0.7;
/// The tallest column on the startups-by-category chart (the largest
/// count), in rows: short enough that a value written on a column's top
/// stays below the row above, whose columns stand on its grid line.
pub const COUNT_COLUMN_MAX: f64 = 0.6;
/// A column's width there, in years.
pub const COUNT_COLUMN_WIDTH: f64 = 0.6;
/// Room left above the top row's columns for their values, in rows.
pub const COUNT_VALUE_ROOM: f64 = 0.55;
/// Room on a time chart's year axis before the first and after the last
/// year, in years: a little more than half a bar.
pub const YEAR_PADDING: f64 = 0.6;
/// The gap between the pointer and a chart's hover tooltip (egui_plot's own).
pub const TOOLTIP_GAP: f32 = 12.0;
/// How close (in points) a row chart's labels may sit: every row is
/// named, where egui_plot would hide labels closer than 20.
pub const ROW_LABEL_SPACING: std::ops::RangeInclusive<f32> = 6.0..=8.0;
/// The space between a row label and the plot, in points.
pub const AXIS_LABEL_GAP: f32 = 8.0;
/// The width guessed for a Latin letter of an axis label, in points
/// (a little over the body font's average, so a name is never cut).
pub const LATIN_CHAR_WIDTH: f32 = 7.0;
/// The width guessed for a CJK character of an axis label, in points (square, 2 Latin).
pub const CJK_CHAR_WIDTH: f32 = 14.0;

/// The width an axis label needs, guessed before it is laid out (the axis
/// is sized before egui lays out its labels): Latin letters ~7 points, CJK ~14.
pub fn label_width(label: &str) -> f32 {
    label
        .chars()
        .map(|c| {
            if c.is_ascii() {
                LATIN_CHAR_WIDTH
            } else {
                CJK_CHAR_WIDTH
            }
        })
        .sum()
}
/// An initiative marker.
pub const MARKER_RADIUS: f32 = 4.5;
/// A trend mini-chart's line.
pub const TREND_LINE: f32 = 2.0;
/// A trend mini-chart's point.
pub const TREND_POINT: f32 = 3.0;
/// The height of a chart in the window.
pub const CHART_HEIGHT: f32 = 300.0;
/// The height of a trend mini-chart on a card.
pub const TREND_HEIGHT: f32 = 110.0;
/// The side of a legend entry's colour swatch.
pub const LEGEND_SWATCH: f32 = 10.0;
/// The space between a legend swatch and its name, and after the name.
pub const LEGEND_GAP: f32 = 4.0;
/// The space between two legend entries.
pub const LEGEND_ENTRY_GAP: f32 = 12.0;
