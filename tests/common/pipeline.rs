//! Running the build script (the crate's whole generation pipeline: parse,
//! patches, general rules, progenitor, rewrite) on a spec of the test's
//! choosing, in a scratch crate directory.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The newest `target/<profile>/build/oz-agent-api-*/build-script-build`
/// that holds the generator (older ones from earlier builds may still lie
/// around, and a build without the `codegen` feature only copies
/// `generated/`). Looked up once per test binary.
pub fn build_script() -> PathBuf {
    static FOUND: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    FOUND
        .get_or_init(|| {
            // A message only the generator (build/codegen.rs) has.
            const GENERATOR_MARK: &[u8] = b"progenitor could not generate the client";
            let exe = std::env::current_exe().unwrap();
            let profile_dir = exe.parent().and_then(Path::parent).unwrap();
            let mut scripts: Vec<_> = std::fs::read_dir(profile_dir.join("build"))
                .unwrap()
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.file_name()
                        .unwrap()
                        .to_string_lossy()
                        .starts_with("oz-agent-api-")
                })
                .map(|p| p.join("build-script-build"))
                .filter_map(|p| Some((p.metadata().and_then(|m| m.modified()).ok()?, p)))
                .collect();
            scripts.sort();
            scripts
                .into_iter()
                .rev()
                .map(|(_, p)| p)
                .find(|p| {
                    std::fs::read(p)
                        .is_ok_and(|bytes| memchr::memmem::find(&bytes, GENERATOR_MARK).is_some())
                })
                .expect("cargo built the build script with the `codegen` feature")
        })
        .clone()
}

/// Runs the build script on a crate directory whose spec is `spec` (None: no
/// spec file). The generated files are in `<dir>/out`; they are the same for
/// every feature set (the generator reads no `CARGO_FEATURE_*`).
pub fn run(spec: Option<&str>) -> (Output, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    std::fs::create_dir_all(&out).unwrap();
    if let Some(spec) = spec {
        std::fs::create_dir_all(dir.path().join("openapi")).unwrap();
        std::fs::write(dir.path().join("openapi/oz-agent-api.yml"), spec).unwrap();
    }
    let output = Command::new(build_script())
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("CARGO_MANIFEST_DIR", dir.path())
        .env("OUT_DIR", &out)
        .output()
        .unwrap();
    (output, dir)
}
