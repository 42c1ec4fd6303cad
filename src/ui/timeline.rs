//! The timeline of government initiatives: a horizontal, zoomable, scrollable
//! strip with labels stacked in lanes so they never overlap, filters by kind
//! and sector, a details panel, and a list twin for keyboard and screen readers.

use super::{Command, Loaded};
use crate::format;
use crate::i18n::{self, Lang, T};
use crate::model::{Initiative, InitiativeKind};
use crate::style::initiative_kind_color as kind_color;
use eframe::egui;
use egui::{Align2, FontId, Pos2, Rect, RichText, Role, Sense, Stroke, WidgetInfo, vec2};
use std::collections::BTreeSet;

/// The timeline's filters, zoom, selection and view.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineState {
    /// Kinds shown (all by default).
    pub kinds: BTreeSet<InitiativeKind>,
    /// Only initiatives of this sector, on the Timeline tab (`None`: all).
    pub sector: Option<String>,
    /// The initiative whose details are shown.
    pub selected: Option<String>,
    /// The list twin instead of the strip.
    pub list_view: bool,
    /// Zoom: horizontal points per year.
    pub points_per_year: f32,
    /// Where the strip should scroll on its next frame (then cleared).
    pub scroll_to: Option<ScrollTarget>,
    /// The strip's lane layout, kept until the entries, zoom or language change.
    layout: Option<(LayoutKey, Vec<Placed>)>,
}

/// What a lane layout depends on.
#[derive(Debug, Clone, PartialEq)]
struct LayoutKey {
    dataset: usize,
    entries: Vec<usize>,
    points_per_year: f32,
    lang: Lang,
}

/// A place the timeline strip scrolls to once.
#[derive(Debug, Clone, PartialEq)]
pub enum ScrollTarget {
    /// The latest years (where the strip opens).
    Latest,
    /// An initiative's label, centred.
    Initiative(String),
}

impl Default for TimelineState {
    fn default() -> Self {
        TimelineState {
            kinds: InitiativeKind::ALL.into_iter().collect(),
            sector: None,
            selected: None,
            list_view: false,
            points_per_year: 120.0,
            scroll_to: Some(ScrollTarget::Latest),
            layout: None,
        }
    }
}

/// Zoom limits, points per year.
const ZOOM: std::ops::RangeInclusive<f32> = 30.0..=400.0;
const LANE_HEIGHT: f32 = 20.0;
const AXIS_HEIGHT: f32 = 28.0;
const LABEL_GAP: f32 = 8.0;
const MAX_LABEL_WIDTH: f32 = 240.0;
/// Labels stack in at most this many lanes; an entry with no free lane shows as
/// a dot only (zoom in, or use the list, to read it).
const MAX_LANES: usize = 24;
/// Room left of the first year so its label is not clipped.
const LEFT_MARGIN: f32 = 28.0;

