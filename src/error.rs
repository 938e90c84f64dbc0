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
//! [`WaitTimeout`](crate::WaitTimeout), [`CreationUnknown`](crate::CreationUnknown)
//! and [`FleetTimeout`](crate::FleetTimeout) escapes every control character (`\n`,
//! `\r`, `\t`, `\0`, ESC as `\u{1b}`, …), Unicode line and paragraph
//! separators and bidirectional overrides, so it is always one line of
//! printable text. The accessors ([`ApiError::detail`], [`ApiError::body`], …)
//! return the text as received.

use std::fmt::{self, Write as _};
use std::time::Duration;

use reqwest::StatusCode;

use crate::types::{self, PlatformErrorCode};

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
    /// A wait for a run ([`Client::wait_for_run`](crate::Client::wait_for_run) and
    /// friends) ended without an answer: its deadline passed, or after a
    /// follow-up the run never moved on from its previous state. Carries the
    /// last run seen.
    WaitTimeout(Box<crate::wait::WaitTimeout>),
    /// `create_run` failed after its request may have reached the server,
    /// and whether the run was created is unknown: the run could not be
    /// looked up by its client token, or no retry was left. Carries the
    /// token, to look the run up later; see [`crate::exactly_once`].
    CreationUnknown(Box<crate::exactly_once::CreationUnknown>),
    /// `create_run` was given a client token of the caller's own (the
    /// reserved metadata key) that a run created before the call already
    /// carries — yesterday's metadata copied into a new request, or the same
    /// request made before. Nothing was sent; carries the earlier run. See
    /// [`crate::exactly_once`].
    TokenInUse(Box<crate::exactly_once::TokenInUse>),
    /// A wait for many runs ([`Client::wait_for_runs`](crate::Client::wait_for_runs),
    /// [`Client::watch_runs`](crate::Client::watch_runs),
    /// [`Client::wait_for_run_tree`](crate::Client::wait_for_run_tree))
    /// reached its deadline with runs not settled. Carries which.
    FleetTimeout(Box<crate::fleet::FleetTimeout>),
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
    pub fn creation_unknown(&self) -> Option<&crate::exactly_once::CreationUnknown> {
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

/// Writes through to a formatter, escaping what could break a log line:
/// control characters, Unicode line and paragraph separators, and
/// bidirectional formatting characters. Escaped text passes through again
/// unchanged, so nesting is harmless.
pub(crate) struct OneLine<'a, 'b>(pub(crate) &'a mut fmt::Formatter<'b>);

impl fmt::Write for OneLine<'_, '_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let mut rest = s;
        while let Some((i, c)) = rest.char_indices().find(|(_, c)| breaks_a_line(*c)) {
            self.0.write_str(&rest[..i])?;
            match c {
                '\n' | '\r' | '\t' | '\0' => write!(self.0, "{}", c.escape_debug())?,
                _ => write!(self.0, "{}", c.escape_unicode())?,
            }
            rest = &rest[i + c.len_utf8()..];
        }
        self.0.write_str(rest)
    }
}

/// Whether `c` is escaped by [`OneLine`].
fn breaks_a_line(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{2028}' | '\u{2029}' | '\u{061c}' | '\u{200e}' | '\u{200f}'
                | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
}

/// `text` with what [`OneLine`] escapes escaped.
pub(crate) fn escape_controls(text: &str) -> String {
    struct Text<'a>(&'a str);
    impl fmt::Display for Text<'_> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            fmt::Write::write_str(&mut OneLine(f), self.0)
        }
    }
    Text(text).to_string()
}

/// A reqwest error and its causes on one line.
pub(crate) fn one_line(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let text = s.to_string();
        if !out.contains(&text) {
            out.push_str(": ");
            out.push_str(&text);
        }
        source = s.source();
    }
    out.replace('\n', " ")
}

/// Bytes of an error body kept for messages and [`ApiError::body`].
pub(crate) const BODY_EXCERPT: usize = 4096;

