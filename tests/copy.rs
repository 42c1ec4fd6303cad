//! Copy to the clipboard from the window (issue 18): "Copy image" above each
//! chart, Ctrl+C while a chart has the keyboard focus, "Copy table" above
//! each table, the toasts, and a clipboard that is not there. The window's
//! clipboard is a recorder handed to the app; the desktop's is checked with
//! no display server here (the `copy` command must say so, not panic) and
//! under Xvfb by `scripts/test-clipboard.sh`. No GPU, no display.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use hk_ai_dashboard::charts::{self, ChartKind};
use hk_ai_dashboard::clipboard::{Clipboard, ClipboardError, RgbaImage};
use hk_ai_dashboard::export::{self, ExportSpec, Format};
use hk_ai_dashboard::i18n::{Lang, T};
use hk_ai_dashboard::ui::{AppState, DashboardApp, Tab};
use std::sync::{Arc, Mutex};

mod common;

#[derive(Debug, Clone, PartialEq)]
enum Copied {
    Text(String),
    Image(RgbaImage),
}

/// A clipboard that keeps what it is given, or one that is not there.
#[derive(Clone)]
struct Recorder {
    copied: Arc<Mutex<Vec<Copied>>>,
    missing: bool,
}

impl Recorder {
    fn new(missing: bool) -> Self {
        Recorder {
            copied: Arc::default(),
            missing,
        }
    }

    fn take(&self) -> Vec<Copied> {
        std::mem::take(&mut *self.copied.lock().unwrap())
    }

    fn keep(&mut self, copied: Copied) -> Result<(), ClipboardError> {
        if self.missing {
            return Err(ClipboardError::Unavailable("no display server".into()));
        }
        self.copied.lock().unwrap().push(copied);
        Ok(())
    }
}

impl Clipboard for Recorder {
    fn set_text(&mut self, text: &str) -> Result<(), ClipboardError> {
        self.keep(Copied::Text(text.to_owned()))
    }
    fn set_image(&mut self, image: &RgbaImage) -> Result<(), ClipboardError> {
        self.keep(Copied::Image(image.clone()))
    }
}

/// The window on the Charts tab, in dark colours (a copied image is the
/// export's, light, whatever the window shows).
fn harness(clipboard: Recorder, lang: Lang) -> Harness<'static, DashboardApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .build_eframe(move |cc| {
            let settings = AppState {
                lang,
                tab: Tab::Charts,
                theme: egui::ThemePreference::Dark,
                ..AppState::default()
            };
            DashboardApp::new(&cc.egui_ctx, settings, None).with_clipboard(Box::new(clipboard))
        });
    harness.run();
    harness
}

fn toast_text(harness: &Harness<'static, DashboardApp>) -> Option<String> {
    let toast = harness.state().state.toasts.current.as_ref();
    toast.map(|t| t.text.clone())
}

/// Decodes a PNG into straight RGBA pixels.
fn decode_png(png: &[u8]) -> (u32, u32, Vec<u8>) {
    let mut reader = png::Decoder::new(std::io::Cursor::new(png))
        .read_info()
        .unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let bytes = &buf[..info.buffer_size()];
    let rgba = match info.color_type {
        png::ColorType::Rgba => bytes.to_vec(),
        png::ColorType::Rgb => bytes
            .chunks_exact(3)
            .flat_map(|p| [p[0], p[1], p[2], 255])
            .collect(),
        other => panic!("{other:?}"),
    };
    (info.width, info.height, rgba)
}

/// Where the first chart is on screen, in points: from its title down to its
/// source line, as wide as its plot (read from the accessibility tree).
fn first_chart_on_screen(harness: &Harness<'static, DashboardApp>) -> egui::Rect {
    let state = &harness.state().state;
    let (kind, data, options) = (
        ChartKind::ALL[0],
        state.analysis.chart_data(),
        state.chart_options(),
    );
    let title = charts::title(kind, data, &options);
    let source = charts::source_line(kind, data, &options);
    let plot_name = state.lang.format(T::ChartName, &[&title, &source]);
    let plot = harness.get_by_role_and_label(egui::accesskit::Role::Image, &plot_name);
    let title = harness.get_by_label(&title);
    let source = harness.get_all_by_label(&source).next().unwrap();
    plot.rect().union(title.rect()).union(source.rect())
}

