//! Dates with the precision their source gives.

use serde::{Deserialize, Serialize};
use std::fmt;

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
}
