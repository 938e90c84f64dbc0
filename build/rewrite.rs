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
//!   so an optional field added upstream is not a breaking change;
//! * every operation's `send` goes through [`crate::transport`] (auth, retries,
//!   tracing) and returns the crate's one error type;
//! * every path parameter goes through `crate::path::segment`: one segment of
//!   the intended path, or `Error::InvalidRequest` before anything is sent;
//! * the constructors that would bypass the crate's configuration are removed,
//!   and deprecated operations are marked `#[deprecated]`.
//!
//! Each rule checks that progenitor's output has the shape it expects and
//! fails the build with a message naming the item otherwise.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::parse::Parser;
use syn::visit_mut::VisitMut;
use syn::{
    parse_quote, Attribute, Expr, Fields, File, GenericArgument, ImplItem, Item, ItemEnum,
    ItemImpl, ItemMod, Pat, PathArguments, ReturnType, Stmt, Type,
};

/// Inherent methods the hand-written layer (`src/`) defines on `Client`: its
/// constructors and configuration getters (everything else is on the
/// `ClientExt` trait and cannot collide). An operation whose method name
/// collides with one fails the build with a message naming both, instead of
/// rustc's E0592 deep in generated code. `tests/build_script.rs` checks this
/// list against `src/`.
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
/// any other shape fails the build naming it. A spec without the operation
/// is left alone.
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
    /// How many operations the spec has (each must get a rewritten `send`).
    pub operations: usize,
}

/// Counts of what was rewritten, for the build's own sanity checks.
#[derive(Default)]
pub struct Summary {
    pub open_enums: usize,
    pub unions: usize,
    pub structs: usize,
    pub operations: usize,
}

