//! `release --dry-run` on a tiny git repository with a dependency-free crate.

mod common;

use std::path::Path;
use std::process::Command;

use common::*;

fn git(dir: &Path, args: &[&str]) {
    let ok = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@example.com")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@example.com")
        .output()
        .unwrap()
        .status
        .success();
    assert!(ok, "git {args:?}");
}

/// A committed crate at version 0.2.0 with a v0.1.0 tag and a changelog entry.
fn repo(changelog: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::create_dir_all(p.join("src")).unwrap();
    std::fs::write(p.join("src/lib.rs"), "//! Tiny.\n").unwrap();
    std::fs::write(p.join(".gitignore"), "/target\n").unwrap();
    std::fs::write(
        p.join("Cargo.toml"),
        "[package]\nname = \"tiny-release-fixture\"\nversion = \"0.1.0\"\nedition = \"2021\"\nlicense = \"MIT\"\ndescription = \"test\"\n\n[workspace]\n",
    )
    .unwrap();
    std::fs::write(p.join("CHANGELOG.md"), changelog).unwrap();
    git(p, &["init", "-q"]);
    git(p, &["add", "-A"]);
    git(p, &["commit", "-qm", "v0.1.0"]);
    git(p, &["tag", "v0.1.0"]);
    let m = std::fs::read_to_string(p.join("Cargo.toml")).unwrap();
    std::fs::write(p.join("Cargo.toml"), m.replace("0.1.0", "0.2.0")).unwrap();
    // Generate the lock file so `cargo package` leaves the tree clean.
    let _ = Command::new("cargo")
        .args(["generate-lockfile", "--offline"])
        .current_dir(p)
        .output();
    git(p, &["add", "-A"]);
    git(p, &["commit", "-qm", "v0.2.0"]);
    dir
}

const LOG: &str = "# Changelog\n\n## [0.2.0] - 2026-02-03\n\n- Stuff.\n\n## [0.1.0] - 2026-01-01\n";

fn release(root: &Path, extra: &[&str], semver_checks: &str) -> std::process::Output {
    let mut args = vec![
        "release",
        "--root",
        root.to_str().unwrap(),
        "--test-command",
        "true",
    ];
    args.extend_from_slice(extra);
    xtask()
        .args(&args)
        .env("CARGO_SEMVER_CHECKS", semver_checks)
        .env("CARGO_TARGET_DIR", root.join("target"))
        .output()
        .unwrap()
}

#[test]
fn dirty_tree_fails_first() {
    let r = repo(LOG);
    std::fs::write(r.path().join("stray.txt"), "x").unwrap();
    let o = release(r.path(), &["--dry-run"], "/nonexistent");
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("not clean"), "{}", stderr(&o));
}

#[test]
fn missing_changelog_entry_fails() {
    let r = repo("# Changelog\n\n## [0.1.0] - 2026-01-01\n");
    let o = release(r.path(), &["--dry-run"], "/nonexistent");
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("CHANGELOG.md has no `## [0.2.0]` entry"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn failing_tests_fail_the_release() {
    let r = repo(LOG);
    let o = xtask()
        .args([
            "release",
            "--dry-run",
            "--root",
            r.path().to_str().unwrap(),
            "--test-command",
            "exit 3",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("`exit 3` failed"), "{}", stderr(&o));
}

#[test]
fn missing_cargo_semver_checks_fails_with_the_install_command() {
    let r = repo(LOG);
    let o = release(r.path(), &["--dry-run"], "/nonexistent/cargo-semver-checks");
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("Install it with: cargo install cargo-semver-checks --locked"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn dry_run_passes_and_uses_the_previous_tag_as_baseline() {
    let r = repo(LOG);
    let log = r.path().join("target/semver-args.txt");
    let fake = r.path().join("target/fake-semver-checks.sh");
    std::fs::create_dir_all(r.path().join("target")).unwrap();
    std::fs::write(
        &fake,
        format!("#!/bin/sh\necho \"$@\" >> '{}'\nexit 0\n", log.display()),
    )
    .unwrap();
    Command::new("chmod").arg("+x").arg(&fake).status().unwrap();
    let o = release(r.path(), &["--dry-run"], fake.to_str().unwrap());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("release dry-run OK: tiny-release-fixture 0.2.0"));
    let args = std::fs::read_to_string(&log).unwrap();
    assert!(
        args.contains("semver-checks --package tiny-release-fixture --baseline-rev v0.1.0"),
        "{args}"
    );
    // A dry run creates no tag.
    let tags = Command::new("git")
        .args(["tag"])
        .current_dir(r.path())
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&tags.stdout).trim(), "v0.1.0");
}

#[test]
fn disagreeing_semver_checks_fails_and_without_dry_run_a_tag_is_created_only_on_success() {
    let r = repo(LOG);
    let fake = r.path().join("target/strict-semver-checks.sh");
    std::fs::create_dir_all(r.path().join("target")).unwrap();
    std::fs::write(
        &fake,
        "#!/bin/sh
[ \"$2\" = --version ] && exit 0
echo 'major change required' >&2
exit 1
",
    )
    .unwrap();
    Command::new("chmod").arg("+x").arg(&fake).status().unwrap();
    let o = release(r.path(), &[], fake.to_str().unwrap());
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("need a bigger version bump"),
        "{}",
        stderr(&o)
    );
    let tags = Command::new("git")
        .args(["tag"])
        .current_dir(r.path())
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&tags.stdout).trim(), "v0.1.0");
    let o = release(r.path(), &["--first-release"], "/nonexistent");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("Created tag v0.2.0 locally"));
}
