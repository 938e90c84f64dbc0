//! The generation pipeline (the `codegen` feature): parse, patches, general
//! rules, progenitor, rewrite, and the files `build.rs` writes to `OUT_DIR`.
//! Without the feature, `build.rs` copies the committed output in
//! `generated/` instead (see `build/stamp.rs`).

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

use openapiv3::{OpenAPI, ReferenceOr, SchemaKind};

use crate::{dispatch, normalize, open_objects, pagination, patches, rewrite, security, walk};

/// Generates the client from `spec_path` into `out_dir`.
pub fn run(spec_path: &Path, out_dir: &Path) -> Result<(), String> {
    let started = Instant::now();
    let text = std::fs::read_to_string(spec_path)
        .map_err(|e| format!("{}: cannot read the spec: {e}", spec_path.display()))?;
    let mut spec: OpenAPI = serde_norway::from_str(&text).map_err(|e| {
        format!(
            "{}: not a valid OpenAPI 3.0 document: {e}",
            spec_path.display()
        )
    })?;
    let parsed = started.elapsed();

    let mut applied = Vec::new();
    for patch in patches::PATCHES {
        match (patch.apply)(&mut spec) {
            patches::Outcome::Applied(what) => {
                applied.push(serde_json::json!({ "name": patch.name, "applied": what }))
            }
            patches::Outcome::NoLongerApplies(why) => println!(
                "cargo:warning=spec patch `{}` no longer applies: {why}. It worked around: {} \
                 The upstream defect appears fixed; remove the patch from build/patches.rs.",
                patch.name,
                patch
                    .defect
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
        }
    }
    let named = normalize::name_operations(&mut spec)
        .map_err(|e| format!("{}: {e}", spec_path.display()))?;
    for warning in &named {
        println!("cargo:warning=spec: {warning}");
    }
    // The spec as the client sees it (named patches applied, every operation
    // named, before the generator-only rules below), for `oz_agent_api::spec`.
    let mut described = serde_json::to_value(&spec).map_err(|e| {
        format!(
            "{}: cannot serialize the patched spec: {e}",
            spec_path.display()
        )
    })?;
    let plan =
        normalize::normalize(&mut spec).map_err(|e| format!("{}: {e}", spec_path.display()))?;
    // Cursor-paged operations, by one rule over the spec; marked in the
    // exported spec so tools page by the same rule.
    let paged = pagination::paged_operations(&spec);
    pagination::mark(&mut described, &paged);
    let described = described.to_string();
    for warning in &plan.warnings {
        println!("cargo:warning=spec: {warning}");
    }
    let opened = open_objects::open_all_objects(&mut spec);

    let context = rewrite::Context {
        discriminators: discriminators(&spec),
        deprecated_operations: deprecated_operations(&spec),
        plan,
        operations: spec.operations().count(),
    };

    let mut settings = progenitor::GenerationSettings::default();
    settings
        .with_interface(progenitor::InterfaceStyle::Builder)
        .with_tag(progenitor::TagStyle::Merged)
        .with_inner_type(quote::quote!(crate::ClientState))
        // Gated behind the `schemars` feature after the rewrite
        // (`rewrite::gate_schemars`): one client for every feature set.
        .with_derive("schemars::JsonSchema");
    let generate_started = Instant::now();
    let tokens = generate(&settings, &spec).map_err(|e| {
        format!(
            "{}: progenitor could not generate the client: {e}",
            spec_path.display()
        )
    })?;
    let generated = generate_started.elapsed();

    let mut file: syn::File = syn::parse2(tokens)
        .map_err(|e| format!("progenitor produced code that does not parse: {e}"))?;
    let mut notes = context.plan.notes.clone();
    let summary = rewrite::rewrite(&mut file, &context).map_err(|e| {
        format!(
            "{}: rewriting progenitor's output: {e}",
            spec_path.display()
        )
    })?;
    for note in pagination::add_paging(&mut file, &paged) {
        println!("cargo:warning=spec: {note}");
        notes.push(note);
    }
    let dispatcher = dispatch::dispatcher(&file, &spec, &context.plan, &paged)
        .map_err(|e| format!("{}: the test dispatcher: {e}", spec_path.display()))?;
    let response_types = dispatch::response_types_macro(&file)
        .map_err(|e| format!("{}: the response type list: {e}", spec_path.display()))?;
    rewrite::gate_schemars(&mut file);
    let mut code = prettyplease::unparse(&file);
    // Operations that allow only anonymous access send no key (build/security.rs).
    let (anonymous, warnings) = security::anonymous_operations(&spec, &code);
    for warning in warnings {
        println!("cargo:warning=spec: {warning}");
    }
    code.push_str(&security::item(&anonymous));

    write(&out_dir.join("oz_agent_api.rs"), &code)?;
    write(&out_dir.join("openapi.json"), &described)?;
    write(&out_dir.join("dispatch.rs"), &dispatcher)?;
    write(&out_dir.join("response_types.rs"), &response_types)?;

    // progenitor's httpmock helpers, for users' tests (compiled with the
    // `httpmock` feature). A spec they cannot be made for fails only the
    // builds that enable the feature, with the reason.
    let mocks = catch_panic(|| progenitor::Generator::new(&settings).httpmock(&spec, "crate"))
        .and_then(|r| r.map_err(|e| one_line(&e.to_string())))
        .and_then(|tokens| {
            syn::parse2::<syn::File>(tokens)
                .map_err(|e| format!("progenitor produced httpmock code that does not parse: {e}"))
        })
        .and_then(|mut mocks| {
            rewrite::rewrite_httpmock(&mut mocks, &context.plan)?;
            Ok(prettyplease::unparse(&mocks))
        })
        .unwrap_or_else(|e| {
            let message = format!(
                "{}: progenitor could not generate httpmock helpers: {e}",
                spec_path.display()
            );
            println!("cargo:warning={message} (the `httpmock` feature will not compile)");
            format!("compile_error!({message:?});\n")
        });
    write(&out_dir.join("oz_agent_api_httpmock.rs"), &mocks)?;
    let total = started.elapsed();
    let report = serde_json::json!({
        "spec": spec_path.display().to_string(),
        "parse_ms": parsed.as_secs_f64() * 1e3,
        "progenitor_ms": generated.as_secs_f64() * 1e3,
        "total_ms": total.as_secs_f64() * 1e3,
        "operations": summary.operations,
        "open_enums": summary.open_enums,
        "unions": summary.unions,
        "structs": summary.structs,
        "objects_opened": opened,
        "patches_applied": applied,
        "rules_applied": notes,
        "lines": code.lines().count(),
    });
    write(&out_dir.join("codegen.json"), &report.to_string())?;
    Ok(())
}

fn write(path: &Path, contents: &str) -> Result<(), String> {
    std::fs::write(path, contents).map_err(|e| format!("{}: cannot write: {e}", path.display()))
}

/// Runs progenitor on `spec`. Its errors and its panics (it asserts and
/// `todo!`s on constructs it does not support) become one line; when the
/// whole spec fails, each operation is tried alone to name the ones at fault.
fn generate(
    settings: &progenitor::GenerationSettings,
    spec: &OpenAPI,
) -> Result<proc_macro2::TokenStream, String> {
    let attempt = |spec: &OpenAPI| {
        catch_panic(|| progenitor::Generator::new(settings).generate_tokens(spec))
            .and_then(|r| r.map_err(|e| e.to_string()))
    };
    let whole = match attempt(spec) {
        Ok(tokens) => return Ok(tokens),
        Err(e) => one_line(&e),
    };
    // The component schemas alone, without any operation.
    let mut bare = spec.clone();
    bare.paths.paths.clear();
    if let Err(e) = attempt(&bare) {
        return Err(format!("in the component schemas: {}", one_line(&e)));
    }
    let mut culprits = Vec::new();
    for (path, method, operation) in spec.operations() {
        let mut alone = spec.clone();
        alone.paths.paths.clear();
        let mut item = openapiv3::PathItem::default();
        match method {
            "get" => item.get = Some(operation.clone()),
            "put" => item.put = Some(operation.clone()),
            "post" => item.post = Some(operation.clone()),
            "delete" => item.delete = Some(operation.clone()),
            "options" => item.options = Some(operation.clone()),
            "head" => item.head = Some(operation.clone()),
            "patch" => item.patch = Some(operation.clone()),
            "trace" => item.trace = Some(operation.clone()),
            _ => continue,
        }
        alone
            .paths
            .paths
            .insert(path.to_owned(), ReferenceOr::Item(item));
        if let Err(e) = attempt(&alone) {
            culprits.push(format!(
                "{}: {}",
                walk::label(&method.to_ascii_uppercase(), path, operation),
                one_line(&e)
            ));
        }
    }
    Err(match culprits.len() {
        0 => whole,
        1 => culprits.remove(0),
        n => format!("{} (and {} more operations)", culprits.remove(0), n - 1),
    })
}

/// `text` on one line (whitespace runs collapsed), cut at 400 characters:
/// progenitor's errors can embed a whole pretty-printed schema.
fn one_line(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match line.char_indices().nth(400) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line,
    }
}

