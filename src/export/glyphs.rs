//! Text as glyph outlines, from the very font files and shaping egui uses.
//!
//! egui lays text out into a [`Galley`]: one [`egui::epaint::text::Glyph`] per
//! character with its position, but no glyph id. We recover the ids the way
//! egui chose them: the same font definitions ([`crate::fonts::definitions`]),
//! the same face per character (the first face of the family's fallback list
//! whose character map has it), and the same shaper (harfrust) over the same
//! runs, so ligatures such as "fi" in Ubuntu Light come out as egui drew them.
//! The outlines (read with skrifa, unhinted) are placed at egui's positions.

use super::svg::num;
use egui::epaint::TextShape;
use egui::epaint::text::{ByteIndex, FontData, FontFamily, Galley, LayoutJob};
use egui::{Color32, Pos2, Rect, Vec2};
use skrifa::instance::{LocationRef, Size};
use skrifa::outline::{DrawSettings, OutlinePen};
use skrifa::{FontRef, GlyphId, MetadataProvider};
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, OnceLock};

/// One font file egui may draw with.
struct Face {
    data: Arc<FontData>,
    units_per_em: f32,
    shaper_data: harfrust::ShaperData,
}

impl Face {
    fn font(&self) -> Option<FontRef<'_>> {
        FontRef::from_index(self.data.bytes(), self.data.index).ok()
    }
}

/// The fonts of [`crate::fonts::definitions`], parsed once per process.
pub(super) struct FontStack {
    faces: Vec<Face>,
    families: BTreeMap<FontFamily, Vec<usize>>,
}

impl FontStack {
    fn new(definitions: &egui::FontDefinitions) -> Self {
        let mut faces = Vec::new();
        let mut index_of: HashMap<&str, usize> = HashMap::new();
        for (name, data) in &definitions.font_data {
            let Ok(font) = FontRef::from_index(data.bytes(), data.index) else {
                continue; // egui would refuse to start with it; nothing to draw
            };
            let units_per_em = f32::from(
                font.metrics(Size::unscaled(), LocationRef::default())
                    .units_per_em,
            );
            let shaper_data = harfrust::ShaperData::new(&font);
            index_of.insert(name.as_str(), faces.len());
            faces.push(Face {
                data: Arc::clone(data),
                units_per_em: units_per_em.max(1.0),
                shaper_data,
            });
        }
        let families = definitions
            .families
            .iter()
            .map(|(family, names)| {
                let chain = names
                    .iter()
                    .filter_map(|n| index_of.get(n.as_str()).copied())
                    .collect();
                (family.clone(), chain)
            })
            .collect();
        FontStack { faces, families }
    }
}

/// The process-wide font stack (the app's fonts never change at run time).
pub(super) fn font_stack() -> &'static FontStack {
    static STACK: OnceLock<FontStack> = OnceLock::new();
    STACK.get_or_init(|| FontStack::new(&crate::fonts::definitions()))
}

/// A glyph outline in font units, y pointing down, as SVG path data.
pub(super) struct Outline {
    /// SVG path data (empty for blank glyphs such as the space).
    pub path: String,
    /// Bounding box of the control points: min x, min y, max x, max y.
    pub bounds: Option<[f32; 4]>,
}

/// A glyph placed on the canvas.
pub(super) struct PlacedGlyph {
    /// Index into [`Glyphs::outlines`].
    pub outline: usize,
    /// SVG `matrix(a b c d e f)` from outline units to canvas points.
    pub transform: [f32; 6],
    /// Fill colour (premultiplied, as egui stores it).
    pub color: Color32,
    /// The character it stands for (for reports and tests).
    pub chr: char,
}

impl PlacedGlyph {
    /// The canvas-space bounding box of the glyph's outline.
    pub fn bounds(&self, outlines: &[Outline]) -> Option<Rect> {
        let [x0, y0, x1, y1] = outlines.get(self.outline)?.bounds?;
        let [a, b, c, d, e, f] = self.transform;
        let map = |x: f32, y: f32| Pos2::new(a * x + c * y + e, b * x + d * y + f);
        let corners = [map(x0, y0), map(x1, y0), map(x0, y1), map(x1, y1)];
        Some(Rect::from_points(&corners))
    }
}

