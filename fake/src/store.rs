//! The stored items of the spec's resource collections (a `POST C` and a
//! `GET C/{id}`), which the generic responder (`generic.rs`) reads and
//! changes on a stateful server, and what an operation does to one.

use serde_json::{Map, Value};

use crate::spec::{Operation, Spec};

/// One resource collection of the spec and its stored items.
#[derive(Debug)]
pub(crate) struct Collection {
    /// `/agent/schedules`.
    pub(crate) path: String,
    /// `/agent/schedules/{scheduleId}`.
    pub(crate) item_path: String,
    /// `scheduleId`.
    pub(crate) param: String,
    /// The schema `GET item` answers with.
    pub(crate) item_schema: Value,
    /// The item's member holding its id (`id`, `uid`, `schedule_id`, …).
    pub(crate) id_property: String,
    /// Stored items, oldest first.
    pub(crate) items: Vec<(String, Value)>,
}

/// The stored items of every resource collection of the spec.
#[derive(Debug, Default)]
pub(crate) struct Store {
    /// Longest path first, so a nested collection wins over its parent.
    pub(crate) collections: Vec<Collection>,
}

impl Store {
    /// The collections of `spec` whose operations the run lifecycle does
    /// not answer (`covered`: whether it answers a route).
    pub(crate) fn new(spec: &Spec, covered: impl Fn(&str) -> bool) -> Store {
        let mut collections = Vec::new();
        for create in spec.operations() {
            if create.method != "POST" || create.path.ends_with('}') {
                continue;
            }
            let Some(get) = spec.operations().iter().find(|op| {
                op.method == "GET"
                    && op
                        .path
                        .strip_prefix(create.path.as_str())
                        .and_then(|rest| rest.strip_prefix("/{"))
                        .is_some_and(|rest| rest.ends_with('}') && !rest.contains('/'))
            }) else {
                continue;
            };
            if covered(&create.route()) || covered(&get.route()) {
                continue;
            }
            let Some(item_schema) = get
                .success()
                .filter(|r| r.is_json())
                .and_then(|r| r.schema.clone())
            else {
                continue;
            };
            let param = get.path[create.path.len() + 2..get.path.len() - 1].to_owned();
            let properties = properties_of(spec, &item_schema);
            let id_property = [snake_case(&param), param.clone(), "id".into(), "uid".into()]
                .into_iter()
                .find(|candidate| properties.contains_key(candidate))
                .unwrap_or_else(|| snake_case(&param));
            collections.push(Collection {
                path: create.path.clone(),
                item_path: get.path.clone(),
                param,
                item_schema,
                id_property,
                items: Vec::new(),
            });
        }
        collections.sort_by_key(|c| std::cmp::Reverse(c.path.len()));
        Store { collections }
    }

    pub(crate) fn item(&self, collection: usize, id: &str) -> Option<&Value> {
        self.collections[collection]
            .items
            .iter()
            .find(|(key, _)| key == id)
            .map(|(_, item)| item)
    }
}

/// What an operation does to a collection.
pub(crate) enum Action {
    Create,
    List,
    Get(String),
    Update(String),
    Delete(String),
    /// `POST C/{id}/{verb}`.
    Verb(String, String),
    /// Anything else under an item: the item must exist.
    Under(String),
}

pub(crate) fn classify(
    store: &Store,
    op: &Operation,
    params: &[(String, String)],
) -> Option<(usize, Action)> {
    let param = |name: &str| {
        params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    for (index, c) in store.collections.iter().enumerate() {
        let action = if op.path == c.path {
            match op.method.as_str() {
                "POST" => Action::Create,
                "GET" => Action::List,
                _ => return None,
            }
        } else if op.path == c.item_path {
            let id = param(&c.param);
            match op.method.as_str() {
                "GET" => Action::Get(id),
                "PUT" | "PATCH" => Action::Update(id),
                "DELETE" => Action::Delete(id),
                _ => Action::Under(id),
            }
        } else if let Some(rest) = op
            .path
            .strip_prefix(c.item_path.as_str())
            .and_then(|r| r.strip_prefix('/'))
        {
            let id = param(&c.param);
            if op.method == "POST" && !rest.contains('/') && !rest.contains('{') {
                Action::Verb(id, rest.to_owned())
            } else {
                Action::Under(id)
            }
        } else {
            continue;
        };
        return Some((index, action));
    }
    None
}

/// `runId` → `run_id`.
pub(crate) fn snake_case(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// The declared properties of an object schema (through `$ref` and `allOf`).
pub(crate) fn properties_of(spec: &Spec, schema: &Value) -> Map<String, Value> {
    let mut out = Map::new();
    collect_properties(spec, schema, &mut out, 0);
    out
}

fn collect_properties(spec: &Spec, schema: &Value, out: &mut Map<String, Value>, depth: usize) {
    if depth > 16 {
        return;
    }
    let schema = spec.resolve(schema);
    if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
        out.extend(properties.iter().map(|(k, v)| (k.clone(), v.clone())));
    }
    for part in schema
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        collect_properties(spec, part, out, depth + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_resource_collections_of_the_vendored_spec() {
        let spec = Spec::vendored().unwrap();
        let store = Store::new(&spec, crate::runs::covers);
        let found: Vec<(&str, &str, &str)> = store
            .collections
            .iter()
            .map(|c| (c.path.as_str(), c.param.as_str(), c.id_property.as_str()))
            .collect();
        assert!(
            found.contains(&("/agent/schedules", "scheduleId", "id")),
            "{found:?}"
        );
        assert!(
            found.contains(&("/agent/identities", "uid", "uid")),
            "{found:?}"
        );
        assert!(
            !found.iter().any(|c| c.0 == "/agent/runs"),
            "runs are hand-written"
        );
    }

    #[test]
    fn snake_case_turns_a_parameter_name_into_a_member_name() {
        assert_eq!(snake_case("runId"), "run_id");
        assert_eq!(snake_case("conversation_id"), "conversation_id");
    }
}
