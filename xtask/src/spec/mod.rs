//! Loading and navigating OpenAPI 3.0 documents.
//!
//! Documents are kept as plain [`serde_json::Value`] trees rather than typed
//! models so that oddities a strict model rejects (duplicate operation ids,
//! unusual keywords, extensions) still diff; [`load::parse_spec`] checks just
//! enough structure to give a clear error for things that are not OpenAPI.

pub mod load;
pub mod matrix;
pub mod matrix_cmd;
pub mod overlay;
pub mod refs;

pub use load::{parse_spec, Spec, SpecError};
