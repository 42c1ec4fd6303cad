//! The report's first parts: the cover, the Overview's headline figure per
//! sector, and a page per sector (key figures with source and confidence,
//! organisations, initiatives). All text through `i18n` in the report's
//! language.

use super::flow::Flow;
use super::page::{Look, Role};
use super::table::table;
use crate::charts::ChartData;
use crate::i18n::{self, Lang, T, numbers};
use crate::model::{KeyFigure, Sector};
use crate::style::report as st;

/// Body text.
pub(super) const BODY: Look = Look {
    size: st::BODY,
    color: st::INK,
    bold: false,
};

/// Notes, sources and details under an entry.
pub(super) const NOTE: Look = Look {
    size: st::SMALL,
    color: st::MUTED,
    bold: false,
};

/// A link's text.
pub(super) const LINK: Look = Look {
    size: st::SMALL,
    color: st::LINK,
    bold: false,
};

/// The indent of the lines under a list entry.
pub(super) const INDENT: f32 = 12.0;

/// The dataset's title in `lang`.
pub(super) fn title(data: ChartData, lang: Lang) -> String {
    lang.pick(&data.dataset.title, data.dataset.title_zh.as_ref())
        .to_owned()
}

/// "as of 9 June 2025" in `lang`.
pub(super) fn as_of(data: ChartData, lang: Lang) -> String {
    lang.format(T::AsOf, &[&numbers::date(lang, &data.dataset.as_of)])
}

/// The cover: title, what the report is, as of when, and which dataset.
pub(super) fn cover(flow: &mut Flow, data: ChartData, lang: Lang) {
    let dataset = data.dataset;
    flow.gap(0.0);
    flow.set_y(flow.size().y * 0.3);
    let look = Look {
        size: st::TITLE,
        color: st::ACCENT,
        bold: true,
    };
    flow.text(&title(data, lang), look, 0.0, Role::Heading);
    flow.gap(st::BODY);
    flow.text(lang.t(T::ReportSubtitle), BODY, 0.0, Role::Body);
    flow.gap(2.0 * st::BODY);
    let big = Look {
        size: st::SUBHEADING,
        ..BODY
    };
    flow.text(&as_of(data, lang), big, 0.0, Role::Body);
    let by_date = &data.index.initiatives_by_date;
    let year = |i: Option<&usize>| i.map_or(0, |&i| dataset.initiatives[i].date.year);
    let summary = lang.format(
        T::OverviewSummary,
        &[
            &dataset.sectors.len(),
            &dataset.initiatives.len(),
            &year(by_date.first()),
            &year(by_date.last()),
            &dataset.sources.len(),
        ],
    );
    flow.text(
        &lang.format(T::ReportDataset, &[&summary]),
        BODY,
        0.0,
        Role::Body,
    );
}

/// The Overview: each sector's headline figure, as the Overview's cards show it.
pub(super) fn overview(flow: &mut Flow, data: ChartData, lang: Lang) {
    flow.part(lang.t(T::Overview), true);
    flow.subheading(lang.t(T::ReportHeadlines));
    let columns = [
        lang.t(T::Sectors).to_owned(),
        lang.t(T::KeyFigures).to_owned(),
        lang.t(T::SourceLabel)
            .trim_end_matches([':', '：'])
            .to_owned(),
    ];
    let rows: Vec<Vec<String>> = data
        .dataset
        .sectors
        .iter()
        .map(|sector| {
            let name = lang.pick(&sector.name, sector.name_zh.as_ref()).to_owned();
            match headline(data, sector) {
                Some(f) => vec![name, figure_text(lang, f), publisher(data, f)],
                None => vec![name, lang.t(T::NoPublishedFigure).to_owned(), String::new()],
            }
        })
        .collect();
    table(flow, &columns, &rows);
}

/// The sector's headline figure, as `stats::Story` picked it for the Overview.
fn headline<'a>(data: ChartData, sector: &'a Sector) -> Option<&'a KeyFigure> {
    let position = data.index.sector_position(&sector.id)?;
    let index = (*data.stats.story.headlines.get(position)?)?;
    sector.key_figures.get(index)
}

/// "AI companies at Cyberport: >400 companies (July 2025)".
fn figure_text(lang: Lang, f: &KeyFigure) -> String {
    format!(
        "{}: {} ({})",
        lang.pick(&f.label, f.label_zh.as_ref()),
        i18n::figure(lang, f.value, &f.unit, f.qualifier),
        numbers::date(lang, &f.date)
    )
}

