//! Copy to the clipboard (issue 18): "Copy image" above each chart (and
//! Ctrl+C while the chart has the keyboard focus, from [`super::command::SHORTCUTS`])
//! puts the chart on the clipboard as the PNG export of its size on screen at
//! [`crate::style::COPY_IMAGE_SCALE`] pixels per point
//! ([`crate::clipboard::image_spec`]); "Copy table" above each table puts
//! its tab-separated cells (they paste as cells in Excel or Sheets). The views
//! push [`Command::CopyChartImage`] and [`Command::CopyTable`];
//! `DashboardApp::apply` carries them out here, with its [`Clipboard`], and
//! shows a toast.

use super::command::Command;
use super::ids;
use super::state::AppState;
use crate::charts::{self, ChartKind};
use crate::clipboard::{self, Clipboard, ClipboardError};
use crate::i18n::{Lang, T};
use eframe::egui;

/// The "Copy image" button (none where images cannot be copied: the web);
/// true when it was clicked.
pub fn image_button(ui: &mut egui::Ui, lang: Lang) -> bool {
    clipboard::IMAGES
        && ui
            .button(lang.t(T::CopyImage))
            .on_hover_text(lang.t(T::CopyImageHint))
            .clicked()
}

/// Remembers that `chart` (the plot, which takes the keyboard focus) shows
/// `kind`, in `size` points with its title and source lines, so that Ctrl+C
/// finds the focused chart ([`focused_chart`]).
pub fn remember_chart(
    ctx: &egui::Context,
    chart: &egui::Response,
    kind: ChartKind,
    size: egui::Vec2,
) {
    ctx.data_mut(|d| d.insert_temp(chart_key(chart.id), (kind, size)));
}

/// The chart that has the keyboard focus, and its size on screen in points.
pub fn focused_chart(ctx: &egui::Context) -> Option<(ChartKind, egui::Vec2)> {
    let id = ctx.memory(|m| m.focused())?;
    ctx.data(|d| d.get_temp(chart_key(id)))
}

fn chart_key(id: egui::Id) -> egui::Id {
    egui::Id::unique(ids::COPY_CHART).with(id)
}

/// Copies `kind` as an image of `size` points; returns the toast saying so.
pub fn chart_image(
    clipboard: &mut dyn Clipboard,
    state: &AppState,
    kind: ChartKind,
    size: egui::Vec2,
) -> Command {
    let lang = state.lang;
    let (data, options) = (state.analysis.chart_data(), state.chart_options());
    let title = charts::title(kind, data, &options);
    let spec = clipboard::image_spec(size.x, size.y);
    let copied = clipboard::chart_image(kind, data, &options, &spec)
        .map_err(|e| e.to_string())
        .and_then(|image| {
            clipboard
                .set_image(&image)
                .map(|()| (image.width, image.height))
                .map_err(|e| failure(lang, &e))
        });
    match copied {
        Ok((w, h)) => toast(lang.format(T::CopiedImage, &[&title, &w, &h]), false),
        Err(why) => toast(lang.format(T::CopyFailed, &[&why]), true),
    }
}

/// Copies the table of `kind` as tab-separated text; returns the toast.
pub fn table(clipboard: &mut dyn Clipboard, state: &AppState, kind: ChartKind) -> Command {
    let lang = state.lang;
    let (data, options) = (state.analysis.chart_data(), state.chart_options());
    let title = charts::title(kind, data, &options);
    let (text, rows) = clipboard::table_text(kind, data, &options);
    match clipboard.set_text(&text) {
        Ok(()) => toast(lang.format(T::CopiedTable, &[&title, &rows]), false),
        Err(e) => toast(lang.format(T::CopyFailed, &[&failure(lang, &e)]), true),
    }
}

/// Why a copy failed, in `lang` (the system's own words after it).
fn failure(lang: Lang, error: &ClipboardError) -> String {
    match error {
        ClipboardError::Unavailable(why) => lang.format(T::ClipboardUnavailable, &[why]),
        ClipboardError::Refused(why) => why.clone(),
    }
}

fn toast(text: String, error: bool) -> Command {
    Command::ShowToast { text, error }
}
