//! The fake server and xtask are layered like the client's `src/`
//! (`tests/layering.rs`): no module of `fake/src/` or `xtask/src/` imports
//! one that imports it back, between the crate's modules or between the
//! parts of a directory module. The graph is read by `xtask::layers`, the
//! one reader the workspace's layering tests share.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use xtask::layers::{circles_in, source_files, Crate};

fn workspace(dir: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(dir)
}

/// The circles of the crate in `dir` (none expected), and a check that its
/// graph is really read: `edges` are imports it must show.
fn assert_layered(dir: &str, edges: &[(&str, &str)]) {
    let root = workspace(dir);
    let circles = circles_in(&root);
    assert!(
        circles.is_empty(),
        "import circles in {dir}/:\n  {}",
        circles.join("\n  ")
    );
    let read: BTreeSet<(String, String)> = Crate::read(&source_files(&root))
        .edges()
        .into_iter()
        .map(|(a, b, _)| (a, b))
        .collect();
    for (from, to) in edges {
        assert!(
            read.contains(&(from.to_string(), to.to_string())),
            "{from} -> {to} not seen in {dir}/; the edges read: {read:?}"
        );
    }
}

#[test]
fn no_module_of_the_fake_imports_a_module_that_imports_it_back() {
    assert_layered(
        "fake/src",
        &[
            ("router", "runs"),
            ("router", "generic"),
            ("runs", "reply"),
            ("generic", "store"),
            ("app", "store"),
            ("conform", "examples"),
            ("server", "options"),
        ],
    );
}

#[test]
fn no_module_of_xtask_imports_a_module_that_imports_it_back() {
    assert_layered(
        "xtask/src",
        &[
            ("check", "cli"),
            ("update", "check"),
            ("cli", "workspace"),
            ("codegen", "cargo"),
            ("bench", "cargo"),
            ("diff::operations", "diff::op"),
            ("diff::bodies", "diff::op"),
        ],
    );
}

#[test]
fn the_layering_check_finds_a_circle_through_a_re_export_and_inside_a_module() {
    let files = |list: &[(&str, &str)]| -> Vec<(String, String)> {
        list.iter()
            .map(|(f, t)| (f.to_string(), t.to_string()))
            .collect()
    };
    // `error` names a type of `wait` by the crate root's re-export, and
    // `wait` uses `error`: a circle, though neither names the other's file.
    let circle = Crate::read(&files(&[
        ("lib.rs", "mod error;\nmod wait;\npub use wait::WaitTimeout;\npub use error::Error;\n"),
        ("error.rs", "pub enum Error { Wait(Box<crate::WaitTimeout>) }\n"),
        ("wait/mod.rs", "mod options;\npub use options::WaitTimeout;\n"),
        ("wait/options.rs", "use crate::Error;\n// use crate::nothing;\n/// [`crate::fleet`]\npub struct WaitTimeout(\"crate::x\");\n"),
    ]));
    let found = circle.circles_between_modules();
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].iter().any(|e| e.starts_with("error -> wait")),
        "{found:?}"
    );
    assert!(
        found[0].iter().any(|e| e.starts_with("wait -> error")),
        "{found:?}"
    );
    // Two parts of one module using each other.
    let inside = Crate::read(&files(&[
        ("lib.rs", "mod fleet;\n"),
        (
            "fleet/mod.rs",
            "mod engine;\nmod sweep;\nconst PAGE: u64 = 500;\n",
        ),
        (
            "fleet/engine.rs",
            "use super::sweep::Read;\nuse super::PAGE;\npub(super) struct Fleet;\n",
        ),
        (
            "fleet/sweep.rs",
            "use super::engine::Fleet;\npub(super) struct Read;\n",
        ),
    ]));
    assert!(inside.circles_between_modules().is_empty());
    let found = inside.circles_inside_modules();
    assert_eq!(found.len(), 1, "{found:?}");
    // Without the back edge: no circle. Tests inside a file do not count.
    let fine = Crate::read(&files(&[
        ("lib.rs", "mod fleet;\n"),
        ("fleet/mod.rs", "mod engine;\nmod sweep;\n"),
        ("fleet/engine.rs", "pub(super) struct Fleet;\n#[cfg(test)]\nmod tests {\n    use super::super::sweep::Read;\n}\n"),
        ("fleet/sweep.rs", "use super::engine::Fleet;\npub(super) struct Read;\n"),
    ]));
    assert!(fine.circles_inside_modules().is_empty());
}
