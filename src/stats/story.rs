//! The Overview's story: how big AI is in Hong Kong and where it is going, as
//! a few figures picked from the dataset by stated rules (never typed in),
//! the latest initiatives, and each sector's headline figure. Computed once
//! per dataset ([`super::Stats`]); a frame only reads it.

use super::funding_total_by_year;
use crate::model::{
    Confidence, Dataset, FundingScope, KeyFigure, Measure, PartialDate, Qualifier, Sector,
    SourceId, Unit,
};
use std::cmp::Ordering;

/// How many initiatives the Overview lists as the latest.
pub const LATEST_INITIATIVES: usize = 5;

/// How many years the initiatives-per-year sparkline covers (up to the latest).
pub const INITIATIVE_YEARS: i32 = 10;

/// The parks whose AI companies the story counts: a key figure counts when
/// its label names one of these.
pub const PARK_NAMES: [&str; 2] = ["Cyberport", "Science Park"];

/// What one figure of the story answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StoryTopic {
    /// AI-specific money committed (funding records of scope `AiSpecific` only).
    AiMoney,
    /// AI companies at the parks (Cyberport, Science Park).
    ParkAiCompanies,
    /// Computing capacity (key figures in PFLOPS).
    Computing,
    /// Government initiatives recorded per year.
    Initiatives,
}

impl StoryTopic {
    /// Every topic, in the order the Overview shows them.
    pub const ALL: [StoryTopic; 4] = [
        StoryTopic::AiMoney,
        StoryTopic::ParkAiCompanies,
        StoryTopic::Computing,
        StoryTopic::Initiatives,
    ];
}

/// Which way the last point went from the one before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Higher than the point before.
    Up,
    /// Lower than the point before.
    Down,
    /// The same as the point before.
    Level,
}

/// The last step of a series: its direction and the point it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Trend {
    /// Up, down or level.
    pub direction: Direction,
    /// The point before the latest.
    pub from_date: PartialDate,
    /// Its value.
    pub from_value: f64,
}

/// Where a story figure comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum StoryOrigin {
    /// One key figure of a sector: its label (both languages) and source.
    KeyFigure {
        /// What is counted.
        label: String,
        /// The label in Chinese.
        label_zh: Option<String>,
        /// The source id.
        source: SourceId,
        /// How well checked it is.
        confidence: Confidence,
    },
    /// A sum of funding records: how many, and the largest of the latest year.
    FundingRecords {
        /// How many records are summed.
        records: usize,
        /// The first year with a record.
        first_year: i32,
        /// The largest record of the latest year: its name, amount and source.
        largest: Option<(String, f64, SourceId)>,
    },
    /// A count of the dataset's initiatives.
    InitiativeCount {
        /// True when the year is the dataset's `as_of` year (so not complete).
        year_to_date: bool,
    },
}

/// One figure of the story, or the gap where the dataset has none.
#[derive(Debug, Clone, PartialEq)]
pub struct StoryFigure {
    /// What it answers.
    pub topic: StoryTopic,
    /// The latest value: `None` when the dataset has no figure for the topic.
    pub latest: Option<StoryValue>,
    /// Every point of its series, oldest first (one point: no trend).
    pub points: Vec<(PartialDate, f64)>,
    /// The last step, when there are two points or more.
    pub trend: Option<Trend>,
}

/// The value a story figure shows.
#[derive(Debug, Clone, PartialEq)]
pub struct StoryValue {
    /// The number as published (or summed, or counted).
    pub value: f64,
    /// Its unit.
    pub unit: Unit,
    /// Exact, about, more than.
    pub qualifier: Qualifier,
    /// When it applies (a sum: its latest year).
    pub date: PartialDate,
    /// Where it comes from.
    pub origin: StoryOrigin,
}

/// The Overview's story, computed once per dataset.
#[derive(Debug, Clone, PartialEq)]
pub struct Story {
    /// One figure per [`StoryTopic::ALL`], in that order, gaps included.
    pub figures: Vec<StoryFigure>,
    /// Indexes of the latest initiatives, most recent first.
    pub latest_initiatives: Vec<usize>,
    /// Per sector (dataset order), the index of its headline key figure.
    pub headlines: Vec<Option<usize>>,
}

impl Story {
    /// Picks the story of `dataset` by the rules of this module.
    pub fn new(dataset: &Dataset) -> Self {
        Story {
            figures: StoryTopic::ALL
                .iter()
                .map(|&topic| figure(dataset, topic))
                .collect(),
            latest_initiatives: latest_initiatives(dataset, LATEST_INITIATIVES),
            headlines: dataset.sectors.iter().map(headline_index).collect(),
        }
    }

