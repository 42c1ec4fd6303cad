//! Startups by the startup survey's own categories, across every year with a
//! published count: one row per category, named with the dashboard sector it
//! maps to; a column per published count standing on the row's line (one
//! height scale for every row)
//! with its value (and qualifier) on top; "no published figure" along a row
//! where the survey publishes none.

use super::axes;
use super::bars::add_bars;
use super::chart::Chart;
use super::hover::Hoverable;
use super::legend::LegendEntry;
use super::table::{Table, value_cell};
use super::{ChartData, ChartOptions};
use crate::i18n::{self, Lang, T};
use crate::index;
use crate::model::SurveyCategory;
use crate::stats::{CategorySeries, YearValue};
use crate::style;
use egui::{Align2, Color32, RichText};
use egui_plot::{Bar, Plot, PlotPoint, PlotUi, Text};
use std::ops::RangeInclusive;

/// The command-line name.
pub(super) const SLUG: &str = "startups-by-sector";

/// The startups-by-survey-category chart.
pub(super) struct StartupsBySector;

/// The years the chart spans: the first to the last with a category count
/// (every year of the data when no category has one).
fn survey_years(data: ChartData) -> RangeInclusive<i32> {
    let years = &data.stats.category_count_years;
    match (years.first(), years.last()) {
        (Some(&first), Some(&last)) => first..=last,
        _ => data.stats.year_span.clone(),
    }
}

/// A category's name: short for the axis, the survey's fuller wording for
/// tables and hover.
fn category_name(category: SurveyCategory, lang: Lang, full: bool) -> &'static str {
    use SurveyCategory::*;
    let (short, long) = match category {
        Fintech => (T::SurveyFintech, T::SurveyFintechFull),
        EcommerceLogistics => (T::SurveyEcommerce, T::SurveyEcommerceFull),
        ProfessionalServices => (T::SurveyProfessional, T::SurveyProfessionalFull),
        Ict => (T::SurveyIct, T::SurveyIctFull),
        HealthMedical => (T::SurveyHealth, T::SurveyHealthFull),
        Edtech => (T::SurveyEdtech, T::SurveyEdtechFull),
        GreenTech => (T::SurveyGreen, T::SurveyGreenFull),
    };
    lang.t(if full { long } else { short })
}

/// The dashboard sector a category maps to, by name, or "none".
fn mapped_sector(category: SurveyCategory, data: ChartData, lang: Lang) -> String {
    category.sector().map_or_else(
        || lang.t(T::NoDashboardSector).to_owned(),
        |id| data.sector_label(id, lang),
    )
}

/// A row's axis label: the category, and "→ sector" where it maps to one.
fn row_label(category: SurveyCategory, data: ChartData, lang: Lang) -> String {
    let name = category_name(category, lang, false);
    match category.sector() {
        Some(id) => {
            let sector = data.sector_label(id, lang);
            let sector = match lang {
                Lang::En => first_word(&sector),
                Lang::ZhHk => &sector,
            };
            format!("{name} → {sector}")
        }
        None => name.to_owned(),
    }
}

/// The first word of a name, for an axis label ("Research & Development" → "Research").
fn first_word(name: &str) -> &str {
    name.split([' ', '&']).next().unwrap_or(name)
}

/// A category's dot colour: its sector's, or grey when it maps to none.
fn category_color(category: SurveyCategory, data: ChartData) -> Color32 {
    category
        .sector()
        .map_or(style::SURVEY_UNMAPPED, |id| data.sector_color(id))
}

/// The published value of `year` in a category's points, if any.
fn in_year(points: &[YearValue], year: i32) -> Option<&YearValue> {
    points.iter().find(|p| p.year == year)
}

