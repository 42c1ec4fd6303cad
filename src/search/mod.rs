//! Finding anything in a dataset from one search box: sectors, key figures,
//! organisations, initiatives, sources and charts, in English and Chinese at
//! once, whatever the interface language.
//!
//! [`SearchIndex::new`] builds an index once per dataset (in
//! [`crate::analysis::Analysis`]); [`SearchIndex::search`] answers one query.
//! Matching is case- and accent-insensitive, takes the words in any order (all
//! must match, in any of a record's fields), matches word prefixes ("cyber"
//! finds Cyberport), finds Chinese text inside runs written without spaces,
//! and forgives one typo in a word of five letters or more. Results come best
//! first: by the field matched (name before description), then by kind.
//!
//! Pure: no egui. `fold` folds and splits text, `index` builds, `query` matches.

mod fold;
mod index;
mod query;

#[cfg(test)]
mod tests;

pub use fold::fold;
pub use index::SearchIndex;

use crate::charts::ChartKind;
use crate::model::{Dataset, SectorId, SourceId};
use std::ops::Range;

/// What kind of record a result is, in ranking order (sectors first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HitKind {
    /// A sector (a tab).
    Sector,
    /// A chart of the Charts tab.
    Chart,
    /// An organisation of a sector.
    Organisation,
    /// A government initiative.
    Initiative,
    /// A key figure of a sector.
    KeyFigure,
    /// A source the records cite.
    Source,
}

/// Where a result is in the dataset: what opening it goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    /// The sector at this position of `sectors`.
    Sector(usize),
    /// A sector's key figure.
    KeyFigure {
        /// The sector's position.
        sector: usize,
        /// The figure's position in the sector's `key_figures`.
        index: usize,
    },
    /// A sector's organisation.
    Organisation {
        /// The sector's position.
        sector: usize,
        /// The organisation's position in the sector's `organisations`.
        index: usize,
    },
    /// The initiative at this position of `initiatives`.
    Initiative(usize),
    /// The source at this position of `sources`.
    Source(usize),
    /// A chart.
    Chart(ChartKind),
}

impl Target {
    /// The kind of record it is.
    pub fn kind(self) -> HitKind {
        match self {
            Target::Sector(_) => HitKind::Sector,
            Target::KeyFigure { .. } => HitKind::KeyFigure,
            Target::Organisation { .. } => HitKind::Organisation,
            Target::Initiative(_) => HitKind::Initiative,
            Target::Source(_) => HitKind::Source,
            Target::Chart(_) => HitKind::Chart,
        }
    }

    /// The sector it belongs to (an initiative's first), if any.
    pub fn sector(self, dataset: &Dataset) -> Option<&SectorId> {
        match self {
            Target::Sector(s)
            | Target::KeyFigure { sector: s, .. }
            | Target::Organisation { sector: s, .. } => dataset.sectors.get(s).map(|s| &s.id),
            Target::Initiative(i) => dataset.initiatives.get(i)?.sectors.first(),
            Target::Source(_) | Target::Chart(_) => None,
        }
    }

    /// A stable identifier: the record's id, a chart's slug, or
    /// `sector/figure/N` and `sector/organisation/N` for records without one.
    pub fn id(self, dataset: &Dataset) -> String {
        let sector_id = |s: usize| dataset.sectors.get(s).map_or("", |s| s.id.as_str());
        match self {
            Target::Sector(s) => sector_id(s).to_owned(),
            Target::KeyFigure { sector, index } => format!("{}/figure/{index}", sector_id(sector)),
            Target::Organisation { sector, index } => {
                format!("{}/organisation/{index}", sector_id(sector))
            }
            Target::Initiative(i) => dataset
                .initiatives
                .get(i)
                .map_or(String::new(), |n| n.id.to_string()),
            Target::Source(i) => dataset
                .sources
                .get(i)
                .map_or(String::new(), |s| s.id.to_string()),
            Target::Chart(kind) => kind.slug().to_owned(),
        }
    }
}

/// Which field of a record matched, best first: what results are ranked by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FieldRank {
    /// A name, label or title (English or Chinese).
    Name = 0,
    /// A short detail: an initiative's body or date, a source's publisher, a chart's slug.
    Detail = 1,
    /// A description, summary, definition or note.
    Description = 2,
}

