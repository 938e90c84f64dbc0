//! Server-requested sleeps are capped by `max_outage`, and lexical junk inside unknown fields does not break a known response.

use super::*;

#[tokio::test(start_paused = true)]
async fn a_huge_retry_after_during_a_wait_is_capped_by_max_outage() {
    let server =
        ScriptedServer::start(vec![Reply::status(503).header("retry-after", "36000")]).await;
    // The client's own retries let a 10-hour Retry-After through to the wait.
    let client = paused_client(&server.url(), RetryPolicy::none());
    let options = WaitOptions::default()
        .with_timeout(None)
        .with_max_outage(Duration::from_secs(120))
        .with_jitter(false);
    let started = tokio::time::Instant::now();
    let err = client.wait_for_run("r-1", &options).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503), "{err}");
    assert_eq!(
        err.api().unwrap().retry_after(),
        Some(Duration::from_secs(36000))
    );
    assert_eq!(
        server.count(),
        2,
        "a poll, and one more at the end of the budget"
    );
    assert_eq!(started.elapsed(), Duration::from_secs(120));

    // When the outage ends within the budget, the wait goes on.
    let server = ScriptedServer::start(vec![
        Reply::status(429).header("retry-after", "36000"),
        Reply::json(200, common::run_json("r-1", "SUCCEEDED")),
    ])
    .await;
    let client = paused_client(&server.url(), RetryPolicy::none());
    let started = tokio::time::Instant::now();
    let run = client.wait_for_run("r-1", &options).await.unwrap();
    assert_eq!(run.state, RunState::Succeeded);
    assert_eq!(started.elapsed(), Duration::from_secs(120));
}

#[tokio::test]
async fn a_lone_surrogate_or_an_overflowing_number_in_an_unknown_field_does_not_break_a_run() {
    let mut run = common::run_json("r-1", "SUCCEEDED");
    run["future_field"] = json!("LONE");
    run["future_number"] = json!("BIG");
    let body = run
        .to_string()
        .replace(r#""LONE""#, r#""before \ud800 after""#)
        .replace(r#""BIG""#, "1e400");
    serde_json::from_str::<serde_json::Value>(&body).expect_err("serde_json rejects the body");
    let server =
        ScriptedServer::start(vec![Reply::raw(200, "application/json", body.as_bytes())]).await;
    let run = client(&server.url())
        .get_run()
        .run_id("r-1")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(run.state, RunState::Succeeded);
    assert_eq!(run.extra["future_field"], json!("before \u{fffd} after"));
    assert_eq!(run.extra["future_number"], json!("1e400"));
}

#[tokio::test]
async fn an_overflowing_number_in_a_known_numeric_field_still_fails_with_the_original_error() {
    let mut run = common::run_json("r-1", "SUCCEEDED");
    run["request_usage"]["inference_cost"] = json!("BIG");
    let body = run.to_string().replace(r#""BIG""#, "1e400");
    let server =
        ScriptedServer::start(vec![Reply::raw(200, "application/json", body.as_bytes())]).await;
    let err = client(&server.url())
        .get_run()
        .run_id("r-1")
        .send()
        .await
        .unwrap_err();
    let Error::Decode(decode) = &err else {
        panic!("{err:?}")
    };
    assert!(
        decode
            .json_error()
            .to_string()
            .starts_with("number out of range"),
        "{err}"
    );
}

#[tokio::test]
async fn a_lone_surrogate_in_an_error_body_keeps_its_problem_details() {
    let body = r#"{"title": "Not Found", "detail": "no run r-1", "junk": "\udfff", "n": 1e999}"#;
    let err = get_run_error(Reply::raw(404, "application/problem+json", body.as_bytes())).await;
    let api = err.api().unwrap();
    assert_eq!(api.detail(), Some("no run r-1"));
    assert_eq!(
        err.to_string(),
        "get_run: HTTP 404 Not Found: Not Found: no run r-1"
    );
}
