//! Startups in Hong Kong per year: the InvestHK survey total as a line, with
//! each sector's published counts where there are any.

use super::chart::Chart;
use super::hover::{Elements, Hoverable};
use super::legend::{LegendEntry, Swatch};
use super::table::{Table, value_cell};
use super::{ChartData, ChartOptions};
use crate::i18n::{Lang, T, numbers};
use crate::index;
use crate::model::Qualifier;
use crate::stats::YearValue;
use crate::style;
use egui::Color32;
use egui_plot::{ItemId, Line, Plot, PlotUi, Points};
use std::collections::BTreeSet;
use std::ops::RangeInclusive;

/// The command-line name.
pub(super) const SLUG: &str = "startups-per-year";

/// The startups-per-year chart.
pub(super) struct StartupsPerYear;

impl Chart for StartupsPerYear {
    fn slug(&self) -> &'static str {
        SLUG
    }

    fn title(&self, _data: ChartData, options: &ChartOptions) -> String {
        options.lang.t(T::ChartStartupsPerYear).to_owned()
    }

    fn unit(&self, _options: &ChartOptions) -> T {
        T::UnitStartups
    }

    fn definition(&self, _options: &ChartOptions) -> T {
        T::DefinitionStartups
    }

    fn data_years(&self, data: ChartData, _options: &ChartOptions) -> Option<(i32, i32)> {
        data.index.startup_years
    }

    fn publishers<'a>(&self, data: ChartData<'a>, options: &ChartOptions) -> Vec<&'a str> {
        index::distinct_in(&data.index.startup_publishers, &options.years)
    }

    fn table(&self, data: ChartData, options: &ChartOptions) -> Table {
        let lang = options.lang;
        let total = &data.stats.startups_total;
        let series = &data.stats.startups_by_sector;
        let mut columns = vec![
            lang.t(T::ColYear).to_owned(),
            lang.t(T::ColAllStartups).to_owned(),
        ];
        columns.extend(
            series
                .iter()
                .map(|s| series_name(data, s.sector.as_deref(), lang)),
        );
        columns.push(lang.t(T::ColSource).to_owned());
        let years: BTreeSet<i32> = total
            .iter()
            .map(|p| p.year)
            .chain(series.iter().flat_map(|s| s.points.iter().map(|p| p.year)))
            .filter(|y| options.years.contains(y))
            .collect();
        let rows = years
            .into_iter()
            .map(|year| {
                let year_total = in_year(total, year);
                let mut row = vec![year.to_string(), value_cell(year_total, lang)];
                row.extend(
                    series
                        .iter()
                        .map(|s| value_cell(in_year(&s.points, year), lang)),
                );
                row.push(year_total.map_or(String::new(), |p| data.publisher(&p.source)));
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
        let total = Series {
            key: ("all startups", ""),
            name: lang.t(T::AllStartupsSurvey).to_owned(),
            color: style::TOTAL,
            width: style::plot::TOTAL_LINE,
        };
        let mut hoverables = vec![total.plot(plot_ui, &data.stats.startups_total, years, lang)];
        for series in &data.stats.startups_by_sector {
            let sector = series.sector.as_deref();
            let mut name = series_name(data, sector, lang);
            if series
                .points
                .iter()
                .any(|p| p.qualifier != Qualifier::Exact)
            {
                name.push_str(lang.t(T::SomeLowerBounds));
            }
            let line = Series {
                key: ("startups", sector.unwrap_or("")),
                name,
                color: data.sector_color(sector.unwrap_or("")),
                width: style::plot::SECTOR_LINE,
            };
            hoverables.push(line.plot(plot_ui, &series.points, years, lang));
        }
        hoverables
    }
}

/// The value published for `year`, if any.
fn in_year(points: &[YearValue], year: i32) -> Option<&YearValue> {
    points.iter().find(|p| p.year == year)
}

/// A sector's column and legend name ("Finance startups").
fn series_name(data: ChartData, sector: Option<&str>, lang: Lang) -> String {
    let label = data.sector_label(sector.unwrap_or(""), lang);
    lang.format(T::SectorStartups, &[&label])
}

/// One line with its points, hovered as one item.
struct Series<'k> {
    /// What the item id is made from.
    key: (&'static str, &'k str),
    name: String,
    color: Color32,
    width: f32,
}

impl Series<'_> {
    /// Plots `points` within `years`; hovering a point names the series, year and count.
    fn plot<'a>(
        self,
        plot_ui: &mut PlotUi,
        points: &[YearValue],
        years: &RangeInclusive<i32>,
        lang: Lang,
    ) -> Hoverable<'a> {
        let points: Vec<[f64; 2]> = points
            .iter()
            .filter(|p| years.contains(&p.year))
            .map(|p| [f64::from(p.year), p.value])
            .collect();
        plot_ui.line(
            Line::new(self.name.clone(), points.clone())
                .id(self.key)
                .color(self.color)
                .width(self.width),
        );
        plot_ui.points(
            Points::new(self.name.clone(), points.clone())
                .id(self.key)
                .color(self.color)
                .radius(style::plot::POINT_RADIUS),
        );
        let legend = LegendEntry {
            name: self.name.clone(),
            color: self.color,
            swatch: Swatch::Line,
        };
        let name = self.name;
        Hoverable {
            legend,
            id: ItemId::new(self.key),
            elements: Elements::Points {
                points,
                text: Box::new(move |_, [year, count]| {
                    Some(lang.format(
                        T::HoverStartups,
                        &[&name, &format!("{year:.0}"), &numbers::count(lang, count)],
                    ))
                }),
            },
        }
    }
}
