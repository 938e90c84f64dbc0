//! Sending a request: credentials, retries, redirects, bounded bodies,
//! decoding. One request's path, part by part:
//!
//! | part | job | called by |
//! |---|---|---|
//! | [`abi`] | `execute`, `execute_json`, `execute_json_optional`, `execute_accepting`; `header_value`, `parameter_default`, `append_deep_object` | **generated code** (the ABI, listed in `src/abi.rs`), and `create_run`'s exactly-once hook |
//! | [`hand_written`] | `send_streaming`, `send_buffered`, `send_json_with` | the hand-written layer (downloads, exactly-once creation) |
//! | [`retry_loop`] | one request attempted until it succeeds or the policy and budget say stop | both kinds of entry point |
//! | [`redirect`] | following redirects by hand, bounded, dropping credentials across origins | the retry loop, per attempt |
//! | [`credentials`] | the key and custom headers for the API origin only | the retry loop and the redirect loop |
//! | [`body`] | reading a body whole and bounded, an error body's prefix, decoding | every part that reads |
//! | [`attempt`] | what one attempt's outcome is ([`Follow`](attempt::Follow), [`Attempt`](attempt::Attempt), [`Failed`]) | the loops |
//! | [`scoped`] | the two task-locals: scoped header-parameter defaults, the last undecodable success | hand-written code around generated calls |
//!
//! Names say which is which: generated code calls only `execute*` and the
//! three parameter helpers; the hand-written layer calls `send_*`,
//! [`read_limited`], [`with_parameter_defaults`] and [`keeping_undecodable`].

mod abi;
mod attempt;
mod body;
mod credentials;
mod hand_written;
mod redirect;
mod retry_loop;
mod scoped;

// The ABI: generated code calls these as `crate::transport::…`.
pub(crate) use abi::{
    append_deep_object, execute, execute_accepting, execute_json, execute_json_optional,
    header_value, parameter_default, FormFlat,
};
// For the hand-written layer.
pub(crate) use body::read_limited;
pub(crate) use hand_written::{send_buffered, send_json_with, send_streaming};
pub(crate) use redirect::NO_DEADLINE;
pub(crate) use scoped::{keeping_undecodable, with_parameter_defaults};
