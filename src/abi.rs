//! The generated code's ABI: every item of the hand-written layer that the
//! client generated from the spec calls, in one place.
//!
//! `build/rewrite.rs` turns progenitor's output into code that calls back
//! into `src/`; this module is the list of what it may call. Nothing else
//! of `src/` is reached from generated code, and every item here is, for
//! some spec (`tests/layering.rs` checks that everything the committed
//! client names is listed here). Each item's own docs say what it does; in
//! the order a request meets them:
//!
//! | item | who calls it | what for |
//! |---|---|---|
//! | [`ClientState`] | `struct Client` | the client's configuration (its `inner`) |
//! | [`IntoOptional`] | struct builders | what an optional field's setter accepts |
//! | [`TypedBody`] | operation builders whose body type has a builder | the body, given whole or built member by member |
//! | [`Error`], `Error::invalid_request` | every `send` | a parameter or body that failed conversion |
//! | [`segment`] | every `send` with path parameters | one percent-encoded path segment, or an error |
//! | [`append_deep_object`] | `send` of an operation with a `deepObject` query parameter | `name[key]=value` pairs |
//! | [`FormFlat`] | `send` of an operation with a `form` query parameter with `explode: false` | one `name=a,b,c` pair |
//! | [`header_value`], [`parameter_default`] | `send` of an operation with header parameters | a checked, sensitive value; the client-wide (or scoped) default |
//! | [`execute_json`] | `send` of an operation answering JSON | send (retries, redirects, credentials), read, decode |
//! | [`execute_json_optional`] | `send` of an operation that also documents bodiless successes | the same, `None` for those |
//! | [`execute`] | `send` of an operation answering a byte stream | send, the body unread |
//! | [`execute_accepting`] | `send` of a byte-stream operation that documents bodiless successes | the same, those accepted |
//! | [`Result`] | every `send`, the page streams | the crate's result type |
//! | [`simple_param`] | `send` of an operation with a path or header parameter that is not a plain string | its OpenAPI `simple`-style text |
//! | [`Paged`], [`Page`], [`PageFuture`], [`ItemsField`], [`next_cursor`], [`pages`], [`items`] | every cursor-paged operation's builder and its response type | `pages()` and `stream()` (see [`crate::pagination`]) |
//! | `mock::header`, `mock::path_pattern`, `mock::query_param`, `mock::query_param_flat` (feature `httpmock`) | the typed httpmock helpers (`oz_agent_api::mock`) | a parameter matched exactly as the client sends it |
//! | [`create_run`] | `createRun`'s `send` (`LIFECYCLE_HOOKS` in `build/rewrite.rs`) | exactly-once run creation |
//! | [`DownloadRequest`], [`DownloadParts`], [`Sealed`] | builders of operations whose success is content | handing their request to [`Downloads`](crate::Downloads) |
//! | [`deserialize_open_enum`] | every string enum's `Deserialize` | an unknown value kept as `Unrecognized` |
//! | [`deserialize_tagged`], [`TaggedUnion`], [`discriminator`] | every discriminated `oneOf` union's `Deserialize` and `discriminator()` | decode the variant the tag selects as the object streams; an unknown tag kept as `Unrecognized` |
//!
//! The generated code still names each item by the module that defines it
//! (`crate::transport::execute_json`); once `build/rewrite.rs` emits
//! `crate::abi::…` paths instead, this list is also the only way in.
// Until then, these re-exports are the list, not yet the path used.
#![allow(unused_imports)]

pub(crate) use crate::config::ClientState;
pub(crate) use crate::download::sealed::Sealed;
pub(crate) use crate::download::{DownloadParts, DownloadRequest};
pub(crate) use crate::error::{Error, Result};
pub(crate) use crate::exactly_once::create_run;
pub(crate) use crate::forward_compat::{
    deserialize_open_enum, deserialize_tagged, discriminator, TaggedUnion,
};
#[cfg(feature = "httpmock")]
pub(crate) use crate::mock::{header, path_pattern, query_param, query_param_flat};
pub(crate) use crate::optional::IntoOptional;
pub(crate) use crate::pagination::{
    items, next_cursor, pages, ItemsField, Page, PageFuture, Paged,
};
pub(crate) use crate::path::{segment, simple_param};
pub(crate) use crate::transport::{
    append_deep_object, execute, execute_accepting, execute_json, execute_json_optional,
    header_value, parameter_default, FormFlat,
};
pub(crate) use crate::typed_body::TypedBody;