/// One result: what it is, where it goes, and the text that matched with the
/// byte ranges of the matches in it (for highlighting).
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// The kind of record.
    pub kind: HitKind,
    /// Where opening it goes.
    pub target: Target,
    /// The record's stable id (see [`Target::id`]).
    pub id: String,
    /// Its sector, if it has one.
    pub sector: Option<SectorId>,
    /// Which field matched.
    pub field: FieldRank,
    /// The matched field's text, as in the data.
    pub text: String,
    /// The matches in `text`, as sorted, non-overlapping byte ranges.
    pub ranges: Vec<Range<usize>>,
}

/// The answer to one query: the best hits, and how many records matched in all.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Results {
    /// The best matches, best first (at most the limit asked for).
    pub hits: Vec<Hit>,
    /// How many records matched (may exceed `hits.len()`).
    pub total: usize,
}

/// A chart's title in English and Chinese, as the index stores it.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartTitle {
    /// The chart.
    pub kind: ChartKind,
    /// Its English title.
    pub en: String,
    /// Its Chinese title.
    pub zh: String,
}

/// Calls `each` with every searchable field of `target`, in a fixed order.
fn fields(
    dataset: &Dataset,
    charts: &[ChartTitle],
    target: Target,
    mut each: impl FnMut(FieldRank, &str),
) {
    use FieldRank::{Description, Detail, Name};
    match target {
        Target::Sector(s) => {
            let Some(s) = dataset.sectors.get(s) else {
                return;
            };
            each(Name, &s.name);
            optional_field(&mut each, Name, &s.name_zh);
            each(Description, &s.summary);
            optional_field(&mut each, Description, &s.summary_zh);
        }
        Target::KeyFigure { sector, index } => {
            let Some(f) = dataset
                .sectors
                .get(sector)
                .and_then(|s| s.key_figures.get(index))
            else {
                return;
            };
            each(Name, &f.label);
            optional_field(&mut each, Name, &f.label_zh);
            optional_field(&mut each, Description, &f.definition);
        }
        Target::Organisation { sector, index } => {
            let Some(o) = dataset
                .sectors
                .get(sector)
                .and_then(|s| s.organisations.get(index))
            else {
                return;
            };
            each(Name, &o.name);
            optional_field(&mut each, Name, &o.name_zh);
            each(Description, &o.note);
        }
        Target::Initiative(i) => {
            let Some(n) = dataset.initiatives.get(i) else {
                return;
            };
            each(Name, &n.name);
            optional_field(&mut each, Name, &n.name_zh);
            each(Detail, &n.body);
            each(Detail, &n.date.to_string());
            each(Description, &n.description);
        }
        Target::Source(i) => {
            let Some(s) = dataset.sources.get(i) else {
                return;
            };
            each(Name, &s.title);
            each(Detail, &s.publisher);
        }
        Target::Chart(kind) => {
            if let Some(chart) = charts.iter().find(|c| c.kind == kind) {
                each(Name, &chart.en);
                each(Name, &chart.zh);
            }
            each(Detail, kind.slug());
        }
    }
}

fn optional_field(each: &mut impl FnMut(FieldRank, &str), rank: FieldRank, text: &Option<String>) {
    if let Some(text) = text {
        each(rank, text);
    }
}

/// Every record that cites a source: key figures, organisations and
/// initiatives (as places to open), and how many funding records and startup
/// counts cite it besides.
pub fn citing(dataset: &Dataset, source: &SourceId) -> (Vec<Target>, usize) {
    let mut targets = Vec::new();
    for (s, sector) in dataset.sectors.iter().enumerate() {
        for (index, f) in sector.key_figures.iter().enumerate() {
            if &f.source == source {
                targets.push(Target::KeyFigure { sector: s, index });
            }
        }
        for (index, o) in sector.organisations.iter().enumerate() {
            if &o.source == source || o.name_zh_source.as_ref() == Some(source) {
                targets.push(Target::Organisation { sector: s, index });
            }
        }
    }
    for (i, n) in dataset.initiatives.iter().enumerate() {
        if &n.source == source || n.name_zh_source.as_ref() == Some(source) {
            targets.push(Target::Initiative(i));
        }
    }
    let others = dataset
        .funding
        .iter()
        .filter(|f| &f.source == source)
        .count()
        + dataset
            .startup_counts
            .iter()
            .filter(|c| &c.source == source)
            .count();
    (targets, others)
}
