//! `hk-ai-dashboard.com`, shipped beside the GUI program `hk-ai-dashboard.exe`.
//!
//! The `.exe` is built for the GUI subsystem so that a double-click opens no
//! console window; it attaches to the terminal's console for `export` and
//! `check`, but an interactive cmd.exe does not wait for a GUI program, so the
//! prompt comes back early and `%ERRORLEVEL%` stays 0. Typed without its
//! extension (`hk-ai-dashboard check data.ron`), cmd and PowerShell run this
//! `.com` first (PATHEXT lists .COM before .EXE): a console program that runs
//! the `.exe` on the same console and waits, then exits with its exit code
//! (the pattern of Visual Studio's devenv.com beside devenv.exe).

use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let gui = match std::env::current_exe() {
        Ok(path) => path.with_extension("exe"),
        Err(error) => {
            eprintln!("hk-ai-dashboard: cannot find my own path: {error}");
            return ExitCode::from(1);
        }
    };
    // Standard input, output and error are inherited: the .exe prints here.
    match Command::new(&gui)
        .args(std::env::args_os().skip(1))
        .status()
    {
        Ok(status) => {
            let code = status.code().unwrap_or(1);
            ExitCode::from(u8::try_from(code).unwrap_or(1))
        }
        Err(error) => {
            eprintln!("hk-ai-dashboard: cannot start {}: {error}", gui.display());
            ExitCode::from(1)
        }
    }
}
