//! A chart's [`Drawing`] on a PDF page: the same shapes the SVG export writes
//! (egui's painted rectangles, lines, paths, circles and text), as krilla
//! vector paths, and the text as real text in the very fonts and positions
//! egui laid out (from [`Glyphs::place_text`]), so a chart's title, axis
//! labels and legend are selectable and searchable.

use super::paint::{fill, font, stroke};
use crate::export::drawing::Drawing;
use crate::export::glyphs::{Glyphs, PlacedGlyph};
use egui::epaint::{ColorMode, PathStroke, TextShape};
use egui::{Color32, Pos2, Rect, Shape};
use krilla::geom::{Path, PathBuilder, Point, Transform};
use krilla::paint::{FillRule, Stroke};
use krilla::surface::Surface;
use krilla::text::{GlyphId, KrillaGlyph};

/// The circle's control-point distance for a quarter arc (4/3·(√2−1)).
const KAPPA: f32 = 0.552_285;

/// Draws `drawing` scaled into `rect` (in page points).
pub(super) fn draw(surface: &mut Surface, drawing: &Drawing, rect: Rect) {
    let scale = rect.width() / drawing.size.x.max(1.0);
    surface.push_transform(&Transform::from_row(
        scale, 0.0, 0.0, scale, rect.min.x, rect.min.y,
    ));
    let canvas = Rect::from_min_size(Pos2::ZERO, drawing.size);
    draw_path(surface, rect_path(canvas), drawing.background, None);
    let mut glyphs = Glyphs::new();
    for clipped in &drawing.shapes {
        let clip = clipped.clip_rect.intersect(canvas);
        if clip.is_negative() || clip.area() <= 0.0 {
            continue;
        }
        let Some(clip_path) = rect_path(clip) else {
            continue;
        };
        surface.push_clip_path(&clip_path, &FillRule::NonZero);
        shape(surface, &clipped.shape, &mut glyphs);
        surface.pop();
    }
    surface.pop();
}

fn shape(surface: &mut Surface, shape: &Shape, glyphs: &mut Glyphs) {
    match shape {
        Shape::Vec(shapes) => shapes.iter().for_each(|s| self::shape(surface, s, glyphs)),
        Shape::Rect(r) => draw_path(
            surface,
            rect_path(r.rect),
            r.fill,
            stroke(r.stroke.color, r.stroke.width),
        ),
        Shape::LineSegment { points, stroke: s } => {
            let path = poly(points, false);
            draw_path(
                surface,
                path,
                Color32::TRANSPARENT,
                stroke(s.color, s.width),
            );
        }
        Shape::Path(p) => {
            let fill = if p.closed {
                p.fill
            } else {
                Color32::TRANSPARENT
            };
            draw_path(surface, poly(&p.points, p.closed), fill, solid(&p.stroke));
        }
        Shape::Circle(c) => {
            let path = ellipse(c.center, c.radius, c.radius);
            draw_path(
                surface,
                path,
                c.fill,
                stroke(c.stroke.color, c.stroke.width),
            );
        }
        Shape::Ellipse(e) => {
            let path = ellipse(e.center, e.radius.x, e.radius.y);
            draw_path(
                surface,
                path,
                e.fill,
                stroke(e.stroke.color, e.stroke.width),
            );
        }
        Shape::QuadraticBezier(q) => {
            let mut b = PathBuilder::new();
            let [a, c, d] = q.points;
            b.move_to(a.x, a.y);
            b.quad_to(c.x, c.y, d.x, d.y);
            draw_path(surface, b.finish(), Color32::TRANSPARENT, solid(&q.stroke));
        }
        Shape::CubicBezier(q) => {
            let mut b = PathBuilder::new();
            let [a, c, d, e] = q.points;
            b.move_to(a.x, a.y);
            b.cubic_to(c.x, c.y, d.x, d.y, e.x, e.y);
            draw_path(surface, b.finish(), Color32::TRANSPARENT, solid(&q.stroke));
        }
        Shape::Text(t) => text(surface, t, glyphs),
        Shape::Noop | Shape::Callback(_) | Shape::Mesh(_) | Shape::Band(_) => {}
    }
}

fn rect_path(r: Rect) -> Option<Path> {
    let mut b = PathBuilder::new();
    b.push_rect(krilla::geom::Rect::from_ltrb(
        r.min.x, r.min.y, r.max.x, r.max.y,
    )?);
    b.finish()
}

fn poly(points: &[Pos2], closed: bool) -> Option<Path> {
    let (first, rest) = points.split_first()?;
    let mut b = PathBuilder::new();
    b.move_to(first.x, first.y);
    for p in rest {
        b.line_to(p.x, p.y);
    }
    if closed {
        b.close();
    }
    b.finish()
}

