//! Windows only: embeds the icon, the version information and the manifest
//! into `hk-ai-dashboard.exe` (mingw's windres when cross-building). On every
//! other target this does nothing.

use std::env;
use std::path::Path;

/// The icon Explorer, the taskbar and the installer's shortcuts show.
const ICON: &str = "assets/icon/hk-ai-dashboard.ico";
/// Execution level, DPI awareness, UTF-8 code page, long paths, themed dialogs.
const MANIFEST: &str = "packaging/windows/hk-ai-dashboard.exe.manifest";

fn main() -> std::io::Result<()> {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed={ICON}");
    println!("cargo:rerun-if-changed={MANIFEST}");
    if env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return Ok(());
    }
    let root = env::var("CARGO_MANIFEST_DIR").map_err(std::io::Error::other)?;
    let absolute = |relative: &str| Path::new(&root).join(relative).display().to_string();
    winresource::WindowsResource::new()
        .set_icon(&absolute(ICON))
        .set_manifest_file(&absolute(MANIFEST))
        .set("ProductName", "HK AI Dashboard")
        .set("FileDescription", "HK AI Dashboard")
        .set("CompanyName", "hk-ai-dashboard developers")
        .set(
            "LegalCopyright",
            "MIT OR Apache-2.0, hk-ai-dashboard developers",
        )
        .set("OriginalFilename", "hk-ai-dashboard.exe")
        .set("InternalName", "hk-ai-dashboard")
        // Only the app's own binary: examples and tests need no icon.
        .compile_for("hk-ai-dashboard")
}
