//! Paints the timeline strip: the year axis along the top, and below it each
//! entry in view as a dot with a stem to its label (or a bare dot when its
//! lanes are full). Each label and bare dot is a button for screen readers.

use super::details::{entry_name, initiative_name};
use super::layout::{self, Entry, Layout, LayoutKey, Placed};
use crate::i18n::T;
use crate::model::Initiative;
use crate::style::{self, timeline as geometry};
use crate::ui::command::Command;
use crate::ui::ids;
use crate::ui::state::{AppState, ScrollTarget};
use eframe::egui;
use egui::{Align2, Pos2, Rect, Role, Sense, Stroke, WidgetInfo, vec2};
use std::sync::Arc;

/// Where painting happens: the painter, the axis's height and the first year's x.
struct Canvas {
    painter: egui::Painter,
    visuals: egui::Visuals,
    axis_y: f32,
    origin: f32,
}

/// Shows the strip of `entries` (indexes into the initiatives, in date order).
pub fn strip(
    ui: &mut egui::Ui,
    state: &AppState,
    entries: Vec<usize>,
    commands: &mut Vec<Command>,
) {
    let initiatives = &state.analysis.dataset.initiatives;
    let year_of = |i: usize| initiatives[i].date.year;
    let first_year = entries.first().map_or(2000, |&i| year_of(i));
    let last_year = entries.last().map_or(first_year, |&i| year_of(i)) + 1;
    let layout = cached_layout(ui, state, entries, first_year);
    let zoom = state.timeline.points_per_year;
    let size = layout::strip_size(first_year, last_year, zoom, layout::lanes(&layout.placed));
    egui::ScrollArea::horizontal()
        .id_salt(ids::TIMELINE_STRIP)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            let (rect, response) = ui.allocate_exact_size(size.into(), Sense::hover());
            let name = state.lang.format(
                T::TimelineOf,
                &[&layout.placed.len(), &first_year, &(last_year - 1)],
            );
            response.widget_info(|| WidgetInfo::labeled(Role::Group, true, &name));
            // Ctrl + wheel zooms while hovering the strip.
            let wheel_zoom = ui.input(|i| i.zoom_delta());
            if response.hovered() && wheel_zoom != 1.0 {
                commands.push(Command::SetTimelineZoom(zoom * wheel_zoom));
            }
            // The axis runs along the top, so the years are in view at once and
            // label lanes stack downwards.
            let canvas = Canvas {
                painter: ui.painter_at(rect),
                visuals: ui.visuals().clone(),
                axis_y: rect.top() + geometry::AXIS_HEIGHT,
                origin: rect.left() + geometry::LEFT_MARGIN,
            };
            paint_axis(ui, &canvas, rect, first_year..=last_year, zoom);
            if state.timeline.scroll_to == Some(ScrollTarget::Latest) {
                let end =
                    Rect::from_min_size(Pos2::new(rect.right() - 1.0, rect.top()), vec2(1.0, 1.0));
                ui.scroll_to_rect(end, Some(egui::Align::Max));
                commands.push(Command::TimelineScrolled);
            }
            for (at, placed) in drawn(ui, state, &layout.placed, canvas.origin) {
                let hit = paint_entry(ui, state, &canvas, placed, commands);
                if hit.has_focus() {
                    follow_arrows(ui, state, &layout.placed, at, &hit, commands);
                }
            }
        });
}

