//! Cursor pagination, found by one rule over the spec.
//!
//! An operation is cursor-paged when it has a `cursor` query parameter (a
//! string) and its JSON success response is an object with a `page_info`
//! object that has a `next_cursor` property, beside exactly one array
//! property: the items. For each, the build
//!
//! * marks the operation in the exported spec (`oz_agent_api::spec`) with
//!   `x-oz-pagination: {"items": "<array property>"}`, so the fake server
//!   (and any tool) pages by the same rule;
//! * implements `crate::pagination::Paged` for its builder and gives the
//!   builder `pages()` and `stream()`, found in the generated code by the
//!   fields' wire names. The guarantees (filters kept, cursor-loop and
//!   empty-page guards, one page in memory) are the hand-written generic code
//!   in `src/pagination.rs`.
//!
//! A shape the generated code does not have (a field not found) costs only
//! that operation's `pages()`/`stream()`, with a note; never the build.

use std::collections::BTreeMap;

use openapiv3::{OpenAPI, Parameter, ReferenceOr, Schema, SchemaKind, Type};
use quote::{format_ident, quote};
use syn::{parse_quote, Fields, File, ImplItem, Item, ReturnType};

use crate::normalize::op_key;

/// The extension naming a paged operation's array of items.
pub const EXTENSION: &str = "x-oz-pagination";

/// The wire names of a paged operation's page members.
#[derive(Clone, Debug)]
pub struct Paging {
    /// `(path, method)` of the operation, for the exported spec.
    pub path: String,
    pub method: String,
    /// The array property holding the items.
    pub items: String,
    /// Whether `page_info` declares `has_next_page`.
    pub has_next_page: bool,
}

/// Every cursor-paged operation of the normalized `spec`, by [`op_key`].
pub fn paged_operations(spec: &OpenAPI) -> BTreeMap<String, Paging> {
    let mut out = BTreeMap::new();
    for (path, method, op) in spec.operations() {
        let Some(id) = op.operation_id.as_deref() else {
            continue;
        };
        let has_cursor = op.parameters.iter().any(|p| match p {
            ReferenceOr::Item(Parameter::Query { parameter_data, .. }) => {
                parameter_data.name == "cursor"
                    && matches!(
                        &parameter_data.format,
                        openapiv3::ParameterSchemaOrContent::Schema(s)
                            if resolve(spec, s).is_some_and(|s| matches!(
                                &s.schema_kind,
                                SchemaKind::Type(Type::String(t)) if t.enumeration.is_empty()
                            ))
                    )
            }
            _ => false,
        });
        if !has_cursor {
            continue;
        }
        let success = op.responses.responses.iter().find_map(|(status, r)| {
            let ok = matches!(status, openapiv3::StatusCode::Code(c) if (200..300).contains(c));
            match (ok, r) {
                (true, ReferenceOr::Item(r)) => r.content.get("application/json"),
                _ => None,
            }
        });
        let Some(page) = success
            .and_then(|m| m.schema.as_ref())
            .and_then(|s| resolve(spec, s))
        else {
            continue;
        };
        let Some(properties) = object_properties(spec, page) else {
            continue;
        };
        let Some(page_info) = properties
            .get("page_info")
            .and_then(|p| resolve_boxed(spec, p))
            .and_then(|p| object_properties(spec, p))
        else {
            continue;
        };
        if !page_info.contains_key("next_cursor") {
            continue;
        }
        let arrays: Vec<&str> = properties
            .iter()
            .filter(|(name, _)| **name != "page_info")
            .filter(|(_, p)| {
                resolve_boxed(spec, p)
                    .is_some_and(|s| matches!(s.schema_kind, SchemaKind::Type(Type::Array(_))))
            })
            .map(|(name, _)| *name)
            .collect();
        let [items] = arrays[..] else {
            continue;
        };
        out.insert(
            op_key(id),
            Paging {
                path: path.to_owned(),
                method: method.to_owned(),
                items: items.to_owned(),
                has_next_page: page_info.contains_key("has_next_page"),
            },
        );
    }
    out
}

