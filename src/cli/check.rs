//! `check FILE...`: validates datasets and prints each problem as
//! `FILE:LINE:COL: error: MESSAGE`, with a `  = note:` line naming its record
//! (id and one-based position) and, for a wrong reference, the valid values;
//! then a summary.

use super::{EXIT_INVALID, EXIT_OK, output_failed};
use crate::i18n::Lang;
use crate::load;
use std::io::{self, Write};
use std::path::PathBuf;

/// Runs `check` on `files`, writing diagnostics and a summary to `out`.
/// Returns the exit status: 0 when every file is valid, 1 otherwise, and 1
/// when `out` cannot be written (see [`super::output_failed`]).
pub fn run_check(files: &[PathBuf], out: &mut dyn Write) -> u8 {
    check(files, out).unwrap_or_else(output_failed)
}

fn check(files: &[PathBuf], out: &mut dyn Write) -> io::Result<u8> {
    let mut invalid_files = 0usize;
    let mut problems = 0usize;
    for file in files {
        match load::load_file(file) {
            Ok(dataset) => writeln!(
                out,
                "{}: ok: {} sources, {} sectors, {} initiatives, {} startup counts, {} funding records",
                file.display(),
                dataset.sources.len(),
                dataset.sectors.len(),
                dataset.initiatives.len(),
                dataset.startup_counts.len(),
                dataset.funding.len()
            )?,
            Err(error) => {
                invalid_files += 1;
                problems += error.problems.len();
                for problem in &error.problems {
                    writeln!(out, "{}", problem.render(&error.origin))?;
                    if let Some(note) = &problem.note {
                        writeln!(out, "  = note: {}", note.render(Lang::En))?;
                    }
                }
            }
        }
    }
    if invalid_files == 0 {
        writeln!(out, "checked {} file(s): all valid", files.len())?;
    } else {
        writeln!(
            out,
            "checked {} file(s): {invalid_files} invalid, {problems} problem(s)",
            files.len()
        )?;
    }
    out.flush()?;
    Ok(if invalid_files == 0 {
        EXIT_OK
    } else {
        EXIT_INVALID
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader that has gone away.
    struct ClosedPipe;

    impl Write for ClosedPipe {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::ErrorKind::BrokenPipe.into())
        }
        fn flush(&mut self) -> io::Result<()> {
            Err(io::ErrorKind::BrokenPipe.into())
        }
    }

    #[test]
    fn output_that_cannot_be_written_fails_the_check() {
        let shipped = [PathBuf::from("data/hk_ai.ron")];
        assert_eq!(run_check(&shipped, &mut Vec::new()), EXIT_OK);
        assert_eq!(run_check(&shipped, &mut ClosedPipe), EXIT_INVALID);
    }
}
