//! The window's chrome: the top bar (title, data origin, file buttons, theme,
//! language, the tabs, the status line) and the error panel at the bottom.

use super::command::{self, Command};
use super::ids;
use super::keyboard::{self, Region};
use super::search_box;
use super::state::AppState;
use crate::i18n::{Lang, T};
use crate::style::window;
use eframe::egui;
use egui::RichText;

/// The top bar: a row of title and settings, a row of tabs, the status line.
pub fn show(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    egui::Panel::top(ids::TOP_BAR).show(ui, |ui| {
        ui.add_space(window::TOP_BAR_PAD);
        let first_row = ui.horizontal_wrapped(|ui| {
            let open = title_and_origin(ui, state, commands);
            ui.separator();
            theme_choice(ui, state, commands);
            language_choice(ui, state, commands);
            command::button(ui, state.lang, Command::ShowShortcuts(true), commands);
            ui.separator();
            search_box::show(ui, state, commands);
            open
        });
        if let Some(open) = first_row.inner {
            keyboard::remember_region(ui.ctx(), Region::TopBar, first_row.response.rect, open);
        }
        ui.add_space(window::ROW_GAP);
        let tab_row = ui.horizontal_wrapped(|ui| tabs(ui, state, commands));
        if let Some(selected) = tab_row.inner {
            keyboard::remember_region(ui.ctx(), Region::Tabs, tab_row.response.rect, selected);
        }
        if !state.status.is_empty() {
            ui.label(RichText::new(&state.status).small().weak());
        }
        ui.add_space(window::ROW_GAP);
    });
}

/// The dataset's title and date, where it came from, the file buttons and
/// what runs in the background. Returns the id of "Open…", where F6 lands.
fn title_and_origin(
    ui: &mut egui::Ui,
    state: &AppState,
    commands: &mut Vec<Command>,
) -> Option<egui::Id> {
    let lang = state.lang;
    let dataset = &state.analysis.dataset;
    ui.label(
        RichText::new(lang.pick(&dataset.title, dataset.title_zh.as_ref()))
            .heading()
            .strong(),
    );
    let as_of = crate::i18n::numbers::date(lang, &dataset.as_of);
    ui.label(RichText::new(lang.format(T::AsOf, &[&as_of])).weak());
    ui.separator();
    let origin = match &state.file {
        Some(path) => path.file_name().map_or(path.display().to_string(), |n| {
            n.to_string_lossy().into_owned()
        }),
        None => lang.t(T::BuiltInDataset).to_owned(),
    };
    ui.label(lang.format(T::DataFrom, &[&origin]));
    let open = command::button(ui, lang, Command::PickFile, commands).map(|b| b.id);
    if state.file.is_some() {
        command::button(ui, lang, Command::Reload, commands);
        command::button(ui, lang, Command::OpenBuiltIn, commands);
    }
    if state.loading.is_some() {
        ui.spinner();
    }
    if let Some(progress) = state.exporting {
        ui.spinner();
        let (step, total) = (progress.done + 1, progress.total.max(1));
        ui.label(lang.format(T::Exporting, &[&step, &total]));
    }
    open
}

fn theme_choice(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.lang;
    let mut theme = state.theme;
    egui::ComboBox::from_id_salt(ids::THEME)
        .selected_text(theme_name(theme, lang))
        .show_ui(ui, |ui| {
            for choice in [
                egui::ThemePreference::System,
                egui::ThemePreference::Light,
                egui::ThemePreference::Dark,
            ] {
                ui.selectable_value(&mut theme, choice, theme_name(choice, lang));
            }
        })
        .response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, lang.t(T::Theme)));
    if theme != state.theme {
        commands.push(Command::SetTheme(theme));
    }
}

/// Each language is offered in its own script, so anyone can find theirs.
fn language_choice(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.lang;
    for choice in Lang::ALL {
        if ui
            .selectable_label(lang == choice, choice.native_name())
            .on_hover_text(lang.t(T::Language))
            .clicked()
            && choice != lang
        {
            commands.push(Command::SetLanguage(choice));
        }
    }
}

/// One button per tab of [`AppState::tabs`], its shortcut on hover. Returns
/// the id of the selected tab's button, where F6 lands.
fn tabs(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) -> Option<egui::Id> {
    let mut selected = None;
    for (i, tab) in state.tabs().into_iter().enumerate() {
        let response = ui.selectable_label(state.tab == tab, state.tab_name(&tab));
        if state.tab == tab {
            selected = Some(response.id);
        }
        let response = match Command::SelectTabNumber(i).shortcut() {
            Some(shortcut) => response.on_hover_text(ui.ctx().format_shortcut(&shortcut)),
            None => response,
        };
        if response.clicked() {
            commands.push(Command::SelectTab(tab));
        }
    }
    selected
}

fn theme_name(theme: egui::ThemePreference, lang: Lang) -> &'static str {
    lang.t(match theme {
        egui::ThemePreference::System => T::ThemeSystem,
        egui::ThemePreference::Light => T::ThemeLight,
        egui::ThemePreference::Dark => T::ThemeDark,
    })
}

/// The problems of the last failed load, at the bottom, until dismissed.
pub fn error_panel(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let Some(error) = &state.errors else { return };
    let lang = state.lang;
    egui::Panel::bottom(ids::ERRORS)
        .resizable(true)
        .default_size(window::ERROR_PANEL_HEIGHT)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                let heading =
                    lang.format(T::LoadFailedPanel, &[&error.origin, &error.problems.len()]);
                ui.label(
                    RichText::new(format!("⚠ {heading}"))
                        .strong()
                        .color(ui.visuals().error_fg_color),
                );
                command::button(ui, lang, Command::DismissErrors, commands);
            });
            egui::ScrollArea::vertical().show(ui, |ui| {
                for problem in &error.problems {
                    ui.label(RichText::new(problem.render(&error.origin)).monospace());
                    if let Some(note) = &problem.note {
                        let note = note.render(lang);
                        ui.label(RichText::new(format!("    {note}")).monospace().weak());
                    }
                }
            });
        });
}
