//! Spec constructs the generator cannot express, left out with a warning.
//!
//! progenitor 0.15 stops with "unsupported style of query parameter
//! DeepObject" on a `style: deepObject` query parameter (spec F adds one:
//! `GET /agent/runs?metadata[key]=value`). Rather than fail the whole
//! regeneration, an *optional* such parameter is omitted from the generated
//! builder and the build prints a warning naming it; a *required* one still
//! fails the build, since calls without it could not work.

use openapiv3::{OpenAPI, Parameter, QueryStyle, ReferenceOr};

/// Removes optional deepObject query parameters; returns a description of each.
pub fn omit_unsupported_parameters(spec: &mut OpenAPI) -> Result<Vec<String>, String> {
    let shared = spec
        .components
        .as_ref()
        .map(|c| c.parameters.clone())
        .unwrap_or_default();
    let resolve = |p: &ReferenceOr<Parameter>| -> Option<Parameter> {
        match p {
            ReferenceOr::Item(p) => Some(p.clone()),
            ReferenceOr::Reference { reference } => {
                let name = reference.strip_prefix("#/components/parameters/")?;
                shared.get(name).and_then(|p| p.as_item()).cloned()
            }
        }
    };
    let mut omitted = Vec::new();
    for (path, item) in spec.paths.paths.iter_mut() {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        let methods = [
            ("GET", item.get.as_mut()),
            ("PUT", item.put.as_mut()),
            ("POST", item.post.as_mut()),
            ("DELETE", item.delete.as_mut()),
            ("PATCH", item.patch.as_mut()),
        ];
        for (method, op) in methods {
            let Some(op) = op else { continue };
            let mut error = None;
            op.parameters.retain(|p| {
                let Some(Parameter::Query { parameter_data, style: QueryStyle::DeepObject, .. }) = resolve(p) else {
                    return true;
                };
                if parameter_data.required {
                    error = Some(format!(
                        "{method} {path}: required query parameter `{}` has style deepObject, which the \
                         generator cannot encode",
                        parameter_data.name
                    ));
                    return true;
                }
                omitted.push(format!(
                    "{method} {path}: optional query parameter `{}` (style deepObject)",
                    parameter_data.name
                ));
                false
            });
            if let Some(error) = error {
                return Err(error);
            }
        }
    }
    Ok(omitted)
}
