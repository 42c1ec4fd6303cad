//! A dataset that passed validation: immutable, with id look-ups.

use super::{Dataset, Initiative, InitiativeId, Sector, SectorId, Source, SourceId};
use std::collections::HashMap;
use std::ops::Deref;

/// A dataset that passed validation, with look-up indexes. Immutable: a new file
/// makes a new one. Dereferences to the [`Dataset`] it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidDataset {
    dataset: Dataset,
    sources_by_id: HashMap<SourceId, usize>,
    sectors_by_id: HashMap<SectorId, usize>,
    initiatives_by_id: HashMap<InitiativeId, usize>,
}

impl Deref for ValidDataset {
    type Target = Dataset;
    fn deref(&self) -> &Dataset {
        &self.dataset
    }
}

impl ValidDataset {
    /// Wraps a dataset that [`crate::load`] has validated (every reference
    /// resolves), with its id look-ups.
    pub(crate) fn new(dataset: Dataset) -> Self {
        fn index<'a, Id: Clone + Eq + std::hash::Hash + 'a>(
            ids: impl Iterator<Item = &'a Id>,
        ) -> HashMap<Id, usize> {
            ids.enumerate().map(|(i, id)| (id.clone(), i)).collect()
        }
        ValidDataset {
            sources_by_id: index(dataset.sources.iter().map(|s| &s.id)),
            sectors_by_id: index(dataset.sectors.iter().map(|s| &s.id)),
            initiatives_by_id: index(dataset.initiatives.iter().map(|s| &s.id)),
            dataset,
        }
    }

    /// The source with this id (every reference in a valid dataset resolves).
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources_by_id
            .get(id)
            .map(|&i| &self.dataset.sources[i])
    }

    /// The sector with this id.
    pub fn sector(&self, id: &str) -> Option<&Sector> {
        self.sectors_by_id
            .get(id)
            .map(|&i| &self.dataset.sectors[i])
    }

    /// The initiative with this id.
    pub fn initiative(&self, id: &str) -> Option<&Initiative> {
        self.initiatives_by_id
            .get(id)
            .map(|&i| &self.dataset.initiatives[i])
    }

    /// The sector's display name, or the id itself when it is unknown.
    pub fn sector_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.sector(id).map_or(id, |s| s.name.as_str())
    }
}
