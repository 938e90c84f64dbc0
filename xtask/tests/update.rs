//! `spec update` end to end on a tiny fake workspace in a temp dir, with
//! `--test-command` instead of compiling the real crate.

mod common;

use std::path::Path;

use common::*;

const MANIFEST: &str = "# fake workspace root\n[package]\nname = \"oz-agent-api\"\nversion = \"0.1.0\"  # bumped by xtask\nedition = \"2021\"\n\n[dependencies]\nserde = { version = \"1\" }\n";
const LOCK: &str = "version = 4\n\n[[package]]\nname = \"oz-agent-api\"\nversion = \"0.1.0\"\ndependencies = [\n \"serde\",\n]\n\n[[package]]\nname = \"serde\"\nversion = \"1.0.0\"\n";
/// A README whose usage names the crate's version, as the real one does.
const README: &str = "# oz-agent-api\n\n```toml\n[dependencies]\noz-agent-api = \"0.1\"\ntokio = { version = \"1\" }\n```\n";
const CHANGELOG: &str = "# Changelog\n\nNotes.\n\n## [0.1.0] - 2026-01-01\n\n- First release.\n";

fn workspace(spec: &str, changelog: Option<&str>, manifest: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::create_dir_all(p.join("openapi")).unwrap();
    std::fs::copy(fixture(spec), p.join("openapi/oz-agent-api.yml")).unwrap();
    std::fs::write(p.join("Cargo.toml"), manifest).unwrap();
    std::fs::write(p.join("Cargo.lock"), LOCK).unwrap();
    std::fs::write(p.join("README.md"), README).unwrap();
    if let Some(c) = changelog {
        std::fs::write(p.join("CHANGELOG.md"), c).unwrap();
    }
    dir
}

/// Stands in for `cargo xtask codegen` in the fake workspace: "generates"
/// from the vendored spec into `generated/`.
const FAKE_CODEGEN: &str =
    "mkdir -p generated && cp openapi/oz-agent-api.yml generated/openapi.json";

fn update(root: &Path, upstream: &str, test_command: &str) -> std::process::Output {
    update_with(root, upstream, test_command, FAKE_CODEGEN)
}

fn update_with(
    root: &Path,
    upstream: &str,
    test_command: &str,
    codegen_command: &str,
) -> std::process::Output {
    run(&[
        "spec",
        "update",
        "--root",
        root.to_str().unwrap(),
        "--upstream",
        upstream,
        "--test-command",
        test_command,
        "--codegen-command",
        codegen_command,
        "--date",
        "2026-02-03",
    ])
}

fn read(root: &Path, rel: &str) -> String {
    std::fs::read_to_string(root.join(rel)).unwrap()
}

#[test]
fn breaking_drift_bumps_minor_on_0x_prepends_changelog_and_replaces_spec() {
    let ws = workspace("schema-response/old.yaml", Some(CHANGELOG), MANIFEST);
    let upstream = fixture("schema-response/new.yaml");
    let o = update(ws.path(), upstream.to_str().unwrap(), "true");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let root = ws.path();
    assert_eq!(
        read(root, "openapi/oz-agent-api.yml"),
        std::fs::read_to_string(&upstream).unwrap()
    );
    assert_eq!(
        read(root, "Cargo.toml"),
        MANIFEST.replace("\"0.1.0\"", "\"0.2.0\"")
    );
    assert_eq!(
        read(root, "Cargo.lock"),
        LOCK.replacen("version = \"0.1.0\"", "version = \"0.2.0\"", 1)
    );
    // The README's usage names the new version (and nothing else changes).
    assert_eq!(
        read(root, "README.md"),
        README.replace("oz-agent-api = \"0.1\"", "oz-agent-api = \"0.2\"")
    );
    let log = read(root, "CHANGELOG.md");
    assert!(
        log.starts_with("# Changelog\n\nNotes.\n\n## [0.2.0] - 2026-02-03\n"),
        "{log}"
    );
    assert!(log.ends_with("## [0.1.0] - 2026-01-01\n\n- First release.\n"));
    assert!(log.contains("### Breaking\n"));
    assert!(log.contains("`response-property-removed`"));
    assert!(log.contains("### Added\n"));
    assert!(log.contains("### Changed\n"));
    let out = stdout(&o);
    assert!(
        out.contains("Version 0.1.0 -> 0.2.0 (minor bump: worst change is breaking)"),
        "{out}"
    );
    assert!(out.contains("Patches that no longer apply: none."));
}

