//! Walking an OpenAPI document: its operations, and every schema in it.
//!
//! The general rules of the build (`normalize.rs`, `open_objects.rs`) apply to
//! every operation and every schema a spec may contain, wherever it is
//! declared; these helpers visit them all so no rule misses a place.

use openapiv3::{
    AdditionalProperties, Components, OpenAPI, Operation, Parameter, ParameterSchemaOrContent,
    PathItem, ReferenceOr, Schema, SchemaKind, Type,
};

/// One operation of the spec, with where it lives.
pub struct OperationMut<'a> {
    /// The path template, e.g. `/agent/runs/{runId}`.
    pub path: String,
    /// The HTTP method in upper case.
    pub method: &'static str,
    /// The operation.
    pub operation: &'a mut Operation,
}

impl OperationMut<'_> {
    /// `METHOD /path (operationId)`, for messages.
    pub fn label(&self) -> String {
        label(self.method, &self.path, self.operation)
    }
}

/// `METHOD /path (operationId)`, for messages.
pub fn label(method: &str, path: &str, operation: &Operation) -> String {
    match &operation.operation_id {
        Some(id) => format!("{method} {path} ({id})"),
        None => format!("{method} {path}"),
    }
}

/// The operations of a path item by method (upper case), absent ones `None`.
pub fn methods_mut(item: &mut PathItem) -> [(&'static str, Option<&mut Operation>); 8] {
    [
        ("GET", item.get.as_mut()),
        ("PUT", item.put.as_mut()),
        ("POST", item.post.as_mut()),
        ("DELETE", item.delete.as_mut()),
        ("OPTIONS", item.options.as_mut()),
        ("HEAD", item.head.as_mut()),
        ("PATCH", item.patch.as_mut()),
        ("TRACE", item.trace.as_mut()),
    ]
}

/// The operations a path item declares.
pub fn item_operations_mut(item: &mut PathItem) -> impl Iterator<Item = &mut Operation> {
    methods_mut(item).into_iter().filter_map(|(_, op)| op)
}

/// Every operation declared inline in `spec.paths`, in document order. Run
/// [`inline_shared_parameters`] first so each carries all its parameters.
pub fn operations_mut(spec: &mut OpenAPI) -> Vec<OperationMut<'_>> {
    let mut out = Vec::new();
    for (path, item) in spec.paths.paths.iter_mut() {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        for (method, operation) in methods_mut(item) {
            if let Some(operation) = operation {
                out.push(OperationMut {
                    path: path.clone(),
                    method,
                    operation,
                });
            }
        }
    }
    out
}

/// Copies each path item's shared parameters into each of its operations
/// (an operation's own parameter of the same name and location wins, as the
/// OpenAPI specification says) and clears them from the path item.
pub fn inline_shared_parameters(spec: &mut OpenAPI) {
    let components = spec.components.clone();
    let key = |p: &ReferenceOr<Parameter>| -> Option<(String, &'static str)> {
        let p = resolve_parameter(p, components.as_ref())?;
        let location = match p {
            Parameter::Query { .. } => "query",
            Parameter::Header { .. } => "header",
            Parameter::Path { .. } => "path",
            Parameter::Cookie { .. } => "cookie",
        };
        Some((p.parameter_data_ref().name.clone(), location))
    };
    for (_, item) in spec.paths.paths.iter_mut() {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        let shared = std::mem::take(&mut item.parameters);
        if shared.is_empty() {
            continue;
        }
        for operation in item_operations_mut(item) {
            let own: Vec<_> = operation.parameters.iter().filter_map(key).collect();
            let mut merged = shared
                .iter()
                .filter(|p| key(p).is_none_or(|k| !own.contains(&k)))
                .cloned()
                .collect::<Vec<_>>();
            merged.append(&mut operation.parameters);
            operation.parameters = merged;
        }
    }
}

/// The parameter itself, following a `#/components/parameters/…` reference.
pub fn resolve_parameter<'a>(
    p: &'a ReferenceOr<Parameter>,
    components: Option<&'a Components>,
) -> Option<&'a Parameter> {
    match p {
        ReferenceOr::Item(p) => Some(p),
        ReferenceOr::Reference { reference } => {
            let name = reference.strip_prefix("#/components/parameters/")?;
            components?.parameters.get(name).and_then(|p| p.as_item())
        }
    }
}

/// The parameter's own data, mutably.
pub fn parameter_data_mut(parameter: &mut Parameter) -> &mut openapiv3::ParameterData {
    match parameter {
        Parameter::Query { parameter_data, .. }
        | Parameter::Header { parameter_data, .. }
        | Parameter::Path { parameter_data, .. }
        | Parameter::Cookie { parameter_data, .. } => parameter_data,
    }
}

