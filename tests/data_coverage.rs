//! Coverage of the shipped dataset, as `data/README.md` promises it: every
//! funding record has a scope and its reason, every sector shows a trend series
//! of three or more points, and every record the README says needs a
//! Chinese name has one.

use hk_ai_dashboard::load;
use hk_ai_dashboard::model::{Dataset, OrganisationKind, Unit};
use hk_ai_dashboard::stats::key_figure_series;

fn shipped() -> Dataset {
    match load::embedded_dataset() {
        Ok(d) => (*d).clone(),
        Err(e) => panic!("the shipped dataset is invalid:\n{e}"),
    }
}

/// The sentence a sector's summary carried while no published figure gave a
/// series of three or more points (data/README.md, "Series").
const SERIES_GAP: &str = "No published figure yet gives a trend series";

#[test]
fn every_funding_record_has_a_scope_note() {
    let d = shipped();
    assert!(!d.funding.is_empty());
    for f in &d.funding {
        assert!(
            f.scope_note.trim().len() >= 10,
            "{}: scope note {:?} is not a reason",
            f.id,
            f.scope_note
        );
    }
}

#[test]
fn every_sector_has_a_three_point_series() {
    let d = shipped();
    for sector in &d.sectors {
        let longest = key_figure_series(sector)
            .iter()
            .map(|s| s.points.len())
            .max()
            .unwrap_or(0);
        assert!(
            longest >= 3,
            "{}: no key-figure series of 3+ points (longest {longest})",
            sector.id
        );
        // The gap sentence goes once a series exists: a card never says both.
        assert!(
            !sector.summary.contains(SERIES_GAP),
            "{}: has a series but its summary still names the gap",
            sector.id
        );
    }
}

#[test]
fn records_that_need_a_chinese_name_have_one() {
    let d = shipped();
    let mut missing = Vec::new();
    for sector in &d.sectors {
        if sector.name_zh.is_none() || sector.summary_zh.is_none() {
            missing.push(format!("sector {}", sector.id));
        }
        for k in &sector.key_figures {
            if k.label_zh.as_deref().is_none_or(|z| z.trim().is_empty()) {
                missing.push(format!("{}: key figure {:?}", sector.id, k.label));
            }
        }
        for o in &sector.organisations {
            let official = matches!(
                o.kind,
                OrganisationKind::Government
                    | OrganisationKind::Regulator
                    | OrganisationKind::PublicBody
                    | OrganisationKind::University
            );
            if official && o.name_zh.is_none() {
                missing.push(format!("{}: organisation {:?}", sector.id, o.name));
            }
        }
    }
    assert!(missing.is_empty(), "no Chinese name: {missing:#?}");
}

#[test]
fn chinese_names_cite_a_source_that_exists() {
    let d = shipped();
    let cited = d
        .sectors
        .iter()
        .flat_map(|s| &s.organisations)
        .filter_map(|o| o.name_zh_source.as_deref())
        .chain(
            d.initiatives
                .iter()
                .filter_map(|i| i.name_zh_source.as_deref()),
        );
    let mut count = 0;
    for id in cited {
        count += 1;
        assert!(d.sources.iter().any(|s| s.id == id), "unknown source {id}");
    }
    assert!(count > 0, "no Chinese name cites its source");
}

#[test]
fn every_shipped_unit_is_one_the_dashboard_can_translate() {
    let d = shipped();
    for sector in &d.sectors {
        for figure in &sector.key_figures {
            assert!(
                !matches!(figure.unit, Unit::Other(_)),
                "{}: unit {:?} has no Chinese measure word (add it to model::Measure)",
                figure.label,
                figure.unit.word()
            );
        }
    }
}

/// The "Chinese names" section of data/README.md: the table of initiatives
/// that need an official Chinese name, and the list of names looked for and
/// not found.
const DATA_README: &str = include_str!("../data/README.md");

/// The text between two HTML comment markers of the data README.
fn readme_section(start: &str, end: &str) -> &'static str {
    let from = DATA_README
        .find(start)
        .unwrap_or_else(|| panic!("data/README.md has no {start} marker"))
        + start.len();
    let to = DATA_README[from..]
        .find(end)
        .unwrap_or_else(|| panic!("data/README.md has no {end} marker"))
        + from;
    &DATA_README[from..to]
}

/// Rows of the README table: (initiative id, Chinese name, name source or None).
fn required_initiative_names() -> Vec<(String, String, Option<String>)> {
    readme_section("<!-- chinese-names:start -->", "<!-- chinese-names:end -->")
        .lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.trim().trim_matches('|').split('|').collect();
            let id = cells.first()?.trim().strip_prefix('`')?.strip_suffix('`')?;
            let zh = cells.get(1)?.trim();
            let source = cells.get(2)?.trim().trim_matches('`');
            let source = (source != "-").then(|| source.to_owned());
            Some((id.to_owned(), zh.to_owned(), source))
        })
        .collect()
}

#[test]
fn initiatives_the_readme_lists_carry_that_official_chinese_name() {
    let d = shipped();
    let required = required_initiative_names();
    assert!(
        required.len() >= 40,
        "the README table lists only {} initiatives",
        required.len()
    );
    for (id, zh, source) in &required {
        let Some(n) = d.initiatives.iter().find(|n| &n.id == id) else {
            panic!("README lists unknown initiative {id}");
        };
        assert_eq!(n.name_zh.as_deref(), Some(zh.as_str()), "{id}: name_zh");
        assert_eq!(
            n.name_zh_source.as_deref(),
            source.as_deref(),
            "{id}: name_zh_source"
        );
    }
    for n in &d.initiatives {
        if n.name_zh.is_some() {
            assert!(
                required.iter().any(|(id, _, _)| id == &n.id),
                "{}: has a name_zh the README table does not list",
                n.id
            );
        }
    }
}

#[test]
fn names_looked_for_and_not_found_stay_absent() {
    let d = shipped();
    let section = readme_section(
        "<!-- chinese-names-missing:start -->",
        "<!-- chinese-names-missing:end -->",
    );
    let ids: Vec<&str> = section.split('`').skip(1).step_by(2).collect();
    assert!(
        ids.len() >= 10,
        "only {} names listed as not found",
        ids.len()
    );
    for id in ids {
        let Some(n) = d.initiatives.iter().find(|n| n.id == id) else {
            panic!("README lists unknown initiative {id} as not found");
        };
        assert!(
            n.name_zh.is_none(),
            "{id}: has a name_zh but the README says it was not found"
        );
    }
}
