//! The generation pipeline (the `codegen` feature): parse, patches, general
//! rules, progenitor, rewrite, and the files `build.rs` writes to `OUT_DIR`.
//! Without the feature, `build.rs` copies the committed output in
//! `generated/` instead (see `build/stamp.rs`).

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

use openapiv3::{OpenAPI, ReferenceOr, SchemaKind};

use crate::{
    dispatch, normalize, open_objects, pagination, patches, refuse, rewrite, security, walk,
};

/// Generates the client from `spec_path` into `out_dir`. Only a spec that
/// cannot be read, or an output that cannot be written, fails the whole
/// build: an operation the generator cannot express is left out of the
/// client with one line naming it and the construct (`build/refuse.rs`).
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
    if !spec.openapi.trim().starts_with("3.0.") {
        return Err(format!(
            "{}: OpenAPI version {:?}: the generator reads OpenAPI 3.0 documents",
            spec_path.display(),
            spec.openapi
        ));
    }
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
    let (named, misnamed) = normalize::name_operations(&mut spec);
    for warning in &named {
        println!("cargo:warning=spec: {}", one_line(warning));
    }
    let source = spec;
    let mut refused = refuse::Refused::default();
    refused.add(&source, misnamed);

    // Generate; whatever cannot be is refused and the rest generated again.
    let mut rounds = 0;
    let mut progenitor_time = std::time::Duration::ZERO;
    let generated = loop {
        rounds += 1;
        let work = refused.apply(&source);
        match generate_once(work, &mut progenitor_time) {
            Ok(generated) => break generated,
            Err(failure) => {
                let before = refused.len();
                refused.add(&source, failure.culprits);
                if refused.len() == before {
                    return Err(format!(
                        "{}: {}",
                        spec_path.display(),
                        one_line(&failure.message)
                    ));
                }
            }
        }
    };
    refused.add(&source, generated.plan.refused.clone());

    // The spec as the client speaks it (named patches applied, every
    // operation named, refused ones left out, before the generator-only
    // rules), for `oz_agent_api::spec`; cursor-paged operations marked so
    // tools page by the same rule; the refusals listed.
    let speaks = refused.apply(&source);
    let mut described = serde_json::to_value(&speaks).map_err(|e| {
        format!(
            "{}: cannot serialize the patched spec: {e}",
            spec_path.display()
        )
    })?;
    pagination::mark(&mut described, &generated.paged);
    refuse::mark(&mut described, &refused);
    let described = described.to_string();
    for warning in &generated.plan.warnings {
        println!("cargo:warning=spec: {}", one_line(warning));
    }
    for note in &generated.paging_notes {
        println!("cargo:warning=spec: {note}");
    }
    for refusal in refused.refusals() {
        println!("cargo:warning=left out of the client: {}", refusal.line());
    }
    for (schema, why) in &refused.schemas {
        println!(
            "cargo:warning=spec: schema `{schema}` is left out of the client: {}",
            one_line(why)
        );
    }
    for line in &generated.security_warnings {
        println!("cargo:warning=spec: {}", one_line(line));
    }
    for line in &generated.mock_warnings {
        println!("cargo:warning=spec: {}", one_line(line));
    }

    let code = format!("{}{}", refuse::header(&refused), generated.code);
    write(&out_dir.join("oz_agent_api.rs"), &code)?;
    write(&out_dir.join("openapi.json"), &described)?;
    write(&out_dir.join("dispatch.rs"), &generated.dispatcher)?;
    write(
        &out_dir.join("response_types.rs"),
        &generated.response_types,
    )?;
    write(&out_dir.join("oz_agent_api_httpmock.rs"), &generated.mocks)?;
    let total = started.elapsed();
    let mut notes = generated.plan.notes.clone();
    notes.extend(generated.paging_notes.iter().cloned());
    let report = serde_json::json!({
        "spec": spec_path.display().to_string(),
        "parse_ms": parsed.as_secs_f64() * 1e3,
        "progenitor_ms": progenitor_time.as_secs_f64() * 1e3,
        "total_ms": total.as_secs_f64() * 1e3,
        "rounds": rounds,
        "operations": generated.summary.operations,
        "refused": refused.refusals().map(refuse::Refusal::line).collect::<Vec<_>>(),
        "refused_schemas": refused.schemas.keys().collect::<Vec<_>>(),
        "open_enums": generated.summary.open_enums,
        "unions": generated.summary.unions,
        "structs": generated.summary.structs,
        "objects_opened": generated.opened,
        "patches_applied": applied,
        "rules_applied": notes,
        "lines": code.lines().count(),
    });
    write(&out_dir.join("codegen.json"), &report.to_string())?;
    Ok(())
}

