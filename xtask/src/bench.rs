//! `bench`: the crate against bare `reqwest` + `serde_json::Value`, plus build cost.
//!
//! 1. builds `oz-bench` (`bench/`) with `--release` and runs it: fixtures
//!    generated from the vendored spec, a loopback server, the runtime rows
//!    and the peak-memory child processes (see `docs/benchmarks.md`);
//! 2. measures the build: a clean dev build of `oz-agent-api` in a fresh
//!    `CARGO_TARGET_DIR` under `target/bench/`, the codegen step's own
//!    timings (`codegen.json`), an incremental rebuild after touching
//!    `src/lib.rs` — proving the build script did not run again — and a
//!    rebuild after touching the spec, where it must;
//! 3. prints the table with PASS/MISS per target and writes it all as JSON
//!    (`target/bench/results.json`, schema in `docs/benchmarks.md`).

use std::fmt::Write as _;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Instant, SystemTime};

use serde_json::{json, Value};

use crate::cli::BenchArgs;
use crate::{EXIT_CANNOT_CHECK, EXIT_DRIFT, EXIT_OK};

/// Version of `results.json`.
pub const SCHEMA: &str = "oz-bench-results/1";

/// `get_run`: crate latency over baseline latency, at most.
pub const GET_RUN_MAX_RATIO: f64 = 1.15;
/// Listing 10,000 runs: typed over untyped, at most.
pub const LIST_MAX_RATIO: f64 = 1.0;
/// Streaming 10,000 runs may peak at most this many times as high (VmHWM
/// above an idle process) as holding one page.
pub const STREAM_MAX_PAGES: f64 = 2.0;
/// The codegen step (`codegen.json` `total_ms`), at most.
pub const CODEGEN_MAX_MS: f64 = 3000.0;

/// The file touched for the incremental rebuild.
const TOUCHED_SOURCE: &str = "src/lib.rs";
/// The spec, touched for the rebuild that must run codegen.
const SPEC: &str = "openapi/oz-agent-api.yml";

/// Runs `cargo xtask bench`.
pub fn run_bench(args: &BenchArgs) -> u8 {
    if let Some(path) = &args.report {
        return match std::fs::read_to_string(path)
            .map_err(|e| e.to_string())
            .and_then(|t| serde_json::from_str::<Value>(&t).map_err(|e| e.to_string()))
        {
            Ok(results) => {
                print!("{}", render(&results));
                EXIT_OK
            }
            Err(e) => {
                eprintln!("error: {}: {e}", path.display());
                EXIT_CANNOT_CHECK
            }
        };
    }
    match bench(args) {
        Ok(results) => {
            print!("{}", render(&results));
            if args.strict && targets(&results).iter().any(|t| !t.pass) {
                EXIT_DRIFT
            } else {
                EXIT_OK
            }
        }
        Err(e) => {
            eprintln!("error: {e}");
            EXIT_CANNOT_CHECK
        }
    }
}

