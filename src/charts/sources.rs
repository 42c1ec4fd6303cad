//! The sources behind a chart: every source a record it shows cites, for the
//! complete source list that exports carry (SVG metadata, CSV), and the
//! "Source:" line under every chart, which names publishers with a primary
//! source first.

use super::{ChartData, ChartKind, ChartOptions, FundingMoney, publishers};
use crate::i18n::{T, numbers};
use crate::index::DatasetIndex;
use crate::model::{FundingScope, Source};
use rustc_hash::FxHashSet as HashSet;

/// The sources cited by the records `kind` shows under `options`, primary
/// sources first, each group in first-use order. Read from the records, not
/// the index: exports ask once per file, never per frame.
pub fn chart_sources<'a>(
    kind: ChartKind,
    data: ChartData<'a>,
    options: &ChartOptions,
) -> Vec<&'a Source> {
    let dataset = data.dataset;
    let years = &options.years;
    let ids: Vec<&str> = match kind {
        ChartKind::StartupsPerYear => dataset
            .startup_counts
            .iter()
            .filter(|c| years.contains(&c.year))
            .map(|c| c.source.as_str())
            .collect(),
        // Every survey year with category counts, whatever the year range.
        ChartKind::StartupsBySector => dataset
            .startup_counts
            .iter()
            .filter(|c| c.category.is_some())
            .map(|c| c.source.as_str())
            .collect(),
        ChartKind::FundingBySector => {
            let ai_only = options.funding_money_shown() == FundingMoney::AiSpecific;
            dataset
                .funding
                .iter()
                .filter(|f| years.contains(&f.year))
                .filter(|f| !ai_only || f.scope == FundingScope::AiSpecific)
                .map(|f| f.source.as_str())
                .collect()
        }
        ChartKind::InitiativesPerYear => dataset
            .initiatives
            .iter()
            .filter(|n| years.contains(&n.date.year))
            .map(|n| n.source.as_str())
            .collect(),
    };
    let mut seen = HashSet::default();
    let mut sources: Vec<&Source> = ids
        .into_iter()
        .filter(|id| seen.insert(*id))
        .filter_map(|id| dataset.source(id))
        .collect();
    // Stable: primary sources first, each group in first-use order.
    sources.sort_by_key(|s| s.secondary);
    sources
}

/// How many publishers the source line names before "and N more".
const MAX_PUBLISHERS_NAMED: usize = 6;

/// The "Source:" line: publishers of the sources behind the chart (those with a
/// primary source first; past [`MAX_PUBLISHERS_NAMED`] it says how many more),
/// and the as-of date. The complete list is [`chart_sources`].
pub fn source_line(kind: ChartKind, data: ChartData, options: &ChartOptions) -> String {
    let publishers = primary_first(publishers(kind, data, options), data.index);
    let lang = options.lang;
    let shown = publishers.len().min(MAX_PUBLISHERS_NAMED);
    let mut line = lang.format(T::SourceLine, &[&publishers[..shown].join("; ")]);
    if publishers.len() > shown {
        line.push_str(&lang.format(T::AndMore, &[&(publishers.len() - shown)]));
    }
    if publishers.is_empty() {
        line = lang.t(T::NoSourceInRange).to_owned();
    }
    let as_of = numbers::date(lang, &data.dataset.as_of);
    line.push_str(&lang.format(T::DataAsOf, &[&as_of]));
    line
}

/// `publishers` reordered so that those with a primary source in the dataset
/// come first (publishers of mirrors and secondary reports only after), each
/// group keeping its order. The set of primary publishers is built once per
/// dataset: the source line is drawn every frame.
fn primary_first<'a>(mut publishers: Vec<&'a str>, index: &DatasetIndex) -> Vec<&'a str> {
    publishers.sort_by_key(|p| !index.primary_publishers.contains(*p));
    publishers
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Dataset;
    use crate::stats::Stats;

    #[test]
    fn every_chart_lists_its_sources_primary_first_without_repeats() {
        let dataset = crate::load::embedded_dataset().expect("valid");
        let (stats, index) = (Stats::new(&dataset), DatasetIndex::new(&dataset));
        let data = ChartData {
            dataset: &dataset,
            stats: &stats,
            index: &index,
        };
        let options = ChartOptions::for_stats(&stats);
        for kind in ChartKind::ALL {
            let sources = chart_sources(kind, data, &options);
            assert!(!sources.is_empty(), "{}", kind.slug());
            let first_secondary = sources.iter().position(|s| s.secondary);
            if let Some(at) = first_secondary {
                assert!(sources[at..].iter().all(|s| s.secondary), "{}", kind.slug());
            }
            let ids: HashSet<&str> = sources.iter().map(|s| s.id.as_str()).collect();
            assert_eq!(ids.len(), sources.len(), "{}", kind.slug());
            // Every publisher the source line can name has a source listed.
            for publisher in super::super::publishers(kind, data, &options) {
                assert!(
                    sources.iter().any(|s| s.publisher == publisher),
                    "{}: {publisher}",
                    kind.slug()
                );
            }
        }
    }

    #[test]
    fn publishers_with_a_primary_source_come_first() {
        let mut dataset: Dataset = (*crate::load::embedded_dataset().expect("valid")).clone();
        dataset.sources.truncate(2);
        dataset.sources[0].publisher = "Mirror".into();
        dataset.sources[0].secondary = true;
        dataset.sources[1].publisher = "Gov".into();
        dataset.sources[1].secondary = false;
        let index = DatasetIndex::new(&dataset);
        let ordered = primary_first(vec!["Mirror", "Other", "Gov"], &index);
        assert_eq!(ordered, ["Gov", "Mirror", "Other"]);
    }
}
