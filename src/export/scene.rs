//! Drawing a chart off-screen: the window's own drawing code, run in a headless
//! `egui::Context`, with what it paints kept as shapes.

use super::drawing::Drawing;
use super::spec::ExportSpec;
use crate::charts::{self, ChartData, ChartKind, ChartOptions, Surface};
use crate::model::Source;
use egui::epaint::ClippedShape;
use egui::{Color32, Pos2, Rect, Theme, Vec2};

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

/// The first guess, in points, of what the text around the plot (title, unit,
/// legend, definition, source line) takes; each frame then measures it.
const TEXT_HEIGHT_GUESS: f32 = 110.0;

/// The layout size exports are designed for, in egui points: a larger canvas
/// shows this layout magnified (see [`Drawing::zoom`]), so text, lines and
/// markers keep their proportion to the image whatever its size. 960×540 is
/// about the size of a chart in the window.
pub const DESIGN_SIZE: Vec2 = Vec2::new(960.0, 540.0);

/// Where the chart goes on the canvas: the layout size, its magnification, the
/// pixel density egui lays out for, and the margin around the chart.
struct Layout {
    size: Vec2,
    zoom: f32,
    pixels_per_point: f32,
    margin: f32,
}

impl Layout {
    /// Canvases larger than [`DESIGN_SIZE`] keep its proportions and are magnified.
    fn new(spec: &ExportSpec) -> Self {
        let canvas = Vec2::new(spec.width as f32, spec.height as f32);
        let zoom = (canvas.x / DESIGN_SIZE.x)
            .min(canvas.y / DESIGN_SIZE.y)
            .max(1.0);
        let size = canvas / zoom;
        Layout {
            size,
            zoom,
            pixels_per_point: spec.scale * zoom,
            margin: (size.x.min(size.y) * 0.025).clamp(8.0, 32.0),
        }
    }

    /// One frame's input: the layout size at the export's pixel density, time frozen.
    fn input(&self) -> egui::RawInput {
        let mut input = egui::RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, self.size)),
            time: Some(0.0),
            max_texture_side: Some(16384),
            ..Default::default()
        };
        if let Some(viewport) = input.viewports.get_mut(&egui::ViewportId::ROOT) {
            viewport.native_pixels_per_point = Some(self.pixels_per_point);
        }
        input
    }
}

/// A headless context with the app's fonts in `theme`, with no animation, and
/// text laid out as the SVG draws it; and the theme's background colour.
fn headless_context(theme: Theme) -> (egui::Context, Color32) {
    let ctx = egui::Context::default();
    crate::fonts::install(&ctx);
    ctx.set_theme(theme);
    let mut visuals = match theme {
        Theme::Light => egui::Visuals::light(),
        Theme::Dark => egui::Visuals::dark(),
    };
    // Glyphs at whole-pixel positions with unhinted outlines: what the SVG draws.
    visuals.text_options.font_hinting = false;
    visuals.text_options.subpixel_binning = false;
    let background = visuals.panel_fill;
    ctx.set_visuals_of(theme, visuals);
    ctx.all_styles_mut(|style| {
        style.animation_time = 0.0;
        style.scroll_animation = egui::style::ScrollAnimation::none();
    });
    (ctx, background)
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
    let (ctx, background) = headless_context(spec.theme);
    let layout = Layout::new(spec);
    let available = layout.size.y - 2.0 * layout.margin;
    let mut plot_height = (available - TEXT_HEIGHT_GUESS).max(MIN_PLOT_HEIGHT);
    let mut shapes: Vec<ClippedShape> = Vec::new();
    let mut frames = 0;
    let mut settled = false;
    while frames < MAX_FRAMES && !(settled && frames >= MIN_FRAMES) {
        let mut used = None;
        let mut output = ctx.run_ui(layout.input(), |ui| {
            let frame = egui::Frame::NONE
                .fill(background)
                .inner_margin(layout.margin);
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
            // Fit the plot to what the text around it took this frame.
            plot_height = (plot_height + available - used)
                .max(MIN_PLOT_HEIGHT)
                .floor();
        }
    }
    Drawing {
        size: layout.size,
        zoom: layout.zoom,
        pixels_per_point: layout.pixels_per_point,
        background,
        shapes,
        title: charts::title(kind, data, options),
        description: charts::source_line(kind, data, options),
        sources: charts::chart_sources(kind, data, options)
            .iter()
            .map(|s| source_entry(s))
            .collect(),
        frames,
        settled,
    }
}

/// One source as the SVG's metadata lists it: "publisher: title, URL", with
/// "(secondary)" for a mirror or a secondary report.
fn source_entry(source: &Source) -> String {
    let secondary = if source.secondary { " (secondary)" } else { "" };
    format!(
        "{}: {}, {}{secondary}",
        source.publisher, source.title, source.url
    )
}