#[test]
fn copy_image_is_the_png_export_at_twice_the_charts_size_on_screen() {
    let recorder = Recorder::new(false);
    let mut harness = harness(recorder.clone(), Lang::En);
    let buttons = harness.get_all_by_label("Copy image").count();
    assert_eq!(buttons, ChartKind::ALL.len(), "one per chart");
    let on_screen = first_chart_on_screen(&harness);
    harness
        .get_all_by_label("Copy image")
        .next()
        .unwrap()
        .click();
    harness.run();
    let copied = recorder.take();
    let [Copied::Image(image)] = &copied[..] else {
        panic!("one image expected: {copied:?}");
    };
    // What `export --format png --width W --height H --scale 2` writes, W × H
    // being the chart's size on screen in points.
    let spec = ExportSpec {
        width: on_screen.width().round() as u32,
        height: on_screen.height().round() as u32,
        scale: 2.0,
        format: Format::Png,
        ..ExportSpec::default()
    };
    assert!(spec.width > 900 && spec.height > 300, "{on_screen:?}");
    let state = &harness.state().state;
    let kind = ChartKind::ALL[0];
    let (data, options) = (state.analysis.chart_data(), state.chart_options());
    let png = export::render(kind, data, &options, &spec).unwrap();
    let (w, h, pixels) = decode_png(&png);
    assert_eq!((image.width, image.height), (w as usize, h as usize));
    assert_eq!((w, h), (2 * spec.width, 2 * spec.height));
    assert!(
        pixels == image.pixels,
        "the copy differs from the PNG export"
    );
    let title = charts::title(kind, data, &options);
    let toast = toast_text(&harness).expect("a toast");
    assert_eq!(
        toast,
        format!("Copied \"{title}\" as an image ({w}×{h} pixels)")
    );
    harness.get_by_label(&toast);
}

#[test]
fn copy_table_puts_the_charts_rows_as_tab_separated_cells_in_both_languages() {
    for lang in Lang::ALL {
        let recorder = Recorder::new(false);
        let mut harness = harness(recorder.clone(), lang);
        let copy_table = lang.t(T::CopyTable);
        let none = harness.query_all_by_label(copy_table).count();
        assert_eq!(none, 0, "only above a table");
        // The third chart is below the window's fold: scroll to it, as a person would.
        let show_table = harness.get_all_by_label(lang.t(T::ShowTable)).nth(2);
        show_table.unwrap().scroll_to_me();
        harness.run();
        let show_table = harness.get_all_by_label(lang.t(T::ShowTable)).nth(2);
        show_table.unwrap().click();
        harness.run();
        harness.get_by_role_and_label(egui::accesskit::Role::Button, copy_table);
        harness.get_by_label(copy_table).click();
        harness.run();
        let kind = ChartKind::ALL[2];
        let state = &harness.state().state;
        let (data, options) = (state.analysis.chart_data(), state.chart_options());
        let copied = recorder.take();
        let [Copied::Text(text)] = &copied[..] else {
            panic!("one text expected: {copied:?}");
        };
        assert_eq!(*text, export::chart_tsv(kind, data, &options));
        // The CSV export's heading and rows (a row per year of a time
        // chart), cell for cell, tab-separated.
        let (header, table) = common::csv_table(&export::chart_csv(kind, data, &options, false));
        let lines: Vec<Vec<&str>> = text
            .lines()
            .take_while(|l| !l.is_empty())
            .map(|l| l.split('\t').collect())
            .collect();
        assert_eq!(lines[0], header);
        assert_eq!(lines.len(), 1 + table.len(), "{text}");
        for (line, row) in lines[1..].iter().zip(&table) {
            assert_eq!(line, row);
        }
        let rows = table.len();
        let toast = toast_text(&harness).expect("a toast");
        assert!(toast.contains(&rows.to_string()), "{toast}");
    }
}

