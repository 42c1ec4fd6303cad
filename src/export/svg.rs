//! The shapes egui painted, as an SVG document.
//!
//! Each shape becomes the SVG element that draws it, in paint order. The writer
//! tracks the extent each shape inks; a shape that lies inside its clip
//! rectangle is written as is, one wholly outside it is left out, and only one
//! that crosses the clip's edge goes into a `clipPath` group. Clip groups are
//! what a rasteriser pays most for (resvg draws each into its own layer and
//! masks it), and the charts' shapes almost never cross their clip. Text becomes glyph outlines (see
//! [`super::glyphs`]), defined once and placed with `<use>`: no `<text>`, no font
//! references, so the file renders the same in browsers, Inkscape and
//! Illustrator. Lines and rectangles are snapped to the pixel grid of the
//! export's scale the way egui's tessellator snaps them, so 1-pixel lines stay
//! crisp in the PNG. Numbers are written with at most three decimals and ids are
//! numbered in first-use order, so the same drawing gives the same bytes.

use super::glyphs::{Glyphs, TextIssues};
use super::scene::Drawing;
use egui::emath::{GuiRounding, TSTransform};
use egui::epaint::{
    ClippedShape, ColorMode, CornerRadius, PathShape, PathStroke, RectShape, StrokeKind, TextShape,
};
use egui::{Color32, Pos2, Rect, Shape, Stroke, Vec2};
use std::fmt::Write as _;

/// What the SVG conversion could not reproduce exactly. Every count is zero for
/// the dashboard's charts (the tests check it); anything else is a shape kind
/// the charts started painting that this module does not know yet.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct SvgReport {
    /// Shapes left out: meshes, bands, textured rectangles, gradient strokes.
    pub skipped_shapes: usize,
    /// Shapes drawn without an effect they asked for (a rectangle's blur, a
    /// path's inside or outside stroke drawn centred).
    pub approximated_shapes: usize,
    /// Text that could not be reproduced glyph for glyph.
    pub text: TextIssues,
    /// Glyphs placed.
    pub glyphs: usize,
}

impl SvgReport {
    /// True when everything painted was reproduced exactly.
    pub fn is_exact(&self) -> bool {
        self.skipped_shapes == 0
            && self.approximated_shapes == 0
            && self.text == TextIssues::default()
    }
}

/// Writes `drawing` as a standalone SVG document, with a report of what could
/// not be reproduced exactly.
pub(super) fn to_svg(drawing: &Drawing) -> (String, SvgReport) {
    let mut writer = Writer::new(drawing);
    for clipped in &drawing.shapes {
        writer.clipped_shape(clipped);
    }
    writer.finish(drawing)
}

/// Formats a coordinate: at most three decimals, no trailing zeros, no "-0".
pub(super) fn num(v: f32) -> String {
    if !v.is_finite() {
        return "0".to_owned();
    }
    let rounded = (f64::from(v) * 1000.0).round() / 1000.0;
    if rounded == 0.0 {
        "0".to_owned()
    } else {
        format!("{rounded}")
    }
}

/// Escapes text for an XML attribute or element.
fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if c.is_control() && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// ` fill="#rrggbb"` (and ` fill-opacity` when translucent), or ` fill="none"`.
fn paint(attribute: &str, color: Color32) -> String {
    let [r, g, b, a] = color.to_srgba_unmultiplied();
    if a == 0 {
        return format!(" {attribute}=\"none\"");
    }
    let mut out = format!(" {attribute}=\"#{r:02x}{g:02x}{b:02x}\"");
    if a < 255 {
        let _ = write!(
            out,
            " {attribute}-opacity=\"{}\"",
            num(f32::from(a) / 255.0)
        );
    }
    out
}

/// Stroke attributes, or nothing for an invisible stroke.
fn stroke_attrs(width: f32, color: Color32) -> String {
    if width <= 0.0 || color.a() == 0 {
        return String::new();
    }
    format!("{} stroke-width=\"{}\"", paint("stroke", color), num(width))
}

