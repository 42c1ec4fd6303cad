//! A loaded dataset with everything derived from it once: aggregates and
//! look-up tables. The window and the command line both work from one of these,
//! so what they show and export is computed the same way.

use crate::charts::ChartData;
use crate::index::DatasetIndex;
use crate::load;
use crate::model::ValidDataset;
use crate::stats::Stats;
use std::sync::Arc;

/// A validated dataset, its aggregates and its indexes, all computed once
/// when it loads and shared cheaply (cloning copies three pointers).
#[derive(Clone)]
pub struct Analysis {
    /// The dataset.
    pub dataset: Arc<ValidDataset>,
    /// Its aggregates.
    pub stats: Arc<Stats>,
    /// Its look-up tables.
    pub index: Arc<DatasetIndex>,
}

impl Analysis {
    /// Wraps a dataset and computes its aggregates and indexes.
    pub fn new(dataset: ValidDataset) -> Self {
        Analysis {
            stats: Arc::new(Stats::new(&dataset)),
            index: Arc::new(DatasetIndex::new(&dataset)),
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