/// Shows the timeline. In a sector tab `fixed_sector` narrows it to that sector
/// (and the sector filter is hidden).
pub fn show(
    ui: &mut egui::Ui,
    loaded: &Loaded,
    lang: Lang,
    state: &mut TimelineState,
    fixed_sector: Option<&str>,
    commands: &mut Vec<Command>,
) {
    let dataset = &loaded.dataset;
    ui.horizontal_wrapped(|ui| {
        ui.label(lang.t(T::Kinds));
        for kind in InitiativeKind::ALL {
            let mut on = state.kinds.contains(&kind);
            let text = RichText::new(lang.t(i18n::initiative_kind(kind))).color(kind_color(kind));
            if ui.checkbox(&mut on, text).changed() {
                if on {
                    state.kinds.insert(kind);
                } else {
                    state.kinds.remove(&kind);
                }
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        if fixed_sector.is_none() {
            let current = state
                .sector
                .as_deref()
                .map_or(lang.t(T::AllSectors).to_owned(), |id| {
                    crate::charts::sector_label(dataset, id, lang)
                });
            egui::ComboBox::from_id_salt("timeline_sector")
                .selected_text(lang.format(T::SectorFilter, &[&current]))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut state.sector, None, lang.t(T::AllSectors));
                    for sector in &dataset.sectors {
                        ui.selectable_value(
                            &mut state.sector,
                            Some(sector.id.clone()),
                            &sector.name,
                        );
                    }
                })
                .response
                .widget_info(|| {
                    WidgetInfo::labeled(Role::ComboBox, true, lang.t(T::TimelineSectorFilter))
                });
        }
        let view = if state.list_view {
            lang.t(T::ShowAsTimeline)
        } else {
            lang.t(T::ShowAsList)
        };
        if ui.button(view).clicked() {
            state.list_view = !state.list_view;
        }
        if !state.list_view {
            if ui.button("−").on_hover_text(lang.t(T::ZoomOut)).clicked() {
                state.points_per_year = (state.points_per_year / 1.25).max(*ZOOM.start());
            }
            ui.add(
                egui::Slider::new(&mut state.points_per_year, ZOOM)
                    .show_value(false)
                    .text(lang.t(T::Zoom)),
            );
            if ui.button("+").on_hover_text(lang.t(T::ZoomIn)).clicked() {
                state.points_per_year = (state.points_per_year * 1.25).min(*ZOOM.end());
            }
        }
    });

    let sector = fixed_sector.or(state.sector.as_deref());
    // Indexes into `initiatives`, in date order (the index keeps them sorted).
    let candidates = match sector {
        Some(sector) => loaded.index.sector_initiatives(sector),
        None => loaded.index.initiatives_by_date.as_slice(),
    };
    let entries: Vec<usize> = candidates
        .iter()
        .copied()
        .filter(|&i| state.kinds.contains(&dataset.initiatives[i].kind))
        .collect();
    ui.label(
        RichText::new(lang.format(T::InitiativesShown, &[&entries.len()]))
            .small()
            .weak(),
    );

    // Details first, so they are in view whatever the strip's height.
    if let Some(selected) = state
        .selected
        .as_deref()
        .and_then(|id| dataset.initiative(id))
    {
        details(ui, loaded, lang, selected, commands);
        ui.add_space(6.0);
    }
    if entries.is_empty() {
        ui.label(RichText::new(lang.t(T::NoInitiativeMatches)).weak());
    } else if state.list_view {
        list(ui, loaded, lang, &entries, state, commands);
    } else {
        strip(ui, loaded, lang, entries, state, commands);
    }
}

/// The initiative's name in `lang` (English where no Chinese name is known).
fn display_name(n: &Initiative, lang: Lang) -> &str {
    lang.pick(&n.name, n.name_zh.as_ref())
}

fn entry_name(n: &Initiative, lang: Lang) -> String {
    format!("{} {} ({})", n.date, display_name(n, lang), n.body)
}

fn list(
    ui: &mut egui::Ui,
    loaded: &Loaded,
    lang: Lang,
    entries: &[usize],
    state: &TimelineState,
    commands: &mut Vec<Command>,
) {
    super::cards::rows(ui, "timeline_list", entries.len(), |ui, row| {
        let n = &loaded.dataset.initiatives[entries[row]];
        let selected = state.selected.as_deref() == Some(n.id.as_str());
        ui.horizontal(|ui| {
            ui.label(n.date.to_string());
            if ui
                .selectable_label(selected, display_name(n, lang))
                .on_hover_text(&n.description)
                .clicked()
            {
                commands.push(Command::SelectInitiative(Some(n.id.clone())));
            }
            ui.label(
                RichText::new(lang.t(i18n::initiative_kind(n.kind))).color(kind_color(n.kind)),
            );
            ui.label(n.body.as_str());
        });
    });
}

