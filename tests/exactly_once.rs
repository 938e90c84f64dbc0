//! Exactly-once run creation, counted on the server: the creation matrix
//! (every ambiguous failure after the run was created gives `Ok(run)` and
//! one run; every failure before it gives one run after the retry), children
//! that inherited the token, a full metadata map, a server without the
//! metadata filter, a failing lookup, a caller's own token, the opt-out.
//!
//! Needs spec G (run metadata and the `metadata[…]` filter):
//! `OZ_AGENT_API_SPEC=openapi/history/G-docs-0041a6c.yaml`.

#[path = "common/scripted.rs"]
mod scripted;

use std::collections::HashMap;
use std::time::Duration;

use oz_agent_api::exactly_once::{CreationUnknownReason, CLIENT_TOKEN_KEY};
use oz_agent_api::types::{RunMetadata, RunState};
use oz_agent_api::{Client, Error, RetryPolicy};
use oz_agent_api_fake::{FakeOzServer, Fault, Pace};
use scripted::{Reply, ScriptedServer};
use serde_json::{json, Value};

/// A fake server with no runs yet; runs stay queued for a minute.
async fn server() -> FakeOzServer {
    FakeOzServer::builder()
        .historical_runs(0)
        .pace(Pace::elapsed(
            Duration::from_secs(60),
            Duration::from_secs(60),
        ))
        .start()
        .await
}

/// A client of `server` with `policy`, fast retries, and (on tokio's clock)
/// a 5 s request timeout.
fn client_with(server: &FakeOzServer, policy: RetryPolicy) -> Client {
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .pool_idle_timeout(None)
        .build()
        .unwrap();
    Client::builder()
        .api_key(server.api_key())
        .base_url(server.base_url())
        .http_client(http)
        .retry_policy(
            policy
                .initial_backoff(Duration::from_millis(10))
                .max_backoff(Duration::from_millis(20)),
        )
        .build()
        .unwrap()
}

fn client(server: &FakeOzServer) -> Client {
    client_with(server, RetryPolicy::default())
}

async fn create(client: &Client) -> Result<String, Error> {
    client
        .create_run()
        .body_map(|b| b.prompt("Exactly once, please"))
        .send()
        .await
        .map(|created| created.run_id.clone())
}

/// The client token each `createRun` request carried, in order.
fn sent_tokens(server: &FakeOzServer) -> Vec<Option<String>> {
    server
        .requests()
        .iter()
        .filter(|r| r.operation.as_deref() == Some("createRun"))
        .map(|r| {
            r.json().and_then(|body| {
                body["metadata"][CLIENT_TOKEN_KEY]
                    .as_str()
                    .map(str::to_owned)
            })
        })
        .collect()
}

