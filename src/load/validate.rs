//! The rules a parsed dataset must keep: unique ids, resolving references, sane
//! years, non-negative finite amounts, non-empty text.
//!
//! Checking is linear in the number of records: id look-ups are hash-set probes
//! on strings borrowed from the dataset, and a record path is only built (and
//! located in the text) for a rule that is actually broken.

use super::locate::{Step, format_path, locate_all};
use super::{Problem, ProblemKind};
use crate::model::{
    Confidence, Dataset, Funding, Initiative, Money, PartialDate, Sector, Source, StartupCount,
};
use std::collections::{HashMap, HashSet};

/// Years outside this range are typos (a figure for 20025, or 199).
pub const YEAR_RANGE: std::ops::RangeInclusive<i32> = 1950..=2100;

/// Collects every rule broken in `dataset`, located in `text`, in file order.
pub fn validate(dataset: &Dataset, text: &str) -> Vec<Problem> {
    let mut rules = Rules::new(dataset);
    rules.check_all(dataset);
    if rules.found.is_empty() {
        return Vec::new();
    }
    // One pass over the text locates every problem, however many there are.
    let paths: Vec<&[Step]> = rules.found.iter().map(|f| &f.steps[..]).collect();
    let positions = locate_all(text, &paths);
    let mut problems: Vec<Problem> = rules
        .found
        .into_iter()
        .zip(positions)
        .map(|(found, position)| {
            let record = record_name(dataset, &found.steps).map(|r| format!("in {r}"));
            let note: Vec<String> = record.into_iter().chain(found.valid).collect();
            Problem {
                kind: ProblemKind::Invalid,
                position,
                path: Some(format_path(&found.steps)),
                message: found.message,
                note: (!note.is_empty()).then(|| note.join("; ")),
            }
        })
        .collect();
    problems.sort_by_key(|p| p.position);
    problems
}

/// The longest value, in characters, a message quotes in full: a 10 MB id gets
/// a readable diagnostic, not a 10 MB line.
const SHOWN_CHARS: usize = 80;

