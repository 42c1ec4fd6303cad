//! Where a drawing's text lands, glyph by glyph: for tests that check no label
//! or legend entry falls outside the canvas. Not used by the exports themselves.

use super::drawing::{Drawing, GlyphBox};
use super::glyphs::Glyphs;
use egui::epaint::TextShape;
use egui::{Rect, Shape};

impl Drawing {
    /// The bounds of every visible glyph (spaces have none) in canvas points,
    /// for checking that no label or legend entry falls outside the canvas.
    pub fn glyph_boxes(&self) -> Vec<GlyphBox> {
        let mut glyphs = Glyphs::new();
        let mut texts = Vec::new();
        for clipped in &self.shapes {
            collect_text(&clipped.shape, &mut texts);
        }
        let mut out = Vec::new();
        for text in texts {
            for placed in glyphs.place_text(text) {
                if let Some(rect) = placed.bounds(&glyphs.outlines) {
                    out.push(GlyphBox {
                        chr: placed.chr,
                        rect: Rect::from_min_max(
                            (rect.min.to_vec2() * self.zoom).to_pos2(),
                            (rect.max.to_vec2() * self.zoom).to_pos2(),
                        ),
                    });
                }
            }
        }
        out
    }
}

/// Every text shape in `shape`, nested ones included, in paint order.
fn collect_text<'a>(shape: &'a Shape, out: &mut Vec<&'a TextShape>) {
    match shape {
        Shape::Text(t) => out.push(t),
        Shape::Vec(v) => v.iter().for_each(|s| collect_text(s, out)),
        _ => {}
    }
}
