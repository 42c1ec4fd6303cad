//! Tests of the story's selection rules: on a small hand-made dataset with
//! gaps, and on the shipped dataset against plain filters of its records.

use super::*;
use crate::load::embedded_dataset;
use crate::model::*;

fn figure(label: &str, unit: &str, value: f64, date: &str, confidence: Confidence) -> KeyFigure {
    KeyFigure {
        label: label.into(),
        label_zh: None,
        value,
        unit: unit.into(),
        qualifier: Qualifier::Exact,
        date: PartialDate::parse(date).unwrap(),
        definition: None,
        source: "s".into(),
        confidence,
    }
}

fn sector(id: &str, key_figures: Vec<KeyFigure>) -> Sector {
    Sector {
        id: id.into(),
        name: id.into(),
        name_zh: None,
        summary: "s".into(),
        summary_zh: None,
        key_figures,
        organisations: vec![],
    }
}

fn initiative(id: &str, date: &str) -> Initiative {
    Initiative {
        id: id.into(),
        name: id.into(),
        name_zh: None,
        name_zh_source: None,
        date: PartialDate::parse(date).unwrap(),
        body: "b".into(),
        kind: InitiativeKind::Strategy,
        sectors: vec!["a".into()],
        amount: None,
        description: "d".into(),
        source: "s".into(),
        confidence: Confidence::Verified,
    }
}

fn funding(year: i32, scope: FundingScope, value: f64) -> Funding {
    Funding {
        id: format!("f{year}{value}"),
        year,
        sector: "a".into(),
        amount: Money {
            currency: Currency::HKD,
            value,
        },
        kind: FundingKind::GovernmentProgramme,
        scope,
        scope_note: "n".into(),
        name: format!("record {value}"),
        initiative: None,
        source: "s".into(),
        confidence: Confidence::Verified,
    }
}

/// Park figures in two series, no computing figure, AI money in two years
/// beside a larger general record, initiatives with a gap year.
fn small() -> Dataset {
    use Confidence::*;
    Dataset {
        title: "t".into(),
        title_zh: None,
        as_of: PartialDate::year(2026),
        sources: vec![],
        sectors: vec![
            sector(
                "a",
                vec![
                    figure("Plan principles", "principles", 12.0, "2026-01", Verified),
                    figure(
                        "AI companies at Cyberport",
                        "companies",
                        330.0,
                        "2024-12",
                        Verified,
                    ),
                    figure(
                        "AI companies at Cyberport",
                        "companies",
                        400.0,
                        "2025-07",
                        Verified,
                    ),
                    figure(
                        "Cyberport community companies",
                        "companies",
                        2300.0,
                        "2025-10",
                        Verified,
                    ),
                    figure(
                        "AI companies at Science Park",
                        "companies",
                        500.0,
                        "2026-02",
                        Secondary,
                    ),
                    figure(
                        "Maintained companies",
                        "companies",
                        9.0,
                        "2026-03",
                        Verified,
                    ),
                ],
            ),
            sector("empty", vec![]),
        ],
        initiatives: vec![
            initiative("old", "2022"),
            initiative("mid", "2024-05"),
            initiative("late_a", "2025-03-01"),
            initiative("late_b", "2025-03-01"),
            initiative("year_only", "2025"),
        ],
        startup_counts: vec![],
        funding: vec![
            funding(2023, FundingScope::AiSpecific, 3e9),
            funding(2025, FundingScope::AiSpecific, 1e9),
            funding(2025, FundingScope::AiSpecific, 2e9),
            funding(2025, FundingScope::GeneralInnovation, 50e9),
            funding(2025, FundingScope::PartlyAi, 7e9),
        ],
    }
}

