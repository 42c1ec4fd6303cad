//! Chart exports, as the library and the command line produce them: sizes,
//! formats, determinism, SVG/PNG agreement, golden images, nothing clipped or
//! blank, safe writes and exit codes.

mod common;

use common::{csv_table, data, dataset, parse_csv, stats};

use hk_ai_dashboard::charts::{self, ChartKind, ChartOptions};
use hk_ai_dashboard::export::{self, ExportSpec, Format, Theme};
use hk_ai_dashboard::i18n::{Lang, T};
use std::collections::HashSet;
use std::path::Path;
use std::process::{Command, Output};

// ---------------------------------------------------------------- helpers

fn options() -> ChartOptions {
    ChartOptions::for_stats(stats())
}

fn spec(width: u32, height: u32, scale: f32, format: Format) -> ExportSpec {
    ExportSpec {
        width,
        height,
        scale,
        theme: Theme::Light,
        format,
        ..ExportSpec::default()
    }
}

fn render(kind: ChartKind, spec: &ExportSpec) -> Vec<u8> {
    export::render(kind, data(), &options(), spec)
        .unwrap_or_else(|e| panic!("{}: {e}", kind.slug()))
}

fn dashboard() -> Command {
    Command::new(env!("CARGO_BIN_EXE_hk-ai-dashboard"))
}

fn run(args: &[&str]) -> Output {
    dashboard().args(args).output().expect("the binary runs")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A decoded PNG: width, height, and RGBA pixels.
struct Image {
    width: u32,
    height: u32,
    rgba: Vec<u8>,
}

fn decode_png(bytes: &[u8]) -> Image {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().expect("a PNG");
    let mut buf = vec![0; reader.output_buffer_size().expect("a sane size")];
    let info = reader.next_frame(&mut buf).expect("PNG pixels");
    let data = &buf[..info.buffer_size()];
    let rgba = match info.color_type {
        png::ColorType::Rgba => data.to_vec(),
        png::ColorType::Rgb => data
            .chunks_exact(3)
            .flat_map(|p| [p[0], p[1], p[2], 255])
            .collect(),
        png::ColorType::GrayscaleAlpha => data
            .chunks_exact(2)
            .flat_map(|p| [p[0], p[0], p[0], p[1]])
            .collect(),
        png::ColorType::Grayscale => data.iter().flat_map(|&g| [g, g, g, 255]).collect(),
        png::ColorType::Indexed => panic!("EXPAND turns palettes into RGB"),
    };
    Image {
        width: info.width,
        height: info.height,
        rgba,
    }
}

/// The PNG's width and height as its IHDR chunk states them.
fn ihdr_size(png: &[u8]) -> (u32, u32) {
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    assert_eq!(&png[12..16], b"IHDR", "IHDR is not the first chunk");
    let be = |at: usize| u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]);
    (be(16), be(20))
}

/// Mean absolute difference per colour channel, from 0 (identical) to 1.
fn mean_difference(a: &Image, b: &Image) -> f64 {
    assert_eq!((a.width, a.height), (b.width, b.height), "sizes differ");
    let total: u64 = a
        .rgba
        .chunks_exact(4)
        .zip(b.rgba.chunks_exact(4))
        .map(|(p, q)| (0..3).map(|c| u64::from(p[c].abs_diff(q[c]))).sum::<u64>())
        .sum();
    total as f64 / (f64::from(a.width) * f64::from(a.height) * 3.0 * 255.0)
}

/// Whether a CSV header names the table column `column` (with its unit added
/// for numeric columns).
fn names_column(header: &str, column: &str) -> bool {
    header == column
        || header.starts_with(&format!("{column} ("))
        || header.starts_with(&format!("{column}（"))
}

// ---------------------------------------------------------------- formats

#[test]
fn every_chart_exports_at_the_asked_size_through_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    for format in ["png", "svg", "csv"] {
        let folder = dir.path().join(format);
        let out = dashboard()
            .args(["export", "--chart", "all", "--format", format])
            .args([
                "--width", "1600", "--height", "900", "--scale", "2", "--out",
            ])
            .arg(&folder)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        // One progress line per chart, numbered in completion order.
        let progress = stderr(&out);
        for n in 1..=ChartKind::ALL.len() {
            assert!(
                progress.contains(&format!("[{n}/{}] ", ChartKind::ALL.len())),
                "{progress}"
            );
        }
    }
    for kind in ChartKind::ALL {
        let png =
            std::fs::read(dir.path().join("png").join(format!("{}.png", kind.slug()))).unwrap();
        assert_eq!(ihdr_size(&png), (3200, 1800), "{}", kind.slug());

        let svg =
            std::fs::read_to_string(dir.path().join("svg").join(format!("{}.svg", kind.slug())))
                .unwrap();
        assert!(
            !svg.contains("<text"),
            "{}: the SVG has <text> elements",
            kind.slug()
        );
        assert!(
            !svg.contains("font-family"),
            "{}: the SVG names a font",
            kind.slug()
        );
        let tree = resvg::usvg::Tree::from_str(&svg, &resvg::usvg::Options::default())
            .unwrap_or_else(|e| panic!("{}: the SVG does not parse: {e}", kind.slug()));
        assert_eq!(tree.size().width(), 1600.0);
        assert_eq!(tree.size().height(), 900.0);

        let csv =
            std::fs::read_to_string(dir.path().join("csv").join(format!("{}.csv", kind.slug())))
                .unwrap();
        let table = charts::chart_table(kind, data(), &options());
        let (header, rows) = csv_table(&csv);
        assert_eq!(header.len(), table.columns.len(), "{}: header", kind.slug());
        for (header, column) in header.iter().zip(&table.columns) {
            assert!(names_column(header, column), "{}: {header}", kind.slug());
        }
        // Time charts: a row for every year of the range, the table's among them.
        let expected_rows = if kind.is_time_chart() {
            options().years.count()
        } else {
            table.rows.len()
        };
        assert_eq!(rows.len(), expected_rows, "{}: rows", kind.slug());
        for row in &table.rows {
            let year = &row[0];
            assert!(
                rows.iter().any(|r| &r[0] == year),
                "{}: {year}",
                kind.slug()
            );
        }
        assert!(!table.rows.is_empty(), "{}: an empty table", kind.slug());
    }
}