/// `value` as a message quotes it: cut to [`SHOWN_CHARS`] characters with "…".
fn shown(value: &str) -> std::borrow::Cow<'_, str> {
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
fn record_name(d: &Dataset, steps: &[Step]) -> Option<String> {
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
fn not_one_of(value: &str, valid: &[&str]) -> String {
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

/// A broken rule: where, what, and the values a wrong reference may take.
struct Found {
    steps: Vec<Step>,
    message: String,
    valid: Option<String>,
}

struct Rules<'d> {
    sources: HashSet<&'d str>,
    sectors: HashSet<&'d str>,
    initiatives: HashSet<&'d str>,
    /// The ids of each list in file order, for "is not one of" notes.
    source_ids: Vec<&'d str>,
    sector_ids: Vec<&'d str>,
    initiative_ids: Vec<&'d str>,
    /// Sources that are mirrors or secondary reports.
    secondary: HashSet<&'d str>,
    found: Vec<Found>,
}

/// A record path, built only when a problem is reported: `path!("funding", 3,
/// "sector")` is a closure returning those steps, so checking a valid record
/// allocates nothing.
macro_rules! path {
    ($($step:expr),* $(,)?) => {
        || vec![$(IntoStep::into_step($step)),*]
    };
}

trait IntoStep {
    fn into_step(self) -> Step;
}
impl IntoStep for &str {
    fn into_step(self) -> Step {
        Step::Field(self.to_owned())
    }
}
impl IntoStep for usize {
    fn into_step(self) -> Step {
        Step::Index(self)
    }
}

impl<'d> Rules<'d> {
    fn new(dataset: &'d Dataset) -> Self {
        let source_ids: Vec<&str> = dataset.sources.iter().map(|s| s.id.as_str()).collect();
        let sector_ids: Vec<&str> = dataset.sectors.iter().map(|s| s.id.as_str()).collect();
        let initiative_ids: Vec<&str> = dataset.initiatives.iter().map(|s| s.id.as_str()).collect();
        Rules {
            sources: source_ids.iter().copied().collect(),
            sectors: sector_ids.iter().copied().collect(),
            initiatives: initiative_ids.iter().copied().collect(),
            source_ids,
            sector_ids,
            initiative_ids,
            secondary: (dataset.sources.iter())
                .filter(|s| s.secondary)
                .map(|s| s.id.as_str())
                .collect(),
            found: Vec::new(),
        }
    }

    fn problem(&mut self, steps: impl FnOnce() -> Vec<Step>, message: impl Into<String>) {
        self.found.push(Found {
            steps: steps(),
            message: message.into(),
            valid: None,
        });
    }

    /// A reference to `id` that none of `valid` is.
    fn unknown(&mut self, steps: impl FnOnce() -> Vec<Step>, what: &str, id: &str, valid: String) {
        self.found.push(Found {
            steps: steps(),
            message: format!("unknown {what} '{}'", shown(id)),
            valid: Some(valid),
        });
    }

    fn text(&mut self, steps: impl FnOnce() -> Vec<Step>, value: &str) {
        if value.trim().is_empty() {
            self.problem(steps, "must not be empty");
        }
    }

    fn source(&mut self, steps: impl FnOnce() -> Vec<Step>, id: &str) {
        if !self.sources.contains(id) {
            let valid = not_one_of(id, &self.source_ids);
            self.unknown(steps, "source", id, valid);
        }
    }

    fn sector(&mut self, steps: impl FnOnce() -> Vec<Step>, id: &str) {
        if !self.sectors.contains(id) {
            let valid = not_one_of(id, &self.sector_ids);
            self.unknown(steps, "sector", id, valid);
        }
    }

    fn year(&mut self, steps: impl FnOnce() -> Vec<Step>, year: i32) {
        if !YEAR_RANGE.contains(&year) {
            self.problem(
                steps,
                format!(
                    "year {year} is outside {}–{}",
                    YEAR_RANGE.start(),
                    YEAR_RANGE.end()
                ),
            );
        }
    }

    fn date(&mut self, steps: impl FnOnce() -> Vec<Step>, date: &PartialDate) {
        self.year(steps, date.year);
    }

    fn money(&mut self, steps: impl FnOnce() -> Vec<Step>, money: &Money) {
        if !money.value.is_finite() {
            self.problem(steps, "amount must be a finite number");
        } else if money.value < 0.0 {
            self.problem(steps, format!("amount {} is negative", money.value));
        }
    }

    /// Reports every id seen more than once, at each repeat.
    fn unique<'a>(&mut self, list: &str, ids: impl Iterator<Item = &'a str>) {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (i, id) in ids.enumerate() {
            if let Some(first) = seen.insert(id, i) {
                self.problem(
                    path!(list, i, "id"),
                    format!(
                        "duplicate id '{}' (first used by {list}[{first}])",
                        shown(id)
                    ),
                );
                seen.insert(id, first);
            }
            self.text(path!(list, i, "id"), id);
        }
    }

    fn check_all(&mut self, d: &Dataset) {
        self.text(path!("title"), &d.title);
        self.date(path!("as_of"), &d.as_of);
        self.unique("sources", d.sources.iter().map(|s| s.id.as_str()));
        self.unique("sectors", d.sectors.iter().map(|s| s.id.as_str()));
        self.unique("initiatives", d.initiatives.iter().map(|s| s.id.as_str()));
        self.unique("funding", d.funding.iter().map(|s| s.id.as_str()));
        for (i, source) in d.sources.iter().enumerate() {
            self.check_source(i, source);
        }
        for (i, sector) in d.sectors.iter().enumerate() {
            self.check_sector(i, sector);
        }
        for (i, initiative) in d.initiatives.iter().enumerate() {
            self.check_initiative(i, initiative);
        }
        self.check_startup_counts(&d.startup_counts);
        for (i, funding) in d.funding.iter().enumerate() {
            self.check_funding(i, funding);
        }
    }

    /// A record's citation: its source exists, and a record marked Verified
    /// does not cite a secondary report (it may not claim the primary source).
    fn cited(&mut self, record: impl Fn() -> Vec<Step>, source: &str, confidence: Confidence) {
        let field = |name: &str| {
            let mut steps = record();
            steps.push(Step::Field(name.to_owned()));
            steps
        };
        self.source(|| field("source"), source);
        if confidence == Confidence::Verified && self.secondary.contains(source) {
            self.problem(
                || field("confidence"),
                "marked Verified but its source is a secondary report (use Secondary)",
            );
        }
    }

    fn check_source(&mut self, i: usize, s: &Source) {
        self.text(path!("sources", i, "publisher"), &s.publisher);
        self.text(path!("sources", i, "title"), &s.title);
        if !(s.url.starts_with("https://") || s.url.starts_with("http://")) {
            self.problem(
                path!("sources", i, "url"),
                format!("'{}' is not an http(s) URL", shown(&s.url)),
            );
        }
        if let Some(p) = &s.published {
            self.date(path!("sources", i, "published"), p);
        }
        self.date(path!("sources", i, "accessed"), &s.accessed);
    }

    fn check_sector(&mut self, i: usize, s: &Sector) {
        self.text(path!("sectors", i, "name"), &s.name);
        self.text(path!("sectors", i, "summary"), &s.summary);
        for (j, k) in s.key_figures.iter().enumerate() {
            self.text(path!("sectors", i, "key_figures", j, "label"), &k.label);
            self.text(path!("sectors", i, "key_figures", j, "unit"), k.unit.word());
            if !k.value.is_finite() {
                self.problem(
                    path!("sectors", i, "key_figures", j, "value"),
                    "must be a finite number",
                );
            }
            self.date(path!("sectors", i, "key_figures", j, "date"), &k.date);
            self.cited(
                path!("sectors", i, "key_figures", j),
                &k.source,
                k.confidence,
            );
        }
        for (j, o) in s.organisations.iter().enumerate() {
            self.text(path!("sectors", i, "organisations", j, "name"), &o.name);
            self.text(path!("sectors", i, "organisations", j, "note"), &o.note);
            if let Some(year) = o.founded {
                self.year(path!("sectors", i, "organisations", j, "founded"), year);
            }
            self.cited(
                path!("sectors", i, "organisations", j),
                &o.source,
                o.confidence,
            );
            if let Some(id) = &o.name_zh_source {
                self.source(
                    path!("sectors", i, "organisations", j, "name_zh_source"),
                    id,
                );
            }
        }
    }

    fn check_initiative(&mut self, i: usize, n: &Initiative) {
        self.text(path!("initiatives", i, "name"), &n.name);
        self.text(path!("initiatives", i, "body"), &n.body);
        self.text(path!("initiatives", i, "description"), &n.description);
        self.date(path!("initiatives", i, "date"), &n.date);
        if n.sectors.is_empty() {
            self.problem(path!("initiatives", i, "sectors"), "names no sector");
        }
        for (j, sector) in n.sectors.iter().enumerate() {
            self.sector(path!("initiatives", i, "sectors", j), sector);
        }
        if let Some(amount) = &n.amount {
            self.money(path!("initiatives", i, "amount", "value"), amount);
        }
        self.cited(path!("initiatives", i), &n.source, n.confidence);
        if let Some(id) = &n.name_zh_source {
            self.source(path!("initiatives", i, "name_zh_source"), id);
        }
    }

    /// Each count, and no two counts for the same year and sector (charts would
    /// add them up).
    fn check_startup_counts(&mut self, counts: &[StartupCount]) {
        let mut counted: HashMap<(i32, Option<&str>), usize> = HashMap::new();
        for (i, c) in counts.iter().enumerate() {
            self.year(path!("startup_counts", i, "year"), c.year);
            if let Some(sector) = &c.sector {
                self.sector(path!("startup_counts", i, "sector"), sector);
            }
            self.text(path!("startup_counts", i, "definition"), &c.definition);
            self.cited(path!("startup_counts", i), &c.source, c.confidence);
            if let Some(first) = counted.insert((c.year, c.sector.as_deref()), i) {
                self.problem(
                    path!("startup_counts", i),
                    format!(
                        "a second count for {} in {} (first at startup_counts[{first}]); charts would double-count",
                        c.sector.as_deref().unwrap_or("all sectors"),
                        c.year
                    ),
                );
            }
        }
    }

    fn check_funding(&mut self, i: usize, f: &Funding) {
        self.year(path!("funding", i, "year"), f.year);
        self.sector(path!("funding", i, "sector"), &f.sector);
        self.money(path!("funding", i, "amount", "value"), &f.amount);
        self.text(path!("funding", i, "name"), &f.name);
        self.text(path!("funding", i, "scope_note"), &f.scope_note);
        if let Some(initiative) = &f.initiative
            && !self.initiatives.contains(initiative.as_str())
        {
            let valid = not_one_of(initiative, &self.initiative_ids);
            self.unknown(
                path!("funding", i, "initiative"),
                "initiative",
                initiative,
                valid,
            );
        }
        self.cited(path!("funding", i), &f.source, f.confidence);
    }
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
