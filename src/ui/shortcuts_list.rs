//! The "Keyboard shortcuts" list (F1, or the button in the top bar), made
//! from [`SHORTCUTS`], the same table the window listens to, so it cannot
//! list a shortcut that does not work or miss one that does.

use super::command::{Command, SHORTCUTS, ShortcutCommand};
use super::ids;
use super::modal::{self, Answer};
use super::state::AppState;
use super::state::TabScroll;
use crate::i18n::{Lang, T};
use crate::style;
use eframe::egui;
use egui::RichText;

/// Shows the list while it is open.
pub fn show(ctx: &egui::Context, state: &AppState, commands: &mut Vec<Command>) {
    if !state.keyboard.shortcuts_open {
        return;
    }
    let lang = state.lang;
    let tabs = state.tabs();
    let tab_name = |i: usize| tabs.get(i).map(|tab| state.tab_name(tab));
    let id = egui::Id::unique(ids::SHORTCUTS_LIST);
    let title = lang.t(T::KeyboardShortcuts);
    let answer = modal::show(ctx, id, title, true, |ui, buttons| {
        egui::ScrollArea::vertical()
            .max_height(style::window::SHORTCUTS_LIST_HEIGHT)
            .show(ui, |ui| {
                egui::Grid::new(ids::SHORTCUTS_GRID)
                    .num_columns(2)
                    .striped(true)
                    .spacing(style::window::TABLE_SPACING)
                    .show(ui, |ui| {
                        ui.label(RichText::new(lang.t(T::KeyColumn)).strong());
                        ui.label(RichText::new(lang.t(T::KeyAction)).strong());
                        ui.end_row();
                        for (shortcut, command) in SHORTCUTS {
                            ui.label(RichText::new(ctx.format_shortcut(&shortcut)).monospace());
                            ui.label(describe(command, lang, tab_name));
                            ui.end_row();
                        }
                    });
            });
        ui.separator();
        buttons.cancel_button(ui, lang.t(T::Close));
    });
    if answer != Answer::Nothing {
        commands.push(Command::ShowShortcuts(false));
    }
}

/// What it does, as the "Keyboard shortcuts" list says it; `tab_name`
/// names the tab at a position.
fn describe(
    command: ShortcutCommand,
    lang: Lang,
    tab_name: impl Fn(usize) -> Option<String>,
) -> String {
    let key = match command {
        ShortcutCommand::NextTab => T::KeyNextTab,
        ShortcutCommand::PreviousTab => T::KeyPreviousTab,
        ShortcutCommand::PickFile => T::OpenDialogTitle,
        ShortcutCommand::TabNumber(i) => {
            let name = tab_name(i).unwrap_or_default();
            return lang.format(T::KeyShowTab, &[&name]);
        }
        ShortcutCommand::Search | ShortcutCommand::SearchPalette | ShortcutCommand::SearchSlash => {
            T::KeySearch
        }
        ShortcutCommand::Timeline => {
            return lang.format(T::KeyShowTab, &[&lang.t(T::Timeline)]);
        }
        ShortcutCommand::Charts => return lang.format(T::KeyShowTab, &[&lang.t(T::Charts)]),
        ShortcutCommand::Scroll(TabScroll::PageDown) => T::KeyPageDown,
        ShortcutCommand::Scroll(TabScroll::PageUp) => T::KeyPageUp,
        ShortcutCommand::Scroll(TabScroll::Top) => T::KeyTop,
        ShortcutCommand::Scroll(TabScroll::Bottom) => T::KeyBottom,
        ShortcutCommand::SkipToContent => T::KeySkipToContent,
        ShortcutCommand::ShowShortcuts => T::KeyboardShortcuts,
        ShortcutCommand::CopyChart => T::KeyCopyChart,
    };
    lang.t(key).to_owned()
}
