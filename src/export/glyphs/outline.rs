//! Glyph outlines as data: the path commands skrifa draws, in font units with y
//! pointing down, and their bounds. Output formats write them (see
//! [`super::super::svg`]); nothing here knows a file format.

use egui::{Pos2, Rect};
use skrifa::outline::OutlinePen;

/// One step of an outline, in font units, y pointing down.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PathCommand {
    /// Starts a contour at the point.
    MoveTo(Pos2),
    /// A straight line to the point.
    LineTo(Pos2),
    /// A quadratic Bézier curve: control point, end point.
    QuadTo(Pos2, Pos2),
    /// A cubic Bézier curve: two control points, end point.
    CurveTo(Pos2, Pos2, Pos2),
    /// Closes the contour.
    Close,
}

/// A glyph outline in font units, y pointing down.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outline {
    /// The outline's path (empty for blank glyphs such as the space).
    pub commands: Vec<PathCommand>,
    /// Bounding box of the control points, if there are any.
    pub bounds: Option<Rect>,
}

impl Outline {
    /// True for a glyph that draws nothing (a space).
    pub fn is_blank(&self) -> bool {
        self.commands.is_empty()
    }
}

/// Collects what skrifa draws into an [`Outline`], flipping y to point down.
#[derive(Default)]
pub(super) struct OutlineRecorder {
    pub outline: Outline,
}

impl OutlineRecorder {
    /// The point (x, -y), with the bounds grown to hold it.
    fn point(&mut self, x: f32, y: f32) -> Pos2 {
        let p = Pos2::new(x, -y);
        let bounds = self.outline.bounds.get_or_insert(Rect::from_min_max(p, p));
        *bounds = Rect::from_min_max(bounds.min.min(p), bounds.max.max(p));
        p
    }

    fn push(&mut self, command: PathCommand) {
        self.outline.commands.push(command);
    }
}

impl OutlinePen for OutlineRecorder {
    fn move_to(&mut self, x: f32, y: f32) {
        let p = self.point(x, y);
        self.push(PathCommand::MoveTo(p));
    }

    fn line_to(&mut self, x: f32, y: f32) {
        let p = self.point(x, y);
        self.push(PathCommand::LineTo(p));
    }

    fn quad_to(&mut self, cx0: f32, cy0: f32, x: f32, y: f32) {
        let c = self.point(cx0, cy0);
        let p = self.point(x, y);
        self.push(PathCommand::QuadTo(c, p));
    }

    fn curve_to(&mut self, cx0: f32, cy0: f32, cx1: f32, cy1: f32, x: f32, y: f32) {
        let c0 = self.point(cx0, cy0);
        let c1 = self.point(cx1, cy1);
        let p = self.point(x, y);
        self.push(PathCommand::CurveTo(c0, c1, p));
    }

    fn close(&mut self) {
        self.push(PathCommand::Close);
    }
}
