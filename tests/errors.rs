//! Errors you can act on: problem details, plain and empty bodies, an HTML
//! page from a proxy, undecodable success bodies — each a distinct, one-line
//! error that never contains the key.

mod common;

use common::scripted::{Reply, ScriptedServer};
use common::{client, KEY};
use oz_agent_api::prelude::*;
use oz_agent_api::types::PlatformErrorCode;
use serde_json::json;

async fn get_run_error(reply: Reply) -> Error {
    let server = ScriptedServer::start(vec![reply]).await;
    client(&server.url())
        .get_run()
        .run_id("r-1")
        .send()
        .await
        .unwrap_err()
}

fn assert_one_line_without_key(err: &Error) {
    let text = err.to_string();
    assert!(!text.contains('\n'), "Display is one line: {text:?}");
    assert!(
        !text.contains(KEY) && !format!("{err:?}").contains(KEY),
        "{text}"
    );
}

#[tokio::test]
async fn problem_details_expose_every_member_and_the_error_code() {
    let err = get_run_error(Reply::json(
        402,
        json!({
            "type": "https://docs.warp.dev/reference/api-and-sdk/troubleshooting/errors/insufficient_credits",
            "title": "Insufficient credits", "status": 402, "detail": "Team has no remaining add-on credits",
            "instance": "/api/v1/agent/runs/r-1", "error": "Insufficient credits: Team has no remaining add-on credits",
            "retryable": false, "trace_id": "0af7651916cd43dd8448eb211c80319c", "x_billing_portal": "https://app.warp.dev/billing"}),
    ))
    .await;
    let api = err.api().unwrap();
    assert_eq!(api.status().as_u16(), 402);
    assert_eq!(
        api.error_code(),
        Some(&PlatformErrorCode::InsufficientCredits)
    );
    assert_eq!(api.title(), Some("Insufficient credits"));
    assert_eq!(api.detail(), Some("Team has no remaining add-on credits"));
    assert_eq!(api.instance(), Some("/api/v1/agent/runs/r-1"));
    assert_eq!(api.retryable(), Some(false));
    assert_eq!(api.trace_id(), Some("0af7651916cd43dd8448eb211c80319c"));
    let problem = api.problem().expect("decoded as the spec's Error");
    assert_eq!(
        problem.extra["x_billing_portal"], "https://app.warp.dev/billing",
        "extension members are kept"
    );
    assert_eq!(
        err.to_string(),
        "get_run: HTTP 402 Payment Required [insufficient_credits]: Insufficient credits: Team has no remaining \
         add-on credits (trace id 0af7651916cd43dd8448eb211c80319c)"
    );
    assert_one_line_without_key(&err);
}

#[tokio::test]
async fn a_relative_hyphenated_problem_type_and_an_unknown_code_are_both_kept() {
    let err = get_run_error(Reply::json(
        403,
        json!({"type": "/reference/api-and-sdk/troubleshooting/errors/external-authentication-required",
               "title": "Authorize GitHub", "status": 403, "error": "Authorize GitHub"}),
    ))
    .await;
    assert_eq!(
        err.error_code(),
        Some(&PlatformErrorCode::ExternalAuthenticationRequired)
    );
    let err = get_run_error(Reply::json(
        429,
        json!({"type": "https://docs.warp.dev/reference/api-and-sdk/troubleshooting/errors/rate_limited",
               "title": "Slow down", "status": 429, "error": "Slow down"}),
    ))
    .await;
    assert_eq!(
        err.error_code(),
        Some(&PlatformErrorCode::Unrecognized("rate_limited".into()))
    );
}

#[tokio::test]
async fn a_plain_error_body_gives_its_message() {
    let err = get_run_error(Reply::json(400, json!({"error": "missing run ID"}))).await;
    let api = err.api().unwrap();
    assert!(api.problem().is_none(), "not a complete problem document");
    assert_eq!(api.error_message(), Some("missing run ID"));
    assert_eq!(
        err.to_string(),
        "get_run: HTTP 400 Bad Request: missing run ID"
    );
}

