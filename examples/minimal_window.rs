//! The smallest eframe window, for comparing start-up against the dashboard.
//!
//! Same renderer (glow) and the same `NativeOptions` shape as `hk-ai-dashboard`
//! (1280×800 window, app id, persistence on), but only one label.
//! With `HK_AI_DASHBOARD_STARTUP_PROBE` set it closes itself after its first
//! painted frame and prints "first frame painted after N ms" on stderr, like
//! the dashboard does. See `scripts/measure-startup.sh`.
//!
//! ```sh
//! cargo run --release --example minimal_window
//! ```

use eframe::egui;

const PROBE_VAR: &str = "HK_AI_DASHBOARD_STARTUP_PROBE";

struct Minimal {
    started: std::time::Instant,
    probe: bool,
    frames: u32,
}

impl eframe::App for Minimal {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("Hello from a minimal eframe window");
        });
        if self.probe {
            self.frames += 1;
            // The first frame is painted once the second one starts.
            if self.frames == 1 {
                ui.ctx().request_repaint();
            } else if self.frames == 2 {
                eprintln!(
                    "first frame painted after {:.1} ms",
                    self.started.elapsed().as_secs_f64() * 1000.0
                );
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }
}

fn main() -> eframe::Result {
    let started = std::time::Instant::now();
    let probe = std::env::var_os(PROBE_VAR).is_some();
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
        Box::new(move |_cc| {
            Ok(Box::new(Minimal {
                started,
                probe,
                frames: 0,
            }))
        }),
    )
}
