//! The storage origin: signed download URLs for file artifacts and transcripts.

use bytes::Bytes;
use hyper::header::CACHE_CONTROL;
use hyper::{Method, StatusCode};

use crate::app::App;
use crate::conversation;

use crate::reply::{respond, storage_error, with_header, Resp};
use crate::request::{query_pairs, Req};
use crate::state::ArtifactKind;

/// Answers a request to the storage listener.
pub(crate) fn serve(app: &App, req: &Req<'_>) -> Resp {
    if !req.path.starts_with("/storage/") {
        return storage_error(
            StatusCode::NOT_FOUND,
            "NoSuchKey",
            "The specified key does not exist.",
        );
    }
    if req.method != Method::GET && req.method != Method::HEAD {
        return with_header(
            storage_error(
                StatusCode::METHOD_NOT_ALLOWED,
                "MethodNotAllowed",
                "The specified method is not allowed against this resource.",
            ),
            hyper::header::ALLOW,
            "GET, HEAD",
        );
    }
    if req.authorization.is_some() {
        return storage_error(
            StatusCode::BAD_REQUEST,
            "InvalidArgument",
            "A signed URL and an Authorization header were both provided. \
             Signed URLs must be fetched without credentials: the API key must not leave the API origin.",
        );
    }
    let (mut expires, mut signature) = (None, None);
    for (key, value) in query_pairs(req.query.unwrap_or("")) {
        match key.as_str() {
            "expires" => expires = value.parse::<i64>().ok(),
            "signature" => signature = Some(value),
            _ => {}
        }
    }
    let (Some(expires), Some(signature)) = (expires, signature) else {
        return storage_error(
            StatusCode::FORBIDDEN,
            "AccessDenied",
            "Anonymous caller does not have storage.objects.get access; the URL is not signed.",
        );
    };
    if app.sign(req.path, expires) != signature {
        return storage_error(
            StatusCode::FORBIDDEN,
            "SignatureDoesNotMatch",
            "The request signature we calculated does not match the signature you provided.",
        );
    }
    if app.clock.now().timestamp() > expires {
        return storage_error(
            StatusCode::BAD_REQUEST,
            "ExpiredToken",
            "The provided token has expired. Request signature expired.",
        );
    }
    match object(app, req.path) {
        Some((content_type, body)) => with_header(
            respond(StatusCode::OK, content_type, body),
            CACHE_CONTROL,
            "private, max-age=0",
        ),
        None => storage_error(
            StatusCode::NOT_FOUND,
            "NoSuchKey",
            "The specified key does not exist.",
        ),
    }
}

/// The content type and bytes stored at `path`.
fn object(app: &App, path: &str) -> Option<(&'static str, Bytes)> {
    let rest = path.strip_prefix("/storage/")?;
    if let Some(rest) = rest.strip_prefix("artifacts/") {
        let (uid, filename) = rest.split_once('/')?;
        let state = app.state();
        let artifact = state.artifacts.get(uid)?;
        return match &artifact.kind {
            ArtifactKind::File {
                filename: name,
                mime_type,
                content,
                ..
            } if name == filename => {
                let content_type = if mime_type == "text/markdown" {
                    "text/markdown; charset=utf-8"
                } else {
                    "application/octet-stream"
                };
                Some((content_type, content.clone()))
            }
            _ => None,
        };
    }
    if let Some(uid) = rest
        .strip_prefix("plans/")
        .and_then(|r| r.strip_suffix(".md"))
    {
        let state = app.state();
        return match &state.artifacts.get(uid)?.kind {
            ArtifactKind::Plan { content, .. } => {
                Some(("text/markdown; charset=utf-8", Bytes::from(content.clone())))
            }
            ArtifactKind::File { .. } => None,
        };
    }
    if let Some(rest) = rest.strip_prefix("generated/") {
        // The target of a redirect the generic responder answered with.
        let (operation, _) = rest.split_once('/')?;
        let body = serde_json::json!({
            "generated_by": "oz-agent-api-fake",
            "operation": operation,
        });
        return Some(("application/json", Bytes::from(body.to_string())));
    }
    let run_id = rest.strip_prefix("transcripts/")?.strip_suffix(".json")?;
    let state = app.state();
    let run = state.run(state.index(run_id)?);
    Some((
        "application/json",
        Bytes::from(conversation::transcript(run).to_string()),
    ))
}
