//! Spacing, margins and radii of the window's frames and cards, in points.

/// The gap between cards in a grid, and between sections.
pub const GAP: f32 = 10.0;
/// The inner margin of a card or a framed panel.
pub const MARGIN: f32 = 10.0;
/// The corner radius of cards and frames.
pub const RADIUS: f32 = 8.0;
/// The minimum height of a card.
pub const CARD_MIN_HEIGHT: f32 = 96.0;
/// The space between a section's heading and its content.
pub const SECTION: f32 = 8.0;
/// Wider than this, two charts sit side by side.
pub const TWO_COLUMNS_FROM: f32 = 1100.0;
