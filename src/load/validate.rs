//! The rules a parsed dataset must keep: unique ids, resolving references, sane
//! years, non-negative finite amounts, non-empty text.
//!
//! Checking is linear in the number of records: id look-ups are hash-set probes
//! on strings borrowed from the dataset, and a record path is only built (and
//! located in the text) for a rule that is actually broken.

use super::locate::{Step, format_path, locate_all};
use super::notes::{Note, ValidValues, not_one_of, record, shown};
use super::problem::{Problem, ProblemKind};
use crate::model::{
    Confidence, Dataset, Funding, Initiative, Money, PartialDate, Sector, Source, StartupCount,
    SurveyCategory,
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
            let note = Note {
                record: record(dataset, &found.steps),
                valid: found.valid,
            };
            let any = note.record.is_some() || note.valid.is_some();
            Problem {
                kind: ProblemKind::Invalid,
                position,
                path: Some(format_path(&found.steps)),
                message: found.message,
                note: any.then(|| Box::new(note)),
            }
        })
        .collect();
    problems.sort_by_key(|p| p.position);
    problems
}

/// A broken rule: where, what, and the values a wrong reference may take.
struct Found {
    steps: Vec<Step>,
    message: String,
    valid: Option<ValidValues>,
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
    fn unknown(
        &mut self,
        steps: impl FnOnce() -> Vec<Step>,
        what: &str,
        id: &str,
        valid: ValidValues,
    ) {
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

    /// Each count, and no two counts for the same year, sector and survey
    /// category (charts would add them up).
    fn check_startup_counts(&mut self, counts: &[StartupCount]) {
        type Key<'c> = (i32, Option<&'c str>, Option<SurveyCategory>);
        let mut counted: HashMap<Key, usize> = HashMap::new();
        for (i, c) in counts.iter().enumerate() {
            self.year(path!("startup_counts", i, "year"), c.year);
            if let Some(sector) = &c.sector {
                self.sector(path!("startup_counts", i, "sector"), sector);
            }
            if let Some(category) = c.category {
                self.category_sector(i, category, c.sector.as_deref());
            }
            self.text(path!("startup_counts", i, "definition"), &c.definition);
            self.cited(path!("startup_counts", i), &c.source, c.confidence);
            let key = (c.year, c.sector.as_deref(), c.category);
            if let Some(first) = counted.insert(key, i) {
                let what = match (c.category, c.sector.as_deref()) {
                    (Some(category), _) => format!("survey category {category:?}"),
                    (None, Some(sector)) => sector.to_owned(),
                    (None, None) => "all sectors".to_owned(),
                };
                self.problem(
                    path!("startup_counts", i),
                    format!(
                        "a second count for {what} in {} (first at startup_counts[{first}]); charts would double-count",
                        c.year
                    ),
                );
            }
        }
    }

    /// A count under a survey category names the sector the category maps to
    /// (none where no sector covers it), so the two cannot disagree.
    fn category_sector(&mut self, i: usize, category: SurveyCategory, sector: Option<&str>) {
        let mapped = category.sector();
        if sector == mapped {
            return;
        }
        let message = match mapped {
            Some(m) => format!("survey category {category:?} maps to sector '{m}'"),
            None => format!("survey category {category:?} maps to no sector"),
        };
        match sector {
            Some(s) => self.problem(
                path!("startup_counts", i, "sector"),
                format!("{message}, not '{}'", shown(s)),
            ),
            None => self.problem(
                path!("startup_counts", i, "category"),
                format!(
                    "{message}; add `sector: Some(\"{}\")`",
                    mapped.unwrap_or_default()
                ),
            ),
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
