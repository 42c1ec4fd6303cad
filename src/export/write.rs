//! Writing a file so that it is either wholly replaced or left as it was.

use super::error::ExportError;
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Writes `bytes` to `path` atomically: into a new temporary file in the same
/// folder, synced to disk, then renamed over the target (and the folder synced).
///
/// A reader never sees a half-written file, and on any failure (full disk,
/// read-only folder, …) the temporary file is removed and an existing target is
/// left untouched. A target that exists but is not a regular file (a directory,
/// FIFO, device or socket) is refused, never replaced. A symbolic link is
/// followed: the file it points to is replaced, the link stays.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    let target = resolve_target(path)?;
    let existing = check_target(&target)?;
    let folder = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let io = |action: &'static str, path: &Path| {
        let path = path.to_path_buf();
        move |source| ExportError::Io {
            path,
            action,
            source,
        }
    };

    let (file, temp) = create_temp(&folder, &target)?;
    let guard = RemoveOnDrop(Some(temp.clone()));
    let mut file = file;
    // Errors name the target, and say that whatever was there is still there.
    if let Some(metadata) = &existing {
        // Keep the replaced file's permissions (the temporary file has the defaults).
        file.set_permissions(metadata.permissions()).map_err(io(
            "give the new file the old one's permissions (the old file is untouched)",
            &target,
        ))?;
    }
    file.write_all(bytes).map_err(io(
        "write the new file (any old file is untouched)",
        &target,
    ))?;
    file.sync_all().map_err(io(
        "sync the new file to disk (any old file is untouched)",
        &target,
    ))?;
    // Closed before the rename. (On wasm32, where no file opens, File has no Drop.)
    #[cfg_attr(target_arch = "wasm32", allow(clippy::drop_non_drop))]
    drop(file);

    // The target may have been replaced by something else meanwhile: check again.
    check_target(&target)?;
    fs::rename(&temp, &target).map_err(io(
        "replace the file with the new one (any old file is untouched)",
        &target,
    ))?;
    guard.disarm();

    // Make the rename itself durable. Some file systems cannot sync a folder;
    // the data is already safe, so that is not an error.
    if let Ok(dir) = File::open(&folder) {
        let _ = dir.sync_all();
    }
    Ok(())
}

/// The file to replace: `path` itself, or where it points when it is a symlink.
fn resolve_target(path: &Path) -> Result<PathBuf, ExportError> {
    match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => {
            fs::canonicalize(path).map_err(|source| ExportError::Io {
                path: path.to_path_buf(),
                action: "follow the symbolic link",
                source,
            })
        }
        _ => Ok(path.to_path_buf()),
    }
}

/// `Ok(Some(metadata))` for an existing regular file, `Ok(None)` when nothing is
/// there, an error for anything else.
fn check_target(target: &Path) -> Result<Option<fs::Metadata>, ExportError> {
    match fs::symlink_metadata(target) {
        Ok(m) if m.is_file() => Ok(Some(m)),
        Ok(m) => Err(ExportError::NotARegularFile {
            path: target.to_path_buf(),
            what: describe(&m.file_type()),
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(ExportError::Io {
            path: target.to_path_buf(),
            action: "inspect the target",
            source,
        }),
    }
}

fn describe(file_type: &fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a FIFO";
        }
        if file_type.is_block_device() || file_type.is_char_device() {
            return "a device";
        }
        if file_type.is_socket() {
            return "a socket";
        }
    }
    if file_type.is_dir() {
        "a directory"
    } else if file_type.is_symlink() {
        "a symbolic link"
    } else {
        "not a regular file"
    }
}

/// Creates a new, empty temporary file beside the target (never an existing one).
fn create_temp(folder: &Path, target: &Path) -> Result<(File, PathBuf), ExportError> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = target
        .file_name()
        .map_or_else(|| "export".into(), |n| n.to_string_lossy().into_owned());
    let mut last_error = None;
    for _ in 0..16 {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let temp = folder.join(format!(".{name}.{}.{n}.tmp", std::process::id()));
        match OpenOptions::new().write(true).create_new(true).open(&temp) {
            Ok(file) => return Ok((file, temp)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => last_error = Some(e),
            Err(source) => {
                return Err(ExportError::Io {
                    path: folder.to_path_buf(),
                    action: "create a temporary file in this folder",
                    source,
                });
            }
        }
    }
    Err(ExportError::Io {
        path: folder.to_path_buf(),
        action: "create a temporary file in this folder",
        source: last_error.unwrap_or_else(|| std::io::Error::other("no free temporary name")),
    })
}

/// Removes the temporary file unless the write succeeded.
struct RemoveOnDrop(Option<PathBuf>);

impl RemoveOnDrop {
    fn disarm(mut self) {
        self.0 = None;
    }
}

impl Drop for RemoveOnDrop {
    fn drop(&mut self) {
        if let Some(path) = self.0.take() {
            let _ = fs::remove_file(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_a_file_and_keeps_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("chart.png");
        write_atomically(&target, b"one").unwrap();
        write_atomically(&target, b"two").unwrap();
        assert_eq!(fs::read(&target).unwrap(), b"two");
        let names: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "a temporary file was left behind");
    }

    #[test]
    fn refuses_a_directory() {
        let dir = tempfile::tempdir().unwrap();
        let err = write_atomically(dir.path(), b"x").unwrap_err();
        assert!(
            matches!(
                err,
                ExportError::NotARegularFile {
                    what: "a directory",
                    ..
                }
            ),
            "{err}"
        );
        assert!(err.to_string().contains(&dir.path().display().to_string()));
    }

    #[cfg(unix)]
    #[test]
    fn follows_a_symlink_and_keeps_it() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.svg");
        let link = dir.path().join("link.svg");
        fs::write(&real, b"old").unwrap();
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_atomically(&link, b"new").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read(&real).unwrap(), b"new");
    }
}
