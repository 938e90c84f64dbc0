//! Maintenance tooling for the `oz-agent-api` crate.
//!
//! The interesting part is a *semantic* diff of two OpenAPI 3.0 documents
//! ([`diff::diff_specs`]) whose changes are classified for users of this crate
//! ([`classify`]): a change is `breaking`, `additive` or `cosmetic` according to
//! how the generated Rust code and its runtime behaviour change. On top of
//! that sit the `spec check` / `spec update` drift commands and the `release`
//! checks. The rule table is documented in `docs/spec-diff.md`.

#![warn(missing_docs)]

pub mod bench;
pub mod cargo;
pub mod changelog;
pub mod check;
pub mod classify;
pub mod cli;
pub mod codegen;
pub mod diff;
pub mod exit;
pub mod fetch;
pub mod format;
pub mod layers;
pub mod pointer;
pub mod process;
pub mod release;
pub mod report;
pub mod spec;
pub mod update;
pub mod version;
pub mod workspace;

use cli::{Cli, Command, SpecCommand};
pub use exit::{EXIT_BREAKING, EXIT_CANNOT_CHECK, EXIT_DRIFT, EXIT_OK};
pub use fetch::timeout_from_secs;

/// Runs a parsed command line and returns the process exit code.
pub fn run(cli: Cli) -> u8 {
    match cli.command {
        Command::Spec(SpecCommand::Diff(args)) => check::run_diff(&args),
        Command::Spec(SpecCommand::Check(args)) => check::run_check(&args),
        Command::Spec(SpecCommand::Update(args)) => update::run_update(&args),
        Command::Spec(SpecCommand::Rules(args)) => {
            print!("{}", check::render_rules(args.format));
            EXIT_OK
        }
        Command::Spec(SpecCommand::Overlay(args)) => spec::overlay::run_overlay(&args),
        Command::Spec(SpecCommand::Matrix(args)) => spec::matrix_cmd::run_matrix(&args),
        Command::Release(args) => release::run_release(&args),
        Command::Bench(args) => bench::run_bench(&args),
        Command::Codegen(args) => codegen::run_codegen(&args),
    }
}
