//! Semantic diff of two OpenAPI 3.0 documents.
//!
//! Operations are matched by method and path template (parameter names
//! ignored), then by `operationId`. Schemas are compared where they are used:
//! inline schemas under their operation, component schemas once per usage
//! (request and/or response, computed by reachability from the operations in
//! both documents) — a reference to the same component name on both sides is
//! not followed at the use site, which is what makes recursive schemas
//! terminate. Every change carries a rule id from [`crate::classify::RULES`].

mod bodies;
mod document;
mod op;
mod operations;
mod params;
mod schema;
mod security;
pub mod usage;

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;
use serde_json::Value;

use crate::classify::{class_of, Class};
use crate::pointer::Pointer;
use crate::spec::Spec;

/// Whether a schema is sent (request body, parameter) or received (response).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Usage {
    /// Sent by the client.
    Request,
    /// Received by the client.
    Response,
}

impl Usage {
    /// Both usages.
    pub const BOTH: [Usage; 2] = [Usage::Request, Usage::Response];

    /// `"request"` or `"response"`, the prefix of context-dependent rule ids.
    pub fn as_str(self) -> &'static str {
        match self {
            Usage::Request => "request",
            Usage::Response => "response",
        }
    }
}

impl fmt::Display for Usage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a change is attached to.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scope {
    /// The document as a whole (info, servers, tags).
    Document,
    /// One operation, by label (`GET /agent/runs/{runId} (getRun)`).
    Operation(String),
    /// A component schema.
    Schema(String),
    /// Component schemas added or removed as a whole (grouped in reports).
    Components,
}

impl Scope {
    /// A heading for grouping changes in reports.
    pub fn heading(&self) -> String {
        match self {
            Scope::Document => "Document".to_string(),
            Scope::Operation(label) => label.clone(),
            Scope::Schema(name) => format!("schema {name}"),
            Scope::Components => "Component schemas (public types)".to_string(),
        }
    }
}

/// One classified change.
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    /// Rule id (see `docs/spec-diff.md`).
    pub rule: &'static str,
    /// The rule's class.
    pub class: Class,
    /// The operation this change belongs to, if it is operation-scoped.
    pub operation: Option<String>,
    /// The component schema this change belongs to, if it is schema-scoped.
    pub schema: Option<String>,
    /// For schema-scoped changes: the usages the schema was diffed in.
    pub usage: Vec<Usage>,
    /// For schema-scoped changes: the operations whose requests or responses
    /// use the schema (directly or through other schemas).
    pub operations: Vec<String>,
    /// JSON pointer to the changed node: into the new document, or into the
    /// old one when something was removed.
    pub pointer: String,
    /// The old value, where there is one.
    pub old: Option<Value>,
    /// The new value, where there is one.
    pub new: Option<Value>,
    /// One-line human description.
    pub message: String,
}

impl Change {
    /// The scope the change is grouped under.
    pub fn scope(&self) -> Scope {
        if self.rule == "schema-added" || self.rule == "schema-removed" {
            Scope::Components
        } else if let Some(op) = &self.operation {
            Scope::Operation(op.clone())
        } else if let Some(s) = &self.schema {
            Scope::Schema(s.clone())
        } else {
            Scope::Document
        }
    }
}

/// The result of diffing two documents.
#[derive(Debug, Clone, Serialize)]
pub struct DiffResult {
    /// Where the old document came from.
    pub old_source: String,
    /// Where the new document came from.
    pub new_source: String,
    /// Every change, in document order (operations, then schemas).
    pub changes: Vec<Change>,
    /// Notes about how the comparison was made (e.g. paths kept from the
    /// vendored spec); shown in every report format.
    pub notes: Vec<String>,
}

impl DiffResult {
    /// Number of changes of a class.
    pub fn count(&self, class: Class) -> usize {
        self.changes.iter().filter(|c| c.class == class).count()
    }

    /// The most severe class present, or `None` when nothing changed.
    pub fn worst(&self) -> Option<Class> {
        self.changes.iter().map(|c| c.class).min()
    }

    /// True when the documents are semantically identical.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }
}

/// Diffs `old` against `new`.
pub fn diff_specs(old: &Spec, new: &Spec) -> DiffResult {
    let mut d = Differ::new(&old.doc, &new.doc);
    document::diff_document(&mut d);
    operations::diff_operations(&mut d);
    schema::diff_components(&mut d);
    let changes = d.finish();
    DiffResult {
        old_source: old.source.clone(),
        new_source: new.source.clone(),
        changes,
        notes: Vec::new(),
    }
}

