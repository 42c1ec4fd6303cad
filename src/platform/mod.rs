//! What the binary does differently per operating system, kept out of the
//! library: on Windows the `.exe` is a GUI program, so it borrows the calling
//! terminal's console for the command-line subcommands and tells a person who
//! double-clicked it, in a dialog, when the window cannot open.

#[cfg(windows)]
mod windows;

#[cfg(windows)]
pub use windows::{attach_parent_console, report_window_failure};

/// Elsewhere the standard streams already reach the terminal.
#[cfg(not(windows))]
pub fn attach_parent_console() {}

/// Elsewhere the reason is on standard error, where a desktop launcher logs it.
#[cfg(not(windows))]
pub fn report_window_failure() {}
