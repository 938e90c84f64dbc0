//! `codegen`: regenerate the client committed in `generated/` from the
//! vendored spec, and its stamp (`build/stamp.rs`).
//!
//! The crate's default build copies `generated/` instead of running the
//! generator, so its users compile no progenitor; this is the one place
//! that writes it. `spec update` calls it after re-vendoring, and the tests
//! (`tests/build_script.rs`) fail when `generated/` is not what the
//! generator makes from the vendored spec.

use std::path::Path;

use crate::cargo;
use crate::cli::CodegenArgs;
use crate::workspace::{default_root, stamp};
use crate::{EXIT_CANNOT_CHECK, EXIT_DRIFT, EXIT_OK};

/// What a regeneration found: the committed files that changed (or would).
#[derive(Debug, Default)]
pub struct Regenerated {
    /// Paths relative to the crate root, stamp included.
    pub changed: Vec<String>,
    /// Whether the crate compiles with the generated client.
    pub compiles: bool,
}

/// Generates the client from the vendored spec (`cargo build -p
/// oz-agent-api --features codegen`) and, unless `check_only`, writes the
/// files that differ into `generated/`, the stamp last.
pub fn regenerate(root: &Path, check_only: bool) -> Result<Regenerated, String> {
    let run = cargo::run(
        root,
        &[
            "build",
            "-p",
            "oz-agent-api",
            "--features",
            "codegen",
            "--message-format=json-render-diagnostics",
        ],
        None,
        &[
            ("OZ_AGENT_API_SPEC", None),
            ("OZ_AGENT_API_CODEGEN_QUIET", Some("1")),
        ],
        false,
    )?;
    // Cargo reports the build script's output only when it succeeded; the
    // library may still fail to compile (the hand-written layer against a
    // new spec): the generated files are written all the same, and the
    // errors shown, since fixing them needs the new client in place.
    let out_dir = run.out_dir("oz-agent-api").ok_or_else(|| {
        format!(
            "`cargo build -p oz-agent-api --features codegen` failed before generating:\n{}",
            run.errors(20)
        )
    })?;
    if !run.ok {
        eprintln!(
            "codegen: the client was generated, but the crate does not compile with it:\n{}",
            run.errors(20)
        );
    }
    let generated = root.join(stamp::GENERATED_DIR);
    let mut result = Regenerated {
        compiles: run.ok,
        ..Regenerated::default()
    };
    let mut writes = Vec::new();
    for file in stamp::FILES {
        let fresh = std::fs::read(out_dir.join(file))
            .map_err(|e| format!("{}: {e}", out_dir.join(file).display()))?;
        let path = generated.join(file);
        if std::fs::read(&path).ok().as_deref() != Some(&fresh[..]) {
            result
                .changed
                .push(format!("{}/{file}", stamp::GENERATED_DIR));
            writes.push((path, fresh));
        }
    }
    // The stamp of the fresh files (the same bytes `generated/` will hold).
    let fresh_stamp = stamp::stamp(root, &root.join(stamp::SPEC), &out_dir)?;
    let stamp_path = root.join(stamp::STAMP);
    if std::fs::read_to_string(&stamp_path).ok().as_deref() != Some(fresh_stamp.as_str()) {
        result.changed.push(stamp::STAMP.to_owned());
        writes.push((stamp_path, fresh_stamp.into_bytes()));
    }
    if !check_only && !writes.is_empty() {
        std::fs::create_dir_all(&generated)
            .map_err(|e| format!("cannot create {}: {e}", generated.display()))?;
        for (path, bytes) in writes {
            crate::update::write_atomic(&path, &bytes)
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        }
    }
    Ok(result)
}

/// `cargo xtask codegen [--check]`.
pub fn run_codegen(args: &CodegenArgs) -> u8 {
    let root = default_root();
    let r = match regenerate(&root, args.check) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("codegen: {e}");
            return EXIT_CANNOT_CHECK;
        }
    };
    if r.changed.is_empty() {
        println!(
            "{}/ is what the generator makes from {}.",
            stamp::GENERATED_DIR,
            stamp::SPEC
        );
    } else if args.check {
        eprintln!(
            "{}/ is stale: these differ from what the generator makes from {}:",
            stamp::GENERATED_DIR,
            stamp::SPEC
        );
        for f in &r.changed {
            eprintln!("  - {f}");
        }
        eprintln!("run `cargo xtask codegen` and commit the result");
        return EXIT_DRIFT;
    } else {
        println!("regenerated from {}:", stamp::SPEC);
        for f in &r.changed {
            println!("  - {f}");
        }
    }
    if r.compiles {
        EXIT_OK
    } else {
        eprintln!("codegen: the crate does not compile with this client (errors above)");
        EXIT_DRIFT
    }
}