fn bench(args: &BenchArgs) -> Result<Value, String> {
    let root = args.root.clone().unwrap_or_else(crate::check::default_root);
    let started = Instant::now();
    eprintln!("== building oz-bench (release)");
    let exe = build_oz_bench(&root)?;
    if args.self_check {
        let out = Command::new(&exe)
            .arg("self-check")
            .output()
            .map_err(|e| format!("cannot run {}: {e}", exe.display()))?;
        eprint!("{}", String::from_utf8_lossy(&out.stderr));
        if !out.status.success() {
            return Err("oz-bench self-check failed".into());
        }
        let report: Value = serde_json::from_slice(&out.stdout)
            .map_err(|e| format!("oz-bench self-check: bad report: {e}"))?;
        return Ok(json!({ "schema": SCHEMA, "self_check": report }));
    }
    // target/release/oz-bench → target
    let target_dir = exe
        .parent()
        .and_then(Path::parent)
        .ok_or("cannot find the target directory")?
        .to_path_buf();
    let bench_dir = target_dir.join("bench");
    std::fs::create_dir_all(&bench_dir).map_err(|e| format!("{}: {e}", bench_dir.display()))?;
    let runtime_json = bench_dir.join("runtime.json");

    eprintln!("== runtime benchmarks (oz-bench run)");
    let mut command = Command::new(&exe);
    command.arg("run").arg("--out").arg(&runtime_json);
    if args.quick {
        command.arg("--quick");
    }
    if let Some(reps) = args.reps {
        command.arg("--reps").arg(reps.to_string());
    }
    if let Some(calls) = args.calls {
        command.arg("--calls").arg(calls.to_string());
    }
    let status = command
        .current_dir(&root)
        .stdin(Stdio::null())
        .status()
        .map_err(|e| format!("cannot run {}: {e}", exe.display()))?;
    if !status.success() {
        return Err(format!("oz-bench run failed ({status})"));
    }
    let text = std::fs::read_to_string(&runtime_json)
        .map_err(|e| format!("{}: {e}", runtime_json.display()))?;
    let mut results: Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", runtime_json.display()))?;

    let build = if args.no_build_cost {
        Value::Null
    } else {
        eprintln!("== build cost");
        let clean = !args.quick;
        let dir = if clean {
            bench_dir.join("clean-build")
        } else {
            target_dir.clone()
        };
        let build = build_cost(&root, &dir, clean);
        if clean && !args.keep_build_dir {
            let _ = std::fs::remove_dir_all(&dir);
        }
        build?
    };

    let object = results.as_object_mut().ok_or("oz-bench wrote no object")?;
    object.insert("schema".into(), json!(SCHEMA));
    object.insert("build".into(), build);
    object.insert("machine".into(), machine(&root));
    object.insert("total_s".into(), json!(started.elapsed().as_secs_f64()));
    let evaluated = targets(&results);
    results["targets"] = serde_json::to_value(&evaluated).map_err(|e| e.to_string())?;

    let out = args
        .out
        .clone()
        .unwrap_or_else(|| bench_dir.join("results.json"));
    let pretty = serde_json::to_string_pretty(&results).map_err(|e| e.to_string())? + "\n";
    std::fs::write(&out, &pretty).map_err(|e| format!("{}: {e}", out.display()))?;
    let history = bench_dir.join("history");
    if std::fs::create_dir_all(&history).is_ok() {
        let stamp = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let _ = std::fs::write(history.join(format!("{stamp}.json")), &pretty);
    }
    eprintln!("== results written to {}", out.display());
    Ok(results)
}

/// `cargo build --release -p oz-bench`; returns the executable.
fn build_oz_bench(root: &Path) -> Result<PathBuf, String> {
    let (ok, messages, _) = cargo(
        root,
        &[
            "build",
            "--release",
            "-p",
            "oz-bench",
            "--message-format=json-render-diagnostics",
        ],
        None,
        true,
    )?;
    if !ok {
        return Err("building oz-bench failed".into());
    }
    messages
        .iter()
        .filter(|m| m["reason"] == "compiler-artifact" && m["target"]["name"] == "oz-bench")
        .find_map(|m| m["executable"].as_str())
        .map(PathBuf::from)
        .ok_or_else(|| "cargo reported no oz-bench executable".into())
}

/// Runs cargo in `root`; returns success, the JSON messages from stdout and
/// stderr (echoed when `echo`).
fn cargo(
    root: &Path,
    args: &[&str],
    target_dir: Option<&Path>,
    echo: bool,
) -> Result<(bool, Vec<Value>, String), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .args(args)
        .current_dir(root)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(dir) = target_dir {
        command.env("CARGO_TARGET_DIR", dir);
    }
    let mut child = command
        .spawn()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    let stderr = child.stderr.take().ok_or("no stderr")?;
    let pump = std::thread::spawn(move || {
        let mut text = String::new();
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if echo {
                eprintln!("{line}");
            }
            text.push_str(&line);
            text.push('\n');
        }
        text
    });
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let messages = BufReader::new(stdout)
        .lines()
        .map_while(Result::ok)
        .filter_map(|line| serde_json::from_str(&line).ok())
        .collect();
    let status = child.wait().map_err(|e| format!("cargo: {e}"))?;
    let stderr = pump.join().unwrap_or_default();
    Ok((status.success(), messages, stderr))
}

/// The `out_dir` cargo reported for oz-agent-api's build script.
fn codegen_out_dir(messages: &[Value]) -> Option<PathBuf> {
    messages
        .iter()
        .filter(|m| m["reason"] == "build-script-executed")
        .filter(|m| {
            m["package_id"]
                .as_str()
                .is_some_and(|id| id.contains("oz-agent-api"))
        })
        .find_map(|m| m["out_dir"].as_str())
        .map(PathBuf::from)
}

