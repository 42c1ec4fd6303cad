//! The language as saved before it was stored once: `Some(lang)`, or `None`
//! (not chosen yet: the system's locale decides). Written the same way, so
//! settings saved by this version and the one before read alike.

use crate::i18n::Lang;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub fn serialize<S: Serializer>(lang: &Lang, to: S) -> Result<S::Ok, S::Error> {
    Some(*lang).serialize(to)
}

pub fn deserialize<'de, D: Deserializer<'de>>(from: D) -> Result<Lang, D::Error> {
    Ok(Option::<Lang>::deserialize(from)?.unwrap_or_else(Lang::from_environment))
}
