//! English and Traditional Chinese: every piece of interface text, in one typed
//! table, so a missing translation is a compile error and a test can check that
//! every entry has real text in both languages.
//!
//! Templates use `{0}`, `{1}`… for arguments ([`Lang::format`]).

use crate::format;
use crate::model::{Currency, Measure, Qualifier, Unit};
use serde::{Deserialize, Serialize};

/// A language of the interface and of exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Traditional Chinese as written in Hong Kong (繁體中文).
    ZhHk,
}

impl Lang {
    /// Both languages, in menu order.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::ZhHk];

    /// The language's own name, as the switch shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::ZhHk => "繁體中文",
        }
    }

    /// The code used on the command line (`en`, `zh-HK`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHk => "zh-HK",
        }
    }

    /// The language with this code (`en`, `zh-HK`; case-insensitive, `_` or `-`).
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.to_ascii_lowercase().replace('_', "-").as_str() {
            "en" => Some(Lang::En),
            "zh-hk" | "zh" | "zh-hant" | "zh-tw" => Some(Lang::ZhHk),
            _ => None,
        }
    }

    /// The language a locale string (`LANG`, e.g. `zh_HK.UTF-8`) asks for:
    /// Chinese for zh_HK, zh_TW and zh_Hant, English otherwise.
    pub fn from_locale(locale: &str) -> Lang {
        let l = locale.to_ascii_lowercase().replace('-', "_");
        if l.starts_with("zh_hk")
            || l.starts_with("zh_tw")
            || l.starts_with("zh_hant")
            || l.starts_with("zh_mo")
        {
            Lang::ZhHk
        } else {
            Lang::En
        }
    }

    /// The language of the system locale (`LC_ALL`, `LC_MESSAGES`, `LANG`; on
    /// Windows, where these are rarely set, the user's display language).
    pub fn from_environment() -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.is_empty())
            .map(|v| Lang::from_locale(&v))
            .or_else(windows_display_language)
            .unwrap_or(Lang::En)
    }

    /// The language a Windows language id (`LANGID`) asks for: Chinese for
    /// Traditional Chinese (Hong Kong, Taiwan, Macao, zh-Hant), English otherwise.
    pub fn from_windows_language_id(id: u16) -> Lang {
        match id {
            0x0C04 | 0x0404 | 0x1404 | 0x7C04 => Lang::ZhHk,
            _ => Lang::En,
        }
    }

    /// The text of `key` in this language.
    pub fn t(self, key: T) -> &'static str {
        match self {
            Lang::En => key.en(),
            Lang::ZhHk => key.zh(),
        }
    }

    /// The text of `key` with `{0}`, `{1}`… replaced by `args`.
    pub fn format(self, key: T, args: &[&dyn std::fmt::Display]) -> String {
        let mut out = self.t(key).to_owned();
        for (i, arg) in args.iter().enumerate() {
            out = out.replace(&format!("{{{i}}}"), &arg.to_string());
        }
        out
    }

    /// The Chinese text when this language is Chinese and one exists, else the English.
    pub fn pick<'a>(self, en: &'a str, zh: Option<&'a String>) -> &'a str {
        match (self, zh) {
            (Lang::ZhHk, Some(zh)) if !zh.trim().is_empty() => zh,
            _ => en,
        }
    }
}

macro_rules! texts {
    ($($key:ident => $en:literal, $zh:literal;)*) => {
        /// A piece of interface text.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum T {
            $(
                #[doc = $en]
                $key,
            )*
        }

        impl T {
            /// Every key, for tests.
            pub const ALL: &'static [T] = &[$(T::$key),*];

            /// The English text.
            pub fn en(self) -> &'static str {
                match self { $(T::$key => $en),* }
            }

            /// The Traditional Chinese text.
            pub fn zh(self) -> &'static str {
                match self { $(T::$key => $zh),* }
            }
        }
    };
}

