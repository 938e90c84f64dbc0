//! The rewrite of `mod types`: open string enums, open unions (dispatching
//! on a discriminator where the spec gives one), non-exhaustive structs,
//! their builders' optional setters, and typify's hand-written `JsonSchema`
//! impls for schemars 1.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::visit_mut::VisitMut;
use syn::{
    parse_quote, Attribute, Expr, Fields, File, GenericArgument, ImplItem, Item, ItemEnum,
    ItemImpl, ItemMod, PathArguments, Stmt, Type,
};

use super::{self_name, trait_name, Context, Discriminator, Failure, Summary, CATCH_ALL};

/// Opens enums and unions, makes structs non-exhaustive and rewrites their
/// builders; an item of an unknown shape is left as it is and reported.
pub(super) fn rewrite_types(
    module: &mut ItemMod,
    cx: &Context,
    summary: &mut Summary,
    failures: &mut Vec<Failure>,
) {
    let Some((_, items)) = module.content.as_mut() else {
        failures.push(Failure::layout("`mod types` has no body"));
        return;
    };
    // First pass: classify enums.
    let mut string_enums: BTreeMap<String, Vec<(syn::Ident, String)>> = BTreeMap::new();
    let mut unions: BTreeMap<String, Vec<(syn::Ident, Type)>> = BTreeMap::new();
    for item in items.iter() {
        let Item::Enum(e) = item else { continue };
        let name = e.ident.to_string();
        if e.variants.iter().any(|v| v.ident == CATCH_ALL) {
            failures.push(Failure::ty(
                &name,
                format!("enum {name} already has a variant named {CATCH_ALL}"),
            ));
        } else if e.variants.iter().all(|v| matches!(v.fields, Fields::Unit)) {
            let values = e
                .variants
                .iter()
                .map(|v| (v.ident.clone(), wire_name(v)))
                .collect::<Vec<_>>();
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
                .collect::<Result<Vec<_>, _>>();
            match variants {
                Ok(variants) => {
                    unions.insert(name, variants);
                }
                Err(e) => failures.push(Failure::ty(&name, e)),
            }
        } else {
            failures.push(Failure::ty(
                &name,
                format!("enum {name} has a shape the rewrite does not know"),
            ));
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
            Item::Enum(e) if unions.contains_key(&e.ident.to_string()) => {
                let name = e.ident.to_string();
                let variants = &unions[&name];
                let mut opened = e.clone();
                match open_union(&mut opened, variants, cx.discriminators.get(&name)) {
                    Ok(items) => {
                        out.extend(items);
                        summary.unions += 1;
                    }
                    Err(message) => {
                        failures.push(Failure::ty(&name, message));
                        out.push(Item::Enum(e));
                    }
                }
            }
            Item::Mod(mut nested) if nested.ident == "builder" => {
                rewrite_struct_builders(&mut nested, failures);
                out.push(Item::Mod(nested));
            }
            Item::Struct(mut s) => {
                if let Some(field) = duplicate_field(&s.fields) {
                    failures.push(Failure::ty(
                        &s.ident.to_string(),
                        format!(
                            "struct {} would have two fields named `{field}` (two properties, or a \
                             property and the map of additional properties, share the name)",
                            s.ident
                        ),
                    ));
                }
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
            Item::Impl(mut imp)
                if self_name(&imp).is_some_and(|n| unions.contains_key(&n))
                    && trait_name(&imp).as_deref() == Some("Display") =>
            {
                // The union's `Display` (typify writes one for a union of
                // primitives, for parameters) matches every variant it knew.
                let mut arms = DisplayCatchAll(0);
                arms.visit_item_impl_mut(&mut imp);
                out.push(Item::Impl(imp));
            }
            other => out.push(other),
        }
    }
    *items = out;
}

/// The first field name a struct declares twice.
fn duplicate_field(fields: &Fields) -> Option<String> {
    let mut seen = std::collections::BTreeSet::new();
    fields
        .iter()
        .filter_map(|f| f.ident.as_ref().map(ToString::to_string))
        .find(|name| !seen.insert(name.clone()))
}

/// Adds the catch-all variant to every `match self` of a union's `Display`:
/// a kept JSON string is written as its text, any other value as JSON.
struct DisplayCatchAll(usize);

impl VisitMut for DisplayCatchAll {
    fn visit_expr_match_mut(&mut self, m: &mut syn::ExprMatch) {
        let on_self = matches!(&*m.expr, Expr::Path(p) if p.path.is_ident("self"));
        let has_wildcard = m.arms.iter().any(|a| matches!(a.pat, syn::Pat::Wild(_)));
        if on_self && !has_wildcard {
            let catch_all = format_ident!("{}", CATCH_ALL);
            m.arms.push(parse_quote! {
                Self::#catch_all(value) => match value {
                    ::serde_json::Value::String(text) => text.fmt(f),
                    other => other.fmt(f),
                },
            });
            self.0 += 1;
        }
        syn::visit_mut::visit_expr_match_mut(self, m);
    }
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
fn rewrite_struct_builders(module: &mut ItemMod, failures: &mut Vec<Failure>) {
    let Some((_, items)) = module.content.as_mut() else {
        failures.push(Failure::layout("`mod types::builder` has no body"));
        return;
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
                let owner = self_name(imp).unwrap_or_default();
                for member in &mut imp.items {
                    let ImplItem::Fn(f) = member else { continue };
                    let Some(inner) = optional_setter_target(f) else {
                        continue;
                    };
                    let Some(Stmt::Expr(Expr::Assign(assign), _)) = f.block.stmts.first() else {
                        failures.push(Failure::ty(
                            &owner,
                            format!("builder setter {} has an unexpected body", f.sig.ident),
                        ));
                        continue;
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
