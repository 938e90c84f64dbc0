//! Helpers shared by the integration tests: run the real `xtask` binary and
//! look at its exit code, stdout and files.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

/// Path of a fixture file.
pub fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

/// The real vendored spec of the workspace.
pub fn vendored_spec() -> PathBuf {
    xtask::workspace::default_root().join(xtask::workspace::VENDORED_SPEC)
}

/// A command running the xtask binary, with upstream overrides cleared.
pub fn xtask() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_xtask"));
    c.env_remove("OZ_SPEC_UPSTREAM");
    c
}

/// Runs xtask with `args`.
pub fn run(args: &[&str]) -> Output {
    xtask().args(args).output().expect("run xtask")
}

/// Stdout as text.
pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Stderr as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// `spec diff --format json` of a fixture directory's old.yaml -> new.yaml.
pub fn diff_fixture(dir: &str) -> Value {
    let o = run(&[
        "spec",
        "diff",
        fixture(&format!("{dir}/old.yaml")).to_str().unwrap(),
        fixture(&format!("{dir}/new.yaml")).to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
    serde_json::from_slice(&o.stdout).expect("json report")
}

/// The changes of a JSON report.
pub fn changes(report: &Value) -> &Vec<Value> {
    report["changes"].as_array().expect("changes array")
}

/// Finds the change with `rule` at `pointer`, asserting its class and
/// its operation or schema (`where_`), and returns it.
pub fn expect<'a>(
    report: &'a Value,
    rule: &str,
    class: &str,
    where_: &str,
    pointer: &str,
) -> &'a Value {
    let found = changes(report)
        .iter()
        .find(|c| c["rule"] == rule && c["pointer"] == pointer);
    let Some(c) = found else {
        let listing: Vec<String> = changes(report)
            .iter()
            .map(|c| format!("{} {} {}", c["rule"], c["class"], c["pointer"]))
            .collect();
        panic!("no {rule} at {pointer}; changes:\n{}", listing.join("\n"));
    };
    assert_eq!(c["class"], class, "class of {rule} at {pointer}");
    let at = c["operation"]
        .as_str()
        .or(c["schema"].as_str())
        .unwrap_or("document");
    assert_eq!(at, where_, "location of {rule} at {pointer}");
    c
}

/// Rule ids present in a report (with repetitions).
pub fn rules(report: &Value) -> Vec<String> {
    changes(report)
        .iter()
        .map(|c| c["rule"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// Asserts that the non-cosmetic rule ids of a report are exactly `expected` (any order).
pub fn assert_non_cosmetic(report: &Value, expected: &[&str]) {
    let mut got: Vec<String> = changes(report)
        .iter()
        .filter(|c| c["class"] != "cosmetic")
        .map(|c| c["rule"].as_str().unwrap_or_default().to_string())
        .collect();
    got.sort();
    let mut want: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
    want.sort();
    assert_eq!(got, want);
}

/// Every file under `dir` (relative path -> bytes), skipping `target/` and `.git/`.
pub fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(base: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let e = e.unwrap();
            let p = e.path();
            let name = e.file_name().to_string_lossy().into_owned();
            if name == "target" || name == ".git" {
                continue;
            }
            if p.is_dir() {
                walk(base, &p, out);
            } else {
                let rel = p.strip_prefix(base).unwrap().to_string_lossy().into_owned();
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}