/// The lane layout for these entries, made again only when they, the zoom,
/// the language or the data change. It lives in egui's temporary memory, so
/// drawing never writes to the app's state.
fn cached_layout(
    ui: &egui::Ui,
    state: &AppState,
    entries: Vec<usize>,
    first_year: i32,
) -> Arc<Layout> {
    let key = LayoutKey {
        dataset: Arc::as_ptr(&state.analysis.dataset) as usize,
        entries,
        points_per_year: state.timeline.points_per_year,
        lang: state.lang,
    };
    let id = egui::Id::unique(ids::TIMELINE_LAYOUT);
    if let Some(layout) = ui.data(|d| d.get_temp::<Arc<Layout>>(id))
        && layout.key == key
    {
        return layout;
    }
    let initiatives = &state.analysis.dataset.initiatives;
    let font = style::font(ui.style(), style::TIMELINE_LABEL);
    let color = ui.visuals().text_color();
    let measure = |text: &str| {
        let galley = ui
            .painter()
            .layout_no_wrap(text.to_owned(), font.clone(), color);
        galley.size().x
    };
    let entries = key.entries.iter().map(|&index| Entry {
        index,
        year: initiatives[index].date.as_fractional_year(),
        name: initiative_name(&initiatives[index], state.lang),
    });
    let placed = layout::place(entries, first_year, key.points_per_year, measure);
    let layout = Arc::new(Layout { key, placed });
    ui.data_mut(|d| d.insert_temp(id, layout.clone()));
    layout
}

/// The entries to paint: those in view, plus the one the strip must scroll to.
fn drawn<'a>(
    ui: &egui::Ui,
    state: &AppState,
    placed: &'a [Placed],
    origin: f32,
) -> impl Iterator<Item = (usize, &'a Placed)> + use<'a> {
    let view = ui.clip_rect();
    let in_view = layout::in_view(placed, origin, view.left()..view.right());
    let initiatives = &state.analysis.dataset.initiatives;
    let target = match &state.timeline.scroll_to {
        Some(ScrollTarget::Initiative(id)) => {
            placed.iter().position(|p| initiatives[p.entry].id == *id)
        }
        _ => None,
    };
    let extra = target.filter(|i| !in_view.contains(i));
    in_view.chain(extra).map(move |i| (i, &placed[i]))
}

/// The axis line, a tick and a number for every labelled year.
fn paint_axis(
    ui: &egui::Ui,
    canvas: &Canvas,
    rect: Rect,
    years: std::ops::RangeInclusive<i32>,
    zoom: f32,
) {
    let (axis_y, color) = (canvas.axis_y, canvas.visuals.text_color());
    canvas.painter.line_segment(
        [
            Pos2::new(canvas.origin, axis_y),
            Pos2::new(rect.right(), axis_y),
        ],
        Stroke::new(geometry::AXIS_STROKE, color),
    );
    let first = *years.start();
    let step = layout::year_step(zoom);
    let font = style::font(ui.style(), style::TIMELINE_YEAR);
    for year in years.filter(|y| (y - first) % step == 0) {
        let x = canvas.origin + (year - first) as f32 * zoom;
        canvas.painter.line_segment(
            [
                Pos2::new(x, axis_y - geometry::TICK_LENGTH),
                Pos2::new(x, axis_y),
            ],
            Stroke::new(geometry::THIN_STROKE, color),
        );
        canvas.painter.text(
            Pos2::new(x, axis_y - geometry::YEAR_GAP),
            Align2::CENTER_BOTTOM,
            year.to_string(),
            font.clone(),
            color,
        );
    }
}

/// One entry: a labelled button in its lane, or a bare dot on the axis.
fn paint_entry(
    ui: &mut egui::Ui,
    state: &AppState,
    canvas: &Canvas,
    p: &Placed,
    commands: &mut Vec<Command>,
) -> egui::Response {
    let n = &state.analysis.dataset.initiatives[p.entry];
    let x = canvas.origin + p.x;
    let Some(lane) = p.lane else {
        return paint_bare_dot(ui, state, canvas, n, x, commands);
    };
    let color = style::initiative_kind_color(n.kind);
    let selected = state.timeline.selected.as_deref() == Some(n.id.as_str());
    let label_y = layout::lane_top(canvas.axis_y, lane);
    let painter = &canvas.painter;
    painter.line_segment(
        [
            Pos2::new(x, canvas.axis_y),
            Pos2::new(x, label_y + geometry::LANE_HEIGHT * 0.5),
        ],
        Stroke::new(
            geometry::THIN_STROKE,
            color.gamma_multiply(geometry::STEM_OPACITY),
        ),
    );
    let radius = if selected {
        geometry::SELECTED_DOT_RADIUS
    } else {
        geometry::DOT_RADIUS
    };
    painter.circle_filled(Pos2::new(x, canvas.axis_y), radius, color);
    let label_rect = Rect::from_min_size(
        Pos2::new(x - geometry::LABEL_OFFSET, label_y),
        vec2(p.width, geometry::LANE_HEIGHT - geometry::LANE_GAP),
    );
    let hit = entry_button(ui, state, n, label_rect);
    let visuals = &canvas.visuals;
    let fill = if selected {
        visuals.selection.bg_fill
    } else if hit.hovered() {
        visuals.widgets.hovered.weak_bg_fill
    } else {
        visuals.extreme_bg_color
    };
    let font = style::font(ui.style(), style::TIMELINE_LABEL);
    paint_label(canvas, label_rect, &p.text, (fill, color), font);
    if state.timeline.scroll_to == Some(ScrollTarget::Initiative(n.id.clone())) {
        ui.scroll_to_rect(label_rect, Some(egui::Align::Center));
        commands.push(Command::TimelineScrolled);
    }
    let lang = state.lang;
    let hit = hit.on_hover_text(format!("{}\n{}", entry_name(n, lang), n.description));
    if hit.clicked() {
        commands.push(Command::SelectInitiative(Some(n.id.clone())));
    }
    hit
}

/// A label's box (filled, outlined in its kind's colour) and its text.
fn paint_label(
    canvas: &Canvas,
    rect: Rect,
    text: &str,
    (fill, outline): (egui::Color32, egui::Color32),
    font: egui::FontId,
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
        font,
        canvas.visuals.text_color(),
    );
}

