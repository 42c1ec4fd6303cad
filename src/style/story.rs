//! The Overview's story row: its sparklines.

/// A sparkline's height.
pub const SPARK_HEIGHT: f32 = 30.0;
/// A sparkline's stroke width.
pub const SPARK_LINE: f32 = 1.5;
/// The radius of a sparkline's latest point.
pub const SPARK_POINT: f32 = 2.5;
/// Room kept above and below the line, so the latest point is not clipped.
pub const SPARK_INSET: f32 = 3.0;
