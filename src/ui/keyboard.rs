//! Keyboard navigation you can see: F6 moves the focus between the top bar,
//! the tab row and the tab's content (a focus stop at its top), PageUp/
//! PageDown/Home/End scroll the tab, and the focused control is kept in view
//! as Tab moves through the tab. [`from_input`] turns the keys pressed into
//! the commands of [`SHORTCUTS`].

use super::command::{Command, SHORTCUTS, ShortcutCommand};
use super::copy;
use super::state::{AppState, TabScroll};
use crate::i18n::T;
use crate::style;
use crate::ui::ids;
use eframe::egui;
use egui::{Key, Modifiers};

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

/// The places F6 moves the focus between, in order (then back to the first).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Region {
    /// The top bar's first row: file buttons, theme, language, search.
    TopBar,
    /// The row of tabs.
    Tabs,
}

/// Where a region was drawn and the control F6 gives the focus to in it.
#[derive(Debug, Clone, Copy)]
struct Drawn {
    rect: egui::Rect,
    first: egui::Id,
}

fn region_key(region: Region) -> egui::Id {
    egui::Id::unique(ids::KEYBOARD_REGIONS).with(region as u8)
}

/// Remembers where `region` was drawn and its control F6 focuses.
pub fn remember_region(ctx: &egui::Context, region: Region, rect: egui::Rect, first: egui::Id) {
    ctx.data_mut(|d| d.insert_temp(region_key(region), Drawn { rect, first }));
}

/// F6: moves the focus from the top bar to the tab row, from the tab row (or
/// from nowhere) to the tab's content, and from the content to the top bar.
/// Returns false when the content is next: its focus stop takes the focus as
/// it is drawn ([`content_anchor`]).
pub fn focus_next_region(ctx: &egui::Context) -> bool {
    let drawn = |region| ctx.data(|d| d.get_temp::<Drawn>(region_key(region)));
    let focused = ctx
        .memory(|m| m.focused())
        .and_then(|id| ctx.read_response(id));
    let within = |region, rect: egui::Rect| {
        drawn(region).is_some_and(|d: Drawn| d.rect.contains(rect.center()))
    };
    let next = match focused.map(|r| r.rect) {
        None => None,
        Some(rect) if within(Region::TopBar, rect) => drawn(Region::Tabs),
        Some(rect) if within(Region::Tabs, rect) => None,
        Some(_) => drawn(Region::TopBar),
    };
    let Some(next) = next else {
        return false;
    };
    ctx.memory_mut(|m| m.request_focus(next.first));
    true
}

/// The commands whose shortcuts were pressed this frame (consumed, so no
/// widget sees them too), and the files dropped on the window.
pub fn from_input(ctx: &egui::Context) -> Vec<Command> {
    // Only a text field takes plain keys; a focused button or card does not.
    let typing = ctx.text_edit_focused();
    // Ctrl+C copies a chart only while one has the focus.
    let chart = copy::focused_chart(ctx);
    ctx.input_mut(|input| {
        let mut found: Vec<Command> = SHORTCUTS
            .iter()
            .filter(|(shortcut, command)| {
                let key = shortcut.logical_key;
                match shortcut.modifiers.is_none() {
                    _ if *command == ShortcutCommand::CopyChart => {
                        chart.is_some() && take_copy(input, shortcut)
                    }
                    true if is_character(key) => !typing && take_typed(input, key),
                    true => !typing && input.consume_shortcut(shortcut),
                    false => input.consume_shortcut(shortcut),
                }
            })
            .map(|(_, command)| match (command, chart) {
                (ShortcutCommand::CopyChart, Some((kind, size))) => {
                    Command::CopyChartImage { kind, size }
                }
                _ => command.command(),
            })
            .collect();
        for file in &input.raw.dropped_files {
            let path = file.path();
            if !path.as_os_str().is_empty() {
                found.push(Command::OpenFile(path.to_path_buf()));
            }
        }
        found
    })
}

/// The copy shortcut pressed: a window's integration turns the system's copy
/// keys (Ctrl+C, Cmd+C, Ctrl+Insert) into [`egui::Event::Copy`] and sends no
/// key; a test sends the key. Either is taken.
fn take_copy(input: &mut egui::InputState, shortcut: &egui::KeyboardShortcut) -> bool {
    let before = input.events.len();
    input.events.retain(|e| !matches!(e, egui::Event::Copy));
    input.events.len() < before || input.consume_shortcut(shortcut)
}

/// True for keys that type a character (`/`), false for keys that do not
/// (PageUp, Home, F6).
fn is_character(key: Key) -> bool {
    key.symbol_or_name().chars().count() == 1
}

/// A shortcut without modifiers (`/`) is a character typed outside any text
/// field: it is recognised by its text, whatever the keyboard layout, and its
/// text is taken so the field it focuses does not receive it.
fn take_typed(input: &mut egui::InputState, key: Key) -> bool {
    let symbol = key.symbol_or_name();
    let before = input.events.len();
    input
        .events
        .retain(|e| !matches!(e, egui::Event::Text(t) if t == symbol));
    let typed = input.events.len() < before;
    if typed {
        input.consume_key(Modifiers::NONE, key);
    }
    typed
}
