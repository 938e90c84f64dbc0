//! Code-level rewrites of progenitor's output.
//!
//! progenitor 0.15.1 (pinned exactly in Cargo.toml) emits closed enums, untagged
//! unions and exhaustive structs, and its `send` methods return
//! `progenitor_client::Error`, whose payload errors carry no status. These
//! general rules turn that output into the crate's public surface:
//!
//! * every string enum becomes an **open enum**: `#[non_exhaustive]`, with an
//!   `Unrecognized(String)` variant that keeps a value this version does not
//!   know and serializes it back unchanged;
//! * every `oneOf` union becomes `#[non_exhaustive]` with an
//!   `Unrecognized(serde_json::Value)` variant; a union with a discriminator
//!   dispatches on it instead of trying each variant in turn;
//! * every struct becomes `#[non_exhaustive]` (construct with `Type::builder()`),
//!   so an optional field added upstream is not a breaking change; only the
//!   types a request reaches keep a builder (`rewrite_builders.rs`);
//! * every operation's `send` goes through [`crate::transport`] (auth, retries,
//!   tracing) and returns the crate's one error type;
//! * every path parameter goes through `crate::path::segment`: one segment of
//!   the intended path, or `Error::InvalidRequest` before anything is sent;
//! * the constructors that would bypass the crate's configuration are removed,
//!   and deprecated operations are marked `#[deprecated]`.
//!
//! Each rule checks that progenitor's output has the shape it expects. An
//! item of another shape is left as it is and reported ([`Failure`]): the
//! build refuses the operation whose builder it is, or every operation and
//! component schema that reaches the type (`build/refuse.rs`), and generates
//! the rest again; an unknown shape never costs the whole client.
//!
//! The rules live by job: types (`rewrite_types.rs`), operations
//! (`rewrite_operations.rs`; their request bodies, `rewrite_bodies.rs`), the
//! httpmock helpers (`rewrite_mocks.rs`) and the `schemars` gate
//! (`rewrite_schemars.rs`).

use std::collections::{BTreeMap, BTreeSet};

use syn::{parse_quote, File, ImplItem, Item, ItemImpl, Type};

#[path = "rewrite_bodies.rs"]
mod bodies;
#[path = "rewrite_builders.rs"]
mod builders;
#[path = "rewrite_mocks.rs"]
mod mocks;
#[path = "rewrite_operations.rs"]
mod operations;
#[path = "rewrite_schemars.rs"]
mod schemars;
#[path = "rewrite_types.rs"]
mod types;

pub use mocks::rewrite_httpmock;
pub(crate) use operations::operation_id_in;
pub use schemars::gate_schemars;
pub(crate) use types::try_into_target;

/// Inherent methods the hand-written layer (`src/`) defines on `Client`: its
/// constructors and configuration getters (everything else is on the
/// `ClientExt` trait and cannot collide). An operation whose method name
/// collides with one is refused with a line naming both, instead of rustc's
/// E0592 deep in generated code. `tests/build_script.rs` checks this list
/// against `src/`.
pub const HAND_WRITTEN_CLIENT_METHODS: &[&str] = &[
    "base_url",
    "builder",
    "from_env",
    "new",
    "retry_policy",
    "retry_tokens",
];

/// Run-lifecycle operations whose generated `send` hands its built request
/// to a hand-written function instead of `crate::transport::execute_json`:
/// `(operation, function)`, the operation named as progenitor names it in
/// `OperationInfo` (the snake case of the spec's `operationId`). The function
/// is called as `function(client, request, &body, &info).await`, the request
/// built without its body (the function encodes `body`), and returns what
/// `send` returns. Each must be a POST with a JSON body and a JSON success;
/// an operation of any other shape is refused with a line naming the hook.
/// A spec without the operation is left alone.
pub const LIFECYCLE_HOOKS: &[(&str, &str)] = &[
    // Exactly-once run creation: a client token in the run's metadata, a
    // lookup by it after an ambiguous failure (src/exactly_once.rs).
    ("create_run", "crate::exactly_once::create_run"),
];

/// The name of the catch-all variant added to every enum and union.
pub const CATCH_ALL: &str = "Unrecognized";

/// A `oneOf` union's discriminator, read from the spec.
pub struct Discriminator {
    /// The property that carries the tag.
    pub property: String,
    /// Tag value → schema name of the variant.
    pub mapping: Vec<(String, String)>,
}

/// What the rewrite needs to know that only the spec says.
pub struct Context {
    /// Union schema name → its discriminator.
    pub discriminators: BTreeMap<String, Discriminator>,
    /// snake_case method names of deprecated operations.
    pub deprecated_operations: Vec<String>,
    /// What the spec-level rules took out of the generator's view, per operation.
    pub plan: crate::normalize::Plan,
    /// The `op_key` of every operation of the spec (each must get a rewritten `send`).
    pub operations: BTreeSet<String>,
}

