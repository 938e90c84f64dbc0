//! `spec check` / `spec diff` against files and a local HTTP server:
//! exit codes 0 (no drift), 1 (additive/cosmetic), 2 (breaking), 3 (could not check).

mod common;

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::thread;
use std::time::Duration;

use common::*;

/// A canned HTTP response: status line, content type, body, declared length
/// (None: the real length), delay before answering.
#[derive(Clone)]
struct Canned {
    status: &'static str,
    content_type: &'static str,
    body: Vec<u8>,
    declared_len: Option<usize>,
    delay: Duration,
}

impl Canned {
    fn ok(body: impl Into<Vec<u8>>) -> Self {
        Canned {
            status: "200 OK",
            content_type: "application/yaml",
            body: body.into(),
            declared_len: None,
            delay: Duration::ZERO,
        }
    }
}

/// Serves `canned` to every connection on 127.0.0.1; returns the base URL.
/// The thread ends with the test process.
fn serve(canned: Canned) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    thread::spawn(move || {
        for stream in listener.incoming().take(16) {
            let Ok(mut s) = stream else { continue };
            let c = canned.clone();
            thread::spawn(move || {
                let mut buf = [0u8; 4096];
                let _ = s.read(&mut buf);
                thread::sleep(c.delay);
                let head = format!(
                    "HTTP/1.1 {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                    c.status,
                    c.content_type,
                    c.declared_len.unwrap_or(c.body.len())
                );
                let _ = s.write_all(head.as_bytes());
                let _ = s.write_all(&c.body);
                let _ = s.flush();
            });
        }
    });
    format!("http://{addr}/developers/agent-api-openapi.yaml")
}

/// A fake workspace whose vendored spec is `spec`.
fn workspace(spec: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let vendored = dir.path().join(xtask::workspace::VENDORED_SPEC);
    std::fs::create_dir_all(vendored.parent().unwrap()).unwrap();
    std::fs::copy(spec, vendored).unwrap();
    dir
}

fn check(root: &Path, upstream: &str, extra: &[&str]) -> std::process::Output {
    let mut args = vec![
        "spec",
        "check",
        "--root",
        root.to_str().unwrap(),
        "--upstream",
        upstream,
    ];
    args.extend_from_slice(extra);
    run(&args)
}

fn read(p: &Path) -> Vec<u8> {
    std::fs::read(p).unwrap()
}

#[test]
fn check_exits_0_when_upstream_matches() {
    let ws = workspace(&fixture("schema-response/old.yaml"));
    let url = serve(Canned::ok(read(&fixture("schema-response/old.yaml"))));
    let o = check(ws.path(), &url, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("No changes."));
}

