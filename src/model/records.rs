//! The records of a dataset: sources, sectors with their key figures and
//! organisations, initiatives, startup counts and funding.

use super::{
    Confidence, InitiativeId, Money, PartialDate, Qualifier, SectorId, SourceId, SurveyCategory,
    Unit,
};
use serde::{Deserialize, Serialize};

/// A publication that figures are taken from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Identifier that records use to cite this source.
    pub id: SourceId,
    /// Who published it (e.g. "HKSAR Government", "SCMP").
    pub publisher: String,
    /// The page's or document's title.
    pub title: String,
    /// Where it can be read.
    pub url: String,
    /// When it was published, as precisely as known.
    #[serde(default)]
    pub published: Option<PartialDate>,
    /// When it was read for this dataset.
    pub accessed: PartialDate,
    /// True when the page is a mirror or a secondary report of the original.
    #[serde(default)]
    pub secondary: bool,
}

/// A sector of Hong Kong's AI landscape: one tab of the dashboard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sector {
    /// Stable identifier ("finance", "healthcare", …).
    pub id: SectorId,
    /// English display name.
    pub name: String,
    /// Traditional Chinese display name.
    #[serde(default)]
    pub name_zh: Option<String>,
    /// A few sentences in the dataset's own words.
    pub summary: String,
    /// The summary in Traditional Chinese.
    #[serde(default)]
    pub summary_zh: Option<String>,
    /// Key figures, most important first; the first is the sector's headline.
    #[serde(default)]
    pub key_figures: Vec<KeyFigure>,
    /// Notable organisations active in this sector.
    #[serde(default)]
    pub organisations: Vec<Organisation>,
}

/// One number that characterises a sector, with its year and source.
///
/// Figures of one sector that share a `label` form a series over the years.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyFigure {
    /// What is counted ("AI companies at Cyberport").
    pub label: String,
    /// The label in Traditional Chinese.
    #[serde(default)]
    pub label_zh: Option<String>,
    /// The number as published.
    pub value: f64,
    /// Its unit ("companies", "%", "HK$", "PFLOPS").
    pub unit: Unit,
    /// Whether the published figure was exact, approximate or a lower bound.
    #[serde(default)]
    pub qualifier: Qualifier,
    /// When the figure applies.
    pub date: PartialDate,
    /// Which definition the figure uses, when it matters.
    #[serde(default)]
    pub definition: Option<String>,
    /// The source id.
    pub source: SourceId,
    /// How well checked the figure is.
    pub confidence: Confidence,
}

/// What kind of body an organisation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OrganisationKind {
    /// A government bureau, department or office.
    Government,
    /// A regulator (HKMA, SFC, PCPD, …).
    Regulator,
    /// A statutory body or public corporation (HKSTP, Cyberport, HA, …).
    PublicBody,
    /// A university.
    University,
    /// A research centre or institute.
    ResearchCentre,
    /// A company.
    Company,
    /// A startup.
    Startup,
    /// A programme, fund or alliance.
    Programme,
}

/// A notable organisation of a sector.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// English name.
    pub name: String,
    /// Official Traditional Chinese name.
    #[serde(default)]
    pub name_zh: Option<String>,
    /// The source id of the Chinese-language page the official name was read in,
    /// when it is not the record's own `source`.
    #[serde(default)]
    pub name_zh_source: Option<SourceId>,
    /// What kind of body it is.
    pub kind: OrganisationKind,
    /// The year it was founded, when a source gives it.
    #[serde(default)]
    pub founded: Option<i32>,
    /// One line on why it matters.
    pub note: String,
    /// The source id.
    pub source: SourceId,
    /// How well checked the entry is.
    pub confidence: Confidence,
}

/// What kind of government initiative an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum InitiativeKind {
    /// A strategy, blueprint or policy address package.
    Strategy,
    /// A fund or subsidy scheme.
    FundingScheme,
    /// Physical or digital infrastructure (parks, computing centres).
    Infrastructure,
    /// A regulation, guideline or principle.
    Regulation,
    /// A research centre or institute.
    ResearchCentre,
    /// A talent or education scheme.
    Talent,
    /// A new government body (bureau, office, commission).
    Institution,
}