/// Maximum nesting of inline schemas compared (a guard, not a practical limit).
const MAX_DEPTH: usize = 64;

/// The diff engine's state.
pub(crate) struct Differ<'a> {
    pub(crate) old: &'a Value,
    pub(crate) new: &'a Value,
    changes: Vec<Change>,
    scope: Scope,
    usage_now: Option<Usage>,
    pub(crate) usage: usage::UsageMap,
    /// Pairs of (old, new) component names being compared structurally, to
    /// stop recursion when different names are compared.
    pub(crate) visiting: Vec<(String, String)>,
    pub(crate) depth: usize,
}

impl<'a> Differ<'a> {
    fn new(old: &'a Value, new: &'a Value) -> Self {
        Differ {
            old,
            new,
            changes: Vec::new(),
            scope: Scope::Document,
            usage_now: None,
            usage: usage::UsageMap::compute(old, new),
            visiting: Vec::new(),
            depth: 0,
        }
    }

    /// Sets the scope subsequent changes are attached to.
    pub(crate) fn set_scope(&mut self, scope: Scope, usage: Option<Usage>) {
        self.scope = scope;
        self.usage_now = usage;
    }

    /// Records a change in the current scope.
    pub(crate) fn emit(
        &mut self,
        rule: &'static str,
        ptr: &Pointer,
        old: Option<Value>,
        new: Option<Value>,
        message: impl Into<String>,
    ) {
        let (operation, schema) = match &self.scope {
            Scope::Document => (None, None),
            Scope::Operation(l) => (Some(l.clone()), None),
            Scope::Schema(s) => (None, Some(s.clone())),
            Scope::Components => (None, None),
        };
        self.changes.push(Change {
            rule,
            class: class_of(rule),
            operation,
            schema,
            usage: self.usage_now.into_iter().collect(),
            operations: Vec::new(),
            pointer: ptr.to_string(),
            old,
            new,
            message: message.into(),
        });
    }

    /// Merges duplicates (same rule and pointer, e.g. a cosmetic change in a
    /// schema diffed for both usages) and fills in affected operations.
    fn finish(self) -> Vec<Change> {
        let mut out: Vec<Change> = Vec::new();
        type Key = (&'static str, String, String, String);
        let mut index: BTreeMap<Key, usize> = BTreeMap::new();
        for c in self.changes {
            let show = |v: &Option<Value>| v.as_ref().map(Value::to_string).unwrap_or_default();
            let key = (c.rule, c.pointer.clone(), show(&c.old), show(&c.new));
            match index.get(&key) {
                Some(&i) => {
                    for u in c.usage {
                        if !out[i].usage.contains(&u) {
                            out[i].usage.push(u);
                        }
                    }
                }
                None => {
                    index.insert(key, out.len());
                    out.push(c);
                }
            }
        }
        for c in &mut out {
            c.usage.sort();
            if let Some(name) = &c.schema {
                let usages: Vec<Usage> = if c.usage.is_empty() {
                    Usage::BOTH.to_vec()
                } else {
                    c.usage.clone()
                };
                let mut ops: Vec<String> = Vec::new();
                for u in usages {
                    for op in self.usage.operations_using(name, u) {
                        if !ops.contains(op) {
                            ops.push(op.clone());
                        }
                    }
                }
                c.operations = ops;
            }
        }
        out
    }
}

/// `property `name`` when `ptr` ends in `/properties/name`, else `schema`.
pub(crate) fn subject(ptr: &Pointer) -> String {
    let segs: Vec<String> = ptr.segments().collect();
    match segs.as_slice() {
        [.., p, name] if p == "properties" => format!("property `{name}`"),
        [.., c, name] if c == "schemas" => format!("schema {name}"),
        [.., p, _, s] if p == "parameters" && s == "schema" => "parameter".to_string(),
        _ => "value".to_string(),
    }
}

/// Short human rendering of a JSON value for messages.
pub(crate) fn short(v: &Value) -> String {
    let s = match v {
        Value::String(s) => format!("{s:?}"),
        other => other.to_string(),
    };
    if s.chars().count() > 80 {
        let cut: String = s.chars().take(77).collect();
        format!("{cut}...")
    } else {
        s
    }
}
