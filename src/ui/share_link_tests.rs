//! Share links against hostile input: whatever the fragment, parsing returns
//! (no panic), what is valid applies, and the rest is named in one short line.

use super::*;
use crate::analysis::Analysis;

fn state() -> AppState {
    let mut state = AppState::default();
    let analysis = Analysis::new(crate::load::embedded_dataset().unwrap());
    state.apply(Command::ShowData {
        analysis,
        file: None,
    });
    state.apply(Command::SetLanguage(Lang::En));
    state
}

/// A fresh state after following `fragment`, and the link's notice.
fn follow(fragment: &str) -> (AppState, Option<String>) {
    let mut state = state();
    let span = state.analysis.stats.year_span.clone();
    let parsed = parse(fragment, &state.analysis.dataset, &span);
    let notice = parsed.notice();
    for command in parsed.commands {
        state.apply(command);
    }
    (state, notice)
}

#[test]
fn the_issue_example_opens_the_timeline_in_chinese() {
    let (state, notice) = follow("tab=timeline&lang=zh-HK");
    assert_eq!(state.tab, Tab::Timeline);
    assert_eq!(state.lang, Lang::ZhHk);
    assert_eq!(notice, None);
    let timeline = Lang::ZhHk.t(crate::i18n::T::Timeline);
    assert_eq!(title_of(&state), format!("{timeline} — HK AI Dashboard"));
}

#[test]
fn a_view_survives_the_round_trip_through_its_link() {
    let mut state = state();
    let data = &state.analysis.dataset;
    let sector = data.sectors[1].id.clone();
    let initiative = data.initiatives[2].id.clone();
    let span = state.analysis.stats.year_span.clone();
    let years = (*span.start() + 1)..=(*span.end() - 1);
    for command in [
        Command::SelectTab(Tab::Timeline),
        Command::SetTimelineSector(Some(sector.clone())),
        Command::SetYears(years.clone()),
        Command::SetFundingMoney(FundingMoney::WithGeneral),
        Command::SetLanguage(Lang::ZhHk),
        Command::SelectInitiative(Some(initiative.clone())),
    ] {
        state.apply(command);
    }
    let link = fragment_of(&state);
    assert!(
        link.contains("tab=timeline") && link.contains("lang=zh-HK"),
        "{link}"
    );
    let (followed, notice) = follow(&format!("#{link}"));
    assert_eq!(notice, None, "{link}");
    assert_eq!(fragment_of(&followed), link);
    assert_eq!(followed.timeline.sector, Some(sector.clone()));
    assert_eq!(followed.timeline.selected, Some(initiative));
    assert_eq!(followed.charts.years, years);
    assert_eq!(followed.charts.funding_money, FundingMoney::WithGeneral);

    // A sector tab, and the funding chart as shares.
    let (followed, _) = follow(&format!("tab=sector&sector={sector}&funding=share"));
    assert_eq!(followed.tab, Tab::Sector(sector.clone()));
    assert!(followed.charts.funding_as_share);
    assert_eq!(follow(&fragment_of(&followed)).0.tab, Tab::Sector(sector));
}

#[test]
fn a_fresh_start_links_to_the_overview_in_its_language_only() {
    assert_eq!(fragment_of(&state()), "tab=overview&lang=en");
}

#[test]
fn hostile_parts_are_ignored_and_the_rest_still_applies() {
    let (state, notice) = follow(
        "tab=charts&colour=red&years=3000-1&lang=klingon&sector=atlantis\
         &initiative=<script>alert(1)</script>&years=2024-2015&funding=all",
    );
    assert_eq!(state.tab, Tab::Charts, "the good part applies");
    assert_eq!(state.lang, Lang::En);
    assert_eq!(state.charts.years, state.analysis.stats.year_span);
    assert_eq!(state.timeline.selected, None);
    let notice = notice.expect("a notice");
    assert!(
        notice.starts_with("colour=red, years=3000-1, lang=klingon, …"),
        "{notice}"
    );
    assert!(!notice.contains('\n'));
}

#[test]
fn impossible_years_are_ignored() {
    let span = state().analysis.stats.year_span.clone();
    let outside = *span.end() + 1;
    for years in [
        format!("{}-{}", span.start(), outside),
        format!("{}-{}", span.end(), span.start()),
        "-5".to_owned(),
        "--".to_owned(),
        "2020-2021-2022".to_owned(),
        "99999999999999999999-1".to_owned(),
        "２０２０".to_owned(),
        String::new(),
    ] {
        let (state, notice) = follow(&format!("years={years}"));
        assert_eq!(state.charts.years, span, "{years}");
        assert!(notice.is_some(), "{years}");
    }
    let (state, notice) = follow(&format!("years={}", span.end()));
    assert_eq!(state.charts.years, *span.end()..=*span.end());
    assert_eq!(notice, None);
}

#[test]
fn a_sector_tab_without_a_known_sector_leaves_the_tab() {
    let (state, notice) = follow("tab=sector&sector=nowhere");
    assert_eq!(state.tab, Tab::Overview);
    assert_eq!(notice.as_deref(), Some("sector=nowhere"));
}

#[test]
fn megabytes_markup_and_odd_shapes_never_panic() {
    let huge = "tab=timeline&".repeat(300_000);
    let (state, notice) = follow(&huge);
    assert_eq!(state.tab, Tab::Overview, "a huge link is ignored whole");
    assert_eq!(notice, Some(format!("{} bytes", huge.len())));
    let long_value = format!("x={}", "界".repeat(600));
    for fragment in [
        "",
        "#",
        "&&&",
        "=",
        "==",
        "tab",
        "tab=",
        "=timeline",
        "tab=timeline=charts",
        "lang=zh-HK\n<img src=x onerror=alert(1)>",
        "%00%ff",
        "\u{0}\u{7f}\u{202e}",
        long_value.as_str(),
    ] {
        let (_, notice) = follow(fragment);
        if let Some(notice) = notice {
            assert!(notice.chars().count() <= 3 * 26 + 5, "{notice}");
            assert!(!notice.chars().any(char::is_control), "{notice:?}");
        }
    }
}

#[test]
fn the_copied_link_is_the_page_address_with_the_view_as_fragment() {
    let (state, _) = follow("tab=timeline&lang=zh-HK");
    let fragment = fragment_of(&state);
    let page = "https://example.org/dashboard/index.html?v=2";
    for address in [
        page.to_owned(),
        format!("{page}#"),
        format!("{page}#tab=charts&lang=en"),
        format!("{page}#a#b"),
    ] {
        let copied = link(&address, &state);
        assert_eq!(copied, format!("{page}#{fragment}"), "from {address:?}");
        // Following the copied link shows the same view.
        let (_, after) = copied.split_once('#').unwrap();
        let (followed, notice) = follow(after);
        assert_eq!(
            (followed.tab, followed.lang, notice),
            (Tab::Timeline, Lang::ZhHk, None)
        );
    }
}
