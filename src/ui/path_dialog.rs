//! The window's own path dialog (state in `path_dialog_state`): a notice
//! saying why the system dialog did not show, a path field, its completions
//! and OK / Cancel. Every change is pushed as a [`Command`].

use super::command::Command;
use super::ids;
use super::modal::{self, Answer};
use super::path_dialog_state::{PathDialog, PathProblem, PathPurpose};
use super::state::AppState;
use crate::i18n::{Lang, T};
use crate::style;
use crate::ui::dialog_probe::NoSystemDialog;
use eframe::egui;
use egui::RichText;

/// Shows the path dialog while it is open.
pub fn show(ctx: &egui::Context, state: &AppState, commands: &mut Vec<Command>) {
    let Some(dialog) = &state.path_dialog else {
        return;
    };
    let lang = state.lang;
    let title = lang.t(match dialog.purpose {
        PathPurpose::Open => T::OpenDialogTitle,
        PathPurpose::SaveFile => T::SaveDialogTitle,
        PathPurpose::Folder => T::FolderDialogTitle,
    });
    let id = egui::Id::unique(ids::PATH_DIALOG);
    let usable = dialog.chosen().is_some();
    let answer = modal::show(ctx, id, title, usable, |ui, buttons| {
        ui.label(RichText::new(lang.t(notice(dialog.reason))).color(ui.visuals().warn_fg_color));
        let label = ui.label(lang.t(T::PathLabel));
        let mut text = dialog.text.clone();
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut text)
                    .desired_width(style::window::PATH_FIELD_WIDTH),
            )
            .labelled_by(label.id);
        buttons.first_control(&field);
        if field.changed() {
            commands.push(Command::EditPath(text));
        }
        if let Some(problem) = dialog.check.problem {
            ui.label(
                RichText::new(lang.t(problem_text(problem))).color(ui.visuals().error_fg_color),
            );
        }
        suggestions(ui, dialog, lang, commands);
        ui.separator();
        ui.horizontal(|ui| {
            buttons.confirm_button(ui, lang.t(confirm_label(dialog.purpose)), usable);
            buttons.cancel_button(ui, lang.t(T::Cancel));
        });
    });
    match answer {
        Answer::Confirm if usable => commands.push(Command::ConfirmPath),
        Answer::Cancel => commands.push(Command::ClosePathDialog),
        _ => {}
    }
}

/// The completions: each a button that puts its path in the field.
fn suggestions(ui: &mut egui::Ui, dialog: &PathDialog, lang: Lang, commands: &mut Vec<Command>) {
    if dialog.check.suggestions.is_empty() {
        return;
    }
    ui.label(RichText::new(lang.t(T::PathSuggestions)).weak());
    egui::ScrollArea::vertical()
        .id_salt(ids::PATH_SUGGESTIONS)
        .max_height(style::window::PATH_SUGGESTIONS_HEIGHT)
        .show(ui, |ui| {
            for path in &dialog.check.suggestions {
                if ui.selectable_label(false, entry_name(path)).clicked() {
                    commands.push(Command::EditPath(path.clone()));
                }
            }
        });
}

/// The last part of a path (a folder keeps its trailing separator).
fn entry_name(path: &str) -> &str {
    const SEPARATORS: [char; 2] = ['/', std::path::MAIN_SEPARATOR];
    let trimmed = path.trim_end_matches(SEPARATORS);
    let start = trimmed.rfind(SEPARATORS).map_or(0, |i| i + 1);
    &path[start..]
}

fn notice(reason: NoSystemDialog) -> T {
    match reason {
        NoSystemDialog::NoSessionBus => T::NoDialogNoBus,
        NoSystemDialog::NoPortal => T::NoDialogNoPortal,
        NoSystemDialog::NoFileChooser => T::NoDialogNoFileChooser,
    }
}

fn problem_text(problem: PathProblem) -> T {
    match problem {
        PathProblem::NoFileName => T::PathNoFileName,
        PathProblem::NoSuchFile => T::PathNoSuchFile,
        PathProblem::NoSuchFolder => T::PathNoSuchFolder,
        PathProblem::IsAFolder => T::PathIsAFolder,
    }
}

fn confirm_label(purpose: PathPurpose) -> T {
    match purpose {
        PathPurpose::Open => T::OpenPath,
        PathPurpose::SaveFile | PathPurpose::Folder => T::SavePath,
    }
}