/// The ids of the runs the server holds.
fn server_run_ids(server: &FakeOzServer) -> Vec<String> {
    server
        .runs()
        .iter()
        .map(|r| r["run_id"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test(start_paused = true)]
async fn an_ambiguous_failure_after_the_run_was_created_returns_that_run_and_creates_no_other() {
    let cases: Vec<(&str, Fault)> = vec![
        ("500", Fault::status(500).after_apply()),
        ("502", Fault::status(502).after_apply()),
        ("504", Fault::status(504).after_apply()),
        ("reset after reading the body", Fault::reset().after_apply()),
        (
            "answer slower than the 5 s timeout",
            Fault::delay(Duration::from_secs(30)).after_apply(),
        ),
    ];
    for (name, fault) in cases {
        let server = server().await;
        let client = client(&server);
        server.inject(1, fault.on("createRun"));
        let run_id = create(&client)
            .await
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(
            server.run_count(),
            1,
            "{name}: exactly one run on the server"
        );
        assert_eq!(
            server_run_ids(&server),
            std::slice::from_ref(&run_id),
            "{name}: that run"
        );
        assert_eq!(
            server.operation_count("createRun"),
            1,
            "{name}: never sent again"
        );
        assert!(
            server.operation_count("listRuns") >= 1,
            "{name}: found by a lookup"
        );
        let token = sent_tokens(&server)[0].clone().expect("a client token");
        let run = server.run(&run_id).unwrap();
        assert_eq!(run["metadata"][CLIENT_TOKEN_KEY], json!(token), "{name}");
        // Whatever the server still had in flight is done and changed nothing.
        tokio::time::sleep(Duration::from_secs(60)).await;
        assert_eq!(server.run_count(), 1, "{name}: still one run");
    }
}

#[tokio::test(start_paused = true)]
async fn a_failure_before_the_run_was_created_is_looked_up_then_sent_again_with_the_same_token() {
    let cases: Vec<(&str, Fault)> = vec![
        ("500", Fault::status(500)),
        ("502", Fault::status(502)),
        ("504", Fault::status(504)),
        ("reset after reading the body", Fault::reset()),
    ];
    for (name, fault) in cases {
        let server = server().await;
        let client = client(&server);
        server.inject(1, fault.on("createRun"));
        let run_id = create(&client)
            .await
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(server.run_count(), 1, "{name}: one run after the retry");
        assert_eq!(server_run_ids(&server), [run_id], "{name}");
        assert_eq!(server.operation_count("createRun"), 2, "{name}: sent twice");
        assert_eq!(
            server.operation_count("listRuns"),
            4,
            "{name}: four lookups found nothing first"
        );
        let tokens = sent_tokens(&server);
        assert!(tokens[0].is_some(), "{name}");
        assert_eq!(
            tokens[0], tokens[1],
            "{name}: the token is kept across attempts"
        );
    }
}

#[tokio::test(start_paused = true)]
async fn rejections_are_retried_at_once_without_a_lookup() {
    for status in [429, 503] {
        let server = server().await;
        let client = client(&server);
        server.inject(1, Fault::status(status).on("createRun"));
        create(&client).await.unwrap();
        assert_eq!(server.run_count(), 1, "{status}");
        assert_eq!(server.operation_count("createRun"), 2, "{status}");
        assert_eq!(server.operation_count("listRuns"), 0, "{status}: no lookup");
    }
}

#[tokio::test(start_paused = true)]
async fn the_lookup_waits_for_a_run_that_appears_late() {
    // The run is applied 2 s after the client timed out: the first two
    // lookups (at 5 s and 6 s) do not see it yet, the third (at 8 s) does.
    let server = server().await;
    let client = client(&server);
    server.inject(1, Fault::delay(Duration::from_secs(7)).on("createRun"));
    let run_id = create(&client).await.unwrap();
    assert_eq!(server_run_ids(&server), [run_id]);
    assert_eq!(server.operation_count("createRun"), 1);
    assert_eq!(server.operation_count("listRuns"), 3);
}

#[tokio::test(start_paused = true)]
async fn a_request_applied_after_the_lookup_window_is_the_documented_limit() {
    // Held 60 s by the server, then applied: the lookups (0–7 s after the
    // 5 s timeout) find nothing, the resend creates a run, and then the
    // first request creates another. Both carry the same token, so the
    // caller can find them.
    let server = server().await;
    let client = client(&server);
    server.inject(1, Fault::delay(Duration::from_secs(60)).on("createRun"));
    let run_id = create(&client).await.unwrap();
    tokio::time::sleep(Duration::from_secs(60)).await;
    assert_eq!(server.run_count(), 2);
    let tokens = sent_tokens(&server);
    assert_eq!(tokens[0], tokens[1]);
    let found = client
        .find_run_by_client_token(tokens[0].as_deref().unwrap())
        .await
        .unwrap()
        .unwrap();
    assert!(server_run_ids(&server).contains(&found.run_id));
    assert!(server_run_ids(&server).contains(&run_id));
}

#[tokio::test(start_paused = true)]
async fn children_that_inherited_the_token_are_not_taken_for_the_created_run() {
    // Runs start at once and spawn three children, which inherit the token.
    let server = FakeOzServer::builder()
        .historical_runs(0)
        .pace(Pace::elapsed(Duration::ZERO, Duration::from_secs(600)))
        .spawn_children(3)
        .start()
        .await;
    let client = client(&server);
    server.inject(1, Fault::status(502).after_apply().on("createRun"));
    let run_id = create(&client).await.unwrap();
    assert_eq!(server.run_count(), 4, "the run and its three children");
    assert_eq!(server.operation_count("createRun"), 1);
    let token = sent_tokens(&server)[0].clone().unwrap();
    let runs = server.runs();
    let tagged: Vec<&Value> = runs
        .iter()
        .filter(|r| r["metadata"][CLIENT_TOKEN_KEY] == json!(token))
        .collect();
    assert_eq!(tagged.len(), 4, "the children carry the token too");
    let root: Vec<&&Value> = tagged
        .iter()
        .filter(|r| r.get("parent_run_id").is_none())
        .collect();
    assert_eq!(root.len(), 1);
    assert_eq!(root[0]["run_id"], json!(run_id), "the parent, not a child");
    let found = client
        .find_run_by_client_token(&token)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(found.run_id, run_id);
}

#[tokio::test]
async fn a_child_listed_before_its_parent_is_skipped() {
    // A scripted API: the POST fails with 502, the lookup lists a child
    // (which inherited the token) before the run itself.
    let item = |id: &str, parent: Option<&str>| {
        let mut run = json!({
            "run_id": id, "task_id": id, "title": "t", "state": "INPROGRESS", "prompt": "p",
            "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z",
            "metadata": { CLIENT_TOKEN_KEY: "tok-1" },
        });
        if let Some(parent) = parent {
            run["parent_run_id"] = json!(parent);
        }
        // The spec's other required members generated.
        oz_agent_api_fake::examples::Generator::from_vendored_spec()
            .expect("the client's spec")
            .fit_response("getRun", run)
    };
    let server = ScriptedServer::start(vec![
        Reply::status(502),
        Reply::json(
            200,
            oz_agent_api_fake::examples::Generator::from_vendored_spec()
                .expect("the client's spec")
                .fit_response(
                    "listRuns",
                    json!({
                        "runs": [item("child", Some("run-1")), item("run-1", None)],
                        "page_info": { "has_next_page": false },
                    }),
                ),
        ),
    ])
    .await;
    let client = Client::builder()
        .api_key("wk-test")
        .base_url(server.url())
        .build()
        .unwrap();
    let metadata = RunMetadata::from(HashMap::from([(
        CLIENT_TOKEN_KEY.to_owned(),
        "tok-1".to_owned(),
    )]));
    let created = client
        .create_run()
        .body_map(|b| b.prompt("p").metadata(metadata))
        .send()
        .await
        .unwrap();
    assert_eq!(created.run_id, "run-1");
    assert_eq!(created.state, RunState::Inprogress);
    let received = server.received();
    assert_eq!(received.len(), 2, "one POST, one lookup");
    assert!(
        received[1]
            .target
            .contains(&format!("metadata%5B{CLIENT_TOKEN_KEY}%5D=tok-1")),
        "{}",
        received[1].target
    );
}

#[tokio::test(start_paused = true)]
async fn twenty_metadata_entries_leave_no_room_for_a_token_and_creation_is_at_most_once() {
    let server = server().await;
    let client = client(&server);
    let full: HashMap<String, String> = (0..20).map(|i| (format!("k{i}"), "v".into())).collect();
    server.inject(1, Fault::status(502).after_apply().on("createRun"));
    let err = client
        .create_run()
        .body_map(|b| b.prompt("Full").metadata(RunMetadata::from(full)))
        .send()
        .await
        .unwrap_err();
    let unknown = err.creation_unknown().expect("CreationUnknown");
    assert_eq!(unknown.reason(), CreationUnknownReason::MetadataFull);
    assert_eq!(unknown.token(), None);
    assert_eq!(unknown.error().status().map(|s| s.as_u16()), Some(502));
    let text = err.to_string();
    assert!(text.contains("all 20 metadata entries"), "{text}");
    assert!(!text.contains('\n'));
    assert_eq!(server.run_count(), 1, "created, and not sent again");
    assert_eq!(server.operation_count("createRun"), 1);
    assert_eq!(server.operation_count("listRuns"), 0);
    let sent = server.requests()[0].json().unwrap();
    assert_eq!(sent["metadata"].as_object().unwrap().len(), 20);
}

#[tokio::test(start_paused = true)]
async fn without_the_metadata_filter_creation_falls_back_to_at_most_once_and_says_so() {
    let server = FakeOzServer::builder()
        .historical_runs(0)
        .metadata_filter(false)
        .start()
        .await;
    let client = client(&server);
    server.inject(1, Fault::status(504).after_apply().on("createRun"));
    let err = create(&client).await.unwrap_err();
    let unknown = err.creation_unknown().expect("CreationUnknown");
    assert_eq!(unknown.reason(), CreationUnknownReason::FilterNotAvailable);
    assert!(unknown.token().is_some());
    assert_eq!(
        unknown
            .lookup_error()
            .and_then(|e| e.status())
            .map(|s| s.as_u16()),
        Some(403)
    );
    assert!(err.to_string().contains("feature_not_available"), "{err}");
    assert_eq!(server.run_count(), 1);
    assert_eq!(server.operation_count("createRun"), 1);
    assert_eq!(server.operation_count("listRuns"), 1, "one lookup, no more");
}

#[tokio::test(start_paused = true)]
async fn a_failing_lookup_gives_the_typed_unknown_error_with_the_token_to_look_up_later() {
    let server = server().await;
    let client = client(&server);
    server.inject(1, Fault::status(502).after_apply().on("createRun"));
    server.inject(100, Fault::status(500).on("listRuns"));
    let err = create(&client).await.unwrap_err();
    let Error::CreationUnknown(unknown) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(unknown.reason(), CreationUnknownReason::LookupFailed);
    assert_eq!(unknown.attempts(), 1);
    let token = unknown.token().unwrap().to_owned();
    assert_eq!(sent_tokens(&server), [Some(token.clone())]);
    assert!(err.to_string().contains(&token), "{err}");
    assert_eq!(server.run_count(), 1, "it was created");
    assert_eq!(server.operation_count("createRun"), 1, "never sent again");
    assert_eq!(
        server.operation_count("listRuns"),
        12,
        "4 lookups, each tried 3 times"
    );
    // Later, with the server well again, the token finds it.
    server.clear_faults();
    let found = client
        .find_run_by_client_token(&token)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(server_run_ids(&server), [found.run_id]);
}

#[tokio::test(start_paused = true)]
async fn a_caller_supplied_token_is_sent_as_given_and_finds_the_run() {
    let server = server().await;
    let client = client(&server);
    server.inject(1, Fault::status(504).after_apply().on("createRun"));
    let metadata = RunMetadata::from(HashMap::from([
        (CLIENT_TOKEN_KEY.to_owned(), "order-4711".to_owned()),
        ("ticket".to_owned(), "VIS-9".to_owned()),
    ]));
    let created = client
        .create_run()
        .body_map(|b| b.prompt("Mine").metadata(metadata))
        .send()
        .await
        .unwrap();
    assert_eq!(sent_tokens(&server), [Some("order-4711".to_owned())]);
    assert_eq!(
        server_run_ids(&server),
        std::slice::from_ref(&created.run_id)
    );
    let run = server.run(&created.run_id).unwrap();
    assert_eq!(
        run["metadata"],
        json!({ CLIENT_TOKEN_KEY: "order-4711", "ticket": "VIS-9" })
    );
    let found = client
        .find_run_by_client_token("order-4711")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(found.run_id, created.run_id);
}

#[tokio::test(start_paused = true)]
async fn with_no_retry_left_an_absent_run_is_reported_as_unknown_not_sent_again() {
    let server = server().await;
    let client = client_with(&server, RetryPolicy::none());
    server.inject(1, Fault::status(500).on("createRun"));
    let err = create(&client).await.unwrap_err();
    let unknown = err.creation_unknown().expect("CreationUnknown");
    assert_eq!(unknown.reason(), CreationUnknownReason::RetriesExhausted);
    assert_eq!(server.run_count(), 0);
    assert_eq!(server.operation_count("createRun"), 1);
    assert_eq!(server.operation_count("listRuns"), 4);
}

#[tokio::test(start_paused = true)]
async fn the_opt_out_sends_the_body_as_built_and_returns_the_ambiguous_error() {
    let server = server().await;
    let client = client_with(&server, RetryPolicy::default().exactly_once_creation(false));
    server.inject(1, Fault::status(502).after_apply().on("createRun"));
    let err = create(&client).await.unwrap_err();
    assert!(matches!(err, Error::Api(_)), "{err:?}");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(502));
    assert_eq!(sent_tokens(&server), [None], "no token");
    assert_eq!(server.run_count(), 1, "at most once");
    assert_eq!(server.operation_count("listRuns"), 0);
}

#[tokio::test(start_paused = true)]
async fn failures_that_prove_nothing_was_created_are_returned_without_a_lookup() {
    let server = server().await;
    let client = client(&server);
    let err = client
        .create_run()
        .body_map(|b| {
            b.prompt("x").config(
                oz_agent_api::types::AmbientAgentConfig::builder().model_id("no-such-model"),
            )
        })
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(400), "{err}");
    assert_eq!(server.operation_count("listRuns"), 0);
    assert_eq!(server.run_count(), 0);
}

