//! Cost as the spec grows: the codegen step and the crate's own build for
//! several specs — the vendored one (D), a newer published one (G by
//! default), and synthetic ones made from it ([`super::synth`]): N times
//! its size, and its schemas N times over with its operations once — with
//! a linear fit of the costs per operation and per schema. (D, G and N×G
//! alone cannot separate the two: from D to G both change little, and N×G
//! multiplies both together; the schemas-only point breaks the tie.)
//!
//! Each point builds `oz-agent-api` alone (`cargo clean -p oz-agent-api`,
//! then `cargo build -p oz-agent-api` with `OZ_AGENT_API_SPEC` set and
//! `CARGO_INCREMENTAL=0`) in a target directory whose dependencies are
//! already built, so the time is the build script's compile, the codegen
//! run and the library's compile. A spec that does not generate or compile
//! is a failed point with the compiler's first errors, not a failed bench.

use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use super::cargo::{self, NO_WRAPPER};
use super::synth;
use super::timings;

/// One spec to measure.
#[derive(Debug, Clone)]
pub struct Spec {
    /// Short name (`D`, `G`, `4×G`).
    pub name: String,
    /// The file.
    pub path: PathBuf,
    /// When synthetic: the base's name, the factor, and whether only the
    /// schemas are multiplied.
    pub synthetic: Option<(String, usize, bool)>,
}

/// The short name of a spec file: `G` for `G-docs-0041a6c.yaml`, else the stem.
pub fn short_name(path: &Path) -> String {
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("spec")
        .to_owned();
    match stem.split_once('-') {
        Some((letter, _)) if letter.len() == 1 => letter.to_owned(),
        _ => stem,
    }
}

/// Reads a YAML or JSON spec into a JSON value (checked: OpenAPI 3.0, local
/// references resolve).
pub fn load(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    crate::spec::parse_spec(&text, &path.display().to_string())
        .map(|spec| spec.doc)
        .map_err(|e| format!("{}: {e}", path.display()))
}

/// Writes `base` × `factor` to `dir` (only its schemas multiplied when
/// `schemas_only`); returns the file.
pub fn write_synthetic(
    base: &Path,
    factor: usize,
    schemas_only: bool,
    dir: &Path,
) -> Result<PathBuf, String> {
    let spec = load(base)?;
    let big = if schemas_only {
        synth::multiply_schemas(&spec, factor)?
    } else {
        synth::multiply(&spec, factor)?
    };
    let dangling = synth::dangling_refs(&big);
    if !dangling.is_empty() {
        return Err(format!(
            "the synthetic spec has dangling references: {dangling:?}"
        ));
    }
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let path = dir.join(format!(
        "{}-x{factor}{}.json",
        base.file_stem().and_then(|s| s.to_str()).unwrap_or("spec"),
        if schemas_only { "-schemas" } else { "" }
    ));
    let text = serde_json::to_string_pretty(&big).map_err(|e| e.to_string())?;
    std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path)
}

/// The specs of a growth series: D, the extra ones, the base, the base's
/// schemas × factor (operations once), base × factor.
pub fn series(
    root: &Path,
    dir: &Path,
    base: &Path,
    factor: usize,
    extra: &[PathBuf],
) -> Result<Vec<Spec>, String> {
    let mut specs = vec![Spec {
        name: "D".into(),
        path: root.join(super::GROWTH_FIRST),
        synthetic: None,
    }];
    for path in extra.iter().chain(std::iter::once(&base.to_path_buf())) {
        specs.push(Spec {
            name: short_name(path),
            path: path.clone(),
            synthetic: None,
        });
    }
    if factor > 1 {
        let name = short_name(base);
        specs.push(Spec {
            name: format!("{name} + {factor}× its schemas"),
            path: write_synthetic(base, factor, true, dir)?,
            synthetic: Some((name.clone(), factor, true)),
        });
        specs.push(Spec {
            name: format!("{factor}×{name}"),
            path: write_synthetic(base, factor, false, dir)?,
            synthetic: Some((name, factor, false)),
        });
    }
    Ok(specs)
}

