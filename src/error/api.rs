//! What the API said: an error status with its problem details
//! ([`ApiError`]), or a success whose body does not decode ([`DecodeError`]).

use std::fmt::{self, Write as _};
use std::time::Duration;

use reqwest::StatusCode;

use super::text::{escape_controls, excerpt, OneLine};
use crate::types::{self, PlatformErrorCode};

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
    /// escaped, see the [module docs](crate::error#server-text-is-escaped)).
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
