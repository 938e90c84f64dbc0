//! The hand-written layer is layered: no module of `src/` imports one that
//! imports it back, and every item of `src/` that the generated client calls
//! is listed in `src/abi.rs`, the one place that says what generated code
//! may rely on.
//!
//! The module graph is read from the source by `xtask/src/layers.rs` (the
//! one reader the workspace's layering tests share; how it reads, and its own
//! tests, are there): no circle between the crate's modules (a directory
//! module such as `wait/` is one module, so a type may refer to another of
//! its own module, as `Error` and `WaitTimeout` do), nor between the parts of
//! a directory module.
//!
//! The generated client (`src/generated.rs` includes it) is a module that
//! imports nothing here: it reaches the hand-written layer only through the
//! items `src/abi.rs` lists, which the second test checks.

use std::collections::BTreeSet;
use std::path::Path;

#[path = "../xtask/src/layers.rs"]
mod layers;

use layers::{circles_in, inline_paths, source_files, strip, Crate};

fn src() -> Crate {
    Crate::read(&source_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
    ))
}

#[test]
fn no_module_of_src_imports_a_module_that_imports_it_back() {
    let circles = circles_in(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    assert!(
        circles.is_empty(),
        "import circles in src/:\n  {}",
        circles.join("\n  ")
    );
    // The graph is really read: the layers the crate is built on show.
    let krate = src();
    let edges: BTreeSet<(String, String)> =
        krate.edges().into_iter().map(|(a, b, _)| (a, b)).collect();
    for (from, to) in [
        ("wait::poller", "wait::schedule"),
        ("fleet::engine", "wait::schedule"),
        ("exactly_once::create", "retry::classify"),
        ("wait::poller", "retry::classify"),
        ("transport::retry_loop", "error"),
        ("transport::retry_loop", "transport::redirect"),
    ] {
        assert!(
            edges.contains(&(from.to_owned(), to.to_owned())),
            "{from} -> {to} not seen; the edges read: {edges:?}"
        );
    }
}

/// The `crate::…` items the committed generated client names, as
/// `(path written, defining module, item)`.
fn generated_calls(krate: &Crate) -> BTreeSet<(String, String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("generated");
    let mut calls = BTreeSet::new();
    for (_, text) in source_files(&dir) {
        for path in inline_paths(&strip(&text)) {
            if path[0] != "crate" || path[1] == "*" {
                continue;
            }
            // Up to the item: modules, then the item (a type's methods and
            // a trait's items are reached through it).
            let item_end = path[1..]
                .iter()
                .position(|s| s.starts_with(|c: char| c.is_uppercase()))
                .map_or(path.len(), |i| i + 2);
            let path = &path[..item_end];
            match krate.resolve("generated", path, 0) {
                Some((module, Some(item))) if module != "generated" => {
                    calls.insert((path.join("::"), module, item));
                }
                // Items of the generated client itself (`types`, `builder`, …).
                _ => {}
            }
        }
    }
    calls
}

#[test]
fn every_item_of_src_the_generated_client_calls_is_listed_in_src_abi_rs() {
    let krate = src();
    let abi = krate.modules.get("abi").expect("src/abi.rs");
    let listed: BTreeSet<(String, String)> = abi
        .bindings
        .values()
        .filter_map(|path| krate.resolve("abi", path, 0))
        .filter_map(|(module, item)| Some((module, item?)))
        .collect();
    let calls = generated_calls(&krate);
    assert!(
        calls
            .iter()
            .any(|(path, _, _)| path == "crate::transport::execute_json"),
        "the generated client's calls are read: {calls:?}"
    );
    let missing: Vec<&String> = calls
        .iter()
        .filter(|(_, module, item)| !listed.contains(&(module.clone(), item.clone())))
        .map(|(path, _, _)| path)
        .collect();
    assert!(
        missing.is_empty(),
        "the generated client calls items src/abi.rs does not list (add a `pub(crate) use` \
         for each to src/abi.rs): {missing:?}"
    );
}