#[test]
fn additive_drift_on_a_stable_version_bumps_minor_and_creates_the_changelog() {
    let manifest = MANIFEST.replace("0.1.0", "1.4.2");
    let ws = workspace("schema-both/old.yaml", None, &manifest);
    let o = update(
        ws.path(),
        fixture("schema-both/new.yaml").to_str().unwrap(),
        "true",
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        read(ws.path(), "Cargo.toml"),
        manifest.replace("1.4.2", "1.5.0")
    );
    let log = read(ws.path(), "CHANGELOG.md");
    assert!(log.starts_with("# Changelog\n"));
    assert!(log.contains("## [1.5.0] - 2026-02-03\n"));
    assert!(!log.contains("### Breaking"));
}

#[test]
fn cosmetic_drift_bumps_patch() {
    let ws = workspace("cosmetic/old.yaml", Some(CHANGELOG), MANIFEST);
    let o = update(
        ws.path(),
        fixture("cosmetic/new.yaml").to_str().unwrap(),
        "true",
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(read(ws.path(), "Cargo.toml").contains("version = \"0.1.1\""));
    assert!(read(ws.path(), "CHANGELOG.md").contains("- 10 cosmetic changes ("));
}

#[test]
fn the_test_command_sees_the_new_spec_and_version() {
    let ws = workspace("schema-response/old.yaml", Some(CHANGELOG), MANIFEST);
    let cmd =
        "grep -q 'version = \"0.2.0\"' Cargo.toml && grep -q added_req openapi/oz-agent-api.yml";
    let o = update(
        ws.path(),
        fixture("schema-response/new.yaml").to_str().unwrap(),
        cmd,
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn the_committed_client_is_regenerated_from_the_new_spec_before_the_tests() {
    let ws = workspace("schema-response/old.yaml", Some(CHANGELOG), MANIFEST);
    let upstream = fixture("schema-response/new.yaml");
    let o = update(
        ws.path(),
        upstream.to_str().unwrap(),
        "cmp generated/openapi.json openapi/oz-agent-api.yml",
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        read(ws.path(), "generated/openapi.json"),
        std::fs::read_to_string(&upstream).unwrap()
    );
}

#[test]
fn a_failing_regeneration_rolls_everything_back_and_runs_no_tests() {
    let ws = workspace("schema-response/old.yaml", Some(CHANGELOG), MANIFEST);
    let before = snapshot(ws.path());
    let o = update_with(
        ws.path(),
        fixture("schema-response/new.yaml").to_str().unwrap(),
        "touch tests-ran",
        "mkdir -p generated && echo half > generated/oz_agent_api.rs && exit 3",
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("restored the original files"),
        "{}",
        stderr(&o)
    );
    assert!(!ws.path().join("tests-ran").exists());
    assert_eq!(snapshot(ws.path()), before, "tree changed");
}

#[test]
fn stale_build_patches_are_surfaced() {
    let ws = workspace("cosmetic/old.yaml", Some(CHANGELOG), MANIFEST);
    let cmd = "echo 'warning: oz-agent-api@0.1.1: spec patch `dedupe_list_agents_operation_id` no longer applies: no duplicate operationId' >&2";
    let o = update(
        ws.path(),
        fixture("cosmetic/new.yaml").to_str().unwrap(),
        cmd,
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("Patches that no longer apply (review build/ patches):"),
        "{out}"
    );
    assert!(out.contains("spec patch `dedupe_list_agents_operation_id` no longer applies"));
}

#[test]
fn no_drift_touches_nothing() {
    let ws = workspace("cosmetic/old.yaml", Some(CHANGELOG), MANIFEST);
    let before = snapshot(ws.path());
    let o = update(
        ws.path(),
        fixture("cosmetic/old.yaml").to_str().unwrap(),
        "false",
    );
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("No drift"));
    assert_eq!(snapshot(ws.path()), before);
}

fn assert_untouched_after(
    upstream: &str,
    test_command: &str,
    code: i32,
    reason: &str,
    changelog: Option<&str>,
) {
    let ws = workspace("schema-response/old.yaml", changelog, MANIFEST);
    let before = snapshot(ws.path());
    let o = update(ws.path(), upstream, test_command);
    assert_eq!(
        o.status.code(),
        Some(code),
        "stdout: {}\nstderr: {}",
        stdout(&o),
        stderr(&o)
    );
    assert!(
        stderr(&o).contains(reason),
        "expected {reason:?} in {}",
        stderr(&o)
    );
    assert_eq!(snapshot(ws.path()), before, "tree changed");
}

#[test]
fn failing_tests_roll_everything_back_byte_for_byte() {
    let up = fixture("schema-response/new.yaml");
    assert_untouched_after(
        up.to_str().unwrap(),
        "exit 1",
        1,
        "restored",
        Some(CHANGELOG),
    );
    // A changelog that did not exist is removed again.
    assert_untouched_after(up.to_str().unwrap(), "exit 101", 1, "restored", None);
}

#[test]
fn unreachable_upstream_touches_nothing() {
    let missing = fixture("broken/does-not-exist.yaml");
    assert_untouched_after(
        missing.to_str().unwrap(),
        "true",
        3,
        "nothing was changed",
        Some(CHANGELOG),
    );
    assert_untouched_after(
        "http://127.0.0.1:9/nope.yaml",
        "true",
        3,
        "nothing was changed",
        Some(CHANGELOG),
    );
}

#[test]
fn broken_upstream_spec_touches_nothing() {
    for f in [
        "broken/truncated.yaml",
        "broken/page.html",
        "broken/not-openapi.yaml",
        "broken/dangling-ref.yaml",
    ] {
        assert_untouched_after(
            fixture(f).to_str().unwrap(),
            "true",
            3,
            "nothing was changed",
            Some(CHANGELOG),
        );
    }
}

#[test]
fn an_update_vendors_the_upstream_text_byte_for_byte() {
    let ws = workspace("kept/vendored.yaml", Some(CHANGELOG), MANIFEST);
    let upstream = fixture("kept/upstream.yaml");
    let o = update(ws.path(), upstream.to_str().unwrap(), "true");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        read(ws.path(), "openapi/oz-agent-api.yml"),
        std::fs::read_to_string(&upstream).unwrap(),
        "the vendored spec is exactly the published one"
    );
    assert!(
        read(ws.path(), "Cargo.toml").contains("version = \"0.2.0\""),
        "the dropped path is breaking"
    );
}

#[test]
fn operations_the_generator_leaves_out_are_named_in_the_report_and_the_changelog() {
    let ws = workspace("schema-response/old.yaml", Some(CHANGELOG), MANIFEST);
    let line = "operation uploadThing (POST /things): request body media type multipart/form-data \
                (the client sends JSON, form, octet-stream or text bodies)";
    // Stands in for a codegen that refused one operation (build/refuse.rs
    // lists it under `x-oz-refused` in the exported spec).
    let refused = serde_json::json!({
        "openapi": "3.0.3",
        "x-oz-refused": [{ "method": "POST", "path": "/things", "line": line }]
    });
    let codegen = format!(
        "mkdir -p generated && printf '%s' '{}' > generated/openapi.json",
        refused
    );
    let o = update_with(
        ws.path(),
        fixture("schema-response/new.yaml").to_str().unwrap(),
        "true",
        &codegen,
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains(&format!(
            "Operations left out of the client (1; also in CHANGELOG.md):\n  - {line}"
        )),
        "{out}"
    );
    let log = read(ws.path(), "CHANGELOG.md");
    let entry = &log[log.find("## [0.2.0]").unwrap()..log.find("## [0.1.0]").unwrap()];
    assert!(entry.contains("### Left out of the client\n\n"), "{entry}");
    assert!(entry.contains(&format!("\n- {line}\n")), "{entry}");
    assert_eq!(log.matches("## [0.2.0]").count(), 1, "one entry: {log}");
}

#[test]
fn a_client_with_every_operation_says_none_was_left_out() {
    let ws = workspace("schema-response/old.yaml", Some(CHANGELOG), MANIFEST);
    let o = update(
        ws.path(),
        fixture("schema-response/new.yaml").to_str().unwrap(),
        "true",
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("Operations left out of the client: none."));
    assert!(!read(ws.path(), "CHANGELOG.md").contains("Left out of the client"));
}