/// Calls `f` on every schema declared inline anywhere in the spec (component
/// schemas, parameters, request bodies, responses, headers, and every schema
/// nested in those), parents before their children.
pub fn visit_schemas(spec: &mut OpenAPI, f: &mut dyn FnMut(&mut Schema)) {
    if let Some(components) = spec.components.as_mut() {
        for schema in components.schemas.values_mut() {
            visit_ref_or(schema, f);
        }
        for parameter in components.parameters.values_mut() {
            if let ReferenceOr::Item(parameter) = parameter {
                visit_parameter(parameter, f);
            }
        }
        for body in components.request_bodies.values_mut() {
            if let ReferenceOr::Item(body) = body {
                for media in body.content.values_mut() {
                    visit_option(&mut media.schema, f);
                }
            }
        }
        for response in components.responses.values_mut() {
            if let ReferenceOr::Item(response) = response {
                visit_response(response, f);
            }
        }
        for header in components.headers.values_mut() {
            if let ReferenceOr::Item(header) = header {
                visit_format(&mut header.format, f);
            }
        }
    }
    for (_, item) in spec.paths.paths.iter_mut() {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        for parameter in item.parameters.iter_mut() {
            if let ReferenceOr::Item(parameter) = parameter {
                visit_parameter(parameter, f);
            }
        }
        for operation in item_operations_mut(item) {
            for parameter in operation.parameters.iter_mut() {
                if let ReferenceOr::Item(parameter) = parameter {
                    visit_parameter(parameter, f);
                }
            }
            if let Some(ReferenceOr::Item(body)) = operation.request_body.as_mut() {
                for media in body.content.values_mut() {
                    visit_option(&mut media.schema, f);
                }
            }
            if let Some(ReferenceOr::Item(response)) = operation.responses.default.as_mut() {
                visit_response(response, f);
            }
            for response in operation.responses.responses.values_mut() {
                if let ReferenceOr::Item(response) = response {
                    visit_response(response, f);
                }
            }
        }
    }
}

fn visit_response(response: &mut openapiv3::Response, f: &mut dyn FnMut(&mut Schema)) {
    for media in response.content.values_mut() {
        visit_option(&mut media.schema, f);
    }
    for header in response.headers.values_mut() {
        if let ReferenceOr::Item(header) = header {
            visit_format(&mut header.format, f);
        }
    }
}

fn visit_parameter(parameter: &mut Parameter, f: &mut dyn FnMut(&mut Schema)) {
    visit_format(&mut parameter_data_mut(parameter).format, f);
}

fn visit_format(format: &mut ParameterSchemaOrContent, f: &mut dyn FnMut(&mut Schema)) {
    match format {
        ParameterSchemaOrContent::Schema(schema) => visit_ref_or(schema, f),
        ParameterSchemaOrContent::Content(content) => {
            for media in content.values_mut() {
                visit_option(&mut media.schema, f);
            }
        }
    }
}

fn visit_option(schema: &mut Option<ReferenceOr<Schema>>, f: &mut dyn FnMut(&mut Schema)) {
    if let Some(schema) = schema {
        visit_ref_or(schema, f);
    }
}

fn visit_ref_or(schema: &mut ReferenceOr<Schema>, f: &mut dyn FnMut(&mut Schema)) {
    if let ReferenceOr::Item(schema) = schema {
        visit_schema(schema, f);
    }
}

fn visit_boxed(schema: &mut ReferenceOr<Box<Schema>>, f: &mut dyn FnMut(&mut Schema)) {
    if let ReferenceOr::Item(schema) = schema {
        visit_schema(schema, f);
    }
}

fn visit_schema(schema: &mut Schema, f: &mut dyn FnMut(&mut Schema)) {
    f(schema);
    match &mut schema.schema_kind {
        SchemaKind::Type(Type::Object(object)) => {
            for property in object.properties.values_mut() {
                visit_boxed(property, f);
            }
            if let Some(AdditionalProperties::Schema(extra)) = object.additional_properties.as_mut()
            {
                visit_ref_or(extra, f);
            }
        }
        SchemaKind::Type(Type::Array(array)) => {
            if let Some(items) = array.items.as_mut() {
                visit_boxed(items, f);
            }
        }
        SchemaKind::OneOf { one_of: list }
        | SchemaKind::AllOf { all_of: list }
        | SchemaKind::AnyOf { any_of: list } => {
            for schema in list {
                visit_ref_or(schema, f);
            }
        }
        SchemaKind::Not { not } => visit_ref_or(not, f),
        SchemaKind::Any(any) => {
            for property in any.properties.values_mut() {
                visit_boxed(property, f);
            }
            if let Some(AdditionalProperties::Schema(extra)) = any.additional_properties.as_mut() {
                visit_ref_or(extra, f);
            }
            if let Some(items) = any.items.as_mut() {
                visit_boxed(items, f);
            }
            for schema in any
                .one_of
                .iter_mut()
                .chain(any.all_of.iter_mut())
                .chain(any.any_of.iter_mut())
            {
                visit_ref_or(schema, f);
            }
            if let Some(not) = any.not.as_mut() {
                visit_ref_or(not, f);
            }
        }
        SchemaKind::Type(_) => {}
    }
}
