//! The bench's plumbing, without measuring anything (the measuring itself is
//! `cargo xtask bench`, never part of `cargo test`; the fixture generator
//! and the server are checked by `oz-bench`'s own tests): verdicts computed
//! from the numbers, the results file's schema, the table, and the synthetic
//! spec of the growth series.

mod common;

use std::path::Path;

use common::*;
use serde_json::{json, Value};
use xtask::bench::{self, synth};

/// A results file as a full run writes it, before judging.
fn sample() -> Value {
    json!({
        "schema": bench::SCHEMA,
        "quick": false,
        "plan": { "reps": 9 },
        "machine": { "cores": 2, "rustc": "rustc 1.95.0", "load_start": [1.5, 1.2, 1.0], "load_end": [2.0, 1.5, 1.1] },
        "fixtures": { "run_bytes": 5019, "page_bytes": 539000, "runs_per_page": 100, "conversation_bytes": 4200262 },
        "server": { "kind": "nginx", "describe": "nginx/1.22.1 (/usr/sbin/nginx)", "fallback_reason": null },
        "rows": [
            { "id": "get_run", "label": "get_run latency, crate vs floor", "unit": "us", "crate": 104.0, "baseline": 84.0, "ratio": 1.238,
              "measures": "crate", "against": "plain", "cpu": { "crate": 60.0, "baseline": 50.0, "ratio": 1.2 } },
            { "id": "get_run_typed", "label": "  typed decoding", "unit": "us", "crate": 95.0, "baseline": 92.0, "ratio": 1.033,
              "measures": "typed", "against": "headers", "cpu": { "crate": 55.0, "baseline": 50.0, "ratio": 1.1 } },
            { "id": "create_run", "label": "create_run latency", "unit": "us", "crate": 70.0, "baseline": 70.0, "ratio": 1.0 },
            { "id": "list_10k", "label": "list 10000 runs", "unit": "ms", "crate": 250.0, "baseline": 330.0, "ratio": 0.758 },
            { "id": "page_decode", "label": "decode only: one page", "unit": "ms", "crate": 2.0, "baseline": 1.9, "ratio": 1.053 },
            { "id": "conversation", "label": "get_run_conversation", "unit": "ms", "crate": 22.0, "baseline": 21.0, "ratio": 1.048 }
        ],
        "memory": { "delta_kib": { "one_page": 1200, "stream": 1500 }, "heap_peak_kib": {}, "peak_kib": {} },
        "build": {
            "clean": true, "clean_build_s": 200.0,
            "codegen": { "parse_ms": 30.0, "progenitor_ms": 50.0, "total_ms": 500.0, "lines": 19463 },
            "incremental": { "touched": "src/lib.rs", "rebuild_s": 10.0, "codegen_rerun": false },
            "spec_touched": { "rebuild_s": 15.0, "build_script_ran": true }
        },
        "depend": {
            "offline": true,
            "crate": { "wall_s": 100.0, "crates": 196 },
            "floor": { "wall_s": 54.0, "crates": 141 },
            "ratio": 1.852,
            "breakdown": {
                "codegen_deps": { "packages": ["progenitor@0.15.1", "typify@0.6.0"], "units": 2, "sum_s": 40.0 },
                "runtime_extra": { "packages": ["chrono@0.4.42"], "units": 1, "sum_s": 5.0 },
                "shared_with_floor": { "units": 140, "sum_s": 60.0, "floor_sum_s": 58.0 },
                "oz_build_script_compile_s": 3.0, "oz_codegen_run_s": 2.0, "oz_lib_s": 30.0,
                "oz_lib_frontend_s": 20.0, "oz_lib_codegen_s": 10.0
            }
        },
        "growth": {
            "points": [
                { "name": "D", "ok": true, "operations": 28, "schemas": 85, "codegen_ms": 400.0, "lines": 19000, "codegen_run_s": 0.5, "lib_s": 30.0, "crate_build_s": 30.5 },
                { "name": "G", "ok": false, "operations": 31, "schemas": 104, "synthetic": null,
                  "error": "error[E0277]: `?` couldn't convert the error to `Error`\n  --> oz_agent_api.rs:1:1" },
                { "name": "4×G", "ok": false, "operations": 124, "schemas": 416, "synthetic": { "base": "G", "factor": 4 },
                  "error": "error[E0277]: `?` couldn't convert the error to `Error`" }
            ],
            "fit": {}
        }
    })
}

