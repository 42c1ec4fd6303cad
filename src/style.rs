//! Design tokens: every colour, size and text style the window and the exports
//! share, in one place, so a chart looks the same on screen and in a file and a
//! colour keeps one meaning everywhere. Views and charts name a token
//! (`style::TOTAL`, `style::FIGURE`) instead of writing a literal.

use crate::model::{Confidence, InitiativeKind};
use egui::{Color32, FontFamily, FontId, TextStyle};

/// A fixed palette, one colour per sector position, readable on light and dark.
pub const PALETTE: [Color32; 10] = [
    Color32::from_rgb(0x1f, 0x77, 0xb4),
    Color32::from_rgb(0xd6, 0x27, 0x28),
    Color32::from_rgb(0x2c, 0xa0, 0x2c),
    Color32::from_rgb(0xff, 0x7f, 0x0e),
    Color32::from_rgb(0x94, 0x67, 0xbd),
    Color32::from_rgb(0x17, 0xbe, 0xcf),
    Color32::from_rgb(0x8c, 0x56, 0x4b),
    Color32::from_rgb(0xe3, 0x77, 0xc2),
    Color32::from_rgb(0x7f, 0x7f, 0x7f),
    Color32::from_rgb(0xbc, 0xbd, 0x22),
];

/// The colour of the sector at this position in the dataset (`None`: unknown sector).
pub fn sector_color_at(position: Option<usize>) -> Color32 {
    let i = position.unwrap_or(PALETTE.len() - 1);
    PALETTE[i % PALETTE.len()]
}

/// The colour of an initiative kind on the timeline and charts.
pub fn initiative_kind_color(kind: InitiativeKind) -> Color32 {
    let i = InitiativeKind::ALL
        .iter()
        .position(|k| *k == kind)
        .unwrap_or(0);
    PALETTE[(i + 3) % PALETTE.len()]
}

/// The colour of all-sector totals, distinct from every sector's colour.
pub const TOTAL: Color32 = Color32::from_rgb(0x00, 0x89, 0x7b);

/// The colour of the initiative markers on time charts.
pub const INITIATIVE_MARKER: Color32 = Color32::from_rgb(0xa0, 0x6c, 0x00);

/// The colour of a confidence mark: green verified, amber secondary, red unverified.
pub fn confidence_color(confidence: Confidence) -> Color32 {
    match confidence {
        Confidence::Verified => PALETTE[2],
        Confidence::Secondary => Color32::from_rgb(0xc0, 0x80, 0x00),
        Confidence::Unverified => PALETTE[1],
    }
}

/// Line widths and marker radii of plotted series, in points.
pub mod plot {
    /// The all-sector total line.
    pub const TOTAL_LINE: f32 = 2.5;
    /// A sector's line.
    pub const SECTOR_LINE: f32 = 1.5;
    /// A data point on a line.
    pub const POINT_RADIUS: f32 = 3.5;
    /// A bar's outline.
    pub const BAR_OUTLINE: f64 = 0.7;
    /// A horizontal bar's thickness (in bar units).
    pub const BAR_THICKNESS: f64 = 0.6;
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
}

/// Spacing, margins and radii of the window's frames and cards, in points.
pub mod spacing {
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
}

/// The text style of a card's headline figure.
pub const FIGURE: &str = "figure";
/// The text style of a key figure's value on a sector page.
pub const KEY_VALUE: &str = "key_value";
/// The text style of a card's title.
pub const CARD_TITLE: &str = "card_title";
/// The text style of timeline labels.
pub const TIMELINE_LABEL: &str = "timeline_label";

/// The named text styles and their sizes (proportional font).
const NAMED_TEXT_STYLES: [(&str, f32); 4] = [
    (FIGURE, 24.0),
    (KEY_VALUE, 22.0),
    (CARD_TITLE, 16.0),
    (TIMELINE_LABEL, 12.5),
];

/// A named text style, to use as `RichText::new(..).text_style(style::text(style::FIGURE))`.
pub fn text(name: &str) -> TextStyle {
    TextStyle::Name(name.into())
}

/// Registers the named text styles once in egui's style (done at start-up).
pub fn apply(style: &mut egui::Style) {
    for (name, size) in NAMED_TEXT_STYLES {
        style
            .text_styles
            .insert(text(name), FontId::new(size, FontFamily::Proportional));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_named_text_style_is_registered() {
        let mut style = egui::Style::default();
        apply(&mut style);
        for name in [FIGURE, KEY_VALUE, CARD_TITLE, TIMELINE_LABEL] {
            assert!(style.text_styles.contains_key(&text(name)), "{name}");
        }
    }

    #[test]
    fn unknown_sectors_and_kinds_get_palette_colours() {
        assert_eq!(sector_color_at(None), PALETTE[9]);
        assert_eq!(sector_color_at(Some(12)), PALETTE[2]);
        assert_ne!(TOTAL, INITIATIVE_MARKER);
    }
}
