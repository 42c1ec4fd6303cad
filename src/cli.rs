//! The command line: `hk-ai-dashboard [FILE]` opens the window, `check FILE...`
//! validates datasets with compiler-style diagnostics.

use crate::load;
use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::PathBuf;

/// Exit status for valid input.
pub const EXIT_OK: u8 = 0;
/// Exit status for invalid data, an unreadable file or a failed write.
pub const EXIT_INVALID: u8 = 1;
/// Exit status for a usage error (clap uses the same).
pub const EXIT_USAGE: u8 = 2;

/// A desktop dashboard of Hong Kong's artificial-intelligence landscape.
#[derive(Debug, Parser)]
#[command(
    name = "hk-ai-dashboard",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// What to do; without a command, the window opens.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A dataset file (.ron) to open instead of the built-in one.
    pub file: Option<PathBuf>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate dataset files and print each problem as FILE:LINE:COL: error: MESSAGE.
    Check {
        /// The dataset files to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

/// Runs `check` on `files`, writing diagnostics and a summary to `out`.
/// Returns the exit status: 0 when every file is valid, 1 otherwise.
pub fn run_check(files: &[PathBuf], out: &mut dyn Write) -> u8 {
    let mut invalid_files = 0usize;
    let mut problems = 0usize;
    for file in files {
        match load::load_file(file) {
            Ok(dataset) => {
                let _ = writeln!(
                    out,
                    "{}: ok: {} sources, {} sectors, {} initiatives, {} startup counts, {} funding records",
                    file.display(),
                    dataset.sources.len(),
                    dataset.sectors.len(),
                    dataset.initiatives.len(),
                    dataset.startup_counts.len(),
                    dataset.funding.len()
                );
            }
            Err(error) => {
                invalid_files += 1;
                problems += error.problems.len();
                let _ = writeln!(out, "{error}");
            }
        }
    }
    let _ = if invalid_files == 0 {
        writeln!(out, "checked {} file(s): all valid", files.len())
    } else {
        writeln!(
            out,
            "checked {} file(s): {invalid_files} invalid, {problems} problem(s)",
            files.len()
        )
    };
    if invalid_files == 0 {
        EXIT_OK
    } else {
        EXIT_INVALID
    }
}
