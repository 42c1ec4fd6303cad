//! The fonts egui draws with, parsed once, and which face draws a character:
//! the first face of the family's fallback list whose character map has it.

use egui::epaint::text::{FontData, FontFamily};
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, GlyphId, MetadataProvider};
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, OnceLock};

/// One font file egui may draw with.
pub(super) struct Face {
    pub data: Arc<FontData>,
    pub units_per_em: f32,
    pub shaper_data: harfrust::ShaperData,
}

impl Face {
    pub fn font(&self) -> Option<FontRef<'_>> {
        FontRef::from_index(self.data.bytes(), self.data.index).ok()
    }
}

/// The fonts of [`crate::fonts::definitions`], parsed once per process.
pub(super) struct FontStack {
    pub faces: Vec<Face>,
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
fn font_stack() -> &'static FontStack {
    static STACK: OnceLock<FontStack> = OnceLock::new();
    STACK.get_or_init(|| FontStack::new(&crate::fonts::definitions()))
}

/// What a character resolves to in a family.
#[derive(Clone, Copy)]
pub(super) enum Resolved {
    /// A face with a glyph for it.
    Face(usize),
    /// A zero-width character (joiners, direction marks): drawn as nothing.
    Invisible,
    /// No face has it: egui draws the primary face's `.notdef` ("tofu").
    Missing(Option<usize>),
}

impl Resolved {
    /// Whether two characters can be shaped in one run.
    pub fn same_face(self, other: Resolved) -> bool {
        match (self, other) {
            (Resolved::Face(x), Resolved::Face(y)) => x == y,
            (Resolved::Invisible, Resolved::Invisible) => true,
            (Resolved::Missing(_), Resolved::Missing(_)) => true,
            _ => false,
        }
    }
}

/// The font stack, and which face draws each character, remembered as found.
pub(super) struct Fonts {
    stack: &'static FontStack,
    resolved: HashMap<(FontFamily, char), Resolved>,
}

impl Fonts {
    /// The process-wide font stack, nothing resolved yet.
    pub fn new() -> Self {
        Fonts {
            stack: font_stack(),
            resolved: HashMap::new(),
        }
    }

    /// The faces, in the stack's order ([`Resolved::Face`] indexes them).
    pub fn faces(&self) -> &'static [Face] {
        &self.stack.faces
    }

    /// Which face egui draws `c` with in `family`: the first of the fallback list
    /// whose character map has it.
    pub fn resolve(&mut self, family: FontFamily, c: char) -> Resolved {
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
}

/// Characters egui draws as nothing (epaint's `invisible_char`).
fn invisible(c: char) -> bool {
    matches!(
        c,
        '\r' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}' | '\u{FEFF}'
    )
}
