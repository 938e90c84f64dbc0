//! `spec diff`, `spec check` and `spec rules`.

use std::path::PathBuf;
use std::time::Duration;

use crate::classify::{markdown_table, Class, RULES};
use crate::cli::{CheckArgs, DiffArgs, UpstreamArgs};
use crate::diff::{diff_specs, DiffResult};
use crate::fetch::fetch;
use crate::report::{render, Format};
use crate::spec::{parse_spec, Spec};
use crate::workspace::{default_root, VENDORED_SPEC};
use crate::{timeout_from_secs, EXIT_BREAKING, EXIT_CANNOT_CHECK, EXIT_DRIFT, EXIT_OK};

/// Fetches and parses a spec; the error is a one-line reason.
pub fn load(source: &str, timeout: Duration) -> Result<(String, Spec), String> {
    let text = fetch(source, timeout).map_err(|e| e.to_string())?;
    let spec = parse_spec(&text, source).map_err(|e| format!("{source}: {e}"))?;
    Ok((text, spec))
}

/// The exit code `spec check` uses for a diff.
pub fn exit_code_for(diff: &DiffResult) -> u8 {
    match diff.worst() {
        None => EXIT_OK,
        Some(Class::Breaking) => EXIT_BREAKING,
        Some(_) => EXIT_DRIFT,
    }
}

/// `spec diff OLD NEW`.
pub fn run_diff(args: &DiffArgs) -> u8 {
    let timeout = timeout_from_secs(args.fetch.timeout);
    let loaded = load(&args.old, timeout).and_then(|o| Ok((o, load(&args.new, timeout)?)));
    let ((_, old), (_, new)) = match loaded {
        Ok(v) => v,
        Err(e) => {
            eprintln!("spec diff: {e}");
            return EXIT_CANNOT_CHECK;
        }
    };
    let diff = diff_specs(&old, &new);
    print!("{}", render(&diff, args.format));
    if args.exit_code {
        exit_code_for(&diff)
    } else {
        EXIT_OK
    }
}

/// Everything `check` and `update` need: vendored and effective upstream.
pub struct Drift {
    /// The workspace root.
    pub root: PathBuf,
    /// The upstream text to vendor, byte for byte as published.
    pub upstream_text: String,
    /// The diff vendored -> effective upstream.
    pub diff: DiffResult,
}

/// Loads the vendored spec and upstream and diffs them.
pub fn compute_drift(args: &UpstreamArgs) -> Result<Drift, String> {
    let root = args.root.clone().unwrap_or_else(default_root);
    let timeout = timeout_from_secs(args.fetch.timeout);
    let vendored_path = root.join(VENDORED_SPEC);
    let vendored_text = std::fs::read_to_string(&vendored_path).map_err(|e| {
        format!(
            "cannot read the vendored spec {}: {e}",
            vendored_path.display()
        )
    })?;
    let vendored = parse_spec(&vendored_text, VENDORED_SPEC)
        .map_err(|e| format!("the vendored spec {VENDORED_SPEC} is broken: {e}"))?;
    let (upstream_text, upstream) = load(&args.upstream, timeout)?;
    let diff = diff_specs(&vendored, &upstream);
    Ok(Drift {
        root,
        upstream_text,
        diff,
    })
}

/// `spec check`.
pub fn run_check(args: &CheckArgs) -> u8 {
    let drift = match compute_drift(&args.upstream) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("spec check: could not check: {e}");
            return EXIT_CANNOT_CHECK;
        }
    };
    print!("{}", render(&drift.diff, args.upstream.format));
    let code = exit_code_for(&drift.diff);
    match code {
        EXIT_OK => eprintln!("spec check: no drift"),
        EXIT_BREAKING => eprintln!(
            "spec check: breaking drift ({})",
            crate::report::counts_line(&drift.diff)
        ),
        _ => eprintln!(
            "spec check: non-breaking drift ({})",
            crate::report::counts_line(&drift.diff)
        ),
    }
    code
}

/// `spec rules`.
pub fn render_rules(format: Format) -> String {
    match format {
        Format::Markdown => markdown_table(),
        Format::Json => {
            let mut s = serde_json::to_string_pretty(RULES).unwrap_or_default();
            s.push('\n');
            s
        }
        Format::Text => RULES
            .iter()
            .map(|r| format!("{:<40} {:<9} {}\n", r.id, r.class, r.what))
            .collect(),
    }
}
