//! A dispatcher that calls any operation by its `operationId`, for the
//! spec-driven tests.
//!
//! The build writes `OUT_DIR/dispatch.rs`, which the integration tests
//! `include!`. It is derived from the generated client itself (each
//! builder's setters and their types, each `send`'s return type) and from the
//! spec (each parameter's name and location), so a test can call every
//! operation of whatever spec is vendored with arguments given as JSON,
//! keyed by the spec's own parameter names (`runId`, `X-Warp-Team-Uid`,
//! `metadata`, and `body` for the request body), without one hand-written
//! line per operation. It is not part of the crate's API.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use openapiv3::{OpenAPI, Parameter, ReferenceOr};
use quote::ToTokens;
use syn::{File, GenericArgument, ImplItem, Item, PathArguments, ReturnType, Type};

use crate::normalize::{op_key, Plan};

/// One setter of a builder: its name and the type its `TryInto` bound names.
struct Setter {
    name: String,
    ty: Option<String>,
}

/// What the generated client offers for one builder.
struct Builder {
    method: String,
    setters: Vec<Setter>,
    response: Response,
}

enum Response {
    /// `T`, as source text in the generated module (`types::RunItem`).
    Json(String),
    /// `Option<T>`: `T`.
    OptionalJson(String),
    Bytes,
    Empty,
}

impl Response {
    fn json_type(&self) -> Option<&str> {
        match self {
            Response::Json(t) | Response::OptionalJson(t) => Some(t),
            Response::Bytes | Response::Empty => None,
        }
    }
}

/// The source of `dispatch.rs` for the rewritten client `file` and the
/// normalized `spec`. An operation it cannot call is reported as
/// `(operationId, why)` (all of them, not the first).
pub fn dispatcher(
    file: &File,
    spec: &OpenAPI,
    plan: &Plan,
    paged: &BTreeMap<String, crate::pagination::Paging>,
) -> Result<String, Vec<(String, String)>> {
    let builders = builders(file).map_err(|e| vec![(String::new(), e)])?;
    let mut operations = String::new();
    let mut arms = String::new();
    let mut functions = String::new();
    let mut paged_list = String::new();
    let mut page_arms = String::new();
    let mut item_arms = String::new();
    let mut failed = Vec::new();
    for (path, method, operation) in spec.operations() {
        let Some(id) = operation.operation_id.clone() else {
            failed.push((format!("{method} {path}"), "no operationId".to_owned()));
            continue;
        };
        let mut texts = Texts::default();
        match operation_texts(
            &id, method, path, operation, &builders, plan, paged, &mut texts,
        ) {
            Ok(()) => {
                operations.push_str(&texts.operations);
                arms.push_str(&texts.arms);
                functions.push_str(&texts.functions);
                paged_list.push_str(&texts.paged_list);
                page_arms.push_str(&texts.page_arms);
                item_arms.push_str(&texts.item_arms);
            }
            Err(e) => failed.push((id, e)),
        }
    }
    if !failed.is_empty() {
        return Err(failed);
    }
    Ok(dispatch_module(
        &operations,
        &arms,
        &functions,
        &paged_list,
        &page_arms,
        &item_arms,
    ))
}

/// One operation's parts of the dispatcher.
#[derive(Default)]
struct Texts {
    operations: String,
    arms: String,
    functions: String,
    paged_list: String,
    page_arms: String,
    item_arms: String,
}

