//! A chart as painted shapes: what [`super::scene`] produces and every output
//! format consumes (the SVG writer, and through it the PNG). Plain data with a
//! few queries; it knows no output format. The SVG of a drawing is
//! `Drawing::to_svg` (in [`super::svg`]), its glyph boxes `Drawing::glyph_boxes`
//! (in [`super::inspect`]).

use egui::epaint::ClippedShape;
use egui::{Color32, Pos2, Rect, Shape, Vec2};

/// A chart as egui painted it: the shapes of the last frame.
#[derive(Clone, Debug)]
pub struct Drawing {
    /// The layout size in egui points: the canvas size divided by [`Self::zoom`].
    /// Shapes are in these units.
    pub size: Vec2,
    /// Canvas points per layout point (at least 1): how much the layout is
    /// magnified to fill the export's width × height.
    pub zoom: f32,
    /// Pixels per layout point: the export's scale × [`Self::zoom`]. egui laid
    /// the text out and snapped lines for exactly this density.
    pub pixels_per_point: f32,
    /// The theme's background colour, under everything.
    pub background: Color32,
    /// What egui painted, in paint order, each with its clip rectangle.
    pub shapes: Vec<ClippedShape>,
    /// The chart title (becomes the SVG `<title>`).
    pub title: String,
    /// The chart's source line (becomes the SVG `<desc>`).
    pub description: String,
    /// Every source behind the chart, one line each ("publisher: title, URL"),
    /// primary sources first: the SVG's `<metadata>`, so a source line that
    /// says "and N more" never hides which sources were used.
    pub sources: Vec<String>,
    /// How many frames were run.
    pub frames: usize,
    /// Whether the last frame painted exactly what the one before it did (it
    /// always should; the tests check it).
    pub settled: bool,
}

/// Where one glyph of the exported text lies on the canvas.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GlyphBox {
    /// The character drawn.
    pub chr: char,
    /// The bounds of its outline, in points.
    pub rect: Rect,
}

impl Drawing {
    /// The canvas size in points (the export's width × height).
    pub fn canvas_size(&self) -> Vec2 {
        self.size * self.zoom
    }

    /// The rectangle of the plot area in layout points: the largest rectangle
    /// painted, other than the background (egui_plot frames its plot with one).
    pub fn plot_rect(&self) -> Option<Rect> {
        let canvas = Rect::from_min_size(Pos2::ZERO, self.size);
        self.shapes
            .iter()
            .filter_map(|c| match &c.shape {
                Shape::Rect(r) if r.rect != canvas && !r.rect.contains_rect(canvas) => Some(r.rect),
                _ => None,
            })
            .max_by(|a, b| a.area().total_cmp(&b.area()))
    }
}
