//! Loading a dataset: read (bounded), parse RON, validate, index.
//!
//! Every failure is a [`LoadError`] listing every [`Problem`] found, each with a
//! line and column where one can be given, so `check` can print compiler-style
//! diagnostics and the window can show them. Nothing here panics on any input.

mod locate;
mod notes;
mod problem;
pub use notes::{Note, Record, ValidValues};
pub use problem::{LoadError, Problem, ProblemKind};
mod ron_scan;
mod validate;

use crate::model::{Dataset, ValidDataset};
use std::io::Read;
use std::path::Path;
use web_time::Instant;

pub use locate::{Position, Step, format_path, locate, position_of};

/// The largest dataset file read, in bytes: a hostile file gets an error, not an
/// out-of-memory. 64 MiB is far above a 100,000-record dataset (~25 MiB).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// The deepest nesting `ron` follows: a 100,000-deep file gets an error, not a
/// stack overflow. The schema itself nests five levels deep.
pub const MAX_NESTING: usize = 64;

/// The dataset shipped inside the binary (`data/hk_ai.ron`).
pub const EMBEDDED_DATASET: &str = include_str!("../../data/hk_ai.ron");

/// The name the embedded dataset goes by in diagnostics.
pub const EMBEDDED_NAME: &str = "<embedded data/hk_ai.ron>";

/// Parses and validates dataset text. `origin` names the text in diagnostics.
pub fn parse_dataset(text: &str, origin: &str) -> Result<ValidDataset, LoadError> {
    let fail = |problems| LoadError {
        origin: origin.to_owned(),
        problems,
    };
    // A byte-order mark is legal at the start of a UTF-8 file; ron does not skip it.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(fail(vec![Problem::read("the file is empty")]));
    }
    let options = ron::Options::default().with_recursion_limit(MAX_NESTING);
    let dataset: Dataset = options.from_str(text).map_err(|e| {
        fail(vec![Problem {
            kind: ProblemKind::Syntax,
            position: Some(Position {
                line: e.span.start.line,
                column: e.span.start.col,
            }),
            path: None,
            message: with_hint(clipped(e.code.to_string())),
            note: None,
        }])
    })?;
    let problems = validate::validate(&dataset, text);
    if problems.is_empty() {
        Ok(ValidDataset::new(dataset))
    } else {
        Err(fail(problems))
    }
}

/// The longest syntax message kept, in characters: `ron` quotes what it found
/// (a field name, an identifier), and a hostile file's may be megabytes long.
const MAX_MESSAGE_CHARS: usize = 400;

fn clipped(message: String) -> String {
    match message.char_indices().nth(MAX_MESSAGE_CHARS) {
        None => message,
        Some((cut, _)) => format!("{}…", &message[..cut]),
    }
}

/// Adds what to write to a message about a missing field whose meaning is not
/// obvious from its name.
fn with_hint(message: String) -> String {
    if message.contains("missing field named `scope` in `Funding`") {
        format!(
            "{message}: every funding record says whether its money is AiSpecific, PartlyAi or GeneralInnovation, with a scope_note giving the reason"
        )
    } else {
        message
    }
}

/// The dataset compiled into the binary.
pub fn embedded_dataset() -> Result<ValidDataset, LoadError> {
    let started = Instant::now();
    logged(
        parse_dataset(EMBEDDED_DATASET, EMBEDDED_NAME),
        EMBEDDED_NAME,
        started,
    )
}

/// Reads, parses and validates a dataset file. Refuses directories, devices and
/// FIFOs (reading a FIFO would block), files over [`MAX_FILE_BYTES`], and text
/// that is not UTF-8.
pub fn load_file(path: &Path) -> Result<ValidDataset, LoadError> {
    let started = Instant::now();
    let origin = path.display().to_string();
    let text = read_bounded(path).map_err(|problem| LoadError {
        origin: origin.clone(),
        problems: vec![problem],
    });
    let result = text.and_then(|text| parse_dataset(&text, &origin));
    logged(result, &origin, started)
}