struct Writer {
    pixels_per_point: f32,
    canvas: Rect,
    body: String,
    /// The current shape's elements, before it is known whether they need a clip.
    pending: String,
    /// The current shape's clip rectangle, in points, snapped to pixels.
    clip: Rect,
    /// The extent the current shape inks (`Rect::NOTHING` while it inks nothing).
    ink: Rect,
    clips: Vec<Rect>,
    open_clip: Option<Option<usize>>,
    glyphs: Glyphs,
    report: SvgReport,
}

impl Writer {
    fn new(drawing: &Drawing) -> Self {
        Writer {
            pixels_per_point: drawing.pixels_per_point,
            canvas: Rect::from_min_size(Pos2::ZERO, drawing.size),
            body: String::new(),
            pending: String::new(),
            ink: Rect::NOTHING,
            clip: Rect::NOTHING,
            clips: Vec::new(),
            open_clip: None,
            glyphs: Glyphs::new(),
            report: SvgReport::default(),
        }
    }

    fn finish(mut self, drawing: &Drawing) -> (String, SvgReport) {
        if self.open_clip.take().is_some() {
            self.body.push_str("</g>\n");
        }
        let (w, h) = (num(drawing.size.x), num(drawing.size.y));
        let canvas = drawing.canvas_size();
        let mut out = String::with_capacity(self.body.len() + 64 * 1024);
        out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        let _ = writeln!(
            out,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\" width=\"{}\" height=\"{}\" viewBox=\"0 0 {w} {h}\">",
            num(canvas.x),
            num(canvas.y)
        );
        if !drawing.title.is_empty() {
            let _ = writeln!(out, "<title>{}</title>", xml_escape(&drawing.title));
        }
        if !drawing.description.is_empty() {
            let _ = writeln!(out, "<desc>{}</desc>", xml_escape(&drawing.description));
        }
        out.push_str("<defs>\n");
        for (i, clip) in self.clips.iter().enumerate() {
            let _ = writeln!(
                out,
                "<clipPath id=\"c{i}\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/></clipPath>",
                num(clip.min.x),
                num(clip.min.y),
                num(clip.width()),
                num(clip.height())
            );
        }
        for (i, outline) in self.glyphs.outlines.iter().enumerate() {
            if !outline.path.is_empty() {
                let _ = writeln!(out, "<path id=\"g{i}\" d=\"{}\"/>", outline.path);
            }
        }
        out.push_str("</defs>\n");
        let _ = writeln!(
            out,
            "<rect width=\"{w}\" height=\"{h}\"{}/>",
            paint("fill", drawing.background)
        );
        out.push_str(&self.body);
        out.push_str("</svg>\n");
        self.report.text = self.glyphs.issues;
        (out, self.report)
    }

    fn clipped_shape(&mut self, clipped: &ClippedShape) {
        // On screen egui clips to whole pixels (egui_glow rounds each edge of
        // the clip rectangle to the nearest pixel); so does the export.
        let clip = clipped
            .clip_rect
            .round_to_pixels(self.pixels_per_point)
            .intersect(self.canvas);
        if clip.is_negative() || clip.width() <= 0.0 || clip.height() <= 0.0 {
            return; // nothing of it can show
        }
        self.pending.clear();
        self.ink = Rect::NOTHING;
        self.clip = clip;
        if clipped.transform_after_tessellation == TSTransform::IDENTITY {
            self.shape(&clipped.shape);
        } else {
            // A shape egui moves after tessellating (a popup easing into place)
            // is drawn where it ends up.
            let mut moved = clipped.shape.clone();
            moved.transform(clipped.transform_after_tessellation);
            self.shape(&moved);
        }
        if self.pending.is_empty() || !self.ink.intersects(clip) {
            return; // it inks nothing, or nothing inside its clip
        }
        // Whatever falls outside the canvas is cut off by the canvas itself.
        let wanted = if clip.contains_rect(self.ink.intersect(self.canvas)) {
            None
        } else {
            Some(match self.clips.iter().position(|c| *c == clip) {
                Some(i) => i,
                None => {
                    self.clips.push(clip);
                    self.clips.len() - 1
                }
            })
        };
        if self.open_clip != Some(wanted) {
            if self.open_clip.is_some() {
                self.body.push_str("</g>\n");
            }
            match wanted {
                Some(i) => {
                    let _ = writeln!(self.body, "<g clip-path=\"url(#c{i})\">");
                }
                None => self.body.push_str("<g>\n"),
            }
            self.open_clip = Some(wanted);
        }
        self.body.push_str(&self.pending);
    }

