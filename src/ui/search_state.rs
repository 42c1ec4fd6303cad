//! The search box's state and its commands. A query is searched once, when it
//! changes (not every frame), against the index built with the data; opening
//! a result changes the tab, selects an initiative, or lists a source's
//! citing records (`search_apply.rs`, which changes the [`super::AppState`]).
//! Plain data, imported by the commands and the state alike.

use crate::analysis::Analysis;
use crate::search::{Results, Target};

/// The most results listed under the box (the count says how many matched).
pub const RESULTS_LISTED: usize = 50;

/// What the search box asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum SearchCommand {
    /// Put the keyboard in the search box (Ctrl+F, Ctrl+K, `/`).
    Focus,
    /// The box took the keyboard: forget the request.
    Focused,
    /// The text in the box changed: search it.
    SetQuery(String),
    /// Move the highlighted result down (positive) or up.
    Move(i32),
    /// Open the highlighted result.
    OpenSelected,
    /// Go to this record.
    Open(Target),
    /// Hide the results (Esc).
    Close,
    /// Hide the list of records citing a source.
    CloseCiting,
    /// The view scrolled to the revealed record: let its highlight fade.
    Revealed,
}

/// A record opened from the search: its tab scrolls to it once and
/// highlights it briefly.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reveal {
    /// The record.
    pub target: Target,
    /// True until the view has scrolled to it.
    pub fresh: bool,
    /// Counts the reveals, so each one flashes anew.
    pub generation: u64,
}

/// The records citing a source, listed in a small window.
#[derive(Debug, Clone, PartialEq)]
pub struct Citing {
    /// The source's position in `sources`.
    pub source: usize,
    /// Key figures, organisations and initiatives citing it.
    pub targets: Vec<Target>,
    /// How many funding records and startup counts cite it besides.
    pub others: usize,
}

/// The search box's state.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchState {
    /// The text in the box.
    pub query: String,
    /// Its results (recomputed when the query or the data changes).
    pub results: Results,
    /// The highlighted result.
    pub selected: usize,
    /// True while the results list shows.
    pub open: bool,
    /// True when the box should take the keyboard on the next frame.
    pub focus: bool,
    /// The record to scroll to and highlight.
    pub reveal: Option<Reveal>,
    /// The list of records citing a source, while it shows.
    pub citing: Option<Citing>,
}

impl SearchState {
    /// Searches the query again in new data (positions in the old data mean
    /// nothing in the new), and forgets what pointed into the old data.
    pub fn refresh(&mut self, analysis: &Analysis) {
        self.results = analysis
            .search
            .search(&analysis.dataset, &self.query, RESULTS_LISTED);
        self.selected = 0;
        self.reveal = None;
        self.citing = None;
    }
}
