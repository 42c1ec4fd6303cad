//! The values a record carries besides its text: how well it is checked, how
//! exact its number is, and money with its currency.

use serde::{Deserialize, Serialize};

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

/// What a key figure counts or measures. Written in RON as its English word
/// ("companies", "%", "HK$"), so data files stay readable; the words the
/// dashboard knows are typed, so formatting and translation match on them and
/// never on text. Any other word is kept and shown as written.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Unit {
    /// An amount of money ("HK$", "US$").
    Money(Currency),
    /// A percentage ("%").
    Percent,
    /// A count or measure the dashboard can translate ("companies", "PFLOPS").
    Known(Measure),
    /// A word the dashboard does not know, shown as written.
    Other(String),
}

/// The counts and measures the dashboard knows, with their spelling in data files.
macro_rules! measures {
    ($($variant:ident => $word:literal,)*) => {
        /// A count or measure with a known spelling (see [`Unit`]).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Measure {
            $(#[doc = concat!("\"", $word, "\"")] $variant,)*
        }

        impl Measure {
            /// Every known measure.
            pub const ALL: &'static [Measure] = &[$(Measure::$variant,)*];

            /// The word as written in data files (and shown in English).
            pub fn word(self) -> &'static str {
                match self {
                    $(Measure::$variant => $word,)*
                }
            }
        }
    };
}

measures! {
    Companies => "companies",
    Startups => "startups",
    People => "people",
    Principles => "principles",
    Initiatives => "initiatives",
    Unicorns => "unicorns",
    Areas => "areas",
    Tiers => "tiers",
    Tenants => "tenants",
    Submissions => "submissions",
    Schools => "schools",
    Requests => "requests",
    Records => "records",
    Rank => "rank",
    Publications => "publications",
    Programmes => "programmes",
    Procedures => "procedures",
    Licences => "licences",
    Hours => "hours",
    Hospitals => "hospitals",
    Hectares => "ha",
    Diseases => "diseases",
    Departments => "departments",
    Cases => "cases",
    Labs => "labs",
    Projects => "projects",
    Models => "models",
    Universities => "universities",
    Pflops => "PFLOPS",
}

impl Unit {
    /// The unit as written in data files.
    pub fn word(&self) -> &str {
        match self {
            Unit::Money(Currency::HKD) => "HK$",
            Unit::Money(Currency::USD) => "US$",
            Unit::Percent => "%",
            Unit::Known(measure) => measure.word(),
            Unit::Other(word) => word,
        }
    }
}

impl From<&str> for Unit {
    fn from(word: &str) -> Self {
        match word {
            "HK$" => Unit::Money(Currency::HKD),
            "US$" => Unit::Money(Currency::USD),
            "%" => Unit::Percent,
            _ => Measure::ALL
                .iter()
                .find(|m| m.word() == word)
                .map_or_else(|| Unit::Other(word.to_owned()), |m| Unit::Known(*m)),
        }
    }
}

impl Serialize for Unit {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.word())
    }
}

impl<'de> Deserialize<'de> for Unit {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let word = String::deserialize(deserializer)?;
        Ok(Unit::from(word.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usd_converts_at_the_peg_midpoint() {
        let m = Money {
            currency: Currency::USD,
            value: 100.0,
        };
        assert!((m.in_hkd() - 780.0).abs() < 1e-9);
    }

    #[test]
    fn units_read_and_write_as_their_words() {
        for word in ["HK$", "US$", "%", "companies", "PFLOPS", "ha", "bridges"] {
            let unit = Unit::from(word);
            assert_eq!(unit.word(), word);
            let written = ron::to_string(&unit).unwrap();
            assert_eq!(ron::from_str::<Unit>(&written).unwrap(), unit);
        }
        assert_eq!(Unit::from("ha"), Unit::Known(Measure::Hectares));
        assert_eq!(Unit::from("bridges"), Unit::Other("bridges".into()));
    }
}
