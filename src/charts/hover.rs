//! Hover texts, found by the plotted item's id (never by its translated name)
//! and shown as a tooltip at the pointer after the plot is drawn.

use super::legend::LegendEntry;
use crate::style;
use egui_plot::{ItemId, PlotPoint, PlotResponse};

/// A plotted series: what it tells when the pointer is over one of its
/// elements, and how the legend names it.
pub(crate) struct Hoverable<'a> {
    /// The plotted item (a line and its points share one id).
    pub id: ItemId,
    /// Its elements and their texts.
    pub elements: Elements<'a>,
    /// Its entry in the chart's legend.
    pub legend: LegendEntry,
}

/// A hoverable series' elements.
pub(crate) enum Elements<'a> {
    /// Bars: two opposite corners of each in plot coordinates, and the text of
    /// the bar at an index, made only when it is hovered (a frame of the Charts
    /// tab would otherwise format every bar's text, a fifth of its time). The
    /// chart shows it at the pointer: egui_plot would paint it above the bar,
    /// where the plot's edge cuts off a tall bar's lines.
    Bars {
        /// Where the bars are.
        extents: Vec<(PlotPoint, PlotPoint)>,
        /// The hover text of the bar at an index.
        text: Box<dyn Fn(usize) -> String + 'a>,
    },
    /// Points, with the text of a point made only when it is hovered.
    Points {
        /// Where the points are, in plot coordinates.
        points: Vec<[f64; 2]>,
        /// The hover text of the point at an index (and at that place).
        text: Box<dyn Fn(usize, [f64; 2]) -> Option<String> + 'a>,
    },
}

/// Shows the hovered element's text as a tooltip at the pointer: the element
/// of the hovered item within egui's interaction radius of the pointer (a
/// legend entry hovered also names its item, but points at no element).
pub(crate) fn show_tooltip(shown: &PlotResponse<Vec<Hoverable>>) {
    let response = &shown.response;
    let (Some(item), Some(pointer)) = (shown.hovered_plot_item, response.hover_pos()) else {
        return;
    };
    let Some(hovered) = shown.inner.iter().find(|h| h.id == item) else {
        return;
    };
    let reach = response.ctx.global_style().interaction.interact_radius;
    let to_screen = |p: &PlotPoint| shown.transform.position_from_point(p);
    let (text, default_width) = match &hovered.elements {
        Elements::Bars { extents, text } => {
            let bar = extents.iter().position(|(min, max)| {
                egui::Rect::from_two_pos(to_screen(min), to_screen(max))
                    .expand(reach)
                    .contains(pointer)
            });
            (bar.map(text), false)
        }
        Elements::Points { points, text } => {
            // The nearest point, as egui_plot picks it.
            let nearest = points
                .iter()
                .map(|&[x, y]| to_screen(&PlotPoint::new(x, y)).distance_sq(pointer))
                .enumerate()
                .min_by(|a, b| a.1.total_cmp(&b.1))
                .filter(|(_, distance_sq)| *distance_sq <= reach * reach);
            // Points keep egui_plot's own label width.
            (nearest.and_then(|(i, _)| text(i, points[i])), true)
        }
    };
    let Some(text) = text else {
        return;
    };
    let width = response.ctx.global_style().spacing.tooltip_width;
    let mut tooltip = egui::Tooltip::always_open(
        response.ctx.clone(),
        response.layer_id,
        response.id,
        egui::PopupAnchor::Pointer,
    );
    if default_width {
        tooltip.popup = tooltip.popup.width(width);
    }
    tooltip.gap(style::plot::TOOLTIP_GAP).show(|ui| {
        ui.set_max_width(width);
        ui.label(text);
    });
}
