//! The output formats of the diff and the rule table (`--format`), a value
//! of the command line that the reports render.

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Human-readable text grouped by operation and schema (the default).
    Text,
    /// Markdown for a pull-request body or CI step summary.
    Markdown,
    /// Machine-readable JSON (schema in docs/spec-diff.md).
    Json,
}
