//! Text as glyph outlines, from the very font files and shaping egui uses.
//!
//! egui lays text out into a [`Galley`]: one [`egui::epaint::text::Glyph`] per
//! character with its position, but no glyph id. We recover the ids the way
//! egui chose them: the same font definitions ([`crate::fonts::definitions`]),
//! the same face per character (the first face of the family's fallback list
//! whose character map has it, [`fonts`]), and the same shaper (harfrust) over
//! the same runs ([`shaping`]), so ligatures such as "fi" in Ubuntu Light come
//! out as egui drew them. The outlines (read with skrifa, unhinted) are kept as
//! data ([`outline`]) and placed at egui's positions; the output formats write them.

mod fonts;
mod issues;
mod line;
mod outline;
mod shaping;

pub use issues::TextIssues;
pub use line::{LineGlyph, face_data};
pub use outline::{Outline, PathCommand};

use egui::emath::{GuiRounding, Rot2};
use egui::epaint::TextShape;
use egui::epaint::text::{Galley, Glyph, TextFormat};
use egui::{Color32, Pos2, Rect, Vec2};
use fonts::Fonts;
use outline::OutlineRecorder;
use shaping::{GlyphRef, GlyphSource};
use skrifa::instance::{LocationRef, Size};
use skrifa::outline::DrawSettings;
use skrifa::{GlyphId, MetadataProvider};
use std::collections::HashMap;

/// A glyph placed on the canvas.
pub struct PlacedGlyph {
    /// Index into [`Glyphs::outlines`].
    pub outline: usize,
    /// The affine map `[a b c d e f]` (SVG's `matrix`) from outline units to canvas points.
    pub transform: [f32; 6],
    /// Fill colour (premultiplied, as egui stores it).
    pub color: Color32,
    /// The character it stands for (for reports and tests).
    pub chr: char,
    /// The face it is drawn from (an index into the font stack: see [`face_data`]).
    pub face: usize,
    /// Its glyph id in that face.
    pub glyph_id: u32,
    /// The font size it is drawn at, in points.
    pub size: f32,
    /// The characters after `chr` it stands for too (a ligature such as "fi").
    pub joined: Vec<char>,
}

impl PlacedGlyph {
    /// The canvas-space bounding box of the glyph's outline.
    pub fn bounds(&self, outlines: &[Outline]) -> Option<Rect> {
        let bounds = outlines.get(self.outline)?.bounds?;
        let [a, b, c, d, e, f] = self.transform;
        let map = |x: f32, y: f32| Pos2::new(a * x + c * y + e, b * x + d * y + f);
        let (min, max) = (bounds.min, bounds.max);
        let corners = [
            map(min.x, min.y),
            map(max.x, min.y),
            map(min.x, max.y),
            map(max.x, max.y),
        ];
        Some(Rect::from_points(&corners))
    }
}

/// Glyph outlines collected while converting text, and the caches behind them.
pub struct Glyphs {
    fonts: Fonts,
    /// Every outline used, in first-use order (an output may number them so).
    pub outlines: Vec<Outline>,
    outline_index: HashMap<(usize, u32), usize>,
    /// What could not be reproduced exactly.
    pub issues: TextIssues,
}

impl Glyphs {
    pub fn new() -> Self {
        Glyphs {
            fonts: Fonts::new(),
            outlines: Vec::new(),
            outline_index: HashMap::new(),
            issues: TextIssues::default(),
        }
    }

