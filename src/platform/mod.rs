//! What the program does differently per platform, kept in one place and out
//! of the views: on Windows the `.exe` is a GUI program, so it borrows the
//! calling terminal's console for the command-line subcommands and tells a
//! person who double-clicked it, in a dialog, when the window cannot open; in
//! a browser (`web`) files download through the page, and the page's address
//! and title follow the view. A leaf: it imports nothing of the crate.

#[cfg(target_arch = "wasm32")]
pub mod web;
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
