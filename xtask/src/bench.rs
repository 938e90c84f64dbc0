//! `bench`: the crate against the plainest client a user would write without
//! it (`reqwest::Client::new()` + `serde_json::Value`), plus build cost.
//!
//! 1. builds `oz-bench` (`bench/`) with `--release` and runs it: fixtures
//!    generated from the vendored spec, served by nginx (or `oz-bench serve`
//!    where there is no nginx), the runtime rows — the crate against the
//!    floor, and each step between them as a row of its own — and the
//!    peak-memory child processes (see `docs/benchmarks.md`);
//! 2. measures the build: a clean dev build of `oz-agent-api` in a fresh
//!    `CARGO_TARGET_DIR` under `target/bench/`, the codegen step's own
//!    timings (`codegen.json`), an incremental rebuild after touching
//!    `src/lib.rs` — proving the build script did not run again — and a
//!    rebuild after touching the spec, where it must;
//! 3. prints the table with PASS/MISS per target and writes it all as JSON
//!    (`target/bench/results.json`, schema in `docs/benchmarks.md`).

pub mod depend;
pub mod growth;
pub mod synth;
pub mod timings;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Instant, SystemTime};

use serde_json::{json, Value};

use crate::cargo;
use crate::cli::BenchArgs;
use crate::workspace::{default_root, VENDORED_SPEC as SPEC};
use crate::{EXIT_CANNOT_CHECK, EXIT_DRIFT, EXIT_OK};

/// Version of `results.json`.
pub const SCHEMA: &str = "oz-bench-results/3";

/// Ratio targets of the runtime rows: crate ÷ floor at most this much.
/// Rows not listed here have no target (and say so).
pub const RATIO_TARGETS: [(&str, f64); 6] = [
    ("get_run", 1.05),
    ("create_run", 1.05),
    ("list_10k", 1.0),
    ("run_decode", 1.0),
    ("page_decode", 1.0),
    ("conversation_decode", 1.0),
];
/// Streaming 10,000 runs may peak at most this many times as high (VmHWM
/// above an idle process) as holding one page.
pub const STREAM_MAX_PAGES: f64 = 2.0;
/// The codegen step (`codegen.json` `total_ms`), at most.
pub const CODEGEN_MAX_MS: f64 = 3000.0;
/// Cost to depend: clean build of a binary using the crate over the floor's, at most.
pub const DEPEND_MAX_RATIO: f64 = 1.4;
/// Growth: every further copy of the base spec may cost at most this many
/// times what the base spec costs on its own ("roughly linear": a fixed part
/// makes a linear cost come out below 1).
pub const GROWTH_MAX_MARGINAL: f64 = 1.25;

/// The file touched for the incremental rebuild.
const TOUCHED_SOURCE: &str = "src/lib.rs";
/// The first point of the growth series: spec D (June, 28 operations).
pub const GROWTH_FIRST: &str = "openapi/history/D-oz-agent-api.yml";

/// The default base of the growth series: the newest published version in
/// `openapi/history` (the last line of its `index.txt`; spec G today).
pub fn growth_base(root: &Path) -> PathBuf {
    let history = root.join("openapi/history");
    std::fs::read_to_string(history.join("index.txt"))
        .ok()
        .and_then(|index| {
            index
                .lines()
                .rev()
                .map(str::trim)
                .find(|l| !l.is_empty())
                .map(str::to_owned)
        })
        .map(|name| history.join(name))
        .unwrap_or_else(|| root.join(SPEC))
}
/// Parts of a run that `--skip` names.
pub const PARTS: [&str; 6] = ["runtime", "memory", "fleet", "build", "depend", "growth"];

