//! Struct builders only where a request needs them.
//!
//! progenitor's builder interface turns typify's struct builders on for
//! every object schema: a `types::builder::X` struct with one
//! `Result<_, String>` field per property, its setters, `Default`,
//! `TryFrom<builder::X> for X`, `From<X> for builder::X`, and `X::builder()`.
//! Operations use them only for request bodies (`body_map`), and callers need
//! them only to build what they send. A type that only ever arrives in a
//! response is decoded, never built, so its builder is code every dependent
//! compiles for nothing (with H, more than half of the generated file).
//!
//! The rule keeps the builder of every type a request can reach: the types
//! named by the fields of the operation builders (`mod builder`: one field
//! per parameter, and the body), and transitively every type named by a
//! field or variant of a kept type. Every other builder is removed with all
//! its impls and its type's `builder()` function. A type is kept as well
//! where anything else in the file names its builder.
//!
//! When the file has no shape the rule knows (no operation builders, no
//! `mod types::builder`), it removes nothing and says so in a build warning.

use std::collections::{BTreeMap, BTreeSet};

use syn::visit::Visit;
use syn::{File, ImplItem, Item, ItemMod, Type};

use super::self_name;

/// Removes the struct builders of the types no request reaches. Returns the
/// names of the types whose builders it removed, or why it left every
/// builder in place.
pub fn keep_request_builders(file: &mut File) -> Result<BTreeSet<String>, String> {
    let Some(types) = module(&file.items, "types") else {
        return Err("the client has no `mod types`".to_owned());
    };
    let Some(operations) = module(&file.items, "builder") else {
        return Err("the client has no `mod builder` of operation builders".to_owned());
    };
    let Some(type_builders) = module(types, "builder") else {
        return Err("`mod types` has no `mod builder` of struct builders".to_owned());
    };
    let with_builder: BTreeSet<String> = type_builders
        .iter()
        .filter_map(|item| match item {
            Item::Struct(s) => Some(s.ident.to_string()),
            _ => None,
        })
        .collect();
    if with_builder.is_empty() {
        return Ok(BTreeSet::new());
    }

    // The type graph of `mod types`: each type → the names its fields and
    // variants mention.
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for item in types {
        let (name, mentions) = match item {
            Item::Struct(s) => (s.ident.to_string(), names_in(|v| v.visit_fields(&s.fields))),
            Item::Enum(e) => (
                e.ident.to_string(),
                names_in(|v| {
                    e.variants
                        .iter()
                        .for_each(|var| v.visit_fields(&var.fields))
                }),
            ),
            Item::Type(t) => (t.ident.to_string(), names_in(|v| v.visit_type(&t.ty))),
            _ => continue,
        };
        graph.entry(name).or_default().extend(mentions);
    }

    // The roots: what the operation builders' fields name.
    let mut roots = BTreeSet::new();
    let mut operation_builders = 0;
    for item in operations {
        if let Item::Struct(s) = item {
            operation_builders += 1;
            roots.extend(names_in(|v| v.visit_fields(&s.fields)));
        }
    }
    if operation_builders == 0 {
        return Err("`mod builder` has no operation builder structs".to_owned());
    }
    // Builders named anywhere but in `mod types::builder` and the
    // `builder()` functions (hand-off points the rule does not know).
    let mut elsewhere = BuilderMentions::default();
    for item in &file.items {
        match item {
            Item::Mod(m) if m.ident == "types" => {
                for inner in m.content.iter().flat_map(|(_, items)| items) {
                    match inner {
                        Item::Mod(b) if b.ident == "builder" => {}
                        Item::Impl(imp) if imp.trait_.is_none() => {
                            for member in &imp.items {
                                if !is_builder_fn(member) {
                                    elsewhere.visit_impl_item(member);
                                }
                            }
                        }
                        other => elsewhere.visit_item(other),
                    }
                }
            }
            Item::Mod(m) if m.ident == "builder" => {
                // The operation builders name `types::builder::Body` in
                // `body` and `body_map`: a root already.
                for inner in m.content.iter().flat_map(|(_, items)| items) {
                    if !matches!(inner, Item::Struct(_)) {
                        elsewhere.visit_item(inner);
                    }
                }
            }
            other => elsewhere.visit_item(other),
        }
    }
    roots.extend(elsewhere.0);

    let mut kept = BTreeSet::new();
    let mut pending: Vec<String> = roots.into_iter().collect();
    while let Some(name) = pending.pop() {
        if !graph.contains_key(&name) || !kept.insert(name.clone()) {
            continue;
        }
        pending.extend(graph[&name].iter().cloned());
    }
    let removed: BTreeSet<String> = with_builder.difference(&kept).cloned().collect();
    if removed.is_empty() {
        return Ok(removed);
    }

    for item in &mut file.items {
        let Item::Mod(types) = item else { continue };
        if types.ident != "types" {
            continue;
        }
        let Some((_, items)) = types.content.as_mut() else {
            continue;
        };
        items.retain_mut(|item| match item {
            Item::Mod(b) if b.ident == "builder" => {
                prune_builder_module(b, &removed);
                true
            }
            Item::Impl(imp)
                if imp.trait_.is_none() && self_name(imp).is_some_and(|n| removed.contains(&n)) =>
            {
                imp.items.retain(|member| !is_builder_fn(member));
                !imp.items.is_empty()
            }
            _ => true,
        });
    }
    Ok(removed)
}

