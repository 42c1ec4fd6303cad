//! The timeline of government initiatives: a horizontal, zoomable, scrollable
//! strip with one swimlane per sector (per kind, when one sector is shown),
//! where each entry is a dot on its date and a cluster too dense to label
//! entry by entry shows its first name and a count; filters by kind and
//! sector, a details panel, and a list twin for keyboard and screen readers.
//!
//! `layout` places the labels and counts (pure geometry), `lanes` sorts the
//! entries into lanes (pure), `cache` keeps the layout between frames,
//! `strip` paints the axis and lanes, `entries` the entries and counts,
//! `details` shows one initiative and the list twin.

mod cache;
mod details;
mod entries;
mod lanes;
mod layout;
mod strip;

use crate::i18n::{self, T};
use crate::model::InitiativeKind;
use crate::style::{self, timeline::ZOOM_STEP};
use crate::ui::command::Command;
use crate::ui::ids;
use crate::ui::state::AppState;
use eframe::egui;
use egui::{RichText, Role, WidgetInfo};

/// Shows the timeline. In a sector tab `fixed_sector` narrows it to that sector
/// (and the sector filter is hidden).
pub fn show(
    ui: &mut egui::Ui,
    state: &AppState,
    fixed_sector: Option<&str>,
    commands: &mut Vec<Command>,
) {
    let lang = state.lang;
    kind_filter(ui, state, commands);
    ui.horizontal_wrapped(|ui| {
        if fixed_sector.is_none() {
            sector_filter(ui, state, commands);
        }
        view_controls(ui, state, commands);
    });
    let layout = cache::layout(ui, state, fixed_sector);
    ui.label(
        RichText::new(lang.format(T::InitiativesShown, &[&layout.entries.len()]))
            .small()
            .weak(),
    );
    // Details first, so they are in view whatever the strip's height.
    let dataset = &state.analysis.dataset;
    let selected = state.timeline.selected.as_deref();
    if let Some(initiative) = selected.and_then(|id| dataset.initiative(id)) {
        details::details(ui, state, initiative, commands);
        ui.add_space(style::window::SUMMARY_GAP);
    }
    if layout.entries.is_empty() {
        ui.label(RichText::new(lang.t(T::NoInitiativeMatches)).weak());
    } else if state.timeline.list_view {
        details::list(ui, state, &layout.entries, commands);
    } else {
        strip::strip(ui, state, &layout, commands);
    }
}

/// One checkbox per initiative kind, in the kind's colour.
fn kind_filter(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.lang;
    ui.horizontal_wrapped(|ui| {
        ui.label(lang.t(T::Kinds));
        for kind in InitiativeKind::ALL {
            let mut on = state.timeline.kinds.contains(&kind);
            let text = RichText::new(lang.t(i18n::initiative_kind(kind)))
                .color(style::initiative_kind_color(kind));
            if ui.checkbox(&mut on, text).changed() {
                commands.push(Command::ToggleInitiativeKind(kind));
            }
        }
    });
}

/// The sector filter of the Timeline tab, with sector names in the interface language.
fn sector_filter(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.lang;
    let chosen = &state.timeline.sector;
    let current = chosen
        .as_deref()
        .map_or(lang.t(T::AllSectors).to_owned(), |id| state.sector_name(id));
    egui::ComboBox::from_id_salt(ids::TIMELINE_SECTOR)
        .selected_text(lang.format(T::SectorFilter, &[&current]))
        .show_ui(ui, |ui| {
            if ui
                .selectable_label(chosen.is_none(), lang.t(T::AllSectors))
                .clicked()
                && chosen.is_some()
            {
                commands.push(Command::SetTimelineSector(None));
            }
            for sector in &state.analysis.dataset.sectors {
                let this = chosen.as_deref() == Some(sector.id.as_str());
                if ui
                    .selectable_label(this, state.sector_name(&sector.id))
                    .clicked()
                    && !this
                {
                    commands.push(Command::SetTimelineSector(Some(sector.id.clone())));
                }
            }
        })
        .response
        .widget_info(|| WidgetInfo::labeled(Role::ComboBox, true, lang.t(T::TimelineSectorFilter)));
}

/// The list/strip switch and, for the strip, the zoom.
fn view_controls(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.lang;
    let timeline = &state.timeline;
    let view = if timeline.list_view {
        lang.t(T::ShowAsTimeline)
    } else {
        lang.t(T::ShowAsList)
    };
    if ui.button(view).clicked() {
        commands.push(Command::SetTimelineListView(!timeline.list_view));
    }
    if timeline.list_view {
        return;
    }
    let zoom = timeline.points_per_year;
    if ui.button("−").on_hover_text(lang.t(T::ZoomOut)).clicked() {
        commands.push(Command::SetTimelineZoom(zoom / ZOOM_STEP));
    }
    let mut slider = zoom;
    ui.add(
        egui::Slider::new(&mut slider, style::timeline::ZOOM)
            .show_value(false)
            .text(lang.t(T::Zoom)),
    );
    if slider != zoom {
        commands.push(Command::SetTimelineZoom(slider));
    }
    if ui.button("+").on_hover_text(lang.t(T::ZoomIn)).clicked() {
        commands.push(Command::SetTimelineZoom(zoom * ZOOM_STEP));
    }
}
