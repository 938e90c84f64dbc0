//! One operation of a document, as every part of the diff sees it, and the
//! key operations are matched by.

use serde_json::Value;

use crate::pointer::Pointer;

/// One operation in one document.
#[derive(Debug, Clone)]
pub struct OpRef<'a> {
    /// Lowercase method.
    pub method: &'static str,
    /// Path template as written.
    pub path: String,
    /// The operation object.
    pub node: &'a Value,
    /// The enclosing path item (for path-level parameters).
    pub path_item: &'a Value,
    /// `operationId`, if any.
    pub id: Option<String>,
    /// Pointer to the operation object.
    pub ptr: Pointer,
}

impl OpRef<'_> {
    /// `GET /agent/runs/{runId} (getRun)`.
    pub fn label(&self) -> String {
        match &self.id {
            Some(id) => format!("{} {} ({id})", self.method.to_uppercase(), self.path),
            None => format!("{} {}", self.method.to_uppercase(), self.path),
        }
    }

    pub(super) fn key(&self) -> (String, &'static str) {
        (normalize_path(&self.path), self.method)
    }
}

/// `/runs/{runId}/x` -> `/runs/{}/x`.
pub fn normalize_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut in_brace = false;
    for ch in path.chars() {
        match ch {
            '{' => {
                in_brace = true;
                out.push('{');
            }
            '}' => {
                in_brace = false;
                out.push('}');
            }
            _ if in_brace => {}
            _ => out.push(ch),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_path_drops_parameter_names() {
        assert_eq!(normalize_path("/a/{x}/b/{yy}"), "/a/{}/b/{}");
        assert_eq!(normalize_path("/a"), "/a");
    }
}