    /// The figure of one topic.
    pub fn figure(&self, topic: StoryTopic) -> Option<&StoryFigure> {
        self.figures.iter().find(|f| f.topic == topic)
    }
}

fn figure(dataset: &Dataset, topic: StoryTopic) -> StoryFigure {
    let (latest, points) = match topic {
        StoryTopic::AiMoney => ai_money(dataset),
        StoryTopic::ParkAiCompanies => key_figure_story(dataset, is_park_ai_companies),
        StoryTopic::Computing => {
            key_figure_story(dataset, |f| f.unit == Unit::Known(Measure::Pflops))
        }
        StoryTopic::Initiatives => initiatives_per_year(dataset),
    };
    // A year still under way is not compared with a whole one.
    let partial_year = latest
        .as_ref()
        .is_some_and(|v| v.origin == StoryOrigin::InitiativeCount { year_to_date: true });
    StoryFigure {
        topic,
        trend: if partial_year { None } else { trend(&points) },
        latest,
        points,
    }
}

/// The last step of a series, when it has two points or more.
pub fn trend(points: &[(PartialDate, f64)]) -> Option<Trend> {
    let [.., (from_date, from_value), (_, last)] = points else {
        return None;
    };
    let direction = match last.total_cmp(from_value) {
        Ordering::Greater => Direction::Up,
        Ordering::Less => Direction::Down,
        Ordering::Equal => Direction::Level,
    };
    Some(Trend {
        direction,
        from_date: *from_date,
        from_value: *from_value,
    })
}

/// AI-specific money only (never partly-AI or general I&T money): the sum of
/// every year, dated by its latest year. The series is the running total at
/// each year with records, so its arrow compares the total shown with the
/// total before the latest year's records, like with like.
fn ai_money(dataset: &Dataset) -> (Option<StoryValue>, Vec<(PartialDate, f64)>) {
    let by_year = funding_total_by_year(dataset, FundingScope::AiSpecific);
    let points: Vec<(PartialDate, f64)> = by_year
        .iter()
        .scan(0.0, |total, &(year, hkd)| {
            *total += hkd;
            Some((PartialDate::year(year), *total))
        })
        .collect();
    let (Some(&(first_year, _)), Some(&(last_year, _))) = (by_year.first(), by_year.last()) else {
        return (None, points);
    };
    let ai = || {
        dataset
            .funding
            .iter()
            .filter(|f| f.scope == FundingScope::AiSpecific)
    };
    let largest = ai()
        .filter(|f| f.year == last_year)
        .max_by(|a, b| a.amount.in_hkd().total_cmp(&b.amount.in_hkd()))
        .map(|f| (f.name.clone(), f.amount.in_hkd(), f.source.clone()));
    let value = StoryValue {
        value: by_year.iter().map(|p| p.1).sum(),
        unit: Unit::Money(crate::model::Currency::HKD),
        qualifier: Qualifier::Exact,
        date: PartialDate::year(last_year),
        origin: StoryOrigin::FundingRecords {
            records: ai().count(),
            first_year,
            largest,
        },
    };
    (Some(value), points)
}

/// A key figure counts AI companies at the parks when its unit is companies,
/// its label has the word "AI" and names one of [`PARK_NAMES`].
fn is_park_ai_companies(figure: &KeyFigure) -> bool {
    let has_ai = figure
        .label
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| word == "AI");
    figure.unit == Unit::Known(Measure::Companies)
        && has_ai
        && PARK_NAMES.iter().any(|park| figure.label.contains(park))
}

