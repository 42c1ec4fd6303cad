//! The typed dataset: what `data/*.ron` holds, as serde types.
//!
//! The model knows nothing of egui or of files. The loader ([`crate::load`]) turns
//! text into a [`Dataset`] and checks it; views and exports only read it.

use serde::{Deserialize, Serialize};
use std::fmt;

/// How far a record's value has been checked against its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Confidence {
    /// Read in the primary publisher's own page (government, regulator, the organisation).
    Verified,
    /// Read in a mirror, aggregator or news report rather than the original publisher.
    Secondary,
    /// Background knowledge no retrieved page confirmed; shown with a warning.
    Unverified,
}

impl Confidence {
    /// A short English label for tables and tooltips.
    pub fn label(self) -> &'static str {
        match self {
            Confidence::Verified => "verified",
            Confidence::Secondary => "secondary source",
            Confidence::Unverified => "unverified",
        }
    }
}

/// A date with the precision its source gives: a year, a month or a day.
///
/// Written in RON as a string, `"2017"`, `"2017-12"` or `"2017-12-15"`, so the
/// file never claims more precision than the source has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    /// Calendar year.
    pub year: i32,
    /// Month 1–12, when the source gives one.
    pub month: Option<u8>,
    /// Day of the month, when the source gives one (only with a month).
    pub day: Option<u8>,
}

/// Why a date string is not a real date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// Not of the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    #[error("'{0}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")]
    Format(String),
    /// A month outside 1–12.
    #[error("'{0}' has no month {1}")]
    Month(String, u32),
    /// A day that the month does not have.
    #[error("'{0}' has no day {1} in that month")]
    Day(String, u32),
}

impl PartialDate {
    /// A date known only to the year.
    pub fn year(year: i32) -> Self {
        PartialDate {
            year,
            month: None,
            day: None,
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting impossible months and days.
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let format_error = || DateError::Format(text.to_owned());
        let mut parts = text.split('-');
        let year_text = parts.next().ok_or_else(format_error)?;
        if year_text.len() != 4 || !year_text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(format_error());
        }
        let year: i32 = year_text.parse().map_err(|_| format_error())?;
        let number = |digits: Option<&str>| -> Result<Option<u32>, DateError> {
            match digits {
                None => Ok(None),
                Some(d) if d.len() == 2 && d.bytes().all(|b| b.is_ascii_digit()) => {
                    d.parse().map(Some).map_err(|_| format_error())
                }
                Some(_) => Err(format_error()),
            }
        };
        let month = number(parts.next())?;
        let day = number(parts.next())?;
        if parts.next().is_some() {
            return Err(format_error());
        }
        if let Some(m) = month
            && !(1..=12).contains(&m)
        {
            return Err(DateError::Month(text.to_owned(), m));
        }
        if let (Some(m), Some(d)) = (month, day)
            && (d == 0 || d > days_in_month(year, m))
        {
            return Err(DateError::Day(text.to_owned(), d));
        }
        Ok(PartialDate {
            year,
            month: month.map(|m| m as u8),
            day: day.map(|d| d as u8),
        })
    }

    /// The date as a fractional year (mid-period where the precision is coarse),
    /// for placing it on a year axis.
    pub fn as_fractional_year(&self) -> f64 {
        let month_start = match self.month {
            None => return f64::from(self.year) + 0.5,
            Some(m) => f64::from(m - 1) / 12.0,
        };
        let within_month = match self.day {
            None => 0.5 / 12.0,
            Some(d) => (f64::from(d) - 0.5) / 31.0 / 12.0,
        };
        f64::from(self.year) + month_start + within_month
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

impl Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        PartialDate::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// How an approximate figure relates to the number written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Qualifier {
    /// The figure as published.
    #[default]
    Exact,
    /// Published as "about" / "~".
    About,
    /// Published as "more than" / ">".
    MoreThan,
    /// Published as "nearly" / "almost".
    Nearly,
}

impl Qualifier {
    /// The sign written before the number ("~", ">", "<~"), empty when exact.
    pub fn prefix(self) -> &'static str {
        match self {
            Qualifier::Exact => "",
            Qualifier::About => "~",
            Qualifier::MoreThan => ">",
            Qualifier::Nearly => "nearly ",
        }
    }
}

/// A currency an amount was published in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Currency {
    /// Hong Kong dollars.
    HKD,
    /// United States dollars.
    USD,
}

/// The HKD per USD rate used to express US$ amounts in HK$: the midpoint of the
/// Linked Exchange Rate System's convertibility band (7.75–7.85). Kept in code,
/// not in the data, so no converted number is ever typed in by hand.
pub const HKD_PER_USD: f64 = 7.8;

/// An amount of money as its source published it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Money {
    /// The currency of the published figure.
    pub currency: Currency,
    /// The published figure, in units of that currency (not millions).
    pub value: f64,
}

impl Money {
    /// The amount in HK dollars; US$ converted at [`HKD_PER_USD`].
    pub fn in_hkd(&self) -> f64 {
        match self.currency {
            Currency::HKD => self.value,
            Currency::USD => self.value * HKD_PER_USD,
        }
    }
}

/// A publication that figures are taken from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Identifier that records use to cite this source.
    pub id: String,
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
    pub id: String,
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
    pub unit: String,
    /// Whether the published figure was exact, approximate or a lower bound.
    #[serde(default)]
    pub qualifier: Qualifier,
    /// When the figure applies.
    pub date: PartialDate,
    /// Which definition the figure uses, when it matters.
    #[serde(default)]
    pub definition: Option<String>,
    /// The source id.
    pub source: String,
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