/// A file's modification time and content.
fn snapshot(path: &Path) -> Result<(SystemTime, Vec<u8>), String> {
    let content = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let modified = std::fs::metadata(path)
        .and_then(|m| m.modified())
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok((modified, content))
}

fn set_mtime(path: &Path, time: SystemTime) -> Result<(), String> {
    std::fs::File::options()
        .append(true)
        .open(path)
        .and_then(|f| f.set_modified(time))
        .map_err(|e| format!("cannot touch {}: {e}", path.display()))
}

/// Touches `path` (mtime now), runs `f`, then gives `path` its old mtime back
/// if its content is unchanged, so other builds of the tree see nothing new.
fn with_touched<T>(path: &Path, f: impl FnOnce() -> T) -> Result<T, String> {
    let (before, content) = snapshot(path)?;
    set_mtime(path, SystemTime::now())?;
    let result = f();
    if std::fs::read(path).is_ok_and(|now| now == content) {
        set_mtime(path, before)?;
    }
    Ok(result)
}

/// True if cargo's `-vv` output shows oz-agent-api's build script running.
fn build_script_ran(stderr: &str) -> bool {
    stderr.lines().any(|line| {
        let line = line.trim();
        (line.starts_with("Running")
            && line.contains("build-script-build")
            && line.contains("oz-agent-api-"))
            || line.starts_with("[oz-agent-api ")
    })
}

fn build_cost(root: &Path, dir: &Path, clean: bool) -> Result<Value, String> {
    let build = |extra: &[&str]| -> Result<(f64, Vec<Value>, String), String> {
        let mut args = vec![
            "build",
            "-p",
            "oz-agent-api",
            "--message-format=json-render-diagnostics",
        ];
        args.extend_from_slice(extra);
        let started = Instant::now();
        let (ok, messages, stderr) = cargo(root, &args, Some(dir), extra.is_empty())?;
        let secs = started.elapsed().as_secs_f64();
        if !ok {
            return Err(format!(
                "cargo build -p oz-agent-api failed:\n{}",
                tail(&stderr, 20)
            ));
        }
        Ok((secs, messages, stderr))
    };

    if clean {
        let _ = std::fs::remove_dir_all(dir);
        eprintln!(
            "-- clean dev build of oz-agent-api in {} (this takes a few minutes)",
            dir.display()
        );
    } else {
        eprintln!("-- dev build of oz-agent-api in {} (warm)", dir.display());
    }
    let (first_s, messages, _) = build(&[])?;
    let out_dir = codegen_out_dir(&messages).ok_or("cargo reported no build-script output")?;
    let codegen_path = out_dir.join("codegen.json");
    let (codegen_mtime, codegen_text) = snapshot(&codegen_path)?;
    let codegen: Value = serde_json::from_slice(&codegen_text)
        .map_err(|e| format!("{}: {e}", codegen_path.display()))?;

    eprintln!("-- incremental rebuild after touching {TOUCHED_SOURCE}");
    let (incremental_s, _, incremental_log) =
        with_touched(&root.join(TOUCHED_SOURCE), || build(&["-vv"]))??;
    let (after_mtime, after_text) = snapshot(&codegen_path)?;
    let unchanged = after_mtime == codegen_mtime && after_text == codegen_text;
    let ran = build_script_ran(&incremental_log);
    let recompiled = incremental_log
        .lines()
        .any(|l| l.trim_start().starts_with("Compiling oz-agent-api"));

    eprintln!("-- rebuild after touching {SPEC}");
    let (spec_s, spec_messages, spec_log) = with_touched(&root.join(SPEC), || build(&["-vv"]))??;
    let spec_out = codegen_out_dir(&spec_messages).unwrap_or(out_dir.clone());
    let (spec_mtime, spec_text) = snapshot(&spec_out.join("codegen.json"))?;
    let spec_codegen: Value = serde_json::from_slice(&spec_text).unwrap_or(Value::Null);

    Ok(json!({
        "target_dir": dir,
        "clean": clean,
        "clean_build_s": if clean { json!(first_s) } else { Value::Null },
        "warm_build_s": if clean { Value::Null } else { json!(first_s) },
        "codegen": codegen,
        "codegen_json": codegen_path,
        "incremental": {
            "touched": TOUCHED_SOURCE,
            "rebuild_s": incremental_s,
            "recompiled_crate": recompiled,
            "codegen_json_unchanged": unchanged,
            "build_script_ran": ran,
            "codegen_rerun": ran || !unchanged,
        },
        "spec_touched": {
            "touched": SPEC,
            "rebuild_s": spec_s,
            "build_script_ran": build_script_ran(&spec_log),
            "codegen_json_changed": spec_mtime != codegen_mtime || spec_text != codegen_text,
            "codegen_total_ms": spec_codegen["total_ms"],
        },
    }))
}

fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

fn machine(root: &Path) -> Value {
    let capture = |program: &str, args: &[&str]| {
        crate::process::capture(program, args, root)
            .ok()
            .filter(|(ok, _)| *ok)
            .map(|(_, out)| out.trim().to_owned())
    };
    json!({
        "cores": std::thread::available_parallelism().map_or(0, |n| n.get()),
        "rustc": capture("rustc", &["--version"]),
        "commit": capture("git", &["rev-parse", "HEAD"]),
        "dirty": capture("git", &["status", "--porcelain", "--untracked-files=no"]).map(|s| !s.is_empty()),
    })
}

/// One target and whether it is met.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Target {
    /// Stable identifier.
    pub id: &'static str,
    /// The target, in words.
    pub target: String,
    /// The measured value, in words.
    pub value: String,
    /// Whether it is met.
    pub pass: bool,
}

fn row<'a>(results: &'a Value, id: &str) -> Option<&'a Value> {
    results["rows"].as_array()?.iter().find(|r| r["id"] == id)
}

/// Evaluates the targets that the results have data for.
pub fn targets(results: &Value) -> Vec<Target> {
    let mut out = Vec::new();
    if let Some(ratio) = row(results, "get_run").and_then(|r| r["ratio"].as_f64()) {
        out.push(Target {
            id: "get_run",
            target: format!("get_run ≤ {GET_RUN_MAX_RATIO:.2}× baseline"),
            value: format!("{ratio:.3}×"),
            pass: ratio <= GET_RUN_MAX_RATIO,
        });
    }
    if let Some(ratio) = row(results, "list_10k").and_then(|r| r["ratio"].as_f64()) {
        out.push(Target {
            id: "list_10k",
            target: format!("typed listing ≤ {LIST_MAX_RATIO:.2}× untyped baseline"),
            value: format!("{ratio:.3}×"),
            pass: ratio <= LIST_MAX_RATIO,
        });
    }
    let delta = &results["memory"]["delta_kib"];
    if let (Some(stream), Some(page)) = (delta["stream"].as_f64(), delta["one_page"].as_f64()) {
        let pages = stream / page.max(1.0);
        out.push(Target {
            id: "stream_memory",
            target: format!(
                "streaming 10k peaks ≤ {STREAM_MAX_PAGES:.0}× one page (VmHWM above idle)"
            ),
            value: format!("{stream:.0} KiB = {pages:.2}× one page ({page:.0} KiB)"),
            pass: pages <= STREAM_MAX_PAGES,
        });
    }
    if let Some(ms) = results["build"]["codegen"]["total_ms"].as_f64() {
        out.push(Target {
            id: "codegen",
            target: format!("codegen step < {:.0} s", CODEGEN_MAX_MS / 1e3),
            value: format!("{:.2} s", ms / 1e3),
            pass: ms < CODEGEN_MAX_MS,
        });
    }
    let incremental = &results["build"]["incremental"];
    if let Some(rerun) = incremental["codegen_rerun"].as_bool() {
        out.push(Target {
            id: "incremental_no_codegen",
            target: format!("touching {TOUCHED_SOURCE} does not re-run codegen"),
            value: if rerun {
                "codegen ran again".into()
            } else {
                "codegen.json untouched, no build-script run".into()
            },
            pass: !rerun,
        });
    }
    out
}

fn num(value: &Value, digits: usize) -> String {
    match value.as_f64() {
        Some(v) => format!("{v:.digits$}"),
        None => "—".into(),
    }
}

