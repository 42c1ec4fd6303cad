//! What one chart is: the [`Chart`] trait each chart file implements. The
//! text and table parts are pure; `configure` and `plot` draw with egui_plot.

use super::hover::Hoverable;
use super::table::Table;
use super::{ChartData, ChartOptions};
use crate::i18n::T;
use egui_plot::{Plot, PlotUi};
use std::ops::RangeInclusive;

/// One chart's definition: its text, its table twin and its plot.
pub(crate) trait Chart: Sync {
    /// The name used on the command line and for exported files.
    fn slug(&self) -> &'static str;

    /// The title over the chart.
    fn title(&self, data: ChartData, options: &ChartOptions) -> String;

    /// The unit of the value axis.
    fn unit(&self, options: &ChartOptions) -> T;

    /// What the numbers are, in one line under the chart.
    fn definition(&self, options: &ChartOptions) -> T;

    /// What the chart shows when it can show more than one thing (amounts or
    /// shares), for the subtitle; `None` for a chart with one mode.
    fn mode(&self, _options: &ChartOptions) -> Option<T> {
        None
    }

    /// Whether the x axis is time (so the year range and initiative markers apply).
    fn is_time_chart(&self) -> bool {
        true
    }

    /// The first and last year the chart has data for (`None`: none, or not a time chart).
    fn data_years(&self, _data: ChartData, _options: &ChartOptions) -> Option<(i32, i32)> {
        None
    }

    /// The publishers of the sources behind what the chart shows, in first-use order.
    fn publishers<'a>(&self, data: ChartData<'a>, options: &ChartOptions) -> Vec<&'a str>;

    /// The chart's numbers, exactly what it shows under `options`.
    fn table(&self, data: ChartData, options: &ChartOptions) -> Table;

    /// The chart's own axes, formatters and bounds, on top of the shared ones.
    fn configure<'p>(&self, plot: Plot<'p>, data: ChartData, options: &ChartOptions) -> Plot<'p>;

    /// Plots the series over `years`; returns what each hovered series tells.
    fn plot<'a>(
        &self,
        plot_ui: &mut PlotUi,
        data: ChartData<'a>,
        options: &ChartOptions,
        years: &RangeInclusive<i32>,
    ) -> Vec<Hoverable<'a>>;
}