/// Marks each paged operation of the exported spec with [`EXTENSION`].
pub fn mark(described: &mut serde_json::Value, paged: &BTreeMap<String, Paging>) {
    for paging in paged.values() {
        if let Some(op) = described
            .get_mut("paths")
            .and_then(|p| p.get_mut(&paging.path))
            .and_then(|i| i.get_mut(&paging.method))
            .and_then(serde_json::Value::as_object_mut)
        {
            op.insert(
                EXTENSION.to_owned(),
                serde_json::json!({ "items": paging.items }),
            );
        }
    }
}

fn resolve<'s>(spec: &'s OpenAPI, schema: &'s ReferenceOr<Schema>) -> Option<&'s Schema> {
    let mut schema = schema;
    for _ in 0..16 {
        match schema {
            ReferenceOr::Item(s) => return Some(s),
            ReferenceOr::Reference { reference } => {
                let name = reference.strip_prefix("#/components/schemas/")?;
                schema = spec.components.as_ref()?.schemas.get(name)?;
            }
        }
    }
    None
}

fn resolve_boxed<'s>(
    spec: &'s OpenAPI,
    schema: &'s ReferenceOr<Box<Schema>>,
) -> Option<&'s Schema> {
    match schema {
        ReferenceOr::Item(s) => Some(s),
        ReferenceOr::Reference { reference } => {
            let name = reference.strip_prefix("#/components/schemas/")?;
            resolve(spec, spec.components.as_ref()?.schemas.get(name)?)
        }
    }
}

/// The declared properties of an object schema, by name, through `allOf`
/// (a page may be an envelope with the page's members beside it).
fn object_properties<'s>(
    spec: &'s OpenAPI,
    schema: &'s Schema,
) -> Option<BTreeMap<&'s str, &'s ReferenceOr<Box<Schema>>>> {
    fn collect<'s>(
        spec: &'s OpenAPI,
        schema: &'s Schema,
        out: &mut BTreeMap<&'s str, &'s ReferenceOr<Box<Schema>>>,
        depth: usize,
    ) {
        if depth > 8 {
            return;
        }
        match &schema.schema_kind {
            SchemaKind::Type(Type::Object(o)) => {
                out.extend(o.properties.iter().map(|(k, v)| (k.as_str(), v)));
            }
            SchemaKind::Any(a) => {
                out.extend(a.properties.iter().map(|(k, v)| (k.as_str(), v)));
                for part in &a.all_of {
                    if let Some(part) = resolve(spec, part) {
                        collect(spec, part, out, depth + 1);
                    }
                }
            }
            SchemaKind::AllOf { all_of } => {
                for part in all_of {
                    if let Some(part) = resolve(spec, part) {
                        collect(spec, part, out, depth + 1);
                    }
                }
            }
            _ => {}
        }
    }
    let mut out = BTreeMap::new();
    collect(spec, schema, &mut out, 0);
    (!out.is_empty()).then_some(out)
}

/// The field of `fields` whose wire name is `wire` (its `#[serde(rename)]`,
/// else its identifier).
fn field<'f>(fields: &'f Fields, wire: &str) -> Option<&'f syn::Field> {
    fields.iter().find(|f| {
        let renamed = f.attrs.iter().find_map(|attr| {
            if !attr.path().is_ident("serde") {
                return None;
            }
            let mut found = None;
            let _ = attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("rename") {
                    let lit: syn::LitStr = meta.value()?.parse()?;
                    found = Some(lit.value());
                } else if meta.input.peek(syn::Token![=]) {
                    let _: syn::Expr = meta.value()?.parse()?;
                }
                Ok(())
            });
            found
        });
        match renamed {
            Some(name) => name == wire,
            None => f
                .ident
                .as_ref()
                .is_some_and(|i| i.to_string().trim_start_matches("r#") == wire),
        }
    })
}