#[test]
fn ai_money_sums_ai_specific_records_alone_by_year() {
    let story = Story::new(&small());
    let money = story.figure(StoryTopic::AiMoney).unwrap();
    let latest = money.latest.as_ref().unwrap();
    assert_eq!(latest.value, 6e9, "general and partly-AI money stay out");
    assert_eq!(latest.date, PartialDate::year(2025));
    let years: Vec<(i32, f64)> = money.points.iter().map(|p| (p.0.year, p.1)).collect();
    assert_eq!(
        years,
        vec![(2023, 3e9), (2025, 6e9)],
        "the running total; 2024 is a gap, not a point"
    );
    let trend = money.trend.as_ref().unwrap();
    assert_eq!(
        (trend.direction, trend.from_value),
        (Direction::Up, 3e9),
        "the total shown against the total before its latest year"
    );
    match &latest.origin {
        StoryOrigin::FundingRecords {
            records,
            first_year,
            largest,
        } => {
            assert_eq!((*records, *first_year), (3, 2023));
            assert_eq!(largest.as_ref().unwrap().1, 2e9);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn park_companies_prefer_a_verified_series_then_the_latest() {
    let story = Story::new(&small());
    let parks = story.figure(StoryTopic::ParkAiCompanies).unwrap();
    let latest = parks.latest.as_ref().unwrap();
    // The secondary Science Park figure is later but not verified; community
    // companies and "Maintained" lack the word AI or a park name.
    assert_eq!(latest.value, 400.0);
    assert_eq!(parks.points.len(), 2);
    let trend = parks.trend.as_ref().unwrap();
    assert_eq!(trend.direction, Direction::Up);
    assert_eq!(trend.from_value, 330.0);
}

#[test]
fn a_missing_figure_is_a_gap_and_one_point_has_no_trend() {
    let mut d = small();
    let story = Story::new(&d);
    let computing = story.figure(StoryTopic::Computing).unwrap();
    assert!(computing.latest.is_none() && computing.points.is_empty());
    assert!(computing.trend.is_none());
    d.sectors[0].key_figures = vec![figure(
        "Centre capacity",
        "PFLOPS",
        1300.0,
        "2024-12-09",
        Confidence::Verified,
    )];
    d.funding.clear();
    d.initiatives.clear();
    let story = Story::new(&d);
    let computing = story.figure(StoryTopic::Computing).unwrap();
    assert_eq!(computing.latest.as_ref().unwrap().value, 1300.0);
    assert!(computing.trend.is_none(), "one point: no trend");
    assert!(story.figure(StoryTopic::AiMoney).unwrap().latest.is_none());
    assert!(
        story
            .figure(StoryTopic::ParkAiCompanies)
            .unwrap()
            .latest
            .is_none()
    );
    assert!(
        story
            .figure(StoryTopic::Initiatives)
            .unwrap()
            .latest
            .is_none()
    );
    assert!(story.latest_initiatives.is_empty());
}

#[test]
fn initiatives_count_every_year_up_to_the_latest() {
    let story = Story::new(&small());
    let per_year = story.figure(StoryTopic::Initiatives).unwrap();
    let counts: Vec<(i32, f64)> = per_year.points.iter().map(|p| (p.0.year, p.1)).collect();
    assert_eq!(
        counts,
        vec![(2022, 1.0), (2023, 0.0), (2024, 1.0), (2025, 3.0)]
    );
    let latest = per_year.latest.as_ref().unwrap();
    assert_eq!(latest.value, 3.0);
    assert_eq!(
        latest.origin,
        StoryOrigin::InitiativeCount {
            year_to_date: false
        }
    );
}

#[test]
fn the_latest_initiatives_are_the_most_recent_dates_first() {
    let d = small();
    let names: Vec<&str> = latest_initiatives(&d, 3)
        .into_iter()
        .map(|i| d.initiatives[i].id.as_str())
        .collect();
    // A date known to the day sorts after the same year known only as a year.
    assert_eq!(names, vec!["late_b", "late_a", "year_only"]);
}

#[test]
fn a_headline_is_verified_then_a_measure_of_scale_then_recent() {
    let d = small();
    let story = Story::new(&d);
    // The 2026-01 principles are descriptive; the 2026-02 figure is secondary.
    let a = story.headlines[0].map(|i| d.sectors[0].key_figures[i].label.as_str());
    assert_eq!(a, Some("Maintained companies"));
    assert_eq!(story.headlines[1], None, "no figure: no headline");
    assert_eq!(headline(&d.sectors[0]).map(|f| f.value), Some(9.0));
}

/// On the shipped dataset, each rule's pick is checked against a plain filter
/// of the records, so the test follows the data rather than fixed numbers.
#[test]
fn the_shipped_story_follows_its_rules() {
    let d = match embedded_dataset() {
        Ok(d) => d,
        Err(e) => panic!("{e}"),
    };
    let story = &Stats::new(&d).story;
    assert_eq!(story.figures.len(), StoryTopic::ALL.len());
    let every = || d.sectors.iter().flat_map(|s| &s.key_figures);
    for topic in [StoryTopic::ParkAiCompanies, StoryTopic::Computing] {
        let f = story.figure(topic).unwrap();
        let latest = f.latest.as_ref().unwrap();
        let candidates: Vec<&KeyFigure> = every()
            .filter(|k| match topic {
                StoryTopic::Computing => k.unit.word() == "PFLOPS",
                _ => {
                    k.unit.word() == "companies"
                        && k.label.contains("AI")
                        && PARK_NAMES.iter().any(|p| k.label.contains(p))
                }
            })
            .collect();
        let newest_verified = candidates
            .iter()
            .filter(|k| k.confidence == Confidence::Verified)
            .map(|k| k.date)
            .max()
            .unwrap();
        assert_eq!(latest.date, newest_verified, "{topic:?}");
        assert!(
            candidates
                .iter()
                .any(|k| k.value == latest.value && k.date == latest.date)
        );
        assert!(f.points.windows(2).all(|w| w[0].0 <= w[1].0));
    }
    let money = story
        .figure(StoryTopic::AiMoney)
        .unwrap()
        .latest
        .as_ref()
        .unwrap();
    let plain: f64 = d
        .funding
        .iter()
        .filter(|f| f.scope == FundingScope::AiSpecific)
        .map(|f| f.amount.in_hkd())
        .sum();
    assert!((money.value - plain).abs() < 1.0);
    let latest = &story.latest_initiatives;
    assert_eq!(latest.len(), LATEST_INITIATIVES);
    let newest = d.initiatives.iter().map(|i| i.date).max().unwrap();
    assert_eq!(d.initiatives[latest[0]].date, newest);
    assert!(
        latest
            .windows(2)
            .all(|w| d.initiatives[w[0]].date >= d.initiatives[w[1]].date)
    );
    for (sector, headline) in d.sectors.iter().zip(&story.headlines) {
        let chosen = &sector.key_figures[headline.unwrap()];
        // No verified figure of a measure of scale is more recent.
        if chosen.confidence == Confidence::Verified {
            assert!(
                sector
                    .key_figures
                    .iter()
                    .all(|k| k.confidence != Confidence::Verified
                        || k.date <= chosen.date
                        || matches!(
                            k.unit.word(),
                            "principles" | "areas" | "tiers" | "ha" | "rank" | "procedures"
                        )),
                "{}",
                sector.id
            );
        }
    }
}

#[test]
fn a_year_still_under_way_has_no_trend_arrow() {
    let mut dataset = small();
    dataset.as_of = PartialDate::year(2025);
    let story = Story::new(&dataset);
    let per_year = story.figure(StoryTopic::Initiatives).unwrap();
    assert_eq!(
        per_year.latest.as_ref().unwrap().origin,
        StoryOrigin::InitiativeCount { year_to_date: true }
    );
    assert!(
        per_year.trend.is_none(),
        "2025 so far is not compared with 2024"
    );
    assert_eq!(per_year.points.len(), 4, "the sparkline keeps every year");
    let whole = Story::new(&small());
    assert!(
        whole
            .figure(StoryTopic::Initiatives)
            .unwrap()
            .trend
            .is_some()
    );
}