texts! {
    // Shell
    AppTitle => "Hong Kong AI Landscape", "香港人工智能概覽";
    AsOf => "as of {0}", "資料截至 {0}";
    DataFrom => "Data: {0}", "資料：{0}";
    BuiltInDataset => "built-in dataset", "內置資料集";
    Open => "Open…", "開啟…";
    OpenHint => "Open another dataset file (Ctrl+O), or drop a .ron file on the window", "開啟其他資料檔（Ctrl+O），或把 .ron 檔拖放到視窗";
    OpenDialogTitle => "Open a dataset", "開啟資料集";
    RonDataset => "RON dataset", "RON 資料集";
    Reload => "Reload", "重新載入";
    BuiltInData => "Built-in data", "內置資料";
    ShowingBuiltIn => "Showing the built-in dataset", "正在顯示內置資料集";
    Loading => "Loading {0}…", "正在載入 {0}…";
    Loaded => "Loaded {0}", "已載入 {0}";
    LoadFailedStatus => "{0} could not be loaded; still showing the last good data", "無法載入 {0}；仍顯示上一份有效資料";
    LoadFailedPanel => "{0} could not be loaded ({1} problem(s)). Still showing the last good data.", "無法載入 {0}（{1} 個問題）。仍顯示上一份有效資料。";
    Dismiss => "Dismiss", "關閉";
    Theme => "Theme", "主題";
    ThemeSystem => "Theme: system", "主題：跟隨系統";
    ThemeLight => "Theme: light", "主題：淺色";
    ThemeDark => "Theme: dark", "主題：深色";
    Language => "Language", "語言";
    Overview => "Overview", "概覽";
    Timeline => "Timeline", "時間線";
    Charts => "Charts", "圖表";
    // Cards
    OverviewSummary => "{0} sectors · {1} government initiatives ({2}–{3}) · {4} sources", "{0} 個範疇 · {1} 項政府措施（{2}–{3}）· {4} 個來源";
    CardName => "{0} card: {1}", "{0} 卡片：{1}";
    CardCounts => "{0} key figures · {1} organisations · {2} initiatives", "{0} 項關鍵數字 · {1} 個機構 · {2} 項措施";
    KeyFigures => "Key figures", "關鍵數字";
    Trends => "Trends", "趨勢";
    TrendChart => "Trend chart: {0}, {1}", "趨勢圖：{0}，{1}";
    NotableOrganisations => "Notable organisations", "主要機構";
    NoneListed => "None listed in this dataset.", "此資料集未有列出。";
    Milestones => "Milestones and initiatives ({0})", "里程碑及措施（{0}）";
    SourceIs => "Source: {0}", "來源：{0}";
    SourceLabel => "Source:", "來源：";
    DefinitionIs => "Definition: {0}", "定義：{0}";
    Founded => "{0}, founded {1}", "{0}，成立於 {1} 年";
    FigureSentence => "{0}: {1} ({2}, source: {3})", "{0}：{1}（{2}，來源：{3}）";
    NoPublishedFigure => "no published figure", "沒有公開數字";
    InitiativesOnTimeline => "Initiatives on the timeline", "時間線上的措施";
    Published => "published {0}", "發佈於 {0}";
    Accessed => "accessed {0}", "查閱於 {0}";
    // Confidence
    Verified => "verified", "已核實";
    SecondarySource => "secondary source", "第二手來源";
    Unverified => "unverified", "未核實";
    // Timeline
    Kinds => "Kinds:", "類別：";
    AllSectors => "All sectors", "所有範疇";
    SectorFilter => "Sector: {0}", "範疇：{0}";
    TimelineSectorFilter => "Timeline sector filter", "時間線範疇篩選";
    ShowAsTimeline => "Show as timeline", "以時間線顯示";
    ShowAsList => "Show as list", "以列表顯示";
    ZoomOut => "Zoom out", "縮小";
    ZoomIn => "Zoom in", "放大";
    Zoom => "Zoom", "縮放";
    InitiativesShown => "{0} initiatives shown", "顯示 {0} 項措施";
    NoInitiativeMatches => "No initiative matches these filters.", "沒有符合篩選條件的措施。";
    TimelineOf => "Timeline of {0} initiatives, {1} to {2}", "{1} 至 {2} 年的 {0} 項措施時間線";
    CloseDetails => "Close details", "關閉詳情";
    Date => "Date", "日期";
    Body => "Body", "機構";
    Kind => "Kind", "類別";
    Amount => "Amount", "金額";
    Sectors => "Sectors", "範疇";
    Confidence => "Confidence", "可信程度";
    NoAmount => "no amount published", "沒有公開金額";
    UsdAmount => "US${0} (≈ {1} at 7.8)", "{0} 美元（按 7.8 折算約 {1}）";
    // Initiative kinds
    KindStrategy => "Strategy", "策略";
    KindFundingScheme => "Funding scheme", "資助計劃";
    KindInfrastructure => "Infrastructure", "基建";
    KindRegulation => "Regulation & guidance", "規管及指引";
    KindResearchCentre => "Research centre", "研究中心";
    KindTalent => "Talent & education", "人才及教育";
    KindInstitution => "Institution", "機構設立";
    // Organisation kinds
    OrgGovernment => "government", "政府";
    OrgRegulator => "regulator", "監管機構";
    OrgPublicBody => "public body", "公營機構";
    OrgUniversity => "university", "大學";
    OrgResearchCentre => "research centre", "研究中心";
    OrgCompany => "company", "公司";
    OrgStartup => "startup", "初創企業";
    OrgProgramme => "programme", "計劃";
    // Charts view
    Years => "Years:", "年份：";
    From => "from", "由";
    To => "to", "至";
    AllYears => "All years", "所有年份";
    FundingAsShare => "Funding as share of total", "以佔總額百分比顯示資金";
    ShowInitiativesOnAxis => "Show initiatives on the year axis", "在年份軸上標示措施";
    SectorYear => "Sector year: {0}", "範疇年份：{0}";
    SectorYearName => "Year of the startups-by-sector chart", "按範疇初創企業圖表的年份";
    ShowTable => "Show table", "顯示表格";
    ShowChart => "Show chart", "顯示圖表";
    ShowTableHint => "The same numbers as a table", "以表格顯示相同數字";
    // Charts
    ChartStartupsPerYear => "Startups in Hong Kong per year", "香港每年初創企業數目";
    ChartStartupsBySector => "Startups by sector, {0}", "按範疇劃分的初創企業（{0} 年）";
    ChartFundingShare => "Disclosed funding by sector: share of each year's disclosed total", "按範疇劃分的已披露資金：佔每年已披露總額的百分比";
    ChartFunding => "Disclosed funding by sector and year", "按範疇及年份劃分的已披露資金";
    ChartInitiatives => "Government AI and I&T initiatives per year", "每年政府人工智能及創科措施";
    UnitStartups => "startups", "間初創企業";
    UnitShare => "% of the year's disclosed total", "佔該年已披露總額的百分比";
    UnitHkd => "HK$ (US$ at 7.8)", "港元（美元按 7.8 折算）";
    UnitInitiatives => "initiatives", "項措施";
    UnitIs => "Unit: {0}", "單位：{0}";
    DefinitionStartups => "InvestHK annual startup survey counts; 2014–2015 covered co-working spaces and incubators only. Sector counts only where published.", "投資推廣署年度初創企業調查數字；2014–2015 年只涵蓋共用工作間及培育中心。範疇數字只在有公開時列出。";
    DefinitionFunding => "Sums of disclosed amounts (government programmes, venture rounds, IPOs, funds), not market totals.", "已披露金額的總和（政府計劃、創投融資、上市集資、基金），並非市場總額。";
    DefinitionInitiatives => "Dated government initiatives in this dataset.", "此資料集中有日期的政府措施。";
    SourceLine => "Source: {0}", "來源：{0}";
    AndMore => "; and {0} more", "；及另外 {0} 個";
    NoSourceInRange => "Source: no published figure in this range", "來源：此範圍內沒有公開數字";
    DataAsOf => ". Data as of {0}.", "。資料截至 {0}。";
    GovernmentInitiatives => "Government initiatives", "政府措施";
    InitiativesInPeriod => "{0}: {1} initiatives", "{0}：{1} 項措施";
    AllStartupsSurvey => "All startups (InvestHK survey)", "所有初創企業（投資推廣署調查）";
    SectorStartups => "{0} startups", "{0}初創企業";
    SomeLowerBounds => " (some are lower bounds)", "（部分為下限）";
    StartupsInYear => "Startups, {0}", "初創企業（{0} 年）";
    ChartName => "Chart: {0}. {1}", "圖表：{0}。{1}";
    HoverStartups => "{0}\n{1}: {2} startups", "{0}\n{1} 年：{2} 間初創企業";
    HoverSectorStartups => "{0}, {1}: {2} startups", "{0}（{1} 年）：{2} 間初創企業";
    HoverFunding => "{0}, {1}: {2} ({3}% of the year's disclosed total)\n{4}", "{0}（{1} 年）：{2}（佔該年已披露總額 {3}%）\n{4}";
    HoverInitiatives => "{0}: {1} × {2}", "{0} 年：{1} × {2}";
    // Export
    Export => "Export…", "匯出…";
    ExportAll => "Export all charts…", "匯出所有圖表…";
    ExportTitle => "Export “{0}”", "匯出「{0}」";
    ExportAllTitle => "Export all charts", "匯出所有圖表";
    Format => "Format", "格式";
    FormatPng => "PNG image", "PNG 圖像";
    FormatSvg => "SVG drawing", "SVG 向量圖";
    FormatCsv => "CSV of the chart's numbers", "圖表數字（CSV）";
    Size => "Size", "尺寸";
    CustomSize => "Custom", "自訂";
    Width => "width", "闊";
    Height => "height", "高";
    Scale => "Scale", "比例";
    PixelsOut => "{0} × {1} pixels", "{0} × {1} 像素";
    LightTheme => "Light", "淺色";
    DarkTheme => "Dark", "深色";
    ChooseFileAndSave => "Choose file and save…", "選擇檔案並儲存…";
    ChooseFolderAndSave => "Choose folder and save…", "選擇資料夾並儲存…";
    Cancel => "Cancel", "取消";
    Exporting => "Exporting {0} of {1}…", "正在匯出第 {0} 個，共 {1} 個…";
    Saved => "Saved {0}", "已儲存 {0}";
    SavedMany => "Saved {0} files in {1}", "已在 {1} 儲存 {0} 個檔案";
    ExportFailed => "Export failed: {0}", "匯出失敗：{0}";
    SaveDialogTitle => "Save the chart", "儲存圖表";
    FolderDialogTitle => "Choose a folder for the charts", "選擇存放圖表的資料夾";
    // Tables
    ColYear => "Year", "年份";
    ColAllStartups => "All startups", "所有初創企業";
    ColSource => "Source", "來源";
    ColSector => "Sector", "範疇";
    ColStartupsIn => "Startups in {0}", "{0} 年初創企業";
    ColDisclosedTotal => "Disclosed total (HK$)", "已披露總額（港元）";
    ColTotal => "Total", "總計";
}

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

