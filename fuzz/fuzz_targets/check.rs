//! The whole `check` path: bytes written to a file, then `load::load_file`
//! (bounded read, UTF-8 check, parse, validate) and `cli::run_check` into a
//! buffer, as `hk-ai-dashboard check FILE` does. Must never panic; the exit
//! status is 0 or 1 and every invalid file gets a compiler-style line.

#![no_main]

use hk_ai_dashboard::{cli, load};
use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use std::sync::OnceLock;

fn scratch() -> &'static PathBuf {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        std::env::temp_dir().join(format!("hk-fuzz-check-{}.ron", std::process::id()))
    })
}

fuzz_target!(|data: &[u8]| {
    let path = scratch();
    std::fs::write(path, data).expect("writes the scratch file");
    let loaded = load::load_file(path);
    let mut out = Vec::new();
    let status = cli::run_check(std::slice::from_ref(path), &mut out);
    let out = String::from_utf8(out).expect("check prints UTF-8");
    let origin = path.display().to_string();
    match loaded {
        Ok(_) => {
            assert_eq!(status, cli::EXIT_OK);
            assert!(out.contains(": ok: "));
        }
        Err(error) => {
            assert_eq!(status, cli::EXIT_INVALID);
            assert!(out.starts_with(&format!("{origin}:")));
            assert!(out.lines().count() > error.problems.len());
            assert!(out.contains(": error: "));
        }
    }
});
