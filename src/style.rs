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

/// Line widths and marker radii of plotted series, in points.
pub mod plot {
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

/// Sizes of the window's chrome that are not cards: bars, panels, grids, in points.
pub mod window {
    /// Space above the top bar's first row.
    pub const TOP_BAR_PAD: f32 = 4.0;
    /// Space between the top bar's rows.
    pub const ROW_GAP: f32 = 2.0;
    /// The error panel's first height (it can be resized).
    pub const ERROR_PANEL_HEIGHT: f32 = 160.0;
    /// The width of the path field of the window's own file dialog.
    pub const PATH_FIELD_WIDTH: f32 = 520.0;
    /// The most height of the path dialog's list of completions.
    pub const PATH_SUGGESTIONS_HEIGHT: f32 = 220.0;
    /// The height of the focus stop at the top of a tab (F6 lands there).
    pub const CONTENT_ANCHOR_HEIGHT: f32 = 3.0;
    /// The most height of the list of keyboard shortcuts.
    pub const SHORTCUTS_LIST_HEIGHT: f32 = 420.0;
    /// How much of the visible height PageUp and PageDown scroll.
    pub const PAGE_FRACTION: f32 = 0.9;
    /// Space between a tab's sections (cards, then charts).
    pub const SECTION_GAP: f32 = 12.0;
    /// Space between a summary line and what follows it.
    pub const SUMMARY_GAP: f32 = 6.0;
    /// Space after a listed row (an organisation).
    pub const ROW_AFTER: f32 = 2.0;
    /// Cell spacing of a chart's table twin: wide columns, tight rows.
    pub const TABLE_SPACING: [f32; 2] = [14.0, 4.0];
    /// Cell spacing of a form (the export dialog).
    pub const FORM_SPACING: [f32; 2] = [12.0, 8.0];
    /// Cell spacing of a label/value list (initiative details).
    pub const DETAILS_SPACING: [f32; 2] = [12.0, 4.0];
    /// The narrowest a card gets; cards widen to fill each row.
    pub const MIN_CARD_WIDTH: f32 = 260.0;
    /// A card's frame around its content (inner margin and stroke, both sides).
    pub const CARD_CHROME: f32 = 26.0;
    /// A card is never narrower than this, however narrow the window.
    pub const CARD_FLOOR_WIDTH: f32 = 120.0;
}

/// The timeline strip's geometry, in points. The strip is painted by hand (no
/// widget lays it out), so every distance it uses is named here.
pub mod timeline {
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
}

/// The search box, its results and the flash on a record it opened.
pub mod search {
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
}

/// Text on screen: glyphs snapped to whole pixels instead of egui's four
/// sub-pixel positions. Text is sharper (egui notes that binning blurs it), and
/// each glyph is rasterised once per size instead of up to four times, which
/// makes the first frame lighter (start-up, `scripts/measure-startup.sh`).
/// Exports draw outlines, not the atlas, so they are unaffected.
pub fn apply_screen_text(style: &mut egui::Style) {
    style.visuals.text_options.subpixel_binning = false;
}

/// Toasts (issue 18): the short notice after a copy.
pub mod toast {
    /// How long a toast stays, in seconds.
    pub const SECONDS: f64 = 4.0;
    /// Its distance from the window's bottom edge, in points.
    pub const OFFSET: f32 = 24.0;
    /// Its widest, in points (longer text wraps).
    pub const MAX_WIDTH: f32 = 520.0;
}

/// Copied chart images are the export at this many pixels per point: twice
/// the size on screen (issue 18).
pub const COPY_IMAGE_SCALE: f32 = 2.0;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_named_text_style_is_registered() {
        let mut style = egui::Style::default();
        apply(&mut style);
        for name in [FIGURE, KEY_VALUE, CARD_TITLE, TIMELINE_LABEL, TIMELINE_YEAR] {
            assert!(style.text_styles.contains_key(&text(name)), "{name}");
        }
    }

    #[test]
    fn unknown_sectors_and_kinds_get_palette_colours() {
        assert_eq!(sector_color_at(None), PALETTE[9]);
        assert_eq!(sector_color_at(Some(12)), PALETTE[2]);
        assert_ne!(TOTAL, INITIATIVE_MARKER);
    }

