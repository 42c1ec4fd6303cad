//! The window's own path dialog, shown when the system's file dialog cannot
//! be (see `dialog_probe`): a path field with completion. Plain data that the
//! commands carry and `AppState::apply` changes, plus [`PathCheck::of`], which
//! reads the folder being typed (the app calls it, never a view).

use super::dialog_probe::NoSystemDialog;
use std::path::{MAIN_SEPARATOR, Path, PathBuf};

/// The most completions listed under the field.
const MOST_SUGGESTIONS: usize = 12;

/// What the path is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathPurpose {
    /// A dataset file to open (an existing `.ron` file).
    Open,
    /// A file to save one chart to (its folder must exist).
    SaveFile,
    /// A folder to save every chart into (it must exist).
    Folder,
}

/// Why the typed path cannot be used yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathProblem {
    /// Nothing typed, or a folder where a file name is needed.
    NoFileName,
    /// No file at this path.
    NoSuchFile,
    /// No folder at this path (or the file's folder does not exist).
    NoSuchFolder,
    /// A folder where a file is needed.
    IsAFolder,
}

/// What the app found at the typed path: completions and any problem.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PathCheck {
    /// Paths in the typed folder starting with the typed name (folders end with `/`).
    pub suggestions: Vec<String>,
    /// Why the path cannot be used, if it cannot.
    pub problem: Option<PathProblem>,
}

/// The path dialog's state.
#[derive(Debug, Clone, PartialEq)]
pub struct PathDialog {
    /// What the path is for.
    pub purpose: PathPurpose,
    /// Why the system dialog was not shown (the notice says it).
    pub reason: NoSystemDialog,
    /// The path typed so far.
    pub text: String,
    /// Completions and problems of `text`.
    pub check: PathCheck,
}

impl PathDialog {
    /// A dialog for `purpose` starting in the current folder (with `file_name`
    /// filled in when saving one chart).
    pub fn new(purpose: PathPurpose, reason: NoSystemDialog, file_name: Option<&str>) -> Self {
        let folder = std::env::current_dir().unwrap_or_default();
        let mut text = folder.display().to_string();
        if !text.ends_with(MAIN_SEPARATOR) {
            text.push(MAIN_SEPARATOR);
        }
        text.push_str(file_name.unwrap_or_default());
        let check = PathCheck::of(purpose, &text);
        PathDialog {
            purpose,
            reason,
            text,
            check,
        }
    }

    /// The path to use, when it can be used.
    pub fn chosen(&self) -> Option<PathBuf> {
        self.check
            .problem
            .is_none()
            .then(|| PathBuf::from(&self.text))
    }
}

impl PathCheck {
    /// Lists the typed folder for completions and checks the path for `purpose`.
    pub fn of(purpose: PathPurpose, text: &str) -> Self {
        PathCheck {
            suggestions: suggestions(purpose, text),
            problem: problem(purpose, text),
        }
    }
}

/// The typed folder and the start of a name in it (`/home/a/da` → `/home/a/`, `da`).
fn split(text: &str) -> (&str, &str) {
    match text.rfind(['/', MAIN_SEPARATOR]) {
        Some(i) => text.split_at(i + 1),
        None => ("", text),
    }
}

/// Entries of the typed folder whose names start with the typed name: folders
/// (ending with a separator) and, unless a folder is asked for, files (only
/// `.ron` files when opening a dataset). Hidden entries only when the name
/// typed starts with a dot.
fn suggestions(purpose: PathPurpose, text: &str) -> Vec<String> {
    let (folder, start) = split(text);
    let listed = if folder.is_empty() { "." } else { folder };
    let Ok(entries) = std::fs::read_dir(listed) else {
        return Vec::new();
    };
    let mut found: Vec<(bool, String)> = entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            let is_dir = entry.path().is_dir();
            let wanted = match purpose {
                _ if is_dir => true,
                PathPurpose::Open => name.ends_with(".ron"),
                PathPurpose::SaveFile => true,
                PathPurpose::Folder => false,
            };
            let shown = !name.starts_with('.') || start.starts_with('.');
            (wanted && shown && name.starts_with(start)).then_some((is_dir, name))
        })
        .collect();
    found.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    found
        .into_iter()
        .take(MOST_SUGGESTIONS)
        .map(|(is_dir, name)| match is_dir {
            true => format!("{folder}{name}{MAIN_SEPARATOR}"),
            false => format!("{folder}{name}"),
        })
        .collect()
}

/// Why `text` cannot be used for `purpose`, if it cannot.
fn problem(purpose: PathPurpose, text: &str) -> Option<PathProblem> {
    let path = Path::new(text);
    let (_, name) = split(text);
    match purpose {
        PathPurpose::Open if path.is_dir() => Some(PathProblem::IsAFolder),
        PathPurpose::Open if !path.is_file() => Some(PathProblem::NoSuchFile),
        PathPurpose::SaveFile if name.is_empty() => Some(PathProblem::NoFileName),
        PathPurpose::SaveFile if path.is_dir() => Some(PathProblem::IsAFolder),
        PathPurpose::SaveFile => {
            let (folder, _) = split(text);
            let folder = if folder.is_empty() { "." } else { folder };
            (!Path::new(folder).is_dir()).then_some(PathProblem::NoSuchFolder)
        }
        PathPurpose::Folder if !path.is_dir() => Some(PathProblem::NoSuchFolder),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder_with_files() -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir(dir.path().join("data")).expect("folder");
        for name in ["dataset.ron", "notes.txt", ".hidden.ron"] {
            std::fs::write(dir.path().join(name), "").expect("file");
        }
        dir
    }

    #[test]
    fn completions_list_folders_first_then_matching_files() {
        let dir = folder_with_files();
        let base = format!("{}{MAIN_SEPARATOR}", dir.path().display());
        let open = PathCheck::of(PathPurpose::Open, &base);
        assert_eq!(
            open.suggestions,
            [
                format!("{base}data{MAIN_SEPARATOR}"),
                format!("{base}dataset.ron")
            ]
        );
        assert_eq!(open.problem, Some(PathProblem::IsAFolder));
        let typed = PathCheck::of(PathPurpose::SaveFile, &format!("{base}no"));
        assert_eq!(typed.suggestions, [format!("{base}notes.txt")]);
        assert_eq!(typed.problem, None);
        let folder = PathCheck::of(PathPurpose::Folder, &base);
        assert_eq!(folder.suggestions, [format!("{base}data{MAIN_SEPARATOR}")]);
        assert_eq!(folder.problem, None);
    }

    #[test]
    fn paths_that_cannot_be_used_say_why() {
        let dir = folder_with_files();
        let base = format!("{}{MAIN_SEPARATOR}", dir.path().display());
        let check = |purpose, text: &str| problem(purpose, &format!("{base}{text}"));
        assert_eq!(check(PathPurpose::Open, "dataset.ron"), None);
        assert_eq!(
            check(PathPurpose::Open, "missing.ron"),
            Some(PathProblem::NoSuchFile)
        );
        assert_eq!(
            check(PathPurpose::SaveFile, ""),
            Some(PathProblem::NoFileName)
        );
        assert_eq!(
            check(PathPurpose::SaveFile, "nowhere/chart.png"),
            Some(PathProblem::NoSuchFolder)
        );
        assert_eq!(
            check(PathPurpose::Folder, "dataset.ron"),
            Some(PathProblem::NoSuchFolder)
        );
    }
}
