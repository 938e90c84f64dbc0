//! Command-line interface.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::format::Format;

/// Maintenance tasks for the oz-agent-api crate.
#[derive(Debug, Parser)]
#[command(name = "xtask", about, version)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Top-level commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// OpenAPI spec tools: semantic diff, drift check, update.
    #[command(subcommand)]
    Spec(SpecCommand),
    /// Release checks (`--dry-run`), or checks plus a local `v*` tag.
    Release(ReleaseArgs),
    /// Benchmark the crate against bare reqwest + serde_json::Value on a
    /// loopback server, and its build cost (see docs/benchmarks.md).
    Bench(BenchArgs),
    /// Regenerate the client committed in `generated/` from the vendored
    /// spec (what the crate's default build compiles), and its stamp.
    Codegen(CodegenArgs),
}

/// `codegen`.
#[derive(Debug, Args)]
pub struct CodegenArgs {
    /// Write nothing; exit 1 if `generated/` is not what the generator makes
    /// from the vendored spec.
    #[arg(long)]
    pub check: bool,
}

/// `spec` subcommands.
#[derive(Debug, Subcommand)]
pub enum SpecCommand {
    /// Semantic diff of two OpenAPI 3.0 specs (files or http(s) URLs).
    Diff(DiffArgs),
    /// Compare the vendored spec with upstream. Exit 0: no drift; 1: additive
    /// or cosmetic drift; 2: breaking drift; 3: could not check.
    Check(CheckArgs),
    /// Fetch upstream, show the diff, replace the vendored spec, run the
    /// tests, bump the version and prepend a CHANGELOG entry. Rolls back on failure.
    Update(UpdateArgs),
    /// Print the rule table.
    Rules(RulesArgs),
    /// Merge an overlay's paths and components into a base spec and write
    /// the result as JSON (for compiling and testing the client generated
    /// from a real spec plus synthetic constructs). Names that exist in both
    /// are an error.
    Overlay(OverlayArgs),
    /// Write the construct matrix: synthetic specs crossing every schema
    /// kind with every place, one operation per combination, a few places
    /// per spec (see xtask/src/spec/matrix.rs), as JSON files in a directory.
    Matrix(MatrixArgs),
}

/// `spec matrix`.
#[derive(Debug, Args)]
pub struct MatrixArgs {
    /// The directory to write the matrix specs (`NAME.json`) and their
    /// list (`index.txt`) into.
    #[arg(long, short)]
    pub out: std::path::PathBuf,
}

/// `spec overlay`.
#[derive(Debug, Args)]
pub struct OverlayArgs {
    /// The base spec (file).
    pub base: std::path::PathBuf,
    /// The overlays (files), in order: the `paths` and `components` of each
    /// are added to the base.
    #[arg(required = true)]
    pub overlays: Vec<std::path::PathBuf>,
    /// Where to write the merged spec (JSON).
    #[arg(long, short)]
    pub out: std::path::PathBuf,
    /// Put each overlay in a namespace of its own, named after its file:
    /// its paths under `/NAME`, its components, operation ids and security
    /// schemes prefixed (references follow), so specs of other APIs merge
    /// without collisions.
    #[arg(long)]
    pub namespace: bool,
}

/// Options shared by commands that read specs.
#[derive(Debug, Clone, Args)]
pub struct FetchArgs {
    /// Timeout in seconds for fetching a spec over HTTP.
    #[arg(long, default_value_t = 30.0, value_name = "SECS")]
    pub timeout: f64,
}

/// `spec diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The old spec (file path or http(s) URL).
    pub old: String,
    /// The new spec (file path or http(s) URL).
    pub new: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Exit with 2 for breaking changes and 1 for other changes, like `spec check`.
    #[arg(long)]
    pub exit_code: bool,
    #[command(flatten)]
    #[allow(missing_docs)]
    pub fetch: FetchArgs,
}

/// Options shared by `check` and `update`.
#[derive(Debug, Clone, Args)]
pub struct UpstreamArgs {
    /// Upstream spec (URL or file).
    #[arg(
        long,
        env = "OZ_SPEC_UPSTREAM",
        default_value = crate::workspace::DEFAULT_UPSTREAM,
        value_name = "URL|FILE"
    )]
    pub upstream: String,
    /// Workspace root (holds Cargo.toml and openapi/oz-agent-api.yml).
    /// Defaults to the workspace this xtask was built in.
    #[arg(long, value_name = "DIR")]
    pub root: Option<PathBuf>,
    /// Output format of the diff.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    #[command(flatten)]
    #[allow(missing_docs)]
    pub fetch: FetchArgs,
}

/// `spec check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    #[allow(missing_docs)]
    pub upstream: UpstreamArgs,
}