    /// Notes that the current shape inks `extent` (in points).
    fn inks(&mut self, extent: Rect) {
        self.ink = self.ink.union(extent);
    }

    fn shape(&mut self, shape: &Shape) {
        match shape {
            Shape::Noop | Shape::Callback(_) => {}
            Shape::Vec(shapes) => {
                for s in shapes {
                    self.shape(s);
                }
            }
            Shape::Circle(c) => {
                if c.radius > 0.0 {
                    let reach = c.radius + half_width(c.stroke);
                    self.inks(Rect::from_center_size(c.center, Vec2::splat(2.0 * reach)));
                    let _ = writeln!(
                        self.pending,
                        "<circle cx=\"{}\" cy=\"{}\" r=\"{}\"{}{}/>",
                        num(c.center.x),
                        num(c.center.y),
                        num(c.radius),
                        paint("fill", c.fill),
                        stroke_attrs(c.stroke.width, c.stroke.color)
                    );
                }
            }
            Shape::Ellipse(e) => {
                let radius = if e.angle == 0.0 {
                    e.radius
                } else {
                    Vec2::splat(e.radius.max_elem())
                };
                let reach = radius + Vec2::splat(half_width(e.stroke));
                self.inks(Rect::from_center_size(e.center, 2.0 * reach));
                let rotate = if e.angle == 0.0 {
                    String::new()
                } else {
                    format!(
                        " transform=\"rotate({} {} {})\"",
                        num(e.angle.to_degrees()),
                        num(e.center.x),
                        num(e.center.y)
                    )
                };
                let _ = writeln!(
                    self.pending,
                    "<ellipse cx=\"{}\" cy=\"{}\" rx=\"{}\" ry=\"{}\"{}{}{rotate}/>",
                    num(e.center.x),
                    num(e.center.y),
                    num(e.radius.x),
                    num(e.radius.y),
                    paint("fill", e.fill),
                    stroke_attrs(e.stroke.width, e.stroke.color)
                );
            }
            Shape::LineSegment { points, stroke } => self.line_segment(*points, *stroke),
            Shape::Path(path) => self.path(path),
            Shape::Rect(rect) => self.rect(rect),
            Shape::Text(text) => self.text(text),
            Shape::QuadraticBezier(q) => {
                self.path_element(&q.points, 'Q', q.closed, q.fill, &q.stroke);
            }
            Shape::CubicBezier(c) => {
                self.path_element(&c.points, 'C', c.closed, c.fill, &c.stroke);
            }
            Shape::Mesh(_) | Shape::Band(_) => self.report.skipped_shapes += 1,
        }
    }

    /// A line, with axis-aligned lines centred on pixels as egui's tessellator does.
    fn line_segment(&mut self, [mut a, mut b]: [Pos2; 2], stroke: Stroke) {
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
        // An axis-aligned line is cut to its clip exactly by shortening it
        // (its ends are butt caps), which spares the rasteriser a clip group.
        let clip = self.clip;
        if a.y == b.y && clip.y_range().contains(a.y - half) && clip.y_range().contains(a.y + half)
        {
            (a.x, b.x) = (
                a.x.clamp(clip.min.x, clip.max.x),
                b.x.clamp(clip.min.x, clip.max.x),
            );
            if a.x == b.x {
                return;
            }
        } else if a.x == b.x
            && clip.x_range().contains(a.x - half)
            && clip.x_range().contains(a.x + half)
        {
            (a.y, b.y) = (
                a.y.clamp(clip.min.y, clip.max.y),
                b.y.clamp(clip.min.y, clip.max.y),
            );
            if a.y == b.y {
                return;
            }
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
            num(a.x),
            num(a.y),
            num(b.x),
            num(b.y),
            stroke_attrs(stroke.width, stroke.color)
        );
    }

