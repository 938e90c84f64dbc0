//! `bench --report` renders an earlier results file with PASS/MISS per target
//! (the measuring itself is `cargo xtask bench`, never part of `cargo test`;
//! the benchmark's fixture generator is checked by `oz-bench`'s own tests).

mod common;

use common::*;

#[test]
fn report_prints_the_table_and_the_targets() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("results.json");
    let results = serde_json::json!({
        "plan": { "reps": 9 },
        "fixtures": { "run_bytes": 5019, "page_bytes": 539000, "runs_per_page": 100, "conversation_bytes": 4200262 },
        "rows": [
            { "id": "get_run", "label": "get_run latency", "unit": "us", "crate": 40.0, "baseline": 30.0, "ratio": 1.333 },
            { "id": "list_10k", "label": "list 10000 runs", "unit": "ms", "crate": 250.0, "baseline": 330.0, "ratio": 0.758 }
        ],
        "memory": { "delta_kib": { "one_page": 1200, "stream": 1500 }, "heap_peak_kib": {}, "peak_kib": {} },
        "build": {
            "clean": true, "clean_build_s": 200.0,
            "codegen": { "parse_ms": 30.0, "progenitor_ms": 50.0, "total_ms": 500.0 },
            "incremental": { "touched": "src/lib.rs", "rebuild_s": 10.0, "codegen_rerun": false },
            "spec_touched": { "rebuild_s": 15.0, "build_script_ran": true }
        }
    });
    std::fs::write(&path, results.to_string()).unwrap();
    let out = run(&["bench", "--report", path.to_str().unwrap()]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.contains("MISS  get_run ≤ 1.15× baseline"), "{text}");
    assert!(
        text.contains("PASS  typed listing ≤ 1.00× untyped baseline"),
        "{text}"
    );
    assert!(
        text.contains("PASS  streaming 10k peaks ≤ 2× one page"),
        "{text}"
    );
    assert!(text.contains("targets: 4 PASS, 1 MISS"), "{text}");
}

#[test]
fn report_of_a_missing_file_fails() {
    let out = run(&["bench", "--report", "/nonexistent/results.json"]);
    assert_eq!(out.status.code(), Some(3));
}