fn judged() -> Value {
    let mut results = sample();
    bench::judge(&mut results);
    results
}

fn target<'a>(results: &'a Value, id: &str) -> &'a Value {
    results["targets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == id)
        .unwrap()
}

fn verdict(results: &Value, id: &str) -> Option<bool> {
    results["targets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == id)
        .map(|t| t["pass"].as_bool().unwrap())
}

#[test]
fn verdicts_are_computed_from_the_numbers() {
    let r = judged();
    assert_eq!(verdict(&r, "get_run"), Some(false)); // 1.238 > 1.05
    assert_eq!(verdict(&r, "get_run_typed"), None); // a step: no target
    assert_eq!(verdict(&r, "create_run"), Some(true)); // exactly at the floor
    assert_eq!(verdict(&r, "list_10k"), Some(true));
    assert_eq!(verdict(&r, "page_decode"), Some(false)); // decoding must not exceed the floor
    assert_eq!(verdict(&r, "conversation"), None); // no target
    assert_eq!(verdict(&r, "stream_memory"), Some(true));
    assert_eq!(verdict(&r, "codegen"), Some(true));
    assert_eq!(verdict(&r, "incremental_no_codegen"), Some(true));
    assert_eq!(verdict(&r, "depend"), Some(false)); // 1.85 > 1.4
                                                    // A spec that did not build is a miss that says so, not a crash.
    assert_eq!(verdict(&r, "growth_build"), Some(false));
    let growth = r["targets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == "growth_build")
        .unwrap();
    assert!(
        growth["value"]
            .as_str()
            .unwrap()
            .contains("G did not build"),
        "{growth}"
    );

    // Change a number, and the verdict follows.
    let mut faster = sample();
    faster["rows"][0]["ratio"] = json!(1.049);
    faster["depend"]["ratio"] = json!(1.39);
    bench::judge(&mut faster);
    assert_eq!(verdict(&faster, "get_run"), Some(true));
    assert_eq!(verdict(&faster, "depend"), Some(true));
}

#[test]
fn growth_verdict_is_the_marginal_cost_of_each_copy() {
    let mut r = sample();
    r["growth"]["points"][1] = json!({ "name": "G", "ok": true, "synthetic": null, "operations": 31, "schemas": 104,
        "codegen_ms": 500.0, "lines": 24000, "crate_build_s": 40.0, "cpu_s": 50.0 });
    // Linear with a fixed part: each copy costs less than the first.
    r["growth"]["points"][2] = json!({ "name": "4×G", "ok": true, "synthetic": { "base": "G", "factor": 4, "schemas_only": false },
        "operations": 124, "schemas": 416, "codegen_ms": 1700.0, "lines": 96000, "crate_build_s": 200.0, "cpu_s": 170.0 });
    bench::judge(&mut r);
    // Judged on CPU time: (170-50)/(3×50) = 0.8, though the wall time, (200-40)/(3×40) = 1.33, is shown.
    assert_eq!(verdict(&r, "growth_build"), Some(true));
    let value = target(&r, "growth_build")["value"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        value.starts_with("0.80× (CPU 50.0 s → 170.0 s at 4×"),
        "{value}"
    );
    assert!(
        value.contains("wall 1.33×") && value.contains("lines 1.00×"),
        "{value}"
    );
    // Without CPU times, the wall time decides.
    for p in [1, 2] {
        r["growth"]["points"][p]
            .as_object_mut()
            .unwrap()
            .remove("cpu_s");
    }
    bench::judge(&mut r);
    assert_eq!(verdict(&r, "growth_build"), Some(false));
    // The schemas-only point is not the multiple.
    let mut r = sample();
    r["growth"]["points"][2]["synthetic"]["schemas_only"] = json!(true);
    bench::judge(&mut r);
    assert_eq!(verdict(&r, "growth_build"), None);
}

#[test]
fn depend_must_pass_in_wall_and_cpu_time() {
    let mut r = sample();
    r["depend"]["ratio"] = json!(1.36);
    r["depend"]["cpu_ratio"] = json!(1.59); // a loaded machine squeezes the wall-time ratio
    bench::judge(&mut r);
    assert_eq!(verdict(&r, "depend"), Some(false));
    r["depend"]["cpu_ratio"] = json!(1.2);
    bench::judge(&mut r);
    assert_eq!(verdict(&r, "depend"), Some(true));
    r["depend"]["cpu_ratio"] = Value::Null; // not measured: wall time alone
    bench::judge(&mut r);
    assert_eq!(verdict(&r, "depend"), Some(true));
}

#[test]
fn results_record_targets_and_row_verdicts() {
    let r = judged();
    assert_eq!(r["schema"], "oz-bench-results/3");
    for row in r["rows"].as_array().unwrap() {
        let id = row["id"].as_str().unwrap();
        match bench::ratio_target(id) {
            Some(max) => {
                assert_eq!(row["target_max_ratio"], json!(max), "{id}");
                let pass = row["ratio"].as_f64().unwrap() <= max;
                assert_eq!(row["verdict"], if pass { "PASS" } else { "MISS" }, "{id}");
            }
            None => {
                assert!(row["target_max_ratio"].is_null(), "{id}");
                assert!(row["verdict"].is_null(), "{id}");
            }
        }
    }
    for t in r["targets"].as_array().unwrap() {
        for key in ["id", "target", "value", "pass"] {
            assert!(!t[key].is_null(), "{key} missing in {t}");
        }
    }
}

#[test]
fn the_documented_schema_matches() {
    let docs = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/benchmarks.md"),
    )
    .unwrap();
    assert!(
        docs.contains(bench::SCHEMA),
        "docs/benchmarks.md does not name {}",
        bench::SCHEMA
    );
    for key in [
        "\"skipped\"",
        "\"depend\"",
        "\"growth\"",
        "\"targets\"",
        "\"target_max_ratio\"",
        "\"verdict\"",
        "\"load_start\"",
        "\"codegen_deps\"",
        "\"runtime_extra\"",
        "\"per_op\"",
        "\"per_schema\"",
        "\"cpu_ratio\"",
        "\"critical_path\"",
        "\"largest_differences\"",
        "\"schemas_only\"",
        "\"measures\"",
        "\"against\"",
        "\"fallback_reason\"",
    ] {
        assert!(
            docs.contains(key),
            "docs/benchmarks.md does not document {key}"
        );
    }
    for (id, _) in bench::RATIO_TARGETS {
        assert!(
            docs.contains(&format!("`{id}`")),
            "docs/benchmarks.md does not describe row {id}"
        );
    }
}

#[test]
fn the_table_shows_every_row_with_its_verdict() {
    let text = bench::render(&judged());
    for needle in [
        "load 1.50 1.20 1.00 at the start",
        "MISS  get_run ≤ 1.05× floor",
        "server: nginx/1.22.1 (/usr/sbin/nginx)",
        "  typed decoding (typed vs headers) [us]",
        "1.033×  1.100×  no target",
        "PASS  list_10k ≤ 1.00× floor",
        "MISS  page_decode ≤ 1.00× floor",
        "get_run_conversation [ms]",
        "no target",
        "MISS  clean build of a binary using the crate ≤ 1.40× the floor's (wall and CPU)",
        "2 crates only the codegen step needs (progenitor, typify)",
        "FAILED: error[E0277]",
        "targets: 5 PASS, 4 MISS",
    ] {
        assert!(text.contains(needle), "{needle:?} missing from\n{text}");
    }
    let conversation = text
        .lines()
        .find(|l| l.starts_with("get_run_conversation"))
        .unwrap();
    assert!(conversation.ends_with("no target"), "{conversation}");
}

#[test]
fn report_prints_an_earlier_run() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("results.json");
    std::fs::write(&path, judged().to_string()).unwrap();
    let out = run(&["bench", "--report", path.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("MISS  get_run ≤ 1.05× floor"), "{text}");
    assert!(
        text.contains("PASS  streaming 10k peaks ≤ 2× one page"),
        "{text}"
    );

    // The recorded verdicts are shown as the run judged them.
    let mut tampered = judged();
    tampered["targets"][0]["pass"] = json!(true);
    std::fs::write(&path, tampered.to_string()).unwrap();
    let text = stdout(&run(&["bench", "--report", path.to_str().unwrap()]));
    assert!(text.contains("PASS  get_run ≤ 1.05× floor"), "{text}");
}

#[test]
fn report_of_a_missing_file_fails() {
    let out = run(&["bench", "--report", "/nonexistent/results.json"]);
    assert_eq!(out.status.code(), Some(3));
}

fn spec_g() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../openapi/history/G-docs-0041a6c.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    xtask::spec::parse_spec(&text, "G").unwrap().doc
}

