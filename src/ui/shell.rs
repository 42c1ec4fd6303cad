//! The native window around the dashboard: `run` opens it with the saved
//! state, `WindowApp` saves the state on exit, X11 gets the right WM_CLASS, and
//! [`StartupProbe`] measures how soon the first frame is painted.

use super::app::{self, DashboardApp};
use super::state::AppState;
use eframe::egui;
use std::path::PathBuf;
use std::time::Instant;

/// The application id: eframe's app id, the .desktop file's name and WM class.
pub const APP_ID: &str = "hk.ai.dashboard";

/// The window title.
pub const WINDOW_TITLE: &str = "Hong Kong AI Landscape — HK AI Dashboard";

/// The environment variable that makes the window close once its first frame
/// is on screen, printing how long that took: for measuring start-up.
pub const STARTUP_PROBE_VAR: &str = "HK_AI_DASHBOARD_STARTUP_PROBE";

/// Closes the window once its content is on screen, printing on stderr
/// "first frame painted after N ms" (the window shows) and "content painted
/// after N ms" (the tab's content shows; see [`STARTUP_PROBE_VAR`]). Shared
/// with `examples/minimal_window.rs`, so both are measured the same way.
pub struct StartupProbe {
    started: Instant,
    content_frame: u64,
    done: bool,
}

impl StartupProbe {
    /// A probe counting from `started`, if [`STARTUP_PROBE_VAR`] is set, for an
    /// app that draws its content on frame number `content_frame` (0 = first).
    pub fn from_env(started: Instant, content_frame: u64) -> Option<Self> {
        std::env::var_os(STARTUP_PROBE_VAR).map(|_| StartupProbe {
            started,
            content_frame,
            done: false,
        })
    }

    /// Call at the start of every frame's `ui`: once frame N + 1 starts, frame
    /// N is on screen. Prints the first frame's time and the content frame's,
    /// then closes the window. Frames are counted by egui, not by calls, since
    /// a frame can run `ui` twice (a discarded sizing pass).
    pub fn frame_started(&mut self, ctx: &egui::Context) {
        if self.done {
            return;
        }
        let frame = ctx.cumulative_frame_nr();
        let ms = self.started.elapsed().as_secs_f64() * 1000.0;
        if frame == 1 {
            eprintln!("first frame painted after {ms:.1} ms");
        }
        if frame == self.content_frame + 1 {
            eprintln!("content painted after {ms:.1} ms");
            self.done = true;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    /// Call at the end of every frame's `ui`: asks for the frames that follow
    /// until the content frame is on screen.
    pub fn frame_done(&mut self, ctx: &egui::Context) {
        if !self.done {
            ctx.request_repaint();
        }
    }
}

/// The window's app: the dashboard, plus the optional start-up probe.
struct WindowApp {
    dashboard: DashboardApp,
    probe: Option<StartupProbe>,
}

impl eframe::App for WindowApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        if let Some(probe) = &mut self.probe {
            probe.frame_started(ui.ctx());
        }
        self.dashboard.show(ui);
        if let Some(probe) = &mut self.probe {
            probe.frame_done(ui.ctx());
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if self.probe.is_none() {
            eframe::set_value(storage, eframe::APP_KEY, &self.dashboard.state);
        }
    }
}

/// X11 only: WM_CLASS = ("hk.ai.dashboard", "hk.ai.dashboard"). egui-winit 0.37
/// calls winit's `with_name(app_id, "")`, which leaves the instance empty on X11
/// (window-manager rules on the instance then miss us); eframe keeps the window
/// unmapped until its first frame, so rewriting it here precedes the first map.
#[cfg(target_os = "linux")]
fn set_x11_wm_class(cc: &eframe::CreationContext<'_>) {
    use raw_window_handle::{HasWindowHandle as _, RawWindowHandle};
    use x11rb::protocol::xproto::{AtomEnum, ConnectionExt as _, PropMode};
    use x11rb::wrapper::ConnectionExt as _;
    let Ok(handle) = cc.window_handle() else {
        return;
    };
    let window = match handle.as_raw() {
        RawWindowHandle::Xlib(h) => h.window as u32,
        RawWindowHandle::Xcb(h) => h.window.get(),
        _ => return,
    };
    let Ok((conn, _)) = x11rb::connect(None) else {
        return;
    };
    let class = format!("{APP_ID}\0{APP_ID}\0");
    let _ = conn.change_property8(
        PropMode::REPLACE,
        window,
        AtomEnum::WM_CLASS,
        AtomEnum::STRING,
        class.as_bytes(),
    );
    // A round trip: the server has applied it before winit maps the window.
    let _ = conn.get_input_focus().map(|cookie| cookie.reply());
}

/// The window's size, icon, title and app id.
fn native_options() -> eframe::NativeOptions {
    let icon = eframe::icon_data::from_png_bytes(include_bytes!(
        "../../assets/icon/hicolor/256x256/apps/hk.ai.dashboard.png"
    ))
    .inspect_err(|error| log::warn!("the window icon could not be decoded: {error}"))
    .ok();
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(WINDOW_TITLE)
        .with_app_id(APP_ID)
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([720.0, 480.0])
        .with_drag_and_drop(true);
    if let Some(icon) = icon {
        viewport = viewport.with_icon(icon);
    }
    eframe::NativeOptions {
        viewport,
        renderer: eframe::Renderer::Glow,
        persist_window: true,
        ..Default::default()
    }
}

/// Opens the window. Returns the process exit status.
///
/// The built-in dataset is read once the window exists, on the UI thread (about
/// 5 ms): a loader thread beside eframe's window creation took CPU from the X
/// server and the GL driver on two cores, and the first frame came 10–30 ms
/// later than without it (`scripts/measure-startup.sh`).
pub fn run(file: Option<PathBuf>) -> u8 {
    let probe = StartupProbe::from_env(Instant::now(), app::CONTENT_FRAME);
    let result = eframe::run_native(
        APP_ID,
        native_options(),
        Box::new(move |cc| {
            #[cfg(target_os = "linux")]
            set_x11_wm_class(cc);
            let state = cc
                .storage
                .and_then(|s| eframe::get_value::<AppState>(s, eframe::APP_KEY))
                .unwrap_or_default();
            let dashboard = DashboardApp::new(&cc.egui_ctx, state, file);
            Ok(Box::new(WindowApp { dashboard, probe }))
        }),
    );
    match result {
        Ok(()) => 0,
        Err(error) => {
            eprintln!("hk-ai-dashboard: could not open the window: {error}");
            1
        }
    }
}
