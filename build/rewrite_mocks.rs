//! The rewrite of progenitor's httpmock helpers: every value is matched as
//! the client encodes it.

use quote::{format_ident, quote};
use syn::visit_mut::VisitMut;
use syn::{parse_quote, Expr, File, Item};

use super::operations::deep_object_field;
use super::self_name;

/// progenitor's `httpmock` helpers match a parameter with
/// `value.to_string()`: that does not compile for a type without `Display`
/// (an array, progenitor #1260; a `oneOf` of a string and an array), and
/// for one with it (a date-time) it is not what the client sends. Every such
/// call, wherever it stands, is rewritten to encode the value as the client
/// does (`crate::mock`): a query parameter through the same serializer
/// (an array repeats the name), a header as the `simple` style, a path
/// segment percent-encoded and escaped for the helper's regex; a `form`
/// query parameter with `explode: false` as its one `name=a,b,c` pair. The rule
/// reads calls (`x.query_param("name", value.to_string())`), not the shape
/// of the helpers around them. Each `deepObject` parameter the rewrite
/// re-added gets a matcher expecting one `name[key]=value` pair per entry.
/// Returns how many calls were rewritten or helpers added.
pub fn rewrite_httpmock(file: &mut File, plan: &crate::normalize::Plan) -> Result<usize, String> {
    let mut visitor = EncodeMockValues {
        rewritten: 0,
        plan,
        form_flat: Vec::new(),
    };
    visitor.visit_file_mut(file);
    let mut lifetimes = NameElidedReferences { named: 0 };
    lifetimes.visit_file_mut(file);
    let mut added = 0;
    add_deep_object_matchers(&mut file.items, plan, &mut added);
    Ok(visitor.rewritten + added + lifetimes.named)
}

/// progenitor bounds a matcher's argument by `Into<Option<Option<&T>>>` for
/// a nullable optional parameter: a reference without a lifetime where none
/// may be elided (E0637). Every such reference in a method's generics gets
/// one lifetime parameter of the method.
struct NameElidedReferences {
    named: usize,
}

impl VisitMut for NameElidedReferences {
    fn visit_impl_item_fn_mut(&mut self, f: &mut syn::ImplItemFn) {
        struct Elided(usize);
        impl VisitMut for Elided {
            fn visit_type_reference_mut(&mut self, r: &mut syn::TypeReference) {
                if r.lifetime.is_none() {
                    r.lifetime = Some(parse_quote!('oz_mock));
                    self.0 += 1;
                }
                syn::visit_mut::visit_type_reference_mut(self, r);
            }
        }
        let mut elided = Elided(0);
        for param in f.sig.generics.params.iter_mut() {
            if let syn::GenericParam::Type(t) = param {
                for bound in t.bounds.iter_mut() {
                    elided.visit_type_param_bound_mut(bound);
                }
            }
        }
        if let Some(clause) = f.sig.generics.where_clause.as_mut() {
            for predicate in clause.predicates.iter_mut() {
                if let syn::WherePredicate::Type(t) = predicate {
                    for bound in t.bounds.iter_mut() {
                        elided.visit_type_param_bound_mut(bound);
                    }
                }
            }
        }
        if elided.0 > 0 {
            f.sig.generics.params.insert(0, parse_quote!('oz_mock));
            self.named += 1;
        }
        syn::visit_mut::visit_impl_item_fn_mut(self, f);
    }
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
struct EncodeMockValues<'a> {
    rewritten: usize,
    plan: &'a crate::normalize::Plan,
    /// The `form` query parameters with `explode: false` of the operation
    /// whose `…When` impl is being visited (matched as one `name=a,b,c` pair).
    form_flat: Vec<String>,
}

/// `x` of `x.to_string()`.
pub(super) fn to_string_receiver(expr: &Expr) -> Option<&Expr> {
    match expr {
        Expr::MethodCall(call) if call.method == "to_string" && call.args.is_empty() => {
            Some(&call.receiver)
        }
        _ => None,
    }
}

impl VisitMut for EncodeMockValues<'_> {
    fn visit_item_impl_mut(&mut self, imp: &mut syn::ItemImpl) {
        let flat = self_name(imp)
            .and_then(|name| {
                let op = name.strip_suffix("When")?;
                self.plan
                    .form_flat
                    .get(&crate::normalize::op_key(op))
                    .cloned()
            })
            .unwrap_or_default();
        let outer = std::mem::replace(&mut self.form_flat, flat);
        syn::visit_mut::visit_item_impl_mut(self, imp);
        self.form_flat = outer;
    }

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
                let name = &call.args[0];
                let flat = call.method == "query_param"
                    && matches!(name, Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. })
                        if self.form_flat.contains(&s.value()));
                let helper = if flat {
                    format_ident!("query_param_flat")
                } else {
                    format_ident!("{}", call.method)
                };
                let when = &call.receiver;
                *expr = parse_quote!(crate::mock::#helper(#when, #name, &#value));
                self.rewritten += 1;
            }
            // A nullable body's matcher passes `Option<&T>` where httpmock
            // takes `&T`: a reference to whatever it is serializes alike.
            Expr::MethodCall(call)
                if call.method == "json_body_obj"
                    && call.args.len() == 1
                    && !matches!(call.args[0], Expr::Reference(_)) =>
            {
                let value = call.args[0].clone();
                call.args[0] = parse_quote!(&#value);
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
