//! Text as editable `<text>` elements (`--svg-text text`): one element per
//! run of a row in one colour and size, each character where egui placed it
//! (on its baseline), in a font-family stack that names the embedded
//! fonts' families first and common fallbacks after. A viewer draws it with
//! whatever of those fonts it has, so it looks close to, not exactly like, the
//! outlines (the default).

use super::markup::{COORD, num, paint, xml_escape};
use crate::export::glyphs::text_color;
use egui::Color32;
use egui::emath::Rot2;
use egui::epaint::TextShape;
use egui::epaint::text::ByteIndex;
use std::fmt::Write as _;

/// The fonts the text asks for: the embedded Latin font (Ubuntu Light, egui's
/// default) and CJK font (Noto Sans CJK HK), then what most systems have.
pub const FONT_FAMILIES: &str = "'Ubuntu Light', Ubuntu, 'Noto Sans CJK HK', 'Noto Sans HK', \
'PingFang HK', 'Microsoft JhengHei', 'Helvetica Neue', Arial, sans-serif";

/// One run: characters of one row in one colour and size.
struct Run {
    text: String,
    xs: Vec<f32>,
    ys: Vec<f32>,
    size: f32,
    color: Color32,
}

/// The `<text>` elements of a text shape, and how many characters they hold.
/// Unrotated text is placed in canvas points; rotated text (a y-axis label) in
/// the galley's own space, turned and moved there by a transform.
pub(super) fn text_elements(shape: &TextShape) -> (String, usize) {
    let job = &shape.galley.job;
    if job.sections.is_empty() || shape.opacity_factor <= 0.0 {
        return (String::new(), 0);
    }
    let transform = if shape.angle == 0.0 {
        String::new()
    } else {
        let degrees = Rot2::from_angle(shape.angle).angle().to_degrees();
        format!(
            " transform=\"translate({} {}) rotate({})\"",
            num(shape.pos.x, COORD),
            num(shape.pos.y, COORD),
            num(degrees, COORD)
        )
    };
    let mut out = String::new();
    let mut count = 0;
    for run in runs(shape) {
        if run.text.trim().is_empty() || run.color.a() == 0 {
            continue;
        }
        count += run.text.chars().count();
        let xs: Vec<String> = run.xs.iter().map(|&x| num(x, COORD)).collect();
        // One baseline for the run, or one per character where fonts differ
        // (egui sits CJK glyphs a little apart from Latin ones).
        let ys: Vec<String> = if run.ys.iter().all(|&y| y == run.ys[0]) {
            vec![num(run.ys[0], COORD)]
        } else {
            run.ys.iter().map(|&y| num(y, COORD)).collect()
        };
        let _ = writeln!(
            out,
            "<text xml:space=\"preserve\" x=\"{}\" y=\"{}\" font-size=\"{}\" font-family=\"{FONT_FAMILIES}\"{}{transform}>{}</text>",
            xs.join(" "),
            ys.join(" "),
            num(run.size, COORD),
            paint("fill", run.color),
            xml_escape(&run.text)
        );
    }
    (out, count)
}

/// The runs of a text shape: each row cut where the colour or size changes,
/// every character where egui placed it (in canvas points, or in galley
/// space for rotated text).
fn runs(shape: &TextShape) -> Vec<Run> {
    let galley = &shape.galley;
    let job = &galley.job;
    let offset = if shape.angle == 0.0 {
        shape.pos.to_vec2()
    } else {
        egui::Vec2::ZERO
    };
    let last_section = job.sections.len().saturating_sub(1);
    let chars: Vec<(usize, char)> = job.text.char_indices().collect();
    let mut runs: Vec<Run> = Vec::new();
    let mut char_index = 0;
    for placed_row in &galley.rows {
        let glyphs = &placed_row.row.glyphs;
        let mut run: Option<Run> = None;
        for (i, glyph) in glyphs.iter().enumerate() {
            // The section of the glyph's character (the last for an elision "…").
            let section = chars.get(char_index + i).map_or(last_section, |(b, _)| {
                job.sections
                    .partition_point(|s| s.byte_range.end <= ByteIndex(*b))
                    .min(last_section)
            });
            let format = &job.sections[section].format;
            let (color, size) = (text_color(shape, format.color), format.font_id.size);
            let at = placed_row.pos + glyph.pos.to_vec2() + offset;
            if !run
                .as_ref()
                .is_some_and(|r| r.color == color && r.size == size)
            {
                runs.extend(run.take());
                run = Some(Run {
                    text: String::new(),
                    xs: Vec::new(),
                    ys: Vec::new(),
                    size,
                    color,
                });
            }
            if let Some(run) = &mut run {
                run.text.push(glyph.chr);
                run.xs.push(at.x);
                run.ys.push(at.y);
            }
        }
        runs.extend(run);
        char_index += glyphs.len() + usize::from(placed_row.ends_with_newline);
    }
    runs
}
