//! Every chart in the registry ([`ChartKind::ALL`]) draws on screen and
//! headlessly, exports to SVG, PNG and CSV, and is listed by `export --list`:
//! a chart added to the registry is checked here without editing this file.

use hk_ai_dashboard::charts::{self, ChartData, ChartKind, ChartOptions, Surface};
use hk_ai_dashboard::export::{self, ExportSpec, Format, Theme};
use hk_ai_dashboard::i18n::Lang;
use hk_ai_dashboard::index::DatasetIndex;
use hk_ai_dashboard::load;
use hk_ai_dashboard::stats::Stats;
use std::process::Command;

fn spec(format: Format) -> ExportSpec {
    ExportSpec {
        width: 800,
        height: 450,
        scale: 1.0,
        theme: Theme::Light,
        format,
        ..ExportSpec::default()
    }
}

/// Draws `kind` in a window-like context with hover on, the pointer sweeping
/// across it; returns how many shapes the last frame painted.
fn draw_on_screen(kind: ChartKind, data: ChartData, options: &ChartOptions) -> usize {
    let ctx = egui::Context::default();
    hk_ai_dashboard::fonts::install(&ctx);
    let mut painted = 0;
    for step in 0..8 {
        let pointer = egui::pos2(100.0 + 80.0 * step as f32, 200.0);
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(800.0, 600.0),
            )),
            events: vec![egui::Event::PointerMoved(pointer)],
            ..Default::default()
        };
        let mut output = ctx.run_ui(input, |ui| {
            egui::CentralPanel::default().show(ui, |ui| {
                charts::draw_chart(ui, kind, data, options, Surface::Screen, 300.0);
            });
        });
        // No renderer uploads the font atlas: drop the delta (dropping it unapplied panics).
        output.textures_delta.clear();
        painted = output.shapes.len();
    }
    painted
}

#[test]
fn every_chart_in_the_registry_draws_exports_and_is_listed() {
    let dataset = load::embedded_dataset().expect("the shipped dataset is valid");
    let stats = Stats::new(&dataset);
    let index = DatasetIndex::new(&dataset);
    let data = ChartData {
        dataset: &dataset,
        stats: &stats,
        index: &index,
    };
    let out = Command::new(env!("CARGO_BIN_EXE_hk-ai-dashboard"))
        .args(["export", "--list"])
        .output()
        .expect("the binary runs");
    assert_eq!(out.status.code(), Some(0));
    let listed: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_owned)
        .collect();
    assert_eq!(listed.len(), ChartKind::ALL.len(), "{listed:?}");

    for lang in Lang::ALL {
        let options = ChartOptions {
            lang,
            ..ChartOptions::for_stats(&stats)
        };
        for kind in ChartKind::ALL {
            let slug = kind.slug();
            assert!(listed.iter().any(|l| l == slug), "{slug} not listed");
            assert!(
                draw_on_screen(kind, data, &options) > 0,
                "{slug}: nothing on screen"
            );

            let drawing = export::draw(kind, data, &options, &spec(Format::Svg))
                .unwrap_or_else(|e| panic!("{slug}: {e}"));
            assert!(drawing.settled, "{slug}: the layout never settled");
            assert!(!drawing.shapes.is_empty(), "{slug}: a blank drawing");
            assert_eq!(drawing.title, charts::title(kind, data, &options));

            let svg = export::render(kind, data, &options, &spec(Format::Svg))
                .unwrap_or_else(|e| panic!("{slug}: {e}"));
            let svg = String::from_utf8(svg).expect("an SVG is text");
            assert!(
                svg.contains("<svg") && svg.trim_end().ends_with("</svg>"),
                "{slug}: not an SVG document"
            );

            let png = export::render(kind, data, &options, &spec(Format::Png))
                .unwrap_or_else(|e| panic!("{slug}: {e}"));
            assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "{slug}: not a PNG");
            let size =
                |at: usize| u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]);
            assert_eq!((size(16), size(20)), (800, 450), "{slug}: PNG size");

            let csv = export::render(kind, data, &options, &spec(Format::Csv))
                .unwrap_or_else(|e| panic!("{slug}: {e}"));
            let table = charts::chart_table(kind, data, &options);
            assert!(!table.rows.is_empty(), "{slug}: an empty table");
            assert_eq!(
                csv,
                export::chart_csv(kind, data, &options, true).into_bytes(),
                "{slug}: CSV"
            );
            let csv = String::from_utf8(csv).expect("UTF-8");
            let header = csv.lines().next().unwrap_or_default();
            for column in &table.columns {
                assert!(header.contains(column.as_str()), "{slug}: {column}");
            }
        }
    }
}
