//! Text flowing down pages: headings, wrapped paragraphs, tables and charts,
//! each moved to a new page when it does not fit on this one. Widths come from
//! the glyphs' advances ([`Glyphs::line`]), so lines break where they will
//! really end.

use super::page::{Bookmark, Item, Laid, Look, Page, Role, Run};
use crate::export::drawing::Drawing;
use crate::export::glyphs::{Glyphs, LineGlyph};
use crate::style::report as st;
use egui::{Pos2, Rect, Vec2};
use std::ops::Range;

/// Room kept at the top of every page for the running header, and at the
/// bottom for the page number.
const RUNNING_ROOM: f32 = 22.0;

/// Lays the report out, page after page.
pub(super) struct Flow {
    glyphs: Glyphs,
    size: Vec2,
    /// The top of the next thing placed.
    y: f32,
    pages: Vec<Page>,
    outline: Vec<Bookmark>,
}

impl Flow {
    /// An empty report of `size` points with its first page begun.
    pub fn new(size: Vec2) -> Self {
        Flow {
            glyphs: Glyphs::new(),
            size,
            y: st::MARGIN,
            pages: vec![Page::default()],
            outline: Vec::new(),
        }
    }

    /// The laid-out pages.
    pub fn finish(self) -> Laid {
        Laid {
            size: self.size,
            pages: self.pages,
            outline: self.outline,
        }
    }

    /// The left margin.
    pub fn left(&self) -> f32 {
        st::MARGIN
    }

    /// The width text may take.
    pub fn width(&self) -> f32 {
        self.size.x - 2.0 * st::MARGIN
    }

    fn bottom(&self) -> f32 {
        self.size.y - st::MARGIN
    }

