//! CPU time of one full headless frame of each tab: layout, painting and
//! tessellation, as the window does each time it repaints. With the shipped
//! dataset, and with synthetic ones of 1k, 10k and 100k records. Run with
//! `cargo bench --bench frames`.

mod common;

use criterion::{Criterion, criterion_group, criterion_main};
use hk_ai_dashboard::ui::{AppState, Command, DashboardApp, Tab};
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

/// Times one frame of each of `tabs` in the group `group_name`.
fn time_tabs(
    c: &mut Criterion,
    group_name: &str,
    (ctx, app): (&egui::Context, &mut DashboardApp),
    tabs: Vec<Tab>,
    sample_size: usize,
) {
    let mut group = c.benchmark_group(group_name);
    group.sample_size(sample_size);
    for tab in tabs {
        let name = app.state.tab_name(&tab);
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
    let mut app = DashboardApp::new(&ctx, AppState::default(), None);
    let tabs = app.state.tabs();
    time_tabs(c, "frame", (&ctx, &mut app), tabs, 100);
}

fn synthetic(c: &mut Criterion) {
    for (records, label) in common::SIZES {
        let ctx = egui::Context::default();
        let mut app = DashboardApp::new(&ctx, AppState::default(), None);
        app.show_dataset(common::synthetic_dataset(records), None);
        let is_sector = |t: &Tab| matches!(t, Tab::Sector(_));
        // Every sector tab of a synthetic dataset reads alike: time the first three.
        let mut tabs: Vec<Tab> = app
            .state
            .tabs()
            .into_iter()
            .filter(|t| !is_sector(t))
            .collect();
        tabs.extend(app.state.tabs().into_iter().filter(is_sector).take(3));
        time_tabs(c, &format!("frame_{label}"), (&ctx, &mut app), tabs, 20);
    }
}

criterion_group!(benches, shipped, synthetic);
criterion_main!(benches);