#[test]
fn check_exits_1_for_cosmetic_drift_over_http() {
    let ws = workspace(&fixture("cosmetic/old.yaml"));
    let url = serve(Canned::ok(read(&fixture("cosmetic/new.yaml"))));
    let o = check(ws.path(), &url, &["--format", "markdown"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stdout(&o).contains("**0 breaking, 0 additive, 10 cosmetic**"));
}

#[test]
fn check_exits_2_for_breaking_drift() {
    let ws = workspace(&fixture("schema-response/old.yaml"));
    let o = check(
        ws.path(),
        fixture("schema-response/new.yaml").to_str().unwrap(),
        &[],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(stdout(&o).contains("response-property-removed"));
}

#[test]
fn upstream_can_come_from_the_environment() {
    let ws = workspace(&fixture("schema-response/old.yaml"));
    let o = xtask()
        .args(["spec", "check", "--root", ws.path().to_str().unwrap()])
        .env("OZ_SPEC_UPSTREAM", fixture("schema-response/new.yaml"))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}

fn assert_cannot_check(o: &std::process::Output, reason: &str) {
    assert_eq!(
        o.status.code(),
        Some(3),
        "stdout: {}\nstderr: {}",
        stdout(o),
        stderr(o)
    );
    let err = stderr(o);
    let line = err
        .lines()
        .find(|l| l.contains("could not check"))
        .unwrap_or_default();
    assert!(line.contains(reason), "expected {reason:?} in {err:?}");
}

#[test]
fn check_exits_3_on_http_404() {
    let ws = workspace(&fixture("cosmetic/old.yaml"));
    let url = serve(Canned {
        status: "404 Not Found",
        ..Canned::ok("404: Not Found")
    });
    assert_cannot_check(&check(ws.path(), &url, &[]), "HTTP 404");
}

#[test]
fn check_exits_3_on_html_body() {
    let ws = workspace(&fixture("cosmetic/old.yaml"));
    let html = read(&fixture("broken/page.html"));
    let url = serve(Canned {
        content_type: "text/html; charset=utf-8",
        ..Canned::ok(html.clone())
    });
    assert_cannot_check(&check(ws.path(), &url, &[]), "HTML");
    // Mislabelled as YAML: caught by the parser.
    let url = serve(Canned::ok(html));
    assert_cannot_check(&check(ws.path(), &url, &[]), "HTML");
}

#[test]
fn check_exits_3_on_truncated_yaml() {
    let ws = workspace(&fixture("cosmetic/old.yaml"));
    let url = serve(Canned::ok(read(&fixture("broken/truncated.yaml"))));
    assert_cannot_check(&check(ws.path(), &url, &[]), "truncated");
}

#[test]
fn check_exits_3_when_the_connection_drops_mid_body() {
    let ws = workspace(&fixture("cosmetic/old.yaml"));
    let body = read(&fixture("cosmetic/new.yaml"));
    let url = serve(Canned {
        declared_len: Some(body.len() * 2),
        ..Canned::ok(body)
    });
    assert_cannot_check(&check(ws.path(), &url, &[]), "network error");
}

#[test]
fn check_exits_3_on_timeout() {
    let ws = workspace(&fixture("cosmetic/old.yaml"));
    let url = serve(Canned {
        delay: Duration::from_millis(1500),
        ..Canned::ok(read(&fixture("cosmetic/new.yaml")))
    });
    let started = std::time::Instant::now();
    assert_cannot_check(&check(ws.path(), &url, &["--timeout", "0.3"]), "timed out");
    assert!(started.elapsed() < Duration::from_millis(1400));
}

#[test]
fn check_exits_3_on_connection_refused() {
    let ws = workspace(&fixture("cosmetic/old.yaml"));
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}/spec.yaml");
    assert_cannot_check(
        &check(ws.path(), &url, &["--timeout", "2"]),
        "network error",
    );
}

#[test]
fn check_exits_3_for_documents_that_are_not_openapi() {
    let ws = workspace(&fixture("cosmetic/old.yaml"));
    for (file, reason) in [
        ("broken/not-openapi.yaml", "not an OpenAPI document"),
        ("broken/dangling-ref.yaml", "unresolved $ref"),
        ("broken/does-not-exist.yaml", "cannot read"),
    ] {
        assert_cannot_check(
            &check(ws.path(), fixture(file).to_str().unwrap(), &[]),
            reason,
        );
    }
}

#[test]
fn check_exits_3_when_the_vendored_spec_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let o = check(
        dir.path(),
        fixture("cosmetic/new.yaml").to_str().unwrap(),
        &[],
    );
    assert_cannot_check(&o, "vendored spec");
}

#[test]
fn real_spec_f_against_vendored_d_reports_the_operations_upstream_no_longer_publishes() {
    let f = Path::new(env!("CARGO_MANIFEST_DIR")).join("../openapi/history/F-docs-c4d4d78.yaml");
    let d = Path::new(env!("CARGO_MANIFEST_DIR")).join("../openapi/history/D-oz-agent-api.yml");
    let ws = workspace(&d);
    let o = check(ws.path(), f.to_str().unwrap(), &["--format", "json"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    // The docs copy leaves out the harness-support operation; the crate
    // vendors what was published, so dropping it is reported as breaking.
    assert!(rules(&report).contains(&"operation-removed".to_string()));
}

#[test]
fn diff_reports_unreadable_inputs_with_exit_3() {
    let o = run(&[
        "spec",
        "diff",
        fixture("broken/page.html").to_str().unwrap(),
        fixture("cosmetic/new.yaml").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(3));
    assert!(stderr(&o).contains("HTML"));
}

#[test]
fn diff_exit_code_flag_mirrors_check() {
    let (old, new) = (fixture("cosmetic/old.yaml"), fixture("cosmetic/new.yaml"));
    let o = run(&[
        "spec",
        "diff",
        old.to_str().unwrap(),
        new.to_str().unwrap(),
        "--exit-code",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let o = run(&[
        "spec",
        "diff",
        old.to_str().unwrap(),
        old.to_str().unwrap(),
        "--exit-code",
    ]);
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn json_report_has_schema_version_counts_and_changes() {
    let r = diff_fixture("schema-both");
    assert_eq!(r["schema_version"], 1);
    assert_eq!(r["counts"]["total"], 3);
    assert_eq!(r["worst"], "additive");
    for c in changes(&r) {
        for key in [
            "rule",
            "class",
            "operation",
            "schema",
            "usage",
            "operations",
            "pointer",
            "old",
            "new",
            "message",
        ] {
            assert!(c.get(key).is_some(), "missing {key} in {c}");
        }
    }
}
