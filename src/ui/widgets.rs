//! Widgets more than one view uses: a grid of equally wide cards, a framed
//! card a screen reader reads as one item, and a list of rows that draws only
//! what is in view when it is long.

use super::ids;
use crate::style::{spacing, window};
use eframe::egui;
use egui::{Role, Sense, WidgetInfo};

/// Grids of up to this many cards are drawn whole. Larger ones (a sector of a
/// big dataset can have hundreds of key figures) draw only the rows in view.
const CARDS_ALWAYS_DRAWN: usize = 40;

/// Up to this many rows are shown in place; longer lists scroll in a box that
/// draws only the rows in view.
const ROWS_IN_PLACE: usize = 40;

/// Lays `items` out as rows of equally wide cards filling the available width,
/// calling `add(ui, item, content_width)` for each.
///
/// A large grid draws only the rows that meet the visible area: each row drawn
/// remembers its height (under `id_salt`), and a row out of view only takes up
/// that space, or the height of the last row drawn if it has never been drawn.
pub fn card_grid<Item>(
    ui: &mut egui::Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    items: &[Item],
    mut add: impl FnMut(&mut egui::Ui, &Item, f32),
) {
    let gap = spacing::GAP;
    let available = ui.available_width();
    let per_row = (((available + gap) / (window::MIN_CARD_WIDTH + window::CARD_CHROME + gap))
        .floor() as usize)
        .max(1);
    let width = (available - gap * (per_row as f32 - 1.0)) / per_row as f32 - window::CARD_CHROME;
    let cull = items.len() > CARDS_ALWAYS_DRAWN;
    let grid_id = ui.scope_id().with((ids::CARD_GRID, id_salt, per_row));
    let visible = ui.clip_rect();
    let mut last_height: Option<f32> = None;
    for (r, row) in items.chunks(per_row).enumerate() {
        let row_id = grid_id.with(r);
        if cull {
            let known = ui.data(|d| d.get_temp::<f32>(row_id));
            if let Some(height) = known.or(last_height) {
                let top = ui.cursor().top();
                if top > visible.bottom() || top + height < visible.top() {
                    ui.allocate_space(egui::vec2(available, height));
                    ui.add_space(gap);
                    continue;
                }
            }
        }
        let drawn = ui.horizontal(|ui| {
            ui.spacing_mut().item_spacing.x = gap;
            for item in row {
                add(ui, item, width.max(window::CARD_FLOOR_WIDTH));
            }
        });
        if cull {
            let height = drawn.response.rect.height();
            ui.data_mut(|d| d.insert_temp(row_id, height));
            last_height = Some(height);
        }
        ui.add_space(gap);
    }
}

/// A framed card that a screen reader reads as one item named by `name`,
/// which is called only when a screen reader (or a test) asks: names are
/// whole sentences, and building them every frame cost ~5% of a frame.
/// `id_salt` tells the card from the others in its row.
/// Returns the card's response (clickable when `clickable`).
pub fn card(
    ui: &mut egui::Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    name: impl Fn() -> String,
    width: f32,
    clickable: bool,
    add_contents: impl FnOnce(&mut egui::Ui),
) -> egui::Response {
    let frame = egui::Frame::group(ui.style())
        .inner_margin(spacing::MARGIN)
        .corner_radius(spacing::RADIUS);
    let inner = frame.show(ui, |ui| {
        ui.set_width(width);
        ui.set_min_height(spacing::CARD_MIN_HEIGHT);
        ui.vertical(|ui| add_contents(ui));
    });
    let sense = if clickable {
        Sense::click()
    } else {
        Sense::hover()
    };
    let response = ui.interact(
        inner.response.rect,
        ui.scope_id().with((ids::CARD, id_salt)),
        sense,
    );
    let kind = if clickable { Role::Button } else { Role::Group };
    response.widget_info(|| WidgetInfo::labeled(kind, true, name()));
    if clickable && response.hovered() {
        ui.painter().rect_stroke(
            inner.response.rect,
            spacing::RADIUS,
            ui.visuals().selection.stroke,
            egui::StrokeKind::Inside,
        );
    }
    response.on_hover_cursor(if clickable {
        egui::CursorIcon::PointingHand
    } else {
        egui::CursorIcon::Default
    })
}

/// Shows `count` one-line rows, virtualised when there are many.
pub fn rows(
    ui: &mut egui::Ui,
    id: impl std::hash::Hash + std::fmt::Debug,
    count: usize,
    mut row: impl FnMut(&mut egui::Ui, usize),
) {
    if count <= ROWS_IN_PLACE {
        for i in 0..count {
            row(ui, i);
        }
        return;
    }
    let height = ui.text_style_height(&egui::TextStyle::Body) + ui.spacing().item_spacing.y;
    egui::ScrollArea::vertical()
        .id_salt(id)
        .max_height(height * ROWS_IN_PLACE as f32 / 2.0)
        .auto_shrink([false, true])
        .show_rows(ui, height, count, |ui, range| {
            for i in range {
                row(ui, i);
            }
        });
}