/// An entry placed on the strip: where, in which lane (`None`: no room for a
/// label), and how wide its label is.
#[derive(Debug, Clone, PartialEq)]
struct Placed {
    entry: usize,
    x: f32,
    lane: Option<usize>,
    width: f32,
    text: String,
}

/// Puts each label in the lowest lane where it does not overlap the one
/// before; entries are in date order, so `x` only grows.
fn place(
    ui: &egui::Ui,
    initiatives: &[Initiative],
    lang: Lang,
    entries: &[usize],
    first_year: i32,
    points_per_year: f32,
) -> Vec<Placed> {
    let mut lane_ends: Vec<f32> = Vec::new();
    let font = FontId::proportional(12.5);
    let color = ui.visuals().text_color();
    entries
        .iter()
        .map(|&entry| {
            let n = &initiatives[entry];
            let x = (n.date.as_fractional_year() - f64::from(first_year)) as f32 * points_per_year;
            let name = display_name(n, lang);
            let mut text = name.to_owned();
            let mut width = ui
                .painter()
                .layout_no_wrap(text.clone(), font.clone(), color)
                .size()
                .x;
            if width > MAX_LABEL_WIDTH {
                text = truncate(name, 34);
                width = ui
                    .painter()
                    .layout_no_wrap(text.clone(), font.clone(), color)
                    .size()
                    .x;
            }
            let width = width + 10.0;
            let lane = match lane_ends.iter().position(|end| *end + LABEL_GAP <= x) {
                Some(lane) => Some(lane),
                None if lane_ends.len() < MAX_LANES => {
                    lane_ends.push(f32::MIN);
                    Some(lane_ends.len() - 1)
                }
                None => None,
            };
            if let Some(lane) = lane {
                lane_ends[lane] = x + width;
            }
            Placed {
                entry,
                x,
                lane,
                width,
                text,
            }
        })
        .collect()
}

fn truncate(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(max_chars - 1).collect();
        format!("{cut}…")
    }
}

