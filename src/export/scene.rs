//! Drawing a chart off-screen: the window's own drawing code, run in a headless
//! `egui::Context`, with what it paints kept as shapes.

use super::ExportSpec;
use super::glyphs::Glyphs;
use super::svg::{self, SvgReport};
use crate::charts::{self, ChartData, ChartKind, ChartOptions, Surface};
use egui::epaint::ClippedShape;
use egui::{Color32, Pos2, Rect, Shape, Theme, Vec2};

/// The fewest frames run. egui sizes some things from the previous frame (the
/// plot's axis widths, the legend), and the plot height is fitted from what the
/// first frame measured; the frames run on until one paints exactly what the
/// previous one did, up to [`MAX_FRAMES`]. The last is kept.
const MIN_FRAMES: usize = 3;

/// The most frames run (charts settle in three or four).
const MAX_FRAMES: usize = 8;

/// The smallest plot height, in points, whatever the canvas (tiny exports get a
/// tiny but valid plot, and text below it may be cut off at the canvas edge).
const MIN_PLOT_HEIGHT: f32 = 24.0;

/// The layout size exports are designed for, in egui points: a larger canvas
/// shows this layout magnified (see [`Drawing::zoom`]), so text, lines and
/// markers keep their proportion to the image whatever its size. 960×540 is
/// about the size of a chart in the window.
pub const DESIGN_SIZE: Vec2 = Vec2::new(960.0, 540.0);

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
    /// The drawing as an SVG document, and what (if anything) it could not reproduce.
    pub fn to_svg(&self) -> (String, SvgReport) {
        svg::to_svg(self)
    }

    /// The canvas size in points (the export's width × height).
    pub fn canvas_size(&self) -> Vec2 {
        self.size * self.zoom
    }

    /// The bounds of every visible glyph (spaces have none) in canvas points,
    /// for checking that no label or legend entry falls outside the canvas.
    pub fn glyph_boxes(&self) -> Vec<GlyphBox> {
        let mut glyphs = Glyphs::new();
        let mut out = Vec::new();
        let mut texts = Vec::new();
        for clipped in &self.shapes {
            collect_text(&clipped.shape, &mut texts);
        }
        for text in texts {
            for placed in glyphs.place_text(text) {
                if let Some(rect) = placed.bounds(&glyphs.outlines) {
                    out.push(GlyphBox {
                        chr: placed.chr,
                        rect: Rect::from_min_max(
                            (rect.min.to_vec2() * self.zoom).to_pos2(),
                            (rect.max.to_vec2() * self.zoom).to_pos2(),
                        ),
                    });
                }
            }
        }
        out
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

fn collect_text<'a>(shape: &'a Shape, out: &mut Vec<&'a egui::epaint::TextShape>) {
    match shape {
        Shape::Text(t) => out.push(t),
        Shape::Vec(v) => v.iter().for_each(|s| collect_text(s, out)),
        _ => {}
    }
}

/// Draws `kind` for a `spec.width × spec.height` point canvas at `spec.scale`
/// pixels per point: title, unit, plot with axes and legend, definition and
/// source line, on the theme's background, with the plot taking the height left.
/// Canvases larger than [`DESIGN_SIZE`] are laid out at that size's proportions
/// and magnified.
pub(super) fn draw(
    kind: ChartKind,
    data: ChartData,
    options: &ChartOptions,
    spec: &ExportSpec,
) -> Drawing {
    let ctx = egui::Context::default();
    crate::fonts::install(&ctx);
    ctx.set_theme(spec.theme);
    let mut visuals = match spec.theme {
        Theme::Light => egui::Visuals::light(),
        Theme::Dark => egui::Visuals::dark(),
    };
    // Glyphs at whole-pixel positions with unhinted outlines: what the SVG draws.
    visuals.text_options.font_hinting = false;
    visuals.text_options.subpixel_binning = false;
    let background = visuals.panel_fill;
    ctx.set_visuals_of(spec.theme, visuals);
    ctx.all_styles_mut(|style| {
        style.animation_time = 0.0;
        style.scroll_animation = egui::style::ScrollAnimation::none();
    });

    let canvas = Vec2::new(spec.width as f32, spec.height as f32);
    let zoom = (canvas.x / DESIGN_SIZE.x)
        .min(canvas.y / DESIGN_SIZE.y)
        .max(1.0);
    let size = canvas / zoom;
    let pixels_per_point = spec.scale * zoom;
    let margin = (size.x.min(size.y) * 0.025).clamp(8.0, 32.0);
    let available = size.y - 2.0 * margin;
    // A first guess; each frame then fits the plot to what the text around it took.
    let mut plot_height = (available - 110.0).max(MIN_PLOT_HEIGHT);
    let mut shapes: Vec<ClippedShape> = Vec::new();
    let mut frames = 0;
    let mut settled = false;
    while frames < MAX_FRAMES && !(settled && frames >= MIN_FRAMES) {
        let mut input = egui::RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, size)),
            time: Some(0.0),
            max_texture_side: Some(16384),
            ..Default::default()
        };
        if let Some(viewport) = input.viewports.get_mut(&egui::ViewportId::ROOT) {
            viewport.native_pixels_per_point = Some(pixels_per_point);
        }
        let mut used = None;
        let mut output = ctx.run_ui(input, |ui| {
            let frame = egui::Frame::NONE.fill(background).inner_margin(margin);
            egui::CentralPanel::default().frame(frame).show(ui, |ui| {
                let chart = ui.vertical(|ui| {
                    charts::draw_chart(ui, kind, data, options, Surface::Export, plot_height);
                });
                used = Some(chart.response.rect.height());
            });
        });
        // No renderer uploads the font atlas: drop the delta (dropping it unapplied panics).
        output.textures_delta.clear();
        frames += 1;
        settled = output.shapes == shapes;
        shapes = output.shapes;
        if let Some(used) = used {
            plot_height = (plot_height + available - used)
                .max(MIN_PLOT_HEIGHT)
                .floor();
        }
    }
    Drawing {
        size,
        zoom,
        pixels_per_point,
        background,
        shapes,
        title: charts::title(kind, data, options),
        description: charts::source_line(kind, data, options),
        frames,
        settled,
    }
}
