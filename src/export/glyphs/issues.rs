//! What the text conversion could not reproduce exactly, counted as it goes
//! (by `shaping` for glyphs, by the conversion itself for decorations).

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
