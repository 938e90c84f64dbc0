//! Everything `schemars` reads goes behind the crate's `schemars` feature.

use syn::visit_mut::VisitMut;
use syn::{parse_quote, Attribute, File, ItemEnum};

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
