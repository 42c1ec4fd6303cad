//! Sector cards: the Overview's one card per sector, and a sector tab's cards
//! of key figures, trend, organisations and initiatives.

use super::{Command, Tab};
use crate::analysis::Analysis;
use crate::format;
use crate::i18n::{self, Lang, T};
use crate::model::{Confidence, KeyFigure, Sector};
use crate::stats;
use eframe::egui;
use egui::{RichText, Role, Sense, WidgetInfo};
use egui_plot::{Line, Plot, Points};

/// The narrowest a card gets, in points; cards widen to fill each row.
const MIN_CARD_WIDTH: f32 = 260.0;
/// Space between cards.
const CARD_GAP: f32 = 10.0;
/// A card's frame around its content: inner margin and stroke, both sides.
const CARD_CHROME: f32 = 26.0;

/// Grids of up to this many cards are drawn whole. Larger ones (a sector of a
/// big dataset can have hundreds of key figures) draw only the rows in view.
const CARDS_ALWAYS_DRAWN: usize = 40;

/// Lays `items` out as rows of equally wide cards filling the available width,
/// calling `add(ui, item, content_width)` for each.
///
/// A large grid draws only the rows that meet the visible area: each row drawn
/// remembers its height (under `id_salt`), and a row out of view only takes up
/// that space, or the height of the last row drawn if it has never been drawn.
fn card_grid<T>(
    ui: &mut egui::Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    items: &[T],
    mut add: impl FnMut(&mut egui::Ui, &T, f32),
) {
    let available = ui.available_width();
    let per_row = (((available + CARD_GAP) / (MIN_CARD_WIDTH + CARD_CHROME + CARD_GAP)).floor()
        as usize)
        .max(1);
    let width = (available - CARD_GAP * (per_row as f32 - 1.0)) / per_row as f32 - CARD_CHROME;
    let cull = items.len() > CARDS_ALWAYS_DRAWN;
    let grid_id = ui.scope_id().with(("card grid", id_salt, per_row));
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
                    ui.add_space(CARD_GAP);
                    continue;
                }
            }
        }
        let drawn = ui.horizontal(|ui| {
            ui.spacing_mut().item_spacing.x = CARD_GAP;
            for item in row {
                add(ui, item, width.max(120.0));
            }
        });
        if cull {
            let height = drawn.response.rect.height();
            ui.data_mut(|d| d.insert_temp(row_id, height));
            last_height = Some(height);
        }
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
pub fn figure_sentence(loaded: &Analysis, lang: Lang, figure: &KeyFigure) -> String {
    let source = loaded
        .dataset
        .source(&figure.source)
        .map_or(figure.source.clone(), |s| s.publisher.clone());
    lang.format(
        T::FigureSentence,
        &[
            &lang.pick(&figure.label, figure.label_zh.as_ref()),
            &i18n::figure(lang, figure.value, &figure.unit, figure.qualifier),
            &figure.date,
            &source,
        ],
    )
}

