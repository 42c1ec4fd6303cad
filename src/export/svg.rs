//! The shapes egui painted, as an SVG document.
//!
//! Each shape becomes the SVG element that draws it, in paint order, inside a
//! `clipPath` group for its clip rectangle. Text becomes glyph outlines (see
//! [`super::glyphs`]), defined once and placed with `<use>`: no `<text>`, no font
//! references, so the file renders the same in browsers, Inkscape and
//! Illustrator. Lines and rectangles are snapped to the pixel grid of the
//! export's scale the way egui's tessellator snaps them, so 1-pixel lines stay
//! crisp in the PNG. Numbers are written with at most three decimals and ids are
//! numbered in first-use order, so the same drawing gives the same bytes.

use super::glyphs::{Glyphs, TextIssues};
use super::scene::Drawing;
use egui::emath::GuiRounding;
use egui::epaint::{
    ClippedShape, ColorMode, CornerRadius, PathShape, PathStroke, RectShape, StrokeKind, TextShape,
};
use egui::{Color32, Pos2, Rect, Shape, Stroke};
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
        let clip = clipped.clip_rect.intersect(self.canvas);
        if clip.is_negative() || clip.width() <= 0.0 || clip.height() <= 0.0 {
            return; // nothing of it can show
        }
        let wanted = if clipped.clip_rect.contains_rect(self.canvas) {
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
        self.shape(&clipped.shape);
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
                    let _ = writeln!(
                        self.body,
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
                    self.body,
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
                let [a, b, c] = q.points;
                let d = format!(
                    "M{} {}Q{} {} {} {}{}",
                    num(a.x),
                    num(a.y),
                    num(b.x),
                    num(b.y),
                    num(c.x),
                    num(c.y),
                    if q.closed { "Z" } else { "" }
                );
                self.path_element(&d, q.closed, q.fill, &q.stroke);
            }
            Shape::CubicBezier(cb) => {
                let [a, b, c, e] = cb.points;
                let d = format!(
                    "M{} {}C{} {} {} {} {} {}{}",
                    num(a.x),
                    num(a.y),
                    num(b.x),
                    num(b.y),
                    num(c.x),
                    num(c.y),
                    num(e.x),
                    num(e.y),
                    if cb.closed { "Z" } else { "" }
                );
                self.path_element(&d, cb.closed, cb.fill, &cb.stroke);
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
        let _ = writeln!(
            self.body,
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"{}/>",
            num(a.x),
            num(a.y),
            num(b.x),
            num(b.y),
            stroke_attrs(stroke.width, stroke.color)
        );
    }

    fn path(&mut self, path: &PathShape) {
        if path.points.len() < 2 {
            return;
        }
        let mut d = String::new();
        for (i, p) in path.points.iter().enumerate() {
            d.push(if i == 0 { 'M' } else { 'L' });
            let _ = write!(d, "{} {}", num(p.x), num(p.y));
        }
        if path.closed {
            d.push('Z');
        }
        self.path_element(&d, path.closed, path.fill, &path.stroke);
    }

    /// A `<path>`: filled only when closed (as egui fills only closed paths).
    fn path_element(&mut self, d: &str, closed: bool, fill: Color32, stroke: &PathStroke) {
        let fill = if closed { fill } else { Color32::TRANSPARENT };
        if closed && stroke.width > 0.0 && stroke.kind != StrokeKind::Middle {
            // SVG strokes are centred; an inside or outside stroke is drawn centred.
            self.report.approximated_shapes += 1;
        }
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
        let _ = writeln!(
            self.body,
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
        if fill.a() > 0 {
            let element = rounded_rect(rect, radius, 0.0);
            let _ = writeln!(self.body, "{element}{}{rotate}/>", paint("fill", fill));
        }
        if !stroke.is_empty() {
            // SVG strokes are centred on the outline: move the outline to the stroke's centre.
            let inset = match shape.stroke_kind {
                StrokeKind::Inside => stroke.width * 0.5,
                StrokeKind::Middle => 0.0,
                StrokeKind::Outside => -stroke.width * 0.5,
            };
            let element = rounded_rect(rect.shrink(inset), radius, inset);
            let _ = writeln!(
                self.body,
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
            if current != Some(glyph.color) {
                if current.is_some() {
                    self.body.push_str("</g>\n");
                }
                let _ = writeln!(self.body, "<g{}>", paint("fill", glyph.color));
                current = Some(glyph.color);
            }
            let [a, b, c, d, e, f] = glyph.transform;
            let _ = writeln!(
                self.body,
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
            self.body.push_str("</g>\n");
        }
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

    #[test]
    fn escapes_markup() {
        assert_eq!(
            xml_escape("R&D <AI> \"x\""),
            "R&amp;D &lt;AI&gt; &quot;x&quot;"
        );
    }
}
