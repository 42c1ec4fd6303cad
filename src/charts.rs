//! The charts: one definition each, drawn by [`draw_chart`] both in the window
//! and into exports, with a table twin ([`chart_table`]) for screen readers,
//! the window's table view and CSV. Nothing here reads files or app state.

use crate::format;
use crate::i18n::{self, Lang, T};
use crate::index::{self, DatasetIndex};
use crate::model::ValidDataset;
use crate::model::{Dataset, InitiativeKind, Qualifier};
use crate::stats::{self, Stats};
use crate::style;
use egui::{Color32, RichText};
use egui_plot::{
    Bar, BarChart, Corner, GridMark, HoverPosition, ItemId, Legend, Line, Plot, PlotPoint, Points,
};
use std::collections::{BTreeMap, BTreeSet};
use std::ops::RangeInclusive;

/// Every chart the dashboard draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChartKind {
    /// Startups per year (InvestHK survey total), with sector counts where published.
    StartupsPerYear,
    /// Startups by sector in one chosen year, gaps shown as gaps.
    StartupsBySector,
    /// Disclosed funding by sector and year, stacked; absolute or share.
    FundingBySector,
    /// Government initiatives per year, stacked by kind.
    InitiativesPerYear,
}

impl ChartKind {
    /// Every chart, in display order.
    pub const ALL: [ChartKind; 4] = [
        ChartKind::StartupsPerYear,
        ChartKind::StartupsBySector,
        ChartKind::FundingBySector,
        ChartKind::InitiativesPerYear,
    ];

    /// The name used on the command line and for exported files.
    pub fn slug(self) -> &'static str {
        match self {
            ChartKind::StartupsPerYear => "startups-per-year",
            ChartKind::StartupsBySector => "startups-by-sector",
            ChartKind::FundingBySector => "funding-by-sector",
            ChartKind::InitiativesPerYear => "initiatives-per-year",
        }
    }

    /// The chart with this slug.
    pub fn from_slug(slug: &str) -> Option<ChartKind> {
        ChartKind::ALL.into_iter().find(|k| k.slug() == slug)
    }

    /// Whether the x axis is time (so the year range and initiative markers apply).
    pub fn is_time_chart(self) -> bool {
        !matches!(self, ChartKind::StartupsBySector)
    }
}

/// What the person chose that changes what a chart shows.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartOptions {
    /// The years shown on every time chart.
    pub years: RangeInclusive<i32>,
    /// Funding as share of each year's disclosed total instead of HK$.
    pub share: bool,
    /// Government initiatives drawn as markers on the year axis.
    pub show_initiatives: bool,
    /// The year of the startups-by-sector chart (`None`: the latest with data).
    pub sector_year: Option<i32>,
    /// The language of titles, units, legends, tooltips and tables.
    pub lang: Lang,
}

impl ChartOptions {
    /// Options showing every year of the dataset.
    pub fn for_stats(stats: &Stats) -> Self {
        ChartOptions {
            years: stats.year_span.clone(),
            share: false,
            show_initiatives: true,
            sector_year: None,
            lang: Lang::En,
        }
    }
}

/// The data a chart draws from.
#[derive(Clone, Copy)]
pub struct ChartData<'a> {
    /// The validated dataset.
    pub dataset: &'a ValidDataset,
    /// Its aggregates.
    pub stats: &'a Stats,
    /// Its look-up tables (initiatives by date, sources by year).
    pub index: &'a DatasetIndex,
}

/// The colour of the sector with this id (stable across charts).
pub fn sector_color(dataset: &Dataset, sector: &str) -> Color32 {
    style::sector_color_at(dataset.sectors.iter().position(|s| s.id == sector))
}

/// The colour of an initiative kind on the timeline and charts.
pub fn kind_color(kind: InitiativeKind) -> Color32 {
    style::initiative_kind_color(kind)
}

/// The legend name shared by all initiative markers (one legend entry toggles them all).
pub fn initiatives_legend(lang: Lang) -> &'static str {
    lang.t(T::GovernmentInitiatives)
}

/// A sector's name in the chart's language (the id when the sector is unknown).
pub fn sector_label(dataset: &Dataset, id: &str, lang: Lang) -> String {
    dataset
        .sectors
        .iter()
        .find(|s| s.id == id)
        .map_or(id.to_owned(), |s| {
            lang.pick(&s.name, s.name_zh.as_ref()).to_owned()
        })
}

