//! Desktop-integration assets: the `.desktop` entry and the hicolor icons.
//!
//! Pure Rust and fast. `desktop-file-validate` is used when it is installed
//! (Debian package `desktop-file-utils`); on a machine without it that check
//! prints a note and passes. `scripts/check-desktop.sh` does the same checks
//! (plus the MIME XML) from the shell.

use std::path::{Path, PathBuf};
use std::process::Command;

const APP_ID: &str = "hk.ai.dashboard";
const ICON_SIZES: [u32; 8] = [16, 24, 32, 48, 64, 128, 256, 512];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn desktop_file() -> PathBuf {
    root().join("assets").join(format!("{APP_ID}.desktop"))
}

#[test]
fn desktop_file_passes_desktop_file_validate() {
    let path = desktop_file();
    let output = match Command::new("desktop-file-validate").arg(&path).output() {
        Ok(output) => output,
        Err(error) => {
            eprintln!(
                "note: desktop-file-validate not run ({error}); \
                 install desktop-file-utils for this check"
            );
            return;
        }
    };
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        output.status.success() && text.trim().is_empty(),
        "desktop-file-validate {} reported ({}):\n{text}",
        path.display(),
        output.status
    );
}

#[test]
fn desktop_file_names_the_app() {
    let path = desktop_file();
    assert_eq!(
        path.file_name().and_then(|n| n.to_str()),
        Some("hk.ai.dashboard.desktop"),
        "the desktop file's basename must be the app id"
    );
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    // Keys of the [Desktop Entry] group only, as written (no surrounding spaces).
    let mut in_entry = false;
    let mut keys = Vec::new();
    for line in text.lines() {
        let line = line.trim_end();
        if line.starts_with('[') {
            in_entry = line == "[Desktop Entry]";
        } else if in_entry && !line.starts_with('#') && line.contains('=') {
            keys.push(line);
        }
    }
    for want in [
        "StartupWMClass=hk.ai.dashboard",
        "Exec=hk-ai-dashboard %f",
        "Icon=hk.ai.dashboard",
        "Type=Application",
    ] {
        assert!(
            keys.contains(&want),
            "{} has no line `{want}` in [Desktop Entry]",
            path.display()
        );
    }
}

/// Width and height from a PNG's IHDR chunk (bytes 16..24, big-endian).
fn png_size(path: &Path) -> (u32, u32) {
    use std::io::Read;
    let mut head = [0u8; 24];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    assert_eq!(
        &head[..8],
        b"\x89PNG\r\n\x1a\n",
        "{} is not a PNG",
        path.display()
    );
    assert_eq!(
        &head[12..16],
        b"IHDR",
        "{} has no IHDR first",
        path.display()
    );
    let w = u32::from_be_bytes([head[16], head[17], head[18], head[19]]);
    let h = u32::from_be_bytes([head[20], head[21], head[22], head[23]]);
    (w, h)
}

#[test]
fn hicolor_icons_exist_for_every_size() {
    let hicolor = root().join("assets/icon/hicolor");
    for n in ICON_SIZES {
        let p = hicolor.join(format!("{n}x{n}/apps/{APP_ID}.png"));
        assert!(
            p.is_file(),
            "missing {} (run scripts/render-icons.sh)",
            p.display()
        );
    }
    assert!(root().join("assets/icon/hk-ai-dashboard.svg").is_file());
}

#[test]
fn hicolor_icon_sizes_match_their_folders() {
    let hicolor = root().join("assets/icon/hicolor");
    let mut checked = 0;
    for dir in std::fs::read_dir(&hicolor).expect("assets/icon/hicolor") {
        let dir = dir.expect("hicolor entry").path();
        let Some(folder) = dir.file_name().and_then(|n| n.to_str()).map(str::to_owned) else {
            continue;
        };
        let Ok(apps) = std::fs::read_dir(dir.join("apps")) else {
            continue;
        };
        for file in apps {
            let file = file.expect("apps entry").path();
            if file.extension().and_then(|e| e.to_str()) != Some("png") {
                continue;
            }
            let (w, h) = png_size(&file);
            assert_eq!(
                format!("{w}x{h}"),
                folder,
                "{} is {w}x{h} px but sits in {folder}/",
                file.display()
            );
            checked += 1;
        }
    }
    assert!(checked >= ICON_SIZES.len(), "only {checked} icons found");
}