/// Among the key figures (of every sector) that `wanted` accepts, grouped into
/// series by label and unit: the series whose latest point is verified and
/// most recent (verified before secondary, then the later date, then the
/// longer series); its latest point is the value.
fn key_figure_story(
    dataset: &Dataset,
    wanted: impl Fn(&KeyFigure) -> bool,
) -> (Option<StoryValue>, Vec<(PartialDate, f64)>) {
    let mut groups: Vec<Vec<&KeyFigure>> = Vec::new();
    let figures = dataset.sectors.iter().flat_map(|s| &s.key_figures);
    for figure in figures.filter(|f| wanted(f)) {
        let same =
            |g: &&mut Vec<&KeyFigure>| g[0].label == figure.label && g[0].unit == figure.unit;
        match groups.iter_mut().find(same) {
            // The same figure cited in two sectors is one point.
            Some(g)
                if g.iter()
                    .any(|f| f.date == figure.date && f.value == figure.value) => {}
            Some(g) => g.push(figure),
            None => groups.push(vec![figure]),
        }
    }
    for g in &mut groups {
        g.sort_by_key(|f| f.date);
    }
    let rank = |g: &Vec<&KeyFigure>| {
        let last = g[g.len() - 1];
        (confidence_rank(last.confidence), last.date, g.len())
    };
    let Some(best) = groups.iter().max_by_key(|g| rank(g)) else {
        return (None, Vec::new());
    };
    let last = best[best.len() - 1];
    let value = StoryValue {
        value: last.value,
        unit: last.unit.clone(),
        qualifier: last.qualifier,
        date: last.date,
        origin: StoryOrigin::KeyFigure {
            label: last.label.clone(),
            label_zh: last.label_zh.clone(),
            source: last.source.clone(),
            confidence: last.confidence,
        },
    };
    (
        Some(value),
        best.iter().map(|f| (f.date, f.value)).collect(),
    )
}

/// Higher is better checked.
fn confidence_rank(confidence: Confidence) -> u8 {
    match confidence {
        Confidence::Verified => 2,
        Confidence::Secondary => 1,
        Confidence::Unverified => 0,
    }
}

/// The initiatives of the latest year with any, and the count of every year
/// of the [`INITIATIVE_YEARS`] up to it (a year with none recorded counts 0:
/// it is a count of the dataset's records, not an estimate).
fn initiatives_per_year(dataset: &Dataset) -> (Option<StoryValue>, Vec<(PartialDate, f64)>) {
    let Some(last) = dataset.initiatives.iter().map(|i| i.date.year).max() else {
        return (None, Vec::new());
    };
    let first = dataset
        .initiatives
        .iter()
        .map(|i| i.date.year)
        .min()
        .unwrap_or(last)
        .max(last - INITIATIVE_YEARS + 1);
    let count = |year| {
        let n = dataset
            .initiatives
            .iter()
            .filter(|i| i.date.year == year)
            .count();
        n as f64
    };
    let points: Vec<(PartialDate, f64)> = (first..=last)
        .map(|y| (PartialDate::year(y), count(y)))
        .collect();
    let value = StoryValue {
        value: count(last),
        unit: Unit::Known(Measure::Initiatives),
        qualifier: Qualifier::Exact,
        date: PartialDate::year(last),
        origin: StoryOrigin::InitiativeCount {
            year_to_date: dataset.as_of.year == last,
        },
    };
    (Some(value), points)
}

/// The `n` most recent initiatives, most recent first; of one date, the later
/// in the file first.
pub fn latest_initiatives(dataset: &Dataset, n: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..dataset.initiatives.len()).collect();
    order.sort_by(|&a, &b| {
        let date = |i: usize| dataset.initiatives[i].date;
        date(b).cmp(&date(a)).then(b.cmp(&a))
    });
    order.truncate(n);
    order
}

/// Units that describe the make-up of a plan or place (its principles, areas,
/// tiers, hectares, rank, targeted procedures) rather than how much AI there
/// is: a headline prefers any other unit.
fn is_descriptive(unit: &Unit) -> bool {
    matches!(
        unit,
        Unit::Known(
            Measure::Principles
                | Measure::Areas
                | Measure::Tiers
                | Measure::Hectares
                | Measure::Rank
                | Measure::Procedures
        )
    )
}

/// The index of a sector's headline figure: its most telling recent measure.
///
/// The rule: verified figures before secondary, secondary before unverified;
/// then a measure of scale (companies, money, shares, computing power, people,
/// cases…) before a descriptive count ([`is_descriptive`]); then the most
/// recent date; of equals, the first in the file (the dataset lists a
/// sector's figures most important first).
pub fn headline_index(sector: &Sector) -> Option<usize> {
    let rank = |f: &KeyFigure| {
        (
            confidence_rank(f.confidence),
            !is_descriptive(&f.unit),
            f.date,
        )
    };
    let mut best: Option<usize> = None;
    for (i, figure) in sector.key_figures.iter().enumerate() {
        let better = match best {
            None => true,
            Some(b) => rank(figure) > rank(&sector.key_figures[b]),
        };
        if better {
            best = Some(i);
        }
    }
    best
}