/// The sign written before an inexact number in `lang`: `~`, `>`, "nearly ".
pub fn qualifier_prefix(lang: Lang, qualifier: Qualifier) -> &'static str {
    match (lang, qualifier) {
        (_, Qualifier::Exact) => "",
        (_, Qualifier::About) => "~",
        (_, Qualifier::MoreThan) => ">",
        (Lang::En, Qualifier::Nearly) => "nearly ",
        (Lang::ZhHk, Qualifier::Nearly) => "接近 ",
    }
}

/// A figure with its qualifier and unit in `lang`: `>800 companies`, `>800 間公司`,
/// `75%`, `HK$10bn`.
pub fn figure(lang: Lang, value: f64, unit: &Unit, qualifier: Qualifier) -> String {
    let prefix = qualifier_prefix(lang, qualifier);
    match unit {
        Unit::Money(Currency::HKD) => format!("{prefix}{}", format::hkd(value)),
        Unit::Money(Currency::USD) => format!("{prefix}US${}", format::compact(value)),
        Unit::Percent => format!("{prefix}{}%", format::thousands(value)),
        Unit::Known(_) | Unit::Other(_) => {
            format!(
                "{prefix}{} {}",
                format::thousands(value),
                self::unit(lang, unit)
            )
        }
    }
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

/// The user's Windows display language.
#[cfg(windows)]
fn windows_display_language() -> Option<Lang> {
    // SAFETY: takes no arguments and cannot fail.
    let id = unsafe { windows_sys::Win32::Globalization::GetUserDefaultUILanguage() };
    Some(Lang::from_windows_language_id(id))
}

/// Elsewhere the locale variables are the whole answer.
#[cfg(not(windows))]
fn windows_display_language() -> Option<Lang> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_carry_qualifier_and_unit() {
        let figure =
            |value, unit: &str, qualifier| figure(Lang::En, value, &Unit::from(unit), qualifier);
        assert_eq!(
            figure(800.0, "companies", Qualifier::MoreThan),
            ">800 companies"
        );
        assert_eq!(figure(75.0, "%", Qualifier::Exact), "75%");
        assert_eq!(figure(3e9, "HK$", Qualifier::Exact), "HK$3bn");
        assert_eq!(figure(5000.0, "PFLOPS", Qualifier::About), "~5,000 PFLOPS");
    }

    #[test]
    fn chinese_figures_use_measure_words() {
        let unit = Unit::from("companies");
        assert_eq!(
            figure(Lang::ZhHk, 800.0, &unit, Qualifier::MoreThan),
            ">800 間公司"
        );
        assert_eq!(
            figure(
                Lang::ZhHk,
                18000.0,
                &Unit::from("people"),
                Qualifier::Nearly
            ),
            "接近 18,000 人"
        );
        assert_eq!(
            figure(Lang::ZhHk, 3.0, &Unit::from("bridges"), Qualifier::Exact),
            "3 bridges"
        );
    }

    fn has_cjk(text: &str) -> bool {
        text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    }

    #[test]
    fn every_key_has_text_in_both_languages() {
        for key in T::ALL {
            assert!(!key.en().trim().is_empty(), "{key:?} has no English");
            assert!(!key.zh().trim().is_empty(), "{key:?} has no Chinese");
            assert!(
                has_cjk(key.zh()),
                "{key:?}'s Chinese text {:?} is not Chinese",
                key.zh()
            );
        }
    }

    #[test]
    fn templates_take_the_same_arguments_in_both_languages() {
        for key in T::ALL {
            for i in 0..6 {
                let slot = format!("{{{i}}}");
                assert_eq!(
                    key.en().contains(&slot),
                    key.zh().contains(&slot),
                    "{key:?}: {slot} differs between languages"
                );
            }
        }
    }

    #[test]
    fn locales_pick_the_language() {
        assert_eq!(Lang::from_locale("zh_HK.UTF-8"), Lang::ZhHk);
        assert_eq!(Lang::from_locale("zh_TW.UTF-8"), Lang::ZhHk);
        assert_eq!(Lang::from_locale("zh_Hant_HK"), Lang::ZhHk);
        assert_eq!(Lang::from_locale("zh_CN.UTF-8"), Lang::En);
        assert_eq!(Lang::from_locale("en_GB.UTF-8"), Lang::En);
        assert_eq!(Lang::from_locale("C.UTF-8"), Lang::En);
        assert_eq!(Lang::from_code("zh-HK"), Some(Lang::ZhHk));
        assert_eq!(Lang::from_code("EN"), Some(Lang::En));
        assert_eq!(Lang::from_code("fr"), None);
    }

    #[test]
    fn windows_display_languages_pick_the_language() {
        // zh-HK, zh-TW, zh-MO and zh-Hant read Traditional Chinese.
        for id in [0x0C04, 0x0404, 0x1404, 0x7C04] {
            assert_eq!(Lang::from_windows_language_id(id), Lang::ZhHk, "{id:#06x}");
        }
        // zh-CN, zh-SG (Simplified), en-US, en-GB (Hong Kong's English users).
        for id in [0x0804, 0x1004, 0x0409, 0x0809] {
            assert_eq!(Lang::from_windows_language_id(id), Lang::En, "{id:#06x}");
        }
    }

    #[test]
    fn format_fills_numbered_slots() {
        assert_eq!(Lang::En.format(T::AsOf, &[&"2026-11"]), "as of 2026-11");
        assert_eq!(
            Lang::ZhHk.format(T::InitiativesShown, &[&95]),
            "顯示 95 項措施"
        );
        let zh = Some("金融".to_owned());
        assert_eq!(Lang::ZhHk.pick("Finance", zh.as_ref()), "金融");
        assert_eq!(Lang::En.pick("Finance", zh.as_ref()), "Finance");
        assert_eq!(Lang::ZhHk.pick("Finance", None), "Finance");
    }
}
