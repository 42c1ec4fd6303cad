//! The window's work outside itself: file dialogs, reading dataset files (large
//! ones on a background thread), watching the open file, and the export thread.
//! Each turns a command with an effect into work, and the work's results into
//! commands ([`Io::news`]) that the state applies like any other.

use super::command::Command;
use super::dialog_probe::{NoSystemDialog, Probe};
use super::export_state::{ExportDialog, ExportProgress};
use super::path_dialog_state::{PathDialog, PathPurpose};
use crate::analysis::Analysis;
use crate::charts::ChartOptions;
use crate::export;
use crate::i18n::{Lang, T};
use crate::load::{self, LoadError};
use eframe::egui;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};

/// Files larger than this load on a background thread with a progress indicator.
const BACKGROUND_LOAD_BYTES: u64 = 2 * 1024 * 1024;

/// How the app asks a person for files and folders; tests replace the dialogs.
/// Each call starts asking; the answer arrives on `answer` (None when cancelled).
/// When [`FilePicker::unavailable`] says why it cannot ask, the window shows
/// its own path dialog instead, with that reason.
pub trait FilePicker {
    /// Why these dialogs cannot be shown here, if they cannot (a "no file"
    /// answer is then no answer at all, not a Cancel).
    fn unavailable(&self) -> Option<NoSystemDialog> {
        None
    }
    /// A dataset file to open.
    fn pick(&self, answer: Sender<Option<PathBuf>>, ctx: egui::Context, lang: Lang);
    /// A file to save an export to, suggesting `file_name`.
    fn save(
        &self,
        answer: Sender<Option<PathBuf>>,
        ctx: egui::Context,
        lang: Lang,
        file_name: String,
    );
    /// A folder to write several exports into.
    fn folder(&self, answer: Sender<Option<PathBuf>>, ctx: egui::Context, lang: Lang);
}

/// The desktop's file dialog (xdg-desktop-portal, or zenity), on a thread so
/// the window stays live.
pub struct SystemFilePicker {
    probe: Probe,
}

impl SystemFilePicker {
    /// Starts finding out whether the desktop can show its dialog.
    pub fn new() -> Self {
        SystemFilePicker {
            probe: Probe::start(),
        }
    }
}

impl Default for SystemFilePicker {
    fn default() -> Self {
        Self::new()
    }
}

/// Runs blocking `work` (a file dialog, reading a file) on its own thread and
/// sends what it returns on `answer`, waking the window so the next frame sees
/// it. A closed channel (nobody waits any more) is not an error.
fn on_thread<A: Send + 'static>(
    answer: Sender<A>,
    ctx: egui::Context,
    work: impl FnOnce() -> A + Send + 'static,
) {
    std::thread::spawn(move || {
        let _ = answer.send(work());
        ctx.request_repaint();
    });
}

impl FilePicker for SystemFilePicker {
    fn unavailable(&self) -> Option<NoSystemDialog> {
        self.probe.unavailable()
    }

    fn pick(&self, answer: Sender<Option<PathBuf>>, ctx: egui::Context, lang: Lang) {
        on_thread(answer, ctx, move || {
            rfd::FileDialog::new()
                .set_title(lang.t(T::OpenDialogTitle))
                .add_filter(lang.t(T::RonDataset), &["ron"])
                .pick_file()
        });
    }

    fn save(
        &self,
        answer: Sender<Option<PathBuf>>,
        ctx: egui::Context,
        lang: Lang,
        file_name: String,
    ) {
        on_thread(answer, ctx, move || {
            rfd::FileDialog::new()
                .set_title(lang.t(T::SaveDialogTitle))
                .set_file_name(file_name)
                .save_file()
        });
    }

    fn folder(&self, answer: Sender<Option<PathBuf>>, ctx: egui::Context, lang: Lang) {
        on_thread(answer, ctx, move || {
            rfd::FileDialog::new()
                .set_title(lang.t(T::FolderDialogTitle))
                .pick_folder()
        });
    }
}

/// Both ends of a channel a dialog answers on.
struct Answers {
    send: Sender<Option<PathBuf>>,
    receive: Receiver<Option<PathBuf>>,
}

impl Answers {
    fn new() -> Self {
        let (send, receive) = channel();
        Answers { send, receive }
    }

