//! Paths the vendored spec keeps although the upstream docs copy omits them.
//!
//! The living upstream (warpdotdev/docs `developers/agent-api-openapi.yaml`)
//! is filtered: it leaves out operations tagged `harness-support`. The crate
//! vendors the unfiltered spec (D), so comparing against upstream would always
//! report `GET /harness-support/transcript` as removed, and `spec update` would
//! silently drop its client method. `spec check` and `spec update` therefore
//! compare against *effective upstream* = upstream plus the path items listed
//! in [`KEPT_PATHS`], copied verbatim (as text) from the vendored spec. The
//! result is re-parsed and verified to equal upstream with exactly those path
//! items added; anything else is an error. When upstream starts publishing a
//! kept path, upstream's version wins and a note says the entry can go.

use serde_json::Value;

use crate::spec::{parse_spec, Spec};

/// A path item kept from the vendored spec.
#[derive(Debug, Clone, Copy)]
pub struct KeptPath {
    /// The path key, as in `paths`.
    pub path: &'static str,
    /// Why upstream lacks it.
    pub reason: &'static str,
}

/// The kept paths (see the module docs and docs/spec-diff.md).
pub const KEPT_PATHS: &[KeptPath] = &[KeptPath {
    path: "/harness-support/transcript",
    reason: "the upstream docs copy omits operations tagged `harness-support`",
}];

/// Effective upstream: text, parsed spec, and notes for the report.
#[derive(Debug)]
pub struct Effective {
    /// The text to vendor.
    pub text: String,
    /// The parsed effective spec.
    pub spec: Spec,
    /// Human-readable notes (paths kept, entries that can be retired).
    pub notes: Vec<String>,
}