/// Runs `cargo xtask bench`.
pub fn run_bench(args: &BenchArgs) -> u8 {
    if let Some(out) = &args.write_synthetic_spec {
        let root = args.root.clone().unwrap_or_else(default_root);
        let base = args
            .growth_base
            .clone()
            .unwrap_or_else(|| growth_base(&root));
        let dir = out.parent().unwrap_or(Path::new("."));
        return match growth::write_synthetic(&base, args.growth_factor, false, dir).and_then(
            |path| std::fs::rename(&path, out).map_err(|e| format!("{}: {e}", out.display())),
        ) {
            Ok(()) => {
                eprintln!(
                    "wrote {} ({} × {})",
                    out.display(),
                    base.display(),
                    args.growth_factor
                );
                EXIT_OK
            }
            Err(e) => {
                eprintln!("error: {e}");
                EXIT_CANNOT_CHECK
            }
        };
    }
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
            if args.strict && stored_targets(&results).iter().any(|t| !t.pass) {
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

/// The parts to skip: `--skip`, plus what `--quick` and `--no-build-cost` leave out.
fn skipped(args: &BenchArgs) -> Result<Vec<&'static str>, String> {
    let mut out = Vec::new();
    for part in &args.skip {
        let known = PARTS.iter().find(|p| **p == part.trim()).ok_or_else(|| {
            format!(
                "--skip: unknown part {part:?} (known: {})",
                PARTS.join(", ")
            )
        })?;
        out.push(*known);
    }
    if args.quick {
        out.extend(["depend", "growth"]);
    }
    if args.no_build_cost {
        out.extend(["build", "depend", "growth"]);
    }
    out.sort_unstable();
    out.dedup();
    Ok(out)
}

/// The 1, 5 and 15 minute load averages (`/proc/loadavg`).
fn load_average() -> Option<[f64; 3]> {
    let text = std::fs::read_to_string("/proc/loadavg").ok()?;
    let mut it = text.split_whitespace().map(|v| v.parse::<f64>().ok());
    Some([it.next()??, it.next()??, it.next()??])
}

fn bench(args: &BenchArgs) -> Result<Value, String> {
    let root = args.root.clone().unwrap_or_else(default_root);
    let started = Instant::now();
    let load_start = load_average();
    let skip = skipped(args)?;
    let skips = |part: &str| skip.contains(&part);
    if args.install_nginx {
        eprintln!("== bench/install-nginx.sh");
        let status = Command::new("bash")
            .arg(root.join("bench/install-nginx.sh"))
            .status()
            .map_err(|e| format!("cannot run bench/install-nginx.sh: {e}"))?;
        if !status.success() {
            return Err(format!("bench/install-nginx.sh failed ({status})"));
        }
    }
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

    let mut results = if skips("runtime") && skips("memory") {
        json!({ "quick": args.quick, "rows": [], "memory": null })
    } else {
        runtime(
            args,
            &root,
            &exe,
            &bench_dir,
            skips("runtime"),
            skips("memory"),
        )?
    };

    let fleet = if skips("fleet") {
        Value::Null
    } else {
        fleet(args, &exe, &bench_dir)?
    };

    let clean_dir = bench_dir.join("clean-build");
    let build = if skips("build") {
        Value::Null
    } else {
        eprintln!("== build cost");
        let clean = !args.quick;
        let dir = if clean {
            clean_dir.clone()
        } else {
            target_dir.clone()
        };
        build_cost(&root, &dir, clean)?
    };

    let depend = if skips("depend") {
        Value::Null
    } else {
        eprintln!("== cost to depend (two clean builds)");
        depend::measure(
            &root,
            &bench_dir.join("depend"),
            args.depend_reps,
            args.keep_build_dir,
        )?
    };

    let growth = if skips("growth") {
        Value::Null
    } else {
        eprintln!("== growth with the spec");
        let growth_dir = bench_dir.join("growth");
        let base = args
            .growth_base
            .clone()
            .unwrap_or_else(|| growth_base(&root));
        let specs = growth::series(
            &root,
            &growth_dir,
            &base,
            args.growth_factor,
            &args.growth_also,
        )?;
        // The clean build's directory has every dependency compiled already.
        let dir = if clean_dir.is_dir() {
            clean_dir.clone()
        } else {
            growth_dir.join("target")
        };
        growth::measure(&root, &dir, &specs)
    };
    if !args.keep_build_dir {
        let _ = std::fs::remove_dir_all(&clean_dir);
        let _ = std::fs::remove_dir_all(bench_dir.join("growth").join("target"));
    }

    let object = results.as_object_mut().ok_or("oz-bench wrote no object")?;
    object.insert("schema".into(), json!(SCHEMA));
    object.insert("skipped".into(), json!(skip));
    object.insert("fleet".into(), fleet);
    object.insert("build".into(), build);
    object.insert("depend".into(), depend);
    object.insert("growth".into(), growth);
    let mut machine = machine(&root);
    machine["load_start"] = json!(load_start);
    machine["load_end"] = json!(load_average());
    object.insert("machine".into(), machine);
    object.insert("total_s".into(), json!(started.elapsed().as_secs_f64()));
    judge(&mut results);

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

/// Runs `oz-bench run` and returns what it wrote.
fn runtime(
    args: &BenchArgs,
    root: &Path,
    exe: &Path,
    bench_dir: &Path,
    skip_rows: bool,
    skip_memory: bool,
) -> Result<Value, String> {
    let runtime_json = bench_dir.join("runtime.json");
    eprintln!("== runtime benchmarks (oz-bench run)");
    let mut command = Command::new(exe);
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
    match (&args.only, skip_rows) {
        (_, true) => {
            command.arg("--only").arg("none");
        }
        (Some(only), false) => {
            command.arg("--only").arg(only);
        }
        (None, false) => {}
    }
    if skip_memory {
        command.arg("--no-memory");
    }
    let status = command
        .current_dir(root)
        .stdin(Stdio::null())
        .status()
        .map_err(|e| format!("cannot run {}: {e}", exe.display()))?;
    if !status.success() {
        return Err(format!("oz-bench run failed ({status})"));
    }
    let text = std::fs::read_to_string(&runtime_json)
        .map_err(|e| format!("{}: {e}", runtime_json.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", runtime_json.display()))
}

/// Runs `oz-bench fleet` (many runs at once and a 429 storm, on the fake
/// server in virtual time) and returns its report (`oz-bench-fleet/1`).
fn fleet(args: &BenchArgs, exe: &Path, bench_dir: &Path) -> Result<Value, String> {
    eprintln!("== fleet: watching many runs, 429 storm (oz-bench fleet)");
    let out = bench_dir.join("fleet.json");
    let mut command = Command::new(exe);
    command.arg("fleet").arg("--out").arg(&out);
    if args.quick {
        command.arg("--quick");
    }
    let status = command
        .status()
        .map_err(|e| format!("cannot run {}: {e}", exe.display()))?;
    if !status.success() {
        return Err(format!("oz-bench fleet failed ({status})"));
    }
    let text = std::fs::read_to_string(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", out.display()))
}

/// `cargo build --release -p oz-bench`; returns the executable.
fn build_oz_bench(root: &Path) -> Result<PathBuf, String> {
    let run = cargo::run(
        root,
        &[
            "build",
            "--release",
            "-p",
            "oz-bench",
            "--message-format=json-render-diagnostics",
        ],
        None,
        &[],
        true,
    )?;
    if !run.ok {
        return Err("building oz-bench failed".into());
    }
    run.messages
        .iter()
        .filter(|m| m["reason"] == "compiler-artifact" && m["target"]["name"] == "oz-bench")
        .find_map(|m| m["executable"].as_str())
        .map(PathBuf::from)
        .ok_or_else(|| "cargo reported no oz-bench executable".into())
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
            // The generator runs only with `codegen` (the default build
            // copies the committed client): this row measures it.
            "--features",
            "codegen",
            "--message-format=json-render-diagnostics",
        ];
        args.extend_from_slice(extra);
        let run = cargo::run(root, &args, Some(dir), &cargo::NO_WRAPPER, extra.is_empty())?;
        if !run.ok {
            return Err(format!(
                "cargo build -p oz-agent-api failed:\n{}",
                tail(&run.stderr, 20)
            ));
        }
        Ok((run.secs, run.messages, run.stderr))
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
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Target {
    /// Stable identifier (a row id for the runtime rows).
    pub id: String,
    /// The target, in words.
    pub target: String,
    /// The measured value, in words.
    pub value: String,
    /// Whether it is met.
    pub pass: bool,
}

impl Target {
    fn new(id: &str, target: String, value: String, pass: bool) -> Target {
        Target {
            id: id.to_owned(),
            target,
            value,
            pass,
        }
    }

    /// `PASS` or `MISS`.
    pub fn verdict(&self) -> &'static str {
        if self.pass {
            "PASS"
        } else {
            "MISS"
        }
    }
}

fn row<'a>(results: &'a Value, id: &str) -> Option<&'a Value> {
    results["rows"].as_array()?.iter().find(|r| r["id"] == id)
}

/// The ratio target of a runtime row, if it has one.
pub fn ratio_target(id: &str) -> Option<f64> {
    RATIO_TARGETS
        .iter()
        .find(|(row, _)| *row == id)
        .map(|(_, max)| *max)
}

/// Evaluates every target the results have data for, from the numbers in them.
pub fn targets(results: &Value) -> Vec<Target> {
    let mut out = Vec::new();
    for (id, max) in RATIO_TARGETS {
        if let Some(ratio) = row(results, id).and_then(|r| r["ratio"].as_f64()) {
            out.push(Target::new(
                id,
                format!("{id} ≤ {max:.2}× floor"),
                format!("{ratio:.3}×"),
                ratio <= max,
            ));
        }
    }
    let delta = &results["memory"]["delta_kib"];
    if let (Some(stream), Some(page)) = (delta["stream"].as_f64(), delta["one_page"].as_f64()) {
        let pages = stream / page.max(1.0);
        out.push(Target::new(
            "stream_memory",
            format!("streaming 10k peaks ≤ {STREAM_MAX_PAGES:.0}× one page (VmHWM above idle)"),
            format!("{stream:.0} KiB = {pages:.2}× one page ({page:.0} KiB)"),
            pages <= STREAM_MAX_PAGES,
        ));
    }
    if let Some(ms) = results["build"]["codegen"]["total_ms"].as_f64() {
        out.push(Target::new(
            "codegen",
            format!("codegen step < {:.0} s", CODEGEN_MAX_MS / 1e3),
            format!("{:.2} s", ms / 1e3),
            ms < CODEGEN_MAX_MS,
        ));
    }
    let incremental = &results["build"]["incremental"];
    if let Some(rerun) = incremental["codegen_rerun"].as_bool() {
        out.push(Target::new(
            "incremental_no_codegen",
            format!("touching {TOUCHED_SOURCE} does not re-run codegen"),
            if rerun {
                "codegen ran again".into()
            } else {
                "codegen.json untouched, no build-script run".into()
            },
            !rerun,
        ));
    }
    let depend = &results["depend"];
    if let Some(ratio) = depend["ratio"].as_f64() {
        // Wall time is the target; CPU time must meet it too, since a loaded
        // machine starves both builds alike and squeezes the wall-time ratio
        // towards 1 (on a quiet one the wall time shows the serial chain of
        // the codegen step's dependencies, which CPU time does not).
        let cpu = depend["cpu_ratio"].as_f64();
        out.push(Target::new(
            "depend",
            format!(
                "clean build of a binary using the crate ≤ {DEPEND_MAX_RATIO:.2}× the floor's (wall and CPU)"
            ),
            format!(
                "{ratio:.2}× wall ({} s vs {} s), {} CPU",
                num(&depend["crate"]["wall_s"], 1),
                num(&depend["floor"]["wall_s"], 1),
                cpu.map_or("no".into(), |c| format!("{c:.2}×"))
            ),
            ratio <= DEPEND_MAX_RATIO && cpu.is_none_or(|c| c <= DEPEND_MAX_RATIO),
        ));
    }
    out.extend(fleet_targets(&results["fleet"]));
    out.extend(growth_targets(&results["growth"]));
    out
}

/// The fleet rows' targets. `oz-bench fleet` judges each row from its own
/// numbers (the target depends on the row's baseline); they are carried over
/// under the id `fleet_<row>`.
fn fleet_targets(fleet: &Value) -> Vec<Target> {
    let Some(rows) = fleet["rows"].as_array() else {
        return Vec::new();
    };
    rows.iter()
        .filter(|r| r["verdict"].is_string())
        .map(|r| {
            let unit = r["unit"].as_str().unwrap_or("");
            let id = r["id"].as_str().unwrap_or("?");
            let value = match r["baseline"].as_f64() {
                Some(_) => format!(
                    "{} {unit} vs {} {}",
                    fleet_num(&r["value"]),
                    fleet_num(&r["baseline"]),
                    r["baseline_name"].as_str().unwrap_or("per-run")
                ),
                None => format!("{} {unit}", fleet_num(&r["value"])),
            };
            Target::new(
                &format!("fleet_{id}"),
                format!("fleet {id}: {}", r["target"].as_str().unwrap_or("")),
                value,
                r["verdict"] == "PASS",
            )
        })
        .collect()
}

/// The growth target: from the base spec to its multiple, every further
/// copy costs at most [`GROWTH_MAX_MARGINAL`] × the base. Judged on the CPU
/// time of building the crate alone (build script, codegen, library), which
/// other work on the machine disturbs far less than wall time (the wall
/// time when CPU time was not measured); the codegen step's time and the
/// generated lines are shown beside it.
fn growth_targets(growth: &Value) -> Vec<Target> {
    let Some(points) = growth["points"].as_array() else {
        return Vec::new();
    };
    let Some(big) = points
        .iter()
        .find(|p| p["synthetic"].is_object() && p["synthetic"]["schemas_only"] != true)
    else {
        return Vec::new();
    };
    let base_name = big["synthetic"]["base"].as_str().unwrap_or_default();
    let factor = big["synthetic"]["factor"].as_f64().unwrap_or(1.0);
    let base = points
        .iter()
        .find(|p| p["name"] == base_name && p["synthetic"].is_null());
    let target = format!(
        "crate build: each copy of {base_name} beyond the first ≤ {GROWTH_MAX_MARGINAL:.2}× {base_name}"
    );
    let failed = [base, Some(big)]
        .into_iter()
        .flatten()
        .find(|p| p["ok"] != true)
        .map(|p| p["name"].as_str().unwrap_or("?").to_owned());
    let marginal = |key: &str| -> Option<f64> {
        let one = base?[key].as_f64().filter(|v| *v > 0.0)?;
        let many = big[key].as_f64()?;
        (factor > 1.0).then(|| (many - one) / ((factor - 1.0) * one))
    };
    let key = if marginal("cpu_s").is_some() {
        "cpu_s"
    } else {
        "crate_build_s"
    };
    let judged = match (failed, marginal(key)) {
        (None, Some(m)) => {
            let show = |k: &str, what: &str| {
                marginal(k).map_or(String::new(), |m| format!(", {what} {m:.2}×"))
            };
            Target::new(
                "growth_build",
                target,
                format!(
                    "{m:.2}× ({} {} s → {} s at {factor}×{}{}{})",
                    if key == "cpu_s" { "CPU" } else { "wall" },
                    num(&base.map_or(Value::Null, |b| b[key].clone()), 1),
                    num(&big[key], 1),
                    show("crate_build_s", "wall"),
                    show("codegen_ms", "codegen step"),
                    show("lines", "lines"),
                ),
                m <= GROWTH_MAX_MARGINAL,
            )
        }
        (failed, _) => Target::new(
            "growth_build",
            target,
            format!(
                "not measured: {} did not build",
                failed.unwrap_or_else(|| base_name.to_owned())
            ),
            false,
        ),
    };
    vec![judged]
}

/// Evaluates the targets and records them: in `targets`, and on each runtime
/// row as `target` (the limit, or null: no target) and `verdict`.
pub fn judge(results: &mut Value) {
    let evaluated = targets(results);
    if let Some(rows) = results["rows"].as_array_mut() {
        for r in rows {
            let id = r["id"].as_str().unwrap_or_default().to_owned();
            let verdict = evaluated.iter().find(|t| t.id == id);
            r["target_max_ratio"] = json!(ratio_target(&id));
            r["verdict"] = json!(verdict.map(Target::verdict));
        }
    }
    results["targets"] = serde_json::to_value(&evaluated).unwrap_or(Value::Null);
}

/// The targets recorded in `results` (by the run that measured them); for
/// files from before they were recorded, evaluated now.
pub fn stored_targets(results: &Value) -> Vec<Target> {
    serde_json::from_value(results["targets"].clone()).unwrap_or_else(|_| targets(results))
}

fn num(value: &Value, digits: usize) -> String {
    match value.as_f64() {
        Some(v) => format!("{v:.digits$}"),
        None => "—".into(),
    }
}

fn load_text(load: &Value) -> String {
    match load.as_array() {
        Some(l) if l.len() == 3 => format!("{} {} {}", num(&l[0], 2), num(&l[1], 2), num(&l[2], 2)),
        _ => "?".into(),
    }
}

fn truncate(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}

/// Width of the label column.
const W: usize = 84;

/// The results as a table (what `cargo xtask bench` prints).
pub fn render(results: &Value) -> String {
    let mut s = String::new();
    if results.get("self_check").is_some() {
        let _ = writeln!(s, "oz-bench self-check: {}", results["self_check"]);
        return s;
    }
    let all = stored_targets(results);
    let verdict = |id: &str| -> String {
        all.iter()
            .find(|t| t.id == id)
            .map(|t| format!("{}  {}", t.verdict(), t.target))
            .unwrap_or_default()
    };
    let plan = &results["plan"];
    let machine = &results["machine"];
    let _ = writeln!(
        s,
        "oz-agent-api against the floor (reqwest::Client::new() + .bearer_auth() + .json::<Value>()){}{}",
        match plan["reps"].as_u64() {
            Some(reps) => format!(" — medians of {reps} repetitions"),
            None => String::new(),
        },
        if results["quick"] == true {
            " (quick: too few repetitions for the verdicts to mean much)"
        } else {
            ""
        }
    );
    let _ = writeln!(
        s,
        "machine: {} cores, load {} at the start, {} at the end; {}",
        machine["cores"],
        load_text(&machine["load_start"]),
        load_text(&machine["load_end"]),
        machine["rustc"].as_str().unwrap_or("rustc ?")
    );
    let server = &results["server"];
    if server.is_object() {
        let _ = writeln!(
            s,
            "server: {}{}",
            server["describe"].as_str().unwrap_or("?"),
            server["fallback_reason"]
                .as_str()
                .map_or(String::new(), |why| format!(" — {why}"))
        );
    }
    let f = &results["fixtures"];
    if f.is_object() {
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
    }
    let rows = results["rows"].as_array().cloned().unwrap_or_default();
    if !rows.is_empty() {
        let _ = writeln!(s);
        let _ = writeln!(
            s,
            "{:<W$} {:>10} {:>10} {:>7} {:>7}  verdict",
            "runtime (a step row: that step vs the one before it)",
            "measured",
            "against",
            "ratio",
            "CPU"
        );
        for r in &rows {
            let _ = writeln!(s, "{}", runtime_line(r, &verdict));
        }
    }
    render_memory(&mut s, &results["memory"], &verdict);
    render_fleet(&mut s, &results["fleet"]);
    render_build(&mut s, &results["build"], &verdict);
    render_depend(&mut s, &results["depend"], &verdict);
    render_growth(&mut s, &results["growth"]);
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "targets: {} PASS, {} MISS",
        all.iter().filter(|t| t.pass).count(),
        all.iter().filter(|t| !t.pass).count()
    );
    for t in &all {
        let _ = writeln!(s, "  {}  {:<72} {}", t.verdict(), t.target, t.value);
    }
    s
}

/// One runtime row: its label with the two sides it compares when they are
/// not the crate and the floor, both medians, the ratio, the ratio of the
/// client's CPU time per call (per-call rows), the verdict.
fn runtime_line(r: &Value, verdict: &dyn Fn(&str) -> String) -> String {
    let id = r["id"].as_str().unwrap_or("");
    let unit = r["unit"].as_str().unwrap_or("");
    let sides = match (r["measures"].as_str(), r["against"].as_str()) {
        (Some("crate"), Some("plain")) | (None, _) | (_, None) => String::new(),
        (Some(a), Some(b)) => format!(" ({a} vs {b})"),
    };
    let label = truncate(
        &format!("{}{sides} [{unit}]", r["label"].as_str().unwrap_or("")),
        W,
    );
    let judged = match ratio_target(id) {
        Some(_) => verdict(id),
        None => "no target".into(),
    };
    let cpu = match r["cpu"]["ratio"].as_f64() {
        Some(ratio) => format!("{ratio:.3}×"),
        None => String::new(),
    };
    format!(
        "{:<W$} {:>10} {:>10} {:>6}× {:>7}  {}",
        label,
        num(&r["crate"], 2),
        num(&r["baseline"], 2),
        num(&r["ratio"], 3),
        cpu,
        judged
    )
}

/// A fleet figure: whole numbers without decimals, others with three.
fn fleet_num(value: &Value) -> String {
    match value.as_f64() {
        Some(v) if v.fract() == 0.0 => format!("{v:.0}"),
        _ => num(value, 3),
    }
}

fn render_fleet(s: &mut String, f: &Value) {
    let Some(rows) = f["rows"].as_array() else {
        return;
    };
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "fleet: {} runs on the fake server, {} s interval, virtual time ({:.1} s real)",
        f["runs"],
        f["interval_s"],
        f["runtime_s"].as_f64().unwrap_or(0.0)
    );
    let _ = writeln!(s, "{:<W$} {:>12} {:>12}  verdict", "", "crate", "per-run");
    for r in rows {
        let label = format!(
            "{} [{}]",
            r["what"].as_str().unwrap_or(""),
            r["unit"].as_str().unwrap_or("")
        );
        let _ = writeln!(
            s,
            "{:<W$} {:>12} {:>12}  {}  {}",
            truncate(&label, W),
            fleet_num(&r["value"]),
            fleet_num(&r["baseline"]),
            r["verdict"].as_str().unwrap_or("-"),
            r["target"].as_str().unwrap_or("")
        );
    }
}

