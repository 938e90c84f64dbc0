//! `release [--dry-run]`: pre-publication checks, and optionally a local tag.
//!
//! Checks, in order, stopping at the first failure: the git tree is clean;
//! CHANGELOG.md has an entry for the current version; the tests pass;
//! `cargo package` succeeds for the root crate; `cargo-semver-checks` agrees
//! with the version bump against the previous `v*` tag (or crates.io when
//! there is no tag). Without `--dry-run` the same checks run and then an
//! annotated tag `vX.Y.Z` is created locally; nothing is pushed or published
//! (publishing happens in `.github/workflows/release.yml` when the tag is pushed).

use std::path::Path;

use semver::Version;

use crate::changelog::has_entry;
use crate::cli::ReleaseArgs;
use crate::process::{capture, run_shell};
use crate::version::{read_package_name, read_package_version};
use crate::workspace::{default_root, doc_version_drift};
use crate::{EXIT_DRIFT, EXIT_OK};

/// Environment variable naming the cargo-semver-checks binary (default `cargo-semver-checks`).
pub const SEMVER_CHECKS_ENV: &str = "CARGO_SEMVER_CHECKS";

/// The command that installs cargo-semver-checks.
pub const SEMVER_CHECKS_INSTALL: &str = "cargo install cargo-semver-checks --locked";

/// The newest `v*` tag whose version is lower than `current`.
pub fn previous_tag(tags: &str, current: &Version) -> Option<String> {
    tags.lines()
        .filter_map(|t| {
            let t = t.trim();
            let v = Version::parse(t.strip_prefix('v')?).ok()?;
            (v < *current).then(|| (v, t.to_string()))
        })
        .max()
        .map(|(_, t)| t)
}

fn step(n: usize, what: &str) {
    eprintln!("release: [{n}/5] {what}");
}

fn fail(msg: impl AsRef<str>) -> u8 {
    eprintln!("release: FAILED: {}", msg.as_ref());
    EXIT_DRIFT
}

/// `release`.
pub fn run_release(args: &ReleaseArgs) -> u8 {
    let root = args.root.clone().unwrap_or_else(default_root);
    match checks(args, &root) {
        Err(e) => fail(e),
        Ok((name, version)) => {
            let tag = format!("v{version}");
            if args.dry_run {
                println!(
                    "release dry-run OK: {name} {version} is ready. To publish: git tag -a {tag} -m '{name} {version}' && git push origin {tag} (release.yml publishes it)."
                );
                return EXIT_OK;
            }
            let msg = format!("{name} {version}");
            match capture("git", &["tag", "-a", &tag, "-m", &msg], &root) {
                Ok((true, _)) => {
                    println!("Created tag {tag} locally. Publish with: git push origin {tag}");
                    EXIT_OK
                }
                Ok((false, _)) => fail(format!(
                    "`git tag {tag}` failed (does the tag exist already?)"
                )),
                Err(e) => fail(e),
            }
        }
    }
}

fn checks(args: &ReleaseArgs, root: &Path) -> Result<(String, Version), String> {
    step(1, "git tree is clean");
    let (ok, status) = capture("git", &["status", "--porcelain"], root)?;
    if !ok {
        return Err(format!(
            "`git status` failed in {} (not a git checkout?)",
            root.display()
        ));
    }
    if !status.trim().is_empty() {
        return Err(format!("the working tree is not clean:\n{status}"));
    }
    let manifest = std::fs::read_to_string(root.join("Cargo.toml"))
        .map_err(|e| format!("cannot read Cargo.toml: {e}"))?;
    let version = read_package_version(&manifest)?;
    let name = read_package_name(&manifest).ok_or("no `[package] name` in Cargo.toml")?;

    step(
        2,
        &format!("CHANGELOG.md has an entry for {version}, and the docs name it"),
    );
    let changelog = std::fs::read_to_string(root.join("CHANGELOG.md")).unwrap_or_default();
    if !has_entry(&changelog, &version) {
        return Err(format!(
            "CHANGELOG.md has no `## [{version}]` entry (run `cargo xtask spec update` or write one)"
        ));
    }

    let drift = doc_version_drift(root);
    if !drift.is_empty() {
        return Err(format!(
            "docs name another version than Cargo.toml (`cargo xtask spec update` keeps them in step):\n  {}",
            drift.join("\n  ")
        ));
    }

    step(3, &format!("tests pass: {}", args.test_command));
    let outcome = run_shell(&args.test_command, root)?;
    if !outcome.success {
        return Err(format!(
            "`{}` failed ({})",
            args.test_command, outcome.status
        ));
    }

    step(4, &format!("cargo package -p {name}"));
    let outcome = run_shell(&format!("cargo package -p {name}"), root)?;
    if !outcome.success {
        return Err(format!(
            "`cargo package -p {name}` failed ({})",
            outcome.status
        ));
    }

    step(5, "cargo-semver-checks agrees with the version bump");
    if args.first_release {
        eprintln!(
            "release: first release (--first-release): no baseline, semver check not applicable"
        );
        return Ok((name, version));
    }
    let program =
        std::env::var(SEMVER_CHECKS_ENV).unwrap_or_else(|_| "cargo-semver-checks".to_string());
    match capture(&program, &["semver-checks", "--version"], root) {
        Ok((true, _)) => {}
        _ => {
            return Err(format!(
                "cargo-semver-checks is not installed (looked for `{program}`). Install it with: {SEMVER_CHECKS_INSTALL}"
            ))
        }
    }
    let baseline = match &args.baseline_rev {
        Some(r) => Some(r.clone()),
        None => {
            let (_, tags) = capture("git", &["tag", "--list", "v*"], root)?;
            previous_tag(&tags, &version)
        }
    };
    let mut cmd = format!("'{program}' semver-checks --package {name}");
    match &baseline {
        Some(rev) => {
            eprintln!("release: baseline: git revision {rev}");
            cmd.push_str(&format!(" --baseline-rev {rev}"));
        }
        None => eprintln!(
            "release: baseline: the latest {name} release on crates.io (no earlier v* tag)"
        ),
    }
    let outcome = run_shell(&cmd, root)?;
    if !outcome.success {
        return Err(format!(
            "cargo-semver-checks found changes that need a bigger version bump than {version} ({})",
            outcome.status
        ));
    }
    Ok((name, version))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn previous_tag_picks_the_newest_older_version() {
        let tags = "v0.1.0\nv0.2.0\nv0.10.0\nvjunk\nv0.3.0-rc.1\n";
        assert_eq!(
            previous_tag(tags, &Version::new(0, 10, 0)).as_deref(),
            Some("v0.3.0-rc.1")
        );
        assert_eq!(
            previous_tag(tags, &Version::new(0, 2, 0)).as_deref(),
            Some("v0.1.0")
        );
        assert_eq!(previous_tag(tags, &Version::new(0, 1, 0)), None);
    }
}