impl OrganisationKind {
    /// A short English label.
    pub fn label(self) -> &'static str {
        match self {
            OrganisationKind::Government => "government",
            OrganisationKind::Regulator => "regulator",
            OrganisationKind::PublicBody => "public body",
            OrganisationKind::University => "university",
            OrganisationKind::ResearchCentre => "research centre",
            OrganisationKind::Company => "company",
            OrganisationKind::Startup => "startup",
            OrganisationKind::Programme => "programme",
        }
    }
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
    pub name_zh_source: Option<String>,
    /// What kind of body it is.
    pub kind: OrganisationKind,
    /// The year it was founded, when a source gives it.
    #[serde(default)]
    pub founded: Option<i32>,
    /// One line on why it matters.
    pub note: String,
    /// The source id.
    pub source: String,
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

    /// A short English label.
    pub fn label(self) -> &'static str {
        match self {
            InitiativeKind::Strategy => "Strategy",
            InitiativeKind::FundingScheme => "Funding scheme",
            InitiativeKind::Infrastructure => "Infrastructure",
            InitiativeKind::Regulation => "Regulation & guidance",
            InitiativeKind::ResearchCentre => "Research centre",
            InitiativeKind::Talent => "Talent & education",
            InitiativeKind::Institution => "Institution",
        }
    }
}

/// A dated government initiative on the timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Initiative {
    /// Stable identifier.
    pub id: String,
    /// English name.
    pub name: String,
    /// Official Traditional Chinese name.
    #[serde(default)]
    pub name_zh: Option<String>,
    /// The source id of the Chinese-language page the official name was read in,
    /// when it is not the record's own `source`.
    #[serde(default)]
    pub name_zh_source: Option<String>,
    /// When it happened, with the precision the source gives.
    pub date: PartialDate,
    /// The body behind it ("ITC", "HKMA", "PCPD", "Cyberport").
    pub body: String,
    /// What kind of initiative it is.
    pub kind: InitiativeKind,
    /// The sector ids it concerns.
    pub sectors: Vec<String>,
    /// The money committed, when a source gives an amount.
    #[serde(default)]
    pub amount: Option<Money>,
    /// One line saying what it is.
    pub description: String,
    /// The source id.
    pub source: String,
    /// How well checked the entry is.
    pub confidence: Confidence,
}

/// A published count of startups for one year, in total or for one sector.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StartupCount {
    /// The survey year.
    pub year: i32,
    /// The sector id, or `None` for all startups.
    #[serde(default)]
    pub sector: Option<String>,
    /// The number of startups.
    pub count: u32,
    /// Whether the published count was exact or a bound.
    #[serde(default)]
    pub qualifier: Qualifier,
    /// Which count this is (e.g. "InvestHK startup survey").
    pub definition: String,
    /// The source id.
    pub source: String,
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

impl FundingKind {
    /// A short English label.
    pub fn label(self) -> &'static str {
        match self {
            FundingKind::GovernmentProgramme => "government programme",
            FundingKind::VentureRound => "venture round",
            FundingKind::Ipo => "IPO",
            FundingKind::Fund => "fund",
        }
    }
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

    /// A short English label.
    pub fn label(self) -> &'static str {
        match self {
            FundingScope::AiSpecific => "AI-specific",
            FundingScope::PartlyAi => "partly AI",
            FundingScope::GeneralInnovation => "general I&T",
        }
    }
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
    pub sector: String,
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
    pub initiative: Option<String>,
    /// The source id.
    pub source: String,
    /// How well checked the entry is.
    pub confidence: Confidence,
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_keep_their_precision() {
        assert_eq!(PartialDate::parse("2017").unwrap().to_string(), "2017");
        assert_eq!(
            PartialDate::parse("2017-12").unwrap().to_string(),
            "2017-12"
        );
        assert_eq!(
            PartialDate::parse("2017-12-15").unwrap().to_string(),
            "2017-12-15"
        );
    }

    #[test]
    fn impossible_dates_are_rejected() {
        assert_eq!(
            PartialDate::parse("2023-02-29"),
            Err(DateError::Day("2023-02-29".into(), 29))
        );
        assert!(PartialDate::parse("2024-02-29").is_ok());
        assert_eq!(
            PartialDate::parse("2023-13"),
            Err(DateError::Month("2023-13".into(), 13))
        );
        for bad in [
            "",
            "23",
            "2023-1",
            "2023-01-01-01",
            "abcd",
            "2023-00-10x",
            "２０２３",
        ] {
            assert!(PartialDate::parse(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn dates_order_and_place_on_a_year_axis() {
        let y = PartialDate::parse("2020").unwrap();
        let m = PartialDate::parse("2020-01").unwrap();
        let d = PartialDate::parse("2020-12-31").unwrap();
        assert!((y.as_fractional_year() - 2020.5).abs() < 1e-9);
        assert!(m.as_fractional_year() < 2020.1);
        assert!(d.as_fractional_year() < 2021.0 && d.as_fractional_year() > 2020.99);
    }

    #[test]
    fn usd_converts_at_the_peg_midpoint() {
        let m = Money {
            currency: Currency::USD,
            value: 100.0,
        };
        assert!((m.in_hkd() - 780.0).abs() < 1e-9);
    }
}
