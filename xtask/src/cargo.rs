//! Running cargo and reading what it reports (`--message-format=json`):
//! for `codegen` (which builds the generator) and for the bench's build
//! measurements.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use serde_json::Value;

/// What one cargo command did.
pub struct Run {
    /// Exit status 0.
    pub ok: bool,
    /// The JSON messages it printed on stdout (`--message-format=json…`).
    pub messages: Vec<Value>,
    /// Its stderr.
    pub stderr: String,
    /// Wall time, seconds.
    pub secs: f64,
    /// CPU time (user + system) of cargo and everything it ran, seconds
    /// (`None` where `/proc/self/stat` is not there). Less sensitive than
    /// wall time to other work on the machine.
    pub cpu_s: Option<f64>,
}

impl Run {
    /// Distinct packages cargo compiled something of (what its `Compiling …`
    /// lines count).
    pub fn packages_compiled(&self) -> usize {
        let mut ids: Vec<&str> = self
            .messages
            .iter()
            .filter(|m| m["reason"] == "compiler-artifact")
            .filter_map(|m| m["package_id"].as_str())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids.len()
    }

    /// `name@version` of every package compiled.
    pub fn package_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .messages
            .iter()
            .filter(|m| m["reason"] == "compiler-artifact")
            .filter_map(|m| m["package_id"].as_str())
            .filter_map(package_name)
            .collect();
        names.sort();
        names.dedup();
        names
    }

    /// The `out_dir` of the build script of package `name`.
    pub fn out_dir(&self, name: &str) -> Option<std::path::PathBuf> {
        self.messages
            .iter()
            .filter(|m| m["reason"] == "build-script-executed")
            .filter(|m| {
                m["package_id"]
                    .as_str()
                    .and_then(package_name)
                    .is_some_and(|p| p.split('@').next() == Some(name))
            })
            .find_map(|m| m["out_dir"].as_str())
            .map(std::path::PathBuf::from)
    }

    /// The rendered compiler errors (or the tail of stderr), for a failure report.
    pub fn errors(&self, max_lines: usize) -> String {
        let rendered: Vec<&str> = self
            .messages
            .iter()
            .filter(|m| m["reason"] == "compiler-message" && m["message"]["level"] == "error")
            .filter_map(|m| m["message"]["rendered"].as_str())
            .collect();
        let text = if rendered.is_empty() {
            self.stderr
                .lines()
                .filter(|l| !l.trim_start().starts_with("Compiling"))
                .collect::<Vec<_>>()
                .join("\n")
        } else {
            rendered.join("\n")
        };
        let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        lines[..lines.len().min(max_lines)].join("\n")
    }
}

/// `name@version` from a package id, old (`name version (source)`) or new
/// (`source#name@version`, `path+file:///…/dir#version` for a path package
/// whose name is the directory's) format.
pub fn package_name(id: &str) -> Option<String> {
    if let Some((name, rest)) = id.split_once(' ') {
        let version = rest.split(' ').next()?;
        return Some(format!("{name}@{version}"));
    }
    let (source, fragment) = id.rsplit_once('#')?;
    if fragment.contains('@') {
        return Some(fragment.to_owned());
    }
    let dir = source.trim_end_matches('/').rsplit('/').next()?;
    Some(format!("{dir}@{fragment}"))
}

/// Runs `cargo ARGS` in `dir`; `target_dir` sets `CARGO_TARGET_DIR`, `env`
/// sets (`Some`) or removes (`None`) variables. Stderr is echoed when `echo`.
pub fn run(
    dir: &Path,
    args: &[&str],
    target_dir: Option<&Path>,
    env: &[(&str, Option<&str>)],
    echo: bool,
) -> Result<Run, String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(target_dir) = target_dir {
        command.env("CARGO_TARGET_DIR", target_dir);
    }
    for (name, value) in env {
        match value {
            Some(value) => command.env(name, value),
            None => command.env_remove(name),
        };
    }
    let started = Instant::now();
    let cpu_before = children_cpu_s();
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
    let secs = started.elapsed().as_secs_f64();
    let cpu_s = children_cpu_s()
        .zip(cpu_before)
        .map(|(after, before)| after - before);
    Ok(Run {
        ok: status.success(),
        messages,
        stderr,
        secs,
        cpu_s,
    })
}

/// User + system time of this process's waited-for children (and theirs),
/// seconds: `cutime` + `cstime` of `/proc/self/stat`, in clock ticks of
/// 1/100 s (the kernel's `USER_HZ` on every Linux platform Rust supports).
fn children_cpu_s() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name, which is in parentheses and may hold spaces.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    // cutime and cstime are fields 16 and 17 of the whole line; the first
    // field after the name is field 3.
    let ticks = |n: usize| fields.get(n - 3)?.parse::<f64>().ok();
    Some((ticks(16)? + ticks(17)?) / 100.0)
}

/// Environment for a clean-build measurement: no compiler wrapper (a cache
/// like sccache would turn a clean build into a download).
pub const NO_WRAPPER: [(&str, Option<&str>); 2] =
    [("RUSTC_WRAPPER", None), ("CARGO_BUILD_RUSTC_WRAPPER", None)];

/// The host triple (`rustc -vV`).
pub fn host_triple() -> Option<String> {
    let out = Command::new("rustc").arg("-vV").output().ok()?;
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("host: "))
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::package_name;

    #[test]
    fn children_cpu_time_is_readable_and_grows() {
        let before = super::children_cpu_s().unwrap();
        let spin = std::process::Command::new("sh")
            .args(["-c", "i=0; while [ $i -lt 200000 ]; do i=$((i+1)); done"])
            .status()
            .unwrap();
        assert!(spin.success());
        assert!(super::children_cpu_s().unwrap() > before);
    }

    #[test]
    fn package_names_from_ids() {
        assert_eq!(
            package_name("registry+https://github.com/rust-lang/crates.io-index#serde@1.0.228")
                .as_deref(),
            Some("serde@1.0.228")
        );
        assert_eq!(
            package_name("path+file:///work/wt-bench#oz-agent-api@0.1.0").as_deref(),
            Some("oz-agent-api@0.1.0")
        );
        assert_eq!(
            package_name("path+file:///tmp/x/oz-depend#0.0.0").as_deref(),
            Some("oz-depend@0.0.0")
        );
        assert_eq!(
            package_name("serde 1.0.228 (registry+https://github.com/rust-lang/crates.io-index)")
                .as_deref(),
            Some("serde@1.0.228")
        );
    }
}
