//! Design tokens: every colour, size and text style the window and the exports
//! share, in one place, so a chart looks the same on screen and in a file and a
//! colour keeps one meaning everywhere. Views and charts name a token
//! (`style::TOTAL`, `style::FIGURE`) instead of writing a literal.

use crate::model::{Confidence, InitiativeKind};
use egui::{Color32, FontFamily, FontId, TextStyle};

// Sizes by the part of the product they shape (colours and text styles below).
pub mod plot;
pub mod report;
pub mod search;
pub mod spacing;
pub mod story;
pub mod timeline;
pub mod toast;
pub mod window;

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
///
/// A colour keeps one meaning across charts: the sectors take the whole
/// [`PALETTE`], so the kinds take a family of their own, warm earth tones,
/// each at least 20 ΔE (CIE 1976) from every sector's colour and the marker
/// colour, and 25 from each other, with a lightness (L* 36–78) that reads on light and dark themes
/// (tested).
pub fn initiative_kind_color(kind: InitiativeKind) -> Color32 {
    match kind {
        InitiativeKind::Strategy => Color32::from_rgb(0x89, 0x40, 0x10),
        InitiativeKind::FundingScheme => Color32::from_rgb(0xf0, 0xb9, 0x05),
        InitiativeKind::Infrastructure => Color32::from_rgb(0x61, 0x53, 0x2c),
        InitiativeKind::Regulation => Color32::from_rgb(0xfa, 0x72, 0x44),
        InitiativeKind::ResearchCentre => Color32::from_rgb(0xa2, 0x91, 0x3f),
        InitiativeKind::Talent => Color32::from_rgb(0xf4, 0xb2, 0x9b),
        InitiativeKind::Institution => Color32::from_rgb(0xfb, 0xb2, 0x60),
    }
}

/// The colour of all-sector totals, distinct from every sector's colour.
pub const TOTAL: Color32 = Color32::from_rgb(0x00, 0x89, 0x7b);

/// Partly-AI funding (programmes with a stated AI share), stacked above the
/// AI-specific bars: a warm grey, apart from every sector's colour.
pub const FUNDING_PARTLY_AI: Color32 = Color32::from_rgb(0xb5, 0xa8, 0x94);

/// General I&T funding, stacked above the partly-AI money: a light grey.
pub const FUNDING_GENERAL: Color32 = Color32::from_rgb(0xc8, 0xc8, 0xc8);

/// A startup survey category that maps to no dashboard sector: a mid grey,
/// apart from every sector's colour, dark enough on light and dark themes.
pub const SURVEY_UNMAPPED: Color32 = Color32::from_rgb(0x80, 0x80, 0x80);

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

/// The text style of a card's headline figure.
pub const FIGURE: &str = "figure";
/// The text style of a key figure's value on a sector page.
pub const KEY_VALUE: &str = "key_value";
/// The text style of a card's title.
pub const CARD_TITLE: &str = "card_title";
/// The text style of timeline labels.
pub const TIMELINE_LABEL: &str = "timeline_label";
/// The text style of the years on the timeline's axis.
pub const TIMELINE_YEAR: &str = "timeline_year";

/// The named text styles and their sizes (proportional font).
const NAMED_TEXT_STYLES: [(&str, f32); 5] = [
    (FIGURE, 24.0),
    (KEY_VALUE, 22.0),
    (CARD_TITLE, 16.0),
    (TIMELINE_LABEL, 12.5),
    (TIMELINE_YEAR, 12.0),
];

/// A named text style, to use as `RichText::new(..).text_style(style::text(style::FIGURE))`.
pub fn text(name: &str) -> TextStyle {
    TextStyle::Name(name.into())
}

/// The font of a named text style in `style` (for text painted by hand).
pub fn font(style: &egui::Style, name: &str) -> FontId {
    text(name).resolve(style)
}

/// Registers the named text styles once in egui's style (done at start-up).
pub fn apply(style: &mut egui::Style) {
    for (name, size) in NAMED_TEXT_STYLES {
        style
            .text_styles
            .insert(text(name), FontId::new(size, FontFamily::Proportional));
    }
}

/// Text on screen: glyphs snapped to whole pixels instead of egui's four
/// sub-pixel positions. Text is sharper (egui notes that binning blurs it), and
/// each glyph is rasterised once per size instead of up to four times, which
/// makes the first frame lighter (start-up, `scripts/measure-startup.sh`).
/// Exports draw outlines, not the atlas, so they are unaffected.
pub fn apply_screen_text(style: &mut egui::Style) {
    style.visuals.text_options.subpixel_binning = false;
}

/// Copied chart images are the export at this many pixels per point: twice
/// the size on screen (issue 18).
pub const COPY_IMAGE_SCALE: f32 = 2.0;

#[cfg(test)]
mod tests;