fn ellipse(c: Pos2, rx: f32, ry: f32) -> Option<Path> {
    if rx <= 0.0 || ry <= 0.0 {
        return None;
    }
    let (kx, ky) = (rx * KAPPA, ry * KAPPA);
    let mut b = PathBuilder::new();
    b.move_to(c.x + rx, c.y);
    b.cubic_to(c.x + rx, c.y + ky, c.x + kx, c.y + ry, c.x, c.y + ry);
    b.cubic_to(c.x - kx, c.y + ry, c.x - rx, c.y + ky, c.x - rx, c.y);
    b.cubic_to(c.x - rx, c.y - ky, c.x - kx, c.y - ry, c.x, c.y - ry);
    b.cubic_to(c.x + kx, c.y - ry, c.x + rx, c.y - ky, c.x + rx, c.y);
    b.close();
    b.finish()
}

/// Fills (unless transparent) and strokes (if any) a path.
fn draw_path(surface: &mut Surface, path: Option<Path>, color: Color32, outline: Option<Stroke>) {
    let Some(path) = path else {
        return;
    };
    let paint = fill(color);
    if paint.is_none() && outline.is_none() {
        return;
    }
    surface.set_fill(paint);
    surface.set_stroke(outline);
    surface.draw_path(&path);
    surface.set_stroke(None);
}

/// A path stroke of one colour (egui's gradient strokes are not drawn).
fn solid(s: &PathStroke) -> Option<Stroke> {
    match s.color {
        ColorMode::Solid(color) => stroke(color, s.width),
        ColorMode::UV(_) => None,
    }
}

/// A text shape's glyphs, in runs that share a face, size, colour and
/// direction and lie on one baseline: one text object each, so a PDF reader
/// reads the run as the words it shows.
fn text(surface: &mut Surface, shape: &TextShape, glyphs: &mut Glyphs) {
    let placed = glyphs.place_text(shape);
    let mut start = 0;
    while start < placed.len() {
        let mut end = start + 1;
        while end < placed.len() && continues(&placed[end - 1], &placed[end]) {
            end += 1;
        }
        run(surface, &placed[start..end]);
        start = end;
    }
}

/// The direction (cos, sin) of the glyph's baseline.
fn direction(g: &PlacedGlyph) -> (f32, f32) {
    let [a, b, ..] = g.transform;
    let len = (a * a + b * b).sqrt().max(f32::EPSILON);
    (a / len, b / len)
}

/// Whether `next` continues the run of `prev`: same face, size, colour,
/// matrix, and on the same baseline, after it.
fn continues(prev: &PlacedGlyph, next: &PlacedGlyph) -> bool {
    let same = prev.face == next.face
        && prev.color == next.color
        && (prev.size - next.size).abs() < 0.01
        && prev.transform[..4]
            .iter()
            .zip(&next.transform[..4])
            .all(|(x, y)| (x - y).abs() < 1e-4);
    let (cos, sin) = direction(prev);
    let (dx, dy) = (
        next.transform[4] - prev.transform[4],
        next.transform[5] - prev.transform[5],
    );
    let along = dx * cos + dy * sin;
    let across = -dx * sin + dy * cos;
    same && along >= 0.0 && across.abs() < 0.01
}

fn run(surface: &mut Surface, run: &[PlacedGlyph]) {
    let (Some(first), Some(last)) = (run.first(), run.last()) else {
        return;
    };
    let (Some(font), Some(paint)) = (font(first.face), fill(first.color)) else {
        return;
    };
    let text: String = run
        .iter()
        .flat_map(|g| std::iter::once(g.chr).chain(g.joined.iter().copied()))
        .collect();
    let (cos, sin) = direction(first);
    let size = first.size.max(0.01);
    let mut at = 0;
    let glyphs: Vec<KrillaGlyph> = run
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let next = run.get(i + 1).unwrap_or(last);
            let (dx, dy) = (
                next.transform[4] - g.transform[4],
                next.transform[5] - g.transform[5],
            );
            let len = g.chr.len_utf8() + g.joined.iter().map(|c| c.len_utf8()).sum::<usize>();
            let range = at..at + len;
            at = range.end;
            KrillaGlyph {
                glyph_id: GlyphId::new(g.glyph_id),
                text_range: range,
                x_advance: (dx * cos + dy * sin) / size,
                x_offset: 0.0,
                y_offset: 0.0,
                y_advance: 0.0,
                location: None,
            }
        })
        .collect();
    // Glyph space: the run's direction and slant, at its first glyph's origin.
    let [a, b, c, d, e, f] = first.transform;
    // The matrix maps font units; krilla scales by size / units per em itself.
    let units = (a * a + b * b).sqrt().max(f32::EPSILON);
    let m = |v: f32| v / units;
    surface.push_transform(&Transform::from_row(m(a), m(b), m(c), m(d), e, f));
    surface.set_fill(Some(paint));
    surface.set_stroke(None);
    surface.draw_glyphs(Point::from_xy(0.0, 0.0), &glyphs, font, &text, size, false);
    surface.pop();
}
