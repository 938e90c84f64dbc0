//! JSON report (`schema_version` 1; documented in docs/spec-diff.md).

use serde::Serialize;

use crate::classify::Class;
use crate::diff::{Change, DiffResult};

/// Version of the JSON report's shape. Bumped on incompatible changes.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct Counts {
    breaking: usize,
    additive: usize,
    cosmetic: usize,
    total: usize,
}

#[derive(Serialize)]
struct Report<'a> {
    schema_version: u32,
    old: &'a str,
    new: &'a str,
    worst: Option<Class>,
    counts: Counts,
    notes: &'a [String],
    changes: &'a [Change],
}

/// Renders the JSON report (pretty-printed, trailing newline).
pub fn render(diff: &DiffResult) -> String {
    let report = Report {
        schema_version: SCHEMA_VERSION,
        old: &diff.old_source,
        new: &diff.new_source,
        worst: diff.worst(),
        counts: Counts {
            breaking: diff.count(Class::Breaking),
            additive: diff.count(Class::Additive),
            cosmetic: diff.count(Class::Cosmetic),
            total: diff.changes.len(),
        },
        notes: &diff.notes,
        changes: &diff.changes,
    };
    let mut s = serde_json::to_string_pretty(&report)
        .unwrap_or_else(|e| format!("{{\"schema_version\":{SCHEMA_VERSION},\"error\":\"{e}\"}}"));
    s.push('\n');
    s
}
