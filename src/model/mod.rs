//! The typed dataset: what `data/*.ron` holds, as serde types.
//!
//! The model knows nothing of egui or of files. The loader ([`crate::load`]) turns
//! text into a [`Dataset`] and checks it into a [`ValidDataset`]; views and exports
//! only read it.

mod date;
mod ids;
mod records;
mod survey;
mod valid;
mod values;

pub use date::{DateError, PartialDate};
pub use ids::{InitiativeId, SectorId, SourceId};
pub use records::*;
pub use survey::SurveyCategory;
pub use valid::ValidDataset;
pub use values::{Confidence, Currency, HKD_PER_USD, Measure, Money, Qualifier, Unit};

use serde::{Deserialize, Serialize};

/// The whole dataset, as read from one RON file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// The dashboard's title.
    pub title: String,
    /// The title in Traditional Chinese.
    #[serde(default)]
    pub title_zh: Option<String>,
    /// The date the data was last checked ("as of").
    pub as_of: PartialDate,
    /// Every source cited by the records.
    pub sources: Vec<Source>,
    /// The sectors, in tab order.
    pub sectors: Vec<Sector>,
    /// Government initiatives, in any order (views sort by date).
    pub initiatives: Vec<Initiative>,
    /// Startup counts per year, total or by sector.
    pub startup_counts: Vec<StartupCount>,
    /// Disclosed funding by sector and year.
    pub funding: Vec<Funding>,
}