    /// The glyphs of a text shape, placed on the canvas.
    pub fn place_text(&mut self, shape: &TextShape) -> Vec<PlacedGlyph> {
        let galley: &Galley = &shape.galley;
        let job = &galley.job;
        if job.sections.is_empty() || shape.opacity_factor <= 0.0 {
            return Vec::new();
        }
        if shape.underline.width > 0.0 && shape.underline.color.a() > 0 {
            self.issues.skipped_decorations += 1;
        }
        let chars: Vec<(usize, char)> = job.text.char_indices().collect();
        let mut out: Vec<PlacedGlyph> = Vec::new();
        let mut char_index = 0;
        for placed_row in &galley.rows {
            let glyphs = &placed_row.row.glyphs;
            let sources: Vec<GlyphSource> = (0..glyphs.len())
                .map(|i| {
                    let at = chars.get(char_index + i).copied();
                    shaping::source(&mut self.fonts, job, at, glyphs[i].chr)
                })
                .collect();
            let ids =
                shaping::glyph_ids(self.fonts.faces(), job, &sources, glyphs, &mut self.issues);
            for ((glyph, source), id) in glyphs.iter().zip(&sources).zip(ids) {
                let Some(id) = id else {
                    // A ligature's later characters: the glyph before stands for them too.
                    if let Some(last) = out.last_mut() {
                        last.joined.push(glyph.chr);
                    }
                    continue;
                };
                let format = &job.sections[source.section].format;
                let Some(placed) = self.place_glyph(shape, placed_row.pos, glyph, format, id)
                else {
                    continue;
                };
                out.push(placed);
                if format.background.a() > 0
                    || format.underline.width > 0.0
                    || format.strikethrough.width > 0.0
                {
                    self.issues.skipped_decorations += 1;
                }
            }
            char_index += glyphs.len() + usize::from(placed_row.ends_with_newline);
        }
        out
    }

    /// Places glyph `id` where egui drew `glyph` of the row at `row_pos`.
    fn place_glyph(
        &mut self,
        shape: &TextShape,
        row_pos: Pos2,
        glyph: &Glyph,
        format: &TextFormat,
        id: GlyphRef,
    ) -> Option<PlacedGlyph> {
        let face = &self.fonts.faces()[id.face];
        let tweak = &face.data.tweak;
        let size = format.font_id.size * tweak.scale;
        let scale = size / face.units_per_em;
        let y_offset = (size * tweak.y_offset_factor + tweak.y_offset).round_ui();
        let outline = self.outline(id.face, id.glyph)?;
        // Outline units (y down) → galley space: scale, italic skew, place.
        let skew = if format.italics { -0.25 * scale } else { 0.0 };
        let origin =
            row_pos.to_vec2() + glyph.pos.to_vec2() + Vec2::new(0.0, y_offset + id.y_shift * scale);
        // Galley space → canvas: rotate about the galley position, move there.
        let (sin, cos) = shape.angle.sin_cos();
        let t = shape.pos + Rot2::from_angle(shape.angle) * origin;
        let transform = [
            cos * scale,
            sin * scale,
            cos * skew - sin * scale,
            sin * skew + cos * scale,
            t.x,
            t.y,
        ];
        Some(PlacedGlyph {
            outline,
            transform,
            color: text_color(shape, format.color),
            chr: glyph.chr,
            face: id.face,
            glyph_id: id.glyph,
            size,
            joined: Vec::new(),
        })
    }

    /// The index of the outline of glyph `gid` of `face`, read on first use.
    fn outline(&mut self, face: usize, gid: u32) -> Option<usize> {
        if let Some(&i) = self.outline_index.get(&(face, gid)) {
            return Some(i);
        }
        let font = self.fonts.faces()[face].font()?;
        let mut recorder = OutlineRecorder::default();
        if let Some(glyph) = font.outline_glyphs().get(GlyphId::new(gid)) {
            let settings = DrawSettings::unhinted(Size::unscaled(), LocationRef::default());
            // A glyph that fails to draw is drawn as nothing, like egui does.
            let _ = glyph.draw(settings, &mut recorder);
        }
        let i = self.outlines.len();
        self.outlines.push(recorder.outline);
        self.outline_index.insert((face, gid), i);
        Some(i)
    }
}