#[test]
fn the_svg_reproduces_every_shape_and_glyph() {
    for theme in [Theme::Light, Theme::Dark] {
        for kind in ChartKind::ALL {
            let spec = ExportSpec {
                theme,
                ..spec(960, 540, 1.0, Format::Svg)
            };
            let drawing = export::draw(kind, data(), &options(), &spec).unwrap();
            assert!(
                drawing.settled,
                "{}: the drawing still changed after {} frames",
                kind.slug(),
                drawing.frames
            );
            let (svg, report) = drawing.to_svg();
            assert!(report.is_exact(), "{} {theme:?}: {report:?}", kind.slug());
            assert!(
                report.glyphs > 100,
                "{}: only {} glyphs",
                kind.slug(),
                report.glyphs
            );
            // The title is drawn (as outlines) and named for screen readers.
            let title = charts::title(kind, data(), &options());
            assert!(svg.contains(&format!("<title>{}</title>", title.replace('&', "&amp;"))));
        }
    }
}

#[test]
fn chinese_exports_draw_every_character_from_the_embedded_fonts() {
    let chinese = ChartOptions {
        lang: Lang::ZhHk,
        ..options()
    };
    for kind in ChartKind::ALL {
        let drawing =
            export::draw(kind, data(), &chinese, &spec(960, 540, 1.0, Format::Svg)).unwrap();
        let (svg, report) = drawing.to_svg();
        // No tofu: every character, Chinese or Latin, has a glyph in our fonts.
        assert!(report.is_exact(), "{}: {report:?}", kind.slug());
        assert!(!svg.contains("<text"));
        let boxes = drawing.glyph_boxes();
        let title: String = charts::title(kind, data(), &chinese)
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        assert!(
            title.chars().any(|c| c > '\u{2e80}'),
            "{title}: not Chinese"
        );
        let text: String = boxes.iter().map(|b| b.chr).collect();
        assert!(text.contains(&title), "{}: {title} not drawn", kind.slug());
    }
    // The command line takes the language too, for every format.
    let dir = tempfile::tempdir().unwrap();
    let out = dashboard()
        .args([
            "export", "--chart", "all", "--format", "csv", "--lang", "zh-HK", "--out",
        ])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    for kind in ChartKind::ALL {
        let csv = std::fs::read_to_string(dir.path().join(format!("{}.csv", kind.slug()))).unwrap();
        let table = charts::chart_table(kind, data(), &chinese);
        let (header, _) = csv_table(&csv);
        for (header, column) in header.iter().zip(&table.columns) {
            assert!(names_column(header, column), "{}: {header}", kind.slug());
        }
    }
}

