//! The charts: one definition each, drawn by [`draw_chart`] both in the window
//! and into exports, with a table twin ([`chart_table`]) for screen readers,
//! the window's table view and CSV. Nothing here reads files or app state.
//!
//! Each chart is one file implementing [`chart::Chart`] (title, unit,
//! definition, years, publishers, table, plot); [`ChartKind::ALL`] in `kind.rs`
//! is the registry. Adding a chart means adding its file, its variant in
//! [`ChartKind`] and its line in the registry. Shared parts: `axes` (year and
//! row axes), `bars` (bar series, stacking by year), `markers` (initiatives on
//! the year axis), `hover` (tooltips by item id) and `table` (pure data).

mod axes;
mod bars;
mod chart;
mod draw;
mod funding_by_sector;
mod hover;
mod initiatives_per_year;
mod kind;
mod legend;
mod markers;
mod sources;
mod startups_by_sector;
mod startups_per_year;
mod table;

pub use draw::{draw_chart, draw_plot};
pub use kind::{ChartChoice, ChartKind};
pub use sources::{chart_sources, source_line};

pub use table::Table;

use crate::i18n::{Lang, T};
use crate::index::DatasetIndex;
use crate::model::Sector;
use crate::model::ValidDataset;
use crate::stats::Stats;
use crate::style;
use egui::Color32;
use std::ops::RangeInclusive;

/// What the person chose that changes what a chart shows.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartOptions {
    /// The years shown on every time chart.
    pub years: RangeInclusive<i32>,
    /// Funding as share of each year's AI-specific total instead of HK$
    /// (shares are of AI-specific money alone, whatever `funding_money` says).
    pub share: bool,
    /// Which money the funding chart shows: AI-specific alone, or with the
    /// partly-AI and general I&T money stacked apart.
    pub funding_money: FundingMoney,
    /// Government initiatives drawn as markers on the year axis.
    pub show_initiatives: bool,
    /// The language of titles, units, legends, tooltips and tables.
    pub lang: Lang,
}

impl ChartOptions {
    /// Options showing every year of the dataset.
    pub fn for_stats(stats: &Stats) -> Self {
        ChartOptions {
            years: stats.year_span.clone(),
            share: false,
            funding_money: FundingMoney::AiSpecific,
            show_initiatives: true,
            lang: Lang::En,
        }
    }
}

/// Which funding money the funding chart, its table and its CSV show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FundingMoney {
    /// Money for AI alone (the default: the question the dashboard answers).
    #[default]
    AiSpecific,
    /// AI-specific money by sector, with partly-AI and general I&T money
    /// stacked above it in colours of their own, never added into one total.
    WithGeneral,
}

impl ChartOptions {
    /// The money the funding chart shows: shares are always of AI-specific money.
    pub fn funding_money_shown(&self) -> FundingMoney {
        if self.share {
            FundingMoney::AiSpecific
        } else {
            self.funding_money
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
    /// Its look-up tables (initiatives by date, sources by year, sector positions).
    pub index: &'a DatasetIndex,
}

impl<'a> ChartData<'a> {
    /// A sector's name in `lang` (the id when the sector is unknown).
    pub fn sector_label(self, id: &str, lang: Lang) -> String {
        sector_label(self.dataset, id, lang)
    }

    /// A sector's colour, the same on every chart (the palette by its position).
    pub fn sector_color(self, id: &str) -> Color32 {
        style::sector_color_at(self.index.sector_position(id))
    }

    /// A source's publisher (the id when the source is unknown).
    fn publisher(self, source: &str) -> String {
        self.dataset
            .source(source)
            .map_or(source.to_owned(), |s| s.publisher.clone())
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

/// A sector's name in `lang` (the id when the sector is unknown).
pub fn sector_label(dataset: &ValidDataset, id: &str, lang: Lang) -> String {
    dataset
        .sector(id)
        .map_or(id.to_owned(), |s| sector_name(s, lang).to_owned())
}

/// A sector's name in `lang`.
fn sector_name(sector: &Sector, lang: Lang) -> &str {
    lang.pick(&sector.name, sector.name_zh.as_ref())
}

/// The title of a chart.
pub fn title(kind: ChartKind, data: ChartData, options: &ChartOptions) -> String {
    kind.chart().title(data, options)
}

/// The line under the title: the years shown (time charts), the mode where a
/// chart has more than one (amounts or shares) and the unit, so a printed
/// chart says what it shows without its window.
pub fn subtitle(kind: ChartKind, data: ChartData, options: &ChartOptions) -> String {
    let lang = options.lang;
    let mut parts = Vec::new();
    if kind.is_time_chart() {
        let years = chart_years(kind, data, options);
        parts.push(lang.format(T::YearRange, &[years.start(), years.end()]));
    }
    if let Some(mode) = kind.chart().mode(options) {
        parts.push(lang.t(mode).to_owned());
    }
    parts.push(lang.format(T::UnitIs, &[&unit(kind, options)]));
    parts.join(" · ")
}

/// The unit of the value axis.
pub fn unit(kind: ChartKind, options: &ChartOptions) -> String {
    // The HK$/US$ peg is filled in from the one constant, never typed into text.
    options
        .lang
        .format(kind.chart().unit(options), &[&crate::model::HKD_PER_USD])
}

/// What the numbers are, in one line, under the chart.
pub fn definition(kind: ChartKind, options: &ChartOptions) -> &'static str {
    options.lang.t(kind.chart().definition(options))
}

/// The years a time chart spans: the years it has data for, narrowed to the
/// chosen range (so a series that starts in 2014 is not squeezed into 1998–2026).
pub fn chart_years(
    kind: ChartKind,
    data: ChartData,
    options: &ChartOptions,
) -> RangeInclusive<i32> {
    let (start, end) = (*options.years.start(), *options.years.end());
    let (low, high) = kind
        .chart()
        .data_years(data, options)
        .map_or((start, end), |(first, last)| {
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
    kind.chart().publishers(data, options)
}

/// The chart's numbers, exactly what the chart shows under `options`.
pub fn chart_table(kind: ChartKind, data: ChartData, options: &ChartOptions) -> Table {
    kind.chart().table(data, options)
}