fn render_memory(s: &mut String, m: &Value, verdict: &dyn Fn(&str) -> String) {
    if !m.is_object() {
        return;
    }
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "{:<W$} {:>10} {:>10}",
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
            "floor: reqwest::Client::new() following cursors, Value pages, 10,000 runs",
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
            "{:<W$} {:>10} {:>10}  {}",
            what,
            num(&m["delta_kib"][mode], 0),
            heap.map_or("—".into(), |h| format!("{h:.0}")),
            if mode == "stream" {
                verdict("stream_memory")
            } else {
                "no target".into()
            }
        );
    }
    let _ = writeln!(
        s,
        "{:<W$} {:>10}",
        "idle client process (absolute)",
        num(&m["peak_kib"]["idle"], 0)
    );
}

fn render_build(s: &mut String, b: &Value, verdict: &dyn Fn(&str) -> String) {
    if !b.is_object() {
        return;
    }
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "{:<W$} {:>10}",
        "build of oz-agent-api (dev profile)", "seconds"
    );
    if b["clean"] == true {
        let _ = writeln!(
            s,
            "{:<W$} {:>10}  no target",
            "clean build of oz-agent-api, fresh CARGO_TARGET_DIR",
            num(&b["clean_build_s"], 1)
        );
    } else {
        let _ = writeln!(
            s,
            "{:<W$} {:>10}  no target",
            "warm build of oz-agent-api (clean build skipped)",
            num(&b["warm_build_s"], 1)
        );
    }
    let c = &b["codegen"];
    let _ = writeln!(
        s,
        "{:<W$} {:>10}  {}",
        format!(
            "codegen step (codegen.json: parse {} ms, progenitor {} ms, {} lines)",
            num(&c["parse_ms"], 0),
            num(&c["progenitor_ms"], 0),
            num(&c["lines"], 0)
        ),
        num(&json!(c["total_ms"].as_f64().map(|ms| ms / 1e3)), 2),
        verdict("codegen")
    );
    let i = &b["incremental"];
    let _ = writeln!(
        s,
        "{:<W$} {:>10}  {}",
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
        "{:<W$} {:>10}  no target",
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

fn render_depend(s: &mut String, d: &Value, verdict: &dyn Fn(&str) -> String) {
    if !d.is_object() {
        return;
    }
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "{:<W$} {:>10} {:>10} {:>7}  verdict",
        format!(
            "cost to depend: clean dev build of a new binary{}",
            if d["offline"] == true {
                " (offline)"
            } else {
                ""
            }
        ),
        "seconds",
        "crates",
        "ratio"
    );
    let _ = writeln!(
        s,
        "{:<W$} {:>10} {:>10}",
        format!(
            "  binary calling get_run through oz-agent-api (default features; CPU {} s)",
            num(&d["crate"]["cpu_s"], 0)
        ),
        num(&d["crate"]["wall_s"], 1),
        num(&d["crate"]["crates"], 0)
    );
    let _ = writeln!(
        s,
        "{:<W$} {:>10} {:>10}",
        format!(
            "  floor: reqwest (the crate's features) + serde + serde_json + tokio (CPU {} s)",
            num(&d["floor"]["cpu_s"], 0)
        ),
        num(&d["floor"]["wall_s"], 1),
        num(&d["floor"]["crates"], 0)
    );
    let _ = writeln!(
        s,
        "{:<W$} {:>10} {:>10} {:>6}×  {}",
        format!(
            "  crate ÷ floor, wall time (CPU time: {}×); fastest of {} builds each",
            num(&d["cpu_ratio"], 2),
            d["reps"].as_u64().unwrap_or(1)
        ),
        "",
        "",
        num(&d["ratio"], 2),
        verdict("depend")
    );
    let b = &d["breakdown"];
    if !b.is_object() {
        return;
    }
    let list = |g: &Value| -> String {
        let names: Vec<&str> = g["packages"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|p| p.as_str()?.split('@').next())
            .collect();
        let shown: Vec<&str> = names.iter().take(8).copied().collect();
        let more = names.len().saturating_sub(shown.len());
        if more > 0 {
            format!("{}, +{more}", shown.join(", "))
        } else {
            shown.join(", ")
        }
    };
    let _ = writeln!(
        s,
        "{:<W$} {:>10}",
        "  where the crate's units spend their time (sum of unit times, both cores)", "seconds"
    );
    let codegen_crates = b["codegen_deps"]["packages"].as_array().map_or(0, Vec::len);
    if codegen_crates > 0 {
        let _ = writeln!(
            s,
            "{:<W$} {:>10}",
            format!(
                "    {codegen_crates} crates only the codegen step needs ({})",
                list(&b["codegen_deps"])
            ),
            num(&b["codegen_deps"]["sum_s"], 1)
        );
    } else {
        let _ = writeln!(
            s,
            "    no code generator in the build (the default build copies the committed client)"
        );
    }
    let _ = writeln!(
        s,
        "{:<W$} {:>10}",
        "    oz-agent-api build script: compile",
        num(&b["oz_build_script_compile_s"], 1)
    );
    let _ = writeln!(
        s,
        "{:<W$} {:>10}",
        format!(
            "    oz-agent-api build script: run (starts at {} s)",
            num(&b["oz_codegen_run_start_s"], 1)
        ),
        num(&b["oz_codegen_run_s"], 1)
    );
    let _ = writeln!(
        s,
        "{:<W$} {:>10}",
        format!(
            "    oz-agent-api library: rustc (front end {} s, codegen {} s; starts at {} s)",
            num(&b["oz_lib_frontend_s"], 1),
            num(&b["oz_lib_codegen_s"], 1),
            num(&b["oz_lib_start_s"], 1)
        ),
        num(&b["oz_lib_s"], 1)
    );
    let _ = writeln!(
        s,
        "{:<W$} {:>10}",
        format!(
            "    {} runtime crates the floor does not build ({})",
            b["runtime_extra"]["packages"]
                .as_array()
                .map_or(0, Vec::len),
            list(&b["runtime_extra"])
        ),
        num(&b["runtime_extra"]["sum_s"], 1)
    );
    let _ = writeln!(
        s,
        "{:<W$} {:>10}",
        format!(
            "    {} units shared with the floor (the floor's own: {} s)",
            num(&b["shared_with_floor"]["units"], 0),
            num(&b["shared_with_floor"]["floor_sum_s"], 1)
        ),
        num(&b["shared_with_floor"]["sum_s"], 1)
    );
    for diff in b["shared_with_floor"]["largest_differences"]
        .as_array()
        .into_iter()
        .flatten()
        .take(3)
    {
        let features = diff["features_only_in_crate_build"]
            .as_array()
            .filter(|f| !f.is_empty())
            .map(|f| {
                let names: Vec<&str> = f.iter().filter_map(Value::as_str).collect();
                format!(", with {}", names.join(" "))
            })
            .unwrap_or_default();
        let _ = writeln!(
            s,
            "{:<W$} {:>10}",
            format!(
                "      {} {}: {} s vs the floor's {} s{features}",
                diff["package"].as_str().unwrap_or("?"),
                diff["target"].as_str().unwrap_or(""),
                num(&diff["crate_s"], 1),
                num(&diff["floor_s"], 1)
            ),
            format!("+{}", num(&diff["extra_s"], 1))
        );
    }
    let g = &d["generated"];
    if g.is_object() {
        let _ = writeln!(
            s,
            "  generated code: {} lines, {} structs, {} enums, {} impl blocks, {} fns, {} derives",
            num(&g["lines"], 0),
            num(&g["structs"], 0),
            num(&g["enums"], 0),
            num(&g["impl_blocks"], 0),
            num(&g["fns"], 0),
            num(&g["derive_total"], 0)
        );
    }
}

