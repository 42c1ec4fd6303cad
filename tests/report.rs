//! The PDF report (issue 18): read back with lopdf — its pages, its text
//! (chart titles, a source URL, a Chinese heading), its links — the same
//! bytes twice, and no file at all when it cannot be written.

mod common;

use hk_ai_dashboard::charts::{self, ChartKind, ChartOptions};
use hk_ai_dashboard::export::{self, ExportSpec, Format, Paper, Progress, RunReport, Target};
use hk_ai_dashboard::i18n::{Lang, T};
use lopdf::content::Content;
use lopdf::{Document, Object};
use std::collections::HashMap;
use std::ops::ControlFlow;
use std::path::Path;

fn options(lang: Lang) -> ChartOptions {
    ChartOptions {
        lang,
        ..ChartOptions::for_stats(common::stats())
    }
}

fn spec(paper: Paper) -> ExportSpec {
    paper.spec()
}

/// The report's bytes through the export runner's renderer.
fn render(lang: Lang, paper: Paper) -> Vec<u8> {
    export::render_file(
        &ChartKind::ALL,
        common::data(),
        &options(lang),
        &spec(paper),
    )
    .expect("the report renders")
}

/// Every page's text, and the page count. lopdf 0.38's own `extract_text`
/// rejects the ToUnicode CMaps krilla writes (their PostScript header), so the
/// text is decoded here from the same parts: each font's ToUnicode map (its
/// `bfchar` and `bfrange` entries) applied to the 2-byte codes of every `Tj`
/// and `TJ`, a line break after each text object.
fn text_of(bytes: &[u8]) -> (String, usize) {
    let doc = Document::load_mem(bytes).expect("lopdf reads the report");
    let pages = doc.get_pages();
    let mut text = String::new();
    for &page in pages.values() {
        let mut maps = HashMap::new();
        for (name, font) in doc.get_page_fonts(page).expect("fonts") {
            let Ok(Object::Reference(id)) = font.get(b"ToUnicode") else {
                continue;
            };
            let stream = doc.get_object(*id).unwrap().as_stream().unwrap();
            let cmap = stream
                .decompressed_content()
                .unwrap_or_else(|_| stream.content.clone());
            maps.insert(name, to_unicode(&String::from_utf8_lossy(&cmap)));
        }
        let content = Content::decode(&doc.get_page_content(page).unwrap()).unwrap();
        let mut map: Option<&HashMap<u16, String>> = None;
        for op in &content.operations {
            match op.operator.as_str() {
                "Tf" => map = op.operands[0].as_name().ok().and_then(|n| maps.get(n)),
                "Tj" | "TJ" => {
                    let strings: Vec<&Object> = match op.operands.first() {
                        Some(Object::Array(items)) => items.iter().collect(),
                        Some(o) => vec![o],
                        None => vec![],
                    };
                    for o in strings {
                        if let (Object::String(codes, _), Some(map)) = (o, map) {
                            for pair in codes.chunks(2) {
                                let code =
                                    u16::from_be_bytes([pair[0], *pair.get(1).unwrap_or(&0)]);
                                text.push_str(map.get(&code).map_or("\u{FFFD}", |s| s));
                            }
                        }
                    }
                }
                "ET" => text.push('\n'),
                _ => {}
            }
        }
        text.push('\n');
    }
    (text, pages.len())
}

