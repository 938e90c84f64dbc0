//! Shared server state and response helpers.

use std::hash::{BuildHasher, RandomState};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use bytes::Bytes;
use http_body_util::Full;
use hyper::header::{HeaderName, HeaderValue, CONTENT_TYPE};
use hyper::{Response, StatusCode};
use serde_json::{json, Value};

use crate::examples::Generator;
use crate::faults::{Fault, Faults};
use crate::generic::Store;
use crate::spec::Spec;
use crate::state::{Clock, State};
use crate::{Mode, RecordedRequest};

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

/// Everything a request handler needs.
pub(crate) struct App {
    pub(crate) api_key: String,
    /// `http://127.0.0.1:<port>` of the storage listener.
    pub(crate) storage_origin: String,
    pub(crate) clock: Clock,
    pub(crate) spec: Arc<Spec>,
    /// The API's path prefix (`/api/v1`; the base URL ends with it).
    pub(crate) base_path: String,
    pub(crate) mode: Mode,
    state: Mutex<State>,
    store: Mutex<Store>,
    generator: Mutex<Generator>,
    requests: Mutex<Vec<RecordedRequest>>,
    faults: Mutex<Faults>,
    /// Numbers generated redirect targets in storage.
    generated_objects: AtomicUsize,
    signer: RandomState,
}

impl App {
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn new(
        api_key: String,
        storage_origin: String,
        clock: Clock,
        state: State,
        spec: Arc<Spec>,
        mode: Mode,
        generator: Generator,
        faults: Faults,
    ) -> Self {
        let base_path = match spec.base_path() {
            "" => "/api/v1".to_owned(),
            path => path.to_owned(),
        };
        App {
            api_key,
            storage_origin,
            clock,
            store: Mutex::new(Store::new(&spec)),
            spec,
            base_path,
            mode,
            state: Mutex::new(state),
            generator: Mutex::new(generator),
            requests: Mutex::new(Vec::new()),
            faults: Mutex::new(faults),
            generated_objects: AtomicUsize::new(0),
            signer: RandomState::new(),
        }
    }

    pub(crate) fn state(&self) -> MutexGuard<'_, State> {
        lock(&self.state)
    }

    pub(crate) fn store(&self) -> MutexGuard<'_, Store> {
        lock(&self.store)
    }

    pub(crate) fn generator(&self) -> MutexGuard<'_, Generator> {
        lock(&self.generator)
    }

    pub(crate) fn faults(&self) -> MutexGuard<'_, Faults> {
        lock(&self.faults)
    }

    /// Records a request; returns its index, for [`set_fault`](Self::set_fault).
    pub(crate) fn record(&self, request: RecordedRequest) -> usize {
        let mut requests = lock(&self.requests);
        requests.push(request);
        requests.len() - 1
    }

    /// Notes the fault injected into the request recorded at `index`.
    pub(crate) fn set_fault(&self, index: usize, fault: Fault) {
        if let Some(request) = lock(&self.requests).get_mut(index) {
            request.fault = Some(fault);
        }
    }

    pub(crate) fn requests(&self) -> Vec<RecordedRequest> {
        lock(&self.requests).clone()
    }

    pub(crate) fn with_requests<T>(&self, f: impl FnOnce(&[RecordedRequest]) -> T) -> T {
        f(&lock(&self.requests))
    }

    pub(crate) fn clear_requests(&self) {
        lock(&self.requests).clear();
    }

    /// A fresh storage path for a generated redirect target.
    pub(crate) fn generated_object_path(&self, operation_id: &str) -> String {
        let n = self.generated_objects.fetch_add(1, Ordering::Relaxed) + 1;
        format!(
            "/storage/generated/{}/{n}",
            crate::spec::encode_component(operation_id)
        )
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
