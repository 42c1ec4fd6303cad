//! The English forms of numbers (digit groups, `HK$10bn`). Views, charts and
//! exports never call these directly: they go through [`crate::i18n::numbers`],
//! which picks the form of the interface language.

/// `1234567.0` → `"1,234,567"`; fractions keep up to two decimals (`0.76` → `"0.76"`).
pub fn thousands(value: f64) -> String {
    if !value.is_finite() {
        return "–".to_owned();
    }
    let negative = value < 0.0;
    let rounded = (value.abs() * 100.0).round() / 100.0;
    let whole = rounded.trunc() as u64;
    let fraction = rounded - rounded.trunc();
    let digits = whole.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if fraction > 0.0 {
        let decimals = format!("{fraction:.2}");
        out.push_str(decimals.trim_start_matches('0').trim_end_matches('0'));
    }
    if negative {
        out.insert(0, '−');
    }
    out
}

/// A HK$ amount in words a reader takes in at a glance: `HK$10bn`, `HK$989.3m`.
pub fn hkd(amount: f64) -> String {
    format!("HK${}", compact(amount))
}

/// `10e9` → `"10bn"`, `989.3e6` → `"989.3m"`, `5000` → `"5,000"`.
pub fn compact(amount: f64) -> String {
    let (scaled, suffix) = if amount.abs() >= 1e9 {
        (amount / 1e9, "bn")
    } else if amount.abs() >= 1e6 {
        (amount / 1e6, "m")
    } else {
        return thousands(amount);
    };
    let text = format!("{scaled:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    format!("{text}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_groups_digits() {
        assert_eq!(thousands(1065.0), "1,065");
        assert_eq!(thousands(1234567.0), "1,234,567");
        assert_eq!(thousands(12.0), "12");
        assert_eq!(thousands(0.76), "0.76");
        assert_eq!(thousands(-66.0), "−66");
    }

    #[test]
    fn amounts_read_at_a_glance() {
        assert_eq!(hkd(10e9), "HK$10bn");
        assert_eq!(hkd(989.3e6), "HK$989.3m");
        assert_eq!(hkd(5.55e9), "HK$5.55bn");
        assert_eq!(compact(5000.0), "5,000");
    }
}
