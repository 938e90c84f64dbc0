//! The committed client and its stamp.
//!
//! The generated client is committed in `generated/` (written by
//! `cargo xtask codegen`), so a crate that depends on `oz-agent-api` with its
//! default features compiles no code generator: `build.rs` only checks the
//! stamp and copies the files into `OUT_DIR`. The stamp records a hash of
//! every input of the generation (the vendored spec and the generator's own
//! sources) and of every output, so a spec re-vendored or a generator edited
//! without regenerating fails the build with the command that fixes it,
//! instead of compiling a client that no longer matches the spec.
//!
//! Shared by `build.rs`, `xtask` (which writes the stamp) and the tests
//! (which check it); std only, since the default build has no
//! build-dependencies.

use std::path::Path;

/// The vendored spec, relative to the crate root.
pub const SPEC: &str = "openapi/oz-agent-api.yml";

/// Where the committed client lives, relative to the crate root.
pub const GENERATED_DIR: &str = "generated";

/// The stamp, relative to the crate root.
pub const STAMP: &str = "generated/stamp.txt";

/// The files the generation writes to `OUT_DIR` and `generated/` holds (its
/// timings, `codegen.json`, are only made by the `codegen` feature). One set
/// for every feature: `schemars` derives are behind `cfg_attr`, and the
/// httpmock helpers are compiled only with `httpmock`.
pub const FILES: [&str; 5] = [
    "oz_agent_api.rs",
    "oz_agent_api_httpmock.rs",
    "openapi.json",
    "dispatch.rs",
    "response_types.rs",
];

/// The generator's sources, relative to the crate root: a change to any of
/// them may change what it generates.
pub const GENERATOR: [&str; 18] = [
    "build.rs",
    "build/codegen.rs",
    "build/dispatch.rs",
    "build/normalize.rs",
    "build/open_objects.rs",
    "build/pagination.rs",
    "build/patches.rs",
    "build/refuse.rs",
    "build/rewrite.rs",
    "build/rewrite_bodies.rs",
    "build/rewrite_builders.rs",
    "build/rewrite_mocks.rs",
    "build/rewrite_operations.rs",
    "build/rewrite_schemars.rs",
    "build/rewrite_types.rs",
    "build/security.rs",
    "build/stamp.rs",
    "build/walk.rs",
];

/// FNV-1a (64 bits) of `bytes`, ignoring `\r` so a checkout with CRLF line
/// endings stamps the same as one with LF.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        if b == b'\r' {
            continue;
        }
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// The stamp of the generator's inputs under `root` (the spec at `spec`,
/// the generator's sources) and of the `outputs` directory's [`FILES`]: one
/// `name hash` line each, inputs first.
pub fn stamp(root: &Path, spec: &Path, outputs: &Path) -> Result<String, String> {
    let mut out = String::new();
    let mut line = |name: &str, bytes: &[u8]| {
        out.push_str(&format!("{name} {:016x}\n", fnv1a64(bytes)));
    };
    line("spec", &read(spec)?);
    let mut generator = Vec::new();
    for source in GENERATOR {
        generator.extend_from_slice(source.as_bytes());
        generator.push(0);
        generator.extend_from_slice(&read(&root.join(source))?);
        generator.push(0);
    }
    line("generator", &generator);
    for file in FILES {
        line(
            &format!("{GENERATED_DIR}/{file}"),
            &read(&outputs.join(file))?,
        );
    }
    Ok(out)
}

/// The lines of `expected` that `actual` lacks, named by their first word
/// (`spec`, `generator`, or a file), for the message that asks for
/// `cargo xtask codegen`.
pub fn differences(expected: &str, actual: &str) -> Vec<String> {
    expected
        .lines()
        .filter(|l| !actual.lines().any(|a| a == *l))
        .map(|l| l.split(' ').next().unwrap_or(l).to_owned())
        .collect()
}