/// Builds the effective upstream from `upstream_text` and the vendored spec.
pub fn effective_upstream(
    vendored_text: &str,
    vendored: &Spec,
    upstream_text: &str,
    upstream: &Spec,
    kept: &[KeptPath],
) -> Result<Effective, String> {
    let mut text = upstream_text.to_string();
    let mut expected = upstream.doc.clone();
    let mut notes = Vec::new();
    let mut grafted = false;
    for k in kept {
        if upstream.doc["paths"].get(k.path).is_some() {
            notes.push(format!(
                "upstream now publishes {}; the kept-path entry for it can be removed",
                k.path
            ));
            continue;
        }
        let Some(item) = vendored.doc["paths"].get(k.path) else {
            continue;
        };
        let block = extract_block(vendored_text, k.path)
            .ok_or_else(|| format!("cannot find path {} in the vendored spec's text", k.path))?;
        text = insert_block(&text, &block).ok_or_else(|| {
            format!(
                "cannot find the `paths:` block in upstream to keep {}",
                k.path
            )
        })?;
        if let Some(Value::Object(paths)) = expected.get_mut("paths") {
            paths.insert(k.path.to_string(), item.clone());
        }
        notes.push(format!(
            "kept {} from the vendored spec: {}",
            k.path, k.reason
        ));
        grafted = true;
    }
    if !grafted {
        return Ok(Effective {
            text,
            spec: upstream.clone(),
            notes,
        });
    }
    let spec = parse_spec(&text, &upstream.source)
        .map_err(|e| format!("keeping vendored paths broke the document: {e}"))?;
    if spec.doc != expected {
        return Err(
            "keeping vendored paths did not produce upstream plus those paths (unexpected YAML layout)"
                .to_string(),
        );
    }
    Ok(Effective { text, spec, notes })
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

fn is_content(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty() && !t.starts_with('#')
}

/// Index of the top-level `paths:` line and the indentation of its keys.
fn paths_block(lines: &[&str]) -> Option<(usize, Option<usize>)> {
    let start = lines.iter().position(|l| {
        let t = l.trim_end();
        t == "paths:" || (t.starts_with("paths:") && t[6..].trim_start().starts_with('#'))
    })?;
    let key_indent = lines[start + 1..]
        .iter()
        .find(|l| is_content(l))
        .map(|l| indent(l))
        .filter(|&i| i > 0);
    Some((start, key_indent))
}

fn key_matches(line: &str, path: &str) -> bool {
    let t = line.trim_start();
    [
        format!("{path}:"),
        format!("'{path}':"),
        format!("\"{path}\":"),
    ]
    .iter()
    .any(|k| t.starts_with(k.as_str()))
}

/// The lines (with their endings) of path item `path`, re-indentable.
fn extract_block(text: &str, path: &str) -> Option<(Vec<String>, usize)> {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let (start, key_indent) = paths_block(&lines)?;
    let ki = key_indent?;
    let first = (start + 1..lines.len())
        .take_while(|&i| !is_content(lines[i]) || indent(lines[i]) > 0)
        .find(|&i| indent(lines[i]) == ki && key_matches(lines[i], path))?;
    let mut end = first + 1;
    while end < lines.len() && (!is_content(lines[end]) || indent(lines[end]) > ki) {
        end += 1;
    }
    while end > first + 1 && !is_content(lines[end - 1]) {
        end -= 1;
    }
    let mut block: Vec<String> = lines[first..end].iter().map(|s| s.to_string()).collect();
    if let Some(last) = block.last_mut() {
        if !last.ends_with('\n') {
            last.push('\n');
        }
    }
    Some((block, ki))
}

/// Inserts a block at the end of the `paths:` mapping, re-indented.
fn insert_block(text: &str, block: &(Vec<String>, usize)) -> Option<String> {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let (start, key_indent) = paths_block(&lines)?;
    let ki = key_indent.unwrap_or(2);
    let mut end = start + 1;
    while end < lines.len() && (!is_content(lines[end]) || indent(lines[end]) > 0) {
        end += 1;
    }
    while end > start + 1 && !is_content(lines[end - 1]) {
        end -= 1;
    }
    let (block_lines, bi) = block;
    let mut out = String::with_capacity(text.len() + 4096);
    for l in &lines[..end] {
        out.push_str(l);
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    for l in block_lines {
        if !is_content(l) {
            out.push_str(l);
        } else if ki >= *bi {
            out.push_str(&" ".repeat(ki - bi));
            out.push_str(l);
        } else {
            let cut = (bi - ki).min(indent(l));
            out.push_str(&l[cut..]);
        }
    }
    for l in &lines[end..] {
        out.push_str(l);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const VENDORED: &str = "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200': {description: ok}\n  /kept:\n    get:\n      tags: [harness-support]\n      responses:\n        '200': {description: ok}\n\ncomponents: {}\n";

    fn kept() -> Vec<KeptPath> {
        vec![KeptPath {
            path: "/kept",
            reason: "test",
        }]
    }

    #[test]
    fn grafts_kept_path_with_other_indentation() {
        let up = "openapi: 3.0.0\ninfo: {title: t2, version: '1'}\npaths:\n    /a:\n        get:\n            responses:\n                '200': {description: ok}\ncomponents: {}\n";
        let v = parse_spec(VENDORED, "v").unwrap();
        let u = parse_spec(up, "u").unwrap();
        let e = effective_upstream(VENDORED, &v, up, &u, &kept()).unwrap();
        assert!(e.spec.doc["paths"]["/kept"]["get"].is_object());
        assert_eq!(e.spec.doc["info"]["title"], "t2");
        assert!(e.text.starts_with("openapi: 3.0.0\ninfo: {title: t2"));
        assert_eq!(e.notes.len(), 1);
    }

    #[test]
    fn upstream_version_wins_when_published() {
        let v = parse_spec(VENDORED, "v").unwrap();
        let e = effective_upstream(VENDORED, &v, VENDORED, &v, &kept()).unwrap();
        assert_eq!(e.text, VENDORED);
        assert!(e.notes[0].contains("can be removed"));
    }

    #[test]
    fn flow_style_paths_are_an_error_not_a_silent_drop() {
        let up = "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\n";
        let v = parse_spec(VENDORED, "v").unwrap();
        let u = parse_spec(up, "u").unwrap();
        assert!(effective_upstream(VENDORED, &v, up, &u, &kept()).is_err());
    }
}
