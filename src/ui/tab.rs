//! The window's tabs: [`Tab`], and [`tabs`], the one list of them that the top
//! bar, the shortcuts and the tests iterate. A leaf of `ui/`: it knows which
//! sectors the dataset has and nothing else of the window, so the commands and
//! the state can both name a tab without importing each other.

use crate::model::{SectorId, ValidDataset};
use serde::{Deserialize, Serialize};

/// One tab of the window.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Tab {
    /// Every sector at a glance, with the headline charts.
    Overview,
    /// One sector, by its id.
    Sector(SectorId),
    /// The timeline of government initiatives.
    Timeline,
    /// Every chart, with its controls.
    Charts,
}

/// Every tab of `dataset`, in order: Overview, one per sector, Timeline, Charts.
pub fn tabs(dataset: &ValidDataset) -> Vec<Tab> {
    std::iter::once(Tab::Overview)
        .chain(dataset.sectors.iter().map(|s| Tab::Sector(s.id.clone())))
        .chain([Tab::Timeline, Tab::Charts])
        .collect()
}
