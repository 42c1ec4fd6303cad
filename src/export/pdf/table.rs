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

/// Column widths: each column's natural width; when they do not fit, each
/// keeps at least its longest word and the rest of the room is shared in
/// proportion to what each would still take.
fn widths(flow: &mut Flow, columns: &[String], rows: &[Vec<String>]) -> Vec<f32> {
    let n = columns.len().max(1);
    let available = flow.width() - st::COLUMN_GAP * (n as f32 - 1.0);
    let mut natural = vec![0.0f32; n];
    let mut least = vec![0.0f32; n];
    for cells in std::iter::once(columns).chain(rows.iter().map(|r| r.as_slice())) {
        for (i, cell) in cells.iter().enumerate().take(n) {
            natural[i] = natural[i].max(flow.measure(cell, st::SMALL));
            for word in cell.split_whitespace() {
                least[i] = least[i].max(flow.measure(word, st::SMALL));
            }
        }
    }
    let total: f32 = natural.iter().sum();
    if total <= available {
        return natural;
    }
    let floor: f32 = least.iter().sum();
    if floor >= available {
        return natural.iter().map(|w| w * available / total).collect();
    }
    let share = (available - floor) / (total - floor).max(f32::EPSILON);
    natural
        .iter()
        .zip(&least)
        .map(|(w, l)| l + (w - l) * share)
        .collect()
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