    fn path(&mut self, path: &PathShape) {
        if path.points.len() >= 2 {
            self.path_element(&path.points, 'L', path.closed, path.fill, &path.stroke);
        }
    }

    /// A `<path>` from `points[0]` through the rest with the command `op` (`L`
    /// takes one point, `Q` two, `C` three): filled only when closed (as egui
    /// fills only closed paths).
    fn path_element(
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
        let mut d = format!("M{} {}", num(first.x), num(first.y));
        for (i, p) in rest.iter().enumerate() {
            d.push(if i % per_op == 0 { op } else { ' ' });
            let _ = write!(d, "{} {}", num(p.x), num(p.y));
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

    fn rect(&mut self, shape: &RectShape) {
        if shape.brush.is_some() {
            self.report.skipped_shapes += 1;
            return;
        }
        if shape.blur_width > 0.0 {
            self.report.approximated_shapes += 1;
        }
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
                rect.round_to_pixels(ppp)
            } else {
                let mut r = rect;
                stroke.round_center_to_pixel(ppp, &mut r.min.x);
                stroke.round_center_to_pixel(ppp, &mut r.min.y);
                stroke.round_center_to_pixel(ppp, &mut r.max.x);
                stroke.round_center_to_pixel(ppp, &mut r.max.y);
                r
            };
        }
        let rotate = if shape.angle == 0.0 {
            String::new()
        } else {
            let c = rect.center();
            format!(
                " transform=\"rotate({} {} {})\"",
                num(shape.angle.to_degrees()),
                num(c.x),
                num(c.y)
            )
        };
        let radius = shape.corner_radius;
        if fill.a() > 0 && stroke.is_empty() && shape.angle == 0.0 && radius == CornerRadius::ZERO {
            // A plain filled rectangle is cut to its clip exactly by intersecting.
            rect = rect.intersect(self.clip);
            if rect.width() <= 0.0 || rect.height() <= 0.0 {
                return;
            }
        }
        let turned = |r: Rect| {
            if shape.angle == 0.0 {
                r
            } else {
                let turn = egui::emath::Rot2::from_angle(shape.angle);
                let c = rect.center();
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
        };
        if fill.a() > 0 {
            self.inks(turned(rect));
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
            self.inks(turned(rect.shrink(inset).expand(0.5 * stroke.width)));
            let element = rounded_rect(rect.shrink(inset), radius, inset);
            let _ = writeln!(
                self.pending,
                "{element} fill=\"none\"{}{rotate}/>",
                stroke_attrs(stroke.width, stroke.color)
            );
        }
    }

    fn text(&mut self, shape: &TextShape) {
        let placed = self.glyphs.place_text(shape);
        let mut current: Option<Color32> = None;
        for glyph in &placed {
            let Some(outline) = self.glyphs.outlines.get(glyph.outline) else {
                continue;
            };
            if outline.path.is_empty() || glyph.color.a() == 0 {
                continue;
            }
            let extent = glyph.bounds(&self.glyphs.outlines).unwrap_or(self.canvas);
            self.inks(extent);
            if current != Some(glyph.color) {
                if current.is_some() {
                    self.pending.push_str("</g>\n");
                }
                let _ = writeln!(self.pending, "<g{}>", paint("fill", glyph.color));
                current = Some(glyph.color);
            }
            let [a, b, c, d, e, f] = glyph.transform;
            let _ = writeln!(
                self.pending,
                "<use xlink:href=\"#g{}\" transform=\"matrix({} {} {} {} {} {})\"/>",
                glyph.outline,
                num_fine(a),
                num_fine(b),
                num_fine(c),
                num_fine(d),
                num(e),
                num(f)
            );
            self.report.glyphs += 1;
        }
        if current.is_some() {
            self.pending.push_str("</g>\n");
        }
    }
}

/// How far a stroke reaches beyond the line it follows, or 0 for none.
fn half_width(stroke: Stroke) -> f32 {
    if stroke.is_empty() {
        0.0
    } else {
        0.5 * stroke.width
    }
}

/// A scale factor (font units to points are ~0.01): six significant decimals.
fn num_fine(v: f32) -> String {
    if !v.is_finite() {
        return "0".to_owned();
    }
    let rounded = (f64::from(v) * 1e6).round() / 1e6;
    if rounded == 0.0 {
        "0".to_owned()
    } else {
        format!("{rounded}")
    }
}

/// The opening of a `<rect>` or `<path>` element (without `/>`) for a rectangle
/// with egui's per-corner radii, reduced by `inset` (for strokes drawn inside).
fn rounded_rect(rect: Rect, radius: CornerRadius, inset: f32) -> String {
    let limit = 0.5 * rect.width().min(rect.height());
    let r = |v: u8| (f32::from(v) - inset).clamp(0.0, limit.max(0.0));
    let (nw, ne, sw, se) = (r(radius.nw), r(radius.ne), r(radius.sw), r(radius.se));
    let (x, y, w, h) = (rect.min.x, rect.min.y, rect.width(), rect.height());
    if nw == ne && ne == sw && sw == se {
        let rx = if nw > 0.0 {
            format!(" rx=\"{}\"", num(nw))
        } else {
            String::new()
        };
        return format!(
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"{rx}",
            num(x),
            num(y),
            num(w.max(0.0)),
            num(h.max(0.0))
        );
    }
    let (x1, y1) = (x + w, y + h);
    let arc = |r: f32, ex: f32, ey: f32| {
        if r > 0.0 {
            format!("A{} {} 0 0 1 {} {}", num(r), num(r), num(ex), num(ey))
        } else {
            String::new()
        }
    };
    format!(
        "<path d=\"M{} {}L{} {}{}L{} {}{}L{} {}{}L{} {}{}Z\"",
        num(x + nw),
        num(y),
        num(x1 - ne),
        num(y),
        arc(ne, x1, y + ne),
        num(x1),
        num(y1 - se),
        arc(se, x1 - se, y1),
        num(x + sw),
        num(y1),
        arc(sw, x, y1 - sw),
        num(x),
        num(y + nw),
        arc(nw, x + nw, y),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short_and_stable() {
        assert_eq!(num(1.0), "1");
        assert_eq!(num(-0.0001), "0");
        assert_eq!(num(12.3456), "12.346");
        assert_eq!(num(0.5), "0.5");
        assert_eq!(num(f32::NAN), "0");
        assert_eq!(num(1e7), "10000000");
    }

    #[test]
    fn colours_carry_their_alpha() {
        assert_eq!(
            paint("fill", Color32::from_rgb(1, 2, 3)),
            " fill=\"#010203\""
        );
        assert_eq!(paint("fill", Color32::TRANSPARENT), " fill=\"none\"");
        let half = Color32::from_rgba_unmultiplied(255, 0, 0, 128);
        assert_eq!(
            paint("stroke", half),
            " stroke=\"#ff0000\" stroke-opacity=\"0.502\""
        );
    }

    /// A 100 × 100 point drawing at 2 pixels per point of `shapes`, each
    /// clipped to `clip`, as SVG.
    fn svg_of(clip: Rect, shapes: Vec<Shape>) -> String {
        let drawing = Drawing {
            size: Vec2::splat(100.0),
            zoom: 1.0,
            pixels_per_point: 2.0,
            background: Color32::WHITE,
            shapes: shapes
                .into_iter()
                .map(|shape| ClippedShape::new(clip, shape))
                .collect(),
            title: String::new(),
            description: String::new(),
            frames: 1,
            settled: true,
        };
        to_svg(&drawing).0
    }

    fn body(svg: &str) -> &str {
        svg.split("</defs>").nth(1).unwrap_or_default()
    }

    const PLOT: Rect = Rect::from_min_max(Pos2::new(10.0, 10.0), Pos2::new(90.0, 90.0));

    #[test]
    fn shapes_inside_their_clip_need_no_clip_group() {
        let svg = svg_of(
            PLOT,
            vec![
                Shape::circle_filled(Pos2::new(50.0, 50.0), 5.0, Color32::RED),
                Shape::rect_filled(PLOT, 2, Color32::BLUE),
            ],
        );
        assert!(!svg.contains("clip-path"), "{svg}");
        assert!(body(&svg).contains("<circle"), "{svg}");
    }

    #[test]
    fn axis_aligned_lines_and_plain_rectangles_are_cut_to_their_clip() {
        let grey = Stroke::new(1.0, Color32::GRAY);
        let svg = svg_of(
            PLOT,
            vec![
                Shape::line_segment([Pos2::new(0.0, 50.5), Pos2::new(100.0, 50.5)], grey),
                Shape::line_segment([Pos2::new(30.5, 0.0), Pos2::new(30.5, 95.0)], grey),
                Shape::rect_filled(
                    Rect::from_min_max(Pos2::new(20.0, 80.0), Pos2::new(30.0, 120.0)),
                    0,
                    Color32::BLUE,
                ),
            ],
        );
        assert!(!svg.contains("clip-path"), "{svg}");
        let body = body(&svg);
        assert!(body.contains("x1=\"10\" y1=\"50.5\" x2=\"90\""), "{body}");
        assert!(body.contains("y1=\"10\" x2=\"30.5\" y2=\"90\""), "{body}");
        assert!(
            body.contains("x=\"20\" y=\"80\" width=\"10\" height=\"10\""),
            "{body}"
        );
    }

    #[test]
    fn shapes_crossing_their_clip_are_clipped_and_shapes_outside_it_are_left_out() {
        let svg = svg_of(
            PLOT,
            vec![
                Shape::circle_filled(Pos2::new(90.0, 50.0), 5.0, Color32::RED),
                Shape::circle_filled(Pos2::new(5.0, 50.0), 3.0, Color32::GREEN),
            ],
        );
        assert_eq!(svg.matches("<clipPath").count(), 1, "{svg}");
        assert!(
            svg.contains("<g clip-path=\"url(#c0)\">\n<circle cx=\"90\""),
            "{svg}"
        );
        assert!(
            !svg.contains("#00ff00"),
            "the circle outside its clip: {svg}"
        );
    }

    #[test]
    fn clips_are_snapped_to_whole_pixels_as_on_screen() {
        // 10.1 points is 20.2 pixels: egui's renderer clips at pixel 20, point 10.
        let clip = Rect::from_min_max(Pos2::new(10.1, 10.1), Pos2::new(89.9, 89.9));
        let svg = svg_of(
            clip,
            vec![Shape::circle_filled(
                Pos2::new(50.0, 50.0),
                45.0,
                Color32::RED,
            )],
        );
        assert!(
            svg.contains(
                "<clipPath id=\"c0\"><rect x=\"10\" y=\"10\" width=\"80\" height=\"80\"/>"
            ),
            "{svg}"
        );
    }

    #[test]
    fn paths_and_beziers_become_path_data() {
        use egui::epaint::{CubicBezierShape, QuadraticBezierShape};
        let p = |x: f32, y: f32| Pos2::new(x, y);
        let stroke = Stroke::new(1.0, Color32::RED);
        let svg = svg_of(
            PLOT,
            vec![
                Shape::line(vec![p(20.0, 20.0), p(30.0, 25.0), p(40.0, 20.0)], stroke),
                Shape::QuadraticBezier(QuadraticBezierShape::from_points_stroke(
                    [p(20.0, 40.0), p(30.0, 30.0), p(40.0, 40.0)],
                    false,
                    Color32::TRANSPARENT,
                    stroke,
                )),
                Shape::CubicBezier(CubicBezierShape::from_points_stroke(
                    [p(20.0, 60.0), p(25.0, 50.0), p(35.0, 50.0), p(40.0, 60.0)],
                    true,
                    Color32::BLUE,
                    stroke,
                )),
            ],
        );
        let body = body(&svg);
        assert!(body.contains("d=\"M20 20L30 25L40 20\""), "{body}");
        assert!(body.contains("d=\"M20 40Q30 30 40 40\""), "{body}");
        assert!(
            body.contains("d=\"M20 60C25 50 35 50 40 60Z\" fill=\"#0000ff\""),
            "{body}"
        );
    }

    #[test]
    fn escapes_markup() {
        assert_eq!(
            xml_escape("R&D <AI> \"x\""),
            "R&amp;D &lt;AI&gt; &quot;x&quot;"
        );
    }
}