/// The last segment's identifier of a path type (`types::ListRunsResponse`).
fn type_ident(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// The `T` of `Result<ResponseValue<T>, _>`.
fn page_type(send: &syn::ImplItemFn) -> Option<syn::Type> {
    let ReturnType::Type(_, ty) = &send.sig.output else {
        return None;
    };
    let first = |ty: &syn::Type| -> Option<syn::Type> {
        let syn::Type::Path(p) = ty else { return None };
        let syn::PathArguments::AngleBracketed(args) = &p.path.segments.last()?.arguments else {
            return None;
        };
        args.args.iter().find_map(|a| match a {
            syn::GenericArgument::Type(t) => Some(t.clone()),
            _ => None,
        })
    };
    let value = first(ty)?;
    if type_ident(&value).as_deref() != Some("ResponseValue") {
        return None;
    }
    first(&value)
}

/// Adds `Page` impls to the pages (in `mod types`, where their fields'
/// types are named) and `Paged` impls, `pages()` and `stream()` to the
/// builders of the paged operations in `file`; returns a note per operation
/// it could not page.
pub fn add_paging(file: &mut File, paged: &BTreeMap<String, Paging>) -> Vec<String> {
    let mut notes = Vec::new();
    if paged.is_empty() {
        return notes;
    }
    // Structs of `mod types`, by name.
    let mut structs: BTreeMap<String, Fields> = BTreeMap::new();
    for item in &file.items {
        if let Item::Mod(m) = item {
            if m.ident == "types" {
                for item in m.content.iter().flat_map(|(_, items)| items) {
                    if let Item::Struct(s) = item {
                        structs.insert(s.ident.to_string(), s.fields.clone());
                    }
                }
            }
        }
    }
    let mut page_impls: BTreeMap<String, Item> = BTreeMap::new();
    for item in &mut file.items {
        let Item::Mod(module) = item else { continue };
        if module.ident != "builder" {
            continue;
        }
        let Some((_, items)) = module.content.as_mut() else {
            continue;
        };
        let mut added = Vec::new();
        for item in items.iter() {
            let Item::Impl(imp) = item else { continue };
            let Some(owner) = crate::rewrite::self_name(imp) else {
                continue;
            };
            let Some(id) = crate::rewrite::operation_id_in(imp) else {
                continue;
            };
            let Some(paging) = paged.get(&op_key(&id)) else {
                continue;
            };
            match paging_impl(imp, &owner, &id, paging, &structs) {
                Ok((page_name, page_impl, builder_impls)) => {
                    page_impls.entry(page_name).or_insert(page_impl);
                    added.extend(builder_impls);
                }
                Err(why) => notes.push(format!(
                    "{} {} ({id}): cursor-paged by the spec, but no pages()/stream(): {why}",
                    paging.method.to_ascii_uppercase(),
                    paging.path
                )),
            }
        }
        items.extend(added);
    }
    for item in &mut file.items {
        if let Item::Mod(m) = item {
            if m.ident == "types" {
                if let Some((_, items)) = m.content.as_mut() {
                    items.extend(std::mem::take(&mut page_impls).into_values());
                }
            }
        }
    }
    notes
}

/// The page's name, its `Page` impl (for `mod types`) and the builder's
/// `Paged` impl and methods (for `mod builder`).
fn paging_impl(
    imp: &syn::ItemImpl,
    owner: &str,
    operation: &str,
    paging: &Paging,
    structs: &BTreeMap<String, Fields>,
) -> Result<(String, Item, Vec<Item>), String> {
    let send = imp
        .items
        .iter()
        .find_map(|m| match m {
            ImplItem::Fn(f) if f.sig.ident == "send" => Some(f),
            _ => None,
        })
        .ok_or("no send")?;
    let has_setter = imp
        .items
        .iter()
        .any(|m| matches!(m, ImplItem::Fn(f) if f.sig.ident == "cursor"));
    if !has_setter {
        return Err("no `cursor` setter".into());
    }
    let page = page_type(send).ok_or("send does not return a JSON page")?;
    let page_name = type_ident(&page).ok_or("the page is not a named type")?;
    let page_fields = structs
        .get(&page_name)
        .ok_or_else(|| format!("no struct {page_name}"))?;
    let info = field(page_fields, "page_info").ok_or("no page_info field")?;
    let info_ident = info.ident.clone().ok_or("page_info is not a named field")?;
    let info_name = type_ident(&info.ty).ok_or("page_info is not a named type")?;
    let info_fields = structs
        .get(&info_name)
        .ok_or_else(|| format!("no struct {info_name}"))?;
    let cursor = field(info_fields, "next_cursor")
        .and_then(|f| f.ident.clone())
        .ok_or("no next_cursor field")?;
    let flag = if paging.has_next_page {
        let flag = field(info_fields, "has_next_page")
            .and_then(|f| f.ident.clone())
            .ok_or("no has_next_page field")?;
        quote!(&self.#info_ident.#flag)
    } else {
        quote!(&true)
    };
    let items = field(page_fields, &paging.items).ok_or("no field for the items")?;
    let items_ident = items
        .ident
        .clone()
        .ok_or("the items are not a named field")?;
    let items_ty = &items.ty;
    let item_ty = item_type(items_ty).ok_or("the items are not an array")?;
    let page_ident = format_ident!("{}", page_name);
    let page_impl: Item = parse_quote! {
        impl crate::pagination::Page for #page_ident {
            type Item = <#items_ty as crate::pagination::ItemsField>::Item;
            fn next_cursor(&self) -> ::std::option::Option<&str> {
                crate::pagination::next_cursor(&self.#info_ident.#cursor, #flag)
            }
            fn item_count(&self) -> usize {
                crate::pagination::ItemsField::count(&self.#items_ident)
            }
            fn into_items(self) -> ::std::vec::Vec<Self::Item> {
                crate::pagination::ItemsField::into_vec(self.#items_ident)
            }
        }
    };
    let owner = format_ident!("{}", owner);
    let page_label = page_name.clone();
    let pages_doc = "Every page of the listing: this request, then one request per \
         `page_info.next_cursor`, with the same filters and sort, lazily, one page in memory. \
         See [`crate::pagination`] for when it ends.";
    let stream_doc = format!(
        "Every item of the listing (`{}`), page after page (see [`pages`](Self::pages)).",
        paging.items
    );
    let file: File = parse_quote! {
        impl<'a> crate::pagination::Paged<'a> for #owner<'a> {
            type Page = #page;
            const OPERATION: &'static str = #operation;
            const PAGE: &'static str = #page_label;
            fn send_page(self) -> crate::pagination::PageFuture<'a, Self::Page> {
                ::std::boxed::Box::pin(async move { self.send().await.map(ResponseValue::into_inner) })
            }
            fn with_cursor(self, cursor: ::std::string::String) -> Self {
                self.cursor(cursor)
            }
        }
        impl<'a> #owner<'a> {
            #[doc = #pages_doc]
            pub fn pages(
                self,
            ) -> impl ::futures_core::Stream<Item = crate::Result<#page>> + ::std::marker::Send + ::std::marker::Unpin + 'a {
                crate::pagination::pages(self)
            }
            #[doc = #stream_doc]
            pub fn stream(
                self,
            ) -> impl ::futures_core::Stream<Item = crate::Result<#item_ty>> + ::std::marker::Send + ::std::marker::Unpin + 'a {
                crate::pagination::items(self)
            }
        }
    };
    Ok((page_name, page_impl, file.items))
}

