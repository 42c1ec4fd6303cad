//! The report laid out: pages of positioned text runs, rules, links and
//! charts, in PDF points with y pointing down. Plain data: [`super::flow`]
//! makes it, [`super::emit`] writes it with krilla.

use super::super::drawing::Drawing;
use super::super::glyphs::LineGlyph;
use egui::{Color32, Pos2, Rect, Vec2};

/// How a run of text looks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Look {
    /// The type size, in points.
    pub size: f32,
    /// Its colour.
    pub color: Color32,
    /// Drawn heavier (filled and thinly stroked: the fonts have one weight).
    pub bold: bool,
}

/// One line of text at a position.
#[derive(Clone, Debug)]
pub(super) struct Run {
    /// Where the line starts, on its baseline.
    pub origin: Pos2,
    /// How it looks.
    pub look: Look,
    /// The text, as a reader copies it out of the PDF.
    pub text: String,
    /// Its glyphs; their ranges index `text`.
    pub glyphs: Vec<LineGlyph>,
}

/// What the structure of a run is, for tagged PDF and for the outline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Role {
    /// The cover's title or a part's heading.
    Heading,
    /// A heading within a part.
    Subheading,
    /// Running text, list entries, table cells.
    Body,
    /// The running header and page numbers (not part of the content).
    Running,
}

/// Something placed on a page.
#[derive(Debug)]
pub(super) enum Item {
    /// A line of text.
    Text(Run, Role),
    /// A thin rule between two points.
    Rule(Pos2, Pos2),
    /// A clickable area that opens a URL.
    Link(Rect, String),
    /// A chart's drawing, scaled into a rectangle, with its title as alt text.
    Chart(Box<Drawing>, Rect),
}

/// A page and what is on it.
#[derive(Debug, Default)]
pub(super) struct Page {
    /// In paint order.
    pub items: Vec<Item>,
}

/// A heading of the document outline (the PDF's bookmarks).
#[derive(Debug, Clone)]
pub(super) struct Bookmark {
    /// The heading.
    pub title: String,
    /// The page it is on (from 0).
    pub page: usize,
    /// Where on that page.
    pub y: f32,
}

/// The laid-out report.
#[derive(Debug)]
pub(super) struct Laid {
    /// The page size, in points.
    pub size: Vec2,
    /// The pages, the cover first.
    pub pages: Vec<Page>,
    /// The parts, for the PDF outline.
    pub outline: Vec<Bookmark>,
}