    /// CIE L*a*b* of an sRGB colour (D65).
    fn lab(color: Color32) -> [f64; 3] {
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        let (r, g, b) = (linear(color.r()), linear(color.g()), linear(color.b()));
        let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        let f = |t: f64| {
            if t > 216.0 / 24389.0 {
                t.cbrt()
            } else {
                (24389.0 / 27.0 * t + 16.0) / 116.0
            }
        };
        let (fx, fy, fz) = (f(x), f(y), f(z));
        [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
    }

    /// The CIE 1976 colour difference ΔE*ab.
    fn delta_e(a: Color32, b: Color32) -> f64 {
        let (a, b) = (lab(a), lab(b));
        a.iter()
            .zip(b)
            .map(|(a, b)| (a - b).powi(2))
            .sum::<f64>()
            .sqrt()
    }

    #[test]
    fn a_colour_keeps_one_meaning_sectors_and_kinds_never_share_one() {
        let kinds = InitiativeKind::ALL.map(initiative_kind_color);
        let others = PALETTE
            .iter()
            .chain(&[TOTAL, INITIATIVE_MARKER, FUNDING_PARTLY_AI]);
        for (kind, color) in InitiativeKind::ALL.iter().zip(kinds) {
            for other in others.clone() {
                let distance = delta_e(color, *other);
                assert!(
                    distance >= 20.0,
                    "{kind:?} {color:?} ~ {other:?}: ΔE {distance:.1}"
                );
            }
            let lightness = lab(color)[0];
            assert!(
                (35.0..=80.0).contains(&lightness),
                "{kind:?}: L* {lightness:.0}"
            );
        }
        for (i, a) in kinds.iter().enumerate() {
            for b in &kinds[i + 1..] {
                let distance = delta_e(*a, *b);
                assert!(distance >= 25.0, "{a:?} ~ {b:?}: ΔE {distance:.1}");
            }
        }
        // The check itself tells near colours apart.
        assert!(delta_e(PALETTE[3], Color32::from_rgb(0xff, 0x80, 0x10)) < 5.0);
    }
}

/// The Overview's story row: its sparklines.
pub mod story {
    /// A sparkline's height.
    pub const SPARK_HEIGHT: f32 = 30.0;
    /// A sparkline's stroke width.
    pub const SPARK_LINE: f32 = 1.5;
    /// The radius of a sparkline's latest point.
    pub const SPARK_POINT: f32 = 2.5;
    /// Room kept above and below the line, so the latest point is not clipped.
    pub const SPARK_INSET: f32 = 3.0;
}

/// The PDF report (`export::report`): page margins, type sizes and colours, in
/// PDF points (1/72 inch).
pub mod report {
    use egui::Color32;
    /// The margin around every page's text.
    pub const MARGIN: f32 = 48.0;
    /// The cover's title.
    pub const TITLE: f32 = 26.0;
    /// A part's heading (a sector, "Charts", "Sources").
    pub const HEADING: f32 = 17.0;
    /// A heading within a part ("Key figures", "Organisations").
    pub const SUBHEADING: f32 = 12.5;
    /// Body text.
    pub const BODY: f32 = 9.5;
    /// Table cells, notes and sources.
    pub const SMALL: f32 = 8.0;
    /// The running header and the page number.
    pub const RUNNING: f32 = 7.5;
    /// Line height as a multiple of the type size.
    pub const LEADING: f32 = 1.35;
    /// Space between table columns.
    pub const COLUMN_GAP: f32 = 10.0;
    /// Headings' stroke width as a share of their size (bold from the one face).
    pub const BOLD_STROKE: f32 = 0.03;
    /// Body text.
    pub const INK: Color32 = Color32::from_rgb(0x20, 0x20, 0x20);
    /// Headings and the cover's title.
    pub const ACCENT: Color32 = Color32::from_rgb(0x00, 0x5a, 0x8c);
    /// Running header, page numbers, table rules, notes.
    pub const MUTED: Color32 = Color32::from_rgb(0x70, 0x70, 0x70);
    /// Links (a source's URL).
    pub const LINK: Color32 = Color32::from_rgb(0x1a, 0x5f, 0xb4);
    /// The thin rules under headers and between table rows.
    pub const RULE: Color32 = Color32::from_rgb(0xcc, 0xcc, 0xcc);
    /// The width of those rules.
    pub const RULE_WIDTH: f32 = 0.5;
}