impl InitiativeKind {
    /// Every kind, in display order.
    pub const ALL: [InitiativeKind; 7] = [
        InitiativeKind::Strategy,
        InitiativeKind::FundingScheme,
        InitiativeKind::Infrastructure,
        InitiativeKind::Regulation,
        InitiativeKind::ResearchCentre,
        InitiativeKind::Talent,
        InitiativeKind::Institution,
    ];
}

/// A dated government initiative on the timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Initiative {
    /// Stable identifier.
    pub id: InitiativeId,
    /// English name.
    pub name: String,
    /// Official Traditional Chinese name.
    #[serde(default)]
    pub name_zh: Option<String>,
    /// The source id of the Chinese-language page the official name was read in,
    /// when it is not the record's own `source`.
    #[serde(default)]
    pub name_zh_source: Option<SourceId>,
    /// When it happened, with the precision the source gives.
    pub date: PartialDate,
    /// The body behind it ("ITC", "HKMA", "PCPD", "Cyberport").
    pub body: String,
    /// What kind of initiative it is.
    pub kind: InitiativeKind,
    /// The sector ids it concerns.
    pub sectors: Vec<SectorId>,
    /// The money committed, when a source gives an amount.
    #[serde(default)]
    pub amount: Option<Money>,
    /// One line saying what it is.
    pub description: String,
    /// The source id.
    pub source: SourceId,
    /// How well checked the entry is.
    pub confidence: Confidence,
}

/// A published count of startups for one year: in total, or under one of the
/// survey's categories (and so for the dashboard sector it maps to, if any).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StartupCount {
    /// The survey year.
    pub year: i32,
    /// The sector id, or `None` for all startups or a category no sector covers.
    /// With a `category`, it must be that category's [`SurveyCategory::sector`].
    #[serde(default)]
    pub sector: Option<SectorId>,
    /// The survey category the count was published under (`None`: the total,
    /// or a sector count from outside the survey's categories).
    #[serde(default)]
    pub category: Option<SurveyCategory>,
    /// The number of startups.
    pub count: u32,
    /// Whether the published count was exact or a bound.
    #[serde(default)]
    pub qualifier: Qualifier,
    /// Which count this is (e.g. "InvestHK startup survey").
    pub definition: String,
    /// The source id.
    pub source: SourceId,
    /// How well checked the entry is.
    pub confidence: Confidence,
}

/// What kind of money a funding record is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum FundingKind {
    /// Money a government programme earmarks.
    GovernmentProgramme,
    /// A disclosed venture round.
    VentureRound,
    /// Money raised in a listing.
    Ipo,
    /// A fund set up to invest.
    Fund,
}

/// Whether a funding record's money is for AI, as its source states it. The
/// dashboard never sums AI money with general I&T money silently: stats keep
/// the three apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum FundingScope {
    /// All of the money is for AI: an AI scheme, institute or AI company.
    AiSpecific,
    /// A programme whose AI share a source states (AI among a few named areas).
    PartlyAi,
    /// Innovation and technology money in general, not earmarked for AI.
    GeneralInnovation,
}

impl FundingScope {
    /// Every scope, AI-specific first.
    pub const ALL: [FundingScope; 3] = [
        FundingScope::AiSpecific,
        FundingScope::PartlyAi,
        FundingScope::GeneralInnovation,
    ];
}

/// One disclosed amount of funding for a sector in a year.
///
/// These are disclosed amounts, not market totals: the sum over a year is the
/// sum of what was published, never an estimate of the whole market.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Funding {
    /// Stable identifier.
    pub id: String,
    /// The year the money was committed or raised.
    pub year: i32,
    /// The sector id.
    pub sector: SectorId,
    /// The amount as published, in its original currency.
    pub amount: Money,
    /// What kind of money it is.
    pub kind: FundingKind,
    /// Whether the money is AI-specific, partly AI or general I&T. Required: a
    /// record without it is rejected, so no money is counted as AI by default.
    pub scope: FundingScope,
    /// Why the scope is what it is, in a short phrase ("an AI company's round",
    /// "AI one of five named areas").
    pub scope_note: String,
    /// The programme, round or listing ("SenseTime IPO").
    pub name: String,
    /// The initiative this money belongs to, when there is one.
    #[serde(default)]
    pub initiative: Option<InitiativeId>,
    /// The source id.
    pub source: SourceId,
    /// How well checked the entry is.
    pub confidence: Confidence,
}