/// An error status from the API, with whatever the body said about it.
///
/// Warp answers errors with RFC 7807 problem details (`application/problem+json`):
/// [`problem`](Self::problem) is the spec's [`types::Error`] when the body is one.
/// Bodies that are not (a plain `{"error": …}`, an empty body, an HTML page
/// from a proxy) still give a status, a message and a body excerpt.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub(crate) operation: &'static str,
    pub(crate) status: StatusCode,
    pub(crate) problem: Option<types::Error>,
    pub(crate) fields: ProblemFields,
    pub(crate) error_code: Option<PlatformErrorCode>,
    pub(crate) retry_after: Option<Duration>,
    /// The `x-should-retry` header: the server's own word on retrying.
    pub(crate) should_retry: Option<bool>,
    pub(crate) body: String,
    pub(crate) content_type: Option<String>,
}

/// The problem-details members read leniently, each on its own.
#[derive(Debug, Clone, Default)]
pub(crate) struct ProblemFields {
    problem_type: Option<String>,
    title: Option<String>,
    detail: Option<String>,
    error: Option<String>,
    instance: Option<String>,
    retryable: Option<bool>,
    trace_id: Option<String>,
}

impl ApiError {
    /// Builds the error from a status and the (possibly truncated) body.
    pub(crate) fn new(
        operation: &'static str,
        status: StatusCode,
        content_type: Option<String>,
        retry_after: Option<Duration>,
        body: &[u8],
    ) -> Self {
        let value = crate::lexical::from_slice::<serde_json::Value>(body).ok();
        let problem = value
            .as_ref()
            .and_then(|v| serde_json::from_value::<types::Error>(v.clone()).ok());
        let text = |key: &str| {
            value
                .as_ref()
                .and_then(|v| v.get(key))
                .and_then(serde_json::Value::as_str)
                .map(str::to_owned)
        };
        let fields = ProblemFields {
            problem_type: text("type"),
            title: text("title"),
            detail: text("detail"),
            error: text("error"),
            instance: text("instance"),
            retryable: value
                .as_ref()
                .and_then(|v| v.get("retryable"))
                .and_then(serde_json::Value::as_bool),
            trace_id: text("trace_id"),
        };
        let error_code = fields
            .problem_type
            .as_deref()
            .and_then(error_code_from_type)
            .or_else(|| text("error_code").map(PlatformErrorCode::from));
        let excerpt = &body[..body.len().min(BODY_EXCERPT)];
        ApiError {
            operation,
            status,
            problem,
            fields,
            error_code,
            retry_after,
            should_retry: None,
            body: String::from_utf8_lossy(excerpt).into_owned(),
            content_type,
        }
    }

    /// The operation that failed (`get_run`, `create_run`, …).
    pub fn operation(&self) -> &'static str {
        self.operation
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The body decoded as the spec's problem details, when it is one.
    pub fn problem(&self) -> Option<&types::Error> {
        self.problem.as_ref()
    }

    /// The platform error code, from the problem `type` URI (absolute
    /// `https://docs.warp.dev/…/errors/{code}` or relative hyphenated
    /// `…/errors/insufficient-credits`) or an `error_code` member.
    /// A code this version does not know is kept as `Unrecognized`.
    pub fn error_code(&self) -> Option<&PlatformErrorCode> {
        self.error_code.as_ref()
    }

    /// The problem `type` URI.
    pub fn problem_type(&self) -> Option<&str> {
        self.fields.problem_type.as_deref()
    }

    /// The problem title (a short summary of the problem type).
    pub fn title(&self) -> Option<&str> {
        self.fields.title.as_deref()
    }

    /// The problem detail (specific to this occurrence).
    pub fn detail(&self) -> Option<&str> {
        self.fields.detail.as_deref()
    }

    /// The `error` member (title and detail combined, or a plain error message).
    pub fn error_message(&self) -> Option<&str> {
        self.fields.error.as_deref()
    }

    /// The problem `instance` (the request path).
    pub fn instance(&self) -> Option<&str> {
        self.fields.instance.as_deref()
    }

    /// Whether the server says retrying can succeed: the problem body's
    /// `retryable` member.
    pub fn retryable(&self) -> Option<bool> {
        self.fields.retryable
    }

    /// The response's `x-should-retry` header (`true` or `false`), the
    /// server's word on retrying this request; it takes precedence over
    /// [`retryable`](Self::retryable). See [`crate::retry`] for how both are
    /// honoured.
    pub fn should_retry_header(&self) -> Option<bool> {
        self.should_retry
    }

    /// What the server says about retrying: `x-should-retry`, else the
    /// body's `retryable`.
    pub(crate) fn retry_hint(&self) -> Option<bool> {
        self.should_retry.or(self.fields.retryable)
    }