fn strip(
    ui: &mut egui::Ui,
    loaded: &Loaded,
    lang: Lang,
    entries: Vec<usize>,
    state: &mut TimelineState,
    commands: &mut Vec<Command>,
) {
    let initiatives = &loaded.dataset.initiatives;
    let year_of = |i: usize| initiatives[i].date.year;
    let first_year = entries.first().map_or(2000, |&i| year_of(i));
    let last_year = entries.last().map_or(first_year, |&i| year_of(i)) + 1;
    let key = LayoutKey {
        dataset: std::sync::Arc::as_ptr(&loaded.dataset) as usize,
        entries,
        points_per_year: state.points_per_year,
        lang,
    };
    if state.layout.as_ref().is_none_or(|(k, _)| *k != key) {
        let placed = place(
            ui,
            initiatives,
            lang,
            &key.entries,
            first_year,
            state.points_per_year,
        );
        state.layout = Some((key, placed));
    }
    let Some((key, placed)) = state.layout.take() else {
        return;
    };
    let lanes = placed
        .iter()
        .filter_map(|p| p.lane)
        .max()
        .map_or(1, |l| l + 1);
    let width =
        LEFT_MARGIN + (last_year - first_year) as f32 * state.points_per_year + MAX_LABEL_WIDTH;
    let height = AXIS_HEIGHT + 10.0 + lanes as f32 * LANE_HEIGHT + 8.0;

    let scroll = egui::ScrollArea::horizontal()
        .id_salt("timeline_strip")
        .auto_shrink([false, true]);
    scroll.show(ui, |ui| {
        let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
        response.widget_info(|| {
            WidgetInfo::labeled(
                Role::Group,
                true,
                lang.format(
                    T::TimelineOf,
                    &[&placed.len(), &first_year, &(last_year - 1)],
                ),
            )
        });
        // Ctrl + wheel zooms while hovering the strip.
        if response.hovered() {
            let zoom = ui.input(|i| i.zoom_delta());
            if zoom != 1.0 {
                state.points_per_year =
                    (state.points_per_year * zoom).clamp(*ZOOM.start(), *ZOOM.end());
            }
        }
        let painter = ui.painter_at(rect);
        let visuals = ui.visuals().clone();
        // The axis runs along the top, so the years are in view at once and
        // label lanes stack downwards.
        let axis_y = rect.top() + AXIS_HEIGHT;
        let left = rect.left() + LEFT_MARGIN;
        painter.line_segment(
            [Pos2::new(left, axis_y), Pos2::new(rect.right(), axis_y)],
            Stroke::new(1.5, visuals.text_color()),
        );
        let step = if state.points_per_year >= 45.0 { 1 } else { 2 };
        for year in (first_year..=last_year).filter(|y| (y - first_year) % step == 0) {
            let x = left + (year - first_year) as f32 * state.points_per_year;
            painter.line_segment(
                [Pos2::new(x, axis_y - 5.0), Pos2::new(x, axis_y)],
                Stroke::new(1.0, visuals.text_color()),
            );
            painter.text(
                Pos2::new(x, axis_y - 7.0),
                Align2::CENTER_BOTTOM,
                year.to_string(),
                FontId::proportional(12.0),
                visuals.text_color(),
            );
        }
        if state.scroll_to == Some(ScrollTarget::Latest) {
            let end =
                Rect::from_min_size(Pos2::new(rect.right() - 1.0, rect.top()), vec2(1.0, 1.0));
            ui.scroll_to_rect(end, Some(egui::Align::Max));
            state.scroll_to = None;
        }
        // Only what is in view (plus a label's width to the left) is drawn:
        // entries are in date order, so two binary searches find them.
        let view = ui.clip_rect();
        let wanted = state.scroll_to.clone();
        let from = placed.partition_point(|p| left + p.x < view.left() - MAX_LABEL_WIDTH);
        let to = placed.partition_point(|p| left + p.x <= view.right());
        let scroll_target = placed.iter().position(|p| {
            matches!(&wanted, Some(ScrollTarget::Initiative(id)) if *id == initiatives[p.entry].id)
        });
        let in_view = from..to.max(from);
        let drawn = in_view
            .clone()
            .chain(scroll_target.filter(|i| !in_view.contains(i)));
        for p in drawn.map(|i| &placed[i]) {
            let n = &initiatives[p.entry];
            let x = left + p.x;
            let color = kind_color(n.kind);
            let selected = state.selected.as_deref() == Some(n.id.as_str());
            let Some(lane) = p.lane else {
                // No room for a label: a dot that names itself on hover.
                let dot = Rect::from_center_size(Pos2::new(x, axis_y), vec2(8.0, 8.0));
                painter.circle_filled(dot.center(), 3.0, color.gamma_multiply(0.7));
                let hit = ui.interact(
                    dot,
                    ui.scope_id().with(("initiative", &n.id)),
                    Sense::click(),
                );
                hit.widget_info(|| WidgetInfo::labeled(Role::Button, true, entry_name(n, lang)));
                if hit.on_hover_text(entry_name(n, lang)).clicked() {
                    commands.push(Command::SelectInitiative(Some(n.id.clone())));
                }
                continue;
            };
            let label_y = axis_y + 10.0 + lane as f32 * LANE_HEIGHT;
            painter.line_segment(
                [
                    Pos2::new(x, axis_y),
                    Pos2::new(x, label_y + LANE_HEIGHT * 0.5),
                ],
                Stroke::new(1.0, color.gamma_multiply(0.6)),
            );
            painter.circle_filled(
                Pos2::new(x, axis_y),
                if selected { 6.0 } else { 4.5 },
                color,
            );
            let label_rect = Rect::from_min_size(
                Pos2::new(x - 2.0, label_y),
                vec2(p.width, LANE_HEIGHT - 2.0),
            );
            let id = ui.scope_id().with(("initiative", &n.id));
            let hit = ui.interact(label_rect, id, Sense::click());
            hit.widget_info(|| WidgetInfo::labeled(Role::Button, true, entry_name(n, lang)));
            let fill = if selected {
                visuals.selection.bg_fill
            } else if hit.hovered() {
                visuals.widgets.hovered.weak_bg_fill
            } else {
                visuals.extreme_bg_color
            };
            painter.rect_filled(label_rect, 4.0, fill);
            painter.rect_stroke(
                label_rect,
                4.0,
                Stroke::new(1.0, color),
                egui::StrokeKind::Inside,
            );
            painter.text(
                Pos2::new(label_rect.left() + 5.0, label_rect.center().y),
                Align2::LEFT_CENTER,
                &p.text,
                FontId::proportional(12.5),
                visuals.text_color(),
            );
            if state.scroll_to == Some(ScrollTarget::Initiative(n.id.clone())) {
                ui.scroll_to_rect(label_rect, Some(egui::Align::Center));
                state.scroll_to = None;
            }
            let hit = hit.on_hover_text(format!("{}\n{}", entry_name(n, lang), n.description));
            if hit.clicked() {
                commands.push(Command::SelectInitiative(Some(n.id.clone())));
            }
        }
    });
    state.layout = Some((key, placed));
}

