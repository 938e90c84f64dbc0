//! Per-unit build times from `cargo build --timings`.
//!
//! Stable cargo writes the timings only as HTML
//! (`$CARGO_TARGET_DIR/cargo-timings/cargo-timing.html`; the JSON output is
//! unstable), but the HTML embeds every unit as a JSON array,
//! `const UNIT_DATA = [...]`, which is read here.

use std::path::Path;

use serde::Serialize;
use serde_json::Value;

/// One unit of work cargo ran: compiling a target, or running a build script.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Unit {
    /// Index in the report.
    pub index: usize,
    /// Indices of the units that could start once this one finished (or,
    /// for `unblocked_rmeta`, once its metadata was ready).
    pub unblocked: Vec<usize>,
    /// Indices of the units unblocked by this one's metadata (pipelining).
    pub unblocked_rmeta: Vec<usize>,
    /// Package name.
    pub name: String,
    /// Package version.
    pub version: String,
    /// `todo` (compile) or `run-custom-build` (running a build script).
    pub mode: String,
    /// Target description as cargo prints it (`""` for a library,
    /// `" build-script"`, `" oz-depend \"bin\""`, …).
    pub target: String,
    /// Seconds from the start of the build.
    pub start: f64,
    /// Seconds the unit took.
    pub duration: f64,
    /// Seconds of the front end (parsing, type checking, metadata), when cargo
    /// reports sections (pipelined library builds).
    pub frontend: Option<f64>,
    /// Seconds of code generation (LLVM, linking), when cargo reports sections.
    pub codegen: Option<f64>,
    /// The package features the unit was built with.
    pub features: Vec<String>,
}

impl Unit {
    /// True for the run of a build script (as opposed to compiling something).
    pub fn is_build_script_run(&self) -> bool {
        self.mode == "run-custom-build"
    }

    /// True for the compilation of a build script.
    pub fn is_build_script_compile(&self) -> bool {
        !self.is_build_script_run() && self.target.contains("build-script")
    }

    /// `name@version`.
    pub fn package(&self) -> String {
        format!("{}@{}", self.name, self.version)
    }

    /// What the unit is, across builds: package, target and mode.
    pub fn key(&self) -> (String, &str, &str) {
        (self.package(), self.target.trim(), self.mode.as_str())
    }
}

/// The units in the text of a cargo timing report.
pub fn parse_html(html: &str) -> Result<Vec<Unit>, String> {
    const MARKER: &str = "const UNIT_DATA = ";
    let at = html
        .find(MARKER)
        .ok_or("no UNIT_DATA in the cargo timing report")?;
    let rest = &html[at + MARKER.len()..];
    let data: Value = serde_json::Deserializer::from_str(rest)
        .into_iter::<Value>()
        .next()
        .ok_or("UNIT_DATA is empty")?
        .map_err(|e| format!("UNIT_DATA is not JSON: {e}"))?;
    let units = data.as_array().ok_or("UNIT_DATA is not an array")?;
    units
        .iter()
        .map(|u| {
            let text = |key: &str| u[key].as_str().unwrap_or("").to_owned();
            let section = |name: &str| -> Option<f64> {
                u["sections"].as_array()?.iter().find_map(|s| {
                    let s = s.as_array()?;
                    (s.first()?.as_str()? == name)
                        .then(|| Some(s.get(1)?["end"].as_f64()? - s.get(1)?["start"].as_f64()?))
                        .flatten()
                })
            };
            let indices = |key: &str| -> Vec<usize> {
                u[key]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|i| i.as_u64().map(|i| i as usize))
                    .collect()
            };
            Ok(Unit {
                index: u["i"].as_u64().unwrap_or(0) as usize,
                unblocked: indices("unblocked_units"),
                unblocked_rmeta: indices("unblocked_rmeta_units"),
                name: text("name"),
                version: text("version"),
                mode: text("mode"),
                target: text("target"),
                start: u["start"].as_f64().unwrap_or(0.0),
                duration: u["duration"]
                    .as_f64()
                    .ok_or_else(|| format!("unit {} has no duration", text("name")))?,
                frontend: section("frontend"),
                codegen: section("codegen"),
                features: u["features"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|f| f.as_str().map(str::to_owned))
                    .collect(),
            })
        })
        .collect()
}

/// The chain of units that decided when the build ended: from the unit that
/// finished last, back through the unit that unblocked it last, to the start.
pub fn critical_path(units: &[Unit]) -> Vec<&Unit> {
    let end = |u: &Unit| u.start + u.duration;
    let mut path = Vec::new();
    let mut current = units.iter().max_by(|a, b| end(a).total_cmp(&end(b)));
    while let Some(unit) = current {
        path.push(unit);
        if path.len() > units.len() {
            break;
        }
        // What unblocked it: a unit listing it, whose end (or metadata) came last.
        current = units
            .iter()
            .filter(|u| {
                u.unblocked.contains(&unit.index) || u.unblocked_rmeta.contains(&unit.index)
            })
            .max_by(|a, b| {
                let at = |u: &Unit| {
                    if u.unblocked.contains(&unit.index) {
                        end(u)
                    } else {
                        u.start + u.frontend.unwrap_or(u.duration)
                    }
                };
                at(a).total_cmp(&at(b))
            });
    }
    path.reverse();
    path
}

/// The units of the last `cargo build --timings` in `target_dir`.
pub fn read(target_dir: &Path) -> Result<Vec<Unit>, String> {
    let path = target_dir.join("cargo-timings").join("cargo-timing.html");
    let html = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse_html(&html)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_units_and_sections() {
        let html = r#"<script>
const UNIT_DATA = [
  {"i": 0, "name": "itoa", "version": "1.0.19", "mode": "todo", "target": "", "features": ["std"],
   "start": 0.19, "duration": 0.3, "unblocked_units": [1], "unblocked_rmeta_units": [],
   "sections": [["frontend", {"start": 0.0, "end": 0.19}], ["codegen", {"start": 0.19, "end": 0.3}]]},
  {"i": 1, "name": "t1", "version": "0.1.0", "mode": "run-custom-build", "target": " build-script",
   "features": [], "start": 0.49, "duration": 0.19, "unblocked_units": [], "unblocked_rmeta_units": [],
   "sections": null}
];
const CONCURRENCY_DATA = [];
</script>"#;
        let units = parse_html(html).unwrap();
        assert_eq!(units.len(), 2);
        assert_eq!(units[0].package(), "itoa@1.0.19");
        assert_eq!(units[0].features, ["std"]);
        assert!((units[0].frontend.unwrap() - 0.19).abs() < 1e-9);
        assert!((units[0].codegen.unwrap() - 0.11).abs() < 1e-9);
        assert!(units[1].is_build_script_run());
        assert!(!units[1].is_build_script_compile());
        assert_eq!(units[1].frontend, None);
        assert!(parse_html("<html></html>").is_err());
        let path = critical_path(&units);
        assert_eq!(path.len(), 2);
        assert_eq!(path[0].name, "itoa");
        assert_eq!(path[1].name, "t1");
    }
}