    /// The trace id to quote to Warp support.
    pub fn trace_id(&self) -> Option<&str> {
        self.fields.trace_id.as_deref()
    }

    /// How long the server asked to wait (`Retry-After` or `retry-after-ms`).
    pub fn retry_after(&self) -> Option<Duration> {
        self.retry_after
    }

    /// The body as received (the first 4 KiB, lossily decoded as UTF-8).
    pub fn body(&self) -> &str {
        &self.body
    }

    /// The response's `Content-Type`.
    pub fn content_type(&self) -> Option<&str> {
        self.content_type.as_deref()
    }

    /// The best one-line human message the body offers (control characters
    /// escaped, see the [module docs](self)).
    pub fn message(&self) -> String {
        if let Some(m) = self.fields.error.as_deref().filter(|m| !m.is_empty()) {
            return escape_controls(m);
        }
        match (self.fields.title.as_deref(), self.fields.detail.as_deref()) {
            (Some(t), Some(d)) => return escape_controls(&format!("{t}: {d}")),
            (Some(m), None) | (None, Some(m)) => return escape_controls(m),
            (None, None) => {}
        }
        let trimmed = self.body.trim();
        if trimmed.is_empty() {
            "empty body".to_owned()
        } else if self.is_json() {
            escape_controls(&excerpt(trimmed, 200))
        } else {
            escape_controls(&format!(
                "non-JSON body ({}): {}",
                self.content_type.as_deref().unwrap_or("no content type"),
                excerpt(trimmed, 120)
            ))
        }
    }

    fn is_json(&self) -> bool {
        serde_json::from_str::<serde_json::Value>(&self.body).is_ok()
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let f = &mut OneLine(f);
        write!(f, "{}: HTTP {}", self.operation, self.status)?;
        if let Some(code) = &self.error_code {
            write!(f, " [{code}]")?;
        }
        write!(f, ": {}", self.message())?;
        if let Some(trace) = &self.fields.trace_id {
            write!(f, " (trace id {trace})")?;
        }
        Ok(())
    }
}

impl std::error::Error for ApiError {}

/// A successful response whose body does not decode as the spec says.
#[derive(Debug)]
pub struct DecodeError {
    pub(crate) operation: &'static str,
    pub(crate) status: StatusCode,
    pub(crate) target: &'static str,
    pub(crate) excerpt: String,
    pub(crate) source: serde_json::Error,
}

impl DecodeError {
    /// The operation whose response failed to decode.
    pub fn operation(&self) -> &'static str {
        self.operation
    }
    /// The response status.
    pub fn status(&self) -> StatusCode {
        self.status
    }
    /// The Rust type the body was decoded into.
    pub fn target(&self) -> &'static str {
        self.target
    }
    /// The start of the body, for diagnosis.
    pub fn excerpt(&self) -> &str {
        &self.excerpt
    }
    /// The JSON error.
    pub fn json_error(&self) -> &serde_json::Error {
        &self.source
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let f = &mut OneLine(f);
        write!(
            f,
            "{}: could not decode the HTTP {} response as {}: {} (body starts: {:?})",
            self.operation, self.status, self.target, self.source, self.excerpt
        )
    }
}

/// The first `max` characters of `text` on one line, with an ellipsis if cut.
pub(crate) fn excerpt(text: &str, max: usize) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match flat.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &flat[..cut]),
        None => flat,
    }
}

/// The platform error code named by a problem `type` URI.
///
/// Accepts `https://docs.warp.dev/reference/api-and-sdk/troubleshooting/errors/insufficient_credits`,
/// the relative hyphenated form `/reference/…/errors/insufficient-credits`, and
/// a fragment form `…errors#insufficient-credits`.
pub fn error_code_from_type(uri: &str) -> Option<PlatformErrorCode> {
    let uri = uri.trim().trim_end_matches('/');
    let (_, tail) = uri
        .rsplit_once("errors")
        .filter(|(_, t)| t.starts_with(['/', '#']))?;
    let code = tail[1..].split(['?', '#', '/']).next()?.trim();
    if code.is_empty()
        || !code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        return None;
    }
    Some(PlatformErrorCode::from(
        code.replace('-', "_").to_ascii_lowercase(),
    ))
}
