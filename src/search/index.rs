//! The search index: every distinct folded word and CJK run of the dataset
//! once (its vocabulary), each with the records and field ranks it occurs in.
//! A query scans the vocabulary (a few hundred thousand short strings at
//! 100,000 records) instead of the records' text, so prefixes and typos cost
//! one pass over distinct words, not over every word of every record.

use super::fold::{self, Class};
use super::{ChartTitle, FieldRank, Target, fields};
use crate::charts::ChartKind;
use crate::model::Dataset;
use rustc_hash::FxHashMap;

/// One posting: a record's position, shifted left 2, with the field rank in
/// the low 2 bits.
pub(super) type Posting = u32;

/// The distinct tokens of one class, each with its postings.
#[derive(Debug, Default)]
pub(super) struct Vocabulary {
    /// Every token, end to end.
    text: String,
    /// Where each token ends in `text`.
    ends: Vec<u32>,
    /// Where each token's postings end in `postings`.
    posting_ends: Vec<u32>,
    /// Postings, token after token, in record order.
    postings: Vec<Posting>,
}

impl Vocabulary {
    /// Every token with its index, in the order first seen.
    pub(super) fn tokens(&self) -> impl Iterator<Item = (usize, &str)> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts
            .zip(&self.ends)
            .enumerate()
            .map(|(i, (start, &end))| (i, &self.text[start as usize..end as usize]))
    }

    /// The postings of token `i`.
    pub(super) fn postings(&self, i: usize) -> &[Posting] {
        let start = if i == 0 {
            0
        } else {
            self.posting_ends[i - 1] as usize
        };
        &self.postings[start..self.posting_ends[i] as usize]
    }
}

/// Collects a vocabulary: token ids by hash, then postings grouped by token
/// with one counting sort.
#[derive(Default)]
struct VocabularyBuilder {
    ids: FxHashMap<Box<str>, u32>,
    vocabulary: Vocabulary,
    /// (token id, posting) in the order met.
    pairs: Vec<(u32, Posting)>,
}

impl VocabularyBuilder {
    fn add(&mut self, token: &str, posting: Posting) {
        let id = match self.ids.get(token) {
            Some(&id) => id,
            None => {
                let v = &mut self.vocabulary;
                let id = v.ends.len() as u32;
                v.text.push_str(token);
                v.ends.push(v.text.len() as u32);
                self.ids.insert(token.into(), id);
                id
            }
        };
        if self.pairs.last() != Some(&(id, posting)) {
            self.pairs.push((id, posting));
        }
    }

    fn finish(self) -> Vocabulary {
        let mut vocabulary = self.vocabulary;
        let mut ends = vec![0u32; vocabulary.ends.len()];
        for &(id, _) in &self.pairs {
            ends[id as usize] += 1;
        }
        let mut total = 0;
        for end in &mut ends {
            total += *end;
            *end = total;
        }
        // Each token's slots fill from their end: walking the pairs backwards
        // leaves every token's postings in record order.
        let mut fill = ends.clone();
        let mut postings = vec![0; self.pairs.len()];
        for &(id, posting) in self.pairs.iter().rev() {
            let slot = &mut fill[id as usize];
            *slot -= 1;
            postings[*slot as usize] = posting;
        }
        vocabulary.posting_ends = ends;
        vocabulary.postings = postings;
        vocabulary.text.shrink_to_fit();
        vocabulary
    }
}

/// The index of one dataset, built once when it loads.
#[derive(Debug, Default)]
pub struct SearchIndex {
    /// Every searchable record, in dataset order (a posting's record is a position here).
    pub(super) records: Vec<Target>,
    /// The charts' titles in both languages.
    pub(super) charts: Vec<ChartTitle>,
    /// Words of spaced scripts.
    pub(super) words: Vocabulary,
    /// Runs of CJK characters.
    pub(super) runs: Vocabulary,
}

impl SearchIndex {
    /// Indexes every sector, key figure, organisation, initiative and source
    /// of `dataset`, and the charts by their titles.
    pub fn new(dataset: &Dataset, charts: Vec<ChartTitle>) -> Self {
        let records = records(dataset, &charts);
        let mut words = VocabularyBuilder::default();
        let mut runs = VocabularyBuilder::default();
        let mut buffer = String::new();
        for (position, &target) in records.iter().enumerate() {
            let record = (position as u32) << 2;
            fields(dataset, &charts, target, |rank, text| {
                let posting = record | rank as u32;
                fold::tokens(text, &mut buffer, |token| match token.class {
                    Class::Word => words.add(token.folded, posting),
                    Class::Cjk => runs.add(token.folded, posting),
                    Class::Other => {}
                });
            });
        }
        SearchIndex {
            records,
            charts,
            words: words.finish(),
            runs: runs.finish(),
        }
    }

    /// How many records are searched.
    pub fn len(&self) -> usize {
        self.records.len()
    }

    /// True when there is nothing to search.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// A chart's title in both languages, as indexed.
    pub fn chart_title(&self, kind: ChartKind) -> Option<&ChartTitle> {
        self.charts.iter().find(|c| c.kind == kind)
    }
}

/// Every searchable record, in a fixed order.
fn records(dataset: &Dataset, charts: &[ChartTitle]) -> Vec<Target> {
    let mut records = Vec::new();
    for (s, sector) in dataset.sectors.iter().enumerate() {
        records.push(Target::Sector(s));
        records.extend(
            (0..sector.key_figures.len()).map(|index| Target::KeyFigure { sector: s, index }),
        );
        records.extend(
            (0..sector.organisations.len()).map(|index| Target::Organisation { sector: s, index }),
        );
    }
    records.extend((0..dataset.initiatives.len()).map(Target::Initiative));
    records.extend((0..dataset.sources.len()).map(Target::Source));
    records.extend(charts.iter().map(|c| Target::Chart(c.kind)));
    records
}

/// Field ranks as stored in a posting's low bits.
pub(super) fn rank_of(posting: Posting) -> FieldRank {
    match posting & 3 {
        0 => FieldRank::Name,
        1 => FieldRank::Detail,
        _ => FieldRank::Description,
    }
}