impl Chart for StartupsBySector {
    fn slug(&self) -> &'static str {
        SLUG
    }

    fn title(&self, data: ChartData, options: &ChartOptions) -> String {
        let years = &data.stats.category_count_years;
        let span = match (years.first(), years.last()) {
            (Some(first), Some(last)) if first != last => format!("{first}–{last}"),
            (Some(only), _) => only.to_string(),
            _ => "–".to_owned(),
        };
        options.lang.format(T::ChartStartupsBySector, &[&span])
    }

    fn unit(&self, _options: &ChartOptions) -> T {
        T::UnitStartups
    }

    fn definition(&self, _options: &ChartOptions) -> T {
        T::DefinitionStartupsByCategory
    }

    fn is_time_chart(&self) -> bool {
        false
    }

    fn publishers<'a>(&self, data: ChartData<'a>, _options: &ChartOptions) -> Vec<&'a str> {
        index::distinct_in(
            &data.index.category_startup_publishers,
            &(i32::MIN..=i32::MAX),
        )
    }

    fn table(&self, data: ChartData, options: &ChartOptions) -> Table {
        let lang = options.lang;
        let years = &data.stats.category_count_years;
        let mut columns = vec![
            lang.t(T::ColSurveyCategory).to_owned(),
            lang.t(T::ColDashboardSector).to_owned(),
        ];
        columns.extend(years.iter().map(i32::to_string));
        columns.push(lang.t(T::ColSource).to_owned());
        let rows = data
            .stats
            .startups_by_category
            .iter()
            .map(|series| table_row(series, years, data, lang))
            .collect();
        Table { columns, rows }
    }

    fn configure<'p>(&self, plot: Plot<'p>, data: ChartData, options: &ChartOptions) -> Plot<'p> {
        let lang = options.lang;
        let labels = data
            .stats
            .startups_by_category
            .iter()
            .map(|s| row_label(s.category, data, lang))
            .collect();
        let rows = data.stats.startups_by_category.len();
        let top = rows as f64 - 1.0;
        let plot = axes::year_axis(plot, &survey_years(data))
            // No margin past the padded survey years: no year axis label
            // beyond the data, cut at the image's edge.
            .set_margin_fraction(egui::vec2(0.0, 0.05))
            // Room above the top row's columns for their values.
            .include_y(top + style::plot::COUNT_COLUMN_MAX + style::plot::COUNT_VALUE_ROOM);
        axes::row_axis(plot, labels)
    }

    fn plot<'a>(
        &self,
        plot_ui: &mut PlotUi,
        data: ChartData<'a>,
        options: &ChartOptions,
        _years: &RangeInclusive<i32>,
    ) -> Vec<Hoverable<'a>> {
        let lang = options.lang;
        let all = &data.stats.startups_by_category;
        let gap_x = f64::from(*survey_years(data).start()) - style::plot::YEAR_PADDING;
        // One height scale for every row: the largest count is the tallest column.
        let largest = all
            .iter()
            .flat_map(|s| s.points.iter().map(|p| p.value))
            .fold(0.0, f64::max);
        let mut hoverables = Vec::new();
        for (i, series) in all.iter().enumerate() {
            let y = axes::row_y(i, all.len());
            if series.points.is_empty() {
                let gap = lang.t(T::NoPublishedFigure);
                let text = RichText::new(format!(" {gap}")).small().weak();
                plot_ui.text(
                    Text::new(gap, PlotPoint::new(gap_x, y), text).anchor(Align2::LEFT_CENTER),
                );
                continue;
            }
            let scale = style::plot::COUNT_COLUMN_MAX / largest.max(1.0);
            hoverables.push(plot_category(plot_ui, series, (y, scale), data, lang));
        }
        hoverables
    }
}

/// One category's table row: its name, its sector, a cell per survey year
/// (gaps spelled out) and the publishers of its counts.
fn table_row(series: &CategorySeries, years: &[i32], data: ChartData, lang: Lang) -> Vec<String> {
    let mut row = vec![
        category_name(series.category, lang, true).to_owned(),
        mapped_sector(series.category, data, lang),
    ];
    row.extend(
        years
            .iter()
            .map(|&year| value_cell(in_year(&series.points, year), lang)),
    );
    let mut publishers: Vec<String> = Vec::new();
    for p in &series.points {
        let publisher = data.publisher(&p.source);
        if !publishers.contains(&publisher) {
            publishers.push(publisher);
        }
    }
    row.push(publishers.join("; "));
    row
}

