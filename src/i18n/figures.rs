//! Figures, units, qualifiers and record kinds in the interface language.

use super::{Lang, T, numbers};
use crate::model::{Measure, Qualifier, Unit};

/// A figure's unit in `lang`: data files write units in English ("companies");
/// Chinese needs a measure word ("間公司"). Unknown units are shown as written.
pub fn unit(lang: Lang, unit: &Unit) -> &str {
    match (lang, unit) {
        (Lang::ZhHk, Unit::Known(measure)) => measure_zh(*measure),
        _ => unit.word(),
    }
}

/// A known measure in Traditional Chinese, with its measure word.
fn measure_zh(measure: Measure) -> &'static str {
    match measure {
        Measure::Companies => "間公司",
        Measure::Startups => "間初創企業",
        Measure::People => "人",
        Measure::Principles => "項原則",
        Measure::Initiatives => "項措施",
        Measure::Unicorns => "間獨角獸企業",
        Measure::Areas => "個範疇",
        Measure::Tiers => "個級別",
        Measure::Tenants => "個租戶",
        Measure::Submissions => "份意見書",
        Measure::Schools => "所學校",
        Measure::Requests => "個要求",
        Measure::Records => "個紀錄",
        Measure::Rank => "名",
        Measure::Publications => "份論文",
        Measure::Programmes => "個課程",
        Measure::Procedures => "個程序",
        Measure::Licences => "個牌照",
        Measure::Hours => "小時",
        Measure::Hospitals => "間醫院",
        Measure::Hectares => "公頃",
        Measure::Diseases => "種疾病",
        Measure::Departments => "個部門",
        Measure::Cases => "宗個案",
        Measure::Labs => "個實驗室",
        Measure::Projects => "個項目",
        Measure::Models => "個模型",
        Measure::Universities => "所大學",
        Measure::Pflops => "PFLOPS",
    }
}

/// The sign or word written before an inexact number in `lang`: `~`, `>`,
/// "nearly "; 約, 超過, 接近 (Chinese writes the word against the number).
pub fn qualifier_prefix(lang: Lang, qualifier: Qualifier) -> &'static str {
    match (lang, qualifier) {
        (_, Qualifier::Exact) => "",
        (Lang::En, Qualifier::About) => "~",
        (Lang::En, Qualifier::MoreThan) => ">",
        (Lang::En, Qualifier::Nearly) => "nearly ",
        (Lang::ZhHk, Qualifier::About) => "約",
        (Lang::ZhHk, Qualifier::MoreThan) => "超過",
        (Lang::ZhHk, Qualifier::Nearly) => "接近",
    }
}

/// A count with its qualifier in `lang`: `>600`, `~1,065`, `42`, `接近18,000`.
pub fn qualified(lang: Lang, value: f64, qualifier: Qualifier) -> String {
    format!(
        "{}{}",
        qualifier_prefix(lang, qualifier),
        numbers::count(lang, value)
    )
}

/// A figure with its qualifier and unit in `lang`: `>800 companies`, `超過800間公司`,
/// `75%`, `HK$10bn`, `100億港元`. A Chinese measure word follows the number
/// without a space; a Latin unit ("PFLOPS") keeps one.
pub fn figure(lang: Lang, value: f64, unit: &Unit, qualifier: Qualifier) -> String {
    let prefix = qualifier_prefix(lang, qualifier);
    match unit {
        Unit::Money(currency) => format!("{prefix}{}", numbers::money(lang, value, *currency)),
        Unit::Percent => format!("{prefix}{}%", numbers::count(lang, value)),
        Unit::Known(_) | Unit::Other(_) => {
            let word = self::unit(lang, unit);
            let cjk = word.chars().next().is_some_and(is_cjk);
            let gap = if lang == Lang::ZhHk && cjk { "" } else { " " };
            format!("{prefix}{}{gap}{word}", numbers::count(lang, value))
        }
    }
}

/// A CJK ideograph (the measure words of [`measure_zh`] start with one).
fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// The text key of an initiative kind.
pub fn initiative_kind(kind: crate::model::InitiativeKind) -> T {
    use crate::model::InitiativeKind as K;
    match kind {
        K::Strategy => T::KindStrategy,
        K::FundingScheme => T::KindFundingScheme,
        K::Infrastructure => T::KindInfrastructure,
        K::Regulation => T::KindRegulation,
        K::ResearchCentre => T::KindResearchCentre,
        K::Talent => T::KindTalent,
        K::Institution => T::KindInstitution,
    }
}

/// The text key of an organisation kind.
pub fn organisation_kind(kind: crate::model::OrganisationKind) -> T {
    use crate::model::OrganisationKind as K;
    match kind {
        K::Government => T::OrgGovernment,
        K::Regulator => T::OrgRegulator,
        K::PublicBody => T::OrgPublicBody,
        K::University => T::OrgUniversity,
        K::ResearchCentre => T::OrgResearchCentre,
        K::Company => T::OrgCompany,
        K::Startup => T::OrgStartup,
        K::Programme => T::OrgProgramme,
    }
}

/// The text key of a confidence mark.
pub fn confidence(confidence: crate::model::Confidence) -> T {
    use crate::model::Confidence as C;
    match confidence {
        C::Verified => T::Verified,
        C::Secondary => T::SecondarySource,
        C::Unverified => T::Unverified,
    }
}

/// An initiative on one line, as the sector page and the report list it:
/// "DATE · NAME · BODY", then its kind when `with_kind`, then its amount in
/// HK$ when it has one.
pub fn initiative_line(lang: Lang, n: &crate::model::Initiative, with_kind: bool) -> String {
    let mut line = format!(
        "{} · {} · {}",
        numbers::date(lang, &n.date),
        lang.pick(&n.name, n.name_zh.as_ref()),
        n.body
    );
    if with_kind {
        line.push_str(" · ");
        line.push_str(lang.t(initiative_kind(n.kind)));
    }
    if let Some(amount) = n.amount {
        line.push_str(" · ");
        line.push_str(&numbers::hkd(lang, amount.in_hkd()));
    }
    line
}
