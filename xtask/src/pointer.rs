//! JSON pointers (RFC 6901) built up while walking a document.

use std::fmt;

/// A JSON pointer such as `/paths/~1agent~1runs/get/parameters/0`.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pointer(String);

impl Pointer {
    /// The pointer to the document root (the empty string).
    pub fn root() -> Self {
        Pointer(String::new())
    }

    /// Parses an internal `$ref` such as `#/components/schemas/Run` into a pointer.
    /// Returns `None` for anything that is not a same-document reference.
    pub fn from_ref(reference: &str) -> Option<Self> {
        let rest = reference.strip_prefix('#')?;
        if !rest.is_empty() && !rest.starts_with('/') {
            return None;
        }
        Some(Pointer(rest.to_string()))
    }

    /// A new pointer with one more (unescaped) segment appended.
    pub fn join(&self, segment: impl AsRef<str>) -> Self {
        let escaped = segment.as_ref().replace('~', "~0").replace('/', "~1");
        Pointer(format!("{}/{}", self.0, escaped))
    }

    /// The pointer text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The unescaped segments.
    pub fn segments(&self) -> impl Iterator<Item = String> + '_ {
        self.0
            .split('/')
            .skip(1)
            .map(|s| s.replace("~1", "/").replace("~0", "~"))
    }

    /// Looks the pointer up in `doc`.
    pub fn lookup<'a>(&self, doc: &'a serde_json::Value) -> Option<&'a serde_json::Value> {
        doc.pointer(&self.0)
    }
}

impl fmt::Display for Pointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn join_escapes_slashes_and_tildes() {
        let p = Pointer::root()
            .join("paths")
            .join("/agent/runs/{runId}")
            .join("a~b");
        assert_eq!(p.as_str(), "/paths/~1agent~1runs~1{runId}/a~0b");
        let segs: Vec<_> = p.segments().collect();
        assert_eq!(segs, ["paths", "/agent/runs/{runId}", "a~b"]);
    }

    #[test]
    fn from_ref_accepts_only_local_references() {
        assert_eq!(
            Pointer::from_ref("#/components/schemas/Run")
                .unwrap()
                .as_str(),
            "/components/schemas/Run"
        );
        assert!(Pointer::from_ref("other.yaml#/x").is_none());
        assert!(Pointer::from_ref("#x").is_none());
    }
}
