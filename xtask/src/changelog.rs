//! CHANGELOG.md entries generated from a diff.

use std::fmt::Write;
use std::time::{SystemTime, UNIX_EPOCH};

use semver::Version;

use crate::classify::Class;
use crate::diff::{Change, DiffResult};
use crate::report::cosmetic_rule_counts;

/// Header written when CHANGELOG.md does not exist yet.
pub const HEADER: &str = "# Changelog\n\nAll notable changes to this crate are documented in this file.\nThe format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),\nand this crate adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).\n";

/// Today's date (UTC) as `YYYY-MM-DD`.
pub fn today_utc() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    // Howard Hinnant's civil-from-days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// True if `date` looks like `YYYY-MM-DD`.
pub fn valid_date(date: &str) -> bool {
    let b = date.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

fn where_(c: &Change) -> String {
    if let Some(op) = &c.operation {
        format!("`{op}`")
    } else if let Some(s) = &c.schema {
        let usage = c
            .usage
            .iter()
            .map(|u| u.as_str())
            .collect::<Vec<_>>()
            .join(" + ");
        if usage.is_empty() {
            format!("schema `{s}`")
        } else {
            format!("schema `{s}` ({usage})")
        }
    } else {
        "document".to_string()
    }
}

/// The entry for `version`: heading, one-line summary, then Breaking / Added /
/// Changed sections naming locations and rule ids.
pub fn entry(version: &Version, date: &str, diff: &DiffResult, title: Option<&str>) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "## [{version}] - {date}\n");
    let _ = writeln!(
        out,
        "Vendored OpenAPI spec updated from upstream{}: {} breaking, {} additive, {} cosmetic changes.\n",
        title.map(|t| format!(" ({t})")).unwrap_or_default(),
        diff.count(Class::Breaking),
        diff.count(Class::Additive),
        diff.count(Class::Cosmetic)
    );
    for (class, heading) in [(Class::Breaking, "Breaking"), (Class::Additive, "Added")] {
        let changes: Vec<&Change> = diff.changes.iter().filter(|c| c.class == class).collect();
        if changes.is_empty() {
            continue;
        }
        let _ = writeln!(out, "### {heading}\n");
        let new_types: Vec<&str> = changes
            .iter()
            .filter(|c| c.rule == "schema-added")
            .filter_map(|c| c.schema.as_deref())
            .collect();
        for c in changes.iter().filter(|c| c.rule != "schema-added") {
            let _ = writeln!(out, "- {}: {} (`{}`)", where_(c), c.message, c.rule);
        }
        if !new_types.is_empty() {
            let _ = writeln!(
                out,
                "- New types: {} (`schema-added`)",
                new_types
                    .iter()
                    .map(|t| format!("`{t}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
        let _ = writeln!(out);
    }
    let cosmetic: Vec<&Change> = diff
        .changes
        .iter()
        .filter(|c| c.class == Class::Cosmetic)
        .collect();
    if !cosmetic.is_empty() {
        let rules = cosmetic_rule_counts(diff)
            .iter()
            .map(|(r, n)| format!("`{r}` x{n}"))
            .collect::<Vec<_>>()
            .join(", ");
        let mut places: Vec<String> = Vec::new();
        for c in &cosmetic {
            let p = c.scope().heading();
            if !places.contains(&p) {
                places.push(p);
            }
        }
        let _ = writeln!(out, "### Changed\n");
        let _ = writeln!(
            out,
            "- {} cosmetic changes ({rules}) in: {}.\n",
            cosmetic.len(),
            places.join("; ")
        );
    }
    out
}

/// The section naming the operations the generator left out of the client,
/// one line each (`operation ID (METHOD /path): construct`).
pub fn refused_section(lines: &[String]) -> String {
    let mut out = String::from(
        "### Left out of the client\n\nOperations of the spec the generator cannot express yet; \
         every other operation is in the client.\n\n",
    );
    for line in lines {
        let _ = writeln!(out, "- {line}");
    }
    out.push('\n');
    out
}

/// `existing` with `entry` inserted before the first release section; a new
/// file gets [`HEADER`]. The bump releases what `## [Unreleased]` holds: its
/// notes move into the new entry (each `### Section` merged into the entry's
/// section of the same name, or added after them), and an empty
/// `## [Unreleased]` heading stays on top for what comes next.
pub fn prepend(existing: Option<&str>, entry: &str) -> String {
    let text = match existing {
        Some(t) if !t.trim().is_empty() => t.to_string(),
        _ => format!("{HEADER}\n"),
    };
    // Split: the head (up to the first `## `), the Unreleased body, the releases.
    let mut head = String::new();
    let mut unreleased: Option<String> = None;
    let mut rest = String::new();
    let mut state = 0; // 0 head, 1 unreleased, 2 releases
    for line in text.split_inclusive('\n') {
        if line.starts_with("## ") {
            state = if state < 2 && line.to_ascii_lowercase().starts_with("## [unreleased]") {
                unreleased = Some(String::new());
                1
            } else {
                2
            };
            if state == 1 {
                continue;
            }
        }
        match state {
            0 => head.push_str(line),
            1 => unreleased.get_or_insert_with(String::new).push_str(line),
            _ => rest.push_str(line),
        }
    }
    let notes = unreleased.as_deref().map(str::trim).unwrap_or_default();
    let entry = if notes.is_empty() {
        entry.to_string()
    } else {
        merge_sections(entry, notes)
    };
    let mut out = head;
    if !out.ends_with('\n') {
        out.push('\n');
    }
    if !out.ends_with("\n\n") {
        out.push('\n');
    }
    if unreleased.is_some() {
        out.push_str("## [Unreleased]\n\n");
    }
    out.push_str(entry.trim_end());
    out.push('\n');
    if !rest.is_empty() {
        out.push('\n');
        out.push_str(&rest);
    }
    out
}

/// `entry` with the `### Section`s of `notes` merged in: items of a section
/// the entry has go at the end of it; other sections follow the entry's.
/// Text before the first `###` of `notes` goes right after the entry's
/// summary paragraph.
fn merge_sections(entry: &str, notes: &str) -> String {
    fn sections(text: &str) -> (String, Vec<(String, String)>) {
        let mut lead = String::new();
        let mut out: Vec<(String, String)> = Vec::new();
        for line in text.split_inclusive('\n') {
            if let Some(name) = line.strip_prefix("### ") {
                out.push((name.trim().to_string(), String::new()));
            } else if let Some((_, body)) = out.last_mut() {
                body.push_str(line);
            } else {
                lead.push_str(line);
            }
        }
        (lead, out)
    }
    let (entry_lead, mut entry_sections) = sections(entry);
    let notes = format!("{notes}\n");
    let (notes_lead, notes_sections) = sections(&notes);
    for (name, body) in notes_sections {
        match entry_sections.iter_mut().find(|(n, _)| *n == name) {
            Some((_, existing)) => {
                let trimmed = existing.trim_end().to_string();
                *existing = format!("{trimmed}\n{}\n", body.trim());
            }
            None => entry_sections.push((name, format!("\n{}\n", body.trim()))),
        }
    }
    let mut out = entry_lead.trim_end().to_string();
    out.push_str("\n\n");
    if !notes_lead.trim().is_empty() {
        out.push_str(notes_lead.trim());
        out.push_str("\n\n");
    }
    for (name, body) in entry_sections {
        out.push_str(&format!("### {name}\n\n{}\n\n", body.trim()));
    }
    out.trim_end().to_string() + "\n"
}

/// True if the changelog has a `## [version]` (or `## version`) heading.
pub fn has_entry(text: &str, version: &Version) -> bool {
    let v = version.to_string();
    text.lines().any(|l| {
        let l = l.trim();
        l.strip_prefix("## ").is_some_and(|rest| {
            let rest = rest.trim_start();
            rest.strip_prefix('[')
                .and_then(|r| r.strip_prefix(v.as_str()))
                .is_some_and(|r| r.starts_with(']'))
                || rest
                    .strip_prefix(v.as_str())
                    .is_some_and(|r| r.is_empty() || r.starts_with(' '))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bump_releases_the_unreleased_notes_into_the_new_entry() {
        let existing = "# Changelog\n\nintro\n\n## [Unreleased]\n\n### Fixed\n\n- a fix\n\n### Added\n\n- by hand\n\n## [0.1.0] - 2026-01-01\n\n- first\n";
        let entry = "## [0.2.0] - 2026-02-02\n\nSpec updated.\n\n### Added\n\n- from the spec\n\n";
        assert_eq!(
            prepend(Some(existing), entry),
            "# Changelog\n\nintro\n\n## [Unreleased]\n\n## [0.2.0] - 2026-02-02\n\nSpec updated.\n\n### Added\n\n- from the spec\n- by hand\n\n### Fixed\n\n- a fix\n\n## [0.1.0] - 2026-01-01\n\n- first\n"
        );
    }

    #[test]
    fn prepend_goes_after_header_and_an_empty_unreleased() {
        let existing =
            "# Changelog\n\nintro\n\n## [Unreleased]\n\n## [0.1.0] - 2026-01-01\n\n- first\n";
        let out = prepend(Some(existing), "## [0.2.0] - 2026-02-02\n\nnew\n\n");
        assert_eq!(
            out,
            "# Changelog\n\nintro\n\n## [Unreleased]\n\n## [0.2.0] - 2026-02-02\n\nnew\n\n## [0.1.0] - 2026-01-01\n\n- first\n"
        );
    }

    #[test]
    fn prepend_creates_header_when_missing() {
        let out = prepend(None, "## [0.1.1] - 2026-02-02\n\nx\n");
        assert!(out.starts_with("# Changelog\n"));
        assert!(out.ends_with("\n\n## [0.1.1] - 2026-02-02\n\nx\n"));
    }

    #[test]
    fn has_entry_matches_exact_versions_only() {
        let t = "## [0.2.0] - 2026-01-01\n## 0.3.0\n";
        assert!(has_entry(t, &Version::new(0, 2, 0)));
        assert!(has_entry(t, &Version::new(0, 3, 0)));
        assert!(!has_entry(t, &Version::new(0, 2, 1)));
        assert!(!has_entry(t, &Version::new(0, 1, 0)));
    }

    #[test]
    fn dates() {
        assert!(valid_date(&today_utc()));
        assert!(!valid_date("2026-1-01"));
    }
}
