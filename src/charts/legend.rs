//! A chart's legend, drawn under the plot, outside its frame, so it never
//! covers data (egui_plot's own legend sits inside the plot). Each plotted
//! series names its legend entry where it is plotted, so the legend and the
//! plot can't disagree. Long legends wrap onto more rows.

use crate::i18n::{Lang, T};
use crate::style::plot;
use egui::epaint::PathShape;
use egui::{
    Color32, RichText, Role, Sense, Shape, Stroke, TextStyle, TextWrapMode, Vec2, WidgetInfo,
    WidgetText,
};

/// How a legend entry's swatch is drawn: like the series it names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Swatch {
    /// A filled square, for bars.
    Bar,
    /// A line with a point, for a line series.
    Line,
    /// A diamond, for the initiative markers.
    Diamond,
}

/// One entry of a chart's legend.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct LegendEntry {
    /// The series' name, as the reader sees it.
    pub name: String,
    /// The series' colour.
    pub color: Color32,
    /// How its swatch is drawn.
    pub swatch: Swatch,
}

impl LegendEntry {
    /// A legend entry for a bar series.
    pub(crate) fn bar(name: impl Into<String>, color: Color32) -> Self {
        let name = name.into();
        Self {
            name,
            color,
            swatch: Swatch::Bar,
        }
    }
}

/// Draws `entries` in rows that wrap at `ui`'s width, as one legend that a
/// screen reader names with its entries (`id_salt` tells the legends of a
/// window apart). Draws nothing for no entries.
pub(crate) fn show_legend(ui: &mut egui::Ui, id_salt: &str, entries: &[&LegendEntry], lang: Lang) {
    if entries.is_empty() {
        return;
    }
    let rows = ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = plot::LEGEND_ENTRY_GAP;
        for entry in entries {
            show_entry(ui, entry);
        }
    });
    let id = ui.make_persistent_id(("legend", id_salt));
    let legend = ui.interact(rows.response.rect, id, Sense::hover());
    legend.widget_info(|| {
        let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
        let name = lang.format(T::LegendName, &[&names.join(", ")]);
        WidgetInfo::labeled(Role::Legend, true, name)
    });
}

/// One entry, its swatch and its name, laid out as one piece so that a row
/// wraps between entries, never inside one.
fn show_entry(ui: &mut egui::Ui, entry: &LegendEntry) {
    let galley = WidgetText::from(RichText::new(&entry.name).small()).into_galley(
        ui,
        Some(TextWrapMode::Extend),
        f32::INFINITY,
        TextStyle::Small,
    );
    let side = plot::LEGEND_SWATCH;
    let size = Vec2::new(
        side + plot::LEGEND_GAP + galley.size().x,
        galley.size().y.max(side),
    );
    let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
    let swatch = egui::Rect::from_center_size(
        egui::pos2(rect.left() + side / 2.0, rect.center().y),
        Vec2::splat(side),
    );
    paint_swatch(ui.painter(), swatch, entry);
    let text_pos = egui::pos2(
        swatch.right() + plot::LEGEND_GAP,
        rect.center().y - galley.size().y / 2.0,
    );
    let color = ui.visuals().text_color();
    ui.painter().galley(text_pos, galley, color);
}

/// Paints an entry's swatch into `rect`, like the series it names.
fn paint_swatch(painter: &egui::Painter, rect: egui::Rect, entry: &LegendEntry) {
    let side = rect.width();
    let center = rect.center();
    match entry.swatch {
        Swatch::Bar => {
            painter.rect_filled(rect, 1.0, entry.color);
        }
        Swatch::Line => {
            let stroke = Stroke::new(plot::SECTOR_LINE, entry.color);
            painter.line_segment([rect.left_center(), rect.right_center()], stroke);
            painter.circle_filled(center, side / 4.0, entry.color);
        }
        Swatch::Diamond => {
            let r = side / 2.0;
            let points = vec![
                center + Vec2::new(0.0, -r),
                center + Vec2::new(r, 0.0),
                center + Vec2::new(0.0, r),
                center + Vec2::new(-r, 0.0),
            ];
            painter.add(Shape::Path(PathShape::convex_polygon(
                points,
                entry.color,
                Stroke::NONE,
            )));
        }
    }
}