/// What a character resolves to in a family.
#[derive(Clone, Copy)]
enum Resolved {
    /// A face with a glyph for it.
    Face(usize),
    /// A zero-width character (joiners, direction marks): drawn as nothing.
    Invisible,
    /// No face has it: egui draws the primary face's `.notdef` ("tofu").
    Missing(Option<usize>),
}

/// Things the text conversion could not reproduce exactly (all zero for our charts).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct TextIssues {
    /// Characters no font has (drawn as the `.notdef` box, as egui does).
    pub missing_glyphs: usize,
    /// Runs whose shaping did not line up with egui's glyphs (drawn glyph by glyph instead).
    pub shaping_mismatches: usize,
    /// Glyphs (or text shapes) whose underline, strikethrough or background
    /// was not drawn.
    pub skipped_decorations: usize,
}

/// Glyph outlines collected while converting text, and the caches behind them.
pub(super) struct Glyphs {
    stack: &'static FontStack,
    /// Every outline used, in first-use order (their SVG ids are their indexes).
    pub outlines: Vec<Outline>,
    outline_index: HashMap<(usize, u32), usize>,
    resolved: HashMap<(FontFamily, char), Resolved>,
    /// What could not be reproduced exactly.
    pub issues: TextIssues,
}

/// A glyph of a row, with where it came from in the job's text.
struct Source {
    /// Byte offset of its character in the job's text, if it has one.
    byte: Option<usize>,
    section: usize,
    resolved: Resolved,
}

impl Glyphs {
    pub fn new() -> Self {
        Glyphs {
            stack: font_stack(),
            outlines: Vec::new(),
            outline_index: HashMap::new(),
            resolved: HashMap::new(),
            issues: TextIssues::default(),
        }
    }