#[allow(clippy::too_many_arguments)]
fn operation_texts(
    id: &str,
    method: &str,
    path: &str,
    operation: &openapiv3::Operation,
    builders: &[(String, Builder)],
    plan: &Plan,
    paged: &BTreeMap<String, crate::pagination::Paging>,
    texts: &mut Texts,
) -> Result<(), String> {
    let Texts {
        operations,
        arms,
        functions,
        paged_list,
        page_arms,
        item_arms,
    } = texts;
    {
        let id = id.to_owned();
        let key = op_key(&id);
        let builder = builders
            .iter()
            .find(|(name, _)| op_key(name) == key)
            .map(|(_, b)| b)
            .ok_or_else(|| format!("{id}: no builder in the generated client"))?;
        // (spec name, location, setter, type)
        let mut params: Vec<(String, &'static str, String, Option<String>)> = Vec::new();
        for parameter in &operation.parameters {
            let ReferenceOr::Item(parameter) = parameter else {
                return Err(format!(
                    "{id}: a parameter reference survived normalization"
                ));
            };
            let (location, data) = match parameter {
                Parameter::Query { parameter_data, .. } => ("query", parameter_data),
                Parameter::Header { parameter_data, .. } => ("header", parameter_data),
                Parameter::Path { parameter_data, .. } => ("path", parameter_data),
                Parameter::Cookie { parameter_data, .. } => ("cookie", parameter_data),
            };
            params.push(setter_for(&id, builder, &data.name, location)?);
        }
        for deep in plan.deep_objects.get(&key).into_iter().flatten() {
            params.push(setter_for(&id, builder, &deep.name, "deepObject")?);
        }
        if operation.request_body.is_some() {
            let body = setter_for(&id, builder, "body", "body")?;
            if body
                .3
                .as_deref()
                .is_some_and(|ty| ty.contains("reqwest :: Body"))
            {
                // The spec-driven tests give every argument as JSON.
                return Err(format!(
                    "{id}: its body is a byte stream (reqwest::Body), which the spec-driven \
                     tests cannot give as a JSON argument"
                ));
            }
            params.push(body);
        }
        let omitted_names = plan.omitted.get(&key).cloned().unwrap_or_default();

        write!(
            operations,
            "    Operation {{ id: {id:?}, method: {method:?}, path: {path:?}, params: &[",
            method = method.to_ascii_uppercase()
        )
        .ok();
        for (name, location, _, _) in &params {
            write!(operations, "({name:?}, {location:?}), ").ok();
        }
        write!(operations, "], omitted: &[").ok();
        for name in &omitted_names {
            write!(operations, "{name:?}, ").ok();
        }
        let kind = match builder.response {
            Response::Json(_) => "Json",
            Response::OptionalJson(_) => "OptionalJson",
            Response::Bytes => "Bytes",
            Response::Empty => "Empty",
        };
        let type_name = match builder.response.json_type() {
            Some(ty) => format!("Some({:?})", type_name_of(ty)),
            None => "None".to_owned(),
        };
        writeln!(
            operations,
            "], response: ResponseKind::{kind}, response_type: {type_name} }},"
        )
        .ok();

        // The builder with every argument set (shared by `call`, `pages` and `items`).
        let mut setup = format!("            let mut b = client.{}();\n", builder.method);
        for (name, location, setter, ty) in &params {
            match (*location, ty) {
                ("deepObject", _) => writeln!(
                    setup,
                    "            if let Some(v) = pairs(args, {name:?})? {{ b = b.{setter}(v); }}"
                ),
                (_, Some(ty)) => writeln!(
                    setup,
                    "            if let Some(v) = arg::<{ty}>(args, {name:?})? {{ b = b.{setter}(v); }}"
                ),
                (_, None) => {
                    return Err(format!("{id}: setter {setter} has no type to decode into"))
                }
            }
            .ok();
        }
        let known: Vec<String> = params
            .iter()
            .map(|(n, ..)| format!("{n:?}"))
            .chain(omitted_names.iter().map(|n| format!("{n:?}")))
            .collect();
        writeln!(
            setup,
            "            unknown(args, &[{}])?;",
            known.join(", ")
        )
        .ok();
        if let Some(paging) = paged.get(&key) {
            writeln!(paged_list, "        ({id:?}, {:?}),", paging.items).ok();
            writeln!(
                page_arms,
                "        {id:?} => {{\n{setup}            Ok(b.pages().take(max).map(|p| p.and_then(json)).collect().await)\n        }}"
            )
            .ok();
            writeln!(
                item_arms,
                "        {id:?} => {{\n{setup}            Ok(b.stream().take(max).map(|p| p.and_then(json)).collect().await)\n        }}"
            )
            .ok();
        }
        // One small async fn per operation, boxed by `call`: a single
        // `match` awaiting every operation's future in place is one state
        // machine with thousands of await points, which rustc needs tens of
        // gigabytes to compile for a spec of a thousand operations.
        writeln!(
            arms,
            "        {id:?} => Box::pin(call_{method}(client, args)),",
            method = builder.method
        )
        .ok();
        write!(
            functions,
            "    async fn call_{method}(client: &Client, args: &Map<String, Value>) -> Result<Outcome, Error> {{\n{setup}            let r = b.send().await?;\n            let status = r.status().as_u16();\n",
            method = builder.method
        )
        .ok();
        let body = match builder.response {
            Response::Json(_) => "Body::Json(json(r.into_inner())?)",
            Response::OptionalJson(_) => {
                "match r.into_inner() { Some(v) => Body::Json(json(v)?), None => Body::Absent }"
            }
            Response::Bytes => "Body::Bytes(bytes(r.into_inner()).await?)",
            Response::Empty => "Body::Empty",
        };
        writeln!(
            functions,
            "            Ok(Outcome {{ status, body: {body} }})\n    }}"
        )
        .ok();
    }
    Ok(())
}

fn dispatch_module(
    operations: &str,
    arms: &str,
    functions: &str,
    paged_list: &str,
    page_arms: &str,
    item_arms: &str,
) -> String {
    format!(
        r#"// @generated by build.rs (build/dispatch.rs) from the spec and the generated client.
// Included by the spec-driven tests; not part of the crate's API.
#[allow(deprecated, dead_code, unused_mut, unused_imports, clippy::all)]
pub mod dispatch {{
    use oz_agent_api::{{types, Client, Error}};
    use serde_json::{{Map, Value}};

    /// How an operation's success response comes back.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum ResponseKind {{
        /// A decoded JSON value.
        Json,
        /// A decoded JSON value, or none for a documented bodiless success.
        OptionalJson,
        /// A byte stream.
        Bytes,
        /// No body.
        Empty,
    }}

    /// One operation of the spec the client was generated from.
    #[derive(Debug)]
    pub struct Operation {{
        pub id: &'static str,
        pub method: &'static str,
        pub path: &'static str,
        /// (spec name, location): path, query, header, deepObject, body.
        pub params: &'static [(&'static str, &'static str)],
        /// Parameters of the spec the client leaves out (cookies).
        pub omitted: &'static [&'static str],
        pub response: ResponseKind,
        /// The name of the JSON success type (see `__response_types!`).
        pub response_type: Option<&'static str>,
    }}

    /// Every operation, in spec order.
    pub const OPERATIONS: &[Operation] = &[
{operations}    ];

    /// A successful response as the client returned it.
    #[derive(Debug)]
    pub enum Body {{
        /// The decoded value, serialized back to JSON.
        Json(Value),
        /// A documented bodiless success (`Option::None`).
        Absent,
        /// The bytes of a streamed body.
        Bytes(Vec<u8>),
        /// `()`.
        Empty,
    }}

    /// Status and body of a successful call.
    #[derive(Debug)]
    pub struct Outcome {{
        pub status: u16,
        pub body: Body,
    }}

    fn arg<T: serde::de::DeserializeOwned>(args: &Map<String, Value>, name: &str) -> Result<Option<T>, Error> {{
        match args.get(name) {{
            None => Ok(None),
            Some(v) => serde_json::from_value(v.clone())
                .map(Some)
                .map_err(|e| Error::InvalidRequest(format!("dispatch: argument {{name}}: {{e}}"))),
        }}
    }}

    fn pairs(args: &Map<String, Value>, name: &str) -> Result<Option<Vec<(String, String)>>, Error> {{
        match args.get(name) {{
            None => Ok(None),
            Some(Value::Object(map)) => Ok(Some(
                map.iter()
                    .map(|(k, v)| (k.clone(), match v {{ Value::String(s) => s.clone(), other => other.to_string() }}))
                    .collect(),
            )),
            Some(other) => Err(Error::InvalidRequest(format!("dispatch: argument {{name}} is not an object: {{other}}"))),
        }}
    }}

    fn unknown(args: &Map<String, Value>, known: &[&str]) -> Result<(), Error> {{
        match args.keys().find(|k| !known.contains(&k.as_str())) {{
            Some(k) => Err(Error::InvalidRequest(format!("dispatch: the operation has no parameter {{k}}"))),
            None => Ok(()),
        }}
    }}

    fn json<T: serde::Serialize>(value: T) -> Result<Value, Error> {{
        serde_json::to_value(value).map_err(|e| Error::InvalidRequest(format!("dispatch: re-encoding the response: {{e}}")))
    }}

    async fn bytes(stream: oz_agent_api::ByteStream) -> Result<Vec<u8>, Error> {{
        use futures_util::TryStreamExt;
        stream
            .into_inner()
            .try_fold(Vec::new(), |mut all, chunk| async move {{ all.extend_from_slice(&chunk); Ok(all) }})
            .await
            .map_err(|e| Error::InvalidRequest(format!("dispatch: reading the body: {{e}}")))
    }}

    /// The cursor-paged operations (`pages()`/`stream()`), with the array
    /// of items of their pages.
    pub const PAGED: &[(&str, &str)] = &[
{paged_list}    ];

    /// Follows `pages()` of operation `id` built with `args`, at most `max`
    /// pages: each page re-encoded as JSON, or the error that ended it.
    pub async fn pages(client: &Client, id: &str, args: &Map<String, Value>, max: usize) -> Result<Vec<Result<Value, Error>>, Error> {{
        use futures_util::StreamExt;
        match id {{
{page_arms}            other => Err(Error::InvalidRequest(format!("dispatch: {{other}} is not cursor-paged"))),
        }}
    }}

    /// Follows `stream()` of operation `id` built with `args`, at most
    /// `max` items: each item re-encoded as JSON, or the error that ended it.
    pub async fn items(client: &Client, id: &str, args: &Map<String, Value>, max: usize) -> Result<Vec<Result<Value, Error>>, Error> {{
        use futures_util::StreamExt;
        match id {{
{item_arms}            other => Err(Error::InvalidRequest(format!("dispatch: {{other}} is not cursor-paged"))),
        }}
    }}

    /// Calls operation `id` with `args` keyed by the spec's parameter names
    /// (and `body`); an argument the operation does not have is an error.
    pub async fn call(client: &Client, id: &str, args: &Map<String, Value>) -> Result<Outcome, Error> {{
        let call: std::pin::Pin<Box<dyn std::future::Future<Output = Result<Outcome, Error>> + Send + '_>> = match id {{
{arms}            other => return Err(Error::InvalidRequest(format!("dispatch: no operation {{other}}"))),
        }};
        call.await
    }}