pub fn rewrite(file: &mut File, cx: &Context) -> Result<Summary, String> {
    let mut summary = Summary::default();
    let mut kept = Vec::with_capacity(file.items.len());
    for item in std::mem::take(&mut file.items) {
        match item {
            Item::Mod(mut module) if module.ident == "types" => {
                rewrite_types(&mut module, cx, &mut summary)?;
                kept.push(Item::Mod(module));
            }
            Item::Mod(mut module) if module.ident == "builder" => {
                summary.operations += rewrite_operations(&mut module, cx)?;
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
                check_collisions(&imp)?;
                mark_deprecated(&mut imp, &cx.deprecated_operations);
                kept.push(Item::Impl(imp));
            }
            other => kept.push(other),
        }
    }
    file.items = kept;
    if summary.operations != cx.operations {
        return Err(format!(
            "the spec has {} operations but {} `send` methods were rewritten; progenitor's output \
             changed shape",
            cx.operations, summary.operations
        ));
    }
    Ok(summary)
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

fn trait_name(imp: &ItemImpl) -> Option<String> {
    imp.trait_
        .as_ref()
        .and_then(|(_, path, _)| path.segments.last())
        .map(|s| s.ident.to_string())
}

fn check_collisions(imp: &ItemImpl) -> Result<(), String> {
    for item in &imp.items {
        if let ImplItem::Fn(f) = item {
            let name = f.sig.ident.to_string();
            if HAND_WRITTEN_CLIENT_METHODS.contains(&name.as_str()) {
                return Err(format!(
                    "an operation of the spec generates `Client::{name}`, which the hand-written layer in \
                     src/ also defines; rename or move the hand-written method (and update \
                     HAND_WRITTEN_CLIENT_METHODS in build/rewrite.rs)"
                ));
            }
        }
    }
    Ok(())
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

// ---------------------------------------------------------------------------
// types: open enums, unions, non-exhaustive structs

fn rewrite_types(module: &mut ItemMod, cx: &Context, summary: &mut Summary) -> Result<(), String> {
    let Some((_, items)) = module.content.as_mut() else {
        return Err("`mod types` has no body".into());
    };
    // First pass: classify enums.
    let mut string_enums: BTreeMap<String, Vec<(syn::Ident, String)>> = BTreeMap::new();
    let mut unions: BTreeMap<String, Vec<(syn::Ident, Type)>> = BTreeMap::new();
    for item in items.iter() {
        if let Item::Enum(e) = item {
            let name = e.ident.to_string();
            if e.variants.iter().all(|v| matches!(v.fields, Fields::Unit)) {
                let values = e
                    .variants
                    .iter()
                    .map(|v| (v.ident.clone(), wire_name(v)))
                    .collect::<Vec<_>>();
                if values.iter().any(|(ident, _)| ident == CATCH_ALL) {
                    return Err(format!(
                        "enum {name} already has a variant named {CATCH_ALL}"
                    ));
                }
                string_enums.insert(name, values);
            } else if has_serde_word(&e.attrs, "untagged") {
                let variants = e
                    .variants
                    .iter()
                    .map(|v| match &v.fields {
                        Fields::Unnamed(f) if f.unnamed.len() == 1 => {
                            Ok((v.ident.clone(), f.unnamed[0].ty.clone()))
                        }
                        _ => Err(format!(
                            "union {name}: variant {} is not a newtype",
                            v.ident
                        )),
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                unions.insert(name, variants);
            } else {
                return Err(format!("enum {name} has a shape the rewrite does not know"));
            }
        }
    }

    // Newtypes (`struct X(Inner)`), for the JsonSchema impls typify writes by hand.
    let newtypes: BTreeMap<String, Type> = items
        .iter()
        .filter_map(|item| match item {
            Item::Struct(s) => match &s.fields {
                Fields::Unnamed(f) if f.unnamed.len() == 1 => {
                    Some((s.ident.to_string(), f.unnamed[0].ty.clone()))
                }
                _ => None,
            },
            _ => None,
        })
        .collect();

    let mut out = Vec::with_capacity(items.len());
    for item in std::mem::take(items) {
        match item {
            Item::Impl(imp) if trait_name(&imp).as_deref() == Some("JsonSchema") => {
                out.push(json_schema_impl(&imp, &newtypes));
            }
            Item::Enum(mut e) if string_enums.contains_key(&e.ident.to_string()) => {
                let values = &string_enums[&e.ident.to_string()];
                open_string_enum(&mut e);
                out.push(Item::Enum(e.clone()));
                out.extend(string_enum_impls(&e.ident, values));
                summary.open_enums += 1;
            }
            Item::Enum(mut e) if unions.contains_key(&e.ident.to_string()) => {
                let name = e.ident.to_string();
                let variants = &unions[&name];
                out.extend(open_union(&mut e, variants, cx.discriminators.get(&name))?);
                summary.unions += 1;
            }
            Item::Mod(mut nested) if nested.ident == "builder" => {
                rewrite_struct_builders(&mut nested)?;
                out.push(Item::Mod(nested));
            }
            Item::Struct(mut s) => {
                s.attrs.push(parse_quote!(#[non_exhaustive]));
                summary.structs += 1;
                out.push(Item::Struct(s));
            }
            Item::Impl(imp)
                if self_name(&imp).is_some_and(|n| string_enums.contains_key(&n))
                    && matches!(
                        trait_name(&imp).as_deref(),
                        Some("Display" | "FromStr" | "TryFrom")
                    ) =>
            {
                // Replaced by `string_enum_impls`.
            }
            other => out.push(other),
        }
    }
    *items = out;
    Ok(())
}

/// A `JsonSchema` impl the generator wrote by hand (typify does for
/// newtypes whose values it restricts), rewritten for the `schemars` the
/// crate uses (1.x; typify writes against 0.8's API) and compiled only with
/// the `schemars` feature. It reads no statement of the original: the schema
/// is the inner type's, plus the listed values (`enum`, or `not: {enum}`)
/// when the original names them as JSON text; for a type that is not a
/// newtype, any JSON.
fn json_schema_impl(imp: &ItemImpl, newtypes: &BTreeMap<String, Type>) -> Item {
    let self_ty = &imp.self_ty;
    let name = self_name(imp).unwrap_or_default();
    // The JSON texts of the values the original lists (`from_str("1")`).
    let mut values = Vec::new();
    struct Literals<'a>(&'a mut Vec<serde_json::Value>);
    impl syn::visit::Visit<'_> for Literals<'_> {
        fn visit_lit_str(&mut self, lit: &syn::LitStr) {
            if let Ok(value) = serde_json::from_str(&lit.value()) {
                self.0.push(value);
            }
        }
    }
    let body_text = quote!(#imp).to_string();
    for member in &imp.items {
        if let ImplItem::Fn(f) = member {
            if f.sig.ident == "json_schema" {
                syn::visit::Visit::visit_block(&mut Literals(&mut values), &f.block);
            }
        }
    }
    let restriction = if values.is_empty() {
        quote!()
    } else {
        let list = serde_json::Value::Array(values).to_string();
        let (key, wrap) = if body_text.contains("not") {
            ("not", true)
        } else {
            ("enum", false)
        };
        let value = if wrap {
            quote!({
                let mut not = ::serde_json::Map::new();
                not.insert("enum".to_owned(), values);
                ::serde_json::Value::Object(not)
            })
        } else {
            quote!(values)
        };
        quote! {
            let values: ::serde_json::Value = ::serde_json::from_str(#list).unwrap_or_default();
            schema.insert(#key.to_owned(), #value);
        }
    };
    let schema = match newtypes.get(&name) {
        Some(inner) => quote! {
            let mut schema = <#inner as ::schemars::JsonSchema>::json_schema(generator);
            #restriction
            schema
        },
        None => quote! {
            let _ = generator;
            ::schemars::Schema::default()
        },
    };
    parse_quote! {
        #[cfg(feature = "schemars")]
        impl ::schemars::JsonSchema for #self_ty {
            fn schema_name() -> ::std::borrow::Cow<'static, str> {
                ::std::borrow::Cow::Borrowed(#name)
            }
            fn json_schema(generator: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
                #schema
            }
        }
    }
}

/// Optional-field setters of the struct builders take [`crate::IntoOptional`]
/// instead of `TryInto<Option<T>>`, so `.prompt("text")`, `.mode(AgentRunMode::Plan)`,
/// `.title(None::<String>)` and `.config(AmbientAgentConfig::builder()…)` all work.
fn rewrite_struct_builders(module: &mut ItemMod) -> Result<(), String> {
    let Some((_, items)) = module.content.as_mut() else {
        return Err("`mod types::builder` has no body".into());
    };
    let mut builders = Vec::new();
    for item in items.iter_mut() {
        match item {
            Item::Struct(s) => builders.push(s.ident.clone()),
            Item::Impl(imp) if trait_name(imp).as_deref() == Some("Default") => {
                // The `extra` map of unknown fields starts empty rather than "not supplied".
                ExtraDefaultsEmpty.visit_item_impl_mut(imp);
            }
            Item::Impl(imp) if imp.trait_.is_none() => {
                for member in &mut imp.items {
                    let ImplItem::Fn(f) = member else { continue };
                    let Some(inner) = optional_setter_target(f) else {
                        continue;
                    };
                    let Some(Stmt::Expr(Expr::Assign(assign), _)) = f.block.stmts.first() else {
                        return Err(format!("setter {} has an unexpected body", f.sig.ident));
                    };
                    let target = assign.left.clone();
                    f.sig.generics.where_clause =
                        Some(parse_quote!(where T: crate::IntoOptional<#inner>));
                    f.block = parse_quote!({
                        #target = crate::IntoOptional::into_optional(value).map_err(|e| {
                            format!("error converting supplied value for {}: {e}", stringify!(#target))
                        });
                        self
                    });
                }
            }
            _ => {}
        }
    }
    for ident in builders {
        items.push(parse_quote! {
            impl crate::IntoOptional<super::#ident> for #ident {
                fn into_optional(self) -> ::std::result::Result<::std::option::Option<super::#ident>, ::std::string::String> {
                    super::#ident::try_from(self).map(::std::option::Option::Some).map_err(|e| e.to_string())
                }
            }
        });
    }
    Ok(())
}

struct ExtraDefaultsEmpty;

impl VisitMut for ExtraDefaultsEmpty {
    fn visit_field_value_mut(&mut self, field: &mut syn::FieldValue) {
        if matches!(&field.member, syn::Member::Named(name) if name == "extra") {
            field.expr = parse_quote!(Ok(Default::default()));
        }
    }
}

/// `T` of a builder setter bounded by `V: TryInto<T>` (progenitor's setters).
pub(crate) fn try_into_target(f: &syn::ImplItemFn) -> Option<&Type> {
    let where_clause = f.sig.generics.where_clause.as_ref()?;
    for predicate in &where_clause.predicates {
        let syn::WherePredicate::Type(p) = predicate else {
            continue;
        };
        for bound in &p.bounds {
            let syn::TypeParamBound::Trait(t) = bound else {
                continue;
            };
            let Some(last) = t.path.segments.last() else {
                continue;
            };
            if last.ident != "TryInto" {
                continue;
            }
            if let PathArguments::AngleBracketed(args) = &last.arguments {
                if let Some(GenericArgument::Type(ty)) = args.args.first() {
                    return Some(ty);
                }
            }
        }
    }
    None
}

/// `X` when the setter is bounded by `T: TryInto<Option<X>>`.
fn optional_setter_target(f: &syn::ImplItemFn) -> Option<Type> {
    let Type::Path(option) = try_into_target(f)? else {
        return None;
    };
    let option_seg = option.path.segments.last()?;
    if option_seg.ident != "Option" {
        return None;
    }
    let PathArguments::AngleBracketed(inner) = &option_seg.arguments else {
        return None;
    };
    match inner.args.first() {
        Some(GenericArgument::Type(inner)) => Some(inner.clone()),
        _ => None,
    }
}

fn wire_name(v: &syn::Variant) -> String {
    for attr in &v.attrs {
        if !attr.path().is_ident("serde") {
            continue;
        }
        let mut found = None;
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                let lit: syn::LitStr = meta.value()?.parse()?;
                found = Some(lit.value());
            }
            Ok(())
        });
        if let Some(name) = found {
            return name;
        }
    }
    v.ident.to_string()
}

fn has_serde_word(attrs: &[Attribute], word: &str) -> bool {
    attrs.iter().any(|attr| {
        let mut found = false;
        if attr.path().is_ident("serde") {
            let _ = attr.parse_nested_meta(|meta| {
                if meta.path.is_ident(word) {
                    found = true;
                }
                Ok(())
            });
        }
        found
    })
}

/// Removes `Serialize`, `Deserialize` and (optionally) `Copy` from derives.
fn strip_derives(attrs: &mut [Attribute], drop_copy: bool) {
    for attr in attrs.iter_mut() {
        if !attr.path().is_ident("derive") {
            continue;
        }
        let Ok(paths) = attr.parse_args_with(
            syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
        ) else {
            continue;
        };
        let kept = paths.into_iter().filter(|p| {
            let last = p
                .segments
                .last()
                .map(|s| s.ident.to_string())
                .unwrap_or_default();
            !(last == "Serialize" || last == "Deserialize" || (drop_copy && last == "Copy"))
        });
        *attr = parse_quote!(#[derive(#(#kept),*)]);
    }
}

fn open_string_enum(e: &mut ItemEnum) {
    // The variants' `#[serde(...)]` stay for the JsonSchema derive
    // (`gate_schemars` puts both behind the `schemars` feature).
    strip_derives(&mut e.attrs, true);
    e.attrs.push(parse_quote!(#[non_exhaustive]));
    let skip = schemars_skip();
    let catch_all = format_ident!("{}", CATCH_ALL);
    e.variants.push(parse_quote! {
        /// A value this version of the crate does not know, kept verbatim.
        ///
        /// Newer versions of the API may send values that were added after
        /// this crate was generated; they decode here and serialize back
        /// unchanged.
        #skip
        #catch_all(::std::string::String)
    });
}

fn schemars_skip() -> TokenStream {
    quote!(#[schemars(skip)])
}

fn string_enum_impls(name: &syn::Ident, values: &[(syn::Ident, String)]) -> Vec<Item> {
    let catch_all = format_ident!("{}", CATCH_ALL);
    let idents = values.iter().map(|(i, _)| i).collect::<Vec<_>>();
    let wires = values.iter().map(|(_, w)| w).collect::<Vec<_>>();
    let file: File = parse_quote! {
        impl #name {
            /// Every value this version of the crate knows, in spec order.
            pub const KNOWN: &'static [&'static str] = &[#(#wires),*];

            /// The value as it appears on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(Self::#idents => #wires,)*
                    Self::#catch_all(value) => value.as_str(),
                }
            }

            /// Whether this is a value this version of the crate knows.
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::#catch_all(_))
            }
        }
        impl ::std::convert::From<&str> for #name {
            fn from(value: &str) -> Self {
                match value {
                    #(#wires => Self::#idents,)*
                    other => Self::#catch_all(other.to_owned()),
                }
            }
        }
        impl ::std::convert::From<::std::string::String> for #name {
            fn from(value: ::std::string::String) -> Self {
                match value.as_str() {
                    #(#wires => Self::#idents,)*
                    _ => Self::#catch_all(value),
                }
            }
        }
        impl ::std::convert::From<&::std::string::String> for #name {
            fn from(value: &::std::string::String) -> Self {
                Self::from(value.as_str())
            }
        }
        impl ::std::str::FromStr for #name {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
                Ok(Self::from(value))
            }
        }
        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                crate::forward_compat::deserialize_open_enum(deserializer)
            }
        }
    };
    file.items
}

