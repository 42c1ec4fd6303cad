//! A sparkline: a series' shape in a line the height of a row of text,
//! painted directly (no plot, so it costs next to nothing per frame), and
//! read by a screen reader as an image named with every point.

use crate::model::PartialDate;
use crate::style::{self, story};
use eframe::egui;
use egui::{Pos2, Role, Sense, Stroke, WidgetInfo};

/// Paints `points` (oldest first) across the available width; `name` is the
/// image's accessible name, which should list the points.
pub fn show(ui: &mut egui::Ui, points: &[(PartialDate, f64)], name: String) -> egui::Response {
    let size = egui::vec2(ui.available_width(), story::SPARK_HEIGHT);
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    response.widget_info(|| WidgetInfo::labeled(Role::Image, true, &name));
    let xs = points.iter().map(|p| p.0.as_fractional_year());
    let (x_low, x_high) = xs.fold((f64::MAX, f64::MIN), |(l, h), x| (l.min(x), h.max(x)));
    // From zero, so a small step does not look like a leap.
    let y_high = points.iter().map(|p| p.1).fold(0.0_f64, f64::max);
    if !ui.is_rect_visible(rect) || points.len() < 2 || y_high <= 0.0 || x_high <= x_low {
        return response;
    }
    let inner = rect.shrink(story::SPARK_INSET);
    let at = |(date, value): &(PartialDate, f64)| {
        let x = (date.as_fractional_year() - x_low) / (x_high - x_low);
        Pos2::new(
            inner.left() + x as f32 * inner.width(),
            inner.bottom() - (*value / y_high) as f32 * inner.height(),
        )
    };
    let line: Vec<Pos2> = points.iter().map(at).collect();
    let painter = ui.painter_at(rect);
    let last = line.last().copied();
    painter.line(line, Stroke::new(story::SPARK_LINE, style::TOTAL));
    if let Some(last) = last {
        painter.circle_filled(last, story::SPARK_POINT, style::TOTAL);
    }
    response
}
