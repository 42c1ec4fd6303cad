//! The text of a search result row: its kind and sector, the matched text
//! with the matches marked and cut round the first one, and the name a screen
//! reader reads for it. Pure formatting; the row widget is in `search_box`.

use super::state::AppState;
use crate::i18n::{Lang, T, numbers};
use crate::model::Dataset;
use crate::search::{FieldRank, Hit, HitKind, Target};
use crate::style::search as look;
use eframe::egui;
use egui::TextFormat;
use egui::text::LayoutJob;
use std::ops::Range;

/// A result row's text (kind · sector, the record's name, the marked match and
/// a key figure's date) and its accessible name.
pub fn result_text(ui: &egui::Ui, state: &AppState, hit: &Hit) -> (LayoutJob, String) {
    let lang = state.lang;
    let dataset = &state.analysis.dataset;
    let kind = lang.t(kind_name(hit.kind));
    let sector = hit.sector.as_ref().map_or_else(
        || lang.t(T::AllSectorsShort).to_owned(),
        |s| state.sector_name(s),
    );
    let (text, ranges) = excerpt(&hit.text, &hit.ranges);
    let mut job = LayoutJob::default();
    let plain = TextFormat::simple(
        egui::TextStyle::Body.resolve(ui.style()),
        ui.visuals().text_color(),
    );
    let weak = TextFormat {
        color: ui.visuals().weak_text_color(),
        ..plain.clone()
    };
    job.append(&format!("{kind} · {sector}   "), 0.0, weak);
    let text_from = job.text.len();
    if hit.field != FieldRank::Name {
        job.append(
            &format!("{} — ", record_name(dataset, hit.target, lang)),
            0.0,
            plain.clone(),
        );
    }
    append_marked(&mut job, &text, &ranges, &plain);
    if let Target::KeyFigure { sector, index } = hit.target
        && let Some(f) = dataset
            .sectors
            .get(sector)
            .and_then(|s| s.key_figures.get(index))
    {
        job.append(
            &format!(" ({})", numbers::date(lang, &f.date)),
            0.0,
            plain.clone(),
        );
    }
    job.wrap = egui::text::TextWrapping::truncate_at_width(look::RESULTS_WIDTH);
    let name = lang.format(
        T::SearchResultName,
        &[&kind, &sector, &&job.text[text_from..]],
    );
    (job, name)
}

/// Appends `text` with its `ranges` marked.
fn append_marked(job: &mut LayoutJob, text: &str, ranges: &[Range<usize>], plain: &TextFormat) {
    let marked = TextFormat {
        background: look::MATCH_BACKGROUND,
        color: look::MATCH_TEXT,
        ..plain.clone()
    };
    let mut at = 0;
    for range in ranges {
        job.append(&text[at..range.start], 0.0, plain.clone());
        job.append(&text[range.clone()], 0.0, marked.clone());
        at = range.end;
    }
    job.append(&text[at..], 0.0, plain.clone());
}

/// A long text cut to a window around its first match, with its ranges moved
/// to match (ranges past the cut are dropped).
pub fn excerpt(text: &str, ranges: &[Range<usize>]) -> (String, Vec<Range<usize>>) {
    let first = ranges.first().map_or(0, |r| r.start);
    let lead_chars = text[..first].chars().count();
    let start = if lead_chars > look::EXCERPT_LEAD {
        text[..first]
            .char_indices()
            .nth(lead_chars - look::EXCERPT_LEAD)
            .map_or(0, |(at, _)| at)
    } else {
        0
    };
    let end = text[start..]
        .char_indices()
        .nth(look::EXCERPT_CHARS)
        .map_or(text.len(), |(at, _)| start + at);
    let (before, after) = (
        if start > 0 { "…" } else { "" },
        if end < text.len() { "…" } else { "" },
    );
    let shift = before.len() as isize - start as isize;
    let moved = ranges
        .iter()
        .filter(|r| r.start >= start && r.end <= end)
        .map(|r| (r.start as isize + shift) as usize..(r.end as isize + shift) as usize)
        .collect();
    (format!("{before}{}{after}", &text[start..end]), moved)
}

/// A record's name in the interface language.
pub fn record_name(dataset: &Dataset, target: Target, lang: Lang) -> String {
    let pick = |en: &String, zh: &Option<String>| lang.pick(en, zh.as_ref()).to_owned();
    match target {
        Target::Sector(s) => dataset.sectors.get(s).map(|s| pick(&s.name, &s.name_zh)),
        Target::KeyFigure { sector, index } => dataset
            .sectors
            .get(sector)
            .and_then(|s| s.key_figures.get(index))
            .map(|f| pick(&f.label, &f.label_zh)),
        Target::Organisation { sector, index } => dataset
            .sectors
            .get(sector)
            .and_then(|s| s.organisations.get(index))
            .map(|o| pick(&o.name, &o.name_zh)),
        Target::Initiative(i) => dataset
            .initiatives
            .get(i)
            .map(|n| pick(&n.name, &n.name_zh)),
        Target::Source(i) => dataset.sources.get(i).map(|s| s.title.clone()),
        Target::Chart(kind) => Some(kind.slug().to_owned()),
    }
    .unwrap_or_default()
}

/// The translated name of a kind of search hit.
pub fn kind_name(kind: HitKind) -> T {
    match kind {
        HitKind::Sector => T::HitSector,
        HitKind::Chart => T::HitChart,
        HitKind::Organisation => T::HitOrganisation,
        HitKind::Initiative => T::HitInitiative,
        HitKind::KeyFigure => T::HitKeyFigure,
        HitKind::Source => T::HitSource,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_text_is_cut_round_its_first_match() {
        let text = format!("{}Cyberport{}", "x".repeat(100), "y".repeat(200));
        let matches = vec![100..109, 290..295];
        let (cut, ranges) = excerpt(&text, &matches);
        assert_eq!(ranges.len(), 1, "the match past the cut is dropped");
        assert!(cut.starts_with('…') && cut.ends_with('…'));
        assert_eq!(&cut[ranges[0].clone()], "Cyberport");
        let matches = vec![0..2, 3..10];
        let (whole, same) = excerpt("AI Subsidy", &matches);
        assert_eq!((whole.as_str(), same), ("AI Subsidy", matches));
    }
}
