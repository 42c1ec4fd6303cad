//! The window. Views read the [`AppState`] and push [`Command`]s; the app
//! carries the commands out between frames, so no widget changes state halfway
//! through drawing.
//!
//! Imports go one way (`scripts/check-module-cycles.py` checks): the leaves
//! `tab`, `export_state`, `view_state`, `dialog_probe`, `path_dialog_state` ←
//! `command` ← `state` ← the views; `io` uses `command` and the dialog leaves;
//! `app` uses them all; `shell` uses `app`.
//!
//! - `tab`: [`Tab`] and the one list of tabs; `export_state`: [`ExportDialog`],
//!   [`ExportProgress`]; `view_state`: the parts of the state that belong to one view
//! - `command`: [`Command`], its labels, and the one table of keyboard shortcuts
//! - `state`: [`AppState`] (saved and per-run parts) and `apply`, its only mutator;
//!   `saved_lang`: how the language is saved
//! - `app`: [`DashboardApp`], each frame: gather events → draw views → drain commands
//! - `io`: file dialogs, reading and watching files, the export thread;
//!   `dialog_probe`: whether the desktop can show its file dialog at all;
//!   `path_dialog_state` / `path_dialog`: the window's own path dialog otherwise
//! - `modal`: modal dialogs that work from the keyboard (focus in, Tab cycles,
//!   Escape, Enter, focus back); `shortcuts_list`: the "Keyboard shortcuts" list
//! - `keyboard`: the tab's focus stop (F6), PageUp/PageDown/Home/End, focus kept in view
//! - `shell`: the native window (`run`), saving, X11 WM_CLASS, `StartupProbe`;
//!   in a browser `web_shell` (`start_web`) and `io_web` (in place of `io`)
//! - `share_link`: the view as a URL fragment and back (the web build's links)
//! - `top_bar`: title, file buttons, theme, language, tabs, status, error panel
//! - `search_box`: the search box, its results and the records citing a source;
//!   `search_text`: a result row's text; `search_state`: its state and how its
//!   commands apply
//! - views: `cards` (Overview and sector tabs), `timeline`, `charts_view`
//!   (`table_view`: table twins, a sentence per row for screen readers), `export_dialog`
//! - `widgets`: card grid, card, long lists; `ids`: egui ids, named once
//! - `copy`: "Copy image" / "Copy table" and Ctrl+C on a chart, carried out
//!   with the app's [`crate::clipboard::Clipboard`]; `toast` / `toast_state`: the notice after

mod app;
mod cards;
mod charts_view;
mod command;
mod copy;
mod dialog_probe;
mod export_dialog;
mod export_state;
mod ids;
#[cfg(not(target_arch = "wasm32"))]
mod io;
#[cfg(target_arch = "wasm32")]
#[path = "io_web.rs"]
mod io;
mod keyboard;
mod modal;
mod path_dialog;
mod path_dialog_state;
mod saved_lang;
mod search_apply;
mod search_box;
mod search_state;
mod search_text;
// The desktop follows no share links yet: there only the tests use them.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod share_link;
#[cfg(not(target_arch = "wasm32"))]
mod shell;
mod shortcuts_list;
mod state;
mod tab;
mod table_view;
mod timeline;
mod toast;
mod toast_state;
mod top_bar;
mod view_state;
#[cfg(target_arch = "wasm32")]
mod web_shell;
mod widgets;

pub use app::DashboardApp;
pub use command::{Command, SHORTCUTS, ShortcutCommand};
pub use dialog_probe::NoSystemDialog;
pub use export_state::{ExportDialog, ExportProgress};
#[cfg(not(target_arch = "wasm32"))]
pub use io::{FilePicker, SystemFilePicker};
pub use path_dialog_state::{PathCheck, PathDialog, PathProblem, PathPurpose};
pub use search_state::{Citing, Reveal, SearchCommand, SearchState};
#[cfg(not(target_arch = "wasm32"))]
pub use shell::{APP_ID, STARTUP_PROBE_VAR, StartupProbe, WINDOW_TITLE, run};
pub use state::{
    AppState, ChartControls, KeyboardRequests, Progress, ScrollTarget, TabScroll, TimelineState,
};
pub use tab::Tab;
#[cfg(target_arch = "wasm32")]
pub use web_shell::start as start_web;