#[test]
fn ctrl_c_copies_the_chart_that_has_the_focus_and_nothing_otherwise() {
    let recorder = Recorder::new(false);
    let mut harness = harness(recorder.clone(), Lang::En);
    let state = &harness.state().state;
    let (data, options) = (state.analysis.chart_data(), state.chart_options());
    let first_title = charts::title(ChartKind::ALL[0], data, &options);
    // Focus on a button: Ctrl+C (as a window sends it, and as keys) copies nothing.
    harness.get_all_by_label("Export…").next().unwrap().focus();
    harness.run();
    harness.event(egui::Event::Copy);
    harness.key_press_modifiers(Modifiers::CTRL | Modifiers::COMMAND, Key::C);
    harness.run();
    assert!(recorder.take().is_empty());
    // Tab on into the first chart (its buttons come first): there Ctrl+C
    // copies it. A window sends Event::Copy for Ctrl+C, not the key.
    for _ in 0..12 {
        harness.key_press(Key::Tab);
        harness.run();
        harness.event(egui::Event::Copy);
        harness.run();
        let copied = recorder.take();
        if !copied.is_empty() {
            assert!(matches!(&copied[..], [Copied::Image(_)]), "{copied:?}");
            let toast = toast_text(&harness).unwrap();
            assert!(
                toast.starts_with(&format!("Copied \"{first_title}\"")),
                "{toast}"
            );
            // And the key itself (as tests and some platforms send it) does the same.
            harness.key_press_modifiers(Modifiers::CTRL | Modifiers::COMMAND, Key::C);
            harness.run();
            assert!(matches!(&recorder.take()[..], [Copied::Image(_)]));
            return;
        }
    }
    panic!("Tab never reached the first chart");
}

#[test]
fn the_shortcuts_list_names_ctrl_c() {
    let mut harness = harness(Recorder::new(false), Lang::En);
    harness.key_press(Key::F1);
    harness.run();
    harness.get_by_label("Copy the focused chart as an image");
    harness.get_by_label("Ctrl+C");
}

#[test]
fn no_clipboard_says_so_in_both_languages_and_nothing_panics() {
    for lang in Lang::ALL {
        let recorder = Recorder::new(true);
        let mut harness = harness(recorder.clone(), lang);
        harness
            .get_all_by_label(lang.t(T::CopyImage))
            .next()
            .unwrap()
            .click();
        harness.run();
        let toast = harness
            .state()
            .state
            .toasts
            .current
            .clone()
            .expect("a toast");
        assert!(toast.error);
        assert!(toast.text.contains("no display server"), "{}", toast.text);
        let expected_start = match lang {
            Lang::En => "Nothing was copied",
            Lang::ZhHk => "未能複製",
        };
        assert!(toast.text.starts_with(expected_start), "{}", toast.text);
        // Clicking the toast hides it.
        harness.get_by_label(&toast.text).click();
        harness.run();
        assert!(harness.state().state.toasts.current.is_none());
    }
}

/// The desktop's clipboard with no display server (no DISPLAY, no
/// WAYLAND_DISPLAY): `copy` says why nothing was copied and exits 1, for an
/// image and for a table, and nothing panics.
#[test]
fn copy_without_a_display_server_says_so_and_does_not_panic() {
    for what in ["image", "table"] {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_hk-ai-dashboard"))
            .args(["copy", "--chart", "funding-by-sector", "--what", what])
            .args(["--hold", "0"])
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{what}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(
            stderr
                .contains("nothing was copied: the clipboard is not available: no display server"),
            "{what}: {stderr}"
        );
    }
}
