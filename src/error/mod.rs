//! The crate's one error type.
//!
//! Every operation returns [`Error`]. API errors keep the status, the parsed
//! problem details and the [`PlatformErrorCode`]; transport, timeout, decode
//! and configuration failures are distinct variants. `Display` is one line and
//! never contains the API key.
//!
//! # Server text is escaped
//!
//! Whatever a server sends (`error`, `title`, `detail`, `trace_id`, an
//! unknown error code or run state, a body excerpt) cannot forge log lines:
//! the `Display` of [`Error`], [`ApiError`], [`DecodeError`] and
//! [`WaitTimeout`], [`CreationUnknown`], [`TokenInUse`]
//! and [`FleetTimeout`] escapes every control character (`\n`,
//! `\r`, `\t`, `\0`, ESC as `\u{1b}`, …), Unicode line and paragraph
//! separators and bidirectional overrides, so it is always one line of
//! printable text. The accessors ([`ApiError::detail`], [`ApiError::body`], …)
//! return the text as received.

mod api;
mod lifecycle;
mod text;

use std::fmt::{self, Write as _};

use reqwest::StatusCode;

pub(crate) use api::BODY_EXCERPT;
pub use api::{error_code_from_type, ApiError, DecodeError};
pub use lifecycle::{
    CreationUnknown, CreationUnknownReason, FleetTimeout, PendingRun, TokenInUse, WaitTimeout,
    WaitTimeoutReason,
};
pub(crate) use text::{excerpt, one_line, OneLine};

use crate::types::PlatformErrorCode;

/// Result alias with the crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Anything that can go wrong when calling the Oz Agent API.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The API answered with an error status (4xx or 5xx).
    Api(Box<ApiError>),
    /// The request could not be sent or the response could not be read:
    /// connection refused or reset, DNS, TLS, a redirect loop.
    Transport {
        /// The operation (`get_run`, `create_run`, …) or `download`.
        operation: &'static str,
        /// Whether the connection was never established (nothing was sent).
        connect: bool,
        /// The underlying error.
        source: reqwest::Error,
    },
    /// The request or reading its response took longer than the configured timeout.
    Timeout {
        /// The operation that timed out.
        operation: &'static str,
        /// The underlying error.
        source: reqwest::Error,
    },
    /// A response body larger than the configured limit
    /// ([`ClientBuilder::max_response_bytes`](crate::ClientBuilder::max_response_bytes)).
    ResponseTooLarge {
        /// The operation whose response was too large.
        operation: &'static str,
        /// The limit in bytes.
        limit: usize,
    },
    /// A redirect that was not followed: too many hops, or an invalid `Location`.
    Redirect {
        /// The operation that was redirected.
        operation: &'static str,
        /// Why the redirect was not followed.
        reason: String,
    },
    /// A successful response whose body is not what the spec says.
    Decode(Box<DecodeError>),
    /// The request could not be built (an invalid or missing parameter).
    InvalidRequest(String),
    /// The client is misconfigured (missing API key, invalid base URL or header).
    Config(String),
    /// A wait for a run ([`ClientExt::wait_for_run`](crate::ClientExt::wait_for_run) and
    /// friends) ended without an answer: its deadline passed, or after a
    /// follow-up the run never moved on from its previous state. Carries the
    /// last run seen.
    WaitTimeout(Box<WaitTimeout>),
    /// `create_run` failed after its request may have reached the server,
    /// and whether the run was created is unknown: the run could not be
    /// looked up by its client token, or no retry was left. Carries the
    /// token, to look the run up later; see [`crate::exactly_once`].
    CreationUnknown(Box<CreationUnknown>),
    /// `create_run` was given a client token of the caller's own (the
    /// reserved metadata key) that a run created before the call already
    /// carries — yesterday's metadata copied into a new request, or the same
    /// request made before. Nothing was sent; carries the earlier run. See
    /// [`crate::exactly_once`].
    TokenInUse(Box<TokenInUse>),
    /// A wait for many runs ([`ClientExt::wait_for_runs`](crate::ClientExt::wait_for_runs),
    /// [`ClientExt::watch_runs`](crate::ClientExt::watch_runs),
    /// [`ClientExt::wait_for_run_tree`](crate::ClientExt::wait_for_run_tree))
    /// reached its deadline with runs not settled. Carries which.
    FleetTimeout(Box<FleetTimeout>),
    /// One run of a wait for many runs cannot be followed: fetching it failed
    /// with an error that is not transient (`404`, `403`, …).
    RunUnavailable {
        /// The run.
        run_id: String,
        /// Why (the `get_run` error).
        source: Box<Error>,
    },
}

