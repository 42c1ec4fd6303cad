//! The PDF report (`export::report`): page margins, type sizes and colours, in
//! PDF points (1/72 inch).

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
