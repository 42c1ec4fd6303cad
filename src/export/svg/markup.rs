//! The SVG text of numbers, colours, strokes and outlines: short and stable,
//! so the same drawing always gives the same bytes.

use super::super::glyphs::PathCommand;
use egui::{Color32, Pos2, Stroke};
use std::fmt::Write as _;

/// Decimals of coordinates, sizes, angles and opacities: a thousandth of a point.
pub(super) const COORD: u32 = 3;

/// Decimals of scale factors (font units to points are about 0.01): six.
pub(super) const FACTOR: u32 = 6;

/// Formats a number with at most `decimals` decimals ([`COORD`] or [`FACTOR`]),
/// no trailing zeros, no "-0", and "0" for what is not finite.
pub(super) fn num(v: f32, decimals: u32) -> String {
    if !v.is_finite() {
        return "0".to_owned();
    }
    let factor = f64::from(10u32.pow(decimals));
    let rounded = (f64::from(v) * factor).round() / factor;
    if rounded == 0.0 {
        "0".to_owned()
    } else {
        format!("{rounded}")
    }
}

/// Escapes text for an XML attribute or element.
pub(super) fn xml_escape(text: &str) -> String {
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
pub(super) fn paint(attribute: &str, color: Color32) -> String {
    let [r, g, b, a] = color.to_srgba_unmultiplied();
    if a == 0 {
        return format!(" {attribute}=\"none\"");
    }
    let mut out = format!(" {attribute}=\"#{r:02x}{g:02x}{b:02x}\"");
    if a < 255 {
        let opacity = num(f32::from(a) / 255.0, COORD);
        let _ = write!(out, " {attribute}-opacity=\"{opacity}\"");
    }
    out
}

/// Stroke attributes, or nothing for an invisible stroke.
pub(super) fn stroke_attrs(width: f32, color: Color32) -> String {
    if width <= 0.0 || color.a() == 0 {
        return String::new();
    }
    format!(
        "{} stroke-width=\"{}\"",
        paint("stroke", color),
        num(width, COORD)
    )
}

/// ` transform="rotate(DEGREES X Y)"` turning by `angle` radians about
/// `center`, or nothing when `angle` is 0.
pub(super) fn rotation(angle: f32, center: Pos2) -> String {
    if angle == 0.0 {
        return String::new();
    }
    format!(
        " transform=\"rotate({} {} {})\"",
        num(angle.to_degrees(), COORD),
        num(center.x, COORD),
        num(center.y, COORD)
    )
}

/// How far a stroke reaches beyond the line it follows, or 0 for none.
pub(super) fn half_width(stroke: Stroke) -> f32 {
    if stroke.is_empty() {
        0.0
    } else {
        0.5 * stroke.width
    }
}

/// Appends "X Y".
fn point(d: &mut String, p: Pos2) {
    d.push_str(&num(p.x, COORD));
    d.push(' ');
    d.push_str(&num(p.y, COORD));
}

/// SVG path data of a glyph outline (in font units, y down).
pub(super) fn outline_path(commands: &[PathCommand]) -> String {
    let mut d = String::new();
    for command in commands {
        match *command {
            PathCommand::MoveTo(p) => {
                d.push('M');
                point(&mut d, p);
            }
            PathCommand::LineTo(p) => {
                d.push('L');
                point(&mut d, p);
            }
            PathCommand::QuadTo(c, p) => {
                d.push('Q');
                point(&mut d, c);
                d.push(' ');
                point(&mut d, p);
            }
            PathCommand::CurveTo(c0, c1, p) => {
                d.push('C');
                point(&mut d, c0);
                d.push(' ');
                point(&mut d, c1);
                d.push(' ');
                point(&mut d, p);
            }
            PathCommand::Close => d.push('Z'),
        }
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short_and_stable() {
        assert_eq!(num(1.0, COORD), "1");
        assert_eq!(num(-0.0001, COORD), "0");
        assert_eq!(num(12.3456, COORD), "12.346");
        assert_eq!(num(0.5, COORD), "0.5");
        assert_eq!(num(f32::NAN, COORD), "0");
        assert_eq!(num(1e7, COORD), "10000000");
        assert_eq!(num(0.012_345_67, FACTOR), "0.012346");
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
    fn outlines_become_path_data() {
        let p = |x: f32, y: f32| Pos2::new(x, y);
        let d = outline_path(&[
            PathCommand::MoveTo(p(0.0, -10.0)),
            PathCommand::LineTo(p(5.5, 0.0)),
            PathCommand::QuadTo(p(6.0, 1.0), p(7.0, 2.0)),
            PathCommand::CurveTo(p(1.0, 2.0), p(3.0, 4.0), p(5.0, 6.0)),
            PathCommand::Close,
        ]);
        assert_eq!(d, "M0 -10L5.5 0Q6 1 7 2C1 2 3 4 5 6Z");
    }

    #[test]
    fn escapes_markup() {
        assert_eq!(
            xml_escape("R&D <AI> \"x\""),
            "R&amp;D &lt;AI&gt; &quot;x&quot;"
        );
    }
}
