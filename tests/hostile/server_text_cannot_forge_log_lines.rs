//! Server text cannot forge log lines: `Display` is one line.

use super::*;

/// Nothing in `text` that could start a new line, rewrite the terminal, or
/// reorder what is shown.
fn assert_one_line(text: &str) {
    let bad = text.chars().find(|c| {
        c.is_control()
            || matches!(
                c,
                '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
            )
    });
    assert_eq!(bad, None, "not one line: {text:?}");
}

#[tokio::test]
async fn control_characters_in_every_problem_field_are_escaped_in_display() {
    let forged = "bad\nINFO forged log line\r\0\u{1b}[31m\u{2028}\u{202e}";
    let escaped = r"bad\nINFO forged log line\r\0\u{1b}[31m\u{2028}\u{202e}";
    let cases = [
        (
            json!({"error": forged, "trace_id": forged}),
            format!("get_run: HTTP 400 Bad Request: {escaped} (trace id {escaped})"),
        ),
        (
            json!({"title": forged, "detail": forged}),
            format!("get_run: HTTP 400 Bad Request: {escaped}: {escaped}"),
        ),
        (
            json!({"detail": forged, "error_code": forged}),
            format!("get_run: HTTP 400 Bad Request [{escaped}]: {escaped}"),
        ),
        (
            json!({"unknown": forged}),
            format!(
                "get_run: HTTP 400 Bad Request: {}",
                // A body excerpt collapses whitespace (U+2028 too).
                r#"{"unknown":"bad\nINFO forged log line\r\u0000\u001b[31m \u{202e}"}"#
            ),
        ),
    ];
    for (body, expected) in cases {
        let err = get_run_error(Reply::json(400, body.clone())).await;
        let display = err.to_string();
        assert_one_line(&display);
        assert_eq!(display, expected, "{body}");
        let api = err.api().unwrap();
        assert_one_line(&api.to_string());
        assert_one_line(&api.message());
    }
    // The accessors keep the text as received.
    let err = get_run_error(Reply::json(400, json!({"detail": forged}))).await;
    assert_eq!(err.api().unwrap().detail(), Some(forged));
}

#[tokio::test]
async fn control_characters_in_a_non_json_or_undecodable_body_are_escaped_in_display() {
    let err = get_run_error(Reply::raw(
        502,
        "text/html",
        b"<h1>oops</h1>\0\x1b[2J\nINFO forged",
    ))
    .await;
    assert_eq!(
        err.to_string(),
        r"get_run: HTTP 502 Bad Gateway: non-JSON body (text/html): <h1>oops</h1>\0\u{1b}[2J INFO forged"
    );
    let err = get_run_error(Reply::raw(
        200,
        "application/json",
        b"{\"run_id\": \"\x1b[2J\nINFO forged\"",
    ))
    .await;
    assert!(matches!(err, Error::Decode(_)), "{err:?}");
    assert_one_line(&err.to_string());
    assert!(err.to_string().contains(r"\u{1b}[2J"), "{err}");
}

#[tokio::test(start_paused = true)]
async fn an_unknown_run_state_with_control_characters_is_escaped_in_a_wait_timeout() {
    let mut run = common::run_json("r-1\n", "WAITING\nINFO forged\u{1b}[0m");
    run["run_id"] = json!("r-1\n");
    let server = ScriptedServer::start(vec![Reply::json(200, run)]).await;
    let client = paused_client(&server.url(), RetryPolicy::none());
    let options = WaitOptions::default()
        .with_timeout(Duration::from_secs(1))
        .with_jitter(false);
    let err = client.wait_for_run("r-1\n", &options).await.unwrap_err();
    assert!(matches!(err, Error::WaitTimeout(_)), "{err:?}");
    assert_eq!(
        err.to_string(),
        r"wait for run r-1\n: timed out after 1s (2 polls; last state WAITING\nINFO forged\u{1b}[0m)"
    );
}
