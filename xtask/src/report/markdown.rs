//! Markdown report for pull-request bodies and CI step summaries.

use std::fmt::Write;

use super::{cosmetic_rule_counts, counts_line, grouped, schema_context};
use crate::classify::Class;
use crate::diff::{DiffResult, Scope};

fn code(s: &str) -> String {
    if s.contains('`') {
        format!("`` {s} ``")
    } else {
        format!("`{s}`")
    }
}

/// Renders the Markdown report.
pub fn render(diff: &DiffResult) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "## OpenAPI spec diff\n");
    let _ = writeln!(
        out,
        "**{}** ({} -> {})\n",
        counts_line(diff),
        code(&diff.old_source),
        code(&diff.new_source)
    );
    for n in &diff.notes {
        let _ = writeln!(out, "> Note: {n}\n");
    }
    if diff.is_empty() {
        let _ = writeln!(out, "No changes.");
        return out;
    }
    for (class, title) in [(Class::Breaking, "Breaking"), (Class::Additive, "Additive")] {
        let n = diff.count(class);
        if n == 0 {
            continue;
        }
        let _ = writeln!(out, "### {title} ({n})\n");
        for (scope, changes) in grouped(diff, &[class]) {
            match &scope {
                Scope::Schema(_) => {
                    let _ = writeln!(
                        out,
                        "**{}** ({})\n",
                        code(&scope.heading()),
                        schema_context(&changes)
                    );
                }
                _ => {
                    let _ = writeln!(out, "**{}**\n", code(&scope.heading()));
                }
            }
            for c in changes {
                let _ = writeln!(
                    out,
                    "- {} ({} at {})",
                    c.message,
                    code(c.rule),
                    code(&c.pointer)
                );
            }
            let _ = writeln!(out);
        }
    }
    let cosmetic = diff.count(Class::Cosmetic);
    if cosmetic > 0 {
        let rules = cosmetic_rule_counts(diff)
            .iter()
            .map(|(r, n)| format!("{} x{n}", code(r)))
            .collect::<Vec<_>>()
            .join(", ");
        let _ = writeln!(out, "### Cosmetic ({cosmetic})\n");
        let _ = writeln!(out, "{rules}\n");
        let _ = writeln!(out, "<details><summary>Locations</summary>\n");
        for (scope, changes) in grouped(diff, &[Class::Cosmetic]) {
            let ptrs = changes
                .iter()
                .map(|c| code(&c.pointer))
                .collect::<Vec<_>>()
                .join(", ");
            let _ = writeln!(
                out,
                "- {} ({}): {ptrs}",
                code(&scope.heading()),
                changes.len()
            );
        }
        let _ = writeln!(out, "\n</details>");
    }
    out
}
