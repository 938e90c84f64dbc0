//! `cargo xtask`: see `xtask --help`.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = xtask::cli::Cli::parse();
    ExitCode::from(xtask::run(cli))
}
