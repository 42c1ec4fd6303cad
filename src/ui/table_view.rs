//! A chart's table twin on screen: headings, then one row per year (or
//! sector), numbers as the chart shows them. Each row is also one node a
//! screen reader reads as a sentence ("2022, Finance: HK$1.2bn, …"), since
//! a grid of labels reads as a flat list of numbers with no headings.

use crate::charts::{self, ChartData, ChartKind, ChartOptions, Table};
use crate::i18n::{Lang, T, numbers};
use crate::style;
use crate::ui::ids;
use eframe::egui;
use egui::RichText;

/// Shows `table`, the table twin of `kind` drawn with `options`.
pub fn show(ui: &mut egui::Ui, kind: ChartKind, table: &Table, options: &ChartOptions) {
    let money = kind == ChartKind::FundingBySector && !options.share;
    egui::ScrollArea::horizontal()
        .id_salt((ids::TABLE_SCROLL, kind.slug()))
        .show(ui, |ui| {
            egui::Grid::new((ids::TABLE_GRID, kind.slug()))
                .striped(true)
                .num_columns(table.columns.len())
                .spacing(style::window::TABLE_SPACING)
                .show(ui, |ui| {
                    for column in &table.columns {
                        ui.label(RichText::new(column).strong());
                    }
                    ui.end_row();
                    for (number, row) in table.rows.iter().enumerate() {
                        let cells: Vec<String> = row
                            .iter()
                            .enumerate()
                            .map(|(column, cell)| shown(cell, money && column > 0, options.lang))
                            .collect();
                        let mut rect = egui::Rect::NOTHING;
                        for cell in &cells {
                            rect = rect.union(ui.label(cell).rect);
                        }
                        ui.end_row();
                        let id = ui.make_persistent_id((ids::TABLE_ROW, kind.slug(), number));
                        let reading = row_reading(&table.columns, &cells);
                        ui.interact(rect, id, egui::Sense::hover()).widget_info(|| {
                            egui::WidgetInfo::labeled(egui::Role::Row, true, &reading)
                        });
                    }
                });
        });
}

/// A "Copy source links" button: every source behind the table, one per line
/// ("publisher — title: URL"), on the clipboard, since the rows name only
/// publishers and a link is what a reader checks a number against.
pub fn copy_source_links(
    ui: &mut egui::Ui,
    kind: ChartKind,
    data: ChartData,
    options: &ChartOptions,
) {
    if ui
        .small_button(options.lang.t(T::CopySourceLinks))
        .clicked()
    {
        ui.ctx().copy_text(source_links(kind, data, options));
    }
}

/// The sources behind a chart as lines of "publisher — title: URL".
fn source_links(kind: ChartKind, data: ChartData, options: &ChartOptions) -> String {
    charts::chart_sources(kind, data, options)
        .iter()
        .map(|s| format!("{} — {}: {}", s.publisher, s.title, s.url))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A cell as the chart shows it: a HK$ amount in words (`HK$1.2bn`,
/// `12億港元`) in a money column, anything else as it is.
fn shown(cell: &str, money: bool, lang: Lang) -> String {
    match cell.parse::<f64>() {
        Ok(amount) if money => numbers::hkd(lang, amount),
        _ => cell.to_owned(),
    }
}

/// A row as one sentence: its first cell, then each filled cell after its
/// column's heading ("2022, Finance: HK$1.2bn, AI-specific total (HK$): HK$5bn").
fn row_reading(columns: &[String], cells: &[String]) -> String {
    let mut parts = Vec::with_capacity(cells.len());
    let mut cells_and_headings = cells.iter().zip(columns);
    if let Some((first, _)) = cells_and_headings.next() {
        parts.push(first.clone());
    }
    parts.extend(
        cells_and_headings
            .filter(|(cell, _)| !cell.trim().is_empty())
            .map(|(cell, heading)| format!("{heading}: {cell}")),
    );
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_reads_as_one_sentence_with_its_headings_and_no_gaps() {
        let columns = ["Year", "Finance", "Healthcare", "Total (HK$)"].map(String::from);
        let cells = ["2022", "HK$1.2bn", "", "HK$5bn"].map(String::from);
        assert_eq!(
            row_reading(&columns, &cells),
            "2022, Finance: HK$1.2bn, Total (HK$): HK$5bn"
        );
    }

    #[test]
    fn money_columns_show_amounts_in_words() {
        assert_eq!(shown("62000000000", true, Lang::En), "HK$62bn");
        assert_eq!(shown("62000000000", true, Lang::ZhHk), "620億港元");
        assert_eq!(shown("62000000000", false, Lang::En), "62000000000");
        assert_eq!(shown("", true, Lang::En), "");
        assert_eq!(shown("12.5%", true, Lang::ZhHk), "12.5%");
    }
}
