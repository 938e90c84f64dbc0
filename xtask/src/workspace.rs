//! The workspace xtask maintains: where it is, where its vendored spec and
//! committed client are (`build/stamp.rs`, shared with the build script),
//! where upstream publishes the spec, and the commands that regenerate and
//! test it. The command line (`cli.rs`) takes its defaults from here, and
//! the commands their paths.

use std::fs;
use std::path::{Path, PathBuf};

use semver::Version;

use crate::version::{doc_requirement, doc_requirements, read_package_name, read_package_version};

/// The committed client's layout and its stamp: the file the build script
/// uses, so the two can never disagree on where things are.
#[path = "../../build/stamp.rs"]
pub mod stamp;

/// The vendored spec, relative to the workspace root.
pub const VENDORED_SPEC: &str = stamp::SPEC;

/// The living upstream spec.
pub const DEFAULT_UPSTREAM: &str =
    "https://raw.githubusercontent.com/warpdotdev/docs/main/developers/agent-api-openapi.yaml";

/// Default command that runs the tests (with every feature, so the client is
/// also generated at build time and checked against `generated/`).
pub const DEFAULT_TEST_COMMAND: &str = "cargo test --workspace --all-features";

/// Default command that regenerates the committed client (`generated/`).
pub const DEFAULT_CODEGEN_COMMAND: &str = "cargo run --quiet --package xtask -- codegen";

/// The workspace this xtask was built in.
pub fn default_root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest
        .parent()
        .map_or(manifest.clone(), Path::to_path_buf)
}

/// The `members` of the root manifest's `[workspace]` (other than `.`).
pub fn workspace_members(root: &Path) -> Vec<String> {
    let Ok(manifest) = fs::read_to_string(root.join("Cargo.toml")) else {
        return Vec::new();
    };
    let Some(start) = manifest.find("members = [") else {
        return Vec::new();
    };
    let rest = &manifest[start + "members = [".len()..];
    let list = &rest[..rest.find(']').unwrap_or(0)];
    list.split(',')
        .map(|m| m.trim().trim_matches('"').to_owned())
        .filter(|m| !m.is_empty() && m != ".")
        .collect()
}

/// The packages of the workspace that have a name and a version (the root
/// package and each member), as (name, version).
pub fn packages(root: &Path) -> Vec<(String, Version)> {
    std::iter::once(String::new())
        .chain(workspace_members(root))
        .filter_map(|member| {
            let manifest = fs::read_to_string(root.join(&member).join("Cargo.toml")).ok()?;
            Some((
                read_package_name(&manifest)?,
                read_package_version(&manifest).ok()?,
            ))
        })
        .collect()
}

/// The docs a user reads first, which may name a package's version in a
/// usage example: every Markdown file at the root, in `docs/` and at the
/// top of each member (the CHANGELOG left out: it names past versions), and
/// the crate docs of each member's `src/lib.rs`.
pub fn versioned_docs(root: &Path) -> Vec<PathBuf> {
    let mut docs = Vec::new();
    let dirs = [String::new(), "docs".to_owned()]
        .into_iter()
        .chain(workspace_members(root));
    for dir in dirs {
        let dir = root.join(dir);
        let mut found: Vec<PathBuf> = fs::read_dir(&dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                p.extension().is_some_and(|e| e == "md")
                    && p.file_name().is_some_and(|n| n != "CHANGELOG.md")
            })
            .collect();
        found.sort();
        docs.extend(found);
        let lib = dir.join("src/lib.rs");
        if lib.is_file() {
            docs.push(lib);
        }
    }
    docs.dedup();
    docs
}

/// Every place a doc names a package's version other than the one its
/// `Cargo.toml` has (see [`versioned_docs`]), as `file:line: …` lines.
pub fn doc_version_drift(root: &Path) -> Vec<String> {
    let packages = packages(root);
    let mut drift = Vec::new();
    for doc in versioned_docs(root) {
        let Ok(text) = fs::read_to_string(&doc) else {
            continue;
        };
        let shown = doc.strip_prefix(root).unwrap_or(&doc).display();
        for (name, version) in &packages {
            let want = doc_requirement(version);
            for (line, found) in doc_requirements(&text, name) {
                if found != want {
                    drift.push(format!(
                        "{shown}:{line}: {name} = \"{found}\", but its Cargo.toml says {version} (write \"{want}\")"
                    ));
                }
            }
        }
    }
    drift
}
