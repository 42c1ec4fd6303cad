//! No per-frame allocation growth: 10,000 headless frames cycling through every
//! tab (and the chart, table and list views) leave the heap as it was after the
//! first full cycle. A counting allocator measures the live bytes.

use hk_ai_dashboard::charts::ChartKind;
use hk_ai_dashboard::i18n::Lang;
use hk_ai_dashboard::ui::{AppState, Command, DashboardApp, Tab};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering};

/// The system allocator, counting the bytes currently allocated.
struct Counting;

static LIVE: AtomicIsize = AtomicIsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size() as isize, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size() as isize, Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(
            new_size as isize - layout.size() as isize,
            Ordering::Relaxed,
        );
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn frame(ctx: &egui::Context, app: &mut DashboardApp) {
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        ..Default::default()
    };
    let mut output = ctx.run_ui(input, |ui| app.show(ui));
    output.textures_delta.clear();
    let shapes = std::mem::take(&mut output.shapes);
    let _ = ctx.tessellate(shapes, output.pixels_per_point);
}

#[test]
fn ten_thousand_frames_through_every_tab_keep_memory_flat() {
    let ctx = egui::Context::default();
    let mut app = DashboardApp::new(
        &ctx,
        AppState {
            lang: Lang::En,
            ..AppState::default()
        },
        None,
    );
    let tabs = app.state.tabs();
    let frames_per_tab = 5;
    let cycle = tabs.len() * frames_per_tab;
    let total = 10_000;
    let warm_up = 4 * cycle;
    // The views toggle on a cycle, so the live heap rises and falls with them:
    // compare the highest point of the first half with that of the second.
    let (mut first_peak, mut second_peak) = (0, 0);
    for n in 0..total {
        if n % frames_per_tab == 0 {
            let tab = tabs[(n / frames_per_tab) % tabs.len()].clone();
            app.apply(&ctx, Command::SelectTab(tab.clone()));
            // Flip the other views on the way, so their code runs too.
            if tab == Tab::Charts && (n / cycle) % 2 == 1 {
                app.apply(&ctx, Command::ToggleTable(ChartKind::FundingBySector));
            }
            if tab == Tab::Timeline {
                let list_view = !app.state.timeline.list_view;
                app.apply(&ctx, Command::SetTimelineListView(list_view));
            }
        }
        frame(&ctx, &mut app);
        let live = LIVE.load(Ordering::Relaxed);
        if (warm_up..total / 2).contains(&n) {
            first_peak = first_peak.max(live);
        } else if n >= total / 2 {
            second_peak = second_peak.max(live);
        }
    }
    let growth = second_peak - first_peak;
    eprintln!(
        "peak live heap: frames {warm_up}–{} {} KiB, frames {}–{total} {} KiB, growth {} KiB",
        total / 2,
        first_peak / 1024,
        total / 2,
        second_peak / 1024,
        growth / 1024
    );
    assert!(
        growth < 64 * 1024,
        "the heap grew by {} KiB between the two halves of {total} frames",
        growth / 1024
    );
}