/// Plots one category's counts as columns standing on its row's grid line at
/// `y`, `scale` rows per startup, each with its value on top (exports have no hover, so the
/// number is always written).
fn plot_category<'a>(
    plot_ui: &mut PlotUi,
    series: &CategorySeries,
    (y, scale): (f64, f64),
    data: ChartData,
    lang: Lang,
) -> Hoverable<'a> {
    let category = series.category;
    let name = category_name(category, lang, true);
    let color = category_color(category, data);
    let sector = mapped_sector(category, data, lang);
    let base = y;
    let mut values = Vec::with_capacity(series.points.len());
    let bars = series
        .points
        .iter()
        .map(|p| {
            let value = i18n::qualified(lang, p.value, p.qualifier);
            let height = p.value * scale;
            let top = PlotPoint::new(f64::from(p.year), base + height);
            let text = RichText::new(value.as_str()).small();
            plot_ui.text(Text::new(name, top, text).anchor(Align2::CENTER_BOTTOM));
            values.push((p.year, value));
            Bar::new(f64::from(p.year), height)
                .base_offset(base)
                .width(style::plot::COUNT_COLUMN_WIDTH)
                .fill(color)
        })
        .collect();
    let hover = move |i: usize| {
        let (year, value) = &values[i];
        lang.format(T::HoverCategoryStartups, &[&name, year, value, &sector])
    };
    let legend = LegendEntry::bar(name, color);
    add_bars(plot_ui, ("survey category", category), legend, bars, hover)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::DatasetIndex;
    use crate::load;
    use crate::model::ValidDataset;
    use crate::stats::Stats;

    fn shipped() -> (ValidDataset, Stats, DatasetIndex) {
        let dataset = load::embedded_dataset().expect("the shipped dataset is valid");
        let stats = Stats::new(&dataset);
        let index = DatasetIndex::new(&dataset);
        (dataset, stats, index)
    }

    #[test]
    fn rows_name_the_sector_a_category_maps_to() {
        let (dataset, stats, index) = shipped();
        let data = ChartData {
            dataset: &dataset,
            stats: &stats,
            index: &index,
        };
        assert_eq!(
            row_label(SurveyCategory::Fintech, data, Lang::En),
            "Fintech → Finance"
        );
        assert_eq!(row_label(SurveyCategory::Ict, data, Lang::En), "ICT");
        assert_eq!(
            row_label(SurveyCategory::Edtech, data, Lang::ZhHk),
            format!("教育科技 → {}", data.sector_label("education", Lang::ZhHk))
        );
        assert_eq!(
            mapped_sector(SurveyCategory::GreenTech, data, Lang::En),
            "none"
        );
    }

    /// What a cell must say, read straight from the records: the count under
    /// `category` in `year` with its qualifier, or the gap.
    fn cell_by_scan(dataset: &ValidDataset, category: SurveyCategory, year: i32) -> String {
        dataset
            .startup_counts
            .iter()
            .find(|c| c.category == Some(category) && c.year == year)
            .map_or_else(
                || Lang::En.t(T::NoPublishedFigure).to_owned(),
                |c| i18n::qualified(Lang::En, f64::from(c.count), c.qualifier),
            )
    }

    #[test]
    fn the_table_has_every_category_and_every_gap() {
        let (dataset, stats, index) = shipped();
        let data = ChartData {
            dataset: &dataset,
            stats: &stats,
            index: &index,
        };
        let options = ChartOptions::for_stats(&stats);
        let table = StartupsBySector.table(data, &options);
        let years = &stats.category_count_years;
        assert!(years.len() >= 3, "published years: {years:?}");
        assert_eq!(table.columns.len(), 2 + years.len() + 1);
        assert_eq!(table.rows.len(), SurveyCategory::ALL.len());
        for (row, category) in table.rows.iter().zip(SurveyCategory::ALL) {
            assert_eq!(row[0], category_name(category, Lang::En, true));
            for (cell, &year) in row[2..2 + years.len()].iter().zip(years) {
                assert_eq!(*cell, cell_by_scan(&dataset, category, year), "{row:?}");
            }
        }
        // The gaps stay: a category with no published count is a row of gaps.
        let gap = Lang::En.t(T::NoPublishedFigure);
        let ict = &table.rows[3];
        assert_eq!(ict[1], "none");
        assert!(ict[2..2 + years.len()].iter().all(|c| c == gap), "{ict:?}");
    }

    #[test]
    fn axis_names_are_the_first_word() {
        assert_eq!(first_word("Research & Development"), "Research");
        assert_eq!(first_word("Finance"), "Finance");
    }
}
