//! The strip's layout, kept in egui's temporary memory between frames and
//! made again only when the data, the filters, the zoom or the language
//! change: a frame then does no work proportional to the records.

use super::lanes;
use super::layout::{Layout, LayoutKey};
use crate::style;
use crate::ui::ids;
use crate::ui::state::AppState;
use eframe::egui;
use std::sync::Arc;

/// The layout of what the timeline shows now (`fixed_sector`: a sector tab's).
pub fn layout(ui: &egui::Ui, state: &AppState, fixed_sector: Option<&str>) -> Arc<Layout> {
    let timeline = &state.timeline;
    let key = LayoutKey {
        dataset: Arc::as_ptr(&state.analysis.dataset) as usize,
        kinds: timeline.kinds.clone(),
        sector: fixed_sector
            .map(Into::into)
            .or_else(|| timeline.sector.clone()),
        points_per_year: timeline.points_per_year,
        lang: state.lang,
    };
    let id = egui::Id::unique(ids::TIMELINE_LAYOUT);
    if let Some(layout) = ui.data(|d| d.get_temp::<Arc<Layout>>(id))
        && layout.key == key
    {
        return layout;
    }
    let analysis = &state.analysis;
    let candidates = match key.sector.as_deref() {
        Some(sector) => analysis.index.sector_initiatives(sector),
        None => analysis.index.initiatives_by_date.as_slice(),
    };
    let entries = lanes::shown(&analysis.dataset, candidates, &key);
    let font = style::font(ui.style(), style::TIMELINE_LABEL);
    let color = ui.visuals().text_color();
    let measure = |text: &str| {
        let galley = ui
            .painter()
            .layout_no_wrap(text.to_owned(), font.clone(), color);
        galley.size().x
    };
    let layout = Arc::new(lanes::build(&analysis.dataset, entries, key, &measure));
    ui.data_mut(|d| d.insert_temp(id, layout.clone()));
    layout
}
