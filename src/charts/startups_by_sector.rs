//! Startups by sector in one year: horizontal bars named on their axis, each
//! value (with its qualifier) at the bar's end, gaps spelled out as gaps.

use super::axes;
use super::bars::{Direction, add_bars};
use super::chart::Chart;
use super::hover::Hoverable;
use super::table::{Table, value_cell, year_or_dash};
use super::{ChartData, ChartOptions, sector_name};
use crate::i18n::{self, Lang, T};
use crate::index;
use crate::model::Sector;
use crate::stats::YearValue;
use crate::style;
use egui::{Align2, RichText};
use egui_plot::{Bar, BarChart, Plot, PlotPoint, PlotUi, Text};
use std::ops::RangeInclusive;

/// The command-line name.
pub(super) const SLUG: &str = "startups-by-sector";

/// The item id of the bars.
const BARS_ID: &str = "startups by sector";

/// The startups-by-sector chart.
pub(super) struct StartupsBySector;

/// The year the startups-by-sector chart shows: the chosen one if it has
/// sector counts, else the latest that has.
pub fn sector_year(data: ChartData, options: &ChartOptions) -> Option<i32> {
    let years = &data.stats.sector_count_years;
    options
        .sector_year
        .filter(|y| years.contains(y))
        .or_else(|| years.last().copied())
}

/// Every sector with its published count in `year`, or `None` where no figure
/// is published: what [`crate::stats::startups_by_sector_in_year`] gives, read
/// from the per-sector series in [`crate::stats::Stats`] (a binary search per
/// sector, no scan of the records) and borrowed, not cloned, every frame.
fn counts_in<'a>(data: ChartData<'a>, year: i32) -> Vec<(&'a Sector, Option<&'a YearValue>)> {
    let mut series = data.stats.startups_by_sector.iter().peekable();
    data.dataset
        .sectors
        .iter()
        .map(|sector| {
            // The series are in sector order, one per sector that has counts.
            let points = series
                .next_if(|s| s.sector.as_deref() == Some(sector.id.as_str()))
                .map_or(&[][..], |s| s.points.as_slice());
            // Points are sorted by year, stably: the first of a year is the file's first.
            let first = points.partition_point(|p| p.year < year);
            (sector, points.get(first).filter(|p| p.year == year))
        })
        .collect()
}