#[test]
fn exports_are_byte_identical_run_after_run() {
    for kind in ChartKind::ALL {
        for format in [Format::Png, Format::Svg, Format::Csv] {
            let spec = spec(800, 450, 1.5, format);
            assert!(
                render(kind, &spec) == render(kind, &spec),
                "{} {format:?} differs between two renders",
                kind.slug()
            );
        }
    }
    // And between two processes (no hash-order or time dependence).
    let dir = tempfile::tempdir().unwrap();
    for (i, format) in [(0, "svg"), (1, "svg"), (2, "png"), (3, "png")] {
        let path = dir.path().join(format!("{i}.{format}"));
        let out = run(&[
            "export",
            "--chart",
            "funding-by-sector",
            "--format",
            format,
            "--width",
            "640",
            "--height",
            "360",
            "--out",
            path.to_str().unwrap(),
        ]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
    let read = |name: &str| std::fs::read(dir.path().join(name)).unwrap();
    assert!(
        read("0.svg") == read("1.svg"),
        "two processes wrote different SVGs"
    );
    assert!(
        read("2.png") == read("3.png"),
        "two processes wrote different PNGs"
    );
}

#[test]
fn the_png_is_the_svg_as_other_renderers_draw_it() {
    let Ok(probe) = Command::new("rsvg-convert").arg("--version").output() else {
        eprintln!(
            "note: rsvg-convert is not installed (Debian: librsvg2-bin); SVG/PNG agreement not checked"
        );
        return;
    };
    assert!(probe.status.success());
    let dir = tempfile::tempdir().unwrap();
    for kind in ChartKind::ALL {
        for theme in [Theme::Light, Theme::Dark] {
            let spec = ExportSpec {
                theme,
                ..spec(800, 450, 1.0, Format::Svg)
            };
            let svg_path = dir.path().join(format!("{}.svg", kind.slug()));
            let ours = decode_png(&render(
                kind,
                &ExportSpec {
                    format: Format::Png,
                    ..spec
                },
            ));
            std::fs::write(&svg_path, render(kind, &spec)).unwrap();
            let out = Command::new("rsvg-convert")
                .args(["--width", "800", "--height", "450"])
                .arg(&svg_path)
                .output()
                .unwrap();
            assert!(out.status.success(), "rsvg-convert: {}", stderr(&out));
            let theirs = decode_png(&out.stdout);
            let diff = mean_difference(&ours, &theirs);
            assert!(
                diff < 0.02,
                "{} {theme:?}: resvg and librsvg differ by {:.2}% per channel",
                kind.slug(),
                diff * 100.0
            );
        }
    }
}

// ---------------------------------------------------------------- looks

#[test]
fn small_exports_match_the_golden_images() {
    let golden = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1");
    let mut failures = Vec::new();
    // English as `<slug>.png`, Traditional Chinese as `<slug>.zh-HK.png`.
    for (kind, lang) in ChartKind::ALL
        .into_iter()
        .flat_map(|kind| [(kind, Lang::En), (kind, Lang::ZhHk)])
    {
        let options = ChartOptions { lang, ..options() };
        let png = export::render(kind, data(), &options, &spec(480, 270, 1.0, Format::Png))
            .unwrap_or_else(|e| panic!("{}: {e}", kind.slug()));
        let name = match lang {
            Lang::En => format!("{}.png", kind.slug()),
            Lang::ZhHk => format!("{}.zh-HK.png", kind.slug()),
        };
        let path = golden.join(&name);
        if update {
            std::fs::create_dir_all(&golden).unwrap();
            export::write_atomically(&path, &png).unwrap();
            eprintln!("updated {}", path.display());
            continue;
        }
        let Ok(expected) = std::fs::read(&path) else {
            failures.push(format!(
                "{} is missing: run `UPDATE_GOLDEN=1 cargo test --test export small_exports` and look at it",
                path.display()
            ));
            continue;
        };
        let diff = mean_difference(&decode_png(&png), &decode_png(&expected));
        if diff > 0.005 {
            let actual = std::env::temp_dir().join(format!("actual-{name}"));
            let _ = std::fs::write(&actual, &png);
            failures.push(format!(
                "{name}: differs from {} by {:.3}% per channel (this run's image: {}); if the change is intended, run with UPDATE_GOLDEN=1",
                path.display(),
                diff * 100.0,
                actual.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_label_and_legend_entry_lies_inside_the_image() {
    for (width, height) in [
        (480, 270),
        (960, 540),
        (1600, 900),
        (700, 1000),
        (2000, 600),
    ] {
        for kind in ChartKind::ALL {
            let drawing = export::draw(
                kind,
                data(),
                &options(),
                &spec(width, height, 1.0, Format::Png),
            )
            .unwrap();
            let boxes = drawing.glyph_boxes();
            assert!(
                boxes.len() > 100,
                "{}: only {} glyphs",
                kind.slug(),
                boxes.len()
            );
            let (w, h) = (width as f32, height as f32);
            for b in &boxes {
                assert!(
                    b.rect.min.x >= -0.01
                        && b.rect.min.y >= -0.01
                        && b.rect.max.x <= w + 0.01
                        && b.rect.max.y <= h + 0.01,
                    "{} at {width}×{height}: {:?} at {:?} is outside the image",
                    kind.slug(),
                    b.chr,
                    b.rect
                );
            }
            // The title, the legend and the source line are all there.
            let text = ligatures_as_one(&boxes.iter().map(|b| b.chr).collect::<String>());
            let title = ligatures_as_one(
                &charts::title(kind, data(), &options())
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .collect::<String>(),
            );
            assert!(
                text.contains(&title),
                "{}: title missing from {text:?}",
                kind.slug()
            );
            assert!(
                text.contains("Source:"),
                "{}: source line missing",
                kind.slug()
            );
        }
    }
}

/// Legends sit under the plot, never over its data: in every time chart, in
/// both languages, at the default size and a small one, no text is painted
/// inside the plot frame (its axes' labels are outside it), and the legend,
/// with its initiatives entry, is under the frame.
#[test]
fn legends_never_cover_the_plotted_data() {
    let default = ExportSpec::default();
    for lang in [Lang::En, Lang::ZhHk] {
        for (width, height) in [(default.width, default.height), (640, 400)] {
            for kind in ChartKind::ALL.into_iter().filter(|k| k.is_time_chart()) {
                let options = ChartOptions {
                    lang,
                    show_initiatives: true,
                    ..options()
                };
                let drawing = export::draw(
                    kind,
                    data(),
                    &options,
                    &spec(width, height, 1.0, Format::Png),
                )
                .unwrap();
                let frame = drawing.plot_rect().expect("a plot frame");
                let texts = painted_text_rects(&drawing);
                for (text, rect) in &texts {
                    // Touching the frame's edge (the year labels under it) is not covering.
                    assert!(
                        !rect.intersect(frame).is_positive(),
                        "{} ({lang:?}, {width}×{height}): {text:?} at {rect:?} lies on the plot {frame:?}",
                        kind.slug()
                    );
                }
                let under: Vec<&str> = texts
                    .iter()
                    .filter(|(_, rect)| rect.top() >= frame.bottom())
                    .map(|(text, _)| text.as_str())
                    .collect();
                // Under the plot: the year labels, the legend, the definition and
                // the source line; the legend names at least one series, and the
                // initiatives wherever their markers are drawn.
                let legend = &under[..under.len().saturating_sub(2)];
                let legend: Vec<&&str> = legend
                    .iter()
                    .filter(|t| !t.chars().all(|c| c.is_ascii_digit()))
                    .collect();
                assert!(
                    !legend.is_empty(),
                    "{}: no legend in {under:?}",
                    kind.slug()
                );
                let marker = lang.format(T::GovernmentInitiativesCount, &[&"\u{1}"]);
                let marker = marker.split('\u{1}').next().unwrap_or_default();
                let markers_named = texts.iter().any(|(t, _)| t.starts_with(marker));
                assert!(
                    !markers_named || legend.iter().any(|t| t.starts_with(marker)),
                    "{}: the initiatives entry is not under the plot: {under:?}",
                    kind.slug()
                );
            }
        }
    }
}

/// Every text a drawing paints, with its rectangle in layout points.
fn painted_text_rects(drawing: &export::Drawing) -> Vec<(String, egui::Rect)> {
    fn collect(shape: &egui::Shape, out: &mut Vec<(String, egui::Rect)>) {
        match shape {
            egui::Shape::Text(t) => {
                // A rotated text (the value axis's unit) turns about its position.
                let rot = egui::emath::Rot2::from_angle(t.angle);
                let r = t.galley.rect;
                let corners = [
                    r.left_top(),
                    r.right_top(),
                    r.left_bottom(),
                    r.right_bottom(),
                ];
                let rect = egui::Rect::from_points(&corners.map(|c| t.pos + rot * c.to_vec2()));
                out.push((t.galley.text().to_owned(), rect));
            }
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| collect(s, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &drawing.shapes {
        collect(&clipped.shape, &mut out);
    }
    out
}

#[test]
fn no_export_is_blank() {
    for theme in [Theme::Light, Theme::Dark] {
        for kind in ChartKind::ALL {
            let spec = ExportSpec {
                theme,
                ..spec(960, 540, 1.0, Format::Png)
            };
            let drawing = export::draw(kind, data(), &options(), &spec).unwrap();
            let image = decode_png(&render(kind, &spec));
            // A blank or single-colour image has a handful of colours; text and
            // antialiased lines alone give dozens.
            let colours: HashSet<&[u8]> = image.rgba.chunks_exact(4).collect();
            assert!(
                colours.len() > 64,
                "{} {theme:?}: only {} colours",
                kind.slug(),
                colours.len()
            );
            // Inside the plot frame there is data: saturated pixels (lines, bars,
            // markers), not the grey grid, the text or the background.
            let zoom = drawing.zoom; // image pixels per layout point at scale 1
            let plot = drawing.plot_rect().expect("a plot frame");
            let (x0, x1) = (
                (plot.min.x * zoom) as u32 + 2,
                (plot.max.x * zoom) as u32 - 2,
            );
            let (y0, y1) = (
                (plot.min.y * zoom) as u32 + 2,
                (plot.max.y * zoom) as u32 - 2,
            );
            let mut coloured = 0usize;
            let mut total = 0usize;
            for y in y0..y1 {
                for x in x0..x1 {
                    let i = ((y * image.width + x) * 4) as usize;
                    let p = &image.rgba[i..i + 3];
                    let (max, min) = (p.iter().max().unwrap(), p.iter().min().unwrap());
                    if max - min > 60 {
                        coloured += 1;
                    }
                    total += 1;
                }
            }
            assert!(
                coloured * 200 > total,
                "{} {theme:?}: only {coloured} of {total} plot pixels show data",
                kind.slug()
            );
        }
    }
}

// ---------------------------------------------------------------- sizes

#[test]
fn sizes_and_scales_are_validated_with_clear_errors() {
    let kind = ChartKind::StartupsPerYear;
    let bad = |width, height, scale| {
        export::render(
            kind,
            data(),
            &options(),
            &spec(width, height, scale, Format::Csv),
        )
        .unwrap_err()
        .to_string()
    };
    assert!(bad(0, 900, 1.0).contains("width 0"), "{}", bad(0, 900, 1.0));
    assert!(bad(1600, 9000, 2.0).contains("18000 pixels"));
    assert!(bad(1600, 900, 0.1).contains("scale 0.1"));
    assert!(bad(1600, 900, f32::NAN).contains("scale"));
    assert!(bad(1600, 900, 9.0).contains("between 0.25 and 8"));
    // The extremes that are allowed draw without panicking.
    for (w, h, s) in [(1, 1, 1.0), (4, 4, 0.25), (3, 2000, 1.0)] {
        let png = render(kind, &spec(w, h, s, Format::Png));
        let (pw, ph) = spec(w, h, s, Format::Png).pixel_size();
        assert_eq!(ihdr_size(&png), (pw, ph));
    }
    assert_eq!(export::PRESETS.len(), 4);
    assert!(export::PRESETS.contains(&("A4 landscape 300 dpi", 3508, 2480)));
}

// ---------------------------------------------------------------- safe writes

/// Makes a folder read-only for this process, even for root (who ignores
/// permission bits): `chmod 555`, and `chattr +i` when that is not enough.
/// Undone on drop. `None` when the folder cannot be made read-only here.
#[cfg(unix)]
struct ReadOnly(std::path::PathBuf, bool);

#[cfg(unix)]
impl ReadOnly {
    fn new(dir: &Path) -> Option<ReadOnly> {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o555)).ok()?;
        let mut guard = ReadOnly(dir.to_path_buf(), false);
        if writable(dir) {
            guard.1 = Command::new("chattr")
                .arg("+i")
                .arg(dir)
                .output()
                .is_ok_and(|o| o.status.success());
            if writable(dir) {
                return None;
            }
        }
        Some(guard)
    }
}

#[cfg(unix)]
fn writable(dir: &Path) -> bool {
    let probe = dir.join(".probe");
    let ok = std::fs::write(&probe, b"").is_ok();
    let _ = std::fs::remove_file(probe);
    ok
}

#[cfg(unix)]
impl Drop for ReadOnly {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        if self.1 {
            let _ = Command::new("chattr").arg("-i").arg(&self.0).output();
        }
        let _ = std::fs::set_permissions(&self.0, std::fs::Permissions::from_mode(0o755));
    }
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_fails_with_exit_1_and_leaves_everything_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("chart.png");
    std::fs::write(&target, b"the old chart").unwrap();
    let Some(_read_only) = ReadOnly::new(dir.path()) else {
        eprintln!("note: cannot make a folder read-only here; read-only write not checked");
        return;
    };
    for out in [
        target.clone(),                  // an existing file
        dir.path().join("new-file.svg"), // a new file
    ] {
        let format = out.extension().unwrap().to_str().unwrap();
        let result = run(&[
            "export",
            "--chart",
            "startups-per-year",
            "--format",
            format,
            "--out",
            out.to_str().unwrap(),
        ]);
        assert_eq!(result.status.code(), Some(1), "{}", stderr(&result));
        let message = stderr(&result);
        assert!(
            message.contains(&dir.path().display().to_string()) && message.contains("could not"),
            "{message}"
        );
    }
    assert_eq!(std::fs::read(&target).unwrap(), b"the old chart");
    assert_eq!(
        names_in(dir.path()),
        ["chart.png"],
        "a temporary file was left behind"
    );
}

#[cfg(unix)]
#[test]
fn a_fifo_target_is_refused_not_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("chart.svg");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("note: mkfifo is not available; FIFO refusal not checked");
        return;
    }
    let out = run(&[
        "export",
        "--chart",
        "funding-by-sector",
        "--format",
        "svg",
        "--out",
        fifo.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("is a FIFO, not a regular file"),
        "{}",
        stderr(&out)
    );
    use std::os::unix::fs::FileTypeExt;
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo()
    );
    assert_eq!(names_in(dir.path()), ["chart.svg"]);

    // The library refuses directories the same way.
    let err = export::write_atomically(dir.path(), b"x").unwrap_err();
    assert!(matches!(
        err,
        export::ExportError::NotARegularFile {
            what: "a directory",
            ..
        }
    ));
}

/// A 64 KiB tmpfs mounted on a temporary folder, unmounted on drop.
struct SmallDisk(tempfile::TempDir);

impl SmallDisk {
    fn mount() -> Option<SmallDisk> {
        let dir = tempfile::tempdir().ok()?;
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=64k", "tmpfs"])
            .arg(dir.path())
            .output()
            .is_ok_and(|o| o.status.success());
        ok.then_some(SmallDisk(dir))
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.0.path()).output();
    }
}

#[test]
fn a_full_disk_fails_cleanly_and_keeps_the_old_file() {
    let Some(disk) = SmallDisk::mount() else {
        eprintln!(
            "note: cannot mount a small tmpfs here (needs root); full-disk write not checked"
        );
        return;
    };
    let target = disk.0.path().join("chart.png");
    std::fs::write(&target, b"the old chart").unwrap();
    let out = run(&[
        "export",
        "--chart",
        "startups-per-year",
        "--format",
        "png",
        "--scale",
        "2",
        "--out",
        target.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(&format!(
            "{}: could not write the new file (any old file is untouched): ",
            target.display()
        )),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(&target).unwrap(), b"the old chart");
    assert_eq!(
        names_in(disk.0.path()),
        ["chart.png"],
        "a temporary file was left behind"
    );
}

// ---------------------------------------------------------------- command line

#[test]
fn list_prints_every_chart_name() {
    let out = run(&["export", "--list"]);
    assert_eq!(out.status.code(), Some(0));
    let names: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_owned)
        .collect();
    let slugs: Vec<String> = ChartKind::ALL.iter().map(|k| k.slug().to_owned()).collect();
    assert_eq!(names, slugs);
}

#[test]
fn exit_codes_say_what_went_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = dir.path().join("out.png");
    let out_path = out_file.to_str().unwrap();

    // 0: written.
    let ok = run(&[
        "export",
        "--chart",
        "startups-by-sector",
        "--format",
        "csv",
        "--out",
        out_path,
    ]);
    assert_eq!(ok.status.code(), Some(0), "{}", stderr(&ok));

    // 1: a bad --data file, reported compiler-style.
    let bad = dir.path().join("bad.ron");
    std::fs::write(
        &bad,
        common::MINIMAL.replacen("sector: \"finance\"", "sector: \"space\"", 1),
    )
    .unwrap();
    let out = run(&[
        "export",
        "--data",
        bad.to_str().unwrap(),
        "--chart",
        "all",
        "--format",
        "png",
        "--out",
        dir.path().join("charts").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(&format!("{}:", bad.display()))
            && stderr(&out).contains(": error: funding[0].sector: unknown sector 'space'"),
        "{}",
        stderr(&out)
    );
    assert!(
        !dir.path().join("charts").exists(),
        "bad data still made the output folder"
    );

    // 1: a --data file that is missing.
    let out = run(&[
        "export",
        "--data",
        "/no/such.ron",
        "--chart",
        "all",
        "--format",
        "svg",
        "--out",
        out_path,
    ]);
    assert_eq!(out.status.code(), Some(1));

    // 2: usage errors.
    for args in [
        &[
            "export",
            "--chart",
            "no-such-chart",
            "--format",
            "png",
            "--out",
            out_path,
        ][..],
        &[
            "export", "--chart", "all", "--format", "png", "--out", out_path, "--width", "0",
        ],
        &[
            "export", "--chart", "all", "--format", "gif", "--out", out_path,
        ],
        &[
            "export", "--chart", "all", "--format", "png", "--out", out_path, "--scale", "100",
        ],
        &[
            "export", "--chart", "all", "--format", "png", "--out", out_path, "--width", "9000",
            "--scale", "2",
        ],
        &["export", "--chart", "all", "--format", "png"],
        &["export", "--list", "--chart", "all"],
        &[
            "export", "--chart", "all", "--format", "csv", "--out", out_path, "--lang", "fr",
        ],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("error:"),
            "{args:?}: {}",
            stderr(&out)
        );
    }
    let out = run(&[
        "export",
        "--chart",
        "no-such-chart",
        "--format",
        "png",
        "--out",
        out_path,
    ]);
    assert!(
        stderr(&out).contains("startups-per-year"),
        "the valid names are listed"
    );
}

#[test]
fn a_single_chart_into_a_folder_is_named_after_the_chart() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(&[
        "export",
        "--chart",
        "initiatives-per-year",
        "--format",
        "svg",
        "--theme",
        "dark",
        "--out",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(names_in(dir.path()), ["initiatives-per-year.svg"]);
    assert_eq!(stderr(&out), "[1/1] initiatives-per-year.svg\n");
}

/// Text as glyph boxes give it back: the font draws "fi" and "fl" as one
/// ligature glyph, whose box carries only the first letter.
fn ligatures_as_one(text: &str) -> String {
    text.replace("fi", "f").replace("fl", "f")
}

// ---------------------------------------------------------------- CSV for spreadsheets

/// The journalist's CSV (funding by sector, 2020–2025, in Chinese) read back:
/// the byte-order mark, a unit in every numeric header, every year a row with
/// empty cells (never zeros) where nothing is published, and the definition,
/// the "as of" date and every source after a blank line. Without the mark on
/// request, and otherwise the same bytes.
#[test]
fn the_csv_reads_back_with_its_bom_units_gaps_and_sources() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("funding.csv");
    let out = dashboard()
        .args([
            "export",
            "--chart",
            "funding-by-sector",
            "--years",
            "2020-2025",
        ])
        .args(["--lang", "zh-HK", "--format", "csv", "--out"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(&bytes[..3], b"\xef\xbb\xbf", "no UTF-8 byte-order mark");
    let text = String::from_utf8(bytes).unwrap();

    let (header, rows) = csv_table(&text);
    assert_eq!(header[0], "年份");
    // Numbers between the year and the last column, which names each row's publishers.
    let (source, numbers) = header[1..].split_last().unwrap();
    assert_eq!(source, "來源");
    for column in numbers {
        assert!(
            column.ends_with(" (港元)") || column.ends_with("（港元）"),
            "no unit, or two: {column}"
        );
        assert_eq!(column.matches("港元").count(), 1, "{column}");
    }
    let years: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(years, ["2020", "2021", "2022", "2023", "2024", "2025"]);
    let funded: HashSet<i32> = dataset()
        .funding
        .iter()
        .filter(|f| f.scope == hk_ai_dashboard::model::FundingScope::AiSpecific)
        .map(|f| f.year)
        .collect();
    let mut gaps = 0;
    for row in &rows {
        assert_eq!(row.len(), header.len(), "{row:?}");
        let year: i32 = row[0].parse().unwrap();
        let (publishers, amounts) = row[1..].split_last().unwrap();
        assert_eq!(publishers.is_empty(), !funded.contains(&year), "{row:?}");
        for cell in amounts {
            if cell.is_empty() {
                gaps += 1;
            } else {
                let amount: f64 = cell.parse().unwrap_or_else(|_| panic!("{cell:?}"));
                assert!(amount > 0.0, "{year}: a zero where nothing is published");
            }
        }
        let total = amounts.last().unwrap();
        assert_eq!(!total.is_empty(), funded.contains(&year), "{year}: {row:?}");
    }
    assert!(
        gaps > 0,
        "the range has gaps: they must show as empty cells"
    );

    // After the table: definition, as-of date, then every source behind the chart.
    let records = parse_csv(text.strip_prefix(export::BOM).unwrap());
    let after = &records[rows.len() + 2..];
    let chinese = ChartOptions {
        years: 2020..=2025,
        lang: Lang::ZhHk,
        ..options()
    };
    let kind = ChartKind::FundingBySector;
    assert_eq!(after[0], ["定義", charts::definition(kind, &chinese)]);
    assert_eq!(
        after[1],
        [
            "資料截至".to_owned(),
            hk_ai_dashboard::i18n::numbers::date(Lang::ZhHk, &dataset().as_of)
        ]
    );
    let sources = charts::chart_sources(kind, data(), &chinese);
    assert_eq!(after[2], [format!("來源（{} 個）", sources.len())]);
    let listed: Vec<&str> = after[4..].iter().map(|r| r[2].as_str()).collect();
    let expected: Vec<&str> = sources.iter().map(|s| s.url.as_str()).collect();
    assert_eq!(listed, expected, "the complete source list, primary first");
    for publisher in charts::publishers(kind, data(), &chinese) {
        assert!(after[4..].iter().any(|r| r[0] == publisher), "{publisher}");
    }

    let plain = dir.path().join("plain.csv");
    let out = dashboard()
        .args([
            "export",
            "--chart",
            "funding-by-sector",
            "--years",
            "2020-2025",
        ])
        .args([
            "--lang",
            "zh-HK",
            "--format",
            "csv",
            "--csv-bom",
            "off",
            "--out",
        ])
        .arg(&plain)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let plain = std::fs::read_to_string(&plain).unwrap();
    assert_eq!(Some(plain.as_str()), text.strip_prefix(export::BOM));
}

// ---------------------------------------------------------------- print-ready images

/// Every text a drawing paints, in paint order.
fn painted_texts(drawing: &export::Drawing) -> Vec<String> {
    fn collect(shape: &egui::Shape, out: &mut Vec<String>) {
        match shape {
            egui::Shape::Text(t) => out.push(t.galley.job.text.clone()),
            egui::Shape::Vec(v) => v.iter().for_each(|s| collect(s, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &drawing.shapes {
        collect(&clipped.shape, &mut out);
    }
    out
}

/// The journalist's chart as printed: the subtitle states the years and the
/// mode, the year axis stops at the last year, initiative markers are counted
/// in the legend when shown, the source line names primary publishers first
/// and says how many more, and the SVG's metadata lists every source.
#[test]
fn a_printed_chart_says_its_years_mode_and_every_source() {
    let kind = ChartKind::FundingBySector;
    let years = 2020..=2025;
    let base = ChartOptions {
        years: years.clone(),
        show_initiatives: false,
        ..options()
    };
    let share = ChartOptions {
        share: true,
        ..base.clone()
    };
    for (options, mode) in [(&base, "amounts"), (&share, "shares of each year's total")] {
        let drawing =
            export::draw(kind, data(), options, &spec(960, 540, 1.0, Format::Svg)).unwrap();
        let texts = painted_texts(&drawing);
        let subtitle = charts::subtitle(kind, data(), options);
        assert!(subtitle.starts_with("2020–2025 · "), "{subtitle}");
        assert!(subtitle.contains(mode), "{subtitle}");
        assert!(texts.contains(&subtitle), "the subtitle is not drawn");
        assert!(texts.iter().any(|t| t == "2025"), "no 2025 tick: {texts:?}");
        assert!(
            !texts.iter().any(|t| t == "2026"),
            "a tick past the data: {texts:?}"
        );
        assert!(
            !texts
                .iter()
                .any(|t| t.starts_with("Government initiatives"))
        );
    }

    // Markers, when asked for, are named and counted in the legend.
    let with_markers = ChartOptions {
        show_initiatives: true,
        ..base.clone()
    };
    let drawing = export::draw(
        kind,
        data(),
        &with_markers,
        &spec(960, 540, 1.0, Format::Svg),
    )
    .unwrap();
    let in_range = dataset()
        .initiatives
        .iter()
        .filter(|n| years.contains(&n.date.year))
        .count();
    let legend = format!("Government initiatives ({in_range})");
    assert!(
        painted_texts(&drawing).contains(&legend),
        "no legend entry {legend}"
    );

    // The source line: primary publishers first, "and N more" when shortened;
    // the SVG's metadata: every source.
    let sources = charts::chart_sources(kind, data(), &base);
    let line = charts::source_line(kind, data(), &base);
    let publishers = charts::publishers(kind, data(), &base);
    assert!(publishers.len() > 6, "the test needs a shortened line");
    assert!(
        line.contains(&format!("and {} more", publishers.len() - 6)),
        "{line}"
    );
    let first_secondary = sources.iter().find(|s| s.secondary).expect("a mirror");
    let primary = sources
        .iter()
        .find(|s| !s.secondary)
        .expect("a primary source");
    let at = |p: &str| line.find(p).unwrap_or(usize::MAX);
    assert!(
        at(&primary.publisher) < at(&first_secondary.publisher),
        "{line}"
    );
    let svg = String::from_utf8(render_with(kind, &base, Format::Svg)).unwrap();
    let metadata = svg
        .split("<metadata>")
        .nth(1)
        .and_then(|m| m.split("</metadata>").next())
        .expect("a <metadata> element");
    for source in &sources {
        let url = source.url.replace('&', "&amp;");
        assert!(
            metadata.contains(&url),
            "{} missing from the metadata",
            source.url
        );
    }
    assert_eq!(metadata.matches("<dc:source").count(), sources.len());
}

fn render_with(kind: ChartKind, options: &ChartOptions, format: Format) -> Vec<u8> {
    export::render(kind, data(), options, &spec(960, 540, 1.0, format)).unwrap()
}

// ---------------------------------------------------------------- editable SVG

/// `--svg-text text` writes titles, labels and legends as `<text>` with the
/// embedded fonts' families and fallbacks; outlines stay the default. Both
/// parse in resvg's usvg and render in librsvg (when rsvg-convert is installed).
#[test]
fn both_svg_text_modes_parse_and_render_in_librsvg() {
    let rsvg = Command::new("rsvg-convert")
        .arg("--version")
        .output()
        .is_ok();
    if !rsvg {
        eprintln!(
            "note: rsvg-convert is not installed (Debian: librsvg2-bin); librsvg not checked"
        );
    }
    let dir = tempfile::tempdir().unwrap();
    for lang in [Lang::En, Lang::ZhHk] {
        let options = ChartOptions { lang, ..options() };
        for kind in ChartKind::ALL {
            let title = charts::title(kind, data(), &options);
            for text in [export::SvgText::Outlines, export::SvgText::Text] {
                let spec = ExportSpec {
                    svg_text: text,
                    ..spec(800, 450, 1.0, Format::Svg)
                };
                let svg = String::from_utf8(export::render(kind, data(), &options, &spec).unwrap())
                    .unwrap();
                let name = format!("{}-{lang:?}-{text:?}", kind.slug());
                resvg::usvg::Tree::from_str(&svg, &resvg::usvg::Options::default())
                    .unwrap_or_else(|e| panic!("{name}: usvg: {e}"));
                match text {
                    export::SvgText::Outlines => {
                        assert!(!svg.contains("<text"), "{name}");
                        assert!(!svg.contains("font-family"), "{name}");
                    }
                    export::SvgText::Text => {
                        let texts: Vec<&str> = svg
                            .split("<text ")
                            .skip(1)
                            .filter_map(|t| t.split('>').nth(1)?.split("</text").next())
                            .collect();
                        let escaped = title.replace('&', "&amp;");
                        assert!(
                            texts.contains(&escaped.as_str()),
                            "{name}: no <text>{title}"
                        );
                        assert!(texts.len() > 10, "{name}: {} text elements", texts.len());
                        assert!(
                            svg.contains(
                                "font-family=\"'Ubuntu Light', Ubuntu, 'Noto Sans CJK HK'"
                            ),
                            "{name}"
                        );
                        assert!(svg.contains("sans-serif\""), "{name}: no generic fallback");
                        assert!(!svg.contains("<use"), "{name}: outlines left in");
                    }
                }
                if rsvg {
                    let path = dir.path().join(format!("{name}.svg"));
                    std::fs::write(&path, &svg).unwrap();
                    let out = Command::new("rsvg-convert").arg(&path).output().unwrap();
                    assert!(
                        out.status.success(),
                        "{name}: rsvg-convert: {}",
                        stderr(&out)
                    );
                    let image = decode_png(&out.stdout);
                    assert_eq!((image.width, image.height), (800, 450), "{name}");
                }
            }
        }
    }
}