/// Runs `f`, turning a panic into its message (on one line, with no
/// backtrace printed).
fn catch_panic<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    use std::sync::{Arc, Mutex};
    let message = Arc::new(Mutex::new(None::<String>));
    let previous = std::panic::take_hook();
    {
        let message = Arc::clone(&message);
        std::panic::set_hook(Box::new(move |info| {
            let text = info
                .payload()
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| info.payload().downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_owned());
            let place = info
                .location()
                .map(|l| {
                    let file = l.file().rsplit(['/', '\\']).next().unwrap_or(l.file());
                    format!(" (at {file}:{})", l.line())
                })
                .unwrap_or_default();
            if let Ok(mut slot) = message.lock() {
                *slot = Some(format!("{}{place}", panic_hint(&text)));
            }
        }));
    }
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    std::panic::set_hook(previous);
    result.map_err(|_| {
        message
            .lock()
            .ok()
            .and_then(|m| m.clone())
            .unwrap_or_else(|| "the generator panicked".to_owned())
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// progenitor's panic message, with the construct it means where known.
fn panic_hint(message: &str) -> String {
    let construct = if message.contains("response_types.len() <= 1") {
        Some("responses of several kinds for one outcome")
    } else if message.contains("more media types than expected") {
        Some("a request body with several media types")
    } else if message.contains("media type encoding") {
        Some("a media type with an encoding or without a schema")
    } else {
        None
    };
    match construct {
        Some(construct) => {
            format!("unsupported construct: {construct} (generator panic: {message})")
        }
        None => format!("generator panic: {message}"),
    }
}

/// Union schema name → discriminator property and mapping (value → schema name).
fn discriminators(spec: &OpenAPI) -> BTreeMap<String, rewrite::Discriminator> {
    let mut out = BTreeMap::new();
    let Some(components) = spec.components.as_ref() else {
        return out;
    };
    for (name, schema) in &components.schemas {
        let ReferenceOr::Item(schema) = schema else {
            continue;
        };
        let (Some(discriminator), SchemaKind::OneOf { .. }) = (
            schema.schema_data.discriminator.as_ref(),
            &schema.schema_kind,
        ) else {
            continue;
        };
        let mapping = discriminator
            .mapping
            .iter()
            .map(|(value, target)| {
                let schema = target.rsplit('/').next().unwrap_or(target).to_owned();
                (value.clone(), schema)
            })
            .collect();
        out.insert(
            name.clone(),
            rewrite::Discriminator {
                property: discriminator.property_name.clone(),
                mapping,
            },
        );
    }
    out
}

/// snake_case method names of operations the spec marks deprecated.
fn deprecated_operations(spec: &OpenAPI) -> Vec<String> {
    spec.operations()
        .filter(|(_, _, op)| op.deprecated)
        .filter_map(|(_, _, op)| op.operation_id.as_deref().map(snake_case))
        .collect()
}

fn snake_case(id: &str) -> String {
    let mut out = String::with_capacity(id.len() + 4);
    let chars = id.chars().collect::<Vec<_>>();
    for (i, c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() {
            let prev_lower =
                i > 0 && (chars[i - 1].is_ascii_lowercase() || chars[i - 1].is_ascii_digit());
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase());
            if i > 0 && (prev_lower || (next_lower && chars[i - 1].is_ascii_uppercase())) {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else if *c == '-' || *c == ' ' {
            out.push('_');
        } else {
            out.push(*c);
        }
    }
    out
}
