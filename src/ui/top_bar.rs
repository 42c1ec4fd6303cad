//! The window's chrome: the top bar (title, data origin, file buttons, theme,
//! language, the tabs, the status line) and the error panel at the bottom.

use super::command::{self, Command};
use super::ids;
use super::keyboard::{self, Region};
use super::search_box;
use super::state::AppState;
use super::tab::{self, Tab};
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
            #[cfg(target_arch = "wasm32")]
            copy_link(ui, state.lang, commands);
            ui.separator();
            search_box::show(ui, state, commands);
            open
        });
        if let Some(open) = first_row.inner {
            keyboard::remember_region(ui.ctx(), Region::TopBar, first_row.response.rect, open);
        }
        ui.add_space(window::ROW_GAP);
        let tab_row = ui.scope(|ui| tabs(ui, state, commands));
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
        // Steps are files, or a report's parts; one step needs no count.
        let text = match progress.total {
            0 | 1 => lang.t(T::Exporting).to_owned(),
            total => lang.format(T::ExportingStep, &[&(progress.done + 1).min(total), &total]),
        };
        ui.label(text);
    }
    open
}

/// The web build's "Copy link": short on screen (the top bar is one row at
/// 1280 points), its whole purpose as its accessible name (the source cards
/// have "Copy link" buttons of their own).
#[cfg(target_arch = "wasm32")]
fn copy_link(ui: &mut egui::Ui, lang: Lang, commands: &mut Vec<Command>) {
    let response = ui
        .button(lang.t(T::CopyViewLinkButton))
        .on_hover_text(lang.t(T::CopyViewLinkHint));
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Button, true, lang.t(T::CopyViewLink))
    });
    if response.clicked() {
        commands.push(Command::CopyLink);
    }
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

/// One button per tab of [`AppState::tabs`], on one row, its shortcut on
/// hover. When the whole names do not fit the row, sector tabs show the first
/// part of their name (the whole name on hover, and as accessible name); when
/// even those do not fit, the row scrolls, the selected tab kept in view.
/// Returns the id of the selected tab's button, where F6 lands.
fn tabs(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) -> Option<egui::Id> {
    let tabs = state.tabs();
    let names: Vec<String> = tabs.iter().map(|t| state.tab_name(t)).collect();
    let short: Vec<&str> = tabs
        .iter()
        .zip(&names)
        .map(|(tab, name)| match tab {
            Tab::Sector(_) => tab::short_name(name),
            _ => name.as_str(),
        })
        .collect();
    let room = ui.available_width();
    let full = names.iter().map(String::as_str).collect::<Vec<_>>();
    let shown = if row_width(ui, &full) <= room {
        full
    } else {
        short
    };
    let fits = row_width(ui, &shown) <= room;
    let lists = (tabs.as_slice(), names.as_slice(), shown.as_slice());
    let mut draw = |ui: &mut egui::Ui| {
        ui.horizontal(|ui| tab_buttons(ui, state, lists, !fits, commands))
            .inner
    };
    if fits {
        draw(ui)
    } else {
        egui::ScrollArea::horizontal()
            .id_salt(ids::TAB_ROW)
            .show(ui, draw)
            .inner
    }
}

/// The tab buttons: `shown` on screen, `names` read out.
fn tab_buttons(
    ui: &mut egui::Ui,
    state: &AppState,
    (tabs, names, shown): (&[Tab], &[String], &[&str]),
    scrolls: bool,
    commands: &mut Vec<Command>,
) -> Option<egui::Id> {
    let mut selected = None;
    for (i, tab) in tabs.iter().enumerate() {
        let this = state.tab == *tab;
        let response = ui.selectable_label(this, shown[i]);
        let name = &names[i];
        response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, this, name));
        if this {
            selected = Some(response.id);
            if scrolls && newly_selected(ui.ctx(), response.id) {
                response.scroll_to_me(None);
            }
        }
        // The whole name when shortened, and the shortcut: written only while hovered.
        let shortened = shown[i] != name.as_str();
        let shortcut = Command::SelectTabNumber(i).shortcut();
        let response = if shortened || shortcut.is_some() {
            response.on_hover_ui(|ui| {
                let hint = shortcut.map(|s| ui.ctx().format_shortcut(&s));
                ui.label(match (shortened, hint) {
                    (true, Some(hint)) => format!("{name} ({hint})"),
                    (true, None) => name.clone(),
                    (false, Some(hint)) => hint,
                    (false, None) => String::new(),
                });
            })
        } else {
            response
        };
        if response.clicked() {
            commands.push(Command::SelectTab(tab.clone()));
        }
    }
    selected
}

/// True the first time the tab row scrolls to this selected tab's button.
fn newly_selected(ctx: &egui::Context, button: egui::Id) -> bool {
    let key = egui::Id::unique(ids::TAB_ROW);
    let before = ctx.data(|d| d.get_temp::<egui::Id>(key));
    ctx.data_mut(|d| d.insert_temp(key, button));
    before != Some(button)
}

/// How wide a row of tab buttons with these texts is.
fn row_width(ui: &egui::Ui, texts: &[&str]) -> f32 {
    let spacing = ui.spacing();
    let font = egui::TextStyle::Button.resolve(ui.style());
    let color = ui.visuals().text_color();
    let texts_width: f32 = texts
        .iter()
        .map(|t| {
            ui.painter()
                .layout_no_wrap((*t).to_owned(), font.clone(), color)
                .size()
                .x
        })
        .sum();
    let gaps = texts.len().saturating_sub(1) as f32 * spacing.item_spacing.x;
    texts_width + texts.len() as f32 * 2.0 * spacing.button_padding.x + gaps
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