#[test]
fn synthetic_spec_is_four_times_g_and_valid() {
    let g = spec_g();
    let (ops, schemas) = synth::size(&g);
    assert_eq!((ops, schemas), (31, 104));
    let big = synth::multiply(&g, 4).unwrap();
    assert_eq!(synth::size(&big), (4 * ops, 4 * schemas));
    for kind in synth::COPIED_COMPONENTS {
        let n = g["components"][kind].as_object().map_or(0, |m| m.len());
        let m = big["components"][kind].as_object().map_or(0, |m| m.len());
        assert_eq!(m, 4 * n, "components.{kind}");
    }
    assert!(synth::dangling_refs(&big).is_empty());
    // Every operation id of the copies is unique (G's own duplicate
    // `listAgents` stays in the original, where build/patches.rs repairs it).
    let mut ids = Vec::new();
    for (path, item) in big["paths"].as_object().unwrap() {
        for op in item.as_object().unwrap().values() {
            if let Some(id) = op.get("operationId").and_then(Value::as_str) {
                if path.starts_with("/x") {
                    ids.push(id.to_owned());
                }
            }
        }
    }
    let total = ids.len();
    assert_eq!(total, 3 * ops);
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), total, "duplicate operation ids among the copies");
    assert!(ids.contains(&"listAgents2X3".to_owned()), "{ids:?}");
    // Copies reference their own components only.
    let mut refs = Vec::new();
    synth::walk_refs(&big["components"]["schemas"]["RunItemX3"], &mut |r| {
        refs.push(r.to_owned())
    });
    assert!(!refs.is_empty());
    assert!(refs.iter().all(|r| r.ends_with("X3")), "{refs:?}");
    // And it is a spec the tooling accepts: OpenAPI 3.0 whose references resolve.
    let text = serde_json::to_string(&big).unwrap();
    xtask::spec::parse_spec(&text, "4×G").unwrap();
}

#[test]
fn write_synthetic_spec_writes_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("g4.json");
    let o = run(&[
        "bench",
        "--write-synthetic-spec",
        out.to_str().unwrap(),
        "--growth-factor",
        "2",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let spec: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    // Twice the vendored spec, whichever version is vendored.
    let vendored = std::fs::read_to_string(vendored_spec()).unwrap();
    let vendored = xtask::spec::parse_spec(&vendored, "vendored").unwrap();
    let (operations, schemas) = synth::size(&vendored.doc);
    assert_eq!(synth::size(&spec), (2 * operations, 2 * schemas));
}
