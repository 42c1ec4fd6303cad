//! The export dialog's state and the export thread's news: plain data that
//! the commands carry and `AppState::apply` changes. The dialog's view is
//! `export_dialog`; the thread that writes the files is in `io`.

use crate::charts::{ChartKind, ChartOptions};
use crate::export::{self, ExportJob, ExportSpec, Format, PRESETS, Paper, Target, Theme};
use crate::i18n::{Lang, T};
use std::path::{Path, PathBuf};

/// What is being exported and how; the dialog's state.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportDialog {
    /// One chart, or every chart (into a folder) when `None`.
    pub chart: Option<ChartKind>,
    /// Format, size, scale and theme.
    pub spec: ExportSpec,
    /// The preset chosen, or `None` for a custom size.
    pub preset: Option<usize>,
    /// Initiative markers in the exported charts (off by default: unlabelled
    /// diamonds on the zero line read as a fault in print), whatever the screen shows.
    pub initiatives: bool,
}

impl ExportDialog {
    /// A dialog for `chart` (or all charts) with Full HD PNG at scale 1 in `theme`.
    pub fn new(chart: Option<ChartKind>, theme: Theme) -> Self {
        let (_, width, height) = PRESETS[1];
        ExportDialog {
            chart,
            spec: ExportSpec {
                width,
                height,
                scale: 1.0,
                theme,
                ..ExportSpec::default()
            },
            preset: Some(1),
            initiatives: false,
        }
    }

    /// The file name suggested for one chart: `<slug>.<ext>`.
    pub fn file_name(&self, kind: ChartKind) -> String {
        export::file_name(kind, self.spec.format)
    }

    /// The options the export draws with: what the charts show on screen
    /// (years, share, money, language), with the dialog's choice
    /// of initiative markers. The command line maps its flags the same way.
    pub fn chart_options(&self, on_screen: ChartOptions) -> ChartOptions {
        ChartOptions {
            show_initiatives: self.initiatives,
            ..on_screen
        }
    }

    /// The jobs that write this export to `target`: the dialog's chart into
    /// the file, or every chart into the folder.
    pub fn jobs(&self, target: PathBuf) -> Vec<ExportJob> {
        match self.chart {
            Some(kind) => export::plan(&[kind], &Target::File(target), self.spec.format),
            None => export::plan(&ChartKind::ALL, &Target::Folder(target), self.spec.format),
        }
    }

    /// Picks a preset size (or a custom size, keeping the current one).
    pub(super) fn choose_preset(&mut self, preset: Option<usize>) {
        if let Some((_, width, height)) = preset.and_then(|i| PRESETS.get(i)) {
            self.spec.width = *width;
            self.spec.height = *height;
        }
        self.preset = preset;
    }

    /// Sets the format; the PDF report takes A4 pages (its size in points),
    /// and leaving it brings back the default image size.
    pub(super) fn set_format(&mut self, format: Format) {
        let was_report = self.spec.format == Format::Pdf;
        self.spec.format = format;
        if format == Format::Pdf {
            let (width, height) = Paper::A4.points();
            self.set_size(width, height);
        } else if was_report {
            self.choose_preset(Some(1));
        }
    }

    /// Sets a custom size.
    pub(super) fn set_size(&mut self, width: u32, height: u32) {
        self.spec.width = width;
        self.spec.height = height;
        self.preset = None;
    }
}

/// How an export is going, sent from the writing thread.
#[derive(Debug)]
pub enum ExportProgress {
    /// About to write file `done + 1` of `total`.
    Step {
        /// Files written so far.
        done: usize,
        /// Files to write.
        total: usize,
    },
    /// Every file was written.
    Finished(Vec<PathBuf>),
    /// Writing stopped; the message says why (files already written stay).
    Failed(String),
}

/// The status line for a finished export.
pub fn finished_message(lang: Lang, written: &[PathBuf]) -> String {
    match written {
        [one] => lang.format(T::Saved, &[&one.display()]),
        many => {
            let folder = many
                .first()
                .and_then(|p| p.parent())
                .unwrap_or(Path::new("."));
            lang.format(T::SavedMany, &[&many.len(), &folder.display()])
        }
    }
}
