//! Sector cards: the Overview's one card per sector, and a sector tab's cards
//! of key figures, trend, organisations and initiatives.

use super::{Command, Loaded, Tab};
use crate::format;
use crate::model::{Confidence, KeyFigure, Sector};
use crate::stats;
use eframe::egui;
use egui::{Color32, RichText, Role, Sense, WidgetInfo};
use egui_plot::{Line, Plot, Points};

/// The narrowest a card gets, in points; cards widen to fill each row.
const MIN_CARD_WIDTH: f32 = 260.0;
/// Space between cards.
const CARD_GAP: f32 = 10.0;
/// A card's frame around its content: inner margin and stroke, both sides.
const CARD_CHROME: f32 = 26.0;

/// Lays `items` out as rows of equally wide cards filling the available width,
/// calling `add(ui, item, content_width)` for each.
fn card_grid<T>(ui: &mut egui::Ui, items: &[T], mut add: impl FnMut(&mut egui::Ui, &T, f32)) {
    let available = ui.available_width();
    let per_row = (((available + CARD_GAP) / (MIN_CARD_WIDTH + CARD_CHROME + CARD_GAP)).floor()
        as usize)
        .max(1);
    let width = (available - CARD_GAP * (per_row as f32 - 1.0)) / per_row as f32 - CARD_CHROME;
    for row in items.chunks(per_row) {
        ui.horizontal(|ui| {
            ui.spacing_mut().item_spacing.x = CARD_GAP;
            for item in row {
                add(ui, item, width.max(120.0));
            }
        });
        ui.add_space(CARD_GAP);
    }
}

