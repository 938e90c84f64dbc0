//! Running shell commands while streaming and scanning their output.

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::thread;

/// What a command did.
#[derive(Debug)]
pub struct Outcome {
    /// True if it exited with status 0.
    pub success: bool,
    /// Its exit status, for messages.
    pub status: String,
    /// Lines reporting spec patches that no longer apply (from build.rs
    /// `cargo:warning=` output, as cargo prints it).
    pub stale_patches: Vec<String>,
    /// Compile errors, one per line as `path:line:col: error[…]: message`
    /// (rustc's `error` line and the `-->` location after it).
    pub compile_errors: Vec<String>,
    /// What the generator's general rules said about the spec (build.rs
    /// `cargo:warning=spec: …`: an operation without an operationId, a
    /// cookie parameter the client leaves out, …).
    pub spec_warnings: Vec<String>,
}

/// True for a build-script warning about the spec (`spec: …`).
pub fn is_spec_warning_line(line: &str) -> bool {
    warning_text(line).starts_with("spec: ")
}

fn warning_text(line: &str) -> String {
    let line = line
        .trim()
        .trim_start_matches("cargo:warning=")
        .trim_start_matches("warning: ");
    // cargo prefixes build-script warnings with the package: "oz-agent-api@0.1.0: …"
    match line.split_once(": ") {
        Some((package, rest)) if package.contains('@') && !package.contains(' ') => {
            rest.to_string()
        }
        _ => line.to_string(),
    }
}

/// True for a build-script warning saying a spec patch no longer applies.
pub fn is_stale_patch_line(line: &str) -> bool {
    let l = line.to_ascii_lowercase();
    l.contains("patch") && l.contains("no longer applies")
}

fn pump(stream: impl Read + Send + 'static, tx: mpsc::Sender<String>) -> thread::JoinHandle<()> {
    thread::spawn(move || {
        for line in BufReader::new(stream).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    })
}

/// Runs `command` with `sh -c` in `dir`. Its stdout and stderr are copied to
/// our stderr (keeping our stdout for reports) and scanned for stale-patch warnings.
pub fn run_shell(command: &str, dir: &Path) -> Result<Outcome, String> {
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(command)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run `{command}`: {e}"))?;
    let (tx, rx) = mpsc::channel();
    let mut pumps = Vec::new();
    if let Some(out) = child.stdout.take() {
        pumps.push(pump(out, tx.clone()));
    }
    if let Some(err) = child.stderr.take() {
        pumps.push(pump(err, tx.clone()));
    }
    drop(tx);
    let mut stale = Vec::new();
    let mut omitted = Vec::new();
    let mut compile_errors = Vec::new();
    let mut last_error: Option<String> = None;
    for line in rx {
        if let Some(location) = line.trim_start().strip_prefix("--> ") {
            if let Some(error) = last_error.take() {
                let entry = format!("{}: {error}", location.trim());
                if !compile_errors.contains(&entry) {
                    compile_errors.push(entry);
                }
            }
        } else if line.starts_with("error[")
            || (line.starts_with("error: ")
                && !line.starts_with("error: could not compile")
                && !line.starts_with("error: aborting"))
        {
            last_error = Some(line.trim().to_string());
        }
        if is_spec_warning_line(&line) {
            let clean = warning_text(&line);
            if !omitted.contains(&clean) {
                omitted.push(clean);
            }
        }
        eprintln!("{line}");
        if is_stale_patch_line(&line) {
            let clean = line
                .trim()
                .trim_start_matches("cargo:warning=")
                .trim_start_matches("warning: ")
                .to_string();
            if !stale.contains(&clean) {
                stale.push(clean);
            }
        }
    }
    for p in pumps {
        let _ = p.join();
    }
    let status = child
        .wait()
        .map_err(|e| format!("waiting for `{command}` failed: {e}"))?;
    Ok(Outcome {
        success: status.success(),
        status: status.to_string(),
        stale_patches: stale,
        spec_warnings: omitted,
        compile_errors,
    })
}

/// Runs a program (no shell) in `dir` and captures its stdout; stderr is passed through.
pub fn capture(program: &str, args: &[&str], dir: &Path) -> Result<(bool, String), String> {
    let out = Command::new(program)
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot run `{program}`: {e}"))?;
    Ok((
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognizes_cargo_build_script_warnings() {
        assert!(is_stale_patch_line(
            "warning: oz-agent-api@0.1.0: spec patch `dedupe_list_agents_operation_id` no longer applies: no duplicate"
        ));
        assert!(is_stale_patch_line(
            "cargo:warning=spec patch `x` no longer applies"
        ));
        assert!(!is_stale_patch_line("warning: unused variable"));
    }

    #[test]
    fn run_shell_reports_status_and_stale_patches() {
        let dir = std::env::temp_dir();
        let ok = run_shell(
            "echo 'warning: spec patch `p` no longer applies: gone' >&2",
            &dir,
        )
        .unwrap();
        assert!(ok.success);
        assert_eq!(ok.stale_patches, ["spec patch `p` no longer applies: gone"]);
        let bad = run_shell("exit 7", &dir).unwrap();
        assert!(!bad.success);
    }

    #[test]
    fn run_shell_reports_where_code_no_longer_compiles() {
        let dir = std::env::temp_dir();
        let out = run_shell(
            "printf 'error[E0609]: no field `memory_stores` on type `AgentResponse`\\n   --> src/lib.rs:12:9\\n    |\\nerror: could not compile `x`\\n' >&2; exit 101",
            &dir,
        )
        .unwrap();
        assert!(!out.success);
        assert_eq!(
            out.compile_errors,
            ["src/lib.rs:12:9: error[E0609]: no field `memory_stores` on type `AgentResponse`"]
        );
    }

    #[test]
    fn run_shell_reports_what_the_generator_said_about_the_spec() {
        let dir = std::env::temp_dir();
        let out = run_shell(
            "echo 'warning: oz-agent-api@0.2.0: spec: GET /items (listItems): optional cookie parameter `session` left out (the client sends no cookies)' >&2",
            &dir,
        )
        .unwrap();
        assert_eq!(
            out.spec_warnings,
            ["spec: GET /items (listItems): optional cookie parameter `session` left out (the client sends no cookies)"]
        );
        assert!(out.stale_patches.is_empty());
    }
}