fn render_growth(s: &mut String, g: &Value) {
    let Some(points) = g["points"].as_array() else {
        return;
    };
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "{:<30} {:>5} {:>7} {:>11} {:>8} {:>9} {:>8} {:>8}  growth with the spec (oz-agent-api alone, deps built)",
        "spec", "ops", "schemas", "codegen ms", "lines", "script s", "lib s", "total s"
    );
    for p in points {
        let name = p["name"].as_str().unwrap_or("?");
        if p["ok"] != true {
            let error = p["error"].as_str().unwrap_or("failed");
            let first = error
                .lines()
                .find(|l| l.contains("error"))
                .or_else(|| error.lines().next())
                .unwrap_or("");
            if p["codegen_ok"] == true {
                let _ = writeln!(
                    s,
                    "{:<30} {:>5} {:>7} {:>11} {:>8}  library FAILED: {}",
                    name,
                    num(&p["operations"], 0),
                    num(&p["schemas"], 0),
                    num(&p["codegen_ms"], 0),
                    num(&p["lines"], 0),
                    truncate(first.trim(), 80)
                );
            } else {
                let _ = writeln!(
                    s,
                    "{:<30} {:>5} {:>7}  FAILED: {}",
                    name,
                    num(&p["operations"], 0),
                    num(&p["schemas"], 0),
                    truncate(first.trim(), 110)
                );
            }
            continue;
        }
        let _ = writeln!(
            s,
            "{:<30} {:>5} {:>7} {:>11} {:>8} {:>9} {:>8} {:>8}",
            name,
            num(&p["operations"], 0),
            num(&p["schemas"], 0),
            num(&p["codegen_ms"], 0),
            num(&p["lines"], 0),
            num(&p["codegen_run_s"], 1),
            num(&p["lib_s"], 1),
            num(&p["crate_build_s"], 1)
        );
    }
    let fit = &g["fit"];
    for (key, what, unit, digits) in [
        ("codegen_ms", "codegen step", "ms", 2),
        ("lines", "generated lines", "lines", 0),
        ("crate_build_s", "crate build (codegen run + lib)", "s", 3),
    ] {
        let f = &fit[key];
        if f["per_op"].is_null() {
            continue;
        }
        let _ = writeln!(
            s,
            "  fit, {what}: {} {unit} fixed + {} {unit} per operation + {} {unit} per schema ({} points)",
            num(&f["fixed"], digits),
            num(&f["per_op"], digits),
            num(&f["per_schema"], digits),
            f["points"]
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn truncates_on_characters() {
        assert_eq!(truncate("héllo", 2), "hé…");
        assert_eq!(truncate("hi", 5), "hi");
    }
}