/// `spec update`.
#[derive(Debug, Args)]
pub struct UpdateArgs {
    #[command(flatten)]
    #[allow(missing_docs)]
    pub upstream: UpstreamArgs,
    /// Command (run with `sh -c` in the root) that tests the crate.
    #[arg(long, default_value = crate::workspace::DEFAULT_TEST_COMMAND, value_name = "CMD")]
    pub test_command: String,
    /// Command (run with `sh -c` in the root, before the tests) that
    /// regenerates the committed client in `generated/` from the new spec.
    #[arg(long, default_value = crate::workspace::DEFAULT_CODEGEN_COMMAND, value_name = "CMD")]
    pub codegen_command: String,
    /// Date for the CHANGELOG entry (YYYY-MM-DD); default: today (UTC).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
}

/// `spec rules`.
#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Output format (`text` prints one rule per line).
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

/// `release`.
#[derive(Debug, Args)]
pub struct ReleaseArgs {
    /// Only run the checks (never tags or publishes).
    #[arg(long)]
    pub dry_run: bool,
    /// Workspace root. Defaults to the workspace this xtask was built in.
    #[arg(long, value_name = "DIR")]
    pub root: Option<PathBuf>,
    /// Command (run with `sh -c` in the root) that runs the tests.
    #[arg(long, default_value = crate::workspace::DEFAULT_TEST_COMMAND, value_name = "CMD")]
    pub test_command: String,
    /// Git revision to compare the public API against with cargo-semver-checks
    /// (default: the newest `v*` tag older than the current version; crates.io
    /// when there is none).
    #[arg(long, value_name = "REV")]
    pub baseline_rev: Option<String>,
    /// This is the first release: there is no baseline to run cargo-semver-checks against.
    #[arg(long, conflicts_with = "baseline_rev")]
    pub first_release: bool,
}

/// `bench`.
#[derive(Debug, Args)]
pub struct BenchArgs {
    /// Fewer repetitions, no clean build (the build cost is measured in the
    /// existing target directory), no cost to depend and no growth series.
    #[arg(long)]
    pub quick: bool,
    /// Repetitions of every runtime measurement (default 9; 3 with --quick).
    #[arg(long, value_name = "N")]
    pub reps: Option<usize>,
    /// Sequential calls per repetition for the latency rows (default 1000; 200 with --quick).
    #[arg(long, value_name = "N")]
    pub calls: Option<usize>,
    /// Clean builds of each binary for the cost to depend (the fastest counts).
    #[arg(long, value_name = "N", default_value_t = 2)]
    pub depend_reps: usize,
    /// Skip the build measurements (build cost, cost to depend, growth).
    #[arg(long)]
    pub no_build_cost: bool,
    /// Keep the fresh target directories of the clean builds (under target/bench/).
    #[arg(long)]
    pub keep_build_dir: bool,
    /// Where to write the results (default: target/bench/results.json).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Exit with 1 if a target is missed.
    #[arg(long)]
    pub strict: bool,
    /// Only check that the benchmark's generated fixtures decode with the
    /// crate's types and that its servers (its own and nginx, or the
    /// fallback) answer every side (fast).
    #[arg(long, conflicts_with_all = ["quick", "report"])]
    pub self_check: bool,
    /// Print the table of an earlier results file instead of measuring.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// Install nginx first where it is missing (`bench/install-nginx.sh`:
    /// apt-get, with sudo when not root). Without nginx the runtime rows are
    /// measured against `oz-bench serve` instead, and the table says so.
    #[arg(long, conflicts_with = "report")]
    pub install_nginx: bool,
    /// Only these runtime rows (comma-separated ids, e.g. `get_run,get_run_typed`).
    #[arg(long, value_name = "IDS")]
    pub only: Option<String>,
    /// Skip parts of the run (comma-separated: runtime, memory, build, depend, growth).
    /// `--quick` skips depend and growth.
    #[arg(long, value_name = "PARTS", value_delimiter = ',')]
    pub skip: Vec<String>,
    /// The published spec the growth series multiplies (default: the newest
    /// in `openapi/history/index.txt`, spec G today).
    #[arg(long, value_name = "FILE")]
    pub growth_base: Option<PathBuf>,
    /// How many times over the synthetic spec of the growth series is (default 4).
    #[arg(long, value_name = "N", default_value_t = 4)]
    pub growth_factor: usize,
    /// Another spec to add to the growth series (repeatable).
    #[arg(long, value_name = "FILE")]
    pub growth_also: Vec<PathBuf>,
    /// Write the synthetic spec (`--growth-base` × `--growth-factor`) to FILE
    /// and stop (to build the crate from it by hand with `OZ_AGENT_API_SPEC`).
    #[arg(long, value_name = "FILE", conflicts_with_all = ["report", "self_check"])]
    pub write_synthetic_spec: Option<PathBuf>,
    /// Workspace root. Defaults to the workspace this xtask was built in.
    #[arg(long, value_name = "DIR")]
    pub root: Option<PathBuf>,
}
