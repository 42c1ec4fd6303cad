//! Paints the entries of the strip's lanes: every entry in view is a dot on
//! its date, and a button named "DATE NAME (BODY)"; a cluster's first entry
//! has its label under the dots, and after it a count ("+7") of the others,
//! a button that zooms in on them. Only what is in view is drawn, and dots
//! closer than a fraction of a point are drawn once.

use super::details::entry_name;
use super::layout::{self, Badge, Layout, Placed};
use crate::i18n::T;
use crate::model::Initiative;
use crate::style::{self, timeline as geometry};
use crate::ui::command::Command;
use crate::ui::ids;
use crate::ui::state::{AppState, ScrollTarget};
use eframe::egui;
use egui::{Align2, Pos2, Rect, Role, Sense, Stroke, WidgetInfo, vec2};

/// Where painting happens: the painter, the axis's height and the first year's x.
pub struct Canvas {
    /// Clipped to the strip.
    pub painter: egui::Painter,
    /// The visuals of the strip's ui.
    pub visuals: egui::Visuals,
    /// The axis's y.
    pub axis_y: f32,
    /// The first year's x.
    pub origin: f32,
}

/// Every lane's entries and counts in view, and the entry the strip must
/// scroll to wherever it is. A dot too close to the one before it is drawn
/// once, unless it is the one to scroll to or has the keyboard focus (its
/// button must stay, or egui drops the focus).
pub fn paint(
    ui: &mut egui::Ui,
    state: &AppState,
    canvas: &Canvas,
    layout: &Layout,
    commands: &mut Vec<Command>,
) {
    let view = ui.clip_rect();
    let target = scroll_target(state, layout);
    let focused = ui.memory(|m| m.focused());
    let initiatives = &state.analysis.dataset.initiatives;
    for (l, lane) in layout.lanes.iter().enumerate() {
        let range = layout::in_view(&lane.placed, canvas.origin, view.left()..view.right());
        let mut last_dot = f32::MIN;
        for at in range.clone() {
            let p = &lane.placed[at];
            let crowded = p.x - last_dot < geometry::MIN_DOT_SPACING;
            let kept = || {
                target == Some(p.order)
                    || focused.is_some_and(|f| f == button_id(ui, &initiatives[p.entry]))
            };
            if crowded && p.label.is_none() && !kept() {
                continue;
            }
            last_dot = p.x;
            entry(ui, state, canvas, (l, p), layout, commands);
        }
        for badge in &lane.badges {
            let left = canvas.origin + badge.left;
            if left + badge.width >= view.left() && left <= view.right() {
                count(ui, state, canvas, (l, badge), &lane.placed, commands);
            }
        }
        if let Some((tl, at)) = target.map(|order| layout.spots[order])
            && tl == l
            && !range.contains(&at)
        {
            entry(ui, state, canvas, (l, &lane.placed[at]), layout, commands);
        }
    }
}

/// The place in date order of the entry the strip must scroll to.
fn scroll_target(state: &AppState, layout: &Layout) -> Option<usize> {
    let Some(ScrollTarget::Initiative(id)) = &state.timeline.scroll_to else {
        return None;
    };
    let initiatives = &state.analysis.dataset.initiatives;
    layout
        .entries
        .iter()
        .position(|&i| initiatives[i].id == *id)
}

/// One entry: its dot, its label when it has one, and its button.
fn entry(
    ui: &mut egui::Ui,
    state: &AppState,
    canvas: &Canvas,
    (lane, p): (usize, &Placed),
    layout: &Layout,
    commands: &mut Vec<Command>,
) {
    let n = &state.analysis.dataset.initiatives[p.entry];
    let color = style::initiative_kind_color(n.kind);
    let selected = state.timeline.selected.as_deref() == Some(n.id.as_str());
    let dot = Pos2::new(canvas.origin + p.x, canvas.axis_y + layout::dot_y(lane));
    let hit_size = vec2(geometry::BARE_DOT_HIT, geometry::BARE_DOT_HIT);
    let mut area = Rect::from_center_size(dot, hit_size);
    let label_rect = p.label.as_ref().map(|label| {
        let b = layout::label_box(lane, label.left, label.width);
        Rect::from_min_max(
            Pos2::new(canvas.origin + b.left, canvas.axis_y + b.top),
            Pos2::new(canvas.origin + b.right, canvas.axis_y + b.bottom),
        )
    });
    if let Some(rect) = label_rect {
        area = area.union(rect);
    }
    let hit = entry_button(ui, state, n, area);
    let radius = if selected {
        geometry::SELECTED_DOT_RADIUS
    } else {
        geometry::DOT_RADIUS
    };
    canvas.painter.circle_filled(dot, radius, color);
    if let (Some(rect), Some(label)) = (label_rect, &p.label) {
        let visuals = &canvas.visuals;
        let fill = if selected {
            visuals.selection.bg_fill
        } else if hit.hovered() || hit.has_focus() {
            visuals.widgets.hovered.weak_bg_fill
        } else {
            visuals.extreme_bg_color
        };
        paint_box(ui, canvas, rect, &label.text, (fill, color));
    } else if hit.has_focus() {
        let stroke = Stroke::new(geometry::THIN_STROKE, canvas.visuals.text_color());
        canvas
            .painter
            .circle_stroke(dot, radius + geometry::FOCUS_RING_GAP, stroke);
    }
    if state.timeline.scroll_to == Some(ScrollTarget::Initiative(n.id.clone())) {
        ui.scroll_to_rect(area, Some(egui::Align::Center));
        commands.push(Command::TimelineScrolled);
    }
    let lang = state.lang;
    // Written only while hovered, not for every entry every frame.
    let hit = hit.on_hover_ui(|ui| {
        ui.label(format!("{}\n{}", entry_name(n, lang), n.description));
    });
    if hit.clicked() {
        commands.push(Command::SelectInitiative(Some(n.id.clone())));
    }
    if hit.has_focus() {
        follow_arrows(ui, state, layout, p.order, &hit, commands);
    }
}

