//! English and Traditional Chinese: every piece of interface text, in one typed
//! table, so a missing translation is a compile error and a test can check that
//! every entry has real text in both languages.
//!
//! Templates use `{0}`, `{1}`… for arguments ([`Lang::format`]).

mod figures;
pub mod numbers;
mod text;

pub use figures::{
    confidence, figure, initiative_kind, initiative_line, organisation_kind, qualified,
    qualifier_prefix, unit,
};
pub use text::T;

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
    use crate::model::{Qualifier, Unit};

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
    fn counts_carry_their_qualifier() {
        assert_eq!(qualified(Lang::En, 600.0, Qualifier::MoreThan), ">600");
        assert_eq!(qualified(Lang::En, 1065.0, Qualifier::About), "~1,065");
        assert_eq!(qualified(Lang::En, 42.0, Qualifier::Exact), "42");
        assert_eq!(
            qualified(Lang::En, 18000.0, Qualifier::Nearly),
            "nearly 18,000"
        );
        assert_eq!(
            qualified(Lang::ZhHk, 18000.0, Qualifier::Nearly),
            "接近18,000"
        );
        assert_eq!(qualified(Lang::ZhHk, 600.0, Qualifier::MoreThan), "超過600");
    }

    #[test]
    fn the_peg_is_filled_in_from_the_constant() {
        let peg = crate::model::HKD_PER_USD;
        assert_eq!(Lang::En.format(T::UnitHkd, &[&peg]), "HK$ (US$ at 7.8)");
        assert_eq!(
            Lang::ZhHk.format(T::UnitHkd, &[&peg]),
            "港元（美元按 7.8 折算）"
        );
        for key in T::ALL {
            assert!(
                !key.en().contains("7.8") && !key.zh().contains("7.8"),
                "{key:?}"
            );
        }
    }

    #[test]
    fn chinese_figures_use_measure_words() {
        let unit = Unit::from("companies");
        assert_eq!(
            figure(Lang::ZhHk, 800.0, &unit, Qualifier::MoreThan),
            "超過800間公司"
        );
        assert_eq!(
            figure(Lang::ZhHk, 3e9, &Unit::from("HK$"), Qualifier::About),
            "約30億港元"
        );
        assert_eq!(
            figure(Lang::ZhHk, 5e8, &Unit::from("US$"), Qualifier::MoreThan),
            "超過5億美元"
        );
        assert_eq!(
            figure(Lang::ZhHk, 75.0, &Unit::from("%"), Qualifier::About),
            "約75%"
        );
        assert_eq!(
            figure(Lang::ZhHk, 5000.0, &Unit::from("PFLOPS"), Qualifier::Exact),
            "5,000 PFLOPS"
        );
        assert_eq!(
            figure(
                Lang::ZhHk,
                18000.0,
                &Unit::from("people"),
                Qualifier::Nearly
            ),
            "接近18,000人"
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