/// Builds the crate from one spec in `target_dir` (dependencies built).
fn point(root: &Path, target_dir: &Path, spec: &Spec) -> Value {
    let (ops, schemas, bytes) = match load(&spec.path) {
        Ok(v) => {
            let (ops, schemas) = synth::size(&v);
            let bytes = std::fs::metadata(&spec.path).map_or(0, |m| m.len());
            (ops, schemas, bytes)
        }
        Err(e) => return json!({ "name": spec.name, "ok": false, "error": e }),
    };
    let base = json!({
        "name": spec.name,
        "spec": spec.path,
        "synthetic": spec.synthetic.as_ref().map(|(b, f, schemas_only)| {
            json!({ "base": b, "factor": f, "schemas_only": schemas_only })
        }),
        "operations": ops,
        "schemas": schemas,
        "spec_bytes": bytes,
    });
    let fail = |error: String| {
        let mut v = base.clone();
        v["ok"] = json!(false);
        v["error"] = json!(error);
        v
    };
    eprintln!(
        "-- growth: oz-agent-api from {} ({} ops, {} schemas)",
        spec.name, ops, schemas
    );
    let path = match spec.path.canonicalize() {
        Ok(p) => p.display().to_string(),
        Err(e) => return fail(format!("{}: {e}", spec.path.display())),
    };
    let clean = cargo::run(
        root,
        &["clean", "-p", "oz-agent-api"],
        Some(target_dir),
        &[],
        false,
    );
    if let Err(e) = clean {
        return fail(e);
    }
    let mut env: Vec<(&str, Option<&str>)> = NO_WRAPPER.to_vec();
    env.push(("OZ_AGENT_API_SPEC", Some(&path)));
    env.push(("CARGO_INCREMENTAL", Some("0")));
    let run = match cargo::run(
        root,
        &[
            "build",
            "-p",
            "oz-agent-api",
            // A spec other than the vendored one is generated at build time.
            "--features",
            "codegen",
            "--timings",
            "--message-format=json-render-diagnostics",
        ],
        Some(target_dir),
        &env,
        false,
    ) {
        Ok(run) => run,
        Err(e) => return fail(e),
    };
    let codegen = run
        .out_dir("oz-agent-api")
        .and_then(|out| std::fs::read_to_string(out.join("codegen.json")).ok())
        .and_then(|t| serde_json::from_str::<Value>(&t).ok())
        .unwrap_or(Value::Null);
    if !run.ok {
        // The codegen step may have run and the library failed (the
        // hand-written layer names what an older spec lacks): its figures
        // still count for the codegen and lines fits.
        let mut v = fail(run.errors(12));
        if codegen.is_object() {
            v["codegen_ok"] = json!(true);
            v["codegen_ms"] = codegen["total_ms"].clone();
            v["progenitor_ms"] = codegen["progenitor_ms"].clone();
            v["lines"] = codegen["lines"].clone();
            v["codegen"] = codegen;
        }
        return v;
    }
    let units = match timings::read(target_dir) {
        Ok(u) => u,
        Err(e) => return fail(e),
    };
    let own: Vec<&timings::Unit> = units.iter().filter(|u| u.name == "oz-agent-api").collect();
    let script_compile: f64 = own
        .iter()
        .filter(|u| u.is_build_script_compile())
        .map(|u| u.duration)
        .sum();
    let script_run: f64 = own
        .iter()
        .filter(|u| u.is_build_script_run())
        .map(|u| u.duration)
        .sum();
    let lib = own
        .iter()
        .find(|u| !u.is_build_script_compile() && !u.is_build_script_run());
    let mut v = base;
    v["ok"] = json!(true);
    v["wall_s"] = json!(run.secs);
    v["cpu_s"] = json!(run.cpu_s);
    v["build_script_compile_s"] = json!(script_compile);
    v["codegen_run_s"] = json!(script_run);
    v["lib_s"] = json!(lib.map(|u| u.duration));
    v["lib_frontend_s"] = json!(lib.and_then(|u| u.frontend));
    v["lib_codegen_s"] = json!(lib.and_then(|u| u.codegen));
    v["crate_build_s"] = json!(script_run + lib.map_or(0.0, |u| u.duration));
    v["codegen_ms"] = codegen["total_ms"].clone();
    v["progenitor_ms"] = codegen["progenitor_ms"].clone();
    v["lines"] = codegen["lines"].clone();
    v["codegen"] = codegen;
    v
}

/// Least squares `y = fixed + per_op × ops + per_schema × schemas` over the
/// points; with fewer than three usable points (or no spread in them), only
/// `y = fixed + per_op × ops`, marked as such.
pub fn fit(points: &[(f64, f64, f64)]) -> Value {
    let n = points.len() as f64;
    if points.len() >= 3 {
        // Normal equations for [1, ops, schemas].
        let mut a = [[0.0f64; 3]; 3];
        let mut b = [0.0f64; 3];
        for &(ops, schemas, y) in points {
            let x = [1.0, ops, schemas];
            for i in 0..3 {
                for j in 0..3 {
                    a[i][j] += x[i] * x[j];
                }
                b[i] += x[i] * y;
            }
        }
        if let Some([fixed, per_op, per_schema]) = solve3(a, b) {
            let residual = points
                .iter()
                .map(|&(o, s, y)| {
                    (fixed + per_op * o + per_schema * s - y).abs() / y.abs().max(1e-9)
                })
                .fold(0.0, f64::max);
            return json!({
                "model": "fixed + per_op × operations + per_schema × schemas",
                "points": points.len(),
                "fixed": fixed, "per_op": per_op, "per_schema": per_schema,
                "max_relative_residual": residual,
            });
        }
    }
    if points.len() >= 2 {
        let mx = points.iter().map(|p| p.0).sum::<f64>() / n;
        let my = points.iter().map(|p| p.2).sum::<f64>() / n;
        let sxx: f64 = points.iter().map(|p| (p.0 - mx).powi(2)).sum();
        let sxy: f64 = points.iter().map(|p| (p.0 - mx) * (p.2 - my)).sum();
        if sxx > 0.0 {
            let per_op = sxy / sxx;
            return json!({
                "model": "fixed + per_op × operations (schemas not separable with these points)",
                "points": points.len(),
                "fixed": my - per_op * mx, "per_op": per_op, "per_schema": null,
            });
        }
    }
    json!({ "model": "none: fewer than two usable points", "points": points.len() })
}

