//! The HTTP reply vocabulary of the handlers: responses, a handler's
//! answer ([`Reply`], [`Outcome`]) and the problems it answers with, shaped
//! like the real API's (RFC 7807) or like cloud storage's (XML). It knows
//! nothing of the server's state.

use bytes::Bytes;
use http_body_util::Full;
use hyper::header::{HeaderName, HeaderValue, CONTENT_TYPE};
use hyper::{Response, StatusCode};
use serde_json::{json, Value};

pub(crate) type Resp = Response<Full<Bytes>>;

/// A handler's answer: JSON with a status, or a ready response.
pub(crate) enum Reply {
    Json(StatusCode, Value),
    Raw(Resp),
}

/// A handler's answer or the problem it ran into.
pub(crate) type Outcome = Result<Reply, Problem>;

/// `200 OK` with this JSON.
pub(crate) fn ok(value: Value) -> Outcome {
    Ok(Reply::Json(StatusCode::OK, value))
}

/// Where problem `type` URIs point, followed by the error code.
pub(crate) const ERRORS_BASE: &str =
    "https://docs.warp.dev/reference/api-and-sdk/troubleshooting/errors/";

/// A response with a body and a content type.
pub(crate) fn respond(
    status: StatusCode,
    content_type: &'static str,
    body: impl Into<Bytes>,
) -> Resp {
    let mut response = Response::new(Full::new(body.into()));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

/// A JSON response.
pub(crate) fn json(status: StatusCode, value: &Value) -> Resp {
    respond(status, "application/json", value.to_string())
}

/// Adds a header, ignoring values that are not valid header text.
pub(crate) fn with_header(mut response: Resp, name: HeaderName, value: &str) -> Resp {
    if let Ok(value) = HeaderValue::from_str(value) {
        response.headers_mut().insert(name, value);
    }
    response
}

/// An RFC 7807 problem, shaped like the real API's.
pub(crate) struct Problem {
    pub(crate) status: StatusCode,
    pub(crate) code: &'static str,
    pub(crate) title: &'static str,
    pub(crate) detail: String,
    /// The `Allow` header of a 405.
    pub(crate) allow: Option<String>,
}

impl Problem {
    pub(crate) fn new(
        status: StatusCode,
        code: &'static str,
        title: &'static str,
        detail: impl Into<String>,
    ) -> Self {
        Problem {
            status,
            code,
            title,
            detail: detail.into(),
            allow: None,
        }
    }

    pub(crate) fn bad_request(detail: impl Into<String>) -> Self {
        Problem::new(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "Invalid request",
            detail,
        )
    }

    pub(crate) fn not_found(detail: impl Into<String>) -> Self {
        Problem::new(
            StatusCode::NOT_FOUND,
            "resource_not_found",
            "Resource not found",
            detail,
        )
    }

    /// The response, for a request to `instance`, with `trace_id` (a new
    /// one per answer: `App::trace_id`).
    pub(crate) fn response(self, trace_id: &str, instance: &str) -> Resp {
        let retryable = matches!(
            self.code,
            "resource_unavailable" | "internal_error" | "conflict"
        );
        let body = json!({
            "type": format!("{ERRORS_BASE}{}", self.code),
            "title": self.title,
            "status": self.status.as_u16(),
            "detail": self.detail,
            "instance": instance,
            "error": format!("{}: {}", self.title, self.detail),
            "retryable": retryable,
            "trace_id": trace_id,
        });
        let response = respond(self.status, "application/problem+json", body.to_string());
        match &self.allow {
            Some(allow) => with_header(response, hyper::header::ALLOW, allow),
            None => response,
        }
    }
}

/// The problem an injected failure status stands for.
pub(crate) fn injected(status: StatusCode) -> Problem {
    let (code, title) = match status.as_u16() {
        400 => ("invalid_request", "Invalid request"),
        401 => ("authentication_required", "Authentication required"),
        403 => ("not_authorized", "Not authorized"),
        404 => ("resource_not_found", "Resource not found"),
        409 => ("conflict", "Conflict"),
        429 => ("resource_unavailable", "Too many requests"),
        s if s > 500 => ("resource_unavailable", "Service unavailable"),
        _ => ("internal_error", "Internal error"),
    };
    Problem::new(status, code, title, "injected by FakeOzServer (a fault)")
}

/// A storage error, in the XML cloud storage answers with.
pub(crate) fn storage_error(status: StatusCode, code: &str, message: &str) -> Resp {
    let body = format!(
        "<?xml version='1.0' encoding='UTF-8'?><Error><Code>{code}</Code>\
         <Message>{message}</Message></Error>"
    );
    respond(status, "application/xml; charset=UTF-8", body)
}
