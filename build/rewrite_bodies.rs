//! Request bodies given whole stay whole (a rule of `mod builder`).
//!
//! progenitor keeps an operation's body as its type's builder
//! (`body: Result<types::builder::X, String>`): `.body(value)` turns the
//! value into the builder and `send` turns it back (`types::X::try_from`),
//! a conversion each way and a copy of every member on every call. This rule
//! holds the body as `crate::typed_body::TypedBody<types::X,
//! types::builder::X>` instead: a value given whole is sent as it is, and
//! `body_map` still edits the builder (made from the value the first time).
//! The public surface does not change.
//!
//! Only a builder of the exact shape below is rewritten (the field, a
//! `body_map` of one assignment, one `types::X::try_from` in `send`); any
//! other keeps progenitor's form, which compiles and behaves the same.

use std::collections::{BTreeMap, BTreeSet};

use syn::visit::Visit;
use syn::visit_mut::VisitMut;
use syn::{parse_quote, Expr, Fields, ImplItem, Item, ItemImpl, Stmt, Type};

use super::self_name;

/// Rewrites every builder in `items` (the content of `mod builder`) whose
/// body has the shape above; returns how many were rewritten.
pub(super) fn keep_whole_bodies(items: &mut [Item]) -> usize {
    // Builder name → its body type's name, read from the struct's field…
    let mut fields: BTreeMap<String, syn::Ident> = items
        .iter()
        .filter_map(|item| match item {
            Item::Struct(s) => Some((s.ident.to_string(), body_field_type(s)?)),
            _ => None,
        })
        .collect();
    // …kept only where the impl has the known shape too.
    let shaped: BTreeSet<String> = items
        .iter()
        .filter_map(|item| match item {
            Item::Impl(imp) => {
                let owner = self_name(imp)?;
                impl_shape(imp, fields.get(&owner)?).then_some(owner)
            }
            _ => None,
        })
        .collect();
    fields.retain(|owner, _| shaped.contains(owner));
    let mut rewritten = 0;
    for item in items.iter_mut() {
        match item {
            Item::Struct(s) => {
                let Some(name) = fields.get(&s.ident.to_string()) else {
                    continue;
                };
                let Fields::Named(named) = &mut s.fields else {
                    continue;
                };
                for field in named.named.iter_mut() {
                    if field.ident.as_ref().is_some_and(|i| i == "body") {
                        field.ty = parse_quote!(
                            ::std::result::Result<crate::typed_body::TypedBody<types::#name, types::builder::#name>, String>
                        );
                    }
                }
                rewritten += 1;
            }
            Item::Impl(imp) => {
                let Some(owner) = self_name(imp) else {
                    continue;
                };
                if let Some(name) = fields.get(&owner) {
                    rewrite_impl(imp, name);
                }
            }
            _ => {}
        }
    }
    rewritten
}

/// `X` of a `body: Result<types::builder::X, String>` field.
fn body_field_type(s: &syn::ItemStruct) -> Option<syn::Ident> {
    let Fields::Named(named) = &s.fields else {
        return None;
    };
    let field = named
        .named
        .iter()
        .find(|f| f.ident.as_ref().is_some_and(|i| i == "body"))?;
    let Type::Path(result) = &field.ty else {
        return None;
    };
    let last = result.path.segments.last()?;
    if last.ident != "Result" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    let mut args = args.args.iter();
    let (Some(syn::GenericArgument::Type(Type::Path(ok))), Some(_), None) =
        (args.next(), args.next(), args.next())
    else {
        return None;
    };
    builder_type_name(&ok.path)
}

/// `X` of the path `types::builder::X`.
fn builder_type_name(path: &syn::Path) -> Option<syn::Ident> {
    let segments: Vec<&syn::PathSegment> = path.segments.iter().collect();
    match segments.as_slice() {
        [types, builder, name]
            if types.ident == "types"
                && builder.ident == "builder"
                && segments.iter().all(|s| s.arguments.is_none()) =>
        {
            Some(name.ident.clone())
        }
        _ => None,
    }
}

/// Whether the impl has the known shape for the body type `name`: a
/// `body_map` whose body is `self.body = self.body.map(f); self`, and one
/// `send` with one call of `types::name::try_from`.
fn impl_shape(imp: &ItemImpl, name: &syn::Ident) -> bool {
    let mut body_map = false;
    let mut sends = Vec::new();
    for member in &imp.items {
        let ImplItem::Fn(f) = member else { continue };
        if f.sig.ident == "body_map" {
            let [Stmt::Expr(assign, Some(_)), Stmt::Expr(_, None)] = f.block.stmts.as_slice()
            else {
                return false;
            };
            body_map =
                quote::quote!(#assign).to_string().replace(' ', "") == "self.body=self.body.map(f)";
        } else if f.sig.ident == "send" {
            sends.push(f);
        }
    }
    let [send] = sends.as_slice() else {
        return false;
    };
    let mut calls = TryFromCalls { name, found: 0 };
    calls.visit_block(&send.block);
    body_map && calls.found == 1
}

/// Rewrites `body_map` and `send` of an impl [`impl_shape`] accepted.
fn rewrite_impl(imp: &mut ItemImpl, name: &syn::Ident) {
    for member in &mut imp.items {
        let ImplItem::Fn(f) = member else { continue };
        if f.sig.ident == "body_map" {
            f.block.stmts[0] = parse_quote!(self.body = self.body.map(|body| body.edit(f)););
        } else if f.sig.ident == "send" {
            TryFromCalls { name, found: 0 }.visit_block_mut(&mut f.block);
        }
    }
}

/// Finds `types::X::try_from(v)` (`Visit`: counts them) and rewrites it as
/// `crate::typed_body::TypedBody::into_value(v)` (`VisitMut`).
struct TryFromCalls<'a> {
    name: &'a syn::Ident,
    found: usize,
}

impl TryFromCalls<'_> {
    fn is_try_from(&self, call: &syn::ExprCall) -> bool {
        let Expr::Path(func) = &*call.func else {
            return false;
        };
        let segments: Vec<&syn::PathSegment> = func.path.segments.iter().collect();
        matches!(
            segments.as_slice(),
            [types, name, try_from]
                if types.ident == "types" && name.ident == *self.name && try_from.ident == "try_from"
        )
    }
}

impl<'ast> Visit<'ast> for TryFromCalls<'_> {
    fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
        syn::visit::visit_expr_call(self, call);
        if self.is_try_from(call) {
            self.found += 1;
        }
    }
}

impl VisitMut for TryFromCalls<'_> {
    fn visit_expr_call_mut(&mut self, call: &mut syn::ExprCall) {
        syn::visit_mut::visit_expr_call_mut(self, call);
        if self.is_try_from(call) {
            self.found += 1;
            *call.func = parse_quote!(crate::typed_body::TypedBody::into_value);
        }
    }
}
