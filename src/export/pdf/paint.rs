//! egui colours and the app's fonts as krilla paints and fonts.

use crate::export::glyphs::face_data;
use egui::Color32;
use krilla::color::rgb;
use krilla::num::NormalizedF32;
use krilla::paint::{Fill, FillRule, LineCap, LineJoin, Stroke};
use krilla::text::Font;
use std::sync::OnceLock;

/// A fill of `color` (egui's premultiplied colour, unmultiplied), or none
/// for a transparent one.
pub(super) fn fill(color: Color32) -> Option<Fill> {
    let [r, g, b, a] = color.to_srgba_unmultiplied();
    (a > 0).then(|| Fill {
        paint: rgb::Color::new(r, g, b).into(),
        opacity: NormalizedF32::new(f32::from(a) / 255.0).unwrap_or(NormalizedF32::ONE),
        rule: FillRule::NonZero,
    })
}

/// A stroke of `color` and `width`, or none when it would not show.
pub(super) fn stroke(color: Color32, width: f32) -> Option<Stroke> {
    let [r, g, b, a] = color.to_srgba_unmultiplied();
    (a > 0 && width > 0.0).then(|| Stroke {
        paint: rgb::Color::new(r, g, b).into(),
        width,
        line_cap: LineCap::Butt,
        line_join: LineJoin::Round,
        opacity: NormalizedF32::new(f32::from(a) / 255.0).unwrap_or(NormalizedF32::ONE),
        ..Stroke::default()
    })
}

/// Face `face` of the app's font stack as a krilla font, parsed once per
/// process (krilla embeds only the glyphs a document uses).
pub(super) fn font(face: usize) -> Option<Font> {
    static FONTS: OnceLock<Vec<Option<Font>>> = OnceLock::new();
    let fonts = FONTS.get_or_init(|| {
        (0..)
            .map_while(face_data)
            .map(|(bytes, index)| Font::new(bytes.into(), index))
            .collect()
    });
    fonts.get(face).cloned().flatten()
}
