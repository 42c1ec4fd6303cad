//! The startup survey's own categories and the dashboard sector each maps to.

use serde::{Deserialize, Serialize};

/// A category InvestHK's annual startup survey publishes startups under. The
/// list is closed: a count under another name is rejected when loading, so a
/// chart never shows a category it cannot map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum SurveyCategory {
    /// Fintech: the survey's largest category since 2018.
    Fintech,
    /// E-commerce, supply chain management and logistics technology (one category).
    EcommerceLogistics,
    /// Professional or consultancy services.
    ProfessionalServices,
    /// Information and communication technology.
    Ict,
    /// Health and medical (healthtech).
    HealthMedical,
    /// Education technology.
    Edtech,
    /// Sustainable or green technology.
    GreenTech,
}

impl SurveyCategory {
    /// Every category, in the order charts list them.
    pub const ALL: [SurveyCategory; 7] = [
        SurveyCategory::Fintech,
        SurveyCategory::EcommerceLogistics,
        SurveyCategory::ProfessionalServices,
        SurveyCategory::Ict,
        SurveyCategory::HealthMedical,
        SurveyCategory::Edtech,
        SurveyCategory::GreenTech,
    ];

    /// The dashboard sector whose subject the category covers, or `None` when
    /// no sector does (e-commerce is no AI sector of the dashboard, and ICT or
    /// professional services cut across all of them).
    pub fn sector(self) -> Option<&'static str> {
        match self {
            SurveyCategory::Fintech => Some("finance"),
            SurveyCategory::HealthMedical => Some("healthcare"),
            SurveyCategory::Edtech => Some("education"),
            SurveyCategory::EcommerceLogistics
            | SurveyCategory::ProfessionalServices
            | SurveyCategory::Ict
            | SurveyCategory::GreenTech => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_lists_every_category_once_in_order() {
        let mut sorted = SurveyCategory::ALL.to_vec();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted, SurveyCategory::ALL.to_vec());
    }

    #[test]
    fn only_fintech_health_and_edtech_map_to_a_sector() {
        let mapped: Vec<(SurveyCategory, &str)> = SurveyCategory::ALL
            .into_iter()
            .filter_map(|c| c.sector().map(|s| (c, s)))
            .collect();
        assert_eq!(
            mapped,
            vec![
                (SurveyCategory::Fintech, "finance"),
                (SurveyCategory::HealthMedical, "healthcare"),
                (SurveyCategory::Edtech, "education"),
            ]
        );
    }
}