#[tokio::test]
async fn an_empty_error_body_says_so() {
    let err = get_run_error(Reply::status(404)).await;
    assert_eq!(err.to_string(), "get_run: HTTP 404 Not Found: empty body");
    assert_eq!(err.api().unwrap().body(), "");
}

#[tokio::test]
async fn an_html_502_from_a_proxy_is_a_clear_api_error() {
    let html = b"<html>\n<head><title>502 Bad Gateway</title></head>\n<body><center><h1>502 Bad Gateway</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>\n";
    let err = get_run_error(Reply::raw(502, "text/html", html)).await;
    assert_eq!(err.status().map(|s| s.as_u16()), Some(502));
    let text = err.to_string();
    assert!(
        text.starts_with(
            "get_run: HTTP 502 Bad Gateway: non-JSON body (text/html): <html> <head><title>502"
        ),
        "{text}"
    );
    assert_eq!(err.api().unwrap().content_type(), Some("text/html"));
    assert_one_line_without_key(&err);
}

#[tokio::test]
async fn a_success_body_that_does_not_match_the_spec_is_a_decode_error_with_an_excerpt() {
    let err = get_run_error(Reply::json(
        200,
        json!({"run_id": "r-1", "state": "QUEUED"}),
    ))
    .await;
    let Error::Decode(decode) = &err else {
        panic!("expected a decode error, got {err:?}")
    };
    assert_eq!(decode.operation(), "get_run");
    assert_eq!(decode.target(), "RunItem");
    assert_eq!(decode.status().as_u16(), 200);
    assert!(
        decode.excerpt().contains("\"run_id\":\"r-1\""),
        "{}",
        decode.excerpt()
    );
    assert!(
        err.to_string().starts_with(
            "get_run: could not decode the HTTP 200 OK response as RunItem: missing field"
        ),
        "{err}"
    );
    assert_one_line_without_key(&err);
}

#[tokio::test]
async fn an_html_page_with_status_200_is_a_decode_error_not_a_panic() {
    let err = get_run_error(Reply::raw(
        200,
        "text/html",
        b"<html><body>Sign in</body></html>",
    ))
    .await;
    assert!(matches!(err, Error::Decode(_)), "{err:?}");
    assert!(err.to_string().contains("<html><body>Sign in"), "{err}");
}

#[tokio::test]
async fn connection_refused_is_a_transport_error_that_says_nothing_was_sent() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let err = client(&format!("http://127.0.0.1:{port}"))
        .get_run()
        .run_id("r")
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::Transport {
                operation: "get_run",
                connect: true,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(
        err.to_string().starts_with("get_run: could not connect:"),
        "{err}"
    );
    assert_one_line_without_key(&err);
}

#[test]
fn the_error_type_can_cross_threads_and_be_boxed() {
    fn assert_traits<T: Send + Sync + std::error::Error + 'static>() {}
    assert_traits::<Error>();
    assert_traits::<oz_agent_api::ApiError>();
}

#[tokio::test]
async fn a_redirect_loop_ends_in_a_redirect_error() {
    let server = ScriptedServer::start(vec![
        Reply::status(302).header("location", "/agent/runs/r-1")
    ])
    .await;
    let err = client(&server.url())
        .get_run()
        .run_id("r-1")
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::Redirect {
                operation: "get_run",
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(
        err.to_string(),
        "get_run: redirect not followed: more than 10 redirects"
    );
    assert_eq!(server.count(), 11);
}

#[tokio::test]
async fn operation_and_download_futures_can_be_spawned() {
    let server = ScriptedServer::start(vec![Reply::status(404)]).await;
    let client = std::sync::Arc::new(client(&server.url()));
    let c = client.clone();
    let op = tokio::spawn(async move { c.get_run().run_id("r-1").send().await.map(|_| ()) });
    let c = client.clone();
    let download =
        tokio::spawn(async move { c.downloads().run_transcript("r-1").await.map(|_| ()) });
    assert_eq!(
        op.await.unwrap().unwrap_err().status().map(|s| s.as_u16()),
        Some(404)
    );
    assert_eq!(
        download
            .await
            .unwrap()
            .unwrap_err()
            .status()
            .map(|s| s.as_u16()),
        Some(404)
    );
}
