//! Text that egui did not lay out (the PDF report's own headings, paragraphs
//! and tables) as glyphs of the same font stack: each character from the first
//! face of the proportional family that has it, as egui would pick, with the
//! face's advance width. No shaping beyond the character map: the report's
//! text is Latin and Chinese, which need none to read right.

use super::Glyphs;
use super::fonts::Resolved;
use egui::FontFamily;
use skrifa::instance::{LocationRef, Size};
use skrifa::{GlyphId, MetadataProvider};
use std::ops::Range;

/// One glyph of a line of text.
#[derive(Clone, Debug, PartialEq)]
pub struct LineGlyph {
    /// The face it is drawn from (see [`face_data`]).
    pub face: usize,
    /// Its glyph id in that face (0, the `.notdef` box, when no face has it).
    pub glyph_id: u32,
    /// Its advance, in ems.
    pub advance: f32,
    /// The bytes of the text it stands for.
    pub range: Range<usize>,
}

/// The bytes of face `face` of the font stack and its index in the file.
pub fn face_data(face: usize) -> Option<(&'static [u8], u32)> {
    let faces = super::fonts::Fonts::new().faces();
    faces.get(face).map(|f| (f.data.bytes(), f.data.index))
}

impl Glyphs {
    /// `text` as glyphs, one per character; zero-width characters are left out.
    pub fn line(&mut self, text: &str) -> Vec<LineGlyph> {
        let faces = self.fonts.faces();
        let mut out = Vec::with_capacity(text.len());
        for (at, c) in text.char_indices() {
            let lookup = if c == '\t' { ' ' } else { c };
            let (face, found) = match self.fonts.resolve(FontFamily::Proportional, c) {
                Resolved::Face(f) => (f, true),
                Resolved::Missing(Some(f)) => (f, false),
                Resolved::Invisible | Resolved::Missing(None) => continue,
            };
            let Some(font) = faces[face].font() else {
                continue;
            };
            let id = match found {
                true => font.charmap().map(lookup).unwrap_or(GlyphId::NOTDEF),
                false => GlyphId::NOTDEF,
            };
            if !found {
                self.issues.missing_glyphs += 1;
            }
            let advance = font
                .glyph_metrics(Size::unscaled(), LocationRef::default())
                .advance_width(id)
                .unwrap_or(0.0);
            out.push(LineGlyph {
                face,
                glyph_id: id.to_u32(),
                advance: advance / faces[face].units_per_em,
                range: at..at + c.len_utf8(),
            });
        }
        out
    }
}
