//! Notes that make a validation problem readable by people: the record by
//! its id and one-based position, and the values a wrong reference may take.

use super::locate::Step;
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

/// A record by the id it has in the file and its one-based position, from its
/// path: `funding "f1" (record 1)`, `startup_counts record 3`, `sectors
/// "finance" (record 1), key_figures record 2`.
pub(super) fn record_name(d: &Dataset, steps: &[Step]) -> Option<String> {
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
    let mut name = match id.filter(|id| !id.trim().is_empty()) {
        Some(id) => format!("{list} \"{}\" (record {})", shown(id), i + 1),
        None => format!("{list} record {}", i + 1),
    };
    if let (Some(Step::Field(inner)), Some(Step::Index(j))) = (steps.get(2), steps.get(3)) {
        name.push_str(&format!(", {inner} record {}", j + 1));
    }
    Some(name)
}

/// "'x' is not one of: a, b, c" (the first [`LISTED_VALUES`], then how many more).
pub(super) fn not_one_of(value: &str, valid: &[&str]) -> String {
    let mut listed = valid
        .iter()
        .take(LISTED_VALUES)
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    if valid.len() > LISTED_VALUES {
        listed.push_str(&format!(" and {} more", valid.len() - LISTED_VALUES));
    }
    format!("'{}' is not one of: {listed}", shown(value))
}

#[cfg(test)]
mod tests {
    use crate::load::{EMBEDDED_DATASET, parse_dataset};

    /// The shipped dataset with its first funding record's sector set to `sector`.
    fn first_funding_sector(sector: &str) -> String {
        let funding = EMBEDDED_DATASET.find("funding: [").expect("a funding list");
        let field = funding
            + EMBEDDED_DATASET[funding..]
                .find("sector: \"")
                .expect("a sector");
        let value = field + "sector: \"".len();
        let end = value + EMBEDDED_DATASET[value..].find('"').expect("closing quote");
        format!(
            "{}{sector}{}",
            &EMBEDDED_DATASET[..value],
            &EMBEDDED_DATASET[end..]
        )
    }

    #[test]
    fn a_wrong_reference_names_its_record_and_lists_the_valid_values() {
        let text = first_funding_sector("fintech");
        let error = parse_dataset(&text, "hk.ron").expect_err("invalid");
        let problem = &error.problems[0];
        assert_eq!(problem.message, "unknown sector 'fintech'");
        assert!(problem.position.is_some(), "line and column stay");
        let dataset = parse_dataset(EMBEDDED_DATASET, "hk.ron").expect("valid");
        let sectors: Vec<&str> = dataset.sectors.iter().map(|s| s.id.as_str()).collect();
        let expected = format!(
            "in funding \"{}\" (record 1); 'fintech' is not one of: {}",
            dataset.funding[0].id,
            sectors.join(", ")
        );
        assert_eq!(problem.note.as_deref(), Some(expected.as_str()));
    }

    #[test]
    fn a_long_list_of_valid_values_is_cut_short() {
        let many: Vec<String> = (0..20).map(|i| format!("s{i}")).collect();
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        let note = super::not_one_of("x", &many);
        assert!(note.ends_with("s11 and 8 more"), "{note}");
    }
}
