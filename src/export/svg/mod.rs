//! A [`Drawing`] as an SVG document.
//!
//! Each shape becomes the SVG element that draws it, in paint order. The writer
//! tracks the extent each shape inks; a shape that lies inside its clip
//! rectangle is written as is, one wholly outside it is left out, and only one
//! that crosses the clip's edge goes into a `clipPath` group ([`clip`]). Clip
//! groups are what a rasteriser pays most for (resvg draws each into its own
//! layer and masks it), and the charts' shapes almost never cross their clip.
//! Text becomes glyph outlines by default (see [`super::glyphs`]), defined once
//! and placed with `<use>`: no `<text>`, no font references, so the file
//! renders the same in browsers, Inkscape and Illustrator. Asked for
//! ([`SvgText::Text`]), text is written as editable `<text>` instead ([`text`]). Lines and rectangles are snapped to
//! the pixel grid of the export's scale the way egui's tessellator snaps them
//! ([`shapes`], [`rect`]), so 1-pixel lines stay crisp in the PNG. Numbers are
//! written with at most three decimals ([`markup`]) and ids are numbered in
//! first-use order, so the same drawing gives the same bytes.

mod clip;
mod markup;
mod rect;
mod shapes;
#[cfg(test)]
mod tests;
mod text;

use super::drawing::Drawing;
use super::glyphs::{Glyphs, TextIssues};
use super::spec::SvgText;
use clip::ClipGroups;
use egui::emath::{GuiRounding, TSTransform};
use egui::epaint::{ClippedShape, TextShape};
use egui::{Color32, Pos2, Rect, Shape};
use markup::{COORD, FACTOR, num, outline_path, paint, xml_escape};
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

impl Drawing {
    /// The drawing as a standalone SVG document, and what (if anything) it
    /// could not reproduce exactly.
    pub fn to_svg(&self) -> (String, SvgReport) {
        self.to_svg_with(SvgText::Outlines)
    }

    /// The drawing as SVG with its text as outlines or as editable `<text>`.
    pub fn to_svg_with(&self, text: SvgText) -> (String, SvgReport) {
        let mut writer = Writer::new(self, text);
        for clipped in &self.shapes {
            writer.clipped_shape(clipped);
        }
        writer.finish(self)
    }
}

/// Writes shapes one by one; see the module documentation.
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
    groups: ClipGroups,
    glyphs: Glyphs,
    text_mode: SvgText,
    report: SvgReport,
}

impl Writer {
    fn new(drawing: &Drawing, text_mode: SvgText) -> Self {
        Writer {
            pixels_per_point: drawing.pixels_per_point,
            canvas: Rect::from_min_size(Pos2::ZERO, drawing.size),
            body: String::new(),
            pending: String::new(),
            ink: Rect::NOTHING,
            clip: Rect::NOTHING,
            groups: ClipGroups::default(),
            glyphs: Glyphs::new(),
            text_mode,
            report: SvgReport::default(),
        }
    }

    /// The document: header, title, description and the complete source
    /// list (`<metadata>`), definitions (clips and
    /// glyph outlines), the background, then the shapes written.
    fn finish(mut self, drawing: &Drawing) -> (String, SvgReport) {
        self.groups.close(&mut self.body);
        let (w, h) = (num(drawing.size.x, COORD), num(drawing.size.y, COORD));
        let canvas = drawing.canvas_size();
        let mut out = String::with_capacity(self.body.len() + 64 * 1024);
        out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        let _ = writeln!(
            out,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\" width=\"{}\" height=\"{}\" viewBox=\"0 0 {w} {h}\">",
            num(canvas.x, COORD),
            num(canvas.y, COORD)
        );
        if !drawing.title.is_empty() {
            let _ = writeln!(out, "<title>{}</title>", xml_escape(&drawing.title));
        }
        if !drawing.description.is_empty() {
            let _ = writeln!(out, "<desc>{}</desc>", xml_escape(&drawing.description));
        }
        if !drawing.sources.is_empty() {
            out.push_str("<metadata>\n");
            for source in &drawing.sources {
                let _ = writeln!(
                    out,
                    "<dc:source xmlns:dc=\"http://purl.org/dc/elements/1.1/\">{}</dc:source>",
                    xml_escape(source)
                );
            }
            out.push_str("</metadata>\n");
        }
        out.push_str("<defs>\n");
        self.groups.write_defs(&mut out);
        for (i, outline) in self.glyphs.outlines.iter().enumerate() {
            if !outline.is_blank() {
                let _ = writeln!(
                    out,
                    "<path id=\"g{i}\" d=\"{}\"/>",
                    outline_path(&outline.commands)
                );
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
        let group = self.groups.group_for(clip, self.ink, self.canvas);
        self.groups.enter(group, &mut self.body);
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
            Shape::Circle(c) => self.circle(c),
            Shape::Ellipse(e) => self.ellipse(e),
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

    /// Text as `<use>`s of glyph outlines, grouped by colour, or as `<text>`.
    fn text(&mut self, shape: &TextShape) {
        if self.text_mode == SvgText::Text {
            let (elements, characters) = text::text_elements(shape);
            if characters > 0 {
                self.inks(shape.visual_bounding_rect());
                self.pending.push_str(&elements);
                self.report.glyphs += characters;
            }
            return;
        }
        let placed = self.glyphs.place_text(shape);
        let mut current: Option<Color32> = None;
        for glyph in &placed {
            let Some(outline) = self.glyphs.outlines.get(glyph.outline) else {
                continue;
            };
            if outline.is_blank() || glyph.color.a() == 0 {
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
                num(a, FACTOR),
                num(b, FACTOR),
                num(c, FACTOR),
                num(d, FACTOR),
                num(e, COORD),
                num(f, COORD)
            );
            self.report.glyphs += 1;
        }
        if current.is_some() {
            self.pending.push_str("</g>\n");
        }
    }
}