/// What one round of generation made.
struct Generated {
    code: String,
    dispatcher: String,
    response_types: String,
    mocks: String,
    plan: normalize::Plan,
    paged: BTreeMap<String, pagination::Paging>,
    paging_notes: Vec<String>,
    mock_warnings: Vec<String>,
    security_warnings: Vec<String>,
    summary: rewrite::Summary,
    opened: usize,
}

/// Why a round failed: what to refuse, or (no culprit) the message that
/// fails the build.
struct Failure {
    culprits: Vec<refuse::Culprit>,
    message: String,
}

impl Failure {
    fn of(culprits: Vec<refuse::Culprit>, message: String) -> Failure {
        Failure { culprits, message }
    }
}

fn settings() -> progenitor::GenerationSettings {
    let mut settings = progenitor::GenerationSettings::default();
    settings
        .with_interface(progenitor::InterfaceStyle::Builder)
        .with_tag(progenitor::TagStyle::Merged)
        .with_inner_type(quote::quote!(crate::ClientState))
        // Gated behind the `schemars` feature after the rewrite
        // (`rewrite::gate_schemars`): one client for every feature set.
        .with_derive("schemars::JsonSchema");
    settings
}

/// One round: the general rules, progenitor, the rewrite, the dispatcher and
/// the httpmock helpers, on `spec` (refused operations already removed).
fn generate_once(
    mut spec: OpenAPI,
    progenitor_time: &mut std::time::Duration,
) -> Result<Generated, Failure> {
    let plan = normalize::normalize(&mut spec);
    // Cursor-paged operations, by one rule over the spec.
    let paged = pagination::paged_operations(&spec);
    let opened = open_objects::open_all_objects(&mut spec);
    let operations = operation_keys(&spec);

    let context = rewrite::Context {
        discriminators: discriminators(&spec),
        deprecated_operations: deprecated_operations(&spec),
        plan,
        operations: operations.keys().cloned().collect(),
    };
    let settings = settings();
    let generate_started = Instant::now();
    let attempt = |spec: &OpenAPI| {
        catch_panic(|| progenitor::Generator::new(&settings).generate_tokens(spec))
            .and_then(|r| r.map_err(|e| e.to_string()))
    };
    let tokens = match attempt(&spec) {
        Ok(tokens) => tokens,
        Err(whole) => {
            let culprits = refuse::find_culprits(&spec, &whole, &|s| attempt(s).map(|_| ()));
            let culprits = culprits
                .into_iter()
                .map(|c| c.map_why(|why| progenitor_construct(&why)))
                .collect();
            return Err(Failure::of(
                culprits,
                format!(
                    "progenitor could not generate the client: {}",
                    one_line(&whole)
                ),
            ));
        }
    };
    *progenitor_time += generate_started.elapsed();

    let mut file: syn::File = syn::parse2(tokens).map_err(|e| {
        Failure::of(
            Vec::new(),
            format!("progenitor produced code that does not parse: {e}"),
        )
    })?;
    let graph = refuse::TypeGraph::of(&file);
    let summary = rewrite::rewrite(&mut file, &context).map_err(|failures| {
        let message = failures
            .first()
            .map(|f| f.message.clone())
            .unwrap_or_default();
        Failure::of(
            graph.culprits(&failures, &operations, &spec),
            format!("rewriting progenitor's output: {message}"),
        )
    })?;
    let paging_notes = pagination::add_paging(&mut file, &paged);
    let dispatcher =
        dispatch::dispatcher(&file, &spec, &context.plan, &paged).map_err(|errors| {
            let message = errors.first().map(|(_, m)| m.clone()).unwrap_or_default();
            let culprits = errors
                .into_iter()
                .filter_map(|(id, why)| {
                    let (method, path) = operations.get(&normalize::op_key(&id))?.clone();
                    Some(refuse::Culprit::Operation {
                        method,
                        path,
                        why: format!("the test dispatcher cannot call it: {why}"),
                    })
                })
                .collect();
            Failure::of(culprits, format!("the test dispatcher: {message}"))
        })?;
    let response_types = dispatch::response_types_macro(&file)
        .map_err(|e| Failure::of(Vec::new(), format!("the response type list: {e}")))?;
    rewrite::gate_schemars(&mut file);
    let mut code = prettyplease::unparse(&file);
    // Operations that allow only anonymous access send no key (build/security.rs).
    let (anonymous, security_warnings) = security::anonymous_operations(&spec, &code);
    code.push_str(&security::item(&anonymous));
    let (mocks, mock_warnings) = httpmock_helpers(&settings, &spec, &context.plan);
    Ok(Generated {
        code,
        dispatcher,
        response_types,
        mocks,
        plan: context.plan,
        paged,
        paging_notes,
        mock_warnings,
        security_warnings,
        summary,
        opened,
    })
}

