//! CPU time of one full headless frame of each tab with the shipped dataset:
//! layout, painting and tessellation, as the window does each time it repaints.

use criterion::{Criterion, criterion_group, criterion_main};
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

fn frames(c: &mut Criterion) {
    let ctx = egui::Context::default();
    let mut app = DashboardApp::new(&ctx, Settings::default(), None);
    let mut group = c.benchmark_group("frame");
    for tab in app.tabs() {
        let name = app.tab_name(&tab);
        app.apply(&ctx, Command::SelectTab(tab));
        for _ in 0..3 {
            frame(&ctx, &mut app);
        }
        group.bench_function(name, |b| b.iter(|| black_box(frame(&ctx, &mut app))));
    }
    group.finish();
}

criterion_group!(benches, frames);
criterion_main!(benches);
