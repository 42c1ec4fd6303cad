//! Keyboard navigation inside a tab you can see: a focus stop at the top of
//! the tab (where F6 "skip to content" lands), PageUp/PageDown/Home/End, and
//! the focused control kept in view as Tab moves through the tab.

use super::command::Command;
use super::state::{AppState, TabScroll};
use crate::i18n::T;
use crate::style;
use eframe::egui;

/// The tab's first focus stop, a thin bar across the top of its content that
/// a screen reader reads as "<tab> content". F6 moves the focus here, and the
/// next Tab goes on to the tab's first control.
pub fn content_anchor(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let size = egui::vec2(ui.available_width(), style::window::CONTENT_ANCHOR_HEIGHT);
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::FOCUSABLE);
    let name = state
        .lang
        .format(T::TabContent, &[&state.tab_name(&state.tab)]);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Group, true, &name));
    if state.keyboard.skip_to_content {
        response.request_focus();
        response.scroll_to_me(Some(egui::Align::TOP));
        commands.push(Command::SkippedToContent);
    }
    if response.has_focus() {
        let colour = ui.visuals().selection.stroke.color;
        ui.painter().rect_filled(rect, 0.0, colour);
    }
}

/// Call last inside the tab's scroll area: carries out a PageUp/PageDown/
/// Home/End asked for, and scrolls a control that just took the focus into view.
pub fn scroll(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    if let Some(to) = state.keyboard.scroll {
        let page = ui.clip_rect().height() * style::window::PAGE_FRACTION;
        let content = ui.min_rect();
        let edge = |y: f32| egui::Rect::from_x_y_ranges(content.x_range(), y..=y);
        match to {
            TabScroll::PageDown => ui.scroll_with_delta(egui::vec2(0.0, -page)),
            TabScroll::PageUp => ui.scroll_with_delta(egui::vec2(0.0, page)),
            TabScroll::Top => ui.scroll_to_rect(edge(content.top()), Some(egui::Align::TOP)),
            TabScroll::Bottom => {
                ui.scroll_to_rect(edge(content.bottom()), Some(egui::Align::BOTTOM));
            }
        }
        commands.push(Command::TabScrolled);
    }
    keep_focus_in_view(ui);
}

/// Scrolls the control that took the keyboard focus this frame into view,
/// when it is in this scroll area and not wholly visible.
fn keep_focus_in_view(ui: &egui::Ui) {
    let ctx = ui.ctx();
    let Some(id) = ctx.memory(|m| m.focused()) else {
        return;
    };
    if ctx.memory(|m| m.had_focus_last_frame(id)) {
        return;
    }
    let Some(focused) = ctx.read_response(id) else {
        return;
    };
    let inside = focused.layer_id == ui.layer_id() && ui.min_rect().contains_rect(focused.rect);
    if inside && !ui.clip_rect().contains_rect(focused.rect) {
        ui.scroll_to_rect(focused.rect, None);
    }
}
