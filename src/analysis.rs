//! A loaded dataset with everything derived from it once: aggregates and
//! look-up tables. The window and the command line both work from one of these,
//! so what they show and export is computed the same way.

use crate::charts::{self, ChartData, ChartKind, ChartOptions};
use crate::i18n::Lang;
use crate::index::DatasetIndex;
use crate::load;
use crate::model::ValidDataset;
use crate::search::{ChartTitle, SearchIndex};
use crate::stats::Stats;
use std::sync::Arc;

/// A validated dataset, its aggregates and its indexes, all computed once
/// when it loads and shared cheaply (cloning copies four pointers).
#[derive(Clone)]
pub struct Analysis {
    /// The dataset.
    pub dataset: Arc<ValidDataset>,
    /// Its aggregates.
    pub stats: Arc<Stats>,
    /// Its look-up tables.
    pub index: Arc<DatasetIndex>,
    /// Its search index (the search box's).
    pub search: Arc<SearchIndex>,
}

impl Analysis {
    /// Wraps a dataset and computes its aggregates and indexes.
    pub fn new(dataset: ValidDataset) -> Self {
        let started = web_time::Instant::now();
        let stats = Stats::new(&dataset);
        let index = DatasetIndex::new(&dataset);
        let titles = chart_titles(ChartData {
            dataset: &dataset,
            stats: &stats,
            index: &index,
        });
        let search = SearchIndex::new(&dataset, titles);
        log::debug!(
            "statistics, look-ups and search index built in {:.1} ms",
            started.elapsed().as_secs_f64() * 1000.0
        );
        Analysis {
            search: Arc::new(search),
            stats: Arc::new(stats),
            index: Arc::new(index),
            dataset: Arc::new(dataset),
        }
    }

    /// A dataset with nothing in it: what the window shows before its data is
    /// ready, or if even the built-in data failed (a build error the tests
    /// catch), so it can still show why.
    pub fn empty() -> Self {
        let text = "(title: \"Hong Kong AI Landscape\", as_of: \"2026\", sources: [], sectors: [], initiatives: [], startup_counts: [], funding: [])";
        let dataset = load::parse_dataset(text, "<empty>")
            .unwrap_or_else(|_| unreachable!("the empty dataset is valid"));
        Analysis::new(dataset)
    }

    /// What the charts draw from.
    pub fn chart_data(&self) -> ChartData<'_> {
        ChartData {
            dataset: &self.dataset,
            stats: &self.stats,
            index: &self.index,
        }
    }
}

/// Every chart's title as it first shows, in English and Chinese: what the
/// search box finds charts by.
fn chart_titles(data: ChartData<'_>) -> Vec<ChartTitle> {
    let in_lang = |kind, lang| {
        let options = ChartOptions {
            lang,
            ..ChartOptions::for_stats(data.stats)
        };
        charts::title(kind, data, &options)
    };
    ChartKind::ALL
        .into_iter()
        .map(|kind| ChartTitle {
            kind,
            en: in_lang(kind, Lang::En),
            zh: in_lang(kind, Lang::ZhHk),
        })
        .collect()
}
