//! Modal dialogs that work from the keyboard: on top of an [`egui::Modal`]
//! (which keeps clicks, Tab and keys off the window behind), the first control
//! takes the focus when the dialog opens, Tab cycles inside it, Escape cancels,
//! Enter confirms (unless the focus is on one of its buttons, which Enter
//! presses), and the focus goes back to the control that opened it.

use eframe::egui;
use egui::{Id, Key, Modifiers, Response, RichText};

/// What the person did with a dialog this frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Nothing that closes it.
    Nothing,
    /// Enter, or the confirming button.
    Confirm,
    /// Escape, a click outside, or the cancelling button.
    Cancel,
}

/// Handed to a dialog's body: focuses its first control, draws its buttons.
pub struct DialogUi {
    opened: bool,
    buttons: Vec<Id>,
    answer: Answer,
}

impl DialogUi {
    /// Gives the focus to `first` on the frame the dialog opens.
    pub fn first_control(&self, first: &Response) {
        if self.opened {
            first.request_focus();
        }
    }

    /// The button that confirms (greyed out while `enabled` is false).
    pub fn confirm_button(&mut self, ui: &mut egui::Ui, label: &str, enabled: bool) {
        if self.button(ui, label, enabled).clicked() {
            self.answer = Answer::Confirm;
        }
    }

    /// The button that cancels.
    pub fn cancel_button(&mut self, ui: &mut egui::Ui, label: &str) {
        if self.button(ui, label, true).clicked() {
            self.answer = Answer::Cancel;
        }
    }

    fn button(&mut self, ui: &mut egui::Ui, label: &str, enabled: bool) -> Response {
        let response = ui.add_enabled(enabled, egui::Button::new(label));
        self.buttons.push(response.id);
        response
    }
}

/// Shows a modal dialog titled `title` with `body`, and says what the person
/// did. `can_confirm` says whether Enter may confirm now.
pub fn show(
    ctx: &egui::Context,
    id: Id,
    title: &str,
    can_confirm: bool,
    body: impl FnOnce(&mut egui::Ui, &mut DialogUi),
) -> Answer {
    let opened = just_opened(ctx, id);
    let enter = can_confirm && enter_confirms(ctx, id);
    let mut dialog = DialogUi {
        opened,
        buttons: Vec::new(),
        answer: Answer::Nothing,
    };
    let response = egui::Modal::new(id).show(ctx, |ui| {
        name_dialog(ui, title);
        ui.label(RichText::new(title).heading());
        ui.add_space(crate::style::window::SECTION_GAP);
        body(ui, &mut dialog);
    });
    ctx.data_mut(|d| d.insert_temp(id.with(BUTTONS), dialog.buttons.clone()));
    let answer = match dialog.answer {
        Answer::Nothing if enter => Answer::Confirm,
        Answer::Nothing if response.should_close() => Answer::Cancel,
        answer => answer,
    };
    if answer != Answer::Nothing {
        return_focus(ctx, id);
    }
    answer
}

/// Names the modal's node (a dialog) by its title, so a screen reader
/// announces the dialog by its title when the focus moves into it.
fn name_dialog(ui: &egui::Ui, title: &str) {
    let modal = ui
        .stack()
        .iter()
        .find(|frame| frame.kind() == Some(egui::UiKind::Modal))
        .map(|frame| frame.unique_id);
    if let Some(modal) = modal {
        ui.ctx()
            .accesskit_node_builder(modal, |node| node.set_label(title));
    }
}

/// Temporary-memory keys under the dialog's id.
const SHOWN: &str = "shown on frame";
const OPENER: &str = "opener";
const BUTTONS: &str = "buttons";
/// Temporary-memory key of the pending [`FocusBack`].
const FOCUS_BACK: &str = "modal focus back";

/// True on the first frame a dialog is shown (it was not shown on the frame
/// before); then remembers the focused control, to give the focus back later.
fn just_opened(ctx: &egui::Context, id: Id) -> bool {
    let frame = ctx.cumulative_frame_nr();
    let shown_before = ctx.data_mut(|d| {
        let before = d.get_temp::<u64>(id.with(SHOWN));
        d.insert_temp(id.with(SHOWN), frame);
        before
    });
    let opened = shown_before.is_none_or(|f| f + 1 < frame);
    if opened {
        let opener = ctx.memory(|m| m.focused());
        ctx.data_mut(|d| d.insert_temp(id.with(OPENER), opener));
    }
    opened
}

/// True when Enter was pressed in the topmost dialog with the focus elsewhere
/// than on one of its buttons; the key is then taken, so no control sees it.
fn enter_confirms(ctx: &egui::Context, id: Id) -> bool {
    let layer = egui::LayerId::new(egui::Order::Foreground, id);
    let on_top = ctx.memory(|m| m.top_modal_layer()) == Some(layer);
    let buttons: Vec<Id> = ctx.data(|d| d.get_temp(id.with(BUTTONS)).unwrap_or_default());
    let focused = ctx.memory(|m| m.focused());
    let on_button = focused.is_some_and(|f| buttons.contains(&f));
    on_top && !on_button && ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Enter))
}

/// Where the focus goes back to once a closed dialog is gone: egui limits
/// focus to the top dialog's layer until the frame after it was last shown.
#[derive(Clone, Copy)]
struct FocusBack {
    closed: egui::LayerId,
    to: Id,
}

/// Remembers to give the focus back to the control that had it when the
/// dialog opened ([`give_back_focus`] does, once the dialog is gone).
fn return_focus(ctx: &egui::Context, id: Id) {
    let opener: Option<Id> = ctx.data(|d| d.get_temp(id.with(OPENER)).flatten());
    if let Some(to) = opener {
        let closed = egui::LayerId::new(egui::Order::Foreground, id);
        ctx.data_mut(|d| d.insert_temp(Id::NULL.with(FOCUS_BACK), FocusBack { closed, to }));
    }
}

/// Call once a frame before drawing: gives the focus back to the control that
/// opened a dialog closed on an earlier frame.
pub fn give_back_focus(ctx: &egui::Context) {
    let key = Id::NULL.with(FOCUS_BACK);
    let Some(back) = ctx.data(|d| d.get_temp::<FocusBack>(key)) else {
        return;
    };
    if ctx.memory(|m| m.top_modal_layer()) != Some(back.closed) {
        ctx.memory_mut(|m| m.request_focus(back.to));
        ctx.data_mut(|d| d.remove::<FocusBack>(key));
    }
}