/// The title of a chart.
pub fn title(kind: ChartKind, data: ChartData, options: &ChartOptions) -> String {
    let lang = options.lang;
    match kind {
        ChartKind::StartupsPerYear => lang.t(T::ChartStartupsPerYear).to_owned(),
        ChartKind::StartupsBySector => lang.format(
            T::ChartStartupsBySector,
            &[&sector_year(data, options).map_or("–".to_owned(), |y| y.to_string())],
        ),
        ChartKind::FundingBySector if options.share => lang.t(T::ChartFundingShare).to_owned(),
        ChartKind::FundingBySector => lang.t(T::ChartFunding).to_owned(),
        ChartKind::InitiativesPerYear => lang.t(T::ChartInitiatives).to_owned(),
    }
}

/// The unit of the value axis.
pub fn unit(kind: ChartKind, options: &ChartOptions) -> &'static str {
    options.lang.t(match kind {
        ChartKind::StartupsPerYear | ChartKind::StartupsBySector => T::UnitStartups,
        ChartKind::FundingBySector if options.share => T::UnitShare,
        ChartKind::FundingBySector => T::UnitHkd,
        ChartKind::InitiativesPerYear => T::UnitInitiatives,
    })
}

/// What the numbers are, in one line, under the chart.
pub fn definition(kind: ChartKind, lang: Lang) -> &'static str {
    lang.t(match kind {
        ChartKind::StartupsPerYear | ChartKind::StartupsBySector => T::DefinitionStartups,
        ChartKind::FundingBySector => T::DefinitionFunding,
        ChartKind::InitiativesPerYear => T::DefinitionInitiatives,
    })
}

/// The year the startups-by-sector chart shows.
pub fn sector_year(data: ChartData, options: &ChartOptions) -> Option<i32> {
    let years = &data.stats.sector_count_years;
    options
        .sector_year
        .filter(|y| years.contains(y))
        .or_else(|| years.last().copied())
}

/// The years a time chart spans: the years it has data for, narrowed to the
/// chosen range (so a series that starts in 2014 is not squeezed into 1998–2026).
pub fn chart_years(
    kind: ChartKind,
    data: ChartData,
    options: &ChartOptions,
) -> RangeInclusive<i32> {
    let first_and_last = |years: &[i32]| Some((*years.first()?, *years.last()?));
    let span = match kind {
        ChartKind::StartupsPerYear => data.index.startup_years,
        ChartKind::FundingBySector => first_and_last(&data.stats.funding.years),
        ChartKind::InitiativesPerYear => data
            .stats
            .initiatives_by_year
            .first_key_value()
            .zip(data.stats.initiatives_by_year.last_key_value())
            .map(|((first, _), (last, _))| (*first, *last)),
        ChartKind::StartupsBySector => None,
    };
    let (start, end) = (*options.years.start(), *options.years.end());
    let (low, high) = span.map_or((start, end), |(first, last)| {
        (first.max(start), last.min(end))
    });
    if low <= high {
        low..=high
    } else {
        options.years.clone()
    }
}

/// The publishers of the sources behind what the chart shows, in first-use
/// order (from the index: a frame never scans the records for them).
pub fn publishers<'a>(
    kind: ChartKind,
    data: ChartData<'a>,
    options: &ChartOptions,
) -> Vec<&'a str> {
    let years = &options.years;
    let index = data.index;
    match kind {
        ChartKind::StartupsPerYear => index::distinct_in(&index.startup_publishers, years),
        ChartKind::StartupsBySector => match sector_year(data, options) {
            Some(year) => index::distinct_in(&index.sector_startup_publishers, &(year..=year)),
            None => Vec::new(),
        },
        ChartKind::FundingBySector => index::distinct_in(&index.funding_publishers, years),
        ChartKind::InitiativesPerYear => index::distinct_in(&index.initiative_publishers, years),
    }
}

/// The "Source:" line: publishers of the sources behind the chart, and the as-of date.
pub fn source_line(kind: ChartKind, data: ChartData, options: &ChartOptions) -> String {
    let publishers = publishers(kind, data, options);
    let lang = options.lang;
    let shown = publishers.len().min(6);
    let mut line = lang.format(T::SourceLine, &[&publishers[..shown].join("; ")]);
    if publishers.len() > shown {
        line.push_str(&lang.format(T::AndMore, &[&(publishers.len() - shown)]));
    }
    if publishers.is_empty() {
        line = lang.t(T::NoSourceInRange).to_owned();
    }
    line.push_str(&lang.format(T::DataAsOf, &[&data.dataset.as_of]));
    line
}

/// A chart's numbers as a table: what the table view shows and CSV writes.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Column headings.
    pub columns: Vec<String>,
    /// Rows of cells, as displayed (gaps say "no published figure").
    pub rows: Vec<Vec<String>>,
}

