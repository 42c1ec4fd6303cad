//! Amounts, counts, percentages and dates as the interface language writes
//! them: the one place that decides, so a card, a chart axis, a hover, a table,
//! a CSV and an export read a figure the same way.
//!
//! English keeps the forms of [`crate::format`] (`HK$60bn`, `1,065`, `2025-06-09`);
//! Traditional Chinese counts money in 萬 (10⁴) and 億 (10⁸) with the currency
//! after the number (`600億港元`, `301.4億港元`, `50萬港元`), groups digits by
//! three as Hong Kong writes them (`18,000`), keeps `%` as Hong Kong's Chinese
//! press does (`12.5%`), and writes dates as 2025年6月9日, 2025年6月 or 2025年
//! by the precision the source gives.

use super::Lang;
use crate::format;
use crate::model::{Currency, PartialDate, Unit};

/// 萬, ten thousand.
const WAN: f64 = 1e4;
/// 億, a hundred million.
const YI: f64 = 1e8;

/// An amount of money in `currency`: `HK$60bn`, `US$1.2bn`; `600億港元`, `12億美元`.
pub fn money(lang: Lang, amount: f64, currency: Currency) -> String {
    match (lang, currency) {
        (Lang::En, Currency::HKD) => format::hkd(amount),
        (Lang::En, Currency::USD) => format!("US${}", format::compact(amount)),
        (Lang::ZhHk, Currency::HKD) => format!("{}港元", compact(lang, amount)),
        (Lang::ZhHk, Currency::USD) => format!("{}美元", compact(lang, amount)),
    }
}

/// A HK$ amount: `HK$30.14bn`, `301.4億港元`.
pub fn hkd(lang: Lang, amount: f64) -> String {
    money(lang, amount, Currency::HKD)
}

/// A number in words a reader takes in at a glance, without a unit (an axis
/// mark): `10bn`, `989.3m`, `5,000`; `100億`, `9.89億`, `50萬`, `5,000`.
/// Two decimals of the word at most, as in English.
pub fn compact(lang: Lang, value: f64) -> String {
    if lang == Lang::En {
        return format::compact(value);
    }
    if !value.is_finite() {
        return format::thousands(value);
    }
    // Round in 萬 first, so 99,999,999 reads 1億, not 10,000萬.
    let in_wan = round2(value / WAN);
    if in_wan.abs() >= YI / WAN {
        format!("{}億", format::thousands(round2(value / YI)))
    } else if value.abs() >= WAN {
        format!("{}萬", format::thousands(in_wan))
    } else {
        format::thousands(value)
    }
}

