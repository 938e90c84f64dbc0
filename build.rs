//! Puts the typed client into `OUT_DIR`.
//!
//! With the default features it copies the client committed in `generated/`
//! (`cargo xtask codegen` writes it), after checking its stamp against the
//! vendored spec and the generator's sources (`build/stamp.rs`): users of the
//! crate compile no code generator.
//!
//! With the `codegen` feature (which `OZ_AGENT_API_SPEC` needs) it generates
//! the client from the spec (`build/codegen.rs`), the same for every feature
//! set:
//! 1. parse `openapi/oz-agent-api.yml` with `openapiv3`;
//! 2. apply the checked patches in `build/patches.rs` (each names the upstream
//!    defect it works around and reports when it no longer applies);
//! 3. apply the general rules that make any published spec expressible
//!    (`build/normalize.rs`: deepObject and header parameters, several
//!    success responses, error media types, string constraints, …), and open
//!    every object schema so unknown fields are kept (`build/open_objects.rs`);
//! 4. run progenitor (builder interface); a panic or an error inside it is
//!    caught and reported as one line naming the operation it failed on;
//! 5. rewrite its output into the crate's public surface (`build/rewrite.rs`);
//! 6. write the client into `OUT_DIR/oz_agent_api.rs`, and the step's own
//!    timings into `OUT_DIR/codegen.json` (read by `cargo xtask bench`).

#[cfg(feature = "codegen")]
#[path = "build/codegen.rs"]
mod codegen;
#[cfg(feature = "codegen")]
#[path = "build/dispatch.rs"]
mod dispatch;
#[cfg(feature = "codegen")]
#[path = "build/normalize.rs"]
mod normalize;
#[cfg(feature = "codegen")]
#[path = "build/open_objects.rs"]
mod open_objects;
#[cfg(feature = "codegen")]
#[path = "build/pagination.rs"]
mod pagination;
#[cfg(feature = "codegen")]
#[path = "build/patches.rs"]
mod patches;
#[cfg(feature = "codegen")]
#[path = "build/refuse.rs"]
mod refuse;
#[cfg(feature = "codegen")]
#[path = "build/rewrite.rs"]
mod rewrite;
#[cfg(feature = "codegen")]
#[path = "build/security.rs"]
mod security;
#[path = "build/stamp.rs"]
mod stamp;
#[cfg(feature = "codegen")]
#[path = "build/walk.rs"]
mod walk;

use std::path::{Path, PathBuf};

/// Maintainers' override: generate the client from another spec file (an
/// absolute path, or one relative to the crate root), e.g. to compile the
/// client of a historical or upcoming version without vendoring it:
/// `OZ_AGENT_API_SPEC=openapi/history/G-docs-0041a6c.yaml cargo check --features codegen`.
const SPEC_OVERRIDE: &str = "OZ_AGENT_API_SPEC";

fn main() {
    for path in stamp::GENERATOR.into_iter().chain([stamp::SPEC]) {
        println!("cargo:rerun-if-changed={path}");
    }
    if cfg!(not(feature = "codegen")) {
        println!("cargo:rerun-if-changed={}", stamp::GENERATED_DIR);
    }
    println!("cargo:rerun-if-env-changed={SPEC_OVERRIDE}");
    if let Some(path) = std::env::var_os(SPEC_OVERRIDE).filter(|p| !p.is_empty()) {
        println!("cargo:rerun-if-changed={}", Path::new(&path).display());
    }
    if let Err(message) = run() {
        let what = if cfg!(feature = "codegen") {
            "code generation failed"
        } else {
            "cannot use the committed client"
        };
        eprintln!("error: oz-agent-api {what}: {message}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), String> {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").map_err(|e| e.to_string())?);
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").map_err(|e| e.to_string())?);
    let spec_override = std::env::var_os(SPEC_OVERRIDE).filter(|p| !p.is_empty());
    #[cfg(feature = "codegen")]
    {
        let spec_path = match spec_override {
            Some(path) => {
                let path = root.join(path);
                println!(
                    "cargo:warning=generating the client from {} ({SPEC_OVERRIDE} is set), not the vendored spec",
                    path.display()
                );
                path
            }
            None => root.join(stamp::SPEC),
        };
        codegen::run(&spec_path, &out_dir)?;
        if std::env::var_os(SPEC_OVERRIDE).is_none() {
            warn_if_committed_client_differs(&root, &out_dir);
        }
        Ok(())
    }
    #[cfg(not(feature = "codegen"))]
    {
        if let Some(path) = spec_override {
            return Err(format!(
                "{SPEC_OVERRIDE} is set ({}), but generating a client needs the `codegen` feature: \
                 build with `--features codegen`",
                Path::new(&path).display()
            ));
        }
        copy_committed_client(&root, &out_dir)
    }
}

/// The default build: check the committed client's stamp, then copy it.
#[cfg(not(feature = "codegen"))]
fn copy_committed_client(root: &Path, out_dir: &Path) -> Result<(), String> {
    let generated = root.join(stamp::GENERATED_DIR);
    let committed = std::fs::read_to_string(root.join(stamp::STAMP)).map_err(|e| {
        format!(
            "{}: cannot read the committed client's stamp: {e}",
            stamp::STAMP
        )
    })?;
    let actual = stamp::stamp(root, &root.join(stamp::SPEC), &generated)?;
    let stale = stamp::differences(&actual, &committed);
    if !stale.is_empty() {
        return Err(format!(
            "the committed client in {}/ does not match {} (changed since it was generated: {}): \
             run `cargo xtask codegen`, or build with `--features codegen`",
            stamp::GENERATED_DIR,
            stamp::SPEC,
            stale.join(", ")
        ));
    }
    for file in stamp::FILES {
        let from = generated.join(file);
        std::fs::copy(&from, out_dir.join(file))
            .map_err(|e| format!("{}: cannot copy: {e}", from.display()))?;
    }
    Ok(())
}

/// The `codegen` build from the vendored spec: a warning when the committed
/// client is not what was just generated (the tests fail on it too).
#[cfg(feature = "codegen")]
fn warn_if_committed_client_differs(root: &Path, out_dir: &Path) {
    // A scratch crate directory (the build script's own tests) has none.
    let Ok(committed) = std::fs::read_to_string(root.join(stamp::STAMP)) else {
        return;
    };
    let fresh = stamp::stamp(root, &root.join(stamp::SPEC), out_dir);
    let stale = match &fresh {
        Ok(fresh) => stamp::differences(fresh, &committed),
        Err(e) => vec![e.clone()],
    };
    if !stale.is_empty() && std::env::var_os("OZ_AGENT_API_CODEGEN_QUIET").is_none() {
        println!(
            "cargo:warning=the committed client in {}/ is not what the generator makes from {} \
             (differs: {}): run `cargo xtask codegen`",
            stamp::GENERATED_DIR,
            stamp::SPEC,
            stale.join(", ")
        );
    }
}
