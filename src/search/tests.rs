//! The search on the shipped dataset: English, Chinese, prefixes, typos,
//! words out of order, ranking and highlighting.

use super::*;
use crate::analysis::Analysis;
use crate::load;

fn shipped() -> Analysis {
    Analysis::new(load::embedded_dataset().expect("the shipped data is valid"))
}

fn search(analysis: &Analysis, query: &str) -> Results {
    analysis.search.search(&analysis.dataset, query, 50)
}

/// The matched text of each highlighted range of a hit.
fn marked(hit: &Hit) -> Vec<&str> {
    hit.ranges.iter().map(|r| &hit.text[r.clone()]).collect()
}

fn initiative_position(analysis: &Analysis, id: &str) -> usize {
    analysis
        .dataset
        .initiatives
        .iter()
        .position(|n| n.id == id)
        .expect("the initiative is in the data")
}

#[test]
fn every_kind_of_record_is_indexed_once() {
    let analysis = shipped();
    let d = &analysis.dataset;
    let figures: usize = d.sectors.iter().map(|s| s.key_figures.len()).sum();
    let organisations: usize = d.sectors.iter().map(|s| s.organisations.len()).sum();
    let expected = d.sectors.len()
        + figures
        + organisations
        + d.initiatives.len()
        + d.sources.len()
        + crate::charts::ChartKind::ALL.len();
    assert_eq!(analysis.search.len(), expected);
}

#[test]
fn an_english_name_is_found_and_highlighted() {
    let analysis = shipped();
    let results = search(&analysis, "Cyberport");
    assert!(results.total >= 5, "{}", results.total);
    let first = &results.hits[0];
    assert_eq!(first.kind, HitKind::Organisation, "{first:?}");
    assert_eq!(first.field, FieldRank::Name);
    assert!(
        marked(first)
            .iter()
            .all(|m| m.eq_ignore_ascii_case("cyberport"))
    );
}

#[test]
fn chinese_is_found_inside_a_run_without_spaces() {
    let analysis = shipped();
    let results = search(&analysis, "人工智能資助計劃");
    let scheme = initiative_position(&analysis, "ai_subsidy_scheme_2024");
    let hit = results
        .hits
        .iter()
        .find(|h| h.target == Target::Initiative(scheme))
        .expect("the AI Subsidy Scheme is found");
    assert_eq!(hit.text, "人工智能資助計劃");
    assert_eq!(marked(hit), ["人工智能資助計劃"]);
    assert_eq!(hit.sector.as_deref(), Some("startups"));
    assert_eq!(hit.id, "ai_subsidy_scheme_2024");
    // Part of a run is found too, and marked alone.
    let part = search(&analysis, "資助");
    let hit = part
        .hits
        .iter()
        .find(|h| h.target == Target::Initiative(scheme))
        .expect("found by part of its name");
    assert_eq!(marked(hit), ["資助"]);
}

#[test]
fn a_prefix_finds_whole_words() {
    let analysis = shipped();
    let results = search(&analysis, "cyber");
    assert!(
        results
            .hits
            .iter()
            .any(|h| h.field == FieldRank::Name && h.text == "Cyberport")
    );
    let hit = &results.hits[0];
    assert!(
        marked(hit).iter().all(|m| m.eq_ignore_ascii_case("cyber")),
        "{hit:?}"
    );
}

#[test]
fn one_typo_in_a_long_word_is_forgiven() {
    let analysis = shipped();
    let exact = search(&analysis, "cyberport");
    let typo = search(&analysis, "cybreport");
    assert!(
        typo.total >= exact.total,
        "{} < {}",
        typo.total,
        exact.total
    );
    assert_eq!(typo.hits[0].target, exact.hits[0].target);
    // Two typos, or one in a short word, find nothing of it.
    assert!(
        search(&analysis, "cybrepotr")
            .hits
            .iter()
            .all(|h| !h.text.contains("Cyberport"))
    );
    assert_eq!(search(&analysis, "hkmx").total, 0);
}

#[test]
fn words_match_in_any_order_and_all_must_match() {
    let analysis = shipped();
    let scheme = Target::Initiative(initiative_position(&analysis, "ai_subsidy_scheme_2024"));
    let forwards = search(&analysis, "subsidy scheme intelligence");
    let backwards = search(&analysis, "intelligence scheme subsidy");
    assert!(forwards.hits.iter().any(|h| h.target == scheme));
    let targets = |r: &Results| r.hits.iter().map(|h| h.target).collect::<Vec<_>>();
    assert_eq!(targets(&forwards), targets(&backwards));
    // Every hit has every word.
    let narrower = search(&analysis, "subsidy scheme intelligence zzzz");
    assert_eq!(narrower.total, 0);
    assert!(forwards.total <= search(&analysis, "subsidy").total);
}

#[test]
fn both_languages_match_at_once_and_accents_fold() {
    let analysis = shipped();
    let mixed = search(&analysis, "SUBSÍDY 計劃");
    let scheme = Target::Initiative(initiative_position(&analysis, "ai_subsidy_scheme_2024"));
    assert!(mixed.hits.iter().any(|h| h.target == scheme), "{mixed:?}");
}

#[test]
fn names_rank_before_descriptions_and_kinds_in_order() {
    let analysis = shipped();
    let results = search(&analysis, "supercomputing");
    let ranks: Vec<FieldRank> = results.hits.iter().map(|h| h.field).collect();
    assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{ranks:?}");
    assert!(ranks.contains(&FieldRank::Name) && ranks.contains(&FieldRank::Description));
    // Within names, kinds come in their order.
    let kinds: Vec<HitKind> = results
        .hits
        .iter()
        .filter(|h| h.field == FieldRank::Name)
        .map(|h| h.kind)
        .collect();
    assert!(kinds.windows(2).all(|w| w[0] <= w[1]), "{kinds:?}");
    // A sector's name ranks first.
    let finance = search(&analysis, "finance");
    assert_eq!(finance.hits[0].kind, HitKind::Sector);
    assert_eq!(finance.hits[0].id, "finance");
}

#[test]
fn charts_are_found_by_their_titles_in_both_languages() {
    let analysis = shipped();
    for query in ["startups per year", "每年初創企業"] {
        let results = search(&analysis, query);
        assert!(
            results
                .hits
                .iter()
                .any(|h| h.target == Target::Chart(crate::charts::ChartKind::StartupsPerYear)),
            "{query}: {results:?}"
        );
    }
}

#[test]
fn the_limit_caps_hits_but_not_the_total() {
    let analysis = shipped();
    let all = analysis.search.search(&analysis.dataset, "a", 1000);
    let few = analysis.search.search(&analysis.dataset, "a", 3);
    assert_eq!(few.hits.len(), 3);
    assert_eq!(few.total, all.total);
    assert_eq!(few.hits[..], all.hits[..3]);
    assert_eq!(search(&analysis, "   ").total, 0);
    assert_eq!(search(&analysis, "").hits.len(), 0);
}

#[test]
fn a_source_lists_the_records_citing_it() {
    let analysis = shipped();
    let d = &analysis.dataset;
    let id = &d.initiatives[initiative_position(&analysis, "ai_subsidy_scheme_2024")].source;
    let (targets, others) = citing(d, id);
    assert!(targets.contains(&Target::Initiative(initiative_position(
        &analysis,
        "ai_subsidy_scheme_2024"
    ))));
    // The scheme's funding record cites the same budget page.
    assert!(others >= 1);
}
