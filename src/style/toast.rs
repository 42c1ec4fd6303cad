//! Toasts (issue 18): the short notice after a copy.

/// How long a toast stays, in seconds.
pub const SECONDS: f64 = 4.0;
/// Its distance from the window's bottom edge, in points.
pub const OFFSET: f32 = 24.0;
/// Its widest, in points (longer text wraps).
pub const MAX_WIDTH: f32 = 520.0;
