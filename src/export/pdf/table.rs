//! A table flowing down pages: columns as wide as their text needs (shrunk
//! in proportion when the page is narrower), cells wrapped, the header
//! repeated on each page the table continues on.

use super::flow::Flow;
use super::page::{Item, Look, Role};
use crate::style::report as st;
use egui::Pos2;

/// Places a table of `columns` and `rows` (cells as text) at the text width.
pub(super) fn table(flow: &mut Flow, columns: &[String], rows: &[Vec<String>]) {
    let body = Look {
        size: st::SMALL,
        color: st::INK,
        bold: false,
    };
    let header = Look {
        color: st::MUTED,
        bold: true,
        ..body
    };
    let widths = widths(flow, columns, rows);
    row(flow, columns, &widths, header);
    flow.rule();
    for cells in rows {
        let pages = flow.page_count();
        // A row that starts a new page gets the header again.
        let height = row_height(flow, cells, &widths);
        flow.need(height);
        if flow.page_count() != pages {
            row(flow, columns, &widths, header);
            flow.rule();
        }
        row(flow, cells, &widths, body);
    }
    flow.gap(st::SMALL);
}

/// Column widths: each column's natural width, scaled down together when
/// they do not fit, with no column narrower than a sixth of its share.
fn widths(flow: &mut Flow, columns: &[String], rows: &[Vec<String>]) -> Vec<f32> {
    let n = columns.len().max(1);
    let available = flow.width() - st::COLUMN_GAP * (n as f32 - 1.0);
    let mut natural: Vec<f32> = columns.iter().map(|c| flow.measure(c, st::SMALL)).collect();
    for cells in rows {
        for (w, cell) in natural.iter_mut().zip(cells) {
            *w = w.max(flow.measure(cell, st::SMALL));
        }
    }
    let floor = available / n as f32 / 6.0;
    let natural: Vec<f32> = natural.into_iter().map(|w| w.max(floor)).collect();
    let total: f32 = natural.iter().sum();
    if total <= available {
        return natural;
    }
    natural.iter().map(|w| w * available / total).collect()
}

fn row_height(flow: &mut Flow, cells: &[String], widths: &[f32]) -> f32 {
    let lines = cells
        .iter()
        .zip(widths)
        .map(|(cell, &w)| flow.wrap(cell, st::SMALL, w).len())
        .max()
        .unwrap_or(1);
    lines as f32 * st::SMALL * st::LEADING
}

/// One row, its cells side by side, each wrapped in its column.
fn row(flow: &mut Flow, cells: &[String], widths: &[f32], look: Look) {
    let top = flow.y();
    let line = look.size * st::LEADING;
    let mut x = flow.left();
    let mut bottom = top + line;
    for (cell, &width) in cells.iter().zip(widths) {
        let mut y = top;
        for (range, glyphs) in flow.wrap(cell, look.size, width) {
            let run = super::flow::run(cell, range, glyphs, Pos2::new(x, y + look.size), look);
            flow.push(Item::Text(run, Role::Body));
            y += line;
        }
        bottom = bottom.max(y);
        x += width + st::COLUMN_GAP;
    }
    flow.set_y(bottom);
}
