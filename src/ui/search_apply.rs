//! What opening a search result does to the [`AppState`]: its tab, the
//! initiative selected, the record scrolled to, or a source's citing records.
//! Kept apart from `search_state.rs` so the search state stays plain data that
//! the commands can name without importing the app state back.

use super::command::Command;
use super::search_state::{Citing, Reveal, SearchCommand};
use super::state::AppState;
use super::tab::Tab;
use crate::search::{self, Target};

impl AppState {
    /// Carries out a search command (called by [`AppState::apply`]).
    pub(super) fn apply_search(&mut self, command: SearchCommand) {
        let search = &mut self.search;
        match command {
            SearchCommand::Focus => {
                search.focus = true;
                search.open = !search.query.trim().is_empty();
            }
            SearchCommand::Focused => search.focus = false,
            SearchCommand::SetQuery(query) => {
                search.query = query;
                search.refresh(&self.analysis);
                search.open = !search.query.trim().is_empty();
            }
            SearchCommand::Move(step) => {
                let last = search.results.hits.len().saturating_sub(1) as i64;
                search.selected =
                    (search.selected as i64 + i64::from(step)).clamp(0, last) as usize;
            }
            SearchCommand::OpenSelected => {
                if let Some(hit) = search.results.hits.get(search.selected) {
                    let target = hit.target;
                    self.open_target(target);
                }
            }
            SearchCommand::Open(target) => self.open_target(target),
            SearchCommand::Close => search.open = false,
            SearchCommand::CloseCiting => search.citing = None,
            SearchCommand::Revealed => {
                if let Some(reveal) = &mut search.reveal {
                    reveal.fresh = false;
                }
            }
        }
    }

    /// Goes to a record: its tab, scrolled to it; an initiative selected on
    /// the timeline; a source's citing records listed.
    fn open_target(&mut self, target: Target) {
        self.search.open = false;
        let dataset = self.analysis.dataset.clone();
        let sector_tab = |s: usize| dataset.sectors.get(s).map(|s| Tab::Sector(s.id.clone()));
        let tab = match target {
            Target::Sector(s) => sector_tab(s),
            Target::KeyFigure { sector, .. } | Target::Organisation { sector, .. } => {
                sector_tab(sector)
            }
            Target::Initiative(i) => {
                if let Some(n) = dataset.initiatives.get(i) {
                    self.apply(Command::SelectInitiative(Some(n.id.clone())));
                }
                Some(Tab::Timeline)
            }
            Target::Source(i) => {
                if let Some(source) = dataset.sources.get(i) {
                    let (targets, others) = search::citing(&dataset, &source.id);
                    self.search.citing = Some(Citing {
                        source: i,
                        targets,
                        others,
                    });
                }
                None
            }
            Target::Chart(_) => Some(Tab::Charts),
        };
        if let Some(tab) = tab {
            self.apply(Command::SelectTab(tab));
        }
        if matches!(
            target,
            Target::KeyFigure { .. } | Target::Organisation { .. } | Target::Chart(_)
        ) {
            let generation = self.search.reveal.map_or(0, |r| r.generation + 1);
            self.search.reveal = Some(Reveal {
                target,
                fresh: true,
                generation,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::app::built_in;

    fn state() -> AppState {
        let mut state = AppState::default();
        let analysis = built_in().expect("the shipped data is valid");
        state.apply(Command::ShowData {
            analysis,
            file: None,
        });
        state
    }

    #[test]
    fn typing_searches_and_arrows_stay_within_the_results() {
        let mut state = state();
        state.apply(Command::Search(SearchCommand::SetQuery("cyberport".into())));
        assert!(state.search.open);
        let hits = state.search.results.hits.len();
        assert!(hits > 2);
        state.apply(Command::Search(SearchCommand::Move(-1)));
        assert_eq!(state.search.selected, 0);
        state.apply(Command::Search(SearchCommand::Move(2)));
        assert_eq!(state.search.selected, 2);
        state.apply(Command::Search(SearchCommand::Move(1000)));
        assert_eq!(state.search.selected, hits - 1);
        state.apply(Command::Search(SearchCommand::SetQuery("  ".into())));
        assert!(!state.search.open);
        assert!(state.search.results.hits.is_empty());
    }

    #[test]
    fn opening_goes_to_the_place() {
        let mut state = state();
        let figure = Target::KeyFigure {
            sector: 1,
            index: 0,
        };
        state.apply(Command::Search(SearchCommand::Open(figure)));
        let sector = state.analysis.dataset.sectors[1].id.clone();
        assert_eq!(state.tab, Tab::Sector(sector));
        assert_eq!(
            state.search.reveal.map(|r| (r.target, r.fresh)),
            Some((figure, true))
        );
        state.apply(Command::Search(SearchCommand::Revealed));
        assert_eq!(state.search.reveal.map(|r| r.fresh), Some(false));

        state.apply(Command::Search(SearchCommand::Open(Target::Initiative(0))));
        assert_eq!(state.tab, Tab::Timeline);
        let first = state.analysis.dataset.initiatives[0].id.clone();
        assert_eq!(state.timeline.selected, Some(first));

        state.apply(Command::Search(SearchCommand::Open(Target::Source(0))));
        assert_eq!(state.tab, Tab::Timeline, "a source opens a list, not a tab");
        assert!(state.search.citing.as_ref().is_some_and(|c| c.source == 0));

        // A position the data does not have goes nowhere, without a panic.
        state.apply(Command::Search(SearchCommand::Open(Target::Initiative(
            usize::MAX,
        ))));
        state.apply(Command::Search(SearchCommand::Open(Target::Sector(
            usize::MAX,
        ))));
        assert_eq!(state.tab, Tab::Timeline);
    }
}
