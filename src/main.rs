//! The `hk-ai-dashboard` binary: parses the command line and hands over to the
//! library. Kept thin so everything it does is testable.

// Windows: a GUI program, so a double-click opens no console window; the
// command-line subcommands borrow the terminal's console (see `platform`).
#![cfg_attr(windows, windows_subsystem = "windows")]

#[cfg(not(target_arch = "wasm32"))]
use clap::Parser;
#[cfg(not(target_arch = "wasm32"))]
use hk_ai_dashboard::{
    cli::{self, Cli, CliCommand},
    platform,
};
#[cfg(not(target_arch = "wasm32"))]
use std::process::ExitCode;

/// In a browser (`scripts/build-web.sh`): no command line, the page's canvas.
#[cfg(target_arch = "wasm32")]
fn main() {
    hk_ai_dashboard::ui::start_web();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    // Quiet unless asked: RUST_LOG=info shows loads and exports (on stderr).
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("off")).init();
    let args = match Cli::try_parse() {
        Ok(args) => args,
        Err(usage) => {
            // --help, --version and usage errors print to the terminal.
            platform::attach_parent_console();
            usage.exit()
        }
    };
    match args.command {
        Some(CliCommand::Check { files }) => {
            platform::attach_parent_console();
            ExitCode::from(cli::run_check(&files, &mut std::io::stdout().lock()))
        }
        Some(CliCommand::Export(export)) => {
            platform::attach_parent_console();
            ExitCode::from(cli::run_export(
                &export,
                &mut std::io::stdout().lock(),
                &mut std::io::stderr(),
            ))
        }
        Some(CliCommand::Copy(copy)) => {
            platform::attach_parent_console();
            ExitCode::from(cli::run_copy(&copy, &mut std::io::stderr()))
        }
        Some(CliCommand::Report(report)) => {
            platform::attach_parent_console();
            ExitCode::from(cli::run_report(&report, &mut std::io::stderr()))
        }
        None => {
            let status = hk_ai_dashboard::ui::run(args.file);
            if status != 0 {
                platform::report_window_failure();
            }
            ExitCode::from(status)
        }
    }
}
