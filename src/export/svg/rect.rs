//! Rectangles as SVG elements: snapped to pixels as egui's tessellator snaps
//! them, with per-corner radii, strokes inside, centred on or outside the edge,
//! and rotation.

use super::Writer;
use super::markup::{COORD, num, paint, rotation, stroke_attrs};
use egui::epaint::{CornerRadius, RectShape, StrokeKind};
use egui::{Color32, Rect, Stroke};
use std::fmt::Write as _;

impl Writer {
    pub(super) fn rect(&mut self, shape: &RectShape) {
        if shape.brush.is_some() {
            self.report.skipped_shapes += 1;
            return;
        }
        if shape.blur_width > 0.0 {
            self.report.approximated_shapes += 1;
        }
        let (mut rect, fill, stroke) = self.snapped(shape);
        let rotate = rotation(shape.angle, rect.center());
        let radius = shape.corner_radius;
        if fill.a() > 0 && stroke.is_empty() && shape.angle == 0.0 && radius == CornerRadius::ZERO {
            // A plain filled rectangle is cut to its clip exactly by intersecting.
            rect = rect.intersect(self.clip);
            if rect.width() <= 0.0 || rect.height() <= 0.0 {
                return;
            }
        }
        let turn = |r: Rect| turned(r, shape.angle, rect);
        if fill.a() > 0 {
            self.inks(turn(rect));
            let element = rounded_rect(rect, radius, 0.0);
            let _ = writeln!(self.pending, "{element}{}{rotate}/>", paint("fill", fill));
        }
        if !stroke.is_empty() {
            // SVG strokes are centred on the outline: move the outline to the stroke's centre.
            let inset = match shape.stroke_kind {
                StrokeKind::Inside => stroke.width * 0.5,
                StrokeKind::Middle => 0.0,
                StrokeKind::Outside => -stroke.width * 0.5,
            };
            self.inks(turn(rect.shrink(inset).expand(0.5 * stroke.width)));
            let element = rounded_rect(rect.shrink(inset), radius, inset);
            let _ = writeln!(
                self.pending,
                "{element} fill=\"none\"{}{rotate}/>",
                stroke_attrs(stroke.width, stroke.color)
            );
        }
    }

    /// The rectangle, fill and stroke to draw, as egui tessellates them: a
    /// stroke as wide as the rectangle becomes its fill, and the edges are
    /// rounded to pixels (a centred stroke's centre line is).
    fn snapped(&self, shape: &RectShape) -> (Rect, Color32, Stroke) {
        let ppp = self.pixels_per_point;
        let mut rect = shape.rect;
        let mut fill = shape.fill;
        let mut stroke = shape.stroke;
        if stroke.width <= 0.0 {
            stroke = Stroke::NONE;
        }
        if !stroke.is_empty() {
            // A stroke as wide as the rectangle covers it: egui fills it with the stroke colour.
            let outer = match shape.stroke_kind {
                StrokeKind::Inside => rect,
                StrokeKind::Middle => rect.expand(stroke.width * 0.5),
                StrokeKind::Outside => rect.expand(stroke.width),
            };
            if outer.size().min_elem() <= 2.0 * stroke.width + 0.5 / ppp {
                rect = outer;
                fill = stroke.color;
                stroke = Stroke::NONE;
            }
        }
        if shape.round_to_pixels.unwrap_or(true) {
            rect = if stroke.is_empty() || shape.stroke_kind != StrokeKind::Middle {
                egui::emath::GuiRounding::round_to_pixels(rect, ppp)
            } else {
                let mut r = rect;
                stroke.round_center_to_pixel(ppp, &mut r.min.x);
                stroke.round_center_to_pixel(ppp, &mut r.min.y);
                stroke.round_center_to_pixel(ppp, &mut r.max.x);
                stroke.round_center_to_pixel(ppp, &mut r.max.y);
                r
            };
        }
        (rect, fill, stroke)
    }
}

/// The bounds of `r` turned by `angle` about the centre of `about`.
fn turned(r: Rect, angle: f32, about: Rect) -> Rect {
    if angle == 0.0 {
        return r;
    }
    let turn = egui::emath::Rot2::from_angle(angle);
    let c = about.center();
    Rect::from_points(
        &[
            r.left_top(),
            r.right_top(),
            r.left_bottom(),
            r.right_bottom(),
        ]
        .map(|p| c + turn * (p - c)),
    )
}

/// The opening of a `<rect>` or `<path>` element (without `/>`) for a rectangle
/// with egui's per-corner radii, reduced by `inset` (for strokes drawn inside).
fn rounded_rect(rect: Rect, radius: CornerRadius, inset: f32) -> String {
    let limit = 0.5 * rect.width().min(rect.height());
    let r = |v: u8| (f32::from(v) - inset).clamp(0.0, limit.max(0.0));
    let (nw, ne, sw, se) = (r(radius.nw), r(radius.ne), r(radius.sw), r(radius.se));
    let (x, y, w, h) = (rect.min.x, rect.min.y, rect.width(), rect.height());
    let n = |v: f32| num(v, COORD);
    if nw == ne && ne == sw && sw == se {
        let rx = if nw > 0.0 {
            format!(" rx=\"{}\"", n(nw))
        } else {
            String::new()
        };
        return format!(
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"{rx}",
            n(x),
            n(y),
            n(w.max(0.0)),
            n(h.max(0.0))
        );
    }
    let (x1, y1) = (x + w, y + h);
    let arc = |r: f32, ex: f32, ey: f32| {
        if r > 0.0 {
            format!("A{} {} 0 0 1 {} {}", n(r), n(r), n(ex), n(ey))
        } else {
            String::new()
        }
    };
    format!(
        "<path d=\"M{} {}L{} {}{}L{} {}{}L{} {}{}L{} {}{}Z\"",
        n(x + nw),
        n(y),
        n(x1 - ne),
        n(y),
        arc(ne, x1, y + ne),
        n(x1),
        n(y1 - se),
        arc(se, x1 - se, y1),
        n(x + sw),
        n(y1),
        arc(sw, x, y1 - sw),
        n(x),
        n(y + nw),
        arc(nw, x + nw, y),
    )
}