/// An entry with no room for a label: a dot that names itself on hover.
fn paint_bare_dot(
    ui: &mut egui::Ui,
    state: &AppState,
    canvas: &Canvas,
    n: &Initiative,
    x: f32,
    commands: &mut Vec<Command>,
) -> egui::Response {
    let color = style::initiative_kind_color(n.kind);
    let hit_size = vec2(geometry::BARE_DOT_HIT, geometry::BARE_DOT_HIT);
    let dot = Rect::from_center_size(Pos2::new(x, canvas.axis_y), hit_size);
    let faint = color.gamma_multiply(geometry::BARE_DOT_OPACITY);
    canvas
        .painter
        .circle_filled(dot.center(), geometry::BARE_DOT_RADIUS, faint);
    let hit = entry_button(ui, state, n, dot).on_hover_text(entry_name(n, state.lang));
    if hit.clicked() {
        commands.push(Command::SelectInitiative(Some(n.id.clone())));
    }
    hit
}

/// Left and Right on a focused entry move the focus to the entry before or
/// after it in date order, drawn or not: the strip scrolls to it (Enter then
/// opens it). egui's own arrow navigation, which only knows the entries
/// drawn, is turned off for the entries.
fn follow_arrows(
    ui: &mut egui::Ui,
    state: &AppState,
    placed: &[Placed],
    at: usize,
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
    let next = at.checked_add_signed(step).filter(|_| step != 0);
    let Some(next) = next.and_then(|i| placed.get(i)) else {
        return;
    };
    let id = state.analysis.dataset.initiatives[next.entry].id.clone();
    let button = ui.scope_id().with((ids::INITIATIVE, &id));
    ui.memory_mut(|m| m.request_focus(button));
    commands.push(Command::FocusInitiative(id));
}

/// The clickable area of an entry, named for screen readers.
fn entry_button(ui: &mut egui::Ui, state: &AppState, n: &Initiative, rect: Rect) -> egui::Response {
    let id = ui.scope_id().with((ids::INITIATIVE, &n.id));
    let hit = ui.interact(rect, id, Sense::click());
    hit.widget_info(|| WidgetInfo::labeled(Role::Button, true, entry_name(n, state.lang)));
    hit
}