/// A framed card that a screen reader reads as one item named `name`.
/// Returns the card's response (clickable when `clickable`).
fn card(
    ui: &mut egui::Ui,
    name: String,
    width: f32,
    clickable: bool,
    add_contents: impl FnOnce(&mut egui::Ui),
) -> egui::Response {
    let frame = egui::Frame::group(ui.style())
        .inner_margin(10.0)
        .corner_radius(8.0);
    let inner = frame.show(ui, |ui| {
        ui.set_width(width);
        ui.set_min_height(96.0);
        ui.vertical(|ui| add_contents(ui));
    });
    let sense = if clickable {
        Sense::click()
    } else {
        Sense::hover()
    };
    let response = ui.interact(
        inner.response.rect,
        ui.scope_id().with(("card", &name)),
        sense,
    );
    let kind = if clickable { Role::Button } else { Role::Group };
    response.widget_info(|| WidgetInfo::labeled(kind, true, name.clone()));
    if clickable && response.hovered() {
        ui.painter().rect_stroke(
            inner.response.rect,
            8.0,
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

/// A figure as one line a screen reader can read: "AI companies at Cyberport: >400 companies (2025-07, source …)".
pub fn figure_sentence(loaded: &Loaded, figure: &KeyFigure) -> String {
    let source = loaded
        .dataset
        .source(&figure.source)
        .map_or(figure.source.clone(), |s| s.publisher.clone());
    format!(
        "{}: {} ({}, source: {})",
        figure.label,
        format::figure(figure.value, &figure.unit, figure.qualifier),
        figure.date,
        source
    )
}

/// The Overview: one card per sector with its headline figure. Clicking a card
/// opens the sector's tab.
pub fn overview(ui: &mut egui::Ui, loaded: &Loaded, commands: &mut Vec<Command>) {
    let dataset = &loaded.dataset;
    ui.label(
        RichText::new(format!(
            "{} sectors · {} government initiatives ({}–{}) · {} sources",
            dataset.sectors.len(),
            dataset.initiatives.len(),
            dataset
                .initiatives
                .iter()
                .map(|n| n.date.year)
                .min()
                .unwrap_or(0),
            dataset
                .initiatives
                .iter()
                .map(|n| n.date.year)
                .max()
                .unwrap_or(0),
            dataset.sources.len()
        ))
        .weak(),
    );
    ui.add_space(6.0);
    card_grid(ui, &dataset.sectors, |ui, sector, width| {
        let headline = stats::headline(sector);
        let name = match headline {
            Some(f) => format!("{} card: {}", sector.name, figure_sentence(loaded, f)),
            None => format!("{} card: no published figure", sector.name),
        };
        let response = card(ui, name, width, true, |ui| {
            ui.label(RichText::new(&sector.name).strong().size(16.0));
            match headline {
                Some(f) => {
                    ui.label(
                        RichText::new(format::figure(f.value, &f.unit, f.qualifier))
                            .size(24.0)
                            .strong()
                            .color(ui.visuals().hyperlink_color),
                    );
                    ui.label(RichText::new(format!("{} · {}", f.label, f.date)).small());
                }
                None => {
                    ui.label(RichText::new(crate::charts::GAP).weak());
                }
            }
            let initiatives = dataset
                .initiatives
                .iter()
                .filter(|n| n.sectors.contains(&sector.id))
                .count();
            ui.label(
                RichText::new(format!(
                    "{} key figures · {} organisations · {} initiatives",
                    sector.key_figures.len(),
                    sector.organisations.len(),
                    initiatives
                ))
                .small()
                .weak(),
            );
        });
        if response.clicked() {
            commands.push(Command::SelectTab(Tab::Sector(sector.id.clone())));
        }
    });
}

fn confidence_badge(ui: &mut egui::Ui, confidence: Confidence) {
    let (text, color) = match confidence {
        Confidence::Verified => ("verified", Color32::from_rgb(0x2c, 0xa0, 0x2c)),
        Confidence::Secondary => ("secondary source", Color32::from_rgb(0xc0, 0x80, 0x00)),
        Confidence::Unverified => ("unverified", Color32::from_rgb(0xd6, 0x27, 0x28)),
    };
    ui.label(RichText::new(text).small().color(color));
}

fn source_link(ui: &mut egui::Ui, loaded: &Loaded, source_id: &str) {
    match loaded.dataset.source(source_id) {
        Some(source) => {
            ui.hyperlink_to(
                RichText::new(format!("Source: {}", source.publisher)).small(),
                &source.url,
            )
            .on_hover_text(format!(
                "{}\n{}\n{}accessed {}",
                source.title,
                source.url,
                source
                    .published
                    .map_or(String::new(), |d| format!("published {d}, ")),
                source.accessed
            ));
        }
        None => {
            ui.label(RichText::new(format!("Source: {source_id}")).small());
        }
    }
}

/// A sector's tab: summary, key figures, trends, organisations, initiatives.
pub fn sector_page(
    ui: &mut egui::Ui,
    loaded: &Loaded,
    sector: &Sector,
    commands: &mut Vec<Command>,
) {
    ui.label(RichText::new(&sector.name).heading().strong());
    ui.label(&sector.summary);
    ui.add_space(8.0);

    ui.label(RichText::new("Key figures").strong());
    if sector.key_figures.is_empty() {
        ui.label(RichText::new(crate::charts::GAP).weak());
    }
    card_grid(ui, &sector.key_figures, |ui, figure, width| {
        card(ui, figure_sentence(loaded, figure), width, false, |ui| {
            ui.label(
                RichText::new(format::figure(figure.value, &figure.unit, figure.qualifier))
                    .size(22.0)
                    .strong(),
            );
            ui.label(&figure.label);
            ui.label(RichText::new(figure.date.to_string()).small().weak());
            if let Some(definition) = &figure.definition {
                ui.label(
                    RichText::new(format!("Definition: {definition}"))
                        .small()
                        .italics(),
                );
            }
            ui.horizontal(|ui| {
                source_link(ui, loaded, &figure.source);
                confidence_badge(ui, figure.confidence);
            });
        });
    });

    let series = stats::key_figure_series(sector);
    if !series.is_empty() {
        ui.add_space(8.0);
        ui.label(RichText::new("Trends").strong());
        card_grid(ui, &series, |ui, s, width| {
            let name = format!(
                "Trend chart: {}, {}",
                s.label,
                s.points
                    .iter()
                    .map(|(x, y)| format!("{:.0}: {}", x.floor(), format::thousands(*y)))
                    .collect::<Vec<_>>()
                    .join("; ")
            );
            card(ui, name, width, false, |ui| {
                ui.label(
                    RichText::new(format!("{} ({})", s.label, s.unit))
                        .small()
                        .strong(),
                );
                let points: Vec<[f64; 2]> = s.points.iter().map(|(x, y)| [*x, *y]).collect();
                Plot::new(("trend", &sector.id, &s.label))
                    .id(egui::Id::unique(("trend", &sector.id, &s.label)))
                    .height(110.0)
                    .allow_drag(false)
                    .allow_zoom(false)
                    .allow_scroll(false)
                    .allow_boxed_zoom(false)
                    .show_x(false)
                    .include_y(0.0)
                    .x_axis_formatter(|mark, _| format!("{:.0}", mark.value))
                    .y_axis_formatter(|mark, _| format::compact(mark.value))
                    .label_formatter(|pos| match pos {
                        egui_plot::HoverPosition::NearDataPoint { position, .. } => Some(format!(
                            "{:.1}: {}",
                            position.x,
                            format::thousands(position.y)
                        )),
                        _ => None,
                    })
                    .show(ui, |plot_ui| {
                        plot_ui.line(Line::new(s.label.clone(), points.clone()).width(2.0));
                        plot_ui.points(Points::new(s.label.clone(), points).radius(3.0));
                    });
            });
        });
    }

    ui.add_space(8.0);
    ui.label(RichText::new("Notable organisations").strong());
    if sector.organisations.is_empty() {
        ui.label(RichText::new("None listed in this dataset.").weak());
    }
    for org in &sector.organisations {
        ui.horizontal_wrapped(|ui| {
            let mut name = org.name.clone();
            if let Some(zh) = &org.name_zh {
                name.push_str(&format!(" ({zh})"));
            }
            ui.label(RichText::new(name).strong());
            ui.label(
                RichText::new(match org.founded {
                    Some(year) => format!("{}, founded {year}", org.kind.label()),
                    None => org.kind.label().to_owned(),
                })
                .small()
                .weak(),
            );
            ui.label(format!("— {}", org.note));
            source_link(ui, loaded, &org.source);
            confidence_badge(ui, org.confidence);
        });
        ui.add_space(2.0);
    }

    ui.add_space(8.0);
    let mut initiatives: Vec<_> = loaded
        .dataset
        .initiatives
        .iter()
        .filter(|n| n.sectors.contains(&sector.id))
        .collect();
    initiatives.sort_by_key(|n| n.date);
    ui.label(
        RichText::new(format!(
            "Milestones and initiatives ({})",
            initiatives.len()
        ))
        .strong(),
    );
    for n in initiatives {
        let amount = n
            .amount
            .map_or(String::new(), |m| format!(" · {}", format::hkd(m.in_hkd())));
        let text = format!("{} · {} · {}{}", n.date, n.name, n.body, amount);
        if ui.link(text).on_hover_text(&n.description).clicked() {
            commands.push(Command::SelectInitiative(Some(n.id.clone())));
        }
    }
}
