//! Circles, ellipses, lines, paths and Bézier curves as SVG elements, with the
//! extent each inks; axis-aligned lines snapped to pixels as egui snaps them.

use super::Writer;
use super::markup::{COORD, half_width, num, paint, rotation, stroke_attrs};
use egui::epaint::{CircleShape, ColorMode, EllipseShape, PathShape, PathStroke, StrokeKind};
use egui::{Color32, Pos2, Rect, Stroke, Vec2};
use std::fmt::Write as _;

impl Writer {
    pub(super) fn circle(&mut self, c: &CircleShape) {
        if c.radius > 0.0 {
            let reach = c.radius + half_width(c.stroke);
            self.inks(Rect::from_center_size(c.center, Vec2::splat(2.0 * reach)));
            let _ = writeln!(
                self.pending,
                "<circle cx=\"{}\" cy=\"{}\" r=\"{}\"{}{}/>",
                num(c.center.x, COORD),
                num(c.center.y, COORD),
                num(c.radius, COORD),
                paint("fill", c.fill),
                stroke_attrs(c.stroke.width, c.stroke.color)
            );
        }
    }

    pub(super) fn ellipse(&mut self, e: &EllipseShape) {
        let radius = if e.angle == 0.0 {
            e.radius
        } else {
            Vec2::splat(e.radius.max_elem())
        };
        let reach = radius + Vec2::splat(half_width(e.stroke));
        self.inks(Rect::from_center_size(e.center, 2.0 * reach));
        let _ = writeln!(
            self.pending,
            "<ellipse cx=\"{}\" cy=\"{}\" rx=\"{}\" ry=\"{}\"{}{}{}/>",
            num(e.center.x, COORD),
            num(e.center.y, COORD),
            num(e.radius.x, COORD),
            num(e.radius.y, COORD),
            paint("fill", e.fill),
            stroke_attrs(e.stroke.width, e.stroke.color),
            rotation(e.angle, e.center)
        );
    }

    /// A line, with axis-aligned lines centred on pixels as egui's tessellator does.
    pub(super) fn line_segment(&mut self, [mut a, mut b]: [Pos2; 2], stroke: Stroke) {
        if stroke.is_empty() {
            return;
        }
        let ppp = self.pixels_per_point;
        if a.x == b.x {
            let mut x = a.x;
            stroke.round_center_to_pixel(ppp, &mut x);
            a.x = x;
            b.x = x;
        }
        if a.y == b.y {
            let mut y = a.y;
            stroke.round_center_to_pixel(ppp, &mut y);
            a.y = y;
            b.y = y;
        }
        let half = 0.5 * stroke.width;
        if !cut_to_clip(&mut a, &mut b, half, self.clip) {
            return;
        }
        let extent = Rect::from_two_pos(a, b);
        self.inks(if a.y == b.y {
            extent.expand2(Vec2::new(0.0, half)) // butt caps end where the line ends
        } else if a.x == b.x {
            extent.expand2(Vec2::new(half, 0.0))
        } else {
            extent.expand(half)
        });
        let _ = writeln!(
            self.pending,
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"{}/>",
            num(a.x, COORD),
            num(a.y, COORD),
            num(b.x, COORD),
            num(b.y, COORD),
            stroke_attrs(stroke.width, stroke.color)
        );
    }

    pub(super) fn path(&mut self, path: &PathShape) {
        if path.points.len() >= 2 {
            self.path_element(&path.points, 'L', path.closed, path.fill, &path.stroke);
        }
    }

    /// A `<path>` from `points[0]` through the rest with the command `op` (`L`
    /// takes one point, `Q` two, `C` three): filled only when closed (as egui
    /// fills only closed paths).
    pub(super) fn path_element(
        &mut self,
        points: &[Pos2],
        op: char,
        closed: bool,
        fill: Color32,
        stroke: &PathStroke,
    ) {
        let Some((first, rest)) = points.split_first() else {
            return;
        };
        let fill = if closed { fill } else { Color32::TRANSPARENT };
        if closed && stroke.width > 0.0 && stroke.kind != StrokeKind::Middle {
            // SVG strokes are centred; an inside or outside stroke is drawn centred.
            self.report.approximated_shapes += 1;
        }
        // Centred, round-joined and butt-capped: nothing reaches further.
        let reach = 0.5 * stroke.width;
        let stroke = match stroke.color {
            ColorMode::Solid(color) => stroke_attrs(stroke.width, color),
            ColorMode::UV(_) => {
                self.report.skipped_shapes += 1;
                String::new()
            }
        };
        if fill.a() == 0 && stroke.is_empty() {
            return;
        }
        let hull = Rect::from_points(points); // a Bézier lies inside its control points
        self.inks(hull.expand(if stroke.is_empty() { 0.0 } else { reach }));
        let per_op = match op {
            'Q' => 2,
            'C' => 3,
            _ => 1,
        };
        let mut d = format!("M{} {}", num(first.x, COORD), num(first.y, COORD));
        for (i, p) in rest.iter().enumerate() {
            d.push(if i % per_op == 0 { op } else { ' ' });
            let _ = write!(d, "{} {}", num(p.x, COORD), num(p.y, COORD));
        }
        if closed {
            d.push('Z');
        }
        let _ = writeln!(
            self.pending,
            "<path d=\"{d}\"{}{stroke} stroke-linejoin=\"round\"/>",
            paint("fill", fill)
        );
    }
}

/// Cuts an axis-aligned line of half-width `half` to `clip` exactly by
/// shortening it (its ends are butt caps), which spares the rasteriser a clip
/// group. False when nothing of it is left.
fn cut_to_clip(a: &mut Pos2, b: &mut Pos2, half: f32, clip: Rect) -> bool {
    if a.y == b.y && clip.y_range().contains(a.y - half) && clip.y_range().contains(a.y + half) {
        (a.x, b.x) = (
            a.x.clamp(clip.min.x, clip.max.x),
            b.x.clamp(clip.min.x, clip.max.x),
        );
        a.x != b.x
    } else if a.x == b.x
        && clip.x_range().contains(a.x - half)
        && clip.x_range().contains(a.x + half)
    {
        (a.y, b.y) = (
            a.y.clamp(clip.min.y, clip.max.y),
            b.y.clamp(clip.min.y, clip.max.y),
        );
        a.y != b.y
    } else {
        true
    }
}
