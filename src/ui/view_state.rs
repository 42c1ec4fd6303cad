//! The parts of [`super::AppState`] that belong to one view: the chart
//! controls, the timeline's filters and zoom, a running export's progress.
//! Plain data; only `AppState::apply` changes them.

use crate::analysis::Analysis;
use crate::charts::{ChartOptions, FundingMoney};
use crate::model::{InitiativeId, InitiativeKind, SectorId};
use crate::style;
use std::collections::{BTreeSet, HashSet};
use std::hash::Hash;
use std::ops::RangeInclusive;

/// How far a running export got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Progress {
    /// Files written.
    pub done: usize,
    /// Files to write (0 until the export thread says).
    pub total: usize,
}

/// The controls every chart shares (the language is [`AppState::lang`]).
#[derive(Debug, Clone, PartialEq)]
pub struct ChartControls {
    /// The years shown on every time chart.
    pub years: RangeInclusive<i32>,
    /// Funding as share of each year's AI-specific total instead of HK$.
    pub funding_as_share: bool,
    /// AI-specific funding alone, or with general I&T money stacked apart.
    pub funding_money: FundingMoney,
    /// Government initiatives drawn as markers on the year axis.
    pub show_initiatives: bool,
}

impl ChartControls {
    /// Every year of the data, funding in HK$, initiatives marked: as the charts start.
    pub fn for_analysis(analysis: &Analysis) -> Self {
        let defaults = ChartOptions::for_stats(&analysis.stats);
        ChartControls {
            years: defaults.years,
            funding_as_share: defaults.share,
            funding_money: defaults.funding_money,
            show_initiatives: defaults.show_initiatives,
        }
    }
}

/// The timeline's filters, zoom, selection and view.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineState {
    /// Kinds shown (all by default).
    pub kinds: BTreeSet<InitiativeKind>,
    /// Only initiatives of this sector, on the Timeline tab (`None`: all).
    pub sector: Option<SectorId>,
    /// The initiative whose details are shown.
    pub selected: Option<InitiativeId>,
    /// The list twin instead of the strip.
    pub list_view: bool,
    /// Zoom: horizontal points per year.
    pub points_per_year: f32,
    /// Where the strip should scroll on its next frame (then cleared).
    pub scroll_to: Option<ScrollTarget>,
}

/// How the tab shown should scroll, asked from the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TabScroll {
    /// One page up (PageUp).
    PageUp,
    /// One page down (PageDown).
    PageDown,
    /// To the top (Home).
    Top,
    /// To the bottom (End).
    Bottom,
}

/// What the keyboard asked of the window for its next frame, and whether the
/// list of shortcuts is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct KeyboardRequests {
    /// Scroll the tab shown (then cleared).
    pub scroll: Option<TabScroll>,
    /// Move the focus to the tab's first control (then cleared).
    pub skip_to_content: bool,
    /// The "Keyboard shortcuts" list is open.
    pub shortcuts_open: bool,
}

/// A place the timeline strip scrolls to once.
#[derive(Debug, Clone, PartialEq)]
pub enum ScrollTarget {
    /// The latest years (where the strip opens).
    Latest,
    /// An initiative's label, centred.
    Initiative(InitiativeId),
}

impl Default for TimelineState {
    fn default() -> Self {
        TimelineState {
            kinds: InitiativeKind::ALL.into_iter().collect(),
            sector: None,
            selected: None,
            list_view: false,
            points_per_year: style::timeline::DEFAULT_ZOOM,
            scroll_to: Some(ScrollTarget::Latest),
        }
    }
}

impl TimelineState {
    /// The strip opens on its latest entries, whatever was shown before,
    /// unless it opens to show one initiative (a search result).
    pub fn open_on_latest(&mut self) {
        if !matches!(self.scroll_to, Some(ScrollTarget::Initiative(_))) {
            self.scroll_to = Some(ScrollTarget::Latest);
        }
    }
}

/// Adds `item` to `set`, or removes it if it is there.
pub(super) fn toggle<T>(set: &mut impl SetLike<T>, item: T) {
    if !set.remove_item(&item) {
        set.insert_item(item);
    }
}

/// The two set types the state toggles members of.
pub(super) trait SetLike<T> {
    fn remove_item(&mut self, item: &T) -> bool;
    fn insert_item(&mut self, item: T);
}

impl<T: Hash + Eq> SetLike<T> for HashSet<T> {
    fn remove_item(&mut self, item: &T) -> bool {
        self.remove(item)
    }
    fn insert_item(&mut self, item: T) {
        self.insert(item);
    }
}

impl<T: Ord> SetLike<T> for BTreeSet<T> {
    fn remove_item(&mut self, item: &T) -> bool {
        self.remove(item)
    }
    fn insert_item(&mut self, item: T) {
        self.insert(item);
    }
}
