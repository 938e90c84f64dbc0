//! Shared server state and response helpers.

use std::hash::{BuildHasher, RandomState};
use std::sync::{Mutex, MutexGuard};

use bytes::Bytes;
use http_body_util::Full;
use hyper::header::{HeaderName, HeaderValue, CONTENT_TYPE};
use hyper::{Response, StatusCode};
use serde_json::{json, Value};

use crate::catalog::Catalog;
use crate::state::{Clock, State};
use crate::RecordedRequest;

pub(crate) type Resp = Response<Full<Bytes>>;

/// Where problem `type` URIs point, followed by the error code.
pub(crate) const ERRORS_BASE: &str =
    "https://docs.warp.dev/reference/api-and-sdk/troubleshooting/errors/";

/// The API's path prefix (the base URL ends with it).
pub(crate) const API_PREFIX: &str = "/api/v1";

/// Everything a request handler needs.
pub(crate) struct App {
    pub(crate) api_key: String,
    /// `http://127.0.0.1:<port>` of the storage listener.
    pub(crate) storage_origin: String,
    pub(crate) clock: Clock,
    state: Mutex<State>,
    catalog: Mutex<Catalog>,
    requests: Mutex<Vec<RecordedRequest>>,
    /// Injected failures: how many requests remain, and their status.
    failures: Mutex<(usize, StatusCode)>,
    signer: RandomState,
}

impl App {
    pub(crate) fn new(api_key: String, storage_origin: String, clock: Clock, state: State) -> Self {
        App {
            api_key,
            storage_origin,
            clock,
            state: Mutex::new(state),
            catalog: Mutex::new(Catalog::default()),
            requests: Mutex::new(Vec::new()),
            failures: Mutex::new((0, StatusCode::SERVICE_UNAVAILABLE)),
            signer: RandomState::new(),
        }
    }

    pub(crate) fn state(&self) -> MutexGuard<'_, State> {
        lock(&self.state)
    }

    pub(crate) fn catalog(&self) -> MutexGuard<'_, Catalog> {
        lock(&self.catalog)
    }

    pub(crate) fn record(&self, request: RecordedRequest) {
        lock(&self.requests).push(request);
    }

    pub(crate) fn requests(&self) -> Vec<RecordedRequest> {
        lock(&self.requests).clone()
    }

    pub(crate) fn request_count(&self) -> usize {
        lock(&self.requests).len()
    }

    pub(crate) fn clear_requests(&self) {
        lock(&self.requests).clear();
    }

    pub(crate) fn fail_next(&self, times: usize, status: StatusCode) {
        *lock(&self.failures) = (times, status);
    }

    /// The injected failure status for this request, if one is pending.
    pub(crate) fn take_failure(&self) -> Option<StatusCode> {
        let mut failures = lock(&self.failures);
        if failures.0 == 0 {
            return None;
        }
        failures.0 -= 1;
        Some(failures.1)
    }

    /// The signature of a storage path valid until `expires` (Unix seconds).
    pub(crate) fn sign(&self, path: &str, expires: i64) -> String {
        format!("{:016x}", self.signer.hash_one((path, expires)))
    }

    /// A signed storage URL for `path` (which starts with `/storage/`),
    /// valid for 15 minutes; returns the URL and its expiry.
    pub(crate) fn signed_url(&self, path: &str) -> (String, chrono::DateTime<chrono::Utc>) {
        let expires = self.clock.now() + chrono::Duration::minutes(15);
        let unix = expires.timestamp();
        let url = format!(
            "{}{path}?expires={unix}&signature={}",
            self.storage_origin,
            self.sign(path, unix)
        );
        (url, expires)
    }
}

/// Locks a mutex, recovering from poisoning (a handler never panics while
/// holding one, but a poisoned lock must not take the server down).
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

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

    /// The response, for a request to `instance`.
    pub(crate) fn response(self, app: &App, instance: &str) -> Resp {
        let retryable = matches!(
            self.code,
            "resource_unavailable" | "internal_error" | "conflict"
        );
        let trace_id = app.state().hex(32);
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
    Problem::new(status, code, title, "injected by FakeOzServer::fail_next")
}

/// A storage error, in the XML cloud storage answers with.
pub(crate) fn storage_error(status: StatusCode, code: &str, message: &str) -> Resp {
    let body = format!(
        "<?xml version='1.0' encoding='UTF-8'?><Error><Code>{code}</Code>\
         <Message>{message}</Message></Error>"
    );
    respond(status, "application/xml; charset=UTF-8", body)
}