    fn page(&mut self) -> &mut Page {
        if self.pages.is_empty() {
            self.pages.push(Page::default());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    /// Starts a new page.
    pub fn page_break(&mut self) {
        self.pages.push(Page::default());
        self.y = st::MARGIN + RUNNING_ROOM;
    }

    /// Moves to a new page unless `height` more points fit on this one (or
    /// this one is still empty: what does not fit on a page is cut, not looped).
    pub fn need(&mut self, height: f32) {
        if self.y + height > self.bottom() && !self.page().items.is_empty() {
            self.page_break();
        }
    }

    /// Leaves `height` points of space (none at the top of a page).
    pub fn gap(&mut self, height: f32) {
        if !self.page().items.is_empty() {
            self.y += height;
        }
    }

    /// A part's heading, listed in the outline; `new_page` starts it on a page of its own.
    pub fn part(&mut self, title: &str, new_page: bool) {
        if new_page {
            self.page_break();
        }
        let look = Look {
            size: st::HEADING,
            color: st::ACCENT,
            bold: true,
        };
        self.need(3.0 * st::HEADING);
        let page = self.pages.len() - 1;
        self.outline.push(Bookmark {
            title: title.to_owned(),
            page,
            y: self.y,
        });
        self.text(title, look, 0.0, Role::Heading);
        self.gap(0.4 * st::HEADING);
    }

    /// A heading within a part, kept with at least two lines of what follows.
    pub fn subheading(&mut self, title: &str) {
        self.gap(0.6 * st::SUBHEADING);
        self.need(st::SUBHEADING * st::LEADING + 3.0 * st::BODY * st::LEADING);
        let look = Look {
            size: st::SUBHEADING,
            color: st::ACCENT,
            bold: true,
        };
        self.text(title, look, 0.0, Role::Subheading);
        self.gap(0.2 * st::SUBHEADING);
    }

    /// Wrapped text at `indent` from the margin; returns the rectangle it took.
    pub fn text(&mut self, text: &str, look: Look, indent: f32, role: Role) -> Rect {
        let line_height = look.size * st::LEADING;
        let x = st::MARGIN + indent;
        let lines = self.wrap(text, look.size, self.width() - indent);
        let mut taken = Rect::NOTHING;
        for (range, glyphs) in lines {
            self.need(line_height);
            let baseline = self.y + look.size;
            let run = run(text, range, glyphs, Pos2::new(x, baseline), look);
            let width = advance(&run.glyphs) * look.size;
            taken = taken.union(Rect::from_min_size(
                Pos2::new(x, self.y),
                Vec2::new(width, line_height),
            ));
            self.page().items.push(Item::Text(run, role));
            self.y += line_height;
        }
        taken
    }

    /// Wrapped text that opens `url` when clicked (each of its lines does).
    pub fn link(&mut self, text: &str, look: Look, indent: f32, url: &str) {
        let line_height = look.size * st::LEADING;
        for line in text.split('\n') {
            let before = self.pages.len();
            let start = self.y;
            let taken = self.text(line, look, indent, Role::Body);
            if self.pages.len() == before && taken.is_positive() {
                let rect = Rect::from_min_max(Pos2::new(taken.min.x, start), taken.max);
                self.page().items.push(Item::Link(rect, url.to_owned()));
            } else if taken.is_positive() {
                // The text went on to the next page: link the part there.
                let top = (taken.max.y - line_height).max(st::MARGIN);
                let rect = Rect::from_min_max(Pos2::new(taken.min.x, top), taken.max);
                self.page().items.push(Item::Link(rect, url.to_owned()));
            }
        }
    }

    /// A thin rule across the text width at the current position.
    pub fn rule(&mut self) {
        let y = self.y + 1.0;
        let (from, to) = (
            Pos2::new(st::MARGIN, y),
            Pos2::new(self.size.x - st::MARGIN, y),
        );
        self.page().items.push(Item::Rule(from, to));
        self.y += 3.0;
    }

    /// A chart's drawing at the text width, its height in proportion.
    pub fn chart(&mut self, drawing: Drawing) {
        let canvas = drawing.canvas_size();
        let width = self.width();
        let height = (width * canvas.y / canvas.x.max(1.0)).min(self.bottom() - st::MARGIN);
        self.need(height);
        let rect = Rect::from_min_size(Pos2::new(st::MARGIN, self.y), Vec2::new(width, height));
        self.page().items.push(Item::Chart(Box::new(drawing), rect));
        self.y += height;
    }

    /// The natural width of `text` at `size` (on one line).
    pub fn measure(&mut self, text: &str, size: f32) -> f32 {
        advance(&self.glyphs.line(text)) * size
    }

    /// Places one line of text as is (no wrapping, no flow): running headers
    /// and page numbers, on page `page`.
    pub fn place(&mut self, page: usize, text: &str, origin: Pos2, look: Look) {
        let glyphs = self.glyphs.line(text);
        let run = run(text, 0..text.len(), glyphs, origin, look);
        if let Some(p) = self.pages.get_mut(page) {
            p.items.push(Item::Text(run, Role::Running));
        }
    }

    /// The pages so far.
    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// The page size.
    pub fn size(&self) -> Vec2 {
        self.size
    }

    /// The current position down the page.
    pub fn y(&self) -> f32 {
        self.y
    }

    /// Moves the position down the page to `y` (tables place rows themselves).
    pub fn set_y(&mut self, y: f32) {
        self.y = y;
    }

    /// Adds an item to the current page.
    pub fn push(&mut self, item: Item) {
        self.page().items.push(item);
    }

    /// `text` broken into lines no wider than `width` at `size`: at spaces,
    /// and on either side of a Chinese character; a word longer than the
    /// line is cut. Newlines always break.
    pub fn wrap(
        &mut self,
        text: &str,
        size: f32,
        width: f32,
    ) -> Vec<(Range<usize>, Vec<LineGlyph>)> {
        let mut lines = Vec::new();
        let mut para_start = 0;
        for para in text.split('\n') {
            let glyphs = self.glyphs.line(para);
            let offset = para_start;
            para_start += para.len() + 1;
            for glyphs in break_lines(para, glyphs, width / size.max(0.1)) {
                let start = glyphs.first().map_or(0, |g| g.range.start);
                let end = glyphs.last().map_or(0, |g| g.range.end);
                let glyphs = glyphs
                    .into_iter()
                    .map(|mut g| {
                        g.range = g.range.start + offset..g.range.end + offset;
                        g
                    })
                    .collect();
                lines.push((start + offset..end + offset, glyphs));
            }
        }
        lines
    }
}

/// The total advance of `glyphs`, in ems.
pub(super) fn advance(glyphs: &[LineGlyph]) -> f32 {
    glyphs.iter().map(|g| g.advance).sum()
}

/// A run of `text[range]`, its glyphs' ranges made relative to it.
pub(super) fn run(
    text: &str,
    range: Range<usize>,
    glyphs: Vec<LineGlyph>,
    origin: Pos2,
    look: Look,
) -> Run {
    let start = range.start;
    let glyphs = glyphs
        .into_iter()
        .map(|mut g| {
            g.range = g.range.start - start..g.range.end - start;
            g
        })
        .collect();
    Run {
        origin,
        look,
        text: text.get(range).unwrap_or_default().to_owned(),
        glyphs,
    }
}

fn is_cjk(c: char) -> bool {
    c >= '\u{2E80}'
}

/// Greedy line breaking of one paragraph's glyphs into lines of at most
/// `width` ems: before a glyph that follows a space, and before or after a
/// Chinese character; spaces at a break are dropped. An empty paragraph is one
/// empty line.
fn break_lines(text: &str, glyphs: Vec<LineGlyph>, width: f32) -> Vec<Vec<LineGlyph>> {
    let chr = |g: &LineGlyph| {
        text.get(g.range.clone())
            .and_then(|s| s.chars().next())
            .unwrap_or(' ')
    };
    let mut lines: Vec<Vec<LineGlyph>> = Vec::new();
    let mut line: Vec<LineGlyph> = Vec::new();
    let mut x = 0.0;
    // The last index of `line` before which the line may break.
    let mut last_break: Option<usize> = None;
    for g in glyphs {
        let c = chr(&g);
        if line.is_empty() && c == ' ' && !lines.is_empty() {
            continue; // no space at the start of a continued line
        }
        let breakable = line
            .last()
            .is_some_and(|prev| chr(prev) == ' ' || is_cjk(chr(prev)) || is_cjk(c));
        if breakable {
            last_break = Some(line.len());
        }
        if x + g.advance > width && !line.is_empty() && c != ' ' {
            let cut = last_break.filter(|&at| at > 0).unwrap_or(line.len());
            let rest = line.split_off(cut);
            lines.push(trim_end(line, text));
            line = rest.into_iter().skip_while(|g| chr(g) == ' ').collect();
            x = advance(&line);
            last_break = None;
        }
        x += g.advance;
        line.push(g);
    }
    lines.push(trim_end(line, text));
    lines
}

fn trim_end(mut line: Vec<LineGlyph>, text: &str) -> Vec<LineGlyph> {
    while line
        .last()
        .is_some_and(|g| text.get(g.range.clone()) == Some(" "))
    {
        line.pop();
    }
    line
}