/// The chart's numbers, exactly what the chart shows under `options`.
pub fn chart_table(kind: ChartKind, data: ChartData, options: &ChartOptions) -> Table {
    let ds = data.dataset;
    let lang = options.lang;
    let source_title = |id: &str| ds.source(id).map_or(id.to_owned(), |s| s.publisher.clone());
    let cell = |value: Option<&stats::YearValue>| cell(value, lang);
    match kind {
        ChartKind::StartupsPerYear => {
            let mut columns = vec![
                lang.t(T::ColYear).to_owned(),
                lang.t(T::ColAllStartups).to_owned(),
            ];
            let series = &data.stats.startups_by_sector;
            columns.extend(series.iter().map(|s| {
                lang.format(
                    T::SectorStartups,
                    &[&sector_label(ds, s.sector.as_deref().unwrap_or(""), lang)],
                )
            }));
            columns.push(lang.t(T::ColSource).to_owned());
            let years: BTreeSet<i32> = data
                .stats
                .startups_total
                .iter()
                .map(|p| p.year)
                .chain(series.iter().flat_map(|s| s.points.iter().map(|p| p.year)))
                .filter(|y| options.years.contains(y))
                .collect();
            let rows = years
                .into_iter()
                .map(|year| {
                    let total = data.stats.startups_total.iter().find(|p| p.year == year);
                    let mut row = vec![year.to_string(), cell(total)];
                    for s in series {
                        row.push(cell(s.points.iter().find(|p| p.year == year)));
                    }
                    row.push(total.map_or(String::new(), |p| source_title(&p.source)));
                    row
                })
                .collect();
            Table { columns, rows }
        }
        ChartKind::StartupsBySector => {
            let year = sector_year(data, options);
            let rows = year
                .map(|y| stats::startups_by_sector_in_year(ds, y))
                .unwrap_or_default()
                .into_iter()
                .map(|(sector, value)| {
                    vec![
                        sector_label(ds, &sector, lang),
                        cell(value.as_ref()),
                        value.map_or(String::new(), |p| source_title(&p.source)),
                    ]
                })
                .collect();
            Table {
                columns: vec![
                    lang.t(T::ColSector).to_owned(),
                    lang.format(
                        T::ColStartupsIn,
                        &[&year.map_or("–".to_owned(), |y| y.to_string())],
                    ),
                    lang.t(T::ColSource).to_owned(),
                ],
                rows,
            }
        }
        ChartKind::FundingBySector => {
            let table = data.stats.funding.within(&options.years);
            let mut columns = vec![lang.t(T::ColYear).to_owned()];
            columns.extend(table.sectors.iter().map(|s| sector_label(ds, s, lang)));
            columns.push(lang.t(T::ColDisclosedTotal).to_owned());
            let rows = (0..table.years.len())
                .map(|y| {
                    let mut row = vec![table.years[y].to_string()];
                    for s in 0..table.sectors.len() {
                        let c = &table.cells[s][y];
                        row.push(if c.records.is_empty() {
                            String::new()
                        } else if options.share {
                            format!("{:.1}%", table.share(s, y).unwrap_or(0.0) * 100.0)
                        } else {
                            format!("{:.0}", c.amount_hkd)
                        });
                    }
                    row.push(format!("{:.0}", table.year_total(y)));
                    row
                })
                .collect();
            Table { columns, rows }
        }
        ChartKind::InitiativesPerYear => {
            let mut columns = vec![lang.t(T::ColYear).to_owned()];
            columns.extend(
                InitiativeKind::ALL
                    .iter()
                    .map(|k| lang.t(i18n::initiative_kind(*k)).to_owned()),
            );
            columns.push(lang.t(T::ColTotal).to_owned());
            let rows = data
                .stats
                .initiatives_by_year
                .iter()
                .filter(|(y, _)| options.years.contains(y))
                .map(|(year, kinds)| {
                    let mut row = vec![year.to_string()];
                    row.extend(
                        InitiativeKind::ALL
                            .iter()
                            .map(|k| kinds.get(k).copied().unwrap_or(0).to_string()),
                    );
                    row.push(kinds.values().sum::<usize>().to_string());
                    row
                })
                .collect();
            Table { columns, rows }
        }
    }
}

fn cell(value: Option<&stats::YearValue>, lang: Lang) -> String {
    match value {
        Some(p) => format!("{}{}", p.qualifier.prefix(), format::thousands(p.value)),
        None => lang.t(T::NoPublishedFigure).to_owned(),
    }
}

