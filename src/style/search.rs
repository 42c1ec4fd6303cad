//! The search box, its results and the flash on a record it opened.

use egui::Color32;

/// The search box's width, in points.
pub const BOX_WIDTH: f32 = 240.0;
/// The results list's width, in points.
pub const RESULTS_WIDTH: f32 = 560.0;
/// The results list's greatest height before it scrolls, in points.
pub const RESULTS_HEIGHT: f32 = 380.0;
/// The gap between the box and its results, in points.
pub const RESULTS_GAP: f32 = 4.0;
/// The background of matched text in a result: amber, readable with the
/// dark text it gets in either theme.
pub const MATCH_BACKGROUND: Color32 = Color32::from_rgb(0xff, 0xd5, 0x4f);
/// The text colour of matched text (on the amber background).
pub const MATCH_TEXT: Color32 = Color32::from_rgb(0x1a, 0x1a, 0x1a);
/// How strongly the highlighted result shows the selection colour.
pub const SELECTED_OPACITY: f32 = 0.6;
/// The outline that flashes round a record opened from the search.
pub const FLASH: Color32 = Color32::from_rgb(0xff, 0xb3, 0x00);
/// Its width, in points.
pub const FLASH_STROKE: f32 = 3.0;
/// How long it takes to fade, in seconds.
pub const FLASH_SECONDS: f32 = 2.0;
/// A long matched text shows from this many characters before its first match.
pub const EXCERPT_LEAD: usize = 30;
/// A matched text is cut after this many characters (with an ellipsis).
pub const EXCERPT_CHARS: usize = 110;