#[tokio::test(start_paused = true)]
async fn create_run_and_wait_follows_the_run_found_after_an_ambiguous_failure() {
    let server = FakeOzServer::builder()
        .historical_runs(0)
        .pace(Pace::elapsed(
            Duration::from_secs(2),
            Duration::from_secs(5),
        ))
        .start()
        .await;
    let client = client(&server);
    server.inject(1, Fault::reset().after_apply().on("createRun"));
    let request = oz_agent_api::types::RunAgentRequest::builder()
        .prompt("Wait for me")
        .try_into()
        .unwrap();
    let run = client
        .create_run_and_wait(request, &oz_agent_api::WaitOptions::default())
        .await
        .unwrap();
    assert_eq!(run.state, RunState::Succeeded);
    assert_eq!(server_run_ids(&server), [run.run_id]);
}

#[tokio::test(start_paused = true)]
async fn the_lookup_acts_for_the_team_the_post_acted_for() {
    let server = server().await;
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap();
    // A client-wide team, and a call that acts for another one.
    let client = Client::builder()
        .api_key(server.api_key())
        .base_url(server.base_url())
        .http_client(http)
        .team_uid("team-of-the-client")
        .build()
        .unwrap();
    server.inject(1, Fault::status(502).after_apply().on("createRun"));
    let created = client
        .create_run()
        .x_warp_team_uid("team-of-the-call")
        .body_map(|b| b.prompt("For another team"))
        .send()
        .await
        .unwrap();
    assert_eq!(server.run_count(), 1);
    assert_eq!(server_run_ids(&server), vec![created.run_id.clone()]);
    let teams = |operation: &str| -> Vec<Option<String>> {
        server
            .requests()
            .iter()
            .filter(|r| r.operation.as_deref() == Some(operation))
            .map(|r| r.team_uid.clone())
            .collect()
    };
    assert_eq!(teams("createRun"), vec![Some("team-of-the-call".into())]);
    let lookups = teams("listRuns");
    assert!(!lookups.is_empty(), "looked up");
    assert!(
        lookups
            .iter()
            .all(|t| t.as_deref() == Some("team-of-the-call")),
        "every lookup acts for the POST's team: {lookups:?}"
    );
    // Outside the lookup the client's own default applies again.
    client.list_runs().send().await.unwrap();
    assert_eq!(
        teams("listRuns").last().cloned().flatten().as_deref(),
        Some("team-of-the-client")
    );
}
