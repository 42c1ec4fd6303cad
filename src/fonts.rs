//! The fonts every surface uses: egui's Latin fonts first, then an embedded
//! subset of Noto Sans CJK HK for Chinese (egui ships no CJK glyphs). The window
//! and the exports install the same definitions, so text looks the same in both.

use egui::{FontData, FontDefinitions, FontFamily};
use std::sync::Arc;

/// The embedded Chinese font (SIL OFL 1.1; see `assets/fonts/README.md`).
pub const CJK_FONT: &[u8] = include_bytes!("../assets/fonts/NotoSansHK-Subset.otf");

/// The name the CJK font is registered under.
pub const CJK_FONT_NAME: &str = "noto_sans_cjk_hk_subset";

/// egui's default fonts with the CJK font appended as a fallback to every family.
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        CJK_FONT_NAME.to_owned(),
        Arc::new(FontData::from_static(CJK_FONT)),
    );
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .push(CJK_FONT_NAME.to_owned());
    }
    fonts
}

/// Installs [`definitions`] in a context.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}
