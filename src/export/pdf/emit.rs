//! The laid-out report ([`Laid`]) written as PDF with krilla: text as real
//! text in embedded, subset fonts; charts as vectors ([`super::chart`]); links
//! as link annotations; the parts as the PDF outline (bookmarks); and a tag
//! tree (headings, paragraphs, figures with their titles as alternative text)
//! so screen readers read the report in order. No timestamp or random id goes
//! in: krilla derives the document id from the content, and the only date is
//! the dataset's "as of".

use super::chart;
use super::page::{Item, Laid, Role, Run};
use super::paint::{fill, font, stroke};
use crate::export::error::ExportError;
use crate::style::report as st;
use krilla::action::LinkAction;
use krilla::annotation::{Annotation, LinkAnnotation, Target};
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point};
use krilla::metadata::Metadata;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::surface::Surface;
use krilla::tagging::{ArtifactType, ContentTag, Node, SpanTag, Tag, TagGroup, TagTree};
use krilla::text::{GlyphId, KrillaGlyph};
use krilla::{Document, SerializeSettings};
use std::num::NonZeroU16;

/// The calls [`write`] makes to its `on_step`: one per quarter of the pages,
/// one when the document (fonts subset, objects serialised) is done.
pub(super) const STEPS: usize = 5;

/// Writes `laid` as a PDF with `metadata` (title, language, date), calling
/// `on_step` [`STEPS`] times as it goes.
pub(super) fn write(
    laid: &Laid,
    metadata: Metadata,
    lang: &str,
    on_step: &mut dyn FnMut(),
) -> Result<Vec<u8>, ExportError> {
    let settings = SerializeSettings {
        // An XMP packet would repeat the metadata; the Info dictionary says it all.
        xmp_metadata: false,
        ..SerializeSettings::default()
    };
    let mut document = Document::new_with(settings);
    let mut tree = TagTree::new().with_lang(Some(lang.to_owned()));
    let size = laid.size;
    let page_parts = STEPS - 1;
    let mut parts_done = 0;
    let pages = laid.pages.len();
    for (number, page) in laid.pages.iter().enumerate() {
        let settings = PageSettings::from_wh(size.x, size.y)
            .ok_or_else(|| ExportError::Pdf(format!("bad page size {size:?}")))?;
        let mut p = document.start_page_with(settings);
        let mut links = Vec::new();
        {
            let mut surface = p.surface();
            for item in &page.items {
                match item {
                    Item::Text(run, role) => {
                        if let Some(node) = text(&mut surface, run, *role) {
                            tree.push(node);
                        }
                    }
                    Item::Rule(a, b) => {
                        surface.start_tagged(ContentTag::Artifact(
                            krilla::tagging::Artifact::with_kind(ArtifactType::Layout),
                        ));
                        let mut path = PathBuilder::new();
                        path.move_to(a.x, a.y);
                        path.line_to(b.x, b.y);
                        if let Some(path) = path.finish() {
                            surface.set_fill(None);
                            surface.set_stroke(stroke(st::RULE, st::RULE_WIDTH));
                            surface.draw_path(&path);
                        }
                        surface.end_tagged();
                    }
                    Item::Chart(drawing, rect) => {
                        let id = surface.start_tagged(ContentTag::Other);
                        chart::draw(&mut surface, drawing, *rect);
                        surface.end_tagged();
                        let alt = format!("{}. {}", drawing.title, drawing.description);
                        let mut figure = TagGroup::new(Tag::Figure(Some(alt)));
                        figure.push(id);
                        tree.push(figure);
                    }
                    Item::Link(rect, url) => links.push((*rect, url.clone())),
                }
            }
            surface.finish();
        }
        for (rect, url) in links {
            let Some(area) =
                krilla::geom::Rect::from_ltrb(rect.min.x, rect.min.y, rect.max.x, rect.max.y)
            else {
                continue;
            };
            let target = Target::Action(LinkAction::new(url.clone()).into());
            let annotation = Annotation::new_link(LinkAnnotation::new(area, target), Some(url));
            let id = p.add_tagged_annotation(annotation);
            let mut link = TagGroup::new(Tag::Link);
            link.push(id);
            tree.push(link);
        }
        p.finish();
        let due = (number + 1) * page_parts / pages;
        for _ in parts_done..due {
            on_step();
        }
        parts_done = due;
    }
    // No pages: the parts are done at once.
    for _ in parts_done..page_parts {
        on_step();
    }
    let mut outline = Outline::new();
    for mark in &laid.outline {
        let dest = XyzDestination::new(mark.page, Point::from_xy(0.0, mark.y));
        outline.push_child(OutlineNode::new(mark.title.clone(), dest));
    }
    document.set_outline(outline);
    document.set_metadata(metadata);
    document.set_tag_tree(tree);
    let pdf = document
        .finish()
        .map_err(|e| ExportError::Pdf(format!("{e:?}")))?;
    on_step();
    Ok(pdf)
}

/// Draws one line of text; returns its node of the tag tree (none for the
/// running header and page numbers, which are artifacts).
fn text(surface: &mut Surface, run: &Run, role: Role) -> Option<Node> {
    let id = match role {
        Role::Running => {
            surface.start_tagged(ContentTag::Artifact(krilla::tagging::Artifact::with_kind(
                ArtifactType::Page,
            )));
            None
        }
        _ => Some(surface.start_tagged(ContentTag::Span(SpanTag::empty()))),
    };
    draw_run(surface, run);
    surface.end_tagged();
    let id = id?;
    let level = |n: u16| NonZeroU16::new(n).unwrap_or(NonZeroU16::MIN);
    let mut group = match role {
        Role::Heading => TagGroup::new(Tag::Hn(level(1), Some(run.text.clone()))),
        Role::Subheading => TagGroup::new(Tag::Hn(level(2), Some(run.text.clone()))),
        _ => TagGroup::new(Tag::P),
    };
    group.push(id);
    Some(group.into())
}

/// Draws a run's glyphs, one text object per face.
fn draw_run(surface: &mut Surface, run: &Run) {
    let look = run.look;
    surface.set_fill(fill(look.color));
    surface.set_stroke(if look.bold {
        stroke(look.color, look.size * st::BOLD_STROKE)
    } else {
        None
    });
    let mut x = run.origin.x;
    let mut start = 0;
    while start < run.glyphs.len() {
        let face = run.glyphs[start].face;
        let end = run.glyphs[start..]
            .iter()
            .position(|g| g.face != face)
            .map_or(run.glyphs.len(), |n| start + n);
        let glyphs: Vec<KrillaGlyph> = run.glyphs[start..end]
            .iter()
            .map(|g| KrillaGlyph {
                glyph_id: GlyphId::new(g.glyph_id),
                text_range: g.range.clone(),
                x_advance: g.advance,
                x_offset: 0.0,
                y_offset: 0.0,
                y_advance: 0.0,
                location: None,
            })
            .collect();
        if let Some(f) = font(face) {
            let origin = Point::from_xy(x, run.origin.y);
            surface.draw_glyphs(origin, &glyphs, f, &run.text, look.size, false);
        }
        x += super::flow::advance(&run.glyphs[start..end]) * look.size;
        start = end;
    }
    surface.set_stroke(None);
}
