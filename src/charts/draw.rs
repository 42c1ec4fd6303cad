//! Drawing a chart: the parts every chart shares (title, unit, plot frame,
//! legend, markers, hover tooltips, source line, accessible name), around the
//! chart's own axes and series. One drawing for the window and every export.

use super::axes;
use super::hover;
use super::legend::show_legend;
use super::markers::{initiative_markers, plot_markers};
use super::{ChartData, ChartKind, ChartOptions, Surface, chart_years, definition, source_line};
use super::{subtitle, title, unit};
use crate::i18n::T;
use egui::RichText;
use egui_plot::Plot;

/// Draws a chart with its title, units, plot, legend and source line, filling
/// `ui`'s available width; the plot takes `plot_height` points. The one drawing
/// used on screen and in exports.
pub fn draw_chart(
    ui: &mut egui::Ui,
    kind: ChartKind,
    data: ChartData,
    options: &ChartOptions,
    surface: Surface,
    plot_height: f32,
) -> egui::Response {
    ui.label(RichText::new(title(kind, data, options)).heading().strong());
    ui.label(RichText::new(subtitle(kind, data, options)).small());
    let response = draw_plot(ui, kind, data, options, surface, plot_height);
    ui.label(RichText::new(definition(kind, options)).small().weak());
    ui.label(RichText::new(source_line(kind, data, options)).small());
    response
}

/// Draws only the plot area of a chart.
pub fn draw_plot(
    ui: &mut egui::Ui,
    kind: ChartKind,
    data: ChartData,
    options: &ChartOptions,
    surface: Surface,
    height: f32,
) -> egui::Response {
    let chart = kind.chart();
    let years = chart_years(kind, data, options);
    let plot = base_plot(kind, options, surface, height, &years);
    let plot = chart.configure(plot, data, options);
    let markers = if options.show_initiatives && chart.is_time_chart() {
        initiative_markers(data, &years)
    } else {
        Vec::new()
    };
    let shown = plot.show(ui, |plot_ui| {
        let mut hoverables = chart.plot(plot_ui, data, options, &years);
        hoverables.extend(plot_markers(plot_ui, markers, data, options.lang));
        hoverables
    });
    if surface == Surface::Screen {
        hover::show_tooltip(&shown);
    }
    if chart.is_time_chart() {
        let entries: Vec<_> = shown.inner.iter().map(|series| &series.legend).collect();
        show_legend(ui, kind.slug(), &entries, options.lang);
    }
    let response = shown.response;
    // Built only when a screen reader asks for the tree.
    response.widget_info(|| {
        let description = options.lang.format(
            T::ChartName,
            &[
                &title(kind, data, options),
                &source_line(kind, data, options),
            ],
        );
        egui::WidgetInfo::labeled(egui::Role::Image, true, description)
    });
    response
}

/// The plot frame every chart shares: zoom and pan on screen only, hover
/// without a crosshair; for time charts a year axis over `years` and a value
/// axis from 0. (Time charts' legends go under the plot, by [`draw_plot`];
/// the startups-by-category chart needs none: its rows are named on their
/// axis, its values written on its columns.)
fn base_plot<'p>(
    kind: ChartKind,
    options: &ChartOptions,
    surface: Surface,
    height: f32,
    years: &std::ops::RangeInclusive<i32>,
) -> Plot<'p> {
    let interactive = surface == Surface::Screen;
    let plot = Plot::new(kind.slug())
        .id(egui::Id::unique(("chart", kind.slug())))
        .height(height)
        .allow_zoom(interactive)
        .allow_drag(interactive)
        .allow_scroll(false)
        .allow_boxed_zoom(interactive)
        .allow_axis_zoom_drag(false)
        .allow_double_click_reset(interactive)
        // Hover values, without a crosshair following the pointer. (egui_plot
        // only looks for a hovered item when `show_x` or `show_y` is on.)
        .show_crosshair(false)
        .show_x(interactive)
        .show_y(interactive);
    if !kind.is_time_chart() {
        return plot;
    }
    let plot = plot.y_axis_label(unit(kind, options)).include_y(0.0);
    axes::year_axis(plot, years)
}
