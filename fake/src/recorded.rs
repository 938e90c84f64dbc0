//! The requests a server received, as tests read them back.

use crate::faults::Fault;

/// Which listener a recorded request arrived on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Origin {
    /// The API (`base_url`).
    Api,
    /// The storage origin serving download URLs (`storage_url`).
    Storage,
}

/// One request the fake server received, as it arrived.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct RecordedRequest {
    /// Which listener received it.
    pub origin: Origin,
    /// The HTTP method.
    pub method: String,
    /// The path, e.g. `/api/v1/agent/runs`.
    pub path: String,
    /// The raw query string, if any.
    pub query: Option<String>,
    /// The `operationId` of the spec operation it matched, if any.
    pub operation: Option<String>,
    /// The `Authorization` header, if any (the fake key is not a secret).
    pub authorization: Option<String>,
    /// The `X-Warp-Team-Uid` header, if any.
    pub team_uid: Option<String>,
    /// The `User-Agent` header, if any.
    pub user_agent: Option<String>,
    /// Every header, in order (names in lower case).
    pub headers: Vec<(String, String)>,
    /// The body (empty if none, or if it was too large to read).
    pub body: bytes::Bytes,
    /// The fault injected into its answer, if any.
    pub fault: Option<Fault>,
}

impl RecordedRequest {
    /// The body parsed as JSON, if it is JSON.
    pub fn json(&self) -> Option<serde_json::Value> {
        serde_json::from_slice(&self.body).ok()
    }

    /// The first header with this name (case-insensitive), if any.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}