fn round2(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

/// A count or measure, digits grouped by three in both languages (`1,065`,
/// `18,000`): a count is never rounded into 萬, so no digit is lost.
pub fn count(_lang: Lang, value: f64) -> String {
    format::thousands(value)
}

/// A value of a series in `unit`, without the unit (a trend's points, whose
/// unit is named once above them): `16,044,000,000`, `1,065`; Chinese money in
/// 萬/億 (`160.44億`), other values grouped as [`count`].
pub fn value(lang: Lang, value: f64, unit: &Unit) -> String {
    match (lang, unit) {
        (Lang::ZhHk, Unit::Money(_)) => compact(lang, value),
        _ => count(lang, value),
    }
}

/// A percentage with `decimals` decimals: `12.5%`, `75%` (Hong Kong writes `%` in Chinese too).
pub fn percent(_lang: Lang, value: f64, decimals: usize) -> String {
    format!("{}%", number(value, decimals))
}

/// A plain number with exactly `decimals` decimals (`12.5`), as a share is
/// written inside a sentence that supplies its own `%`.
pub fn number(value: f64, decimals: usize) -> String {
    format!("{value:.decimals$}")
}

/// A date at the precision its source gives: `2025-06-09`, `2025-06`, `2025`;
/// `2025年6月9日`, `2025年6月`, `2025年`.
pub fn date(lang: Lang, date: &PartialDate) -> String {
    match lang {
        Lang::En => date.to_string(),
        Lang::ZhHk => match (date.month, date.day) {
            (Some(m), Some(d)) => format!("{}年{m}月{d}日", date.year),
            (Some(m), None) => format!("{}年{m}月", date.year),
            _ => format!("{}年", date.year),
        },
    }
}

/// A month of a year (`2025-06`, `2025年6月`), or the year alone when `month` is 0.
pub fn month(lang: Lang, year: i32, month: u8) -> String {
    let date = PartialDate {
        year,
        month: (month != 0).then_some(month),
        day: None,
    };
    self::date(lang, &date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang::{En, ZhHk};

    /// Each unit at its scale boundaries and small values, in both languages.
    #[test]
    fn every_unit_reads_in_both_languages() {
        let hkd_cases: &[(f64, &str, &str)] = &[
            (60e9, "HK$60bn", "600億港元"),
            (30.14e9, "HK$30.14bn", "301.4億港元"),
            (5.55e9, "HK$5.55bn", "55.5億港元"),
            (1e9, "HK$1bn", "10億港元"),
            (989.3e6, "HK$989.3m", "9.89億港元"),
            (1e8, "HK$100m", "1億港元"),
            (99_999_999.0, "HK$100m", "1億港元"),
            (99_994_000.0, "HK$99.99m", "9,999.4萬港元"),
            (300e6, "HK$300m", "3億港元"),
            (12.35e6, "HK$12.35m", "1,235萬港元"),
            (1e6, "HK$1m", "100萬港元"),
            (500_000.0, "HK$500,000", "50萬港元"),
            (10_000.0, "HK$10,000", "1萬港元"),
            (9_999.0, "HK$9,999", "9,999港元"),
            (5_000.0, "HK$5,000", "5,000港元"),
            (0.0, "HK$0", "0港元"),
        ];
        for &(amount, en, zh) in hkd_cases {
            assert_eq!(hkd(En, amount), en, "{amount}");
            assert_eq!(hkd(ZhHk, amount), zh, "{amount}");
        }
        let usd_cases: &[(f64, &str, &str)] = &[
            (1.2e9, "US$1.2bn", "12億美元"),
            (100e6, "US$100m", "1億美元"),
            (25e6, "US$25m", "2,500萬美元"),
            (750.0, "US$750", "750美元"),
        ];
        for &(amount, en, zh) in usd_cases {
            assert_eq!(money(En, amount, Currency::USD), en, "{amount}");
            assert_eq!(money(ZhHk, amount, Currency::USD), zh, "{amount}");
        }
        let percent_cases: &[(f64, usize, &str)] =
            &[(75.0, 0, "75%"), (12.5, 1, "12.5%"), (0.0, 1, "0.0%")];
        for &(value, decimals, text) in percent_cases {
            assert_eq!(percent(En, value, decimals), text);
            assert_eq!(percent(ZhHk, value, decimals), text);
        }
        let count_cases: &[(f64, &str)] = &[
            (42.0, "42"),
            (1_065.0, "1,065"),
            (18_000.0, "18,000"),
            (4_000_000.0, "4,000,000"),
            (0.76, "0.76"),
        ];
        for &(value, text) in count_cases {
            assert_eq!(count(En, value), text);
            assert_eq!(count(ZhHk, value), text);
        }
        let date_cases: &[(&str, &str, &str)] = &[
            ("2025-06-09", "2025-06-09", "2025年6月9日"),
            ("2025-12-16", "2025-12-16", "2025年12月16日"),
            ("2025-06", "2025-06", "2025年6月"),
            ("2025", "2025", "2025年"),
        ];
        for &(source, en, zh) in date_cases {
            let d = PartialDate::parse(source).unwrap();
            assert_eq!(date(En, &d), en);
            assert_eq!(date(ZhHk, &d), zh);
        }
        assert_eq!(month(En, 2024, 3), "2024-03");
        assert_eq!(month(ZhHk, 2024, 3), "2024年3月");
        assert_eq!(month(ZhHk, 2024, 0), "2024年");
    }

    #[test]
    fn series_values_group_money_in_chinese_only() {
        let money = Unit::Money(Currency::HKD);
        assert_eq!(value(En, 16.044e9, &money), "16,044,000,000");
        assert_eq!(value(ZhHk, 16.044e9, &money), "160.44億");
        assert_eq!(value(ZhHk, 1_065.0, &Unit::from("companies")), "1,065");
    }

    #[test]
    fn axis_marks_are_compact_in_both_languages() {
        assert_eq!(compact(En, 10e9), "10bn");
        assert_eq!(compact(ZhHk, 10e9), "100億");
        assert_eq!(compact(ZhHk, 15_000.0), "1.5萬");
        assert_eq!(compact(ZhHk, 500.0), "500");
        assert_eq!(compact(ZhHk, f64::NAN), "–");
    }
}
