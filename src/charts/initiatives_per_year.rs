//! Government AI and I&T initiatives per year: bars stacked by kind.

use super::bars::{YearStack, add_bars};
use super::chart::Chart;
use super::hover::Hoverable;
use super::legend::LegendEntry;
use super::table::Table;
use super::{ChartData, ChartOptions};
use crate::i18n::{self, T};
use crate::index;
use crate::model::InitiativeKind;
use crate::style;
use egui_plot::{Bar, Plot, PlotUi};
use std::ops::RangeInclusive;

/// The command-line name.
pub(super) const SLUG: &str = "initiatives-per-year";

/// The initiatives-per-year chart.
pub(super) struct InitiativesPerYear;

impl Chart for InitiativesPerYear {
    fn slug(&self) -> &'static str {
        SLUG
    }

    fn title(&self, _data: ChartData, options: &ChartOptions) -> String {
        options.lang.t(T::ChartInitiatives).to_owned()
    }

    fn unit(&self, _options: &ChartOptions) -> T {
        T::UnitInitiatives
    }

    fn definition(&self, _options: &ChartOptions) -> T {
        T::DefinitionInitiatives
    }

    fn data_years(&self, data: ChartData, _options: &ChartOptions) -> Option<(i32, i32)> {
        let by_year = &data.stats.initiatives_by_year;
        let (first, _) = by_year.first_key_value()?;
        let (last, _) = by_year.last_key_value()?;
        Some((*first, *last))
    }

    fn publishers<'a>(&self, data: ChartData<'a>, options: &ChartOptions) -> Vec<&'a str> {
        index::distinct_in(&data.index.initiative_publishers, &options.years)
    }

    fn table(&self, data: ChartData, options: &ChartOptions) -> Table {
        let lang = options.lang;
        let mut columns = vec![lang.t(T::ColYear).to_owned()];
        columns.extend(
            InitiativeKind::ALL
                .iter()
                .map(|k| lang.t(i18n::initiative_kind(*k)).to_owned()),
        );
        columns.push(lang.t(T::ColTotal).to_owned());
        columns.push(lang.t(T::ColSource).to_owned());
        let rows = data
            .stats
            .initiatives_by_year
            .iter()
            .filter(|(year, _)| options.years.contains(year))
            .map(|(year, kinds)| {
                let mut row = vec![year.to_string()];
                row.extend(
                    InitiativeKind::ALL
                        .iter()
                        .map(|k| kinds.get(k).copied().unwrap_or(0).to_string()),
                );
                row.push(kinds.values().sum::<usize>().to_string());
                let in_year =
                    index::distinct_in(&data.index.initiative_publishers, &(*year..=*year));
                row.push(in_year.join("; "));
                row
            })
            .collect();
        Table { columns, rows }
    }

    fn configure<'p>(&self, plot: Plot<'p>, _data: ChartData, _options: &ChartOptions) -> Plot<'p> {
        plot
    }

    fn plot<'a>(
        &self,
        plot_ui: &mut PlotUi,
        data: ChartData<'a>,
        options: &ChartOptions,
        years: &RangeInclusive<i32>,
    ) -> Vec<Hoverable<'a>> {
        let lang = options.lang;
        let mut stack = YearStack::default();
        let mut series = Vec::new();
        for kind in InitiativeKind::ALL {
            let kind_name = lang.t(i18n::initiative_kind(kind));
            let color = style::initiative_kind_color(kind);
            let counts: Vec<(i32, usize)> = data
                .stats
                .initiatives_by_year
                .iter()
                .filter(|(year, _)| years.contains(year))
                .filter_map(|(&year, kinds)| Some((year, *kinds.get(&kind)?)))
                .collect();
            if counts.is_empty() {
                continue;
            }
            let bars: Vec<Bar> = counts
                .iter()
                .map(|&(year, count)| stack.bar(year, count as f64).fill(color))
                .collect();
            let hover = move |i: usize| {
                let (year, count) = counts[i];
                lang.format(T::HoverInitiatives, &[&year, &count, &kind_name])
            };
            let legend = LegendEntry::bar(kind_name, color);
            series.push(add_bars(
                plot_ui,
                ("initiatives", kind),
                legend,
                bars,
                hover,
            ));
        }
        series
    }
}
