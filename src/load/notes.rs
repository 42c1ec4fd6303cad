//! Notes that make a validation problem readable by people: the record by
//! its id and one-based position, and the values a wrong reference may take.

use super::locate::Step;
use crate::i18n::{Lang, T};
use crate::model::Dataset;

/// The longest value, in characters, a message quotes in full: a 10 MB id gets
/// a readable diagnostic, not a 10 MB line.
const SHOWN_CHARS: usize = 80;

/// `value` as a message quotes it: cut to [`SHOWN_CHARS`] characters with "…".
pub(super) fn shown(value: &str) -> std::borrow::Cow<'_, str> {
    match value.char_indices().nth(SHOWN_CHARS) {
        None => value.into(),
        Some((cut, _)) => format!("{}…", &value[..cut]).into(),
    }
}

/// The most valid values a note lists before "and N more".
const LISTED_VALUES: usize = 12;

/// What a validation problem's note says, in either language ([`Note::render`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// The record the problem is in, when the path names one.
    pub record: Option<Record>,
    /// For a wrong reference: the value given and the values it may take.
    pub valid: Option<ValidValues>,
}

/// A record by the id it has in the file and its one-based position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The list it is in (`funding`).
    pub list: String,
    /// Its id, for lists whose records have one.
    pub id: Option<String>,
    /// Its position in the list, from 1.
    pub position: usize,
    /// A record inside it (`key_figures`, position from 1).
    pub inner: Option<(String, usize)>,
}

/// A reference that is none of the values it may take.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidValues {
    /// The value given.
    pub value: String,
    /// The first values it may take, in file order.
    pub listed: Vec<String>,
    /// How many more it may take.
    pub more: usize,
}

impl Note {
    /// `in funding "f1" (record 1); 'space' is not one of: finance, healthcare`.
    pub fn render(&self, lang: Lang) -> String {
        let mut text = self
            .record
            .as_ref()
            .map_or(String::new(), |r| r.render(lang));
        if let Some(valid) = &self.valid {
            let template = match text.is_empty() {
                true => T::NoteNotOneOf,
                false => T::NoteThenNotOneOf,
            };
            text.push_str(&valid.render(lang, template));
        }
        text
    }
}

impl Record {
    fn render(&self, lang: Lang) -> String {
        let position = self.position;
        let mut text = match &self.id {
            Some(id) => lang.format(T::NoteRecordWithId, &[&self.list, &shown(id), &position]),
            None => lang.format(T::NoteRecord, &[&self.list, &position]),
        };
        if let Some((inner, position)) = &self.inner {
            text.push_str(&lang.format(T::NoteInnerRecord, &[inner, position]));
        }
        text
    }
}

impl ValidValues {
    fn render(&self, lang: Lang, template: T) -> String {
        let mut listed = self.listed.join(", ");
        if self.more > 0 {
            listed.push_str(&lang.format(T::NoteAndMore, &[&self.more]));
        }
        lang.format(template, &[&shown(&self.value), &listed])
    }
}

/// The record a path is in: `funding[0].sector` is in funding "f1", record 1.
pub(super) fn record(d: &Dataset, steps: &[Step]) -> Option<Record> {
    let (Step::Field(list), Step::Index(i)) = (steps.first()?, steps.get(1)?) else {
        return None;
    };
    let id = match list.as_str() {
        "sources" => d.sources.get(*i).map(|r| r.id.as_str()),
        "sectors" => d.sectors.get(*i).map(|r| r.id.as_str()),
        "initiatives" => d.initiatives.get(*i).map(|r| r.id.as_str()),
        "funding" => d.funding.get(*i).map(|r| r.id.as_str()),
        _ => None,
    };
    let inner = match (steps.get(2), steps.get(3)) {
        (Some(Step::Field(inner)), Some(Step::Index(j))) => Some((inner.clone(), j + 1)),
        _ => None,
    };
    Some(Record {
        list: list.clone(),
        id: id.filter(|id| !id.trim().is_empty()).map(str::to_owned),
        position: i + 1,
        inner,
    })
}

/// `value`, which is none of `valid` (the first [`LISTED_VALUES`] kept).
pub(super) fn not_one_of(value: &str, valid: &[&str]) -> ValidValues {
    ValidValues {
        value: value.to_owned(),
        listed: valid
            .iter()
            .take(LISTED_VALUES)
            .map(|v| v.to_string())
            .collect(),
        more: valid.len().saturating_sub(LISTED_VALUES),
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;

    #[test]
    fn a_long_list_of_valid_values_is_cut_short() {
        let many: Vec<String> = (0..20).map(|i| format!("s{i}")).collect();
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        let valid = Some(super::not_one_of("x", &many));
        let note = super::Note {
            record: None,
            valid,
        }
        .render(Lang::En);
        assert!(note.ends_with("s11 and 8 more"), "{note}");
    }
}