{functions}}}
"#
    )
}

fn setter_for(
    id: &str,
    builder: &Builder,
    name: &str,
    location: &'static str,
) -> Result<(String, &'static str, String, Option<String>), String> {
    let wanted = if location == "deepObject" {
        op_key(&heck::ToSnakeCase::to_snake_case(name))
    } else {
        op_key(name)
    };
    let setter = builder
        .setters
        .iter()
        .find(|s| op_key(&s.name) == wanted)
        .ok_or_else(|| format!("{id}: no setter for {location} parameter {name:?}"))?;
    Ok((
        name.to_owned(),
        location,
        setter.name.clone(),
        setter.ty.clone(),
    ))
}

/// Builder name → what it offers, from `mod builder` and `impl Client`.
fn builders(file: &File) -> Result<Vec<(String, Builder)>, String> {
    let mut methods: BTreeMap<String, String> = BTreeMap::new();
    let mut setters: BTreeMap<String, Vec<Setter>> = BTreeMap::new();
    let mut responses: BTreeMap<String, Response> = BTreeMap::new();
    for item in &file.items {
        match item {
            Item::Impl(imp)
                if imp.trait_.is_none() && type_name(&imp.self_ty).as_deref() == Some("Client") =>
            {
                for member in &imp.items {
                    let ImplItem::Fn(f) = member else { continue };
                    if let ReturnType::Type(_, ty) = &f.sig.output {
                        if let Some(builder) = type_name(ty) {
                            methods.insert(builder, f.sig.ident.to_string());
                        }
                    }
                }
            }
            Item::Mod(module) if module.ident == "builder" => {
                let Some((_, items)) = &module.content else {
                    continue;
                };
                for item in items {
                    let Item::Impl(imp) = item else { continue };
                    let Some(owner) = type_name(&imp.self_ty) else {
                        continue;
                    };
                    for member in &imp.items {
                        let ImplItem::Fn(f) = member else { continue };
                        let name = f.sig.ident.to_string();
                        match name.as_str() {
                            "new" | "body_map" => {}
                            "send" => {
                                responses.insert(owner.clone(), response_kind(&f.sig.output)?);
                            }
                            _ => setters.entry(owner.clone()).or_default().push(Setter {
                                ty: crate::rewrite::try_into_target(f)
                                    .map(|t| t.to_token_stream().to_string()),
                                name,
                            }),
                        }
                    }
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for (builder, method) in methods {
        let Some(response) = responses.remove(&builder) else {
            continue;
        };
        out.push((
            builder.clone(),
            Builder {
                method,
                setters: setters.remove(&builder).unwrap_or_default(),
                response,
            },
        ));
    }
    Ok(out)
}

fn type_name(ty: &Type) -> Option<String> {
    match ty {
        Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// The kind of `Result<ResponseValue<X>, crate::Error>`.
fn response_kind(output: &ReturnType) -> Result<Response, String> {
    let ReturnType::Type(_, ty) = output else {
        return Err("send has no return type".into());
    };
    let value = first_type_argument(ty)
        .and_then(first_type_argument)
        .ok_or("send does not return Result<ResponseValue<T>, _>")?;
    let text = value.to_token_stream().to_string().replace(' ', "");
    Ok(if text == "ByteStream" {
        Response::Bytes
    } else if text == "()" {
        Response::Empty
    } else if text.starts_with("::std::option::Option<") {
        let inner = first_type_argument(value).ok_or("Option without a type")?;
        Response::OptionalJson(inner.to_token_stream().to_string())
    } else {
        Response::Json(value.to_token_stream().to_string())
    })
}

/// `T` in `Path<T, …>`.
fn first_type_argument(ty: &Type) -> Option<&Type> {
    let Type::Path(p) = ty else { return None };
    let PathArguments::AngleBracketed(args) = &p.path.segments.last()?.arguments else {
        return None;
    };
    args.args.iter().find_map(|a| match a {
        GenericArgument::Type(t) => Some(t),
        _ => None,
    })
}

/// The name a response type goes by: its last path segment (`RunItem`,
/// `String`, `Map`), or the whole type when that is generic (`Vec<RunItem>`).
fn type_name_of(ty: &str) -> String {
    let compact = ty.replace(' ', "");
    let outer = compact.split('<').next().unwrap_or(&compact);
    let last = outer.rsplit("::").next().unwrap_or(outer);
    if compact.contains('<') && last != "Map" {
        compact
            .split("::")
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("::")
    } else {
        last.to_owned()
    }
}

/// `__response_types!`: every JSON success type of the client, and the
/// problem-details type errors decode into, as `name => type` pairs handed
/// to a macro of the caller's. For the fuzz target and the decoder property
/// tests; hidden from the docs, not part of the API.
pub fn response_types_macro(file: &File) -> Result<String, String> {
    let builders = builders(file)?;
    let mut types: BTreeMap<String, String> = BTreeMap::new();
    for (_, builder) in &builders {
        if let Some(ty) = builder.response.json_type() {
            let path = ty.replace("types ::", "$crate :: types ::");
            types.insert(type_name_of(ty), path);
        }
    }
    types.insert("Error".to_owned(), "$crate :: types :: Error".to_owned());
    let mut out = String::from(
        "// @generated by build.rs (build/dispatch.rs).\n\
         /// Calls `$m! { \"Name\" => Type, … }` with every JSON response type of the\n\
         /// client (sorted by name) and the problem-details type. Not part of the API.\n\
         #[doc(hidden)]\n#[macro_export]\nmacro_rules! __response_types {\n    ($m:ident) => {\n        $m! {\n",
    );
    for (name, ty) in types {
        writeln!(out, "            {name:?} => {ty},").ok();
    }
    out.push_str("        }\n    };\n}\n");
    Ok(out)
}