fn open_union(
    e: &mut ItemEnum,
    variants: &[(syn::Ident, Type)],
    discriminator: Option<&Discriminator>,
) -> Result<Vec<Item>, String> {
    let name = e.ident.clone();
    let catch_all = format_ident!("{}", CATCH_ALL);
    let skip = schemars_skip();
    e.attrs.push(parse_quote!(#[non_exhaustive]));
    let Some(discriminator) = discriminator else {
        // No discriminator: serde tries each variant in order; the catch-all
        // comes last and takes anything the others do not.
        e.variants.push(parse_quote! {
            /// A value matching none of the variants this version knows, kept verbatim.
            #skip
            #catch_all(::serde_json::Value)
        });
        return Ok(vec![Item::Enum(e.clone())]);
    };

    strip_derives(&mut e.attrs, false);
    let property = &discriminator.property;
    e.variants.push(parse_quote! {
        /// A variant this version of the crate does not know (its
        #[doc = concat!("`", #property, "`")]
        /// is new), kept verbatim as JSON.
        #skip
        #catch_all(::serde_json::Value)
    });

    let mut arms = Vec::new();
    let mut known_tags = Vec::new();
    for (tag, schema) in &discriminator.mapping {
        let (variant, ty) = variants
            .iter()
            .find(|(_, ty)| type_matches_schema(ty, schema))
            .ok_or_else(|| {
                format!("union {name}: no variant for discriminator value {tag} ({schema})")
            })?;
        arms.push(quote! {
            #tag => <#ty as ::serde::Deserialize<'de>>::deserialize(deserializer).map(Self::#variant),
        });
        known_tags.push(tag.clone());
    }
    let mut variant_idents = Vec::new();
    let mut variant_tags = Vec::new();
    for (variant, ty) in variants {
        let (tag, _) = discriminator
            .mapping
            .iter()
            .find(|(_, schema)| type_matches_schema(ty, schema))
            .ok_or_else(|| format!("union {name}: variant {variant} has no discriminator value"))?;
        variant_idents.push(variant.clone());
        variant_tags.push(tag.clone());
    }
    let union_name = name.to_string();
    let knows = if known_tags.is_empty() {
        quote!(let _ = tag; false)
    } else {
        quote!(matches!(tag, #(#known_tags)|*))
    };
    let serialize_arms = variants
        .iter()
        .map(|(v, _)| quote!(Self::#v(value) => value.serialize(serializer),));
    let file: File = parse_quote! {
        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                match self {
                    #(#serialize_arms)*
                    Self::#catch_all(value) => value.serialize(serializer),
                }
            }
        }
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                crate::forward_compat::deserialize_tagged(deserializer)
            }
        }
        impl crate::forward_compat::TaggedUnion for #name {
            const NAME: &'static str = #union_name;
            const PROPERTY: &'static str = #property;
            fn knows(tag: &str) -> bool {
                #knows
            }
            fn variant<'de, D: ::serde::Deserializer<'de>>(tag: &str, deserializer: D) -> ::std::result::Result<Self, D::Error> {
                match tag {
                    #(#arms)*
                    _ => ::std::result::Result::Err(<D::Error as ::serde::de::Error>::unknown_variant(tag, &[#(#known_tags),*])),
                }
            }
            fn unrecognized(value: ::serde_json::Value) -> Self {
                Self::#catch_all(value)
            }
        }
        impl #name {
            /// The discriminator value of this variant, as it appears on the wire.
            pub fn discriminator(&self) -> ::std::option::Option<&str> {
                match self {
                    Self::#catch_all(value) => crate::forward_compat::discriminator(value, #property),
                    #(Self::#variant_idents(_) => ::std::option::Option::Some(#variant_tags),)*
                }
            }
        }
    };
    let mut items = vec![Item::Enum(e.clone())];
    items.extend(file.items);
    Ok(items)
}

fn type_matches_schema(ty: &Type, schema: &str) -> bool {
    let normalize = |s: &str| {
        s.chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase()
    };
    match ty {
        Type::Path(p) => p
            .path
            .segments
            .last()
            .is_some_and(|s| normalize(&s.ident.to_string()) == normalize(schema)),
        _ => false,
    }
}

// ---------------------------------------------------------------------------
// operations: route every `send` through crate::transport

fn rewrite_operations(module: &mut ItemMod, cx: &Context) -> Result<usize, String> {
    let Some((_, items)) = module.content.as_mut() else {
        return Err("`mod builder` has no body".into());
    };
    // Builder name → the operation's key in the normalization plan.
    let mut keys: BTreeMap<String, String> = BTreeMap::new();
    for item in items.iter() {
        let Item::Impl(imp) = item else { continue };
        if let (Some(owner), Some(id)) = (self_name(imp), operation_id_in(imp)) {
            keys.insert(owner, crate::normalize::op_key(&id));
        }
    }
    let no_deep_objects = Vec::new();
    let mut downloads = Vec::new();
    let mut count = 0;
    for item in items.iter_mut() {
        match item {
            Item::Struct(s) => {
                let Some(key) = keys.get(&s.ident.to_string()) else {
                    continue;
                };
                let Fields::Named(fields) = &mut s.fields else {
                    return Err(format!("builder::{} has no named fields", s.ident));
                };
                for deep in cx.plan.deep_objects.get(key).unwrap_or(&no_deep_objects) {
                    let field = deep_object_field(&deep.name);
                    fields.named.push(syn::Field::parse_named.parse2(quote!(
                        #field: ::std::option::Option<::std::vec::Vec<(::std::string::String, ::std::string::String)>>
                    )).map_err(|e| e.to_string())?);
                }
            }
            Item::Impl(imp) => {
                let owner = self_name(imp).unwrap_or_default();
                let Some(key) = keys.get(&owner) else {
                    continue;
                };
                let operation_id = operation_id_in(imp);
                let plan = OperationPlan {
                    hook: LIFECYCLE_HOOKS
                        .iter()
                        .find(|(op, _)| operation_id.as_deref() == Some(*op))
                        .copied(),
                    deep_objects: cx.plan.deep_objects.get(key).unwrap_or(&no_deep_objects),
                    bodiless: cx
                        .plan
                        .bodiless_success
                        .get(key)
                        .map(Vec::as_slice)
                        .unwrap_or_default(),
                    content_type: cx.plan.content_types.get(key).map(String::as_str),
                };
                for member in &mut imp.items {
                    let ImplItem::Fn(f) = member else { continue };
                    if f.sig.ident == "new" {
                        add_deep_object_defaults(f, &plan)
                            .map_err(|e| format!("builder::{owner}::new: {e}"))?;
                    } else if f.sig.ident == "send" {
                        rewrite_send(f, &plan)
                            .map_err(|e| format!("builder::{owner}::send: {e}"))?;
                        confine_path_parameters(f)
                            .map_err(|e| format!("builder::{owner}::send: {e}"))?;
                        count += 1;
                    }
                }
                for deep in plan.deep_objects {
                    imp.items.push(deep_object_setter(deep));
                }
                if let Some(download) = download_request_impl(imp, &owner)? {
                    downloads.extend(download);
                }
            }
            _ => {}
        }
    }
    items.extend(downloads);
    Ok(count)
}

/// For an operation whose success is a byte stream (content behind a
/// redirect to a signed URL, or bytes), an impl of
/// `crate::download::DownloadRequest`: the request `send` would make, so
/// `client.downloads()` can fetch it its own way (no credentials to storage,
/// buffered or streamed, or just the URL).
fn download_request_impl(imp: &ItemImpl, owner: &str) -> Result<Option<Vec<Item>>, String> {
    let Some(send) = imp.items.iter().find_map(|member| match member {
        ImplItem::Fn(f) if f.sig.ident == "send" => Some(f),
        _ => None,
    }) else {
        return Ok(None);
    };
    let output = &send.sig.output;
    if !quote!(#output)
        .to_string()
        .replace(' ', "")
        .contains("ResponseValue<ByteStream>")
    {
        return Ok(None);
    }
    let mut stmts = send.block.stmts.clone();
    match stmts.pop() {
        Some(Stmt::Expr(_, None)) => {}
        _ => {
            return Err(format!(
                "builder::{owner}::send does not end in an expression"
            ))
        }
    }
    let owner = format_ident!("{}", owner);
    let file: File = parse_quote! {
        impl<'a> crate::download::DownloadRequest<'a> for #owner<'a> {
            fn into_parts(self) -> ::std::result::Result<crate::download::DownloadParts<'a>, crate::Error> {
                #(#stmts)*
                ::std::result::Result::Ok(crate::download::DownloadParts::new(client, request, info.operation_id))
            }
        }
        impl<'a> crate::download::sealed::Sealed for #owner<'a> {}
    };
    Ok(Some(file.items))
}

/// What the normalization recorded about one operation.
struct OperationPlan<'a> {
    /// The lifecycle hook its `send` hands the request to, if any.
    hook: Option<(&'static str, &'static str)>,
    deep_objects: &'a [crate::normalize::DeepObject],
    bodiless: &'a [u16],
    content_type: Option<&'a str>,
}

/// The `operation_id` of the `OperationInfo` built in a builder's `send`.
pub(crate) fn operation_id_in(imp: &ItemImpl) -> Option<String> {
    imp.items.iter().find_map(|member| {
        let ImplItem::Fn(f) = member else { return None };
        if f.sig.ident != "send" {
            return None;
        }
        let text = quote!(#f).to_string();
        let after = text.split("OperationInfo {").nth(1)?;
        let after = after.split("operation_id :").nth(1)?;
        after.split('"').nth(1).map(str::to_owned)
    })
}

/// The builder field and setter of a deepObject parameter (`metadata`).
fn deep_object_field(name: &str) -> syn::Ident {
    let snake = heck::ToSnakeCase::to_snake_case(name);
    syn::parse_str::<syn::Ident>(&snake).unwrap_or_else(|_| format_ident!("{}_", snake))
}

fn add_deep_object_defaults(
    f: &mut syn::ImplItemFn,
    plan: &OperationPlan<'_>,
) -> Result<(), String> {
    if plan.deep_objects.is_empty() {
        return Ok(());
    }
    let Some(Stmt::Expr(Expr::Struct(init), _)) = f.block.stmts.last_mut() else {
        return Err("does not end in `Self { … }`".into());
    };
    for deep in plan.deep_objects {
        let field = deep_object_field(&deep.name);
        init.fields
            .push(parse_quote!(#field: ::std::option::Option::None));
    }
    Ok(())
}

fn deep_object_setter(deep: &crate::normalize::DeepObject) -> ImplItem {
    let field = deep_object_field(&deep.name);
    let name = &deep.name;
    let summary = format!(
        "Sets the `{name}` query parameter (style `deepObject`): each `(key, value)` pair is \
         sent as `{name}[key]=value`, in the order given. Calling it again replaces the pairs."
    );
    let described = deep
        .description
        .as_deref()
        .map(|d| format!("\n\n{}", d.trim()))
        .unwrap_or_default();
    let required = if deep.required {
        "\n\nRequired: `send` fails with `Error::InvalidRequest` when it was not set."
    } else {
        ""
    };
    let doc = format!("{summary}{described}{required}");
    parse_quote! {
        #[doc = #doc]
        pub fn #field<I, K, V>(mut self, pairs: I) -> Self
        where
            I: ::std::iter::IntoIterator<Item = (K, V)>,
            K: ::std::convert::Into<::std::string::String>,
            V: ::std::string::ToString,
        {
            self.#field = ::std::option::Option::Some(
                pairs.into_iter().map(|(k, v)| (k.into(), v.to_string())).collect(),
            );
            self
        }
    }
}

fn rewrite_send(f: &mut syn::ImplItemFn, plan: &OperationPlan<'_>) -> Result<(), String> {
    // Return type: Result<ResponseValue<T>, Error<types::Error>> -> Result<ResponseValue<T>, crate::Error>
    let ReturnType::Type(_, ty) = &mut f.sig.output else {
        return Err("no return type".into());
    };
    let Type::Path(path) = &mut **ty else {
        return Err("return type is not a path".into());
    };
    let last = path.path.segments.last_mut().ok_or("empty return type")?;
    let PathArguments::AngleBracketed(args) = &mut last.arguments else {
        return Err("return type has no generic arguments".into());
    };
    let mut args_iter = args.args.iter_mut();
    let value_arg = args_iter.next().ok_or("return type has no value type")?;
    let error_arg = args_iter.next().ok_or("return type has no error type")?;
    *error_arg = GenericArgument::Type(parse_quote!(crate::Error));

    let stmts = std::mem::take(&mut f.block.stmts);
    let mut out = Vec::with_capacity(stmts.len() + 4);
    let mut saw_exec = false;
    let mut tail = None;
    let bodiless = plan.bodiless;
    // Whether the request is a POST with a JSON body (what a lifecycle hook needs).
    let mut post_with_json = false;
    for stmt in stmts {
        match &stmt {
            Stmt::Expr(expr, Some(_))
                if is_hook_call(expr, "pre") || is_hook_call(expr, "post") => {}
            // progenitor's `api-version` header (the spec's `info.version`):
            // the API defines no such header; it is left out.
            Stmt::Expr(expr, Some(_)) if quote!(#expr).to_string().contains("\"api-version\"") => {}
            Stmt::Local(local) if local_named(local, "result") => saw_exec = true,
            Stmt::Local(local) if local_named(local, "response") => {}
            // An empty map allocates nothing until a header is added.
            Stmt::Local(local) if local_named(local, "header_map") => {
                out.push(parse_quote!(let mut header_map = ::reqwest::header::HeaderMap::new();));
            }
            Stmt::Local(local) if is_self_destructure(local) => {
                let mut local = local.clone();
                add_destructured_fields(&mut local, plan)?;
                out.push(Stmt::Local(local));
                for deep in plan.deep_objects.iter().filter(|d| d.required) {
                    let field = deep_object_field(&deep.name);
                    let message = format!("`{}` is required", deep.name);
                    out.push(parse_quote!(
                        let #field = ::std::option::Option::Some(#field.ok_or_else(|| {
                            crate::Error::invalid_request(#message.to_string())
                        })?);
                    ));
                }
            }
            Stmt::Local(local) if local_named(local, "request") => {
                let text = quote!(#local).to_string().replace(' ', "");
                post_with_json = text.contains(".post(") && text.contains(".json(&body)");
                if plan.hook.is_some() && post_with_json {
                    // The hook encodes the body itself.
                    let mut local = local.clone();
                    StripJsonBody.visit_local_mut(&mut local);
                    out.push(Stmt::Local(local));
                } else {
                    out.push(stmt.clone());
                }
                for deep in plan.deep_objects {
                    let field = deep_object_field(&deep.name);
                    let name = &deep.name;
                    out.push(parse_quote!(
                        crate::transport::append_deep_object(&mut request, #name, #field.as_deref());
                    ));
                }
                if let Some(content_type) = plan.content_type {
                    if !content_type.bytes().all(|b| (0x20..0x7f).contains(&b)) {
                        return Err(format!(
                            "request media type {content_type:?} is not a valid header value"
                        ));
                    }
                    out.push(parse_quote!(
                        request.headers_mut().insert(
                            ::reqwest::header::CONTENT_TYPE,
                            ::reqwest::header::HeaderValue::from_static(#content_type),
                        );
                    ));
                }
            }
            Stmt::Expr(Expr::Match(m), None) => {
                let success = m
                    .arms
                    .iter()
                    .find(|arm| is_success_pattern(&arm.pat))
                    .ok_or("no 2xx arm")?;
                let body = &success.body;
                let text = quote!(#body).to_string().replace(' ', "");
                let hooked = |shape: &str| {
                    match plan.hook {
                    Some((op, function)) => Err(format!(
                        "lifecycle hook {op} -> {function} (LIFECYCLE_HOOKS in build/rewrite.rs) \
                         needs a POST with a JSON body and a JSON success, but the operation {shape}"
                    )),
                    None => Ok(()),
                }
                };
                tail = Some(if text.contains("ResponseValue::from_response") {
                    if let (Some((_, function)), true) = (plan.hook, bodiless.is_empty()) {
                        let function: syn::Path = syn::parse_str(function)
                            .map_err(|e| format!("lifecycle hook {function}: {e}"))?;
                        parse_quote!(#function(client, request, &body, &info).await)
                    } else if bodiless.is_empty() {
                        parse_quote!(crate::transport::execute_json(client, request, &info).await)
                    } else {
                        hooked("also documents a bodiless success")?;
                        // A documented bodiless success (204, 304) beside the JSON one.
                        let GenericArgument::Type(value) = value_arg.clone() else {
                            return Err("return type's value is not a type".into());
                        };
                        *value_arg = GenericArgument::Type(replace_response_value_arg(
                            value,
                            |t| parse_quote!(::std::option::Option<#t>),
                        )?);
                        parse_quote!(crate::transport::execute_json_optional(client, request, &info, &[#(#bodiless),*]).await)
                    }
                } else if text.contains("ResponseValue::stream")
                    || text.contains("ResponseValue::empty")
                {
                    hooked("has no JSON success")?;
                    let wrap: syn::Path = if text.contains("ResponseValue::stream") {
                        parse_quote!(ResponseValue::stream)
                    } else {
                        parse_quote!(ResponseValue::empty)
                    };
                    if bodiless.is_empty() {
                        parse_quote!(crate::transport::execute(client, request, &info).await.map(#wrap))
                    } else {
                        parse_quote!(crate::transport::execute_accepting(client, request, &info, &[#(#bodiless),*])
                            .await
                            .map(#wrap))
                    }
                } else {
                    return Err(format!("unknown success arm `{text}`"));
                });
            }
            _ => out.push(stmt),
        }
    }
    let (true, Some(tail)) = (saw_exec, tail) else {
        return Err("unexpected shape: no exec call or no status match".into());
    };
    if let (Some((op, function)), false) = (plan.hook, post_with_json) {
        return Err(format!(
            "lifecycle hook {op} -> {function} (LIFECYCLE_HOOKS in build/rewrite.rs) needs a POST \
             with a JSON body, but the request is not built with `.post(…)` and `.json(&body)`"
        ));
    }
    out.push(Stmt::Expr(tail, None));
    f.block.stmts = out;
    ReplaceInvalidRequest.visit_block_mut(&mut f.block);
    let mut headers = HeaderParameters { error: None };
    headers.visit_block_mut(&mut f.block);
    if let Some(error) = headers.error {
        return Err(error);
    }
    Ok(())
}

/// Removes `.json(&body)` from a request builder chain.
struct StripJsonBody;

impl VisitMut for StripJsonBody {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        syn::visit_mut::visit_expr_mut(self, expr);
        if let Expr::MethodCall(call) = expr {
            let arg = call.args.first();
            if call.method == "json"
                && call.args.len() == 1
                && quote!(#arg).to_string().replace(' ', "") == "&body"
            {
                *expr = (*call.receiver).clone();
            }
        }
    }
}

/// `ResponseValue<T>` → `ResponseValue<f(T)>`.
fn replace_response_value_arg(ty: Type, f: impl FnOnce(&Type) -> Type) -> Result<Type, String> {
    let Type::Path(mut path) = ty else {
        return Err("the success type is not `ResponseValue<T>`".into());
    };
    let last = path.path.segments.last_mut().ok_or("empty success type")?;
    if last.ident != "ResponseValue" {
        return Err("the success type is not `ResponseValue<T>`".into());
    }
    let PathArguments::AngleBracketed(args) = &mut last.arguments else {
        return Err("`ResponseValue` has no type argument".into());
    };
    let Some(GenericArgument::Type(inner)) = args.args.first_mut() else {
        return Err("`ResponseValue` has no type argument".into());
    };
    *inner = f(inner);
    Ok(Type::Path(path))
}

/// `let Self { client, … } = self;`
fn is_self_destructure(local: &syn::Local) -> bool {
    matches!(&local.pat, Pat::Struct(p) if p.path.is_ident("Self"))
}

fn add_destructured_fields(local: &mut syn::Local, plan: &OperationPlan<'_>) -> Result<(), String> {
    let Pat::Struct(pattern) = &mut local.pat else {
        return Err("`let Self { … } = self` expected".into());
    };
    for deep in plan.deep_objects {
        let field = deep_object_field(&deep.name);
        pattern.fields.push(syn::FieldPat {
            attrs: Vec::new(),
            member: syn::Member::Named(field.clone()),
            colon_token: None,
            pat: Box::new(parse_quote!(#field)),
        });
    }
    Ok(())
}

/// Every path parameter goes through `crate::path::segment` instead of
/// progenitor's `encode_path`, which leaves `\`, `%` and whole dot segments
/// alone (the URL parser then turns `run_id("..\\..\\admin")` into
/// `GET /admin`). progenitor builds the URL as
/// `let url = format!("{}/agent/runs/{}", client.baseurl, encode_path(&run_id.to_string()));`;
/// each argument after the base URL becomes
/// `crate::path::segment("run_id", &run_id.to_string())?`, which encodes the
/// value as exactly one segment or fails with `Error::InvalidRequest` before
/// anything is sent. Any other shape fails the build.
fn confine_path_parameters(f: &mut syn::ImplItemFn) -> Result<(), String> {
    let mut urls = 0;
    for stmt in &mut f.block.stmts {
        let Stmt::Local(local) = stmt else { continue };
        // progenitor names the URL `url`, or `_url` when a parameter is
        // called `url` (G's getRunByExternalReferenceURL): the local built
        // with `format!` from the base URL.
        let Pat::Ident(name) = &local.pat else {
            continue;
        };
        if name.ident.to_string().trim_start_matches('_') != "url" {
            continue;
        }
        let shape = "expected `let url = format!(\"{}/…\", client.baseurl, encode_path(&param.to_string()), …)`";
        let Some(Expr::Macro(mac)) = local.init.as_mut().map(|init| &mut *init.expr) else {
            continue;
        };
        if !mac.mac.path.is_ident("format") {
            continue;
        }
        urls += 1;
        let args = mac
            .mac
            .parse_body_with(syn::punctuated::Punctuated::<Expr, syn::Token![,]>::parse_terminated)
            .map_err(|e| {
                format!("cannot parse the arguments of `format!` for the URL ({e}); {shape}")
            })?;
        let mut args = args.into_iter();
        let template = match args.next() {
            Some(Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(s),
                ..
            })) => s,
            _ => return Err(format!("the URL template is not a string literal; {shape}")),
        };
        let base = args
            .next()
            .ok_or(format!("no base URL argument; {shape}"))?;
        if quote!(#base).to_string().replace(' ', "") != "client.baseurl"
            || !template.value().starts_with("{}/")
        {
            return Err(format!("the URL does not start with the base URL; {shape}"));
        }
        let placeholders = template.value().matches("{}").count();
        let mut out: Vec<Expr> = vec![parse_quote!(#template), base];
        for arg in args {
            let param = encode_path_argument(&arg).ok_or_else(|| {
                format!(
                    "URL argument `{}` is not a path parameter; {shape}",
                    quote!(#arg)
                )
            })?;
            let name = param.to_string();
            out.push(parse_quote!(crate::path::segment(
                #name,
                &crate::path::simple_param(#name, &#param)?
            )?));
        }
        if out.len() != placeholders + 1 {
            return Err(format!(
                "the URL template {:?} has {placeholders} placeholders for {} arguments; {shape}",
                template.value(),
                out.len()
            ));
        }
        mac.mac.tokens = quote!(#(#out),*);
    }
    if urls != 1 {
        return Err(format!("expected one `let url = format!(…)`, found {urls}"));
    }
    let body = &f.block;
    if quote!(#body).to_string().contains("encode_path") {
        return Err("`encode_path` is still called after routing path parameters through crate::path::segment".into());
    }
    Ok(())
}

/// Header parameters: the value goes through
/// `crate::transport::header_value` (an invalid one is
/// `Error::InvalidRequest` naming the header, not a compile error), the name
/// is a lower-case `HeaderName::from_static` checked here, and an optional
/// header the caller did not set takes the client-wide default for that name
/// (`ClientBuilder::parameter_default`), if any.
struct HeaderParameters {
    error: Option<String>,
}

/// The header name of `header_map.append("Name", …)`.
fn appended_header_name(call: &syn::ExprMethodCall) -> Option<String> {
    let receiver = &*call.receiver;
    if call.method != "append"
        || call.args.len() != 2
        || quote!(#receiver).to_string() != "header_map"
    {
        return None;
    }
    match &call.args[0] {
        Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(name),
            ..
        }) => Some(name.value()),
        _ => None,
    }
}

fn first_appended_header(block: &syn::Block) -> Option<String> {
    block.stmts.iter().find_map(|stmt| match stmt {
        Stmt::Expr(Expr::MethodCall(call), _) => appended_header_name(call),
        _ => None,
    })
}

impl VisitMut for HeaderParameters {
    fn visit_expr_if_mut(&mut self, e: &mut syn::ExprIf) {
        let header = first_appended_header(&e.then_branch);
        if let (Some(name), None, Expr::Let(_)) = (header, &e.else_branch, &*e.cond) {
            let lower = name.to_ascii_lowercase();
            e.else_branch = Some((
                Default::default(),
                Box::new(parse_quote!(if let ::std::option::Option::Some(value) =
                    crate::transport::parameter_default(client, #lower)
                {
                    header_map.append(::reqwest::header::HeaderName::from_static(#lower), value);
                })),
            ));
        }
        syn::visit_mut::visit_expr_if_mut(self, e);
    }

    fn visit_expr_method_call_mut(&mut self, call: &mut syn::ExprMethodCall) {
        if let Some(name) = appended_header_name(call) {
            let lower = name.to_ascii_lowercase();
            if reqwest_header_name_is_valid(&lower) {
                call.args[0] = parse_quote!(::reqwest::header::HeaderName::from_static(#lower));
            } else {
                self.error = Some(format!(
                    "header parameter {name:?} is not a valid header name"
                ));
            }
            // `value.to_string().try_into()?` →
            // `crate::transport::header_value("Name", crate::path::simple_param("Name", &value)?)?`
            // (the value as its serialized form says, in the `simple` style).
            let value = &call.args[1];
            let text = quote!(#value).to_string().replace(' ', "");
            if let Some(inner) = text.strip_suffix(".try_into()?") {
                let Ok(inner) = syn::parse_str::<Expr>(inner) else {
                    self.error = Some(format!(
                        "header parameter {name}: unexpected value `{text}`"
                    ));
                    return;
                };
                let encoded = match to_string_receiver(&inner) {
                    Some(value) => quote!(crate::path::simple_param(#name, &#value)?),
                    None => quote!(#inner),
                };
                call.args[1] = parse_quote!(crate::transport::header_value(#name, #encoded)?);
            }
        }
        syn::visit_mut::visit_expr_method_call_mut(self, call);
    }
}

/// A token of RFC 9110 in lower case, as `HeaderName::from_static` requires.
fn reqwest_header_name_is_valid(name: &str) -> bool {
    !name.is_empty()
        && name.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || b"!#$%&'*+-.^_`|~".contains(&b)
        })
}

/// `param` in `encode_path(&param.to_string())`.
fn encode_path_argument(arg: &Expr) -> Option<&syn::Ident> {
    let Expr::Call(call) = arg else { return None };
    let Expr::Path(func) = &*call.func else {
        return None;
    };
    let is_encode_path = func
        .path
        .segments
        .last()
        .is_some_and(|s| s.ident == "encode_path");
    if !is_encode_path || call.args.len() != 1 {
        return None;
    }
    let Expr::Reference(reference) = &call.args[0] else {
        return None;
    };
    let Expr::MethodCall(to_string) = &*reference.expr else {
        return None;
    };
    if to_string.method != "to_string" || !to_string.args.is_empty() {
        return None;
    }
    let Expr::Path(param) = &*to_string.receiver else {
        return None;
    };
    param.path.get_ident()
}

fn is_hook_call(expr: &Expr, name: &str) -> bool {
    let expr = match expr {
        Expr::Try(t) => &*t.expr,
        other => other,
    };
    let expr = match expr {
        Expr::Await(a) => &*a.base,
        other => other,
    };
    matches!(expr, Expr::MethodCall(m) if m.method == name)
}

fn local_named(local: &syn::Local, name: &str) -> bool {
    matches!(&local.pat, Pat::Ident(p) if p.ident == name)
}

fn is_success_pattern(pat: &Pat) -> bool {
    let text = quote!(#pat).to_string().replace(' ', "");
    text.starts_with("200..=299")
        || (text.starts_with('2') && text.ends_with("u16") && text.len() == 6)
}

/// `Error::InvalidRequest` → `crate::Error::invalid_request`
struct ReplaceInvalidRequest;

impl VisitMut for ReplaceInvalidRequest {
    fn visit_expr_path_mut(&mut self, p: &mut syn::ExprPath) {
        let segments = p
            .path
            .segments
            .iter()
            .map(|s| s.ident.to_string())
            .collect::<Vec<_>>();
        if segments == ["Error", "InvalidRequest"] {
            *p = parse_quote!(crate::Error::invalid_request);
        }
    }
}

// ---------------------------------------------------------------------------
// httpmock helpers: values encoded as the client encodes them

/// progenitor's `httpmock` helpers match a parameter with
/// `value.to_string()`: that does not compile for a type without `Display`
/// (an array, progenitor #1260; a `oneOf` of a string and an array), and
/// for one with it (a date-time) it is not what the client sends. Every such
/// call, wherever it stands, is rewritten to encode the value as the client
/// does (`crate::mock`): a query parameter through the same serializer
/// (an array repeats the name), a header as the `simple` style, a path
/// segment percent-encoded and escaped for the helper's regex. The rule
/// reads calls (`x.query_param("name", value.to_string())`), not the shape
/// of the helpers around them. Each `deepObject` parameter the rewrite
/// re-added gets a matcher expecting one `name[key]=value` pair per entry.
/// Returns how many calls were rewritten or helpers added.
pub fn rewrite_httpmock(file: &mut File, plan: &crate::normalize::Plan) -> Result<usize, String> {
    let mut visitor = EncodeMockValues { rewritten: 0 };
    visitor.visit_file_mut(file);
    let mut added = 0;
    add_deep_object_matchers(&mut file.items, plan, &mut added);
    Ok(visitor.rewritten + added)
}

fn add_deep_object_matchers(items: &mut [Item], plan: &crate::normalize::Plan, added: &mut usize) {
    for item in items {
        match item {
            Item::Mod(module) => {
                if let Some((_, items)) = module.content.as_mut() {
                    add_deep_object_matchers(items, plan, added);
                }
            }
            Item::Impl(imp) if imp.trait_.is_none() => {
                let Some(name) = self_name(imp) else { continue };
                let Some(op) = name.strip_suffix("When") else {
                    continue;
                };
                let Some(deep) = plan.deep_objects.get(&crate::normalize::op_key(op)) else {
                    continue;
                };
                for d in deep {
                    let field = deep_object_field(&d.name);
                    let wire = &d.name;
                    imp.items.push(parse_quote! {
                        /// Expects one `name[key]=value` query pair per entry.
                        pub fn #field<K, V>(self, pairs: &[(K, V)]) -> Self
                        where
                            K: ::std::fmt::Display,
                            V: ::std::fmt::Display,
                        {
                            let mut when = self.0;
                            for (key, value) in pairs {
                                when = when.query_param(format!("{}[{}]", #wire, key), value.to_string());
                            }
                            Self(when)
                        }
                    });
                    *added += 1;
                }
            }
            _ => {}
        }
    }
}

/// See [`rewrite_httpmock`].
struct EncodeMockValues {
    rewritten: usize,
}

/// `x` of `x.to_string()`.
fn to_string_receiver(expr: &Expr) -> Option<&Expr> {
    match expr {
        Expr::MethodCall(call) if call.method == "to_string" && call.args.is_empty() => {
            Some(&call.receiver)
        }
        _ => None,
    }
}

impl VisitMut for EncodeMockValues {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        syn::visit_mut::visit_expr_mut(self, expr);
        match expr {
            Expr::MethodCall(call)
                if call.args.len() == 2
                    && (call.method == "query_param" || call.method == "header") =>
            {
                let Some(value) = to_string_receiver(&call.args[1]).cloned() else {
                    return;
                };
                let helper = format_ident!("{}", call.method);
                let when = &call.receiver;
                let name = &call.args[0];
                *expr = parse_quote!(crate::mock::#helper(#when, #name, &#value));
                self.rewritten += 1;
            }
            Expr::Macro(mac) if mac.mac.path.is_ident("format") => {
                let Ok(args) = mac.mac.parse_body_with(
                    syn::punctuated::Punctuated::<Expr, syn::Token![,]>::parse_terminated,
                ) else {
                    return;
                };
                let mut changed = false;
                let args = args.into_iter().map(|arg| match to_string_receiver(&arg) {
                    Some(value) => {
                        changed = true;
                        parse_quote!(crate::mock::path_pattern(&#value))
                    }
                    None => arg,
                });
                let args: Vec<Expr> = args.collect();
                if changed {
                    mac.mac.tokens = quote!(#(#args),*);
                    self.rewritten += 1;
                }
            }
            _ => {}
        }
    }
}

// ---------------------------------------------------------------------------
// schemars behind its feature

/// Puts everything `schemars` reads behind the crate's `schemars` feature,
/// so one generated client serves every feature set (and can be committed):
/// the `schemars::JsonSchema` derive becomes
/// `#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]`, every
/// `#[schemars(..)]` attribute is gated the same way, and so is every
/// `#[serde(..)]` attribute of a type that derives neither `Serialize` nor
/// `Deserialize` (an open enum or union with hand-written impls: only the
/// `JsonSchema` derive reads them).
pub fn gate_schemars(file: &mut File) {
    struct Gate;
    impl VisitMut for Gate {
        fn visit_item_struct_mut(&mut self, s: &mut syn::ItemStruct) {
            let serde = gate_item_attrs(&mut s.attrs);
            for field in s.fields.iter_mut() {
                gate_attrs(&mut field.attrs, serde);
            }
        }
        fn visit_item_enum_mut(&mut self, e: &mut ItemEnum) {
            let serde = gate_item_attrs(&mut e.attrs);
            for variant in e.variants.iter_mut() {
                gate_attrs(&mut variant.attrs, serde);
                for field in variant.fields.iter_mut() {
                    gate_attrs(&mut field.attrs, serde);
                }
            }
        }
    }
    Gate.visit_file_mut(file);
}

/// Gates a type's own attributes (see [`gate_schemars`]); true if it derives
/// `Serialize` or `Deserialize`.
fn gate_item_attrs(attrs: &mut Vec<Attribute>) -> bool {
    let mut serde = false;
    let mut out = Vec::with_capacity(attrs.len() + 1);
    for attr in std::mem::take(attrs) {
        if !attr.path().is_ident("derive") {
            out.push(attr);
            continue;
        }
        let Ok(paths) = attr.parse_args_with(
            syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
        ) else {
            out.push(attr);
            continue;
        };
        let last = |p: &syn::Path| {
            p.segments
                .last()
                .map(|s| s.ident.to_string())
                .unwrap_or_default()
        };
        serde |= paths
            .iter()
            .any(|p| matches!(last(p).as_str(), "Serialize" | "Deserialize"));
        let (schema, kept): (Vec<_>, Vec<_>) =
            paths.into_iter().partition(|p| last(p) == "JsonSchema");
        if !kept.is_empty() {
            out.push(parse_quote!(#[derive(#(#kept),*)]));
        }
        // In the derive's place: a helper attribute (`#[serde]`,
        // `#[schemars]`) must come after the derive that introduces it.
        for path in schema {
            out.push(parse_quote!(#[cfg_attr(feature = "schemars", derive(#path))]));
        }
    }
    *attrs = out;
    gate_attrs(attrs, serde);
    serde
}

/// Gates `#[schemars(..)]`, and `#[serde(..)]` unless `serde_derived`.
fn gate_attrs(attrs: &mut [Attribute], serde_derived: bool) {
    for attr in attrs.iter_mut() {
        let gated =
            attr.path().is_ident("schemars") || (!serde_derived && attr.path().is_ident("serde"));
        if gated {
            let meta = &attr.meta;
            *attr = parse_quote!(#[cfg_attr(feature = "schemars", #meta)]);
        }
    }
}
