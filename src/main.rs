//! The `hk-ai-dashboard` binary: parses the command line and hands over to the
//! library. Kept thin so everything it does is testable.

use clap::Parser;
use hk_ai_dashboard::cli::{self, Cli, CliCommand};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = Cli::parse();
    match args.command {
        Some(CliCommand::Check { files }) => {
            ExitCode::from(cli::run_check(&files, &mut std::io::stdout().lock()))
        }
        Some(CliCommand::Export(export)) => ExitCode::from(cli::run_export(
            &export,
            &mut std::io::stdout().lock(),
            &mut std::io::stderr(),
        )),
        None => ExitCode::from(hk_ai_dashboard::ui::run(args.file)),
    }
}