/// How a chart is being drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Surface {
    /// In the window: hover values, zoom and pan.
    Screen,
    /// Into a file: static, no hover, nothing depends on the pointer.
    Export,
}

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
    ui.label(RichText::new(options.lang.format(T::UnitIs, &[&unit(kind, options)])).small());
    let response = draw_plot(ui, kind, data, options, surface, plot_height);
    ui.label(RichText::new(definition(kind, options.lang)).small().weak());
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
    let interactive = surface == Surface::Screen;
    let lang = options.lang;
    let years = chart_years(kind, data, options);
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
    // One series needs no legend; the sector chart's bars are named on their axis.
    let plot = if kind == ChartKind::StartupsBySector {
        plot.x_axis_label(unit(kind, options))
            .include_x(0.0)
            // Room right of the longest bar for its value label.
            .include_x(
                sector_year(data, options)
                    .map(|y| stats::startups_by_sector_in_year(data.dataset, y))
                    .unwrap_or_default()
                    .iter()
                    .filter_map(|(_, v)| v.as_ref().map(|p| p.value))
                    .fold(0.0, f64::max)
                    * 1.12,
            )
    } else {
        plot.legend(
            Legend::default()
                .position(Corner::LeftTop)
                .follow_insertion_order(true),
        )
        .y_axis_label(unit(kind, options))
        .include_y(0.0)
    };
    let plot = if kind.is_time_chart() {
        plot.x_axis_formatter(|mark: GridMark, _| year_mark(mark.value))
            .x_grid_spacer(year_grid)
            .include_x(f64::from(*years.start()) - 0.6)
            .include_x(f64::from(*years.end()) + 0.6)
    } else {
        plot
    };
    let markers = if options.show_initiatives && kind.is_time_chart() {
        initiative_markers(data, &years)
    } else {
        Vec::new()
    };
    let marker_points: Vec<[f64; 2]> = markers.iter().map(|m| [m.x, 0.0]).collect();
    // Hover texts are made when hovered, not every frame.
    let marker_label = |index: usize| Some(markers.get(index)?.label(data, lang));
    let plot = match kind {
        ChartKind::StartupsPerYear => {
            plot.label_formatter(move |pos| hover_startups(pos, marker_label, lang))
        }
        _ => plot.label_formatter(move |pos| match pos {
            HoverPosition::NearDataPoint {
                plot_name, index, ..
            } if *plot_name == initiatives_legend(lang) => marker_label(*index),
            _ => None,
        }),
    };
    let plot = match kind {
        ChartKind::StartupsBySector => {
            // Horizontal bars: sector names read along the y axis, and a gap's
            // "no published figure" has the width of the plot to itself.
            let labels: Vec<String> = data
                .dataset
                .sectors
                .iter()
                .map(|s| match lang {
                    Lang::En => short_sector_name(&s.name),
                    Lang::ZhHk => lang.pick(&s.name, s.name_zh.as_ref()).to_owned(),
                })
                .collect();
            let count = labels.len();
            // Room for the longest name: Latin letters ~7 points, CJK ~14.
            let widest = labels
                .iter()
                .map(|l| {
                    l.chars()
                        .map(|c| if c.is_ascii() { 7.0 } else { 14.0 })
                        .sum::<f32>()
                })
                .fold(0.0, f32::max);
            // Every sector is labelled, however tight the rows (egui_plot's
            // default hides y labels closer than 20 points).
            let axis = egui_plot::AxisHints::new_y()
                .formatter(move |mark, _| {
                    let i = mark.value.round();
                    if (mark.value - i).abs() < 1e-6 && i >= 0.0 {
                        // Sector 0 at the top.
                        labels
                            .get(count.saturating_sub(1 + i as usize))
                            .cloned()
                            .unwrap_or_default()
                    } else {
                        String::new()
                    }
                })
                .label_spacing(6.0..=8.0)
                .min_thickness(widest + 8.0);
            plot.custom_y_axes(vec![axis])
                .y_grid_spacer(|input| {
                    let (lo, hi) = input.bounds;
                    (lo.ceil() as i64..=hi.floor() as i64)
                        .map(|v| GridMark {
                            value: v as f64,
                            step_size: 1.0,
                        })
                        .collect()
                })
                .include_y(-0.5)
                .include_y(count as f64 - 0.5)
        }
        ChartKind::FundingBySector if options.share => plot
            .y_axis_formatter(|mark, _| format!("{:.0}%", mark.value))
            .include_y(100.0),
        ChartKind::FundingBySector => plot.y_axis_formatter(|mark, _| format::hkd(mark.value)),
        _ => plot,
    };

    let shown = plot.show(ui, |plot_ui| {
        let bars = match kind {
            ChartKind::StartupsPerYear => {
                plot_startups_per_year(plot_ui, data, &years, lang);
                Vec::new()
            }
            ChartKind::StartupsBySector => plot_startups_by_sector(plot_ui, data, options),
            ChartKind::FundingBySector => plot_funding(plot_ui, data, options),
            ChartKind::InitiativesPerYear => plot_initiatives_per_year(plot_ui, data, &years, lang),
        };
        if options.show_initiatives && kind.is_time_chart() {
            plot_initiative_markers(plot_ui, marker_points, lang);
        }
        bars
    });
    if interactive {
        bar_tooltip(&shown);
    }
    let response = shown.response;
    // Built only when a screen reader asks for the tree.
    response.widget_info(|| {
        let description = lang.format(
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

/// How many deals a funding bar's hover names before "and N more".
const MAX_DEALS_NAMED: usize = 5;

/// Above this many initiatives in range, markers stand for a month each.
const MAX_MARKERS: usize = 250;

/// One initiative marker on a time chart's year axis.
struct Marker {
    /// Where on the year axis.
    x: f64,
    /// What it stands for.
    of: MarkerOf,
}

/// What an initiative marker stands for.
enum MarkerOf {
    /// One initiative (its index in the dataset).
    Initiative(usize),
    /// All initiatives of a month (month 0: those dated by year only).
    Period { year: i32, month: u8, count: usize },
}

impl Marker {
    /// The text its hover shows.
    fn label(&self, data: ChartData, lang: Lang) -> String {
        match self.of {
            MarkerOf::Initiative(i) => {
                let Some(n) = data.dataset.initiatives.get(i) else {
                    return String::new();
                };
                format!(
                    "{} ({}, {})",
                    lang.pick(&n.name, n.name_zh.as_ref()),
                    n.body,
                    n.date
                )
            }
            MarkerOf::Period { year, month, count } => {
                let period = if month == 0 {
                    year.to_string()
                } else {
                    format!("{year}-{month:02}")
                };
                lang.format(T::InitiativesInPeriod, &[&period, &count])
            }
        }
    }
}

/// The initiative markers of a time chart: one per initiative, or one per
/// month when there are too many to tell apart (a large dataset).
fn initiative_markers(data: ChartData, years: &RangeInclusive<i32>) -> Vec<Marker> {
    let ids = data.index.initiatives_in(data.dataset, years);
    if ids.len() <= MAX_MARKERS {
        return ids
            .iter()
            .map(|&i| Marker {
                x: data.dataset.initiatives[i].date.as_fractional_year(),
                of: MarkerOf::Initiative(i),
            })
            .collect();
    }
    let months = (*years.start(), 0)..=(*years.end(), u8::MAX);
    data.index
        .initiatives_per_month
        .range(months)
        .map(|(&(year, month), &count)| Marker {
            x: if month == 0 {
                f64::from(year) + 0.5
            } else {
                f64::from(year) + (f64::from(month) - 0.5) / 12.0
            },
            of: MarkerOf::Period { year, month, count },
        })
        .collect()
}

fn year_mark(value: f64) -> String {
    let rounded = value.round();
    if (value - rounded).abs() < 1e-6 {
        format!("{rounded:.0}")
    } else {
        String::new()
    }
}

/// Grid marks at whole years: every year when there is room, else every 2, 5, 10…
///
/// "Room" is measured on screen, not in years: egui_plot hides an x label whose
/// marks are under 60 points apart (and fades it up to 80), so a 30-year axis
/// on a narrow chart would otherwise show no years at all. `base_step_size` is
/// the step that is `grid_spacing.min` (8) points wide, so 10 of them is 80 points.
fn year_grid(input: egui_plot::GridInput) -> Vec<GridMark> {
    let (lo, hi) = input.bounds;
    let min_step = 10.0 * input.base_step_size;
    let step = [1, 2, 5, 10, 20, 50, 100]
        .into_iter()
        .find(|&s| s as f64 >= min_step)
        .unwrap_or(100);
    let first = (lo.ceil() as i64).div_euclid(step) * step;
    (0..)
        .map(|i| first + i * step)
        .take_while(|y| (*y as f64) <= hi)
        .filter(|y| (*y as f64) >= lo)
        .map(|y| GridMark {
            value: y as f64,
            step_size: step as f64,
        })
        .collect()
}

/// Shortens a sector name for an axis label ("Research & Development" → "Research").
pub fn short_sector_name(name: &str) -> String {
    name.split([' ', '&']).next().unwrap_or(name).to_owned()
}

fn hover_startups(
    pos: &HoverPosition,
    marker_label: impl Fn(usize) -> Option<String>,
    lang: Lang,
) -> Option<String> {
    match pos {
        HoverPosition::NearDataPoint {
            plot_name,
            position,
            index,
        } => {
            if *plot_name == initiatives_legend(lang) {
                marker_label(*index)
            } else {
                Some(lang.format(
                    T::HoverStartups,
                    &[
                        plot_name,
                        &format!("{:.0}", position.x),
                        &format::thousands(position.y),
                    ],
                ))
            }
        }
        HoverPosition::Elsewhere { .. } => None,
    }
}

fn plot_startups_per_year(
    plot_ui: &mut egui_plot::PlotUi,
    data: ChartData,
    years: &RangeInclusive<i32>,
    lang: Lang,
) {
    let total: Vec<[f64; 2]> = data
        .stats
        .startups_total
        .iter()
        .filter(|p| years.contains(&p.year))
        .map(|p| [f64::from(p.year), p.value])
        .collect();
    let name = lang.t(T::AllStartupsSurvey);
    plot_ui.line(
        Line::new(name, total.clone())
            .color(style::TOTAL)
            .width(style::plot::TOTAL_LINE),
    );
    plot_ui.points(
        Points::new(name, total)
            .color(style::TOTAL)
            .radius(style::plot::POINT_RADIUS),
    );
    for series in &data.stats.startups_by_sector {
        let sector = series.sector.as_deref().unwrap_or("");
        let color = sector_color(data.dataset, sector);
        let points: Vec<[f64; 2]> = series
            .points
            .iter()
            .filter(|p| years.contains(&p.year))
            .map(|p| [f64::from(p.year), p.value])
            .collect();
        let bounds = series
            .points
            .iter()
            .any(|p| p.qualifier != Qualifier::Exact);
        let mut name = lang.format(
            T::SectorStartups,
            &[&sector_label(data.dataset, sector, lang)],
        );
        if bounds {
            name.push_str(lang.t(T::SomeLowerBounds));
        }
        plot_ui.line(
            Line::new(name.clone(), points.clone())
                .color(color)
                .width(style::plot::SECTOR_LINE),
        );
        plot_ui.points(
            Points::new(name, points)
                .color(color)
                .radius(style::plot::POINT_RADIUS),
        );
    }
}

/// A bar series' hover texts. egui_plot paints a bar's text above the bar,
/// where the plot's edge cuts off a tall bar's lines; the chart shows it as a
/// tooltip at the pointer instead (see [`bar_tooltip`]).
struct BarSeries {
    id: ItemId,
    /// Each bar: two opposite corners in plot coordinates, and its hover text.
    bars: Vec<(PlotPoint, PlotPoint, String)>,
}

/// Adds the bar chart `chart` makes of `bars` (whose names are their hover
/// texts, `horizontal` when they grow along x) with the item id of `key`, and
/// returns the hover texts.
fn add_bars(
    plot_ui: &mut egui_plot::PlotUi,
    key: impl std::hash::Hash + Copy,
    mut bars: Vec<Bar>,
    horizontal: bool,
    chart: impl FnOnce(Vec<Bar>) -> BarChart,
) -> BarSeries {
    let extents = bars
        .iter_mut()
        .map(|bar| {
            let half = bar.bar_width / 2.0;
            let base = bar.base_offset.unwrap_or(0.0);
            let (across, along) = (
                [bar.argument - half, bar.argument + half],
                [base, base + bar.value],
            );
            let corner = |i: usize| {
                if horizontal {
                    PlotPoint::new(along[i], across[i])
                } else {
                    PlotPoint::new(across[i], along[i])
                }
            };
            // The text moves here: egui_plot, told to paint none, needs no copy.
            (corner(0), corner(1), std::mem::take(&mut bar.name))
        })
        .collect();
    plot_ui.bar_chart(
        chart(bars)
            .id(key)
            .element_formatter(Box::new(|_, _| String::new())),
    );
    BarSeries {
        id: ItemId::new(key),
        bars: extents,
    }
}

/// Shows the hovered bar's text as a tooltip at the pointer.
fn bar_tooltip(shown: &egui_plot::PlotResponse<Vec<BarSeries>>) {
    let response = &shown.response;
    let (Some(item), Some(pointer)) = (shown.hovered_plot_item, response.hover_pos()) else {
        return;
    };
    let Some(series) = shown.inner.iter().find(|s| s.id == item) else {
        return;
    };
    // A legend entry hovered also names its series: only a bar under the
    // pointer (within egui's interaction radius) counts.
    let reach = response.ctx.global_style().interaction.interact_radius;
    let hovered = series.bars.iter().find(|(min, max, _)| {
        egui::Rect::from_two_pos(
            shown.transform.position_from_point(min),
            shown.transform.position_from_point(max),
        )
        .expand(reach)
        .contains(pointer)
    });
    let Some((_, _, text)) = hovered else {
        return;
    };
    let width = response.ctx.global_style().spacing.tooltip_width;
    egui::Tooltip::always_open(
        response.ctx.clone(),
        response.layer_id,
        response.id,
        egui::PopupAnchor::Pointer,
    )
    .gap(12.0)
    .show(|ui| {
        ui.set_max_width(width);
        ui.label(text);
    });
}

fn plot_startups_by_sector(
    plot_ui: &mut egui_plot::PlotUi,
    data: ChartData,
    options: &ChartOptions,
) -> Vec<BarSeries> {
    let Some(year) = sector_year(data, options) else {
        return Vec::new();
    };
    let lang = options.lang;
    let mut bars = Vec::new();
    let rows = stats::startups_by_sector_in_year(data.dataset, year);
    let count = rows.len();
    for (i, (sector, value)) in rows.into_iter().enumerate() {
        // Sector 0 at the top.
        let y = (count - 1 - i) as f64;
        let name = sector_label(data.dataset, &sector, lang);
        match value {
            Some(p) => {
                // The value at the bar's end, so exports (which have no hover) show it,
                // with its qualifier (">600" is a lower bound).
                plot_ui.text(
                    egui_plot::Text::new(
                        name.clone(),
                        egui_plot::PlotPoint::new(p.value, y),
                        RichText::new(format!(
                            " {}{}",
                            p.qualifier.prefix(),
                            format::thousands(p.value)
                        ))
                        .small(),
                    )
                    .anchor(egui::Align2::LEFT_CENTER),
                );
                bars.push(
                    Bar::new(y, p.value)
                        .name(lang.format(
                            T::HoverSectorStartups,
                            &[
                                &name,
                                &year,
                                &format!("{}{}", p.qualifier.prefix(), format::thousands(p.value)),
                            ],
                        ))
                        .fill(sector_color(data.dataset, &sector))
                        .width(style::plot::BAR_THICKNESS),
                );
            }
            None => plot_ui.text(
                egui_plot::Text::new(
                    lang.t(T::NoPublishedFigure),
                    egui_plot::PlotPoint::new(0.0, y),
                    RichText::new(format!(" {}", lang.t(T::NoPublishedFigure)))
                        .small()
                        .weak(),
                )
                .anchor(egui::Align2::LEFT_CENTER),
            ),
        }
    }
    let name = lang.format(T::StartupsInYear, &[&year]);
    vec![add_bars(
        plot_ui,
        "startups by sector",
        bars,
        true,
        |bars| BarChart::new(name, bars).horizontal(),
    )]
}

fn plot_funding(
    plot_ui: &mut egui_plot::PlotUi,
    data: ChartData,
    options: &ChartOptions,
) -> Vec<BarSeries> {
    let table = data.stats.funding.within(&options.years);
    let lang = options.lang;
    // Stack by year: each bar starts where the bars below it in the same year end.
    // (`BarChart::stack_on` pairs bars by index, which breaks when a sector has no
    // bar in some year: its later bars would sit on other years' bars.)
    let mut base = vec![0.0; table.years.len()];
    let mut series = Vec::new();
    for (s, sector) in table.sectors.iter().enumerate() {
        let name = sector_label(data.dataset, sector, lang);
        let color = sector_color(data.dataset, sector);
        let bars: Vec<Bar> = table
            .years
            .iter()
            .enumerate()
            .filter(|(y, _)| !table.cells[s][*y].records.is_empty())
            .map(|(y, &year)| {
                let cell = &table.cells[s][y];
                let value = if options.share {
                    table.share(s, y).unwrap_or(0.0) * 100.0
                } else {
                    cell.amount_hkd
                };
                // Name a few deals; a large dataset can have thousands in one cell.
                let mut deals: Vec<&str> = cell
                    .records
                    .iter()
                    .take(MAX_DEALS_NAMED)
                    .filter_map(|&i| data.dataset.funding.get(i))
                    .map(|f| f.name.as_str())
                    .collect();
                let more = cell.records.len().saturating_sub(MAX_DEALS_NAMED);
                let more_text = lang.format(T::AndMore, &[&more]);
                if more > 0 {
                    deals.push(more_text.trim_start_matches("; ").trim_start_matches('；'));
                }
                let bar = Bar::new(f64::from(year), value)
                    .base_offset(base[y])
                    .name(lang.format(
                        T::HoverFunding,
                        &[
                            &name,
                            &year,
                            &format::hkd(cell.amount_hkd),
                            &format!("{:.1}", table.share(s, y).unwrap_or(0.0) * 100.0),
                            &deals.join("; "),
                        ],
                    ))
                    .fill(color)
                    .width(style::plot::BAR_WIDTH);
                base[y] += value;
                bar
            })
            .collect();
        series.push(add_bars(
            plot_ui,
            ("funding", sector),
            bars,
            false,
            |bars| BarChart::new(name, bars).color(color),
        ));
    }
    series
}

fn plot_initiatives_per_year(
    plot_ui: &mut egui_plot::PlotUi,
    data: ChartData,
    years: &RangeInclusive<i32>,
    lang: Lang,
) -> Vec<BarSeries> {
    // Stack by year, not by bar index (see `plot_funding`).
    let mut base: BTreeMap<i32, f64> = BTreeMap::new();
    let mut series = Vec::new();
    for kind in InitiativeKind::ALL {
        let bars: Vec<Bar> = data
            .stats
            .initiatives_by_year
            .iter()
            .filter(|(y, _)| years.contains(y))
            .filter_map(|(year, kinds)| {
                kinds.get(&kind).map(|&n| {
                    let below = base.entry(*year).or_insert(0.0);
                    let bar = Bar::new(f64::from(*year), n as f64)
                        .base_offset(*below)
                        .name(lang.format(
                            T::HoverInitiatives,
                            &[year, &n, &lang.t(i18n::initiative_kind(kind))],
                        ))
                        .fill(kind_color(kind))
                        .width(style::plot::BAR_WIDTH);
                    *below += n as f64;
                    bar
                })
            })
            .collect();
        if bars.is_empty() {
            continue;
        }
        series.push(add_bars(
            plot_ui,
            ("initiatives", kind),
            bars,
            false,
            |bars| BarChart::new(lang.t(i18n::initiative_kind(kind)), bars).color(kind_color(kind)),
        ));
    }
    series
}

/// Each initiative as a diamond on the year axis at its date; hovering one names it.
fn plot_initiative_markers(plot_ui: &mut egui_plot::PlotUi, points: Vec<[f64; 2]>, lang: Lang) {
    if !points.is_empty() {
        plot_ui.points(
            Points::new(initiatives_legend(lang), points)
                .color(style::INITIATIVE_MARKER)
                .shape(egui_plot::MarkerShape::Diamond)
                .filled(true)
                .radius(style::plot::MARKER_RADIUS),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load;

    /// The shipped dataset with each initiative repeated `copies` times, one
    /// month later each time (so a range holds more than `MAX_MARKERS`).
    fn with_initiatives_repeated(copies: usize) -> ValidDataset {
        let shipped = load::embedded_dataset().expect("the shipped dataset is valid");
        let mut dataset: crate::model::Dataset = (*shipped).clone();
        let originals = dataset.initiatives.clone();
        for copy in 1..copies {
            for n in &originals {
                let mut n = n.clone();
                n.id = format!("{}-copy-{copy}", n.id);
                dataset.initiatives.push(n);
            }
        }
        let text = ron::ser::to_string(&dataset).expect("the model serialises");
        load::parse_dataset(&text, "test").expect("still valid")
    }

    #[test]
    fn many_initiatives_become_one_marker_per_month_with_its_count() {
        let dataset = with_initiatives_repeated(4);
        let stats = Stats::new(&dataset);
        let index = DatasetIndex::new(&dataset);
        let data = ChartData {
            dataset: &dataset,
            stats: &stats,
            index: &index,
        };
        let years = 1990..=2030;
        assert!(index.initiatives_in(&dataset, &years).len() > MAX_MARKERS);
        let markers = initiative_markers(data, &years);
        let mut total = 0;
        for marker in &markers {
            let MarkerOf::Period { year, month, count } = marker.of else {
                panic!(
                    "a single initiative's marker among {} markers",
                    markers.len()
                );
            };
            let expected = dataset
                .initiatives
                .iter()
                .filter(|n| n.date.year == year && n.date.month.unwrap_or(0) == month)
                .count();
            assert_eq!(count, expected, "{year}-{month}");
            assert_eq!(marker.x.floor() as i32, year);
            total += count;
            let label = marker.label(data, Lang::En);
            assert!(label.contains(&count.to_string()), "{label}");
        }
        assert_eq!(total, dataset.initiatives.len());

        // A narrow range keeps single markers, labelled with the initiative.
        let shipped = load::embedded_dataset().expect("valid");
        let (stats, index) = (Stats::new(&shipped), DatasetIndex::new(&shipped));
        let data = ChartData {
            dataset: &shipped,
            stats: &stats,
            index: &index,
        };
        let markers = initiative_markers(data, &(2024..=2024));
        assert!(!markers.is_empty());
        for marker in &markers {
            let MarkerOf::Initiative(i) = marker.of else {
                panic!("a month marker for a handful of initiatives");
            };
            assert!(
                marker
                    .label(data, Lang::En)
                    .starts_with(&shipped.initiatives[i].name)
            );
        }
    }
}