/// `op_key` of every operation → its `(METHOD, path)`.
fn operation_keys(spec: &OpenAPI) -> BTreeMap<String, (String, String)> {
    spec.operations()
        .filter_map(|(path, method, op)| {
            Some((
                normalize::op_key(op.operation_id.as_deref()?),
                (method.to_ascii_uppercase(), path.to_owned()),
            ))
        })
        .collect()
}

/// progenitor's httpmock helpers, for users' tests (compiled with the
/// `httpmock` feature). An operation they cannot be made for gets none
/// (the client still has it), with a warning naming it.
fn httpmock_helpers(
    settings: &progenitor::GenerationSettings,
    spec: &OpenAPI,
    plan: &normalize::Plan,
) -> (String, Vec<String>) {
    let attempt = |spec: &OpenAPI| -> Result<String, String> {
        let tokens = catch_panic(|| progenitor::Generator::new(settings).httpmock(spec, "crate"))
            .and_then(|r| r.map_err(|e| one_line(&e.to_string())))?;
        let mut mocks = syn::parse2::<syn::File>(tokens)
            .map_err(|e| format!("progenitor produced httpmock code that does not parse: {e}"))?;
        rewrite::rewrite_httpmock(&mut mocks, plan)?;
        Ok(prettyplease::unparse(&mocks))
    };
    let mut spec = spec.clone();
    let mut warnings = Vec::new();
    for _ in 0..8 {
        let whole = match attempt(&spec) {
            Ok(code) => return (code, warnings),
            Err(e) => e,
        };
        let culprits = refuse::find_culprits(&spec, &whole, &|s| attempt(s).map(|_| ()));
        let mut progress = false;
        for culprit in culprits {
            if let refuse::Culprit::Operation { method, path, why } = culprit {
                let label = refuse::operation(&spec, &method, &path)
                    .map(|op| walk::label(&method, &path, op))
                    .unwrap_or_else(|| format!("{method} {path}"));
                warnings.push(format!(
                    "{label} has no httpmock helper (`oz_agent_api::mock`): {}",
                    progenitor_construct(&why)
                ));
                refuse::remove_operation(&mut spec, &method, &path);
                progress = true;
            }
        }
        if !progress {
            break;
        }
    }
    let message = "progenitor could not generate httpmock helpers for this spec";
    warnings.push(format!(
        "{message} (the `httpmock` feature will not compile)"
    ));
    (format!("compile_error!({message:?});\n"), warnings)
}

fn write(path: &Path, contents: &str) -> Result<(), String> {
    std::fs::write(path, contents).map_err(|e| format!("{}: cannot write: {e}", path.display()))
}

/// progenitor's error or panic message, with the construct it means where
/// known, on one line.
fn progenitor_construct(message: &str) -> String {
    one_line(message)
}

fn one_line(text: &str) -> String {
    refuse::one_line(text)
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