/// A cluster's count: "+N", a button that zooms in on the cluster; on hover
/// it lists the entries it stands for.
fn count(
    ui: &mut egui::Ui,
    state: &AppState,
    canvas: &Canvas,
    (lane, badge): (usize, &Badge),
    placed: &[Placed],
    commands: &mut Vec<Command>,
) {
    let initiatives = &state.analysis.dataset.initiatives;
    let Some(head) = badge
        .members
        .start
        .checked_sub(1)
        .and_then(|at| placed.get(at))
    else {
        return;
    };
    let members = placed.get(badge.members.clone()).unwrap_or_default();
    let head_id = &initiatives[head.entry].id;
    let b = layout::label_box(lane, badge.left, badge.width);
    let rect = Rect::from_min_max(
        Pos2::new(canvas.origin + b.left, canvas.axis_y + b.top),
        Pos2::new(canvas.origin + b.right, canvas.axis_y + b.bottom),
    );
    let id = ui.scope_id().with((ids::INITIATIVE, "count", head_id));
    let hit = ui.interact(rect, id, Sense::click());
    let lang = state.lang;
    let name = || lang.format(T::MoreHere, &[&badge.count]);
    hit.widget_info(|| WidgetInfo::labeled(Role::Button, true, name()));
    let visuals = &canvas.visuals;
    let fill = if hit.hovered() || hit.has_focus() {
        visuals.widgets.hovered.weak_bg_fill
    } else {
        visuals.faint_bg_color
    };
    let outline = visuals.weak_text_color();
    paint_box(
        ui,
        canvas,
        rect,
        &format!("+{}", badge.count),
        (fill, outline),
    );
    let hit = hit.on_hover_ui(|ui| {
        ui.label(name());
        for p in members.iter().take(geometry::COUNT_HOVER_NAMES) {
            ui.label(entry_name(&initiatives[p.entry], lang));
        }
        if badge.count > geometry::COUNT_HOVER_NAMES {
            ui.label("…");
        }
    });
    if hit.clicked() {
        let zoom = state.timeline.points_per_year;
        commands.push(Command::SetTimelineZoom(zoom * geometry::COUNT_ZOOM));
        commands.push(Command::FocusInitiative(head_id.clone()));
    }
}

/// A label's or count's box (filled, outlined) and its text.
fn paint_box(
    ui: &egui::Ui,
    canvas: &Canvas,
    rect: Rect,
    text: &str,
    (fill, outline): (egui::Color32, egui::Color32),
) {
    let painter = &canvas.painter;
    painter.rect_filled(rect, geometry::LABEL_RADIUS, fill);
    painter.rect_stroke(
        rect,
        geometry::LABEL_RADIUS,
        Stroke::new(geometry::THIN_STROKE, outline),
        egui::StrokeKind::Inside,
    );
    painter.text(
        Pos2::new(rect.left() + geometry::LABEL_INSET, rect.center().y),
        Align2::LEFT_CENTER,
        text,
        style::font(ui.style(), style::TIMELINE_LABEL),
        canvas.visuals.text_color(),
    );
}

/// Left and Right on a focused entry move the focus to the entry before or
/// after it in date order, in whatever lane, drawn or not: the strip scrolls
/// to it (Enter then opens it). egui's own arrow navigation, which only
/// knows the entries drawn, is turned off for the entries.
fn follow_arrows(
    ui: &mut egui::Ui,
    state: &AppState,
    layout: &Layout,
    order: usize,
    hit: &egui::Response,
    commands: &mut Vec<Command>,
) {
    let arrows = egui::EventFilter {
        horizontal_arrows: true,
        ..Default::default()
    };
    ui.memory_mut(|m| m.set_focus_lock_filter(hit.id, arrows));
    let step = ui.input_mut(|i| {
        let mut pressed = |key| i.consume_key(egui::Modifiers::NONE, key);
        match (
            pressed(egui::Key::ArrowLeft),
            pressed(egui::Key::ArrowRight),
        ) {
            (true, false) => -1,
            (false, true) => 1,
            _ => 0,
        }
    });
    let next = order.checked_add_signed(step).filter(|_| step != 0);
    let Some(&next) = next.and_then(|i| layout.entries.get(i)) else {
        return;
    };
    let next = &state.analysis.dataset.initiatives[next];
    let button = button_id(ui, next);
    ui.memory_mut(|m| m.request_focus(button));
    commands.push(Command::FocusInitiative(next.id.clone()));
}

/// The clickable area of an entry, named for screen readers.
fn entry_button(ui: &mut egui::Ui, state: &AppState, n: &Initiative, rect: Rect) -> egui::Response {
    let hit = ui.interact(rect, button_id(ui, n), Sense::click());
    hit.widget_info(|| WidgetInfo::labeled(Role::Button, true, entry_name(n, state.lang)));
    hit
}

/// The id of an entry's button.
fn button_id(ui: &egui::Ui, n: &Initiative) -> egui::Id {
    ui.scope_id().with((ids::INITIATIVE, &n.id))
}
