//! The OpenAPI document this client was generated from.
//!
//! [`OPENAPI_JSON`] is the vendored spec (`openapi/oz-agent-api.yml`, a
//! published version of Warp's spec, byte for byte) with the build's named
//! patches applied (see `build/patches.rs`) and an `operationId` derived for
//! any operation that has none, serialized as JSON: exactly what
//! the generated [`Client`](crate::Client) describes, operation ids included.
//! Tools built on the crate (the fake server, spec-driven tests, request
//! validators) read it instead of carrying their own copy, so they can never
//! disagree with the client about which operations exist.
//!
//! ```
//! let spec: serde_json::Value = serde_json::from_str(oz_agent_api::spec::OPENAPI_JSON).unwrap();
//! assert!(spec["paths"]["/agent/runs"]["get"]["operationId"] == "listRuns");
//! ```

/// The vendored spec with the build's patches applied, as JSON.
pub const OPENAPI_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/openapi.json"));