impl Chart for StartupsBySector {
    fn slug(&self) -> &'static str {
        SLUG
    }

    fn title(&self, data: ChartData, options: &ChartOptions) -> String {
        let year = year_or_dash(sector_year(data, options));
        options.lang.format(T::ChartStartupsBySector, &[&year])
    }

    fn unit(&self, _options: &ChartOptions) -> T {
        T::UnitStartups
    }

    fn definition(&self, _options: &ChartOptions) -> T {
        T::DefinitionStartups
    }

    fn is_time_chart(&self) -> bool {
        false
    }

    fn publishers<'a>(&self, data: ChartData<'a>, options: &ChartOptions) -> Vec<&'a str> {
        match sector_year(data, options) {
            Some(year) => index::distinct_in(&data.index.sector_startup_publishers, &(year..=year)),
            None => Vec::new(),
        }
    }

    fn table(&self, data: ChartData, options: &ChartOptions) -> Table {
        let lang = options.lang;
        let year = sector_year(data, options);
        let rows = year
            .map(|y| counts_in(data, y))
            .unwrap_or_default()
            .into_iter()
            .map(|(sector, value)| {
                vec![
                    sector_name(sector, lang).to_owned(),
                    value_cell(value, lang),
                    value.map_or(String::new(), |p| data.publisher(&p.source)),
                ]
            })
            .collect();
        let columns = vec![
            lang.t(T::ColSector).to_owned(),
            lang.format(T::ColStartupsIn, &[&year_or_dash(year)]),
            lang.t(T::ColSource).to_owned(),
        ];
        Table { columns, rows }
    }

    fn configure<'p>(&self, plot: Plot<'p>, data: ChartData, options: &ChartOptions) -> Plot<'p> {
        let lang = options.lang;
        let longest = sector_year(data, options)
            .map(|y| counts_in(data, y))
            .unwrap_or_default()
            .iter()
            .filter_map(|(_, v)| v.map(|p| p.value))
            .fold(0.0, f64::max);
        // Sector names read along the y axis; a gap's "no published figure"
        // has the width of the plot to itself.
        let labels = data
            .dataset
            .sectors
            .iter()
            .map(|s| match lang {
                Lang::En => short_sector_name(&s.name),
                Lang::ZhHk => sector_name(s, lang).to_owned(),
            })
            .collect();
        let plot = plot
            .x_axis_label(options.lang.t(self.unit(options)))
            .include_x(0.0)
            // Room right of the longest bar for its value label.
            .include_x(longest * style::plot::VALUE_LABEL_ROOM);
        axes::row_axis(plot, labels)
    }

    fn plot<'a>(
        &self,
        plot_ui: &mut PlotUi,
        data: ChartData<'a>,
        options: &ChartOptions,
        _years: &RangeInclusive<i32>,
    ) -> Vec<Hoverable<'a>> {
        let Some(year) = sector_year(data, options) else {
            return Vec::new();
        };
        let lang = options.lang;
        let rows = counts_in(data, year);
        let count = rows.len();
        let mut bars = Vec::new();
        for (i, (sector, value)) in rows.into_iter().enumerate() {
            let y = axes::row_y(i, count);
            let name = sector_name(sector, lang);
            let Some(p) = value else {
                let gap = lang.t(T::NoPublishedFigure);
                let text = RichText::new(format!(" {gap}")).small().weak();
                plot_ui
                    .text(Text::new(gap, PlotPoint::new(0.0, y), text).anchor(Align2::LEFT_CENTER));
                continue;
            };
            let value = i18n::qualified(lang, p.value, p.qualifier);
            // The value at the bar's end, so exports (which have no hover) show
            // it, with its qualifier (">600" is a lower bound).
            let text = RichText::new(format!(" {value}")).small();
            plot_ui.text(
                Text::new(name, PlotPoint::new(p.value, y), text).anchor(Align2::LEFT_CENTER),
            );
            bars.push(
                Bar::new(y, p.value)
                    .name(lang.format(T::HoverSectorStartups, &[&name, &year, &value]))
                    .fill(data.sector_color(&sector.id))
                    .width(style::plot::BAR_THICKNESS),
            );
        }
        let name = lang.format(T::StartupsInYear, &[&year]);
        vec![add_bars(
            plot_ui,
            BARS_ID,
            bars,
            Direction::Horizontal,
            |bars| BarChart::new(name, bars).horizontal(),
        )]
    }
}

/// Shortens a sector name for an axis label ("Research & Development" → "Research").
fn short_sector_name(name: &str) -> String {
    name.split([' ', '&']).next().unwrap_or(name).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::DatasetIndex;
    use crate::load;
    use crate::model::SectorId;
    use crate::stats::{self, Stats};

    #[test]
    fn a_years_counts_match_the_stats_scan() {
        let dataset = load::embedded_dataset().expect("the shipped dataset is valid");
        let stats = Stats::new(&dataset);
        let index = DatasetIndex::new(&dataset);
        let data = ChartData {
            dataset: &dataset,
            stats: &stats,
            index: &index,
        };
        for year in 1990..=2030 {
            let scanned = stats::startups_by_sector_in_year(&dataset, year);
            let read: Vec<(SectorId, Option<YearValue>)> = counts_in(data, year)
                .into_iter()
                .map(|(s, v)| (s.id.clone(), v.cloned()))
                .collect();
            assert_eq!(read, scanned, "{year}");
        }
    }

    #[test]
    fn axis_names_are_the_first_word() {
        assert_eq!(short_sector_name("Research & Development"), "Research");
        assert_eq!(short_sector_name("Finance"), "Finance");
    }
}