/// Parses and validates a dataset file's bytes that arrived some other way
/// than a path (a browser's file picker): the same size and UTF-8 rules as
/// [`load_file`]. `origin` names the file in diagnostics.
pub fn load_bytes(bytes: Vec<u8>, origin: &str) -> Result<ValidDataset, LoadError> {
    let started = Instant::now();
    let text = if bytes.len() as u64 > MAX_FILE_BYTES {
        Err(Problem::read(format!(
            "is {} bytes; the limit is {MAX_FILE_BYTES} bytes (64 MiB)",
            bytes.len()
        )))
    } else {
        text_of(bytes)
    };
    let text = text.map_err(|problem| LoadError {
        origin: origin.to_owned(),
        problems: vec![problem],
    });
    let result = text.and_then(|text| parse_dataset(&text, origin));
    logged(result, origin, started)
}

/// Logs a load's outcome (`RUST_LOG=info`): the records and the time taken, or
/// how many problems were found (each is shown to the person, not logged).
fn logged(
    result: Result<ValidDataset, LoadError>,
    origin: &str,
    started: Instant,
) -> Result<ValidDataset, LoadError> {
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    match &result {
        Ok(dataset) => log::info!(
            "loaded {}: {} sectors, {} initiatives, {} startup counts, {} funding records, {} sources in {ms:.1} ms",
            origin,
            dataset.sectors.len(),
            dataset.initiatives.len(),
            dataset.startup_counts.len(),
            dataset.funding.len(),
            dataset.sources.len(),
        ),
        Err(error) => log::warn!(
            "could not load {origin}: {} problem(s), the first: {}",
            error.problems.len(),
            error.problems.first().map_or("", |p| p.message.as_str())
        ),
    }
    result
}

fn read_bounded(path: &Path) -> Result<String, Problem> {
    let metadata = std::fs::metadata(path).map_err(|e| Problem::read(io_message(&e)))?;
    if metadata.is_dir() {
        return Err(Problem::read("is a directory, not a dataset file"));
    }
    if !metadata.is_file() {
        return Err(Problem::read(
            "is not a regular file (a device, FIFO or socket)",
        ));
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(Problem::read(format!(
            "is {} bytes; the limit is {} bytes (64 MiB)",
            metadata.len(),
            MAX_FILE_BYTES
        )));
    }
    let file = std::fs::File::open(path).map_err(|e| Problem::read(io_message(&e)))?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Problem::read(io_message(&e)))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Problem::read("grew past the 64 MiB limit while being read"));
    }
    text_of(bytes)
}

/// The bytes as text, or where they stop being UTF-8.
fn text_of(bytes: Vec<u8>) -> Result<String, Problem> {
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let valid = String::from_utf8_lossy(&e.as_bytes()[..offset]).into_owned();
        Problem {
            kind: ProblemKind::Read,
            position: Some(position_of(&valid, offset)),
            path: None,
            message: "the file is not valid UTF-8 text".to_owned(),
            note: None,
        }
    })
}

fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => format!("cannot be read: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_dataset_is_valid() {
        if let Err(e) = embedded_dataset() {
            panic!("embedded dataset invalid:\n{e}");
        }
    }

    #[test]
    fn bytes_load_like_a_file_and_bad_bytes_are_located() {
        let good = load_bytes(EMBEDDED_DATASET.as_bytes().to_vec(), "picked.ron");
        assert!(good.is_ok());
        let error = load_bytes(b"(\n  sectors: \xff".to_vec(), "bad.ron").unwrap_err();
        assert_eq!(error.origin, "bad.ron");
        assert_eq!(error.problems[0].kind, ProblemKind::Read);
        assert_eq!(
            error.problems[0].position,
            Some(Position {
                line: 2,
                column: 12
            })
        );
        let empty = load_bytes(Vec::new(), "empty.ron").unwrap_err();
        assert_eq!(empty.problems.len(), 1);
    }

    #[test]
    fn problems_render_compiler_style() {
        let p = Problem {
            kind: ProblemKind::Invalid,
            position: Some(Position { line: 3, column: 7 }),
            path: Some("funding[2].sector".into()),
            message: "unknown sector 'x'".into(),
            note: None,
        };
        assert_eq!(
            p.render("a.ron"),
            "a.ron:3:7: error: funding[2].sector: unknown sector 'x'"
        );
        assert_eq!(
            Problem::read("no such file").render("b.ron"),
            "b.ron: error: no such file"
        );
    }
}