/// The Overview: one card per sector with its headline figure. Clicking a card
/// opens the sector's tab.
pub fn overview(ui: &mut egui::Ui, loaded: &Analysis, lang: Lang, commands: &mut Vec<Command>) {
    let dataset = &loaded.dataset;
    let by_date = &loaded.index.initiatives_by_date;
    let year_of = |i: Option<&usize>| i.map_or(0, |&i| dataset.initiatives[i].date.year);
    let (first, last) = (year_of(by_date.first()), year_of(by_date.last()));
    ui.label(
        RichText::new(lang.format(
            T::OverviewSummary,
            &[
                &dataset.sectors.len(),
                &dataset.initiatives.len(),
                &first,
                &last,
                &dataset.sources.len(),
            ],
        ))
        .weak(),
    );
    ui.add_space(6.0);
    card_grid(ui, "sectors", &dataset.sectors, |ui, sector, width| {
        let headline = stats::headline(sector);
        let sector_name = lang.pick(&sector.name, sector.name_zh.as_ref());
        let name = match headline {
            Some(f) => lang.format(
                T::CardName,
                &[&sector_name, &figure_sentence(loaded, lang, f)],
            ),
            None => lang.format(T::CardName, &[&sector_name, &lang.t(T::NoPublishedFigure)]),
        };
        let response = card(ui, name, width, true, |ui| {
            ui.label(RichText::new(sector_name).strong().size(16.0));
            match headline {
                Some(f) => {
                    ui.label(
                        RichText::new(i18n::figure(lang, f.value, &f.unit, f.qualifier))
                            .size(24.0)
                            .strong()
                            .color(ui.visuals().hyperlink_color),
                    );
                    ui.label(
                        RichText::new(format!(
                            "{} · {}",
                            lang.pick(&f.label, f.label_zh.as_ref()),
                            f.date
                        ))
                        .small(),
                    );
                }
                None => {
                    ui.label(RichText::new(lang.t(T::NoPublishedFigure)).weak());
                }
            }
            let initiatives = loaded.index.sector_initiatives(&sector.id).len();
            ui.label(
                RichText::new(lang.format(
                    T::CardCounts,
                    &[
                        &sector.key_figures.len(),
                        &sector.organisations.len(),
                        &initiatives,
                    ],
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

fn confidence_badge(ui: &mut egui::Ui, lang: Lang, confidence: Confidence) {
    let color = crate::style::confidence_color(confidence);
    ui.label(
        RichText::new(lang.t(i18n::confidence(confidence)))
            .small()
            .color(color),
    );
}

fn source_link(ui: &mut egui::Ui, loaded: &Analysis, lang: Lang, source_id: &str) {
    match loaded.dataset.source(source_id) {
        Some(source) => {
            let mut dates = Vec::new();
            if let Some(published) = source.published {
                dates.push(lang.format(T::Published, &[&published]));
            }
            dates.push(lang.format(T::Accessed, &[&source.accessed]));
            // Kept on one row: a link that wraps in a wrapped row is split in
            // two, and its second half is an unnamed node for screen readers.
            let wrap = ui.style().wrap_mode;
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
            ui.hyperlink_to(
                RichText::new(lang.format(T::SourceIs, &[&source.publisher])).small(),
                &source.url,
            )
            .on_hover_text(format!(
                "{}\n{}\n{}",
                source.title,
                source.url,
                dates.join(", ")
            ));
            ui.style_mut().wrap_mode = wrap;
        }
        None => {
            ui.label(RichText::new(lang.format(T::SourceIs, &[&source_id])).small());
        }
    }
}

/// A sector's tab: summary, key figures, trends, organisations, initiatives.
pub fn sector_page(
    ui: &mut egui::Ui,
    loaded: &Analysis,
    lang: Lang,
    sector: &Sector,
    commands: &mut Vec<Command>,
) {
    ui.label(
        RichText::new(lang.pick(&sector.name, sector.name_zh.as_ref()))
            .heading()
            .strong(),
    );
    ui.label(lang.pick(&sector.summary, sector.summary_zh.as_ref()));
    ui.add_space(8.0);

    ui.label(RichText::new(lang.t(T::KeyFigures)).strong());
    if sector.key_figures.is_empty() {
        ui.label(RichText::new(lang.t(T::NoPublishedFigure)).weak());
    }
    card_grid(
        ui,
        ("figures", &sector.id),
        &sector.key_figures,
        |ui, figure, width| {
            card(
                ui,
                figure_sentence(loaded, lang, figure),
                width,
                false,
                |ui| {
                    ui.label(
                        RichText::new(i18n::figure(
                            lang,
                            figure.value,
                            &figure.unit,
                            figure.qualifier,
                        ))
                        .size(22.0)
                        .strong(),
                    );
                    ui.label(lang.pick(&figure.label, figure.label_zh.as_ref()));
                    ui.label(RichText::new(figure.date.to_string()).small().weak());
                    if let Some(definition) = &figure.definition {
                        ui.label(
                            RichText::new(lang.format(T::DefinitionIs, &[definition]))
                                .small()
                                .italics(),
                        );
                    }
                    ui.horizontal(|ui| {
                        source_link(ui, loaded, lang, &figure.source);
                        confidence_badge(ui, lang, figure.confidence);
                    });
                },
            );
        },
    );

    let series = stats::key_figure_series(sector);
    if !series.is_empty() {
        ui.add_space(8.0);
        ui.label(RichText::new(lang.t(T::Trends)).strong());
        card_grid(ui, ("trends", &sector.id), &series, |ui, s, width| {
            let label = sector
                .key_figures
                .iter()
                .find(|f| f.label == s.label)
                .map_or(s.label.as_str(), |f| {
                    lang.pick(&f.label, f.label_zh.as_ref())
                });
            let name = lang.format(
                T::TrendChart,
                &[
                    &label,
                    &s.points
                        .iter()
                        .map(|(x, y)| format!("{:.0}: {}", x.floor(), format::thousands(*y)))
                        .collect::<Vec<_>>()
                        .join("; "),
                ],
            );
            let plot_name = name.clone();
            card(ui, name, width, false, |ui| {
                ui.label(
                    RichText::new(format!("{label} ({})", i18n::unit(lang, &s.unit)))
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
                    })
                    .response
                    .widget_info(|| WidgetInfo::labeled(Role::Image, true, &plot_name));
            });
        });
    }

    ui.add_space(8.0);
    ui.label(RichText::new(lang.t(T::NotableOrganisations)).strong());
    if sector.organisations.is_empty() {
        ui.label(RichText::new(lang.t(T::NoneListed)).weak());
    }
    rows(
        ui,
        ("organisations", &sector.id),
        sector.organisations.len(),
        |ui, i| {
            let org = &sector.organisations[i];
            ui.horizontal_wrapped(|ui| {
                let mut name = org.name.clone();
                if let Some(zh) = &org.name_zh {
                    name.push_str(&format!(" ({zh})"));
                }
                ui.label(RichText::new(name).strong());
                ui.label(
                    RichText::new(match org.founded {
                        Some(year) => lang.format(
                            T::Founded,
                            &[&lang.t(i18n::organisation_kind(org.kind)), &year],
                        ),
                        None => lang.t(i18n::organisation_kind(org.kind)).to_owned(),
                    })
                    .small()
                    .weak(),
                );
                ui.label(format!("— {}", org.note));
                source_link(ui, loaded, lang, &org.source);
                confidence_badge(ui, lang, org.confidence);
            });
            ui.add_space(2.0);
        },
    );

    ui.add_space(8.0);
    let initiatives = loaded.index.sector_initiatives(&sector.id);
    ui.label(RichText::new(lang.format(T::Milestones, &[&initiatives.len()])).strong());
    rows(
        ui,
        ("milestones", &sector.id),
        initiatives.len(),
        |ui, i| {
            let n = &loaded.dataset.initiatives[initiatives[i]];
            let amount = n
                .amount
                .map_or(String::new(), |m| format!(" · {}", format::hkd(m.in_hkd())));
            let text = format!(
                "{} · {} · {}{}",
                n.date,
                lang.pick(&n.name, n.name_zh.as_ref()),
                n.body,
                amount
            );
            if ui.link(text).on_hover_text(&n.description).clicked() {
                commands.push(Command::SelectInitiative(Some(n.id.clone())));
            }
        },
    );
}

/// Up to this many rows are shown in place; longer lists scroll in a box that
/// draws only the rows in view.
const ROWS_IN_PLACE: usize = 40;

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