/// A ToUnicode CMap's code → text pairs.
fn to_unicode(cmap: &str) -> HashMap<u16, String> {
    let hex = |s: &str| -> Vec<u16> {
        let s = s.trim().trim_start_matches('<').trim_end_matches('>');
        (0..s.len() / 4)
            .map(|i| u16::from_str_radix(&s[4 * i..4 * i + 4], 16).unwrap())
            .collect()
    };
    let mut map = HashMap::new();
    let mut mode = "";
    for line in cmap.lines() {
        let line = line.trim();
        if line.ends_with("beginbfchar") || line.ends_with("beginbfrange") {
            mode = if line.ends_with("beginbfchar") {
                "char"
            } else {
                "range"
            };
            continue;
        }
        if line.starts_with("end") {
            mode = "";
            continue;
        }
        let parts: Vec<&str> = line.split_whitespace().collect();
        match (mode, parts.as_slice()) {
            ("char", [code, to]) => {
                map.insert(hex(code)[0], String::from_utf16_lossy(&hex(to)));
            }
            ("range", [from, to, first]) => {
                let (from, to, first) = (hex(from)[0], hex(to)[0], hex(first));
                for (k, code) in (from..=to).enumerate() {
                    let mut units = first.clone();
                    if let Some(last) = units.last_mut() {
                        *last += k as u16;
                    }
                    map.insert(code, String::from_utf16_lossy(&units));
                }
            }
            _ => {}
        }
    }
    map
}

/// The URIs of every link annotation.
fn link_uris(bytes: &[u8]) -> Vec<String> {
    let doc = Document::load_mem(bytes).expect("lopdf reads the report");
    let mut uris = Vec::new();
    for object in doc.objects.values() {
        let Ok(dict) = object.as_dict() else { continue };
        let Ok(action) = dict.get(b"A").and_then(|a| a.as_dict()) else {
            continue;
        };
        if let Ok(uri) = action.get(b"URI").and_then(|u| u.as_str()) {
            uris.push(String::from_utf8_lossy(uri).into_owned());
        }
    }
    uris
}

/// Text extraction joins a run's glyphs but may split lines anywhere a run
/// ends: compare without line breaks and spaces.
fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn the_english_report_has_every_part_chart_and_source() {
    let bytes = render(Lang::En, Paper::A4);
    let (text, pages) = text_of(&bytes);
    let dataset = common::dataset();
    // Cover, overview, a page per sector, a page per chart, timeline, sources.
    let least = 2 + dataset.sectors.len() + ChartKind::ALL.len() + 2;
    assert!(pages >= least, "{pages} pages, expected at least {least}");
    let flat = squeeze(&text);
    let opts = options(Lang::En);
    for kind in ChartKind::ALL {
        let title = charts::title(kind, common::data(), &opts);
        assert!(
            flat.contains(&squeeze(&title)),
            "chart title {title:?} missing"
        );
    }
    for sector in &dataset.sectors {
        assert!(
            flat.contains(&squeeze(&sector.name)),
            "{} missing",
            sector.name
        );
    }
    let url = &dataset.sources[0].url;
    assert!(
        flat.contains(&squeeze(url)),
        "source URL {url} missing from the text"
    );
    let uris = link_uris(&bytes);
    for source in &dataset.sources {
        assert!(uris.contains(&source.url), "no link to {}", source.url);
    }
    let last = format!("Page {pages} of {pages}");
    assert!(flat.contains(&squeeze(&last)), "no {last:?}");
}

#[test]
fn the_chinese_report_reads_back_in_chinese() {
    let bytes = render(Lang::ZhHk, Paper::A4);
    let (text, pages) = text_of(&bytes);
    let flat = squeeze(&text);
    for heading in [T::Overview, T::Charts, T::Timeline, T::KeyFigures] {
        let zh = Lang::ZhHk.t(heading);
        assert!(flat.contains(&squeeze(zh)), "Chinese heading {zh} missing");
    }
    let title = common::dataset().title_zh.clone().expect("a Chinese title");
    assert!(flat.contains(&squeeze(&title)), "{title} missing");
    assert!(flat.contains(&squeeze(&format!("第 {pages} 頁，共 {pages} 頁"))));
    // The fonts are embedded (subset), not referenced.
    let doc = Document::load_mem(&bytes).unwrap();
    let embedded = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.has(b"FontFile2") || d.has(b"FontFile3"))
        .count();
    assert!(embedded >= 2, "{embedded} embedded fonts");
    assert!(
        bytes.len() < 1_000_000,
        "{} bytes: the CJK font is not subset",
        bytes.len()
    );
}

