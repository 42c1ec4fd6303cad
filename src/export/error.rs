//! Why an export failed: a bad spec, a drawing that would not rasterise or
//! encode, or a file that could not be written.

use super::spec::SpecError;
use std::path::PathBuf;

/// Why an export failed. Every message names what was wrong and, for files, the path.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The size or scale is outside the limits (see [`super::ExportSpec::validate`]).
    #[error(transparent)]
    Spec(#[from] SpecError),
    /// The SVG could not be turned into pixels (a bug: our own SVG should always parse).
    #[error("could not rasterise the chart: {0}")]
    Raster(String),
    /// The PNG encoder failed.
    #[error("could not encode the PNG: {0}")]
    Encode(String),
    /// A file of no chart was asked for (a job with an empty chart list).
    #[error("no chart to export")]
    NoChart,
    /// The PDF writer failed.
    #[error("could not write the PDF report: {0}")]
    Pdf(String),
    /// The workbook writer failed.
    #[error("could not write the workbook: {0}")]
    Workbook(String),
    /// The target exists and is a directory, FIFO, device or socket: never replaced.
    #[error("{}: is {what}, not a regular file; refusing to replace it", path.display())]
    NotARegularFile {
        /// The target path.
        path: PathBuf,
        /// What it is instead ("a directory", "a FIFO", …).
        what: &'static str,
    },
    /// Writing, syncing or renaming failed; an existing target is left as it was.
    #[error("{}: could not {action}: {source}", path.display())]
    Io {
        /// The path that failed (the target, or its folder).
        path: PathBuf,
        /// What was being done ("create a temporary file in the folder", …).
        action: &'static str,
        /// The operating system's error.
        source: std::io::Error,
    },
}