impl Error {
    /// Used by the generated builders for parameters that failed conversion.
    #[doc(hidden)]
    pub fn invalid_request(message: String) -> Self {
        Error::InvalidRequest(message)
    }

    /// A reqwest failure of `operation`: a timeout, or a transport error that
    /// says whether the connection was ever established.
    pub(crate) fn transport(operation: &'static str, source: reqwest::Error) -> Self {
        let connect = source.is_connect();
        if source.is_timeout() && !connect {
            Error::Timeout { operation, source }
        } else {
            Error::Transport {
                operation,
                connect,
                source,
            }
        }
    }

    /// The HTTP status, for API and decode errors.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::Decode(e) => Some(e.status),
            _ => None,
        }
    }

    /// The API error, if the server answered with an error status.
    pub fn api(&self) -> Option<&ApiError> {
        match self {
            Error::Api(e) => Some(e),
            _ => None,
        }
    }

    /// The platform error code of an API error, if it carried one.
    pub fn error_code(&self) -> Option<&PlatformErrorCode> {
        self.api().and_then(ApiError::error_code)
    }

    /// Whether this is a timeout (of a request, or of a wait).
    pub fn is_timeout(&self) -> bool {
        matches!(
            self,
            Error::Timeout { .. } | Error::WaitTimeout(_) | Error::FleetTimeout(_)
        )
    }

    /// The details when `create_run` could not tell whether it created the
    /// run ([`Error::CreationUnknown`]).
    pub fn creation_unknown(&self) -> Option<&CreationUnknown> {
        match self {
            Error::CreationUnknown(e) => Some(e),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let f = &mut OneLine(f);
        match self {
            Error::Api(e) => write!(f, "{e}"),
            Error::Transport {
                operation,
                connect: true,
                source,
            } => {
                write!(f, "{operation}: could not connect: {}", one_line(source))
            }
            Error::Transport {
                operation, source, ..
            } => {
                write!(f, "{operation}: transport error: {}", one_line(source))
            }
            Error::Timeout { operation, .. } => write!(f, "{operation}: timed out"),
            Error::ResponseTooLarge { operation, limit } => {
                write!(
                    f,
                    "{operation}: response body larger than the {limit}-byte limit"
                )
            }
            Error::Redirect { operation, reason } => {
                write!(f, "{operation}: redirect not followed: {reason}")
            }
            Error::Decode(e) => write!(f, "{e}"),
            Error::InvalidRequest(message) => write!(f, "invalid request: {message}"),
            Error::Config(message) => write!(f, "configuration error: {message}"),
            Error::WaitTimeout(e) => write!(f, "{e}"),
            Error::CreationUnknown(e) => write!(f, "{e}"),
            Error::TokenInUse(e) => write!(f, "{e}"),
            Error::FleetTimeout(e) => write!(f, "{e}"),
            Error::RunUnavailable { run_id, source } => {
                write!(f, "run {run_id} cannot be followed: {source}")
            }
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport { source, .. } | Error::Timeout { source, .. } => Some(source),
            Error::Decode(e) => Some(&e.source),
            Error::WaitTimeout(e) => e
                .last_error()
                .map(|e| e as &(dyn std::error::Error + 'static)),
            Error::CreationUnknown(e) => Some(e.error()),
            Error::FleetTimeout(e) => e
                .last_error()
                .map(|e| e as &(dyn std::error::Error + 'static)),
            Error::RunUnavailable { source, .. } => Some(&**source),
            _ => None,
        }
    }
}

/// `.build()?` in the generated builders: the request itself could not be built.
impl From<reqwest::Error> for Error {
    fn from(e: reqwest::Error) -> Self {
        Error::InvalidRequest(one_line(&e))
    }
}
