//! The rewrite of `mod builder`: every operation's `send` goes through
//! `crate::transport` and returns the crate's one error; path parameters go
//! through `crate::path::segment`, header parameters through
//! `crate::transport::header_value`; `deepObject` parameters, bodiless
//! successes, JSON media types other than `application/json` and lifecycle
//! hooks are added back as the normalization recorded them.

use std::collections::{BTreeMap, BTreeSet};

use quote::{format_ident, quote};
use syn::parse::Parser;
use syn::visit_mut::VisitMut;
use syn::{
    parse_quote, Expr, Fields, File, GenericArgument, ImplItem, Item, ItemImpl, ItemMod, Pat,
    PathArguments, ReturnType, Stmt, Type,
};

use super::mocks::to_string_receiver;
use super::{self_name, Context, Failure, LIFECYCLE_HOOKS};

/// Routes every operation's `send` through `crate::transport` (and the
/// rest of this module's rules); returns the `op_key`s of the operations
/// whose builder was rewritten whole. A builder of an unknown shape is
/// reported, naming its operation.
pub(super) fn rewrite_operations(
    module: &mut ItemMod,
    cx: &Context,
    failures: &mut Vec<Failure>,
) -> BTreeSet<String> {
    let mut rewritten = BTreeSet::new();
    // progenitor's form body encoding fails with its own error type.
    FormBodyErrors.visit_item_mod_mut(module);
    let Some((_, items)) = module.content.as_mut() else {
        failures.push(Failure::layout("`mod builder` has no body"));
        return rewritten;
    };
    // Bodies given whole stay whole (before `send` is rewritten: the
    // download impls are made from it).
    super::bodies::keep_whole_bodies(items);
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
    let mut failed = BTreeSet::new();
    for item in items.iter_mut() {
        match item {
            Item::Struct(s) => {
                let Some(key) = keys.get(&s.ident.to_string()) else {
                    continue;
                };
                let Fields::Named(fields) = &mut s.fields else {
                    failures.push(Failure::operation(
                        key,
                        format!("builder::{} has no named fields", s.ident),
                    ));
                    failed.insert(key.clone());
                    continue;
                };
                for deep in cx.plan.deep_objects.get(key).unwrap_or(&no_deep_objects) {
                    let field = deep_object_field(&deep.name);
                    match syn::Field::parse_named.parse2(quote!(
                        #field: ::std::option::Option<::std::vec::Vec<(::std::string::String, ::std::string::String)>>
                    )) {
                        Ok(field) => fields.named.push(field),
                        Err(e) => {
                            failures.push(Failure::operation(key, e.to_string()));
                            failed.insert(key.clone());
                        }
                    }
                }
            }
            Item::Impl(imp) => {
                let owner = self_name(imp).unwrap_or_default();
                let Some(key) = keys.get(&owner) else {
                    continue;
                };
                match rewrite_builder(imp, &owner, key, cx, &no_deep_objects) {
                    Ok(download) => {
                        downloads.extend(download.into_iter().flatten());
                        rewritten.insert(key.clone());
                    }
                    Err(message) => {
                        failures.push(Failure::operation(key, message));
                        failed.insert(key.clone());
                    }
                }
            }
            _ => {}
        }
    }
    items.extend(downloads);
    rewritten.retain(|key| !failed.contains(key));
    rewritten
}

/// One operation's builder impl; its download impl, if it downloads.
fn rewrite_builder(
    imp: &mut ItemImpl,
    owner: &str,
    key: &str,
    cx: &Context,
    no_deep_objects: &Vec<crate::normalize::DeepObject>,
) -> Result<Option<Vec<Item>>, String> {
    let operation_id = operation_id_in(imp);
    let plan = OperationPlan {
        hook: LIFECYCLE_HOOKS
            .iter()
            .find(|(op, _)| operation_id.as_deref() == Some(*op))
            .copied(),
        deep_objects: cx.plan.deep_objects.get(key).unwrap_or(no_deep_objects),
        bodiless: cx
            .plan
            .bodiless_success
            .get(key)
            .map(Vec::as_slice)
            .unwrap_or_default(),
        content_type: cx.plan.content_types.get(key).map(String::as_str),
        form_flat: cx
            .plan
            .form_flat
            .get(key)
            .map(Vec::as_slice)
            .unwrap_or_default(),
    };
    let mut sends = 0;
    for member in &mut imp.items {
        let ImplItem::Fn(f) = member else { continue };
        if f.sig.ident == "new" {
            add_deep_object_defaults(f, &plan)
                .map_err(|e| format!("builder::{owner}::new: {e}"))?;
        } else if f.sig.ident == "send" {
            rewrite_send(f, &plan).map_err(|e| format!("builder::{owner}::send: {e}"))?;
            confine_path_parameters(f).map_err(|e| format!("builder::{owner}::send: {e}"))?;
            sends += 1;
        }
    }
    if sends != 1 {
        return Err(format!("builder::{owner} has {sends} `send` methods"));
    }
    for deep in plan.deep_objects {
        imp.items.push(deep_object_setter(deep));
    }
    download_request_impl(imp, owner)
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
    /// Query parameters of style `form` with `explode: false`, by wire name.
    form_flat: &'a [String],
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
pub(super) fn deep_object_field(name: &str) -> syn::Ident {
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
                let mut local = local.clone();
                let mut flat = FormFlatQuery {
                    names: plan.form_flat,
                    found: BTreeSet::new(),
                };
                flat.visit_local_mut(&mut local);
                if let Some(missing) = plan.form_flat.iter().find(|n| !flat.found.contains(*n)) {
                    return Err(format!(
                        "query parameter `{missing}` (form, explode false) is not among the \
                         request's `QueryParam`s"
                    ));
                }
                let local = &local;
                let stmt = Stmt::Local(local.clone());
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

/// `progenitor_client::QueryParam::new("name", &value)` → `crate::transport::FormFlat::new(…)`
/// for each query parameter of style `form` with `explode: false`: progenitor
/// explodes every array and object.
struct FormFlatQuery<'a> {
    names: &'a [String],
    found: BTreeSet<String>,
}

impl VisitMut for FormFlatQuery<'_> {
    fn visit_expr_call_mut(&mut self, call: &mut syn::ExprCall) {
        syn::visit_mut::visit_expr_call_mut(self, call);
        let Expr::Path(func) = &*call.func else {
            return;
        };
        let segments: Vec<String> = func
            .path
            .segments
            .iter()
            .map(|s| s.ident.to_string())
            .collect();
        if !segments.ends_with(&["QueryParam".to_owned(), "new".to_owned()]) {
            return;
        }
        let Some(Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(name),
            ..
        })) = call.args.first()
        else {
            return;
        };
        let name = name.value();
        if self.names.contains(&name) {
            *call.func = parse_quote!(crate::transport::FormFlat::new);
            self.found.insert(name);
        }
    }
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

/// `request.form_urlencoded(&body)?` returns progenitor's error, which the
/// crate's `send` cannot return: a body that cannot be encoded as a form is
/// an invalid request, like a body that fails its type's checks.
struct FormBodyErrors;

impl VisitMut for FormBodyErrors {
    fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
        syn::visit_mut::visit_expr_mut(self, expr);
        if let syn::Expr::Try(tried) = expr {
            if matches!(&*tried.expr, syn::Expr::MethodCall(call) if call.method == "form_urlencoded")
            {
                let inner = &tried.expr;
                *tried.expr = parse_quote!(
                    #inner.map_err(|e: ::progenitor_client::Error<()>| crate::Error::invalid_request(e.to_string()))
                );
            }
        }
    }
}