    /// The path chosen since the last call, if one was (a cancel is dropped).
    fn chosen(&self) -> Option<PathBuf> {
        self.receive.try_recv().ok().flatten()
    }
}

/// A file read on a background thread, as the [`Command::Loaded`] it ends in.
type BackgroundLoad = Receiver<Command>;

/// Dialogs, loads, the watcher and the export thread, with their channels.
pub struct Io {
    picker: Box<dyn FilePicker>,
    opened: Answers,
    export_target: Answers,
    background: Option<BackgroundLoad>,
    watcher: Option<FileWatcher>,
    export: Option<Receiver<ExportProgress>>,
}

impl Io {
    /// The system's file dialogs, nothing running.
    pub fn new() -> Self {
        Io {
            picker: Box::new(SystemFilePicker::new()),
            opened: Answers::new(),
            export_target: Answers::new(),
            background: None,
            watcher: None,
            export: None,
        }
    }

    /// Replaces the file dialogs (tests answer them themselves).
    pub fn set_file_picker(&mut self, picker: Box<dyn FilePicker>) {
        self.picker = picker;
    }

    /// Asks for a dataset file; the answer comes back as [`Command::OpenFile`].
    /// Without a system dialog, returns the window's own path dialog to show.
    pub fn pick_file(&self, ctx: &egui::Context, lang: Lang) -> Option<Command> {
        if let Some(reason) = self.picker.unavailable() {
            let dialog = PathDialog::new(PathPurpose::Open, reason, None);
            return Some(Command::OpenPathDialog(dialog));
        }
        self.picker
            .pick(self.opened.send.clone(), ctx.clone(), lang);
        None
    }

    /// Asks where to save; the answer comes back as [`Command::ExportTo`].
    /// Without a system dialog, returns the window's own path dialog to show.
    pub fn choose_export_target(
        &self,
        ctx: &egui::Context,
        lang: Lang,
        dialog: &ExportDialog,
    ) -> Option<Command> {
        if let Some(reason) = self.picker.unavailable() {
            let (purpose, name) = match dialog.chart {
                Some(kind) => (PathPurpose::SaveFile, Some(dialog.file_name(kind))),
                None => (PathPurpose::Folder, None),
            };
            let dialog = PathDialog::new(purpose, reason, name.as_deref());
            return Some(Command::OpenPathDialog(dialog));
        }
        let answer = self.export_target.send.clone();
        match dialog.chart {
            Some(kind) => self
                .picker
                .save(answer, ctx.clone(), lang, dialog.file_name(kind)),
            None => self.picker.folder(answer, ctx.clone(), lang),
        }
        None
    }

    /// Starts reading a dataset file: a small one at once (its
    /// [`Command::Loaded`] is returned), a large one on a background thread
    /// ([`Command::LoadingInBackground`] now, `Loaded` later from [`Io::news`]).
    pub fn open(&mut self, ctx: &egui::Context, path: PathBuf) -> Command {
        let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        if size <= BACKGROUND_LOAD_BYTES {
            return self.loaded(ctx, path.clone(), read(&path));
        }
        let (answer, receive) = channel();
        let target = path.clone();
        on_thread(answer, ctx.clone(), move || Command::Loaded {
            result: read(&target),
            path: target,
        });
        self.background = Some(receive);
        Command::LoadingInBackground(path)
    }

    /// Reads a file that came without a path (bytes dropped from elsewhere):
    /// nothing to watch, and Reload has no file to read again.
    pub fn open_bytes(&mut self, name: String, bytes: &[u8]) -> Command {
        self.stop_watching();
        let result = load::load_bytes(bytes.to_vec(), &name)
            .map(Analysis::new)
            .map_err(Box::new);
        Command::Loaded {
            path: PathBuf::from(name),
            result,
        }
    }

    /// Watches a file once it was read, whether or not it loaded: fixing it
    /// should reload it.
    fn loaded(
        &mut self,
        ctx: &egui::Context,
        path: PathBuf,
        result: Result<Analysis, Box<LoadError>>,
    ) -> Command {
        if self.watcher.as_ref().is_none_or(|w| w.path != path) {
            self.watcher = FileWatcher::new(&path, ctx.clone());
        }
        Command::Loaded { path, result }
    }