    /// The glyphs of a text shape, placed on the canvas.
    pub fn place_text(&mut self, shape: &TextShape) -> Vec<PlacedGlyph> {
        let galley: &Galley = &shape.galley;
        let job: &LayoutJob = &galley.job;
        if job.sections.is_empty() || shape.opacity_factor <= 0.0 {
            return Vec::new();
        }
        if shape.underline.width > 0.0 && shape.underline.color.a() > 0 {
            self.issues.skipped_decorations += 1;
        }
        let chars: Vec<(usize, char)> = job.text.char_indices().collect();
        let rotation = egui::emath::Rot2::from_angle(shape.angle);
        let mut out = Vec::new();
        let mut char_index = 0;
        for placed_row in &galley.rows {
            let glyphs = &placed_row.row.glyphs;
            let sources: Vec<Source> = (0..glyphs.len())
                .map(|i| self.source(job, chars.get(char_index + i).copied(), glyphs[i].chr))
                .collect();
            let ids = self.glyph_ids(job, &sources, glyphs);
            for (i, glyph) in glyphs.iter().enumerate() {
                let Some((face, gid, y_shift)) = ids[i] else {
                    continue;
                };
                let format = &job.sections[sources[i].section].format;
                let face_data = &self.stack.faces[face];
                let tweak = &face_data.data.tweak;
                let size = format.font_id.size * tweak.scale;
                let scale = size / face_data.units_per_em;
                let y_offset = egui::emath::GuiRounding::round_ui(
                    size * tweak.y_offset_factor + tweak.y_offset,
                );
                let Some(outline) = self.outline(face, gid) else {
                    continue;
                };
                // Outline units (y down) → galley space: scale, italic skew, place.
                let skew = if format.italics { -0.25 * scale } else { 0.0 };
                let origin = placed_row.pos.to_vec2()
                    + glyph.pos.to_vec2()
                    + Vec2::new(0.0, y_offset + y_shift * scale);
                // Galley space → canvas: rotate about the galley position, move there.
                let (sin, cos) = shape.angle.sin_cos();
                let t = shape.pos + rotation * origin;
                let transform = [
                    cos * scale,
                    sin * scale,
                    cos * skew - sin * scale,
                    sin * skew + cos * scale,
                    t.x,
                    t.y,
                ];
                out.push(PlacedGlyph {
                    outline,
                    transform,
                    color: text_color(shape, format.color),
                    chr: glyph.chr,
                });
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

    fn source(&mut self, job: &LayoutJob, at: Option<(usize, char)>, shown: char) -> Source {
        let (byte, chr) = match at {
            Some((byte, chr)) => (Some(byte), chr),
            None => (None, shown), // e.g. the "…" of elided text
        };
        let section = match byte {
            Some(b) => job
                .sections
                .partition_point(|s| s.byte_range.end <= ByteIndex(b))
                .min(job.sections.len() - 1),
            None => job.sections.len() - 1,
        };
        let family = job.sections[section].format.font_id.family.clone();
        let resolved = self.resolve(family, chr);
        Source {
            byte,
            section,
            resolved,
        }
    }

    /// Which face egui draws `c` with in `family`: the first of the fallback list
    /// whose character map has it.
    fn resolve(&mut self, family: FontFamily, c: char) -> Resolved {
        if let Some(r) = self.resolved.get(&(family.clone(), c)) {
            return *r;
        }
        let chain: &[usize] = self.stack.families.get(&family).map_or(&[], |v| v);
        let lookup = match c {
            '\t' | '\u{2009}' | '\u{202F}' => ' ',
            _ => c,
        };
        let resolved = if invisible(c) {
            Resolved::Invisible
        } else {
            chain
                .iter()
                .copied()
                .find(|&f| {
                    self.stack.faces[f]
                        .font()
                        .and_then(|font| font.charmap().map(lookup))
                        .is_some_and(|id| id != GlyphId::NOTDEF)
                })
                .map_or(Resolved::Missing(chain.first().copied()), Resolved::Face)
        };
        self.resolved.insert((family, c), resolved);
        resolved
    }

    /// The (face, glyph id, shaper y offset in font units) of each glyph of a row;
    /// `None` for glyphs drawn as nothing (ligature continuations, invisible characters).
    #[allow(clippy::type_complexity)]
    fn glyph_ids(
        &mut self,
        job: &LayoutJob,
        sources: &[Source],
        glyphs: &[egui::epaint::text::Glyph],
    ) -> Vec<Option<(usize, u32, f32)>> {
        let mut ids = vec![None; glyphs.len()];
        let mut start = 0;
        while start < glyphs.len() {
            // A run: the same section and face, over consecutive characters of the text.
            let mut end = start + 1;
            while end < glyphs.len()
                && sources[end].section == sources[start].section
                && same_face(sources[end].resolved, sources[start].resolved)
                && sources[end].byte.is_some()
                && sources[start].byte.is_some()
            {
                end += 1;
            }
            match sources[start].resolved {
                Resolved::Invisible => {}
                Resolved::Missing(primary) => {
                    self.issues.missing_glyphs += end - start;
                    if let Some(face) = primary {
                        for id in &mut ids[start..end] {
                            *id = Some((face, 0, 0.0));
                        }
                    }
                }
                Resolved::Face(face) => {
                    let shaped = sources[start].byte.and_then(|first| {
                        let last = sources[end - 1].byte?;
                        let last_len = job.text[last..].chars().next()?.len_utf8();
                        self.shape_run(face, &job.text[first..last + last_len], end - start)
                    });
                    match shaped {
                        Some(run) => {
                            for (i, id) in run.into_iter().enumerate() {
                                ids[start + i] = id.map(|(gid, dy)| (face, gid, dy));
                            }
                        }
                        None => {
                            // Could not line up with egui: map character by character.
                            self.issues.shaping_mismatches += 1;
                            for i in start..end {
                                ids[i] =
                                    self.cmap_glyph(face, glyphs[i].chr).map(|g| (face, g, 0.0));
                            }
                        }
                    }
                }
            }
            start = end;
        }
        ids
    }

    /// Shapes `text` with `face` as egui does and assigns the shaper's glyphs to
    /// egui's `count` glyphs: each cluster's glyphs in order, then zero-width
    /// continuations for its remaining characters. `None` if the counts disagree.
    #[allow(clippy::type_complexity)]
    fn shape_run(&self, face: usize, text: &str, count: usize) -> Option<Vec<Option<(u32, f32)>>> {
        let face_data = &self.stack.faces[face];
        let font = face_data.font()?;
        let shaper = face_data.shaper_data.shaper(&font).instance(None).build();
        let mut buffer = harfrust::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        let shaped = shaper.shape(buffer, harfrust::ShapeOptions::new());
        let infos = shaped.glyph_infos();
        let positions = shaped.glyph_positions();
        let mut out: Vec<Option<(u32, f32)>> = Vec::with_capacity(count);
        let mut k = 0;
        while k < infos.len() {
            let cluster = infos[k].cluster as usize;
            let mut next = k;
            while next < infos.len() && infos[next].cluster as usize == cluster {
                next += 1;
            }
            let cluster_end = infos.get(next).map_or(text.len(), |i| i.cluster as usize);
            let chars = text.get(cluster..cluster_end)?.chars().count();
            let mut emitted = 0;
            for m in k..next {
                if infos[m].glyph_id == 0 && m > k {
                    continue; // egui drops repeated .notdef glyphs of a cluster
                }
                let dy = -(positions[m].y_offset as f32);
                out.push(Some((infos[m].glyph_id, dy)));
                emitted += 1;
            }
            out.extend(std::iter::repeat_n(None, chars.saturating_sub(emitted)));
            k = next;
        }
        (out.len() == count).then_some(out)
    }

    fn cmap_glyph(&self, face: usize, c: char) -> Option<u32> {
        let font = self.stack.faces[face].font()?;
        font.charmap().map(c).map(|g| g.to_u32())
    }

    /// The index of the outline of glyph `gid` of `face`, read on first use.
    fn outline(&mut self, face: usize, gid: u32) -> Option<usize> {
        if let Some(&i) = self.outline_index.get(&(face, gid)) {
            return Some(i);
        }
        let font = self.stack.faces[face].font()?;
        let mut pen = SvgPen::default();
        if let Some(glyph) = font.outline_glyphs().get(GlyphId::new(gid)) {
            let settings = DrawSettings::unhinted(Size::unscaled(), LocationRef::default());
            // A glyph that fails to draw is drawn as nothing, like egui does.
            let _ = glyph.draw(settings, &mut pen);
        }
        let i = self.outlines.len();
        self.outlines.push(Outline {
            path: pen.path,
            bounds: pen.bounds,
        });
        self.outline_index.insert((face, gid), i);
        Some(i)
    }
}

fn same_face(a: Resolved, b: Resolved) -> bool {
    match (a, b) {
        (Resolved::Face(x), Resolved::Face(y)) => x == y,
        (Resolved::Invisible, Resolved::Invisible) => true,
        (Resolved::Missing(_), Resolved::Missing(_)) => true,
        _ => false,
    }
}

/// The colour the tessellator would give text of this `format_color` in `shape`.
fn text_color(shape: &TextShape, format_color: Color32) -> Color32 {
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

/// Characters egui draws as nothing (epaint's `invisible_char`).
fn invisible(c: char) -> bool {
    matches!(
        c,
        '\r' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}' | '\u{FEFF}'
    )
}

/// Collects an outline as SVG path data in font units with y flipped to point down.
#[derive(Default)]
struct SvgPen {
    path: String,
    bounds: Option<[f32; 4]>,
}

impl SvgPen {
    fn point(&mut self, x: f32, y: f32) {
        let y = -y;
        self.path.push_str(&num(x));
        self.path.push(' ');
        self.path.push_str(&num(y));
        let b = self.bounds.get_or_insert([x, y, x, y]);
        *b = [b[0].min(x), b[1].min(y), b[2].max(x), b[3].max(y)];
    }

    fn command(&mut self, c: char) {
        self.path.push(c);
    }
}

impl OutlinePen for SvgPen {
    fn move_to(&mut self, x: f32, y: f32) {
        self.command('M');
        self.point(x, y);
    }

    fn line_to(&mut self, x: f32, y: f32) {
        self.command('L');
        self.point(x, y);
    }

    fn quad_to(&mut self, cx0: f32, cy0: f32, x: f32, y: f32) {
        self.command('Q');
        self.point(cx0, cy0);
        self.path.push(' ');
        self.point(x, y);
    }

    fn curve_to(&mut self, cx0: f32, cy0: f32, cx1: f32, cy1: f32, x: f32, y: f32) {
        self.command('C');
        self.point(cx0, cy0);
        self.path.push(' ');
        self.point(cx1, cy1);
        self.path.push(' ');
        self.point(x, y);
    }

    fn close(&mut self) {
        self.command('Z');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::{FontId, RawInput};

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
            .filter(|g| !glyphs.outlines[g.outline].path.is_empty())
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
