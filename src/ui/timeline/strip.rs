//! Paints the timeline strip: the lanes' names in a column on the left, and
//! beside it, scrolling, the year axis along the top and one swimlane per
//! sector (or kind) below it. The strip opens scrolled to the latest entries.

use super::entries::{self, Canvas};
use super::layout::{self, Layout};
use crate::i18n::T;
use crate::style::{self, timeline as geometry};
use crate::ui::command::Command;
use crate::ui::ids;
use crate::ui::state::{AppState, ScrollTarget};
use eframe::egui;
use egui::{Align2, Pos2, Rect, Role, Sense, Stroke, WidgetInfo, vec2};

/// Shows the strip of `layout`.
pub fn strip(ui: &mut egui::Ui, state: &AppState, layout: &Layout, commands: &mut Vec<Command>) {
    let zoom = layout.key.points_per_year;
    let (first_year, last_year) = (layout.first_year, layout.last_year);
    let size = layout::strip_size(
        first_year,
        last_year,
        zoom,
        layout.lanes.len(),
        layout.right,
    );
    ui.horizontal_top(|ui| {
        lane_titles(ui, state, layout, size[1]);
        // Its own scroll position per sector shown (a sector tab's, the
        // Timeline's filter), not one left by another strip of other width.
        // No wider than what is in view: a sector tab's page can be wider
        // than the window, and the strip's end must not lie past its edge.
        let in_view = ui.clip_rect().right() - ui.cursor().min.x;
        let area = egui::ScrollArea::horizontal()
            .id_salt((ids::TIMELINE_STRIP, layout.key.sector.as_deref()))
            .max_width(in_view)
            .auto_shrink([false, true]);
        area.show(ui, |ui| {
            let (rect, response) = ui.allocate_exact_size(size.into(), Sense::hover());
            let name = state.lang.format(
                T::TimelineOf,
                &[&layout.entries.len(), &first_year, &(last_year - 1)],
            );
            response.widget_info(|| WidgetInfo::labeled(Role::Group, true, &name));
            // Ctrl + wheel zooms while hovering the strip.
            let wheel_zoom = ui.input(|i| i.zoom_delta());
            if response.hovered() && wheel_zoom != 1.0 {
                commands.push(Command::SetTimelineZoom(zoom * wheel_zoom));
            }
            let canvas = Canvas {
                painter: ui.painter_at(rect),
                visuals: ui.visuals().clone(),
                axis_y: rect.top() + geometry::AXIS_HEIGHT,
                origin: rect.left() + geometry::LEFT_MARGIN,
            };
            // The latest entries in view, with no empty years after them, on
            // the first frame of every tab that shows the strip: the strip
            // ends where the last label or count does (`strip_size`).
            if state.timeline.scroll_to == Some(ScrollTarget::Latest) {
                let end = Rect::from_min_size(rect.right_top() - vec2(1.0, 0.0), vec2(1.0, 1.0));
                // At once: a tab opens on them, it does not travel there.
                let at_once = egui::style::ScrollAnimation::none();
                ui.scroll_to_rect_animation(end, Some(egui::Align::Max), at_once);
                commands.push(Command::TimelineScrolled);
            }
            paint_axis(ui, &canvas, rect, first_year..=last_year, zoom);
            paint_lane_rules(&canvas, rect, layout.lanes.len());
            entries::paint(ui, state, &canvas, layout, commands);
        });
    });
}

/// The column of lane names, each across from its lane, with its count;
/// each reads to a screen reader as "NAME: N initiatives".
fn lane_titles(ui: &mut egui::Ui, state: &AppState, layout: &Layout, height: f32) {
    let lang = state.lang;
    let size = vec2(geometry::LANE_TITLE_WIDTH, height);
    let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
    let painter = ui.painter_at(rect);
    let font = style::font(ui.style(), style::TIMELINE_LABEL);
    let visuals = ui.visuals();
    let axis_y = rect.top() + geometry::AXIS_HEIGHT;
    for (i, lane) in layout.lanes.iter().enumerate() {
        let top = axis_y + layout::lane_top(i);
        let color = lane
            .kind
            .map_or(visuals.strong_text_color(), style::initiative_kind_color);
        painter.text(
            Pos2::new(rect.left(), axis_y + layout::dot_y(i)),
            Align2::LEFT_CENTER,
            &lane.fitted,
            font.clone(),
            color,
        );
        let count = lang.format(T::LaneCount, &[&lane.placed.len()]);
        painter.text(
            Pos2::new(rect.left(), top + geometry::DOT_ROW),
            Align2::LEFT_TOP,
            &count,
            font.clone(),
            visuals.weak_text_color(),
        );
        let area = Rect::from_min_size(
            Pos2::new(rect.left(), top),
            vec2(rect.width(), geometry::LANE_PITCH),
        );
        let id = ui.make_persistent_id((ids::TIMELINE_STRIP, "lane", i));
        let name = lang.format(T::LaneName, &[&lane.title, &lane.placed.len()]);
        let response = ui.interact(area, id, Sense::hover());
        response.widget_info(|| WidgetInfo::labeled(Role::Label, true, &name));
        if lane.fitted != lane.title {
            let _ = response.on_hover_text(&lane.title);
        }
    }
}

/// A faint line under each lane, across the strip.
fn paint_lane_rules(canvas: &Canvas, rect: Rect, lanes: usize) {
    let color = canvas
        .visuals
        .weak_text_color()
        .gamma_multiply(geometry::LANE_RULE_OPACITY);
    for lane in 1..lanes {
        let y = canvas.axis_y + layout::lane_top(lane) - geometry::LANE_GAP;
        canvas.painter.line_segment(
            [Pos2::new(rect.left(), y), Pos2::new(rect.right(), y)],
            Stroke::new(geometry::THIN_STROKE, color),
        );
    }
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
    let grid = canvas
        .visuals
        .weak_text_color()
        .gamma_multiply(geometry::LANE_RULE_OPACITY);
    for year in years.filter(|y| (y - first) % step == 0) {
        let x = canvas.origin + (year - first) as f32 * zoom;
        canvas.painter.line_segment(
            [
                Pos2::new(x, axis_y - geometry::TICK_LENGTH),
                Pos2::new(x, axis_y),
            ],
            Stroke::new(geometry::THIN_STROKE, color),
        );
        // A faint line down through the lanes, so a year reads across them.
        canvas.painter.line_segment(
            [Pos2::new(x, axis_y), Pos2::new(x, rect.bottom())],
            Stroke::new(geometry::THIN_STROKE, grid),
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
