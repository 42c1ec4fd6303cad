//! The window's work outside itself, in a browser (the desktop's is `io.rs`,
//! with the same methods): the browser's file picker, reading the picked file,
//! and exports that download. A browser page has one thread (`std::thread::spawn`
//! panics there), so the work runs on it: the picker answers through a future,
//! a picked file is read when its answer arrives, and an export renders one
//! chart a frame, so the page stays live between them. Nothing is watched:
//! the page cannot see the file change on disk.

use super::command::Command;
use super::export_state::{ExportDialog, ExportProgress};
use crate::analysis::Analysis;
use crate::charts::ChartOptions;
use crate::export::{self, ExportJob, ExportSpec, Format};
use crate::i18n::{Lang, T};
use crate::load::{self, LoadError};
use crate::platform::web;
use eframe::egui;
use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};

/// A file the person picked: its name and its bytes.
type Picked = (String, Vec<u8>);

/// An export under way: the charts still to render, one a frame.
struct Downloads {
    analysis: Analysis,
    options: ChartOptions,
    spec: ExportSpec,
    jobs: Vec<ExportJob>,
    written: Vec<PathBuf>,
}

/// The picker's channel, the last file read (for Reload), a requested export
/// target and the export under way.
pub struct Io {
    send_picked: Sender<Picked>,
    picked: Receiver<Picked>,
    last_file: Option<Picked>,
    target_asked: Cell<bool>,
    export: Option<Downloads>,
}

impl Io {
    /// Nothing picked, nothing running.
    pub fn new() -> Self {
        let (send_picked, picked) = channel();
        Io {
            send_picked,
            picked,
            last_file: None,
            target_asked: Cell::new(false),
            export: None,
        }
    }

    /// Opens the browser's file picker; the file arrives in [`Io::news`] as
    /// [`Command::OpenBytes`].
    pub fn pick_file(&self, ctx: &egui::Context, lang: Lang) -> Option<Command> {
        let dialog = rfd::AsyncFileDialog::new()
            .set_title(lang.t(T::OpenDialogTitle))
            .add_filter(lang.t(T::RonDataset), &["ron"]);
        let (send, ctx) = (self.send_picked.clone(), ctx.clone());
        wasm_bindgen_futures::spawn_local(async move {
            if let Some(file) = dialog.pick_file().await {
                let bytes = file.read().await;
                let _ = send.send((file.file_name(), bytes));
                ctx.request_repaint();
            }
        });
        None
    }

    /// A download needs no place chosen: the browser saves it. The export
    /// starts from [`Io::news`], as the desktop's starts from the dialog's answer.
    pub fn choose_export_target(
        &self,
        ctx: &egui::Context,
        _lang: Lang,
        _dialog: &ExportDialog,
    ) -> Option<Command> {
        self.target_asked.set(true);
        ctx.request_repaint();
        None
    }

    /// Reads `path` again if it is the file last picked (Reload); the page
    /// cannot read any other path.
    pub fn open(&mut self, _ctx: &egui::Context, path: PathBuf) -> Command {
        let origin = path.display().to_string();
        let result = match &self.last_file {
            Some((name, bytes)) if *name == origin => read(bytes.clone(), name),
            _ => Err(Box::new(LoadError {
                origin,
                problems: vec![load::Problem {
                    kind: load::ProblemKind::Read,
                    position: None,
                    path: None,
                    message: "a browser page opens files only with Open…".to_owned(),
                    note: None,
                }],
            })),
        };
        Command::Loaded { path, result }
    }

    /// Reads a picked or dropped file, and keeps it for Reload.
    pub fn open_bytes(&mut self, name: String, bytes: &[u8]) -> Command {
        let result = read(bytes.to_vec(), &name);
        self.last_file = Some((name.clone(), bytes.to_vec()));
        Command::Loaded {
            path: PathBuf::from(name),
            result,
        }
    }

    /// Nothing is watched in a browser.
    pub fn stop_watching(&mut self) {}

    /// Queues `dialog`'s charts for download, drawn with the screen's chart
    /// `options` as the dialog adjusts them; [`Io::news`] renders one a frame.
    pub fn start_export(
        &mut self,
        ctx: &egui::Context,
        analysis: &Analysis,
        options: &ChartOptions,
        dialog: &ExportDialog,
        _target: PathBuf,
    ) {
        self.export = Some(Downloads {
            analysis: analysis.clone(),
            options: dialog.chart_options(options.clone()),
            spec: dialog.spec,
            jobs: dialog.jobs(download_target(dialog)),
            written: Vec::new(),
        });
        ctx.request_repaint();
    }

    /// What arrived since the last frame, as commands: a picked file, the
    /// go-ahead for an export, the export's next chart downloaded.
    pub fn news(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let mut news = Vec::new();
        if let Ok((name, bytes)) = self.picked.try_recv() {
            news.push(Command::OpenBytes(name, bytes.into()));
        }
        if self.target_asked.take() {
            news.push(Command::ExportTo(PathBuf::new()));
        }
        if let Some(progress) = self.export.as_mut().map(Downloads::next) {
            if matches!(
                progress,
                ExportProgress::Finished(_) | ExportProgress::Failed(_)
            ) {
                self.export = None;
            } else {
                ctx.request_repaint();
            }
            news.push(Command::Export(progress));
        }
        news
    }
}

impl Downloads {
    /// Renders and downloads the next chart through the same pipeline as the
    /// desktop's files; says how far the export is.
    fn next(&mut self) -> ExportProgress {
        let total = self.written.len() + self.jobs.len();
        let Some(job) = self.jobs.first() else {
            return ExportProgress::Finished(std::mem::take(&mut self.written));
        };
        let data = self.analysis.chart_data();
        let bytes = match export::render_file(&job.kinds, data, &self.options, &self.spec) {
            Ok(bytes) => bytes,
            Err(error) => return ExportProgress::Failed(error.to_string()),
        };
        let name = job.path.file_name().unwrap_or(job.path.as_os_str());
        let name = name.to_string_lossy();
        if let Err(error) = web::download(&name, mime(self.spec.format), &bytes) {
            return ExportProgress::Failed(error);
        }
        log::info!("downloaded {name} ({} bytes)", bytes.len());
        let job = self.jobs.remove(0);
        self.written.push(job.path);
        match self.jobs.is_empty() {
            true => ExportProgress::Finished(std::mem::take(&mut self.written)),
            false => ExportProgress::Step {
                done: self.written.len(),
                total,
            },
        }
    }
}

/// Where the status line says the downloads went: one chart's file name, or
/// for every chart the browser's downloads folder (where they land unless the
/// person's browser asks).
fn download_target(dialog: &ExportDialog) -> PathBuf {
    match dialog.chart {
        Some(kind) => PathBuf::from(dialog.file_name(kind)),
        None => Path::new(DOWNLOADS).to_path_buf(),
    }
}

/// The folder name the status line gives every chart's downloads.
const DOWNLOADS: &str = "Downloads";

/// The media type a browser saves a download of `format` as.
fn mime(format: Format) -> &'static str {
    match format {
        Format::Png => "image/png",
        Format::Svg => "image/svg+xml",
        Format::Csv => "text/csv;charset=utf-8",
        Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        Format::Pdf => "application/pdf",
    }
}

/// Reads, validates and analyses a picked file's bytes.
fn read(bytes: Vec<u8>, name: &str) -> Result<Analysis, Box<LoadError>> {
    load::load_bytes(bytes, name)
        .map(Analysis::new)
        .map_err(Box::new)
}