/// The colour the tessellator would give text of this `format_color` in `shape`.
pub(crate) fn text_color(shape: &TextShape, format_color: Color32) -> Color32 {
    let mut color = match shape.override_text_color {
        Some(c) => c,
        None if format_color == Color32::PLACEHOLDER => shape.fallback_color,
        None => format_color,
    };
    if shape.opacity_factor < 1.0 {
        color = color.gamma_multiply(shape.opacity_factor);
    }
    color
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::{FontId, RawInput};
    use std::sync::Arc;

    /// Lays `text` out in a headless context with the app's fonts.
    fn galley(text: &str) -> Arc<Galley> {
        let ctx = egui::Context::default();
        crate::fonts::install(&ctx);
        let mut galley = None;
        for _ in 0..2 {
            let mut output = ctx.run_ui(RawInput::default(), |ui| {
                galley = Some(ui.painter().layout_no_wrap(
                    text.to_owned(),
                    FontId::proportional(20.0),
                    Color32::BLACK,
                ));
            });
            output.textures_delta.clear();
        }
        galley.expect("laid out")
    }

    fn visible(glyphs: &Glyphs, placed: &[PlacedGlyph]) -> usize {
        placed
            .iter()
            .filter(|g| !glyphs.outlines[g.outline].is_blank())
            .count()
    }

    #[test]
    fn ligatures_come_out_as_egui_shapes_them() {
        let galley = galley("office fl");
        assert_eq!(
            galley.rows[0].glyphs.len(),
            9,
            "one egui glyph per character"
        );
        let mut glyphs = Glyphs::new();
        let placed = glyphs.place_text(&TextShape::new(Pos2::ZERO, galley, Color32::BLACK));
        // o, ffi, c, e, fl: Ubuntu Light's ligatures, as harfrust shapes them for egui.
        assert_eq!(visible(&glyphs, &placed), 5);
        assert_eq!(glyphs.issues, TextIssues::default());
    }

    #[test]
    fn chinese_uses_the_cjk_font_and_no_tofu() {
        let text = "香港 AI";
        let galley = galley(text);
        let mut glyphs = Glyphs::new();
        let placed = glyphs.place_text(&TextShape::new(Pos2::ZERO, galley, Color32::BLACK));
        assert_eq!(visible(&glyphs, &placed), 4);
        assert_eq!(glyphs.issues, TextIssues::default());
        let missing = galley_with_missing();
        let mut glyphs = Glyphs::new();
        glyphs.place_text(&TextShape::new(Pos2::ZERO, missing, Color32::BLACK));
        assert_eq!(
            glyphs.issues.missing_glyphs, 1,
            "a character no font has is counted"
        );
    }

    fn galley_with_missing() -> Arc<Galley> {
        galley("a\u{10FFFD}b") // a private-use character no font has
    }

    #[test]
    fn glyphs_sit_on_the_baseline_egui_uses() {
        let galley = galley("x");
        let row = &galley.rows[0];
        let baseline = row.pos.y + row.glyphs[0].pos.y;
        let mut glyphs = Glyphs::new();
        let shape = TextShape::new(Pos2::new(10.0, 20.0), galley.clone(), Color32::BLACK);
        let placed = glyphs.place_text(&shape);
        let bounds = placed[0]
            .bounds(&glyphs.outlines)
            .expect("x has an outline");
        // An "x" stands on the baseline: its bottom is there, its top about half an em up.
        assert!(
            (bounds.max.y - (20.0 + baseline)).abs() < 0.5,
            "{bounds:?} vs {baseline}"
        );
        assert!(
            bounds.height() > 6.0 && bounds.height() < 14.0,
            "{bounds:?}"
        );
        assert!(bounds.min.x >= 10.0 - 0.5, "{bounds:?}");
        // Rotated a quarter turn (as egui_plot draws the y-axis label), the box turns too.
        let turned = TextShape::new(Pos2::new(10.0, 20.0), galley, Color32::BLACK)
            .with_angle(-std::f32::consts::FRAC_PI_2);
        let mut glyphs = Glyphs::new();
        let placed = glyphs.place_text(&turned);
        let turned_bounds = placed[0].bounds(&glyphs.outlines).expect("outline");
        assert!((turned_bounds.width() - bounds.height()).abs() < 0.01);
    }
}