    /// Stops watching (the built-in dataset is shown).
    pub fn stop_watching(&mut self) {
        self.watcher = None;
    }

    /// Starts writing an export on a background thread: `dialog`'s chart into
    /// the file `target`, or every chart into the folder `target`, drawn with
    /// the screen's chart `options` as the dialog adjusts them.
    pub fn start_export(
        &mut self,
        ctx: &egui::Context,
        analysis: &Analysis,
        options: &ChartOptions,
        dialog: &ExportDialog,
        target: PathBuf,
    ) {
        let jobs = dialog.jobs(target);
        let (send, receive) = channel();
        let options = dialog.chart_options(options.clone());
        let (analysis, spec) = (analysis.clone(), dialog.spec);
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let report = |progress| {
                let _ = send.send(progress);
                ctx.request_repaint();
            };
            let total = jobs.len();
            if total > 1 {
                report(ExportProgress::Step { done: 0, total });
            }
            let run = export::run(&jobs, analysis.chart_data(), &options, &spec, |progress| {
                match progress {
                    export::Progress::Written { done, .. } if done < total => {
                        report(ExportProgress::Step { done, total });
                    }
                    export::Progress::Written { .. } => {}
                    // A report of one file: its parts are the steps shown.
                    export::Progress::Step { done, steps, .. } if total == 1 => {
                        report(ExportProgress::Step { done, total: steps });
                    }
                    export::Progress::Step { .. } => {}
                    // Stop at the first failure: the message says why.
                    export::Progress::Failed { .. } => return ControlFlow::Break(()),
                }
                ControlFlow::Continue(())
            });
            report(match run.errors.first() {
                Some(error) => ExportProgress::Failed(error.to_string()),
                None => ExportProgress::Finished(run.written),
            });
        });
        self.export = Some(receive);
    }

    /// What arrived since the last frame, as commands: dialog answers, file
    /// changes, a background load's result, the export thread's news.
    pub fn news(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let mut news = Vec::new();
        news.extend(self.opened.chosen().map(Command::OpenFile));
        news.extend(self.export_target.chosen().map(Command::ExportTo));
        if let Some(export) = &self.export {
            news.extend(export.try_iter().map(Command::Export));
            let finished = |c: &Command| {
                matches!(
                    c,
                    Command::Export(ExportProgress::Finished(_) | ExportProgress::Failed(_))
                )
            };
            if news.iter().any(finished) {
                self.export = None;
            }
        }
        if self.watcher.as_ref().is_some_and(FileWatcher::changed) {
            news.push(Command::Reload);
        }
        if let Some(Ok(Command::Loaded { path, result })) =
            self.background.as_ref().map(Receiver::try_recv)
        {
            self.background = None;
            news.push(self.loaded(ctx, path, result));
        }
        news
    }
}

/// Reads, validates and analyses a dataset file.
fn read(path: &Path) -> Result<Analysis, Box<LoadError>> {
    load::load_file(path).map(Analysis::new).map_err(Box::new)
}

/// Watches one file for changes (through its folder, since editors replace files).
struct FileWatcher {
    path: PathBuf,
    changes: Receiver<()>,
    _watcher: notify::RecommendedWatcher,
}

impl FileWatcher {
    fn new(path: &Path, ctx: egui::Context) -> Option<Self> {
        use notify::Watcher;
        let target = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
        let folder = target.parent()?.to_path_buf();
        let name = target.file_name()?.to_owned();
        let (send, changes) = channel();
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                let Ok(event) = event else { return };
                let ours = event
                    .paths
                    .iter()
                    .any(|p| p.file_name() == Some(name.as_os_str()));
                if ours && (event.kind.is_modify() || event.kind.is_create()) {
                    let _ = send.send(());
                    ctx.request_repaint();
                }
            })
            .ok()?;
        watcher
            .watch(&folder, notify::RecursiveMode::NonRecursive)
            .ok()?;
        Some(FileWatcher {
            path: path.to_path_buf(),
            changes,
            _watcher: watcher,
        })
    }

    /// True when the file changed since the last call (all pending events drained).
    fn changed(&self) -> bool {
        let mut any = false;
        while self.changes.try_recv().is_ok() {
            any = true;
        }
        any
    }
}
