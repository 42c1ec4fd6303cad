//! CPU time of one full headless frame of each tab: layout, painting and
//! tessellation, as the window does each time it repaints. With the shipped
//! dataset, and with a 100,000-record synthetic one.

#[allow(dead_code)]
#[path = "../examples/synth.rs"]
mod synth;

use criterion::{Criterion, criterion_group, criterion_main};
use hk_ai_dashboard::load;
use hk_ai_dashboard::ui::{Command, DashboardApp, Settings};
use std::hint::black_box;

fn input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        ..Default::default()
    }
}

/// Runs one frame and tessellates it, returning the number of meshes.
fn frame(ctx: &egui::Context, app: &mut DashboardApp) -> usize {
    let mut output = ctx.run_ui(input(), |ui| app.show(ui));
    output.textures_delta.clear();
    let shapes = std::mem::take(&mut output.shapes);
    ctx.tessellate(shapes, output.pixels_per_point).len()
}

fn every_tab(c: &mut Criterion, group_name: &str, app: &mut DashboardApp, ctx: &egui::Context) {
    let mut group = c.benchmark_group(group_name);
    for tab in app.tabs() {
        let name = app.tab_name(&tab);
        app.apply(ctx, Command::SelectTab(tab));
        for _ in 0..3 {
            frame(ctx, app);
        }
        group.bench_function(name, |b| b.iter(|| black_box(frame(ctx, app))));
    }
    group.finish();
}

fn shipped(c: &mut Criterion) {
    let ctx = egui::Context::default();
    let mut app = DashboardApp::new(&ctx, Settings::default(), None);
    every_tab(c, "frame", &mut app, &ctx);
}

fn synthetic_100k(c: &mut Criterion) {
    let ctx = egui::Context::default();
    let mut app = DashboardApp::new(&ctx, Settings::default(), None);
    let text = synth::to_ron(&synth::generate(100_000, 7));
    let Ok(dataset) = load::parse_dataset(&text, "synthetic") else {
        panic!("the synthetic dataset is valid");
    };
    app.show_dataset(dataset, None);
    let mut group_tabs = app.tabs();
    // Every sector tab of a 20-sector dataset reads alike: time the first three.
    group_tabs.retain(|t| !matches!(t, hk_ai_dashboard::ui::Tab::Sector(_)));
    let sectors: Vec<_> = app
        .tabs()
        .into_iter()
        .filter(|t| matches!(t, hk_ai_dashboard::ui::Tab::Sector(_)))
        .take(3)
        .collect();
    group_tabs.extend(sectors);
    let mut group = c.benchmark_group("frame_100k");
    group.sample_size(20);
    for tab in group_tabs {
        let name = app.tab_name(&tab);
        app.apply(&ctx, Command::SelectTab(tab));
        for _ in 0..3 {
            frame(&ctx, &mut app);
        }
        group.bench_function(name, |b| b.iter(|| black_box(frame(&ctx, &mut app))));
    }
    group.finish();
}

criterion_group!(benches, shipped, synthetic_100k);
criterion_main!(benches);