/// The results as a table (what `cargo xtask bench` prints).
pub fn render(results: &Value) -> String {
    let mut s = String::new();
    if results.get("self_check").is_some() {
        let _ = writeln!(s, "oz-bench self-check: {}", results["self_check"]);
        return s;
    }
    let plan = &results["plan"];
    let _ = writeln!(
        s,
        "oz-agent-api vs reqwest + serde_json::Value — medians of {} repetitions{}",
        plan["reps"],
        if results["quick"] == true {
            " (quick)"
        } else {
            ""
        }
    );
    let f = &results["fixtures"];
    let _ = writeln!(
        s,
        "fixtures from the spec: run {} B, page {} KiB ({} runs), conversation {} MiB",
        f["run_bytes"],
        num(&json!(f["page_bytes"].as_f64().unwrap_or(0.0) / 1024.0), 0),
        f["runs_per_page"],
        num(
            &json!(f["conversation_bytes"].as_f64().unwrap_or(0.0) / 1048576.0),
            1
        ),
    );
    let verdict = |id: &str| -> String {
        targets(results)
            .into_iter()
            .find(|t| t.id == id)
            .map(|t| format!("{}  {}", if t.pass { "PASS" } else { "MISS" }, t.target))
            .unwrap_or_default()
    };
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "{:<78} {:>10} {:>10} {:>7}  target",
        "runtime", "crate", "baseline", "ratio"
    );
    for r in results["rows"].as_array().into_iter().flatten() {
        let unit = r["unit"].as_str().unwrap_or("");
        let label = format!("{} [{}]", r["label"].as_str().unwrap_or(""), unit);
        let _ = writeln!(
            s,
            "{:<78} {:>10} {:>10} {:>6}×  {}",
            label,
            num(&r["crate"], 2),
            num(&r["baseline"], 2),
            num(&r["ratio"], 3),
            verdict(r["id"].as_str().unwrap_or(""))
        );
    }
    let m = &results["memory"];
    if m.is_object() {
        let _ = writeln!(s);
        let _ = writeln!(
            s,
            "{:<78} {:>10} {:>10}",
            "peak memory, child processes (KiB above an idle client)", "VmHWM", "live heap"
        );
        let idle_heap = m["heap_peak_kib"]["idle"].as_f64().unwrap_or(0.0);
        for (mode, what) in [
            ("one_page", "one page of 100 runs held"),
            ("stream_1k", "streaming 1,000 runs (10 pages)"),
            ("stream", "streaming 10,000 runs (100 pages)"),
            ("collect", "collecting 10,000 runs into a Vec"),
            (
                "baseline_stream",
                "baseline: following cursors untyped, 10,000 runs",
            ),
            (
                "one_page_pinned",
                "one page held, glibc mmap threshold pinned (MALLOC_MMAP_THRESHOLD_)",
            ),
            (
                "stream_pinned",
                "streaming 10,000 runs, glibc mmap threshold pinned",
            ),
        ] {
            if m["delta_kib"][mode].is_null() {
                continue;
            }
            let idle_heap = if mode.ends_with("_pinned") {
                m["heap_peak_kib"]["idle_pinned"]
                    .as_f64()
                    .unwrap_or(idle_heap)
            } else {
                idle_heap
            };
            let heap = m["heap_peak_kib"][mode].as_f64().map(|h| h - idle_heap);
            let _ = writeln!(
                s,
                "{:<78} {:>10} {:>10}  {}",
                what,
                num(&m["delta_kib"][mode], 0),
                heap.map_or("—".into(), |h| format!("{h:.0}")),
                if mode == "stream" {
                    verdict("stream_memory")
                } else {
                    String::new()
                }
            );
        }
        let _ = writeln!(
            s,
            "{:<78} {:>10}",
            "idle client process (absolute)",
            num(&m["peak_kib"]["idle"], 0)
        );
    }
    let b = &results["build"];
    if b.is_object() {
        let _ = writeln!(s);
        let _ = writeln!(s, "{:<78} {:>10}", "build (dev profile)", "seconds");
        if b["clean"] == true {
            let _ = writeln!(
                s,
                "{:<78} {:>10}",
                "clean build of oz-agent-api, fresh CARGO_TARGET_DIR",
                num(&b["clean_build_s"], 1)
            );
        } else {
            let _ = writeln!(
                s,
                "{:<78} {:>10}",
                "warm build of oz-agent-api (clean build skipped)",
                num(&b["warm_build_s"], 1)
            );
        }
        let c = &b["codegen"];
        let _ = writeln!(
            s,
            "{:<78} {:>10}  {}",
            format!(
                "codegen step (codegen.json: parse {} ms, progenitor {} ms)",
                num(&c["parse_ms"], 0),
                num(&c["progenitor_ms"], 0)
            ),
            num(&json!(c["total_ms"].as_f64().map(|ms| ms / 1e3)), 2),
            verdict("codegen")
        );
        let i = &b["incremental"];
        let _ = writeln!(
            s,
            "{:<78} {:>10}  {}",
            format!(
                "incremental rebuild after touching {} (codegen re-run: {})",
                i["touched"].as_str().unwrap_or(""),
                if i["codegen_rerun"] == true {
                    "yes"
                } else {
                    "no"
                }
            ),
            num(&i["rebuild_s"], 1),
            verdict("incremental_no_codegen")
        );
        let t = &b["spec_touched"];
        let _ = writeln!(
            s,
            "{:<78} {:>10}",
            format!(
                "rebuild after touching the spec (codegen re-run: {})",
                if t["build_script_ran"] == true {
                    "yes"
                } else {
                    "no"
                }
            ),
            num(&t["rebuild_s"], 1)
        );
    }
    let all = targets(results);
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "targets: {} PASS, {} MISS",
        all.iter().filter(|t| t.pass).count(),
        all.iter().filter(|t| !t.pass).count()
    );
    for t in &all {
        let _ = writeln!(
            s,
            "  {}  {:<58} {}",
            if t.pass { "PASS" } else { "MISS" },
            t.target,
            t.value
        );
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Value {
        json!({
            "plan": { "reps": 9 },
            "quick": false,
            "fixtures": { "run_bytes": 5019, "page_bytes": 539000, "runs_per_page": 100, "conversation_bytes": 4200262 },
            "rows": [
                { "id": "get_run", "label": "get_run latency", "unit": "us", "crate": 28.0, "baseline": 30.0, "ratio": 0.93 },
                { "id": "list_10k", "label": "list", "unit": "ms", "crate": 310.0, "baseline": 300.0, "ratio": 1.033 }
            ],
            "memory": {
                "delta_kib": { "one_page": 1200, "stream": 2000, "stream_1k": 1900, "collect": 99000, "baseline_stream": 4000 },
                "heap_peak_kib": { "idle": 340, "one_page": 1800, "stream": 2380 },
                "peak_kib": { "idle": 7300 }
            },
            "build": {
                "clean": true, "clean_build_s": 180.0,
                "codegen": { "parse_ms": 35.0, "progenitor_ms": 47.0, "total_ms": 420.0 },
                "incremental": { "touched": "src/lib.rs", "rebuild_s": 12.0, "codegen_rerun": false },
                "spec_touched": { "rebuild_s": 20.0, "build_script_ran": true }
            }
        })
    }

    #[test]
    fn targets_pass_and_miss() {
        let all = targets(&sample());
        let by = |id: &str| all.iter().find(|t| t.id == id).unwrap().pass;
        assert!(by("get_run"));
        assert!(!by("list_10k"));
        assert!(by("stream_memory"));
        assert!(by("codegen"));
        assert!(by("incremental_no_codegen"));
        assert_eq!(all.len(), 5);
    }

    #[test]
    fn renders_every_section() {
        let text = render(&sample());
        for needle in [
            "get_run latency [us]",
            "PASS  get_run",
            "MISS  typed listing",
            "streaming 10,000 runs",
            "clean build of oz-agent-api",
            "codegen re-run: no",
            "targets: 4 PASS, 1 MISS",
        ] {
            assert!(text.contains(needle), "{needle:?} missing from\n{text}");
        }
    }

    #[test]
    fn missing_sections_give_no_targets() {
        assert!(targets(&json!({})).is_empty());
        let _ = render(&json!({}));
    }

    #[test]
    fn recognizes_a_build_script_run() {
        assert!(build_script_ran(
            "     Running `/w/target/debug/build/oz-agent-api-0123/build-script-build`\n"
        ));
        assert!(build_script_ran(
            "[oz-agent-api 0.1.0] cargo:rerun-if-changed=build.rs\n"
        ));
        assert!(!build_script_ran(
            "       Fresh oz-agent-api v0.1.0\n   Compiling oz-agent-api v0.1.0\n     Running `rustc --crate-name oz_agent_api`\n"
        ));
    }
}
