//! The toast on screen: a small frame at the bottom of the window saying
//! what was copied (or why not), for [`style::toast::SECONDS`]; a click
//! hides it sooner. Its state is `toast_state`.

use super::command::Command;
use super::ids;
use super::state::AppState;
use crate::style;
use eframe::egui;
use egui::RichText;

/// Shows the current toast, and asks to hide it when its time is up.
pub fn show(ctx: &egui::Context, state: &AppState, commands: &mut Vec<Command>) {
    let Some(toast) = &state.toasts.current else {
        return;
    };
    let id = egui::Id::unique(ids::TOAST).with(toast.number);
    let now = ctx.input(|i| i.time);
    let since: f64 = ctx.data_mut(|d| *d.get_temp_mut_or_insert_with(id, || now));
    let left = style::toast::SECONDS - (now - since);
    if left <= 0.0 {
        commands.push(Command::DismissToast(toast.number));
        return;
    }
    ctx.request_repaint_after(std::time::Duration::from_secs_f64(left));
    let clicked = egui::Area::new(id)
        .anchor(
            egui::Align2::CENTER_BOTTOM,
            egui::vec2(0.0, -style::toast::OFFSET),
        )
        .order(egui::Order::Foreground)
        .interactable(true)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style())
                .show(ui, |ui| {
                    ui.set_max_width(style::toast::MAX_WIDTH);
                    let mut text = RichText::new(&toast.text);
                    if toast.error {
                        text = text.color(ui.visuals().error_fg_color);
                    }
                    ui.add(egui::Label::new(text).sense(egui::Sense::click()))
                        .clicked()
                })
                .inner
        })
        .inner;
    if clicked {
        commands.push(Command::DismissToast(toast.number));
    }
}