#[test]
fn letter_paper_gives_letter_pages() {
    let bytes = render(Lang::En, Paper::Letter);
    let doc = Document::load_mem(&bytes).unwrap();
    let (_, first) = doc.get_pages().into_iter().next().unwrap();
    let page = doc.get_dictionary(first).unwrap();
    let media = page.get(b"MediaBox").unwrap().as_array().unwrap();
    let w = media[2].as_float().unwrap();
    let h = media[3].as_float().unwrap();
    assert_eq!((w.round(), h.round()), (612.0, 792.0));
}

#[test]
fn the_same_data_gives_the_same_bytes() {
    for lang in [Lang::En, Lang::ZhHk] {
        assert!(
            render(lang, Paper::A4) == render(lang, Paper::A4),
            "{lang:?}"
        );
    }
}

/// The English A4 report into `path` through the export runner, every
/// progress report handed to `on_progress`.
fn run_report(path: &Path, mut on_progress: impl FnMut(Progress<'_>) + Send) -> RunReport {
    let jobs = export::plan(&ChartKind::ALL, &Target::File(path.into()), Format::Pdf);
    export::run(
        &jobs,
        common::data(),
        &options(Lang::En),
        &spec(Paper::A4),
        |p| {
            on_progress(p);
            ControlFlow::Continue(())
        },
    )
}

fn write(path: &Path) -> Result<(), String> {
    let mut failed = None;
    let report = run_report(path, |p| {
        if let Progress::Failed { error, .. } = p {
            failed = Some(error.to_string());
        }
    });
    match (report.errors.first(), failed) {
        (Some(e), Some(_)) => Err(e.to_string()),
        (None, None) => Ok(()),
        other => panic!("the runner's report and progress disagree: {other:?}"),
    }
}

#[test]
fn the_runner_writes_the_report_and_leaves_nothing_when_it_cannot() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.pdf");
    write(&path).expect("written");
    let (_, pages) = text_of(&std::fs::read(&path).unwrap());
    assert!(pages > 5);

    // Into a folder that does not exist: an error naming it, and no file.
    let missing = dir.path().join("no-such-folder").join("report.pdf");
    let error = write(&missing).unwrap_err();
    assert!(error.contains("no-such-folder"), "{error}");
    assert!(!missing.exists());

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let locked = dir.path().join("locked");
        std::fs::create_dir(&locked).unwrap();
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o555)).unwrap();
        let target = locked.join("report.pdf");
        // Root may write anyway; the rest of us get an error and no file.
        let probe = std::fs::File::create(locked.join("probe")).is_ok();
        if !probe {
            let error = write(&target).unwrap_err();
            assert!(error.contains("locked"), "{error}");
            let left: Vec<_> = std::fs::read_dir(&locked).unwrap().collect();
            assert!(left.is_empty(), "something was left behind: {left:?}");
        }
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
}

/// The report's progress: every step once, in order, up to its total, which
/// grows with the sectors (a step each) so that a large report moves steadily.
#[test]
fn the_report_counts_every_step_once_up_to_its_total() {
    let dir = tempfile::tempdir().unwrap();
    let mut seen = Vec::new();
    let report = run_report(&dir.path().join("report.pdf"), |p| {
        if let Progress::Step { done, steps, .. } = p {
            seen.push((done, steps));
        }
    });
    assert!(report.errors.is_empty(), "{:?}", report.errors);
    let total = seen.first().map(|&(_, steps)| steps).unwrap_or_default();
    let sectors = common::data().dataset.sectors.len();
    assert!(total > sectors + ChartKind::ALL.len(), "{total} steps");
    let expected: Vec<(usize, usize)> = (1..=total).map(|done| (done, total)).collect();
    assert_eq!(seen, expected);
}
