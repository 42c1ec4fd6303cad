//! Tests of `AppState::apply` and the saved settings.

use super::*;
use crate::model::InitiativeKind;

/// What the version before `AppState` saved (its `Settings`, as eframe writes it).
const SAVED_BEFORE: &str =
    "(tab:Sector(\"talent\"),theme:Dark,file:Some(\"/data/hk.ron\"),lang:Some(ZhHk))";

#[test]
fn settings_saved_by_the_previous_version_load() {
    let state: AppState = ron::from_str(SAVED_BEFORE).expect("loads");
    assert_eq!(state.tab, Tab::Sector("talent".into()));
    assert_eq!(state.theme, egui::ThemePreference::Dark);
    assert_eq!(state.file, Some(PathBuf::from("/data/hk.ron")));
    assert_eq!(state.lang, Lang::ZhHk);
}

#[test]
fn settings_are_saved_as_the_previous_version_saved_them() {
    let state: AppState = ron::from_str(SAVED_BEFORE).expect("loads");
    assert_eq!(ron::to_string(&state).expect("saves"), SAVED_BEFORE);
}

#[test]
fn an_unchosen_language_follows_the_system() {
    let state: AppState = ron::from_str("(lang: None)").expect("loads");
    assert_eq!(state.lang, Lang::from_environment());
}

#[test]
fn zoom_stays_within_its_limits() {
    let mut state = AppState::default();
    state.apply(Command::SetTimelineZoom(1e6));
    assert_eq!(state.timeline.points_per_year, *style::timeline::ZOOM.end());
    state.apply(Command::SetTimelineZoom(0.0));
    assert_eq!(
        state.timeline.points_per_year,
        *style::timeline::ZOOM.start()
    );
}

#[test]
fn toggling_a_kind_twice_restores_it() {
    let mut state = AppState::default();
    let before = state.timeline.kinds.clone();
    state.apply(Command::ToggleInitiativeKind(InitiativeKind::ALL[0]));
    assert!(!state.timeline.kinds.contains(&InitiativeKind::ALL[0]));
    state.apply(Command::ToggleInitiativeKind(InitiativeKind::ALL[0]));
    assert_eq!(state.timeline.kinds, before);
}
