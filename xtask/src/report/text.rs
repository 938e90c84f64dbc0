//! Plain-text report, grouped by operation and schema.

use std::fmt::Write;

use super::{cosmetic_rule_counts, counts_line, grouped, schema_context};
use crate::classify::Class;
use crate::diff::{DiffResult, Scope};

/// Renders the text report.
pub fn render(diff: &DiffResult) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Spec diff: {} -> {}", diff.old_source, diff.new_source);
    for n in &diff.notes {
        let _ = writeln!(out, "Note: {n}");
    }
    if diff.is_empty() {
        let _ = writeln!(out, "No changes.");
        return out;
    }
    let _ = writeln!(out, "{}", counts_line(diff));
    for (scope, changes) in grouped(diff, &[Class::Breaking, Class::Additive]) {
        let _ = writeln!(out);
        match &scope {
            Scope::Schema(_) => {
                let _ = writeln!(out, "{} ({})", scope.heading(), schema_context(&changes));
            }
            _ => {
                let _ = writeln!(out, "{}", scope.heading());
            }
        }
        for c in changes {
            let _ = writeln!(out, "  {:<9} {}: {}", c.class.as_str(), c.rule, c.message);
            let _ = writeln!(out, "            at {}", c.pointer);
        }
    }
    let cosmetic = diff.count(Class::Cosmetic);
    if cosmetic > 0 {
        let rules = cosmetic_rule_counts(diff)
            .iter()
            .map(|(r, n)| format!("{r} x{n}"))
            .collect::<Vec<_>>()
            .join(", ");
        let _ = writeln!(out);
        let _ = writeln!(out, "Cosmetic: {cosmetic} changes ({rules})");
        for (scope, changes) in grouped(diff, &[Class::Cosmetic]) {
            let _ = writeln!(out, "  {} ({}):", scope.heading(), changes.len());
            for c in changes {
                let _ = writeln!(out, "    {}", c.pointer);
            }
        }
    }
    out
}
