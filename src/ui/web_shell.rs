//! The dashboard in a browser page (the desktop's window is `shell.rs`):
//! [`start`] runs it on the page's canvas with eframe's web runner, the saved
//! settings come from the browser's storage, and the page's address and title
//! follow the view ([`share_link`]): a link opens the view it names, and the
//! address bar is always a link to what is on screen.

use super::app::{self, DashboardApp};
use super::command::Command;
use super::share_link;
use super::state::AppState;
use crate::platform::web;
use eframe::egui;
use std::sync::mpsc::{Receiver, Sender, channel};

/// The page's canvas (`web/index.html`).
const CANVAS_ID: &str = "dashboard";

/// The page's loading indicator, removed once the app runs.
const LOADING_ID: &str = "loading";

/// The page's message (both languages) for a browser that cannot run it.
const FAILURE_ID: &str = "failure";

/// The dashboard, plus what the page's address and title last said.
struct WebApp {
    dashboard: DashboardApp,
    fragment: Option<String>,
    title: String,
    /// The content frame is on screen (and the page was told).
    painted: bool,
    /// Dropped files, read: their commands arrive here.
    send_dropped: Sender<Command>,
    dropped: Receiver<Command>,
}

impl WebApp {
    /// Applies the address's view when it changed (a link opened, an address
    /// typed, Back): the parts it could not use are named in the status line.
    fn follow_address(&mut self, ctx: &egui::Context) {
        let fragment = web::fragment();
        if self.fragment.as_ref() == Some(&fragment) {
            return;
        }
        let state = &self.dashboard.state;
        let span = state.analysis.stats.year_span.clone();
        let parsed = share_link::parse(&fragment, &state.analysis.dataset, &span);
        let notice = parsed.notice();
        for command in parsed.commands {
            self.dashboard.apply(ctx, command);
        }
        if let Some(notice) = notice {
            log::warn!("part of the link was ignored: {notice}");
            self.dashboard.apply(ctx, Command::LinkIgnored(notice));
        }
        self.fragment = Some(fragment);
    }

    /// Files dropped on the page: a browser hands over their name and, later,
    /// their bytes (not a path to read), which arrive as [`Command::OpenBytes`].
    fn read_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped = ctx.input_mut(|input| std::mem::take(&mut input.raw.dropped_files));
        for file in dropped {
            let (send, ctx) = (self.send_dropped.clone(), ctx.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.path().display().to_string();
                match file.bytes_async().await {
                    Ok(bytes) => {
                        let _ = send.send(Command::OpenBytes(name, bytes.into()));
                        ctx.request_repaint();
                    }
                    Err(error) => log::warn!("the dropped file {name} could not be read: {error}"),
                }
            });
        }
        for command in self.dropped.try_iter() {
            self.dashboard.push(command);
        }
    }

    /// Puts the view on screen into the address and the page's title.
    fn keep_address(&mut self) {
        let state = &self.dashboard.state;
        let fragment = share_link::fragment_of(state);
        if self.fragment.as_ref() != Some(&fragment) {
            web::replace_fragment(&fragment);
            self.fragment = Some(fragment);
        }
        let title = share_link::title_of(state);
        if title != self.title {
            web::set_title(&title);
            self.title = title;
        }
    }
}

impl eframe::App for WebApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let frame = ctx.cumulative_frame_nr();
        if frame <= app::CONTENT_FRAME + 1 {
            web::mark(&format!("frame-{frame}"));
        }
        // Once frame N + 1 starts, frame N is on screen.
        if !self.painted && ctx.cumulative_frame_nr() > app::CONTENT_FRAME {
            web::mark_painted(CANVAS_ID);
            self.painted = true;
        }
        self.follow_address(&ctx);
        self.read_dropped_files(&ctx);
        self.dashboard.show(ui);
        self.keep_address();
        if frame <= app::CONTENT_FRAME + 1 {
            web::mark(&format!("frame-{frame}-drawn"));
        }
        if !self.painted {
            ctx.request_repaint();
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.dashboard.state);
    }
}

/// Starts the dashboard on the page's canvas. The built-in dataset is shown;
/// the theme and language saved in the browser come back; a file opened last
/// time does not (a page cannot read it again).
pub fn start() {
    web::mark("wasm-started");
    let _ = eframe::WebLogger::init(log::LevelFilter::Warn);
    wasm_bindgen_futures::spawn_local(async {
        let Some(canvas) = web::canvas(CANVAS_ID) else {
            log::error!("the page has no <canvas id=\"{CANVAS_ID}\">");
            return;
        };
        let started = eframe::WebRunner::new()
            .start(
                canvas,
                eframe::WebOptions::default(),
                Box::new(|cc| {
                    let mut state = cc
                        .storage
                        .and_then(|s| eframe::get_value::<AppState>(s, eframe::APP_KEY))
                        .unwrap_or_default();
                    state.file = None;
                    web::mark("app-creating");
                    let dashboard = DashboardApp::new(&cc.egui_ctx, state, None);
                    web::mark("app-created");
                    let (send_dropped, dropped) = channel();
                    Ok(Box::new(WebApp {
                        send_dropped,
                        dropped,
                        dashboard,
                        fragment: None,
                        title: String::new(),
                        painted: false,
                    }))
                }),
            )
            .await;
        match started {
            Ok(()) => web::hide(LOADING_ID),
            Err(error) => {
                log::error!("the dashboard could not start: {error:?}");
                web::hide(LOADING_ID);
                web::unhide(FAILURE_ID);
            }
        }
    });
}
