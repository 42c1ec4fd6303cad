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

/// A sector's name cut to its first part ("Research & Development" →
/// "Research", "研究及發展" → "研究"), for a tab row or a column with no room
/// for the whole name; the whole name stays its accessible name.
pub fn short_name(name: &str) -> &str {
    [" & ", " and ", "及", "、"]
        .iter()
        .filter_map(|sep| name.find(sep))
        .filter(|&at| at > 0)
        .min()
        .map_or(name, |at| name[..at].trim_end())
}

#[cfg(test)]
mod tests {
    use super::short_name;

    #[test]
    fn a_short_name_is_the_first_part_of_the_name() {
        assert_eq!(short_name("Research & Development"), "Research");
        assert_eq!(
            short_name("International & Greater Bay Area"),
            "International"
        );
        assert_eq!(short_name("研究及發展"), "研究");
        assert_eq!(short_name("Finance"), "Finance");
        assert_eq!(short_name("& Co"), "& Co");
    }
}