fn details(
    ui: &mut egui::Ui,
    loaded: &Loaded,
    lang: Lang,
    n: &Initiative,
    commands: &mut Vec<Command>,
) {
    ui.add_space(8.0);
    egui::Frame::group(ui.style())
        .inner_margin(10.0)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(RichText::new(display_name(n, lang)).heading().strong());
                if ui.button(lang.t(T::CloseDetails)).clicked() {
                    commands.push(Command::SelectInitiative(None));
                }
            });
            // The other language's name, when there is one.
            if let Some(zh) = &n.name_zh {
                ui.label(if lang == Lang::En { zh } else { &n.name });
            }
            egui::Grid::new("initiative_details")
                .num_columns(2)
                .spacing([12.0, 4.0])
                .show(ui, |ui| {
                    ui.label(RichText::new(lang.t(T::Date)).strong());
                    ui.label(n.date.to_string());
                    ui.end_row();
                    ui.label(RichText::new(lang.t(T::Body)).strong());
                    ui.label(n.body.as_str());
                    ui.end_row();
                    ui.label(RichText::new(lang.t(T::Kind)).strong());
                    ui.label(lang.t(i18n::initiative_kind(n.kind)));
                    ui.end_row();
                    ui.label(RichText::new(lang.t(T::Amount)).strong());
                    ui.label(match n.amount {
                        Some(m) if m.currency == crate::model::Currency::HKD => {
                            format::hkd(m.value)
                        }
                        Some(m) => lang.format(
                            T::UsdAmount,
                            &[&format::compact(m.value), &format::hkd(m.in_hkd())],
                        ),
                        None => lang.t(T::NoAmount).to_owned(),
                    });
                    ui.end_row();
                    ui.label(RichText::new(lang.t(T::Sectors)).strong());
                    ui.label(
                        n.sectors
                            .iter()
                            .map(|s| crate::charts::sector_label(&loaded.dataset, s, lang))
                            .collect::<Vec<_>>()
                            .join(", "),
                    );
                    ui.end_row();
                    ui.label(RichText::new(lang.t(T::Confidence)).strong());
                    ui.label(lang.t(i18n::confidence(n.confidence)));
                    ui.end_row();
                });
            ui.label(&n.description);
            if let Some(source) = loaded.dataset.source(&n.source) {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(lang.t(T::SourceLabel)).strong());
                    ui.hyperlink_to(
                        format!("{} — {}", source.publisher, source.title),
                        &source.url,
                    );
                });
                ui.label(RichText::new(&source.url).small().weak());
            }
        });
}
