//! The timeline strip's geometry, in points. The strip is painted by hand (no
//! widget lays it out), so every distance it uses is named here.

use std::ops::RangeInclusive;

/// Zoom limits, in points per year: from a decade on screen to a few months.
pub const ZOOM: RangeInclusive<f32> = 30.0..=400.0;
/// The zoom the strip opens at (points per year).
pub const DEFAULT_ZOOM: f32 = 120.0;
/// One click of − or + zooms by this factor.
pub const ZOOM_STEP: f32 = 1.25;
/// Below this zoom, every other year is labelled so the years do not collide.
pub const EVERY_YEAR_FROM: f32 = 45.0;
/// The height of one label lane: a label's text plus room between lanes.
pub const LANE_HEIGHT: f32 = 20.0;
/// The room above the axis for the year numbers.
pub const AXIS_HEIGHT: f32 = 28.0;
/// The space between the axis and the first lane, and below the last lane.
pub const AXIS_GAP: f32 = 10.0;
/// The strip's bottom padding below the last lane.
pub const BOTTOM_PAD: f32 = 8.0;
/// The least horizontal space between two labels in one lane, so labels
/// never touch and each reads as its own button.
pub const LABEL_GAP: f32 = 8.0;
/// A label wider than this is cut with an ellipsis.
pub const MAX_LABEL_WIDTH: f32 = 200.0;
/// A label's box is this much wider than its text (left and right padding).
pub const LABEL_PADDING: f32 = 10.0;
/// The text starts this far inside its box.
pub const LABEL_INSET: f32 = 5.0;
/// A label's box starts this far left of its date, so the stem meets its edge.
pub const LABEL_OFFSET: f32 = 2.0;
/// A lane's box is this much shorter than the lane (the gap between lanes).
pub const LANE_GAP: f32 = 2.0;
/// The corner radius of a label's box.
pub const LABEL_RADIUS: f32 = 4.0;
/// Room left of the first year so its number is not clipped.
pub const LEFT_MARGIN: f32 = 28.0;
/// The row of dots at the top of a swimlane, above its labels.
pub const DOT_ROW: f32 = 14.0;
/// From one swimlane's top to the next: dots, labels, and room between.
pub const LANE_PITCH: f32 = 40.0;
/// The column left of the strip with the lanes' names.
pub const LANE_TITLE_WIDTH: f32 = 150.0;
/// How strongly the line under each lane shows.
pub const LANE_RULE_OPACITY: f32 = 0.25;
/// The gap between a cluster's label and its count ("+7").
pub const BADGE_GAP: f32 = 3.0;
/// A count's box is this much wider than its text.
pub const BADGE_PADDING: f32 = 10.0;
/// The ring around a focused dot is this far outside it.
pub const FOCUS_RING_GAP: f32 = 2.0;
/// A click on a count ("+7") zooms in by this factor, centred on its cluster.
pub const COUNT_ZOOM: f32 = 2.0;
/// A count lists this many of its entries' names on hover.
pub const COUNT_HOVER_NAMES: usize = 12;
/// Dots closer than this (points) are drawn as one, so a frame draws at
/// most a few per point of width however many records there are.
pub const MIN_DOT_SPACING: f32 = 0.5;
/// The axis line's width.
pub const AXIS_STROKE: f32 = 1.5;
/// Year ticks, stems and label outlines.
pub const THIN_STROKE: f32 = 1.0;
/// A year tick's length above the axis.
pub const TICK_LENGTH: f32 = 5.0;
/// The gap between a year's number and the axis.
pub const YEAR_GAP: f32 = 7.0;
/// The marker of a labelled entry on the axis.
pub const DOT_RADIUS: f32 = 4.5;
/// The marker of the selected entry.
pub const SELECTED_DOT_RADIUS: f32 = 6.0;
/// The marker of an entry with no room for a label (drawn fainter).
pub const BARE_DOT_RADIUS: f32 = 3.0;
/// The clickable square around a bare dot.
pub const BARE_DOT_HIT: f32 = 8.0;
/// How strongly a bare dot shows its kind's colour.
pub const BARE_DOT_OPACITY: f32 = 0.7;
/// How strongly a stem shows its kind's colour.
pub const STEM_OPACITY: f32 = 0.6;