/// Counts of what was rewritten, for the build's own sanity checks.
#[derive(Default)]
pub struct Summary {
    pub open_enums: usize,
    pub unions: usize,
    pub structs: usize,
    pub operations: usize,
}

/// The item a rule could not rewrite.
#[derive(Debug)]
pub enum Failing {
    /// The builder (or client method) of the operation with this `op_key`.
    Operation(String),
    /// A type of `mod types`, by its Rust name.
    Type(String),
    /// Neither: the module layout itself (refuses nothing; fails the build).
    Layout,
}

/// A shape a rule does not know.
#[derive(Debug)]
pub struct Failure {
    pub at: Failing,
    pub message: String,
}

impl Failure {
    pub(crate) fn operation(key: &str, message: impl Into<String>) -> Failure {
        Failure {
            at: Failing::Operation(key.to_owned()),
            message: message.into(),
        }
    }

    pub(crate) fn ty(name: &str, message: impl Into<String>) -> Failure {
        Failure {
            at: Failing::Type(name.to_owned()),
            message: message.into(),
        }
    }

    pub(crate) fn layout(message: impl Into<String>) -> Failure {
        Failure {
            at: Failing::Layout,
            message: message.into(),
        }
    }
}

/// Rewrites progenitor's client `file` into the crate's public surface. Every
/// item of a shape a rule does not know is reported; the others are all
/// rewritten.
pub fn rewrite(file: &mut File, cx: &Context) -> Result<Summary, Vec<Failure>> {
    let mut summary = Summary::default();
    let mut failures = Vec::new();
    let mut rewritten = BTreeSet::new();
    let mut kept = Vec::with_capacity(file.items.len());
    for item in std::mem::take(&mut file.items) {
        match item {
            Item::Mod(mut module) if module.ident == "types" => {
                types::rewrite_types(&mut module, cx, &mut summary, &mut failures);
                kept.push(Item::Mod(module));
            }
            Item::Mod(mut module) if module.ident == "builder" => {
                rewritten = operations::rewrite_operations(&mut module, cx, &mut failures);
                kept.push(Item::Mod(module));
            }
            Item::Impl(mut imp) if is_impl_of(&imp, "Client") && imp.trait_.is_none() => {
                if imp
                    .items
                    .iter()
                    .any(|i| matches!(i, ImplItem::Fn(f) if f.sig.ident == "new_with_client"))
                {
                    // `Client::new` / `new_with_client` would bypass the crate's
                    // configuration; `Client::builder()` and `Client::from_env()`
                    // replace them.
                    continue;
                }
                check_collisions(&imp, &mut failures);
                mark_deprecated(&mut imp, &cx.deprecated_operations);
                kept.push(Item::Impl(imp));
            }
            other => kept.push(other),
        }
    }
    file.items = kept;
    summary.operations = rewritten.len();
    // Struct builders only for what a request reaches (build/rewrite_builders.rs).
    if let Err(why) = builders::keep_request_builders(file) {
        println!("cargo:warning=every struct builder is kept: {why}");
    }
    for key in cx.operations.difference(&rewritten) {
        if !failures
            .iter()
            .any(|f| matches!(&f.at, Failing::Operation(k) if k == key))
        {
            failures.push(Failure::operation(
                key,
                "progenitor's output has no `send` of a shape the rewrite knows for it",
            ));
        }
    }
    if failures.is_empty() {
        Ok(summary)
    } else {
        Err(failures)
    }
}

fn is_impl_of(imp: &ItemImpl, name: &str) -> bool {
    matches!(&*imp.self_ty, Type::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == name))
}

pub(crate) fn self_name(imp: &ItemImpl) -> Option<String> {
    match &*imp.self_ty {
        Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

pub(crate) fn trait_name(imp: &ItemImpl) -> Option<String> {
    imp.trait_
        .as_ref()
        .and_then(|(_, path, _)| path.segments.last())
        .map(|s| s.ident.to_string())
}

fn check_collisions(imp: &ItemImpl, failures: &mut Vec<Failure>) {
    for item in &imp.items {
        if let ImplItem::Fn(f) = item {
            let name = f.sig.ident.to_string();
            if HAND_WRITTEN_CLIENT_METHODS.contains(&name.as_str()) {
                failures.push(Failure::operation(
                    &crate::normalize::op_key(&name),
                    format!(
                        "it would generate `Client::{name}`, which the hand-written layer in src/ \
                         also defines (rename or move the hand-written method, and update \
                         HAND_WRITTEN_CLIENT_METHODS in build/rewrite.rs)"
                    ),
                ));
            }
        }
    }
}

fn mark_deprecated(imp: &mut ItemImpl, deprecated: &[String]) {
    for item in &mut imp.items {
        if let ImplItem::Fn(f) = item {
            if deprecated.iter().any(|d| f.sig.ident == d) {
                f.attrs.push(
                    parse_quote!(#[deprecated(note = "deprecated in the Oz Agent API spec")]),
                );
            }
        }
    }
}
