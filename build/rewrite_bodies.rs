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

use std::collections::BTreeMap;

use syn::visit_mut::VisitMut;
use syn::{parse_quote, Expr, Fields, ImplItem, Item, ItemImpl, Stmt, Type};

use super::self_name;

/// Rewrites every builder in `items` (the content of `mod builder`) whose
/// body has the shape above; returns how many were rewritten.
pub(super) fn keep_whole_bodies(items: &mut [Item]) -> usize {
    // Builder name → the body type's name, for the impls of the known shape.
    let mut whole: BTreeMap<String, syn::Ident> = BTreeMap::new();
    for item in items.iter() {
        let Item::Impl(imp) = item else { continue };
        if let (Some(owner), Some(name)) = (self_name(imp), impl_shape(imp)) {
            whole.insert(owner, name);
        }
    }
    // Only builders whose struct also has the field as expected.
    let mut fields: BTreeMap<String, syn::Ident> = BTreeMap::new();
    for item in items.iter() {
        let Item::Struct(s) = item else { continue };
        let owner = s.ident.to_string();
        if let (Some(name), Some(expected)) = (body_field_type(s), whole.get(&owner)) {
            if name == *expected {
                fields.insert(owner, name);
            }
        }
    }
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

/// The body type's name if the impl has the known shape: a `body_map` whose
/// body is `self.body = self.body.map(f); self`, taking
/// `FnOnce(types::builder::X) -> types::builder::X`, and a `send` with one
/// call of `types::X::try_from`.
fn impl_shape(imp: &ItemImpl) -> Option<syn::Ident> {
    let mut name = None;
    let mut sends = 0;
    for member in &imp.items {
        let ImplItem::Fn(f) = member else { continue };
        if f.sig.ident == "body_map" {
            let [Stmt::Expr(assign, Some(_)), Stmt::Expr(_, None)] = f.block.stmts.as_slice()
            else {
                return None;
            };
            let text = quote::quote!(#assign).to_string().replace(' ', "");
            if text != "self.body=self.body.map(f)" {
                return None;
            }
            let bound = quote::quote!(#f).to_string().replace(' ', "");
            let arg = bound
                .split("FnOnce(types::builder::")
                .nth(1)?
                .split(')')
                .next()?
                .to_owned();
            name = Some(syn::parse_str::<syn::Ident>(&arg).ok()?);
        } else if f.sig.ident == "send" {
            sends += 1;
        }
    }
    let name = name?;
    if sends != 1 {
        return None;
    }
    let send = imp.items.iter().find_map(|member| match member {
        ImplItem::Fn(f) if f.sig.ident == "send" => Some(f),
        _ => None,
    })?;
    let mut count = TryFromCalls {
        name: &name,
        found: 0,
        replace: false,
    };
    count.visit_block_mut(&mut send.block.clone());
    (count.found == 1).then_some(name)
}

/// Rewrites `body_map` and `send` of an impl [`impl_shape`] accepted.
fn rewrite_impl(imp: &mut ItemImpl, name: &syn::Ident) {
    for member in &mut imp.items {
        let ImplItem::Fn(f) = member else { continue };
        if f.sig.ident == "body_map" {
            f.block.stmts[0] = parse_quote!(self.body = self.body.map(|body| body.edit(f)););
        } else if f.sig.ident == "send" {
            TryFromCalls {
                name,
                found: 0,
                replace: true,
            }
            .visit_block_mut(&mut f.block);
        }
    }
}

/// Finds (and with `replace`, rewrites) `types::X::try_from(v)` as
/// `crate::typed_body::TypedBody::into_value(v)`.
struct TryFromCalls<'a> {
    name: &'a syn::Ident,
    found: usize,
    replace: bool,
}

impl VisitMut for TryFromCalls<'_> {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        syn::visit_mut::visit_expr_mut(self, expr);
        let Expr::Call(call) = expr else { return };
        let Expr::Path(func) = &*call.func else {
            return;
        };
        let segments: Vec<&syn::PathSegment> = func.path.segments.iter().collect();
        let [types, name, try_from] = segments.as_slice() else {
            return;
        };
        if types.ident != "types" || name.ident != *self.name || try_from.ident != "try_from" {
            return;
        }
        self.found += 1;
        if self.replace {
            *call.func = parse_quote!(crate::typed_body::TypedBody::into_value);
        }
    }
}