fn publisher(data: ChartData, f: &KeyFigure) -> String {
    data.dataset
        .source(&f.source)
        .map_or(f.source.to_string(), |s| s.publisher.clone())
}

/// A page per sector.
pub(super) fn sectors(flow: &mut Flow, data: ChartData, lang: Lang, on_sector: &mut dyn FnMut()) {
    for sector in &data.dataset.sectors {
        flow.part(lang.pick(&sector.name, sector.name_zh.as_ref()), true);
        let summary = lang.pick(&sector.summary, sector.summary_zh.as_ref());
        flow.text(summary, BODY, 0.0, Role::Body);
        key_figures(flow, data, lang, sector);
        organisations(flow, lang, sector);
        initiatives(flow, data, lang, &sector.id);
        on_sector();
    }
}

fn key_figures(flow: &mut Flow, data: ChartData, lang: Lang, sector: &Sector) {
    flow.subheading(lang.t(T::KeyFigures));
    if sector.key_figures.is_empty() {
        flow.text(lang.t(T::NoPublishedFigure), NOTE, 0.0, Role::Body);
    }
    for f in &sector.key_figures {
        flow.need(st::BODY * st::LEADING + 2.0 * st::SMALL * st::LEADING);
        flow.text(&figure_text(lang, f), BODY, 0.0, Role::Body);
        if let Some(definition) = &f.definition {
            flow.text(definition, NOTE, INDENT, Role::Body);
        }
        source_line(
            flow,
            data,
            lang,
            &f.source,
            lang.t(i18n::confidence(f.confidence)),
        );
    }
}

/// "Source: publisher: title · verified", linked to the source's URL.
pub(super) fn source_line(
    flow: &mut Flow,
    data: ChartData,
    lang: Lang,
    id: &str,
    confidence: &str,
) {
    let Some(source) = data.dataset.source(id) else {
        flow.text(&lang.format(T::SourceIs, &[&id]), NOTE, INDENT, Role::Body);
        return;
    };
    let cited = format!("{}: {} · {}", source.publisher, source.title, confidence);
    flow.link(
        &lang.format(T::SourceIs, &[&cited]),
        LINK,
        INDENT,
        &source.url,
    );
}

fn organisations(flow: &mut Flow, lang: Lang, sector: &Sector) {
    flow.subheading(lang.t(T::NotableOrganisations));
    if sector.organisations.is_empty() {
        flow.text(lang.t(T::ReportNoOrganisations), NOTE, 0.0, Role::Body);
    }
    for org in &sector.organisations {
        let mut name = org.name.clone();
        if let Some(zh) = &org.name_zh {
            name.push_str(&format!(" ({zh})"));
        }
        let kind = lang.t(i18n::organisation_kind(org.kind));
        let about = match org.founded {
            Some(year) => lang.format(T::Founded, &[&kind, &year]),
            None => kind.to_owned(),
        };
        flow.need(st::BODY * st::LEADING + st::SMALL * st::LEADING);
        flow.text(&format!("{name} · {about}"), BODY, 0.0, Role::Body);
        let confidence = lang.t(i18n::confidence(org.confidence));
        flow.text(
            &format!("{} · {confidence}", org.note),
            NOTE,
            INDENT,
            Role::Body,
        );
    }
}

fn initiatives(flow: &mut Flow, data: ChartData, lang: Lang, sector: &str) {
    let list = data.index.sector_initiatives(sector);
    flow.subheading(&lang.format(T::Milestones, &[&list.len()]));
    if list.is_empty() {
        flow.text(lang.t(T::ReportNoInitiatives), NOTE, 0.0, Role::Body);
    }
    for &i in list {
        initiative(flow, data, lang, i);
    }
}

/// One initiative: date, name, body and amount; what it is below.
pub(super) fn initiative(flow: &mut Flow, data: ChartData, lang: Lang, i: usize) {
    let Some(n) = data.dataset.initiatives.get(i) else {
        return;
    };
    let line = i18n::initiative_line(lang, n, true);
    flow.need(st::BODY * st::LEADING + st::SMALL * st::LEADING);
    flow.text(&line, BODY, 0.0, Role::Body);
    flow.text(&n.description, NOTE, INDENT, Role::Body);
}
