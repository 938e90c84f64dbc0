//! Which operations use which component schemas, in requests and responses.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::op::OpRef;
use super::operations::match_operations;
use super::Usage;
use crate::spec::refs::{closure, schema_graph, schema_refs_in};

/// For each usage, component schema name -> labels of the operations using it.
#[derive(Debug, Default)]
pub struct UsageMap {
    request: BTreeMap<String, Vec<String>>,
    response: BTreeMap<String, Vec<String>>,
}

impl UsageMap {
    /// Computes usages from both documents: a schema counts as used by an
    /// operation if it is reachable from that operation in either document.
    pub fn compute(old: &Value, new: &Value) -> Self {
        let old_graph = schema_graph(old);
        let new_graph = schema_graph(new);
        let mut map = UsageMap::default();
        for pair in match_operations(old, new) {
            let mut req = BTreeSet::new();
            let mut resp = BTreeSet::new();
            if let Some(op) = &pair.old {
                let (q, s) = roots(old, op);
                req.extend(closure(&old_graph, &q));
                resp.extend(closure(&old_graph, &s));
            }
            if let Some(op) = &pair.new {
                let (q, s) = roots(new, op);
                req.extend(closure(&new_graph, &q));
                resp.extend(closure(&new_graph, &s));
            }
            for name in req {
                map.request
                    .entry(name)
                    .or_default()
                    .push(pair.label.clone());
            }
            for name in resp {
                map.response
                    .entry(name)
                    .or_default()
                    .push(pair.label.clone());
            }
        }
        map
    }

    /// Labels of the operations using `schema` in `usage`.
    pub fn operations_using(&self, schema: &str, usage: Usage) -> &[String] {
        let m = match usage {
            Usage::Request => &self.request,
            Usage::Response => &self.response,
        };
        m.get(schema).map_or(&[], Vec::as_slice)
    }

    /// The usages of a schema; empty when no operation uses it.
    pub fn usages_of(&self, schema: &str) -> Vec<Usage> {
        Usage::BOTH
            .into_iter()
            .filter(|u| !self.operations_using(schema, *u).is_empty())
            .collect()
    }
}

/// Schema names referenced directly by an operation's request side
/// (parameters, request body) and response side.
fn roots(doc: &Value, op: &OpRef<'_>) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut req = BTreeSet::new();
    if let Some(p) = op.path_item.get("parameters") {
        req.extend(schema_refs_in(doc, p));
    }
    if let Some(p) = op.node.get("parameters") {
        req.extend(schema_refs_in(doc, p));
    }
    if let Some(b) = op.node.get("requestBody") {
        req.extend(schema_refs_in(doc, b));
    }
    let resp = op
        .node
        .get("responses")
        .map(|r| schema_refs_in(doc, r))
        .unwrap_or_default();
    (req, resp)
}
