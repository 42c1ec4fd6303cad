//! The report's last parts: every chart of the registry as vectors with its
//! table and source line, the timeline of initiatives as a list, and every
//! source with its URL as a link.

use super::flow::Flow;
use super::page::Role;
use super::sections::{BODY, INDENT, LINK, NOTE, initiative};
use super::table::table;
use crate::charts::{self, ChartData, ChartKind, ChartOptions};
use crate::export::scene;
use crate::export::spec::ExportSpec;
use crate::i18n::{Lang, T, numbers};
use crate::style::report as st;

/// The layout size a chart is drawn at before it is scaled to the page: the
/// design size the SVG and PNG exports use, so text keeps its proportions.
fn chart_spec() -> ExportSpec {
    let size = crate::export::DESIGN_SIZE;
    ExportSpec {
        width: size.x as u32,
        height: size.y as u32,
        ..ExportSpec::default()
    }
}

/// Each chart on a page of its own: the drawing, its table, its source line.
/// `on_chart` is told after each chart (the report's progress).
pub(super) fn charts(
    flow: &mut Flow,
    kinds: &[ChartKind],
    data: ChartData,
    options: &ChartOptions,
    on_chart: &mut dyn FnMut(),
) {
    let lang = options.lang;
    flow.part(lang.t(T::Charts), true);
    let spec = chart_spec();
    for (i, &kind) in kinds.iter().enumerate() {
        if i > 0 {
            flow.page_break();
        }
        flow.chart(scene::draw(kind, data, options, &spec));
        flow.gap(st::BODY);
        let t = charts::chart_table(kind, data, options);
        table(flow, &t.columns, &t.rows);
        let source = charts::source_line(kind, data, options);
        flow.text(&source, NOTE, 0.0, Role::Body);
        on_chart();
    }
}

/// Every initiative, by date.
pub(super) fn timeline(flow: &mut Flow, data: ChartData, lang: Lang) {
    flow.part(lang.t(T::Timeline), true);
    for &i in &data.index.initiatives_by_date {
        initiative(flow, data, lang, i);
    }
}

/// Every source: publisher and title, when it was published, and its URL as a link.
pub(super) fn sources(flow: &mut Flow, data: ChartData, lang: Lang) {
    let all = &data.dataset.sources;
    flow.part(&lang.format(T::ReportSourceCount, &[&all.len()]), true);
    for source in all {
        flow.need(st::BODY * st::LEADING + st::SMALL * st::LEADING);
        let published = source
            .published
            .as_ref()
            .map_or(String::new(), |d| format!(" ({})", numbers::date(lang, d)));
        let secondary = match source.secondary {
            true => format!(" · {}", lang.t(T::SecondarySource)),
            false => String::new(),
        };
        let line = format!(
            "{}: {}{published}{secondary}",
            source.publisher, source.title
        );
        flow.text(&line, BODY, 0.0, Role::Body);
        flow.link(&source.url, LINK, INDENT, &source.url);
    }
}
