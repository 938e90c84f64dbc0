//! Spec-level forward compatibility: every object keeps the fields it does not know.
//!
//! Each object schema that lists `properties` and says nothing about
//! `additionalProperties` gets `additionalProperties: {}`. The generator then
//! emits a `#[serde(flatten)] pub extra: serde_json::Map<String, Value>` field,
//! so a field that Warp adds tomorrow is kept when decoding and written back
//! unchanged when the value is serialized again. This is a general rule applied
//! to every object, including inline ones and ones a future spec adds; it is
//! not a defect repair, so it is not in the patch list.
//!
//! An object with a property the generator would also name `extra` is left
//! as it is (the two fields would collide): it decodes tomorrow's fields
//! without keeping them.

use openapiv3::{AdditionalProperties, AnySchema, OpenAPI, ReferenceOr, Schema, SchemaKind, Type};

/// Opens every object schema in the spec; returns how many were opened.
pub fn open_all_objects(spec: &mut OpenAPI) -> usize {
    let mut opened = 0;
    if let Some(components) = spec.components.as_mut() {
        for schema in components.schemas.values_mut() {
            opened += open_ref_or(schema);
        }
    }
    for item in spec.paths.paths.values_mut() {
        let ReferenceOr::Item(item) = item else {
            continue;
        };
        for op in crate::walk::item_operations_mut(item) {
            if let Some(ReferenceOr::Item(body)) = op.request_body.as_mut() {
                for media in body.content.values_mut() {
                    opened += media.schema.as_mut().map_or(0, open_ref_or);
                }
            }
            for response in op.responses.responses.values_mut() {
                if let ReferenceOr::Item(response) = response {
                    for media in response.content.values_mut() {
                        opened += media.schema.as_mut().map_or(0, open_ref_or);
                    }
                }
            }
        }
    }
    opened
}

fn open_ref_or(schema: &mut ReferenceOr<Schema>) -> usize {
    match schema {
        ReferenceOr::Item(schema) => open_schema(schema),
        ReferenceOr::Reference { .. } => 0,
    }
}

fn open_boxed(schema: &mut ReferenceOr<Box<Schema>>) -> usize {
    match schema {
        ReferenceOr::Item(schema) => open_schema(schema),
        ReferenceOr::Reference { .. } => 0,
    }
}

fn open_schema(schema: &mut Schema) -> usize {
    match &mut schema.schema_kind {
        SchemaKind::Type(Type::Object(object)) => {
            let mut opened = 0;
            for property in object.properties.values_mut() {
                opened += open_boxed(property);
            }
            match object.additional_properties.as_mut() {
                Some(AdditionalProperties::Schema(extra)) => opened += open_ref_or(extra),
                Some(AdditionalProperties::Any(_)) => {}
                None if !object.properties.is_empty()
                    && !object
                        .properties
                        .keys()
                        .any(|name| heck::ToSnakeCase::to_snake_case(name.as_str()) == "extra") =>
                {
                    object.additional_properties = Some(AdditionalProperties::Schema(Box::new(
                        ReferenceOr::Item(Schema {
                            schema_data: Default::default(),
                            schema_kind: SchemaKind::Any(AnySchema::default()),
                        }),
                    )));
                    opened += 1;
                }
                None => {}
            }
            opened
        }
        SchemaKind::Type(Type::Array(array)) => array.items.as_mut().map_or(0, open_boxed),
        SchemaKind::OneOf { one_of: list }
        | SchemaKind::AllOf { all_of: list }
        | SchemaKind::AnyOf { any_of: list } => list.iter_mut().map(open_ref_or).sum(),
        SchemaKind::Not { not } => open_ref_or(not),
        _ => 0,
    }
}
