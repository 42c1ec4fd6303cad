//! The smallest eframe window, for comparing start-up against the dashboard.
//!
//! Same renderer (glow) and the same `NativeOptions` shape as `hk-ai-dashboard`
//! (1280×800 window, app id, persistence on), but only one label.
//! With `HK_AI_DASHBOARD_STARTUP_PROBE` set it closes itself after its first
//! painted frame (which is also its content frame) and prints "first frame
//! painted after N ms" and "content painted after N ms" on stderr, with
//! the dashboard's own probe (`ui::StartupProbe`), so both are measured alike.
//! See `scripts/measure-startup.sh`.
//!
//! ```sh
//! cargo run --release --example minimal_window
//! ```

use eframe::egui;
use hk_ai_dashboard::ui::StartupProbe;

struct Minimal {
    probe: Option<StartupProbe>,
}

impl eframe::App for Minimal {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        if let Some(probe) = &mut self.probe {
            probe.frame_started(ui.ctx());
        }
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("Hello from a minimal eframe window");
        });
        if let Some(probe) = &mut self.probe {
            probe.frame_done(ui.ctx());
        }
    }
}

fn main() -> eframe::Result {
    let probe = StartupProbe::from_env(std::time::Instant::now(), 0);
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Minimal eframe window")
            .with_app_id("hk.ai.dashboard.minimal")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([720.0, 480.0]),
        renderer: eframe::Renderer::Glow,
        persist_window: true,
        ..Default::default()
    };
    eframe::run_native(
        "hk.ai.dashboard.minimal",
        options,
        Box::new(move |_cc| Ok(Box::new(Minimal { probe }))),
    )
}
