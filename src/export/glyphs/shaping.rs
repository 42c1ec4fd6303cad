//! Which glyph of which face egui drew for each character of a row: runs of
//! one section and face are shaped with harfrust as egui shapes them, and the
//! shaper's glyphs are assigned back to egui's one-glyph-per-character rows.

use super::fonts::{Face, Fonts, Resolved};
use super::issues::TextIssues;
use egui::epaint::text::{ByteIndex, Glyph, LayoutJob};
use skrifa::MetadataProvider;

/// Where a glyph of a row came from in the job's text.
pub(super) struct GlyphSource {
    /// Byte offset of its character in the job's text, if it has one.
    pub byte: Option<usize>,
    /// The job section it is in.
    pub section: usize,
    /// The face that draws it.
    pub resolved: Resolved,
}

/// A glyph to draw: a glyph of a face, with the shaper's vertical offset.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct GlyphRef {
    /// Index into the font stack's faces.
    pub face: usize,
    /// The glyph id in that face.
    pub glyph: u32,
    /// The shaper's vertical offset, in font units, y pointing down.
    pub y_shift: f32,
}

/// A glyph the shaper chose, before it is known which face it belongs to.
#[derive(Clone, Copy, Debug, PartialEq)]
struct ShapedGlyph {
    glyph: u32,
    y_shift: f32,
}

/// Where the glyph showing `shown` (at `at` in the text, if it is there) came
/// from; its face is resolved through (and remembered in) `fonts`.
pub(super) fn source(
    fonts: &mut Fonts,
    job: &LayoutJob,
    at: Option<(usize, char)>,
    shown: char,
) -> GlyphSource {
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
    let resolved = fonts.resolve(family, chr);
    GlyphSource {
        byte,
        section,
        resolved,
    }
}

/// The glyph to draw for each glyph of a row; `None` for glyphs drawn as
/// nothing (ligature continuations, invisible characters). Characters no face
/// has and runs that do not line up with egui are counted in `issues`.
pub(super) fn glyph_ids(
    faces: &[Face],
    job: &LayoutJob,
    sources: &[GlyphSource],
    glyphs: &[Glyph],
    issues: &mut TextIssues,
) -> Vec<Option<GlyphRef>> {
    let mut ids = vec![None; glyphs.len()];
    let mut start = 0;
    while start < glyphs.len() {
        // A run: the same section and face, over consecutive characters of the text.
        let mut end = start + 1;
        while end < glyphs.len()
            && sources[end].section == sources[start].section
            && sources[end].resolved.same_face(sources[start].resolved)
            && sources[end].byte.is_some()
            && sources[start].byte.is_some()
        {
            end += 1;
        }
        run_ids(
            faces,
            job,
            &sources[start..end],
            &glyphs[start..end],
            &mut ids[start..end],
            issues,
        );
        start = end;
    }
    ids
}

/// Fills `ids` for one run of `glyphs` with one face.
fn run_ids(
    faces: &[Face],
    job: &LayoutJob,
    sources: &[GlyphSource],
    glyphs: &[Glyph],
    ids: &mut [Option<GlyphRef>],
    issues: &mut TextIssues,
) {
    let count = glyphs.len();
    match sources[0].resolved {
        Resolved::Invisible => {}
        Resolved::Missing(primary) => {
            issues.missing_glyphs += count;
            if let Some(face) = primary {
                ids.fill(Some(GlyphRef {
                    face,
                    glyph: 0,
                    y_shift: 0.0,
                }));
            }
        }
        Resolved::Face(face) => {
            let shaped = sources[0].byte.and_then(|first| {
                let last = sources[count - 1].byte?;
                let last_len = job.text[last..].chars().next()?.len_utf8();
                shape_run(&faces[face], &job.text[first..last + last_len], count)
            });
            let with_face = |s: ShapedGlyph| GlyphRef {
                face,
                glyph: s.glyph,
                y_shift: s.y_shift,
            };
            match shaped {
                Some(run) => {
                    for (id, shaped) in ids.iter_mut().zip(run) {
                        *id = shaped.map(with_face);
                    }
                }
                None => {
                    // Could not line up with egui: map character by character.
                    issues.shaping_mismatches += 1;
                    for (id, glyph) in ids.iter_mut().zip(glyphs) {
                        *id = cmap_glyph(&faces[face], glyph.chr).map(|glyph| GlyphRef {
                            face,
                            glyph,
                            y_shift: 0.0,
                        });
                    }
                }
            }
        }
    }
}

/// Shapes `text` with `face` as egui does and assigns the shaper's glyphs to
/// egui's `count` glyphs: each cluster's glyphs in order, then zero-width
/// continuations for its remaining characters. `None` if the counts disagree.
fn shape_run(face: &Face, text: &str, count: usize) -> Option<Vec<Option<ShapedGlyph>>> {
    let font = face.font()?;
    let shaper = face.shaper_data.shaper(&font).instance(None).build();
    let mut buffer = harfrust::UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    let shaped = shaper.shape(buffer, harfrust::ShapeOptions::new());
    let infos = shaped.glyph_infos();
    let positions = shaped.glyph_positions();
    let mut out: Vec<Option<ShapedGlyph>> = Vec::with_capacity(count);
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
            out.push(Some(ShapedGlyph {
                glyph: infos[m].glyph_id,
                y_shift: -(positions[m].y_offset as f32),
            }));
            emitted += 1;
        }
        out.extend(std::iter::repeat_n(None, chars.saturating_sub(emitted)));
        k = next;
    }
    (out.len() == count).then_some(out)
}

/// The glyph `face`'s character map gives `c`, shaping aside.
fn cmap_glyph(face: &Face, c: char) -> Option<u32> {
    let font = face.font()?;
    font.charmap().map(c).map(|g| g.to_u32())
}
