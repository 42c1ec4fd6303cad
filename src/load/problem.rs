//! What can be wrong with a dataset: each [`Problem`] with its kind, its place
//! in the file and its record, and the [`LoadError`] that lists them all. Its
//! own module so the loader's parts (locate, validate, notes) share these types
//! without importing the loader itself.

use super::locate::Position;
use super::notes::Note;
use std::fmt;

/// What kind of problem a [`Problem`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemKind {
    /// The file could not be read (missing, a directory, too large, not UTF-8).
    Read,
    /// The text is not RON of the dataset's shape.
    Syntax,
    /// The data parses but breaks a rule (unknown reference, duplicate id, …).
    Invalid,
}

/// One problem found in a dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Read, syntax or validation problem.
    pub kind: ProblemKind,
    /// Where in the file, when known.
    pub position: Option<Position>,
    /// The record path (`initiatives[12].source`), for validation problems.
    pub path: Option<String>,
    /// What is wrong, in a sentence.
    pub message: String,
    /// For people, in either language: the record by its id and one-based
    /// position, and for a wrong reference the values it may take (`in funding
    /// "f1" (record 1); 'space' is not one of: finance, healthcare`).
    /// Validation problems only.
    pub note: Option<Box<Note>>,
}

impl Problem {
    pub(super) fn read(message: impl Into<String>) -> Self {
        Problem {
            kind: ProblemKind::Read,
            position: None,
            path: None,
            message: message.into(),
            note: None,
        }
    }

    /// The problem as a compiler-style line: `FILE:LINE:COL: error: PATH: MESSAGE`.
    pub fn render(&self, origin: &str) -> String {
        let mut out = String::from(origin);
        if let Some(p) = self.position {
            out.push_str(&format!(":{}:{}", p.line, p.column));
        }
        out.push_str(": error: ");
        if let Some(path) = &self.path {
            out.push_str(path);
            out.push_str(": ");
        }
        out.push_str(&self.message);
        out
    }
}

/// Why a dataset could not be loaded: every problem found, in file order.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct LoadError {
    /// The file name (or [`super::EMBEDDED_NAME`]) the problems refer to.
    pub origin: String,
    /// Every problem found; never empty.
    pub problems: Vec<Problem>,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{}", problem.render(&self.origin))?;
        }
        Ok(())
    }
}
