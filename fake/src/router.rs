//! The API listener's routing: base path, authentication, matching the
//! request against the spec, then the hand-written run lifecycle or the
//! generic spec-driven responder.

use hyper::header::WWW_AUTHENTICATE;
use hyper::{Method, StatusCode};

use crate::app::App;
use crate::conform::conform;
use crate::options::Mode;
use crate::reply::{json, with_header, Problem, Reply, Resp};
use crate::request::Req;
use crate::spec::{Match, Operation};
use crate::{generic, runs};

/// The operation a request is for, once it is authenticated.
pub(crate) struct Routed<'s> {
    pub(crate) operation: &'s Operation,
    pub(crate) params: Vec<(String, String)>,
}

/// The path relative to the base path, if it is under it.
pub(crate) fn relative<'p>(app: &App, path: &'p str) -> Option<&'p str> {
    path.strip_prefix(app.base_path.as_str())
        .filter(|rest| rest.starts_with('/'))
}

/// The operation id a request path and method name, if any (for records and faults).
pub(crate) fn operation_id(app: &App, method: &Method, path: &str) -> Option<String> {
    match app.spec.find(method.as_str(), relative(app, path)?) {
        Match::Operation(op, _) => Some(op.id.clone()),
        _ => None,
    }
}

/// Where a request goes: an operation, or a response sent at once.
pub(crate) enum Routing<'s> {
    Routed(Routed<'s>),
    Answer(Resp),
}

/// Checks the base path, the credentials and the route; the response to
/// send instead if any of them fails.
pub(crate) fn route<'s>(app: &'s App, req: &Req<'_>) -> Routing<'s> {
    match check(app, req) {
        Ok(routed) => Routing::Routed(routed),
        Err(answer) => Routing::Answer(*answer),
    }
}

fn check<'s>(app: &'s App, req: &Req<'_>) -> Result<Routed<'s>, Box<Resp>> {
    let Some(rest) = relative(app, req.path) else {
        return Err(Box::new(
            Problem::not_found(format!("no route for {} {}", req.method, req.path))
                .response(&app.trace_id(), req.path),
        ));
    };
    let found = app.spec.find(req.method.as_str(), rest);
    let anonymous = matches!(&found, Match::Operation(op, _) if op.anonymous);
    if !(anonymous && req.authorization.is_none()) {
        if let Err(problem) = authenticate(app, req.authorization) {
            return Err(Box::new(with_header(
                problem.response(&app.trace_id(), req.path),
                WWW_AUTHENTICATE,
                "Bearer",
            )));
        }
    }
    match found {
        Match::Operation(operation, params) => Ok(Routed { operation, params }),
        Match::MethodNotAllowed(methods) => {
            let mut problem = Problem::new(
                StatusCode::METHOD_NOT_ALLOWED,
                "invalid_request",
                "Method not allowed",
                format!("{} is not supported on {}", req.method, req.path),
            );
            problem.allow = Some(methods.join(", "));
            Err(Box::new(problem.response(&app.trace_id(), req.path)))
        }
        _ => Err(Box::new(
            Problem::not_found(format!("no route for {} {}", req.method, req.path))
                .response(&app.trace_id(), req.path),
        )),
    }
}

/// Answers a routed request: the hand-written run lifecycle if it covers
/// the operation (and the server is stateful), else the generic responder.
pub(crate) fn dispatch(app: &App, routed: &Routed<'_>, req: &Req<'_>) -> Resp {
    let route = routed.operation.route();
    let outcome = match app.mode {
        Mode::Stateful => match runs::handle(app, &route, &routed.params, req) {
            // The lifecycle's answer, fitted to the spec served (conform.rs).
            Some(Ok(Reply::Json(status, value))) => {
                let value = match routed
                    .operation
                    .response(status.as_u16())
                    .filter(|r| r.is_json())
                    .and_then(|r| r.schema.as_ref())
                {
                    Some(schema) => conform(&app.spec, &mut app.generator(), schema, value),
                    None => value,
                };
                Ok(Reply::Json(status, value))
            }
            Some(other) => other,
            None => generic::respond(app, routed.operation, &routed.params, req),
        },
        Mode::Generated => generic::respond(app, routed.operation, &routed.params, req),
    };
    match outcome {
        Ok(Reply::Json(status, value))
            if routed.operation.is_conditional() && status.is_success() =>
        {
            conditional(status, &value, req)
        }
        Ok(Reply::Json(status, value)) => json(status, &value),
        Ok(Reply::Raw(response)) => response,
        Err(problem) => problem.response(&app.trace_id(), req.path),
    }
}

/// The answer of a conditional read (an operation documenting `304` and
/// `If-None-Match`): its body with a strong `ETag` derived from the bytes,
/// or `304` with the `ETag` and no body when the request's `If-None-Match`
/// lists it (or is `*`), compared weakly as RFC 9110 says for
/// `If-None-Match`.
fn conditional(status: StatusCode, value: &serde_json::Value, req: &Req<'_>) -> Resp {
    let body = value.to_string();
    // FNV-1a over the bytes: stable across runs and processes.
    let hash = body.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    let etag = format!("\"{hash:016x}\"");
    let opaque = |tag: &str| tag.trim().trim_start_matches("W/").to_owned();
    let matched = req
        .headers
        .get_all(hyper::header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|tag| tag.trim() == "*" || opaque(tag) == etag);
    let response = if matched {
        let mut response = hyper::Response::new(http_body_util::Full::new(bytes::Bytes::new()));
        *response.status_mut() = StatusCode::NOT_MODIFIED;
        response
    } else {
        crate::reply::respond(status, "application/json", body)
    };
    with_header(response, hyper::header::ETAG, &etag)
}

fn authenticate(app: &App, header: Option<&str>) -> Result<(), Problem> {
    let unauthorized = |detail: &str| {
        Problem::new(
            StatusCode::UNAUTHORIZED,
            "authentication_required",
            "Authentication required",
            detail,
        )
    };
    let Some(header) = header else {
        return Err(unauthorized(
            "missing Authorization header; send `Authorization: Bearer <API key>`",
        ));
    };
    match header.trim().split_once(' ') {
        Some((scheme, token))
            if scheme.eq_ignore_ascii_case("bearer") && token.trim() == app.api_key =>
        {
            Ok(())
        }
        Some((scheme, _)) if scheme.eq_ignore_ascii_case("bearer") => {
            Err(unauthorized("invalid API key"))
        }
        _ => Err(unauthorized(
            "malformed Authorization header; expected `Bearer <API key>`",
        )),
    }
}
