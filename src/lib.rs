//! A typed, forward-compatible client for Warp's **Oz Agent API**.
//!
//! With the `fake-server` feature, `fake::FakeOzServer` is an embedded fake Oz server for tests.
#![warn(missing_docs)]

pub mod attachments;
mod config;
pub mod download;
pub mod error;
#[cfg(feature = "fake-server")]
pub mod fake;
mod forward_compat;
mod generated;
#[cfg(feature = "httpmock")]
pub mod mock;
mod optional;
pub mod pagination;
pub mod retry;
mod secret;
mod transport;
pub mod wait;

pub use config::{
    ClientBuilder, ClientState, DEFAULT_BASE_URL, DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT, ENV_API_KEY, ENV_BASE_URL, ENV_CUSTOM_HEADERS,
    USER_AGENT,
};
pub use error::{ApiError, DecodeError, Error, Result};
pub use generated::{builder, types, ByteStream, Client, ResponseValue};
pub use optional::IntoOptional;
pub use retry::RetryPolicy;
pub use secret::ApiKey;

pub use attachments::Attachment;
pub use download::DownloadStream;
pub use wait::{WaitOptions, WaitTimeout, WaitTimeoutReason};