fn solve3(mut a: [[f64; 3]; 3], mut b: [f64; 3]) -> Option<[f64; 3]> {
    for col in 0..3 {
        let pivot = (col..3).max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))?;
        if a[pivot][col].abs() < 1e-9 {
            return None;
        }
        a.swap(col, pivot);
        b.swap(col, pivot);
        let pivot_row = a[col];
        for row in 0..3 {
            if row != col {
                let f = a[row][col] / pivot_row[col];
                for (value, pivot) in a[row].iter_mut().zip(pivot_row).skip(col) {
                    *value -= f * pivot;
                }
                b[row] -= f * b[col];
            }
        }
    }
    Some([b[0] / a[0][0], b[1] / a[1][1], b[2] / a[2][2]])
}

/// The fits of every measured quantity over the successful points.
pub fn fits(points: &[Value]) -> Value {
    let mut out = serde_json::Map::new();
    for key in [
        "codegen_ms",
        "lines",
        "codegen_run_s",
        "lib_s",
        "crate_build_s",
    ] {
        // The codegen figures of a point whose library failed still count.
        let codegen_only = matches!(key, "codegen_ms" | "lines");
        let data: Vec<(f64, f64, f64)> = points
            .iter()
            .filter(|p| p["ok"] == true || (codegen_only && p["codegen_ok"] == true))
            .filter_map(|p| {
                Some((
                    p["operations"].as_f64()?,
                    p["schemas"].as_f64()?,
                    p[key].as_f64()?,
                ))
            })
            .collect();
        out.insert(key.to_owned(), fit(&data));
    }
    Value::Object(out)
}

/// Measures the series in `target_dir` (whose dependencies a build of the
/// crate has compiled already, or will on the first point).
pub fn measure(root: &Path, target_dir: &Path, specs: &[Spec]) -> Value {
    // Make sure the dependencies are built, so no point pays for them.
    let warm = cargo::run(
        root,
        &["build", "-p", "oz-agent-api"],
        Some(target_dir),
        &NO_WRAPPER,
        false,
    );
    let warm_error = match warm {
        Ok(run) if run.ok => None,
        Ok(run) => Some(run.errors(12)),
        Err(e) => Some(e),
    };
    let points: Vec<Value> = specs.iter().map(|s| point(root, target_dir, s)).collect();
    json!({
        "target_dir": target_dir,
        "warm_build_error": warm_error,
        "points": points,
        "fit": fits(&points),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fits_an_exact_plane() {
        let points: Vec<(f64, f64, f64)> = [(28.0, 85.0), (31.0, 104.0), (124.0, 416.0)]
            .iter()
            .map(|&(o, s)| (o, s, 5.0 + 0.5 * o + 0.1 * s))
            .collect();
        let f = fit(&points);
        assert!((f["fixed"].as_f64().unwrap() - 5.0).abs() < 1e-6, "{f}");
        assert!((f["per_op"].as_f64().unwrap() - 0.5).abs() < 1e-6, "{f}");
        assert!(
            (f["per_schema"].as_f64().unwrap() - 0.1).abs() < 1e-6,
            "{f}"
        );
    }

    #[test]
    fn two_points_fit_operations_only() {
        let f = fit(&[(28.0, 85.0, 10.0), (30.0, 104.0, 11.0)]);
        assert!((f["per_op"].as_f64().unwrap() - 0.5).abs() < 1e-9);
        assert!(f["per_schema"].is_null());
        assert!(fit(&[(1.0, 1.0, 1.0)])["per_op"].is_null());
    }

    #[test]
    fn short_names() {
        assert_eq!(
            short_name(Path::new("openapi/history/G-docs-0041a6c.yaml")),
            "G"
        );
        assert_eq!(short_name(Path::new("/x/oz-agent-api.yml")), "oz-agent-api");
    }
}