fn prune_builder_module(module: &mut ItemMod, removed: &BTreeSet<String>) {
    let Some((_, items)) = module.content.as_mut() else {
        return;
    };
    items.retain(|item| match item {
        Item::Struct(s) => !removed.contains(&s.ident.to_string()),
        // `impl X`, `impl Default for X`, `impl From<super::X> for X`,
        // `impl IntoOptional<super::X> for X` and
        // `impl TryFrom<X> for super::X`: all belong to builder X.
        Item::Impl(imp) => !self_name(imp).is_some_and(|n| removed.contains(&n)),
        _ => true,
    });
}

/// `pub fn builder() -> builder::X`.
fn is_builder_fn(member: &ImplItem) -> bool {
    let ImplItem::Fn(f) = member else {
        return false;
    };
    if f.sig.ident != "builder" || !f.sig.inputs.is_empty() {
        return false;
    }
    match &f.sig.output {
        syn::ReturnType::Type(_, ty) => match &**ty {
            Type::Path(p) => {
                let segments: Vec<_> = p.path.segments.iter().map(|s| &s.ident).collect();
                segments.len() >= 2 && segments[segments.len() - 2] == "builder"
            }
            _ => false,
        },
        syn::ReturnType::Default => false,
    }
}

fn module<'a>(items: &'a [Item], name: &str) -> Option<&'a [Item]> {
    items.iter().find_map(|item| match item {
        Item::Mod(m) if m.ident == name => m.content.as_ref().map(|(_, items)| items.as_slice()),
        _ => None,
    })
}

/// The last segment of every type path `visit` reaches (generic arguments
/// included): the names a field, variant or alias mentions.
fn names_in(visit: impl FnOnce(&mut Names)) -> BTreeSet<String> {
    let mut names = Names::default();
    visit(&mut names);
    names.0
}

#[derive(Default)]
struct Names(BTreeSet<String>);

impl<'ast> Visit<'ast> for Names {
    fn visit_type_path(&mut self, p: &'ast syn::TypePath) {
        if let Some(last) = p.path.segments.last() {
            self.0.insert(last.ident.to_string());
        }
        syn::visit::visit_type_path(self, p);
    }
}

/// `X` of every path `…::builder::X` (a type's builder named).
#[derive(Default)]
struct BuilderMentions(BTreeSet<String>);

impl<'ast> Visit<'ast> for BuilderMentions {
    fn visit_path(&mut self, p: &'ast syn::Path) {
        let segments: Vec<_> = p.segments.iter().map(|s| s.ident.to_string()).collect();
        for pair in segments.windows(2) {
            if pair[0] == "builder" {
                self.0.insert(pair[1].clone());
            }
        }
        syn::visit::visit_path(self, p);
    }
}