/// The item type of `Vec<T>` or `Option<Vec<T>>` as `mod builder` names it
/// (typify's own types, named bare in `mod types`, as `types::T`).
fn item_type(ty: &syn::Type) -> Option<syn::Type> {
    fn argument(ty: &syn::Type, outer: &str) -> Option<syn::Type> {
        let syn::Type::Path(p) = ty else { return None };
        let last = p.path.segments.last()?;
        if last.ident != outer {
            return None;
        }
        let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
            return None;
        };
        args.args.iter().find_map(|a| match a {
            syn::GenericArgument::Type(t) => Some(t.clone()),
            _ => None,
        })
    }
    let mut item = argument(ty, "Vec").or_else(|| argument(&argument(ty, "Option")?, "Vec"))?;
    struct Qualify;
    impl syn::visit_mut::VisitMut for Qualify {
        fn visit_type_path_mut(&mut self, p: &mut syn::TypePath) {
            syn::visit_mut::visit_type_path_mut(self, p);
            let local = p.qself.is_none()
                && p.path.leading_colon.is_none()
                && p.path.segments.len() == 1
                && p.path.segments[0]
                    .ident
                    .to_string()
                    .starts_with(|c: char| c.is_ascii_uppercase());
            if local {
                let segment = p.path.segments[0].clone();
                *p = parse_quote!(types::#segment);
            }
        }
    }
    syn::visit_mut::VisitMut::visit_type_mut(&mut Qualify, &mut item);
    Some(item)
}
