//! The workspace xtask maintains: where it is, where its vendored spec and
//! committed client are (`build/stamp.rs`, shared with the build script),
//! where upstream publishes the spec, and the commands that regenerate and
//! test it. The command line (`cli.rs`) takes its defaults from here, and
//! the commands their paths.

use std::fs;
use std::path::{Path, PathBuf};

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
