//! The real published spec versions (openapi/history, the generator's corpus):
//! every neighbouring pair diffs quickly and with the reviewed counts.

mod common;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use common::*;

fn specs_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../openapi/history")
}

#[test]
fn neighbouring_real_specs_diff_fast_with_reviewed_counts() {
    let dir = specs_dir();
    // (old, new, breaking, additive, cosmetic), reviewed by hand against the specs.
    let pairs = [
        ("A-docs-4e4c65f.yaml", "B-docs-012526e.yaml", 2, 32, 17),
        ("B-docs-012526e.yaml", "C-docs-f5dcec8.yaml", 5, 92, 19),
        ("C-docs-f5dcec8.yaml", "D-oz-agent-api.yml", 18, 74, 20),
        ("D-oz-agent-api.yml", "F-docs-c4d4d78.yaml", 7, 100, 21),
        ("F-docs-c4d4d78.yaml", "G-docs-0041a6c.yaml", 0, 13, 36),
    ];
    for (old, new, b, a, c) in pairs {
        let started = Instant::now();
        let o = run(&[
            "spec",
            "diff",
            dir.join(old).to_str().unwrap(),
            dir.join(new).to_str().unwrap(),
            "--format",
            "json",
        ]);
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "{old} -> {new} too slow"
        );
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let r: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        let counts = (
            &r["counts"]["breaking"],
            &r["counts"]["additive"],
            &r["counts"]["cosmetic"],
        );
        assert_eq!(counts, (&b.into(), &a.into(), &c.into()), "{old} -> {new}");
    }
}

#[test]
fn g_adds_the_team_header_to_ten_operations_by_ref() {
    let dir = specs_dir();
    let o = run(&[
        "spec",
        "diff",
        dir.join("F-docs-c4d4d78.yaml").to_str().unwrap(),
        dir.join("G-docs-0041a6c.yaml").to_str().unwrap(),
        "--format",
        "json",
    ]);
    let r: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let header: Vec<_> = changes(&r)
        .iter()
        .filter(|c| {
            c["rule"] == "parameter-added-optional" && c["new"]["name"] == "X-Warp-Team-Uid"
        })
        .collect();
    assert_eq!(header.len(), 10);
}

#[test]
fn f_adds_seven_run_source_types_and_renames_timeline_events() {
    let dir = specs_dir();
    let o = run(&[
        "spec",
        "diff",
        dir.join("D-oz-agent-api.yml").to_str().unwrap(),
        dir.join("F-docs-c4d4d78.yaml").to_str().unwrap(),
        "--format",
        "json",
    ]);
    let r: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let of = |rule: &str, schema: &str| {
        changes(&r)
            .iter()
            .filter(|c| c["rule"] == rule && c["schema"] == schema)
            .count()
    };
    assert_eq!(of("response-enum-value-added", "RunSourceType"), 7);
    assert_eq!(of("request-enum-value-added", "RunSourceType"), 7);
    assert_eq!(
        of("response-enum-value-removed", "AIRunTimelineEventType"),
        2
    );
    assert_eq!(of("response-variant-added", "ArtifactItem"), 1);
}
