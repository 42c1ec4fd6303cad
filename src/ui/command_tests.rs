//! Tests of the command table: shortcuts, labels.

use super::*;

#[test]
fn every_shortcut_is_unique_and_found_by_its_command() {
    for (i, (shortcut, command)) in SHORTCUTS.iter().enumerate() {
        assert_eq!(command.shortcut(), Some(*shortcut), "{command:?}");
        assert!(
            SHORTCUTS[..i].iter().all(|(s, _)| s != shortcut),
            "{shortcut:?} twice"
        );
    }
}

#[test]
fn the_ninth_tab_has_a_shortcut_and_the_tenth_has_none() {
    let ctx = egui::Context::default();
    let ninth = Command::SelectTabNumber(8)
        .shortcut()
        .map(|s| ctx.format_shortcut(&s));
    assert_eq!(ninth.as_deref(), Some("Ctrl+9"));
    assert_eq!(Command::SelectTabNumber(9).shortcut(), None);
    assert_eq!(Command::CycleTab(-1).shortcut(), Some(ctrl_shift(Key::Tab)));
}

#[test]
fn buttons_have_labels_in_both_languages() {
    for command in [Command::PickFile, Command::Reload, Command::OpenBuiltIn] {
        for lang in Lang::ALL {
            assert!(command.label(lang).is_some_and(|l| !l.is_empty()));
        }
    }
    assert_eq!(Command::SelectTab(Tab::Overview).label(Lang::En), None);
}
