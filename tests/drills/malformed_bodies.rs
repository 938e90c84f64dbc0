//! Bodies that are not what they should be: invalid UTF-8, empty, HTML.

use super::*;

#[tokio::test]
async fn invalid_utf8_in_a_json_string_is_a_decode_error_not_retried() {
    let (logs, _guard) = common::capture_logs();
    let mut body = run_json("r-1", "SUCCEEDED").to_string().into_bytes();
    // Inside the string value of `run_id`.
    let at = body
        .windows(b"\"r-1\"".len())
        .position(|w| w == b"\"r-1\"")
        .unwrap()
        + 1;
    body[at] = 0xff;
    body[at + 1] = 0xfe;
    let server = ScriptedServer::start(vec![Reply::raw(200, "application/json", &body)]).await;
    let err = within(BOUND, get_run(&client(&server.url())))
        .await
        .unwrap_err();
    let Error::Decode(decode) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(decode.operation(), "get_run");
    assert_eq!(decode.target(), "RunItem");
    assert_eq!(decode.status().as_u16(), 200);
    assert!(
        decode.json_error().to_string().contains("invalid unicode"),
        "{}",
        decode.json_error()
    );
    assert_eq!(
        server.count(),
        1,
        "a body that does not decode is not retried"
    );
    assert_no_leak(&err, &logs);
}

#[tokio::test]
async fn invalid_utf8_in_an_error_body_is_kept_lossily() {
    let (logs, _guard) = common::capture_logs();
    let server = ScriptedServer::start(vec![Reply::raw(
        400,
        "application/problem+json",
        b"{\"error\": \"bad \xff\xfe request\"}",
    )])
    .await;
    let err = within(BOUND, get_run(&client(&server.url())))
        .await
        .unwrap_err();
    let api = err.api().unwrap_or_else(|| panic!("{err:?}"));
    assert_eq!(api.status().as_u16(), 400);
    assert_eq!(api.body(), "{\"error\": \"bad \u{fffd}\u{fffd} request\"}");
    assert!(api.problem().is_none());
    assert_eq!(server.count(), 1);
    assert_no_leak(&err, &logs);
}

#[tokio::test]
async fn an_empty_200_is_a_decode_error() {
    let (logs, _guard) = common::capture_logs();
    let server = ScriptedServer::start(vec![Reply::raw(200, "application/json", b"")]).await;
    let client = client(&server.url());
    let err = within(BOUND, get_run(&client)).await.unwrap_err();
    let Error::Decode(decode) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(decode.operation(), "get_run");
    assert_eq!(decode.status().as_u16(), 200);
    assert_eq!(decode.excerpt(), "");
    assert!(decode.json_error().is_eof(), "{}", decode.json_error());
    assert_eq!(server.count(), 1);
    assert_no_leak(&err, &logs);

    // cancelRun's body is a bare JSON string: empty is no string either.
    let err = within(BOUND, client.cancel_run().run_id("r-1").send())
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Decode(d) if d.operation() == "cancel_run" && d.target() == "String"),
        "{err:?}"
    );
}

#[tokio::test]
async fn an_html_502_is_an_api_error_retried_for_get_and_not_for_post() {
    let (logs, _guard) = common::capture_logs();
    let html = b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>nginx</body>\r\n</html>\r\n";
    let server = ScriptedServer::start(vec![Reply::raw(502, "text/html", html)]).await;
    let err = within(BOUND, get_run(&client(&server.url())))
        .await
        .unwrap_err();
    let Error::Api(api) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(api.status().as_u16(), 502);
    assert_eq!(api.operation(), "get_run");
    assert_eq!(api.content_type(), Some("text/html"));
    assert!(api.problem().is_none() && api.error_code().is_none());
    assert!(
        err.to_string()
            .starts_with("get_run: HTTP 502 Bad Gateway: non-JSON body (text/html): <html>"),
        "{err}"
    );
    assert_eq!(server.count(), 3);
    assert_no_leak(&err, &logs);

    let server = ScriptedServer::start(vec![Reply::raw(502, "text/html", html)]).await;
    let err = within(BOUND, create_run(&at_most_once(&server.url())))
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(502));
    assert_eq!(server.count(), 1);
}
