//! Exactly-once run creation, counted on the server: the creation matrix
//! (every ambiguous failure after the run was created gives `Ok(run)` and
//! one run; every failure before it gives one run after the retry), children
//! that inherited the token, a full metadata map, a server without the
//! metadata filter, a failing lookup, a caller's own token, the opt-out; and
//! scripted servers the fake does not play: a listing that ignores the
//! filter, is cut short or behind, a redirect whose target fails, a
//! descendant listed without its parent, success answers that cannot be
//! read.
//!
//! Needs spec G (run metadata and the `metadata[…]` filter):
//! `OZ_AGENT_API_SPEC=openapi/history/G-docs-0041a6c.yaml`.

#[path = "common/scripted.rs"]
mod scripted;

use std::collections::HashMap;
use std::time::Duration;

use oz_agent_api::exactly_once::{CreationUnknownReason, CLIENT_TOKEN_KEY};
use oz_agent_api::prelude::*;
use oz_agent_api::types::{RunMetadata, RunState};
use oz_agent_api::ExactlyOnceOptions;
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
    client_with_options(server, policy, ExactlyOnceOptions::default())
}

fn client_with_options(
    server: &FakeOzServer,
    policy: RetryPolicy,
    exactly_once: ExactlyOnceOptions,
) -> Client {
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
                .with_initial_backoff(Duration::from_millis(10))
                .with_max_backoff(Duration::from_millis(20)),
        )
        .exactly_once(exactly_once)
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
    // 409 as Warp sends it: `retryable: true` in the problem body.
    for status in [429, 503, 409] {
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
        // The token is the caller's: checked unused first.
        Reply::json(
            200,
            json!({"runs": [], "page_info": {"has_next_page": false}}),
        ),
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
    assert_eq!(received.len(), 3, "the check, one POST, one lookup");
    assert_eq!(received[1].method, "POST");
    for listing in [&received[0], &received[2]] {
        assert!(
            listing
                .target
                .contains(&format!("metadata%5B{CLIENT_TOKEN_KEY}%5D=tok-1")),
            "{}",
            listing.target
        );
    }
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
    let client = client_with_options(
        &server,
        RetryPolicy::default(),
        ExactlyOnceOptions::disabled(),
    );
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

// ---------------------------------------------------------------------------
// Resend only on proof of absence: servers the fake does not play, scripted.
// Each counts on the server the POSTs it received and the runs it made.

use std::sync::{Arc, Mutex};

/// A run as a listing shows it.
fn listed_run(id: &str, token: Option<&str>, parent: Option<&str>) -> Value {
    // The members the spec requires that this test is not about are
    // generated from the spec, so the next spec's required members fit too.
    let mut run = oz_agent_api_fake::examples::Generator::from_vendored_spec()
        .expect("the client's spec")
        .fit_response(
            "getRun",
            json!({
                "run_id": id, "state": "QUEUED",
                "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z",
            }),
        );
    if let Some(token) = token {
        run["metadata"] = json!({ CLIENT_TOKEN_KEY: token });
    }
    if let Some(parent) = parent {
        run["parent_run_id"] = json!(parent);
    }
    run
}

/// A listing page of `runs`, with a next cursor when given.
fn page_of(runs: &[Value], cursor: Option<String>) -> Reply {
    Reply::json(
        200,
        json!({
            "runs": runs,
            "page_info": { "has_next_page": cursor.is_some(), "next_cursor": cursor },
        }),
    )
}

/// What a scripted Oz holds: the runs it made, and every run it lists.
#[derive(Default)]
struct Oz {
    /// Runs made by POSTs it applied.
    made: Vec<Value>,
    /// Runs listed before those (a team's history, oldest first).
    history: Vec<Value>,
}

impl Oz {
    /// Applies a `POST /agent/runs`: a new run `r-made`, `r-made-2`, … with
    /// the body's metadata and parent.
    fn apply(&mut self, body: &Value) -> Value {
        let id = match self.made.len() {
            0 => "r-made".to_owned(),
            n => format!("r-made-{}", n + 1),
        };
        let mut run = listed_run(&id, None, body["parent_run_id"].as_str());
        run["metadata"] = body["metadata"].clone();
        self.made.push(run.clone());
        run
    }

    /// The runs a filtered listing for `token` shows.
    fn carrying(&self, token: &str) -> Vec<Value> {
        self.history
            .iter()
            .chain(&self.made)
            .filter(|r| r["metadata"][CLIENT_TOKEN_KEY] == json!(token))
            .cloned()
            .collect()
    }

    /// Every run, oldest first, `per_page` at a time from `cursor`.
    fn everything(&self, cursor: Option<String>, per_page: usize) -> Reply {
        let all: Vec<Value> = self.history.iter().chain(&self.made).cloned().collect();
        let from: usize = cursor.and_then(|c| c.parse().ok()).unwrap_or(0);
        let to = (from + per_page).min(all.len());
        let next = (to < all.len()).then(|| to.to_string());
        page_of(&all[from..to], next)
    }
}

/// A client of a scripted Oz at `base` (paths under `/api/v1`).
fn scripted_client(server: &ScriptedServer, policy: RetryPolicy) -> Client {
    Client::builder()
        .api_key("wk-test")
        .base_url(format!("{}/api/v1", server.url()))
        .retry_policy(
            policy
                .with_initial_backoff(Duration::from_millis(10))
                .with_max_backoff(Duration::from_millis(20)),
        )
        .build()
        .unwrap()
}

/// Why `result` is `CreationUnknown` (panics naming `case` if it is not).
fn unknown_reason(result: Result<String, Error>, case: &str) -> CreationUnknownReason {
    let err = result.expect_err(case);
    err.creation_unknown()
        .unwrap_or_else(|| panic!("{case}: {err:?}"))
        .reason()
}

fn posts(server: &ScriptedServer) -> usize {
    server
        .received()
        .iter()
        .filter(|r| r.method == "POST")
        .count()
}

fn listings(server: &ScriptedServer) -> usize {
    server
        .received()
        .iter()
        .filter(|r| r.method == "GET" && r.path() == "/api/v1/agent/runs")
        .count()
}

/// The token the first POST carried.
fn posted_token(server: &ScriptedServer) -> String {
    let post = server
        .received()
        .into_iter()
        .find(|r| r.method == "POST")
        .unwrap();
    post.json().unwrap()["metadata"][CLIENT_TOKEN_KEY]
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test(start_paused = true)]
async fn a_listing_that_ignores_the_token_filter_proves_nothing_and_the_post_is_not_sent_again() {
    // A server from before the filter lists the whole team oldest first:
    // 800 old runs, the new run (if made) on page 9 of 100.
    for applied in [true, false] {
        let oz = Arc::new(Mutex::new(Oz {
            history: (0..800)
                .map(|i| listed_run(&format!("old-{i}"), None, None))
                .collect(),
            ..Oz::default()
        }));
        let state = oz.clone();
        let server = ScriptedServer::handle(move |request, _| {
            let mut oz = state.lock().unwrap();
            match (request.method.as_str(), request.path()) {
                ("POST", _) => {
                    if applied {
                        oz.apply(&request.json().unwrap());
                    }
                    Reply::status(502)
                }
                _ => oz.everything(request.query("cursor"), 100),
            }
        })
        .await;
        let client = scripted_client(&server, RetryPolicy::default());
        let err = client
            .create_run()
            .body_map(|b| b.prompt("p"))
            .send()
            .await
            .unwrap_err();
        let unknown = err.creation_unknown().unwrap_or_else(|| panic!("{err:?}"));
        assert_eq!(
            unknown.reason(),
            CreationUnknownReason::FilterIgnored,
            "{err}"
        );
        assert_eq!(unknown.token(), Some(posted_token(&server).as_str()));
        assert!(
            err.to_string().contains("ignores the metadata filter"),
            "{err}"
        );
        assert_eq!(posts(&server), 1, "applied: {applied}: never sent again");
        assert_eq!(
            oz.lock().unwrap().made.len(),
            usize::from(applied),
            "runs made"
        );
        assert_eq!(
            listings(&server),
            1,
            "the first page shows the filter is ignored; no more is read"
        );
    }
}

#[tokio::test(start_paused = true)]
async fn a_listing_cut_short_or_behind_the_request_proves_nothing() {
    // The run is made and the POST answered 500. The filtered listing then
    // never ends (empty pages, each with a cursor), or its `as_of` is five
    // minutes before the server's `Date`: neither shows the run, neither
    // proves it absent.
    let cases: [(&str, CreationUnknownReason); 2] = [
        ("endless", CreationUnknownReason::LookupIncomplete),
        ("behind", CreationUnknownReason::ListingBehind),
    ];
    for (case, reason) in cases {
        let oz = Arc::new(Mutex::new(Oz::default()));
        let state = oz.clone();
        let server = ScriptedServer::handle(move |request, index| match request.method.as_str() {
            "POST" => {
                state.lock().unwrap().apply(&request.json().unwrap());
                Reply::status(500)
            }
            _ if case == "endless" => page_of(&[], Some(format!("c-{index}"))),
            _ => Reply::json(
                200,
                json!({
                    "runs": [], "page_info": { "has_next_page": false },
                    "as_of": "2026-01-01T09:55:00Z",
                }),
            )
            .header("date", "Thu, 01 Jan 2026 10:00:00 GMT"),
        })
        .await;
        let client = scripted_client(&server, RetryPolicy::default());
        let err = create(&client).await.unwrap_err();
        let unknown = err.creation_unknown().unwrap_or_else(|| panic!("{err:?}"));
        assert_eq!(unknown.reason(), reason, "{case}: {err}");
        assert_eq!(posts(&server), 1, "{case}: never sent again");
        assert_eq!(oz.lock().unwrap().made.len(), 1, "{case}: one run");
    }
    // A listing as current as the server's clock proves the run absent (the
    // 500 came before it was made): sent again.
    let server = ScriptedServer::handle(|request, _| match request.method.as_str() {
        "POST" => Reply::status(500),
        _ => Reply::json(
            200,
            json!({
                "runs": [], "page_info": { "has_next_page": false },
                "as_of": "2026-01-01T10:00:00Z",
            }),
        )
        .header("date", "Thu, 01 Jan 2026 10:00:00 GMT"),
    })
    .await;
    let client = scripted_client(&server, RetryPolicy::default().with_max_retries(1));
    let err = create(&client).await.unwrap_err();
    let unknown = err.creation_unknown().unwrap_or_else(|| panic!("{err:?}"));
    assert_eq!(unknown.reason(), CreationUnknownReason::RetriesExhausted);
    assert_eq!(posts(&server), 2, "proven absent: sent again once");
}

#[tokio::test(start_paused = true)]
async fn a_post_answered_with_a_redirect_is_looked_up_never_sent_again() {
    // `POST /agent/runs` answers 303 to the new run, whose target then
    // fails: 429, 401 (another origin, where the key is rightly not sent),
    // 404 (a lagging replica). The run is found by its token.
    let elsewhere = ScriptedServer::start(vec![Reply::status(401)]).await;
    let elsewhere_url = elsewhere.url();
    for (target_status, listed) in [(429, true), (401, true), (404, true), (429, false)] {
        let oz = Arc::new(Mutex::new(Oz::default()));
        let state = oz.clone();
        let other = elsewhere_url.clone();
        let server = ScriptedServer::handle(move |request, _| {
            let mut oz = state.lock().unwrap();
            match (request.method.as_str(), request.path()) {
                ("POST", _) => {
                    let run = oz.apply(&request.json().unwrap());
                    let location = if target_status == 401 {
                        format!("{other}/runs/{}", run["run_id"].as_str().unwrap())
                    } else {
                        format!("/api/v1/agent/runs/{}", run["run_id"].as_str().unwrap())
                    };
                    Reply::status(303).header("location", &location)
                }
                ("GET", "/api/v1/agent/runs") => {
                    let token = request
                        .query(&format!("metadata[{CLIENT_TOKEN_KEY}]"))
                        .unwrap();
                    page_of(&if listed { oz.carrying(&token) } else { vec![] }, None)
                }
                _ => Reply::status(target_status),
            }
        })
        .await;
        let client = scripted_client(&server, RetryPolicy::default());
        let result = create(&client).await;
        let case = format!("303 then {target_status}, run listed: {listed}");
        if listed {
            assert_eq!(result.unwrap(), "r-made", "{case}");
        } else {
            let reason = unknown_reason(result, &case);
            assert_eq!(reason, CreationUnknownReason::ServerActed, "{case}");
        }
        assert_eq!(posts(&server), 1, "{case}: never sent again");
        assert_eq!(oz.lock().unwrap().made.len(), 1, "{case}: one run");
    }
}

#[tokio::test(start_paused = true)]
async fn a_descendant_carrying_the_fresh_token_proves_the_run_exists() {
    // After a 502, the filtered listing shows only a child that inherited
    // the token (`parent_run_id: r-made`); the run itself is not listed
    // yet. It is fetched by id and returned; when it cannot be read, the
    // error says the run exists. Never sent again.
    for parent_readable in [true, false] {
        let oz = Arc::new(Mutex::new(Oz::default()));
        let state = oz.clone();
        let server = ScriptedServer::handle(move |request, _| {
            let mut oz = state.lock().unwrap();
            match (request.method.as_str(), request.path()) {
                ("POST", _) => {
                    oz.apply(&request.json().unwrap());
                    Reply::status(502)
                }
                ("GET", "/api/v1/agent/runs") => {
                    let token = request
                        .query(&format!("metadata[{CLIENT_TOKEN_KEY}]"))
                        .unwrap();
                    page_of(&[listed_run("r-child", Some(&token), Some("r-made"))], None)
                }
                ("GET", "/api/v1/agent/runs/r-made") if parent_readable => {
                    Reply::json(200, oz.made[0].clone())
                }
                _ => Reply::json(404, json!({"error": "not found"})),
            }
        })
        .await;
        let client = scripted_client(&server, RetryPolicy::default());
        let result = create(&client).await;
        if parent_readable {
            assert_eq!(result.unwrap(), "r-made");
        } else {
            let err = result.unwrap_err();
            let unknown = err.creation_unknown().unwrap_or_else(|| panic!("{err:?}"));
            assert_eq!(unknown.reason(), CreationUnknownReason::RunUnreadable);
            assert_eq!(
                unknown
                    .lookup_error()
                    .and_then(|e| e.status())
                    .map(|s| s.as_u16()),
                Some(404)
            );
        }
        assert_eq!(posts(&server), 1, "parent readable: {parent_readable}");
        assert_eq!(oz.lock().unwrap().made.len(), 1);
    }
}

#[tokio::test(start_paused = true)]
async fn a_success_answer_that_cannot_be_read_is_never_sent_again() {
    // The run is made, and the answer is a 200 whose body does not decode,
    // a 200 larger than `max_response_bytes`, or a 303 into a redirect
    // loop. With the listing lagging (it shows nothing), the outcome is
    // unknown but the run is not made twice; with the run listed, it is
    // returned.
    for case in ["undecodable", "too large", "redirect loop"] {
        for listed in [false, true] {
            let oz = Arc::new(Mutex::new(Oz::default()));
            let state = oz.clone();
            let server = ScriptedServer::handle(move |request, _| {
                let mut oz = state.lock().unwrap();
                match (request.method.as_str(), request.path()) {
                    ("POST", _) => {
                        oz.apply(&request.json().unwrap());
                        match case {
                            "undecodable" => Reply::json(200, json!({"run_id": 7})),
                            "too large" => Reply::json(
                                200,
                                json!({"run_id": "r-made", "state": "QUEUED",
                                       "padding": "x".repeat(4096)}),
                            ),
                            _ => Reply::status(303).header("location", "/api/v1/loop"),
                        }
                    }
                    ("GET", "/api/v1/loop") => {
                        Reply::status(302).header("location", "/api/v1/loop")
                    }
                    _ => {
                        let token = request
                            .query(&format!("metadata[{CLIENT_TOKEN_KEY}]"))
                            .unwrap();
                        page_of(&if listed { oz.carrying(&token) } else { vec![] }, None)
                    }
                }
            })
            .await;
            let client = Client::builder()
                .api_key("wk-test")
                .base_url(format!("{}/api/v1", server.url()))
                .max_response_bytes(1024)
                .retry_policy(
                    RetryPolicy::default().with_initial_backoff(Duration::from_millis(10)),
                )
                .build()
                .unwrap();
            let result = create(&client).await;
            let name = format!("{case}, listed: {listed}");
            if listed {
                assert_eq!(result.unwrap(), "r-made", "{name}");
            } else {
                let reason = unknown_reason(result, &name);
                assert_eq!(reason, CreationUnknownReason::ServerActed, "{name}");
            }
            assert_eq!(posts(&server), 1, "{name}: sent once");
            assert_eq!(oz.lock().unwrap().made.len(), 1, "{name}: one run");
        }
    }
}

#[tokio::test(start_paused = true)]
async fn find_run_by_client_token_finds_a_run_created_as_a_child() {
    // `create_run` with `parent_run_id` fails with CreationUnknown (the
    // POST answered 502 after the run was made, every lookup failed); once
    // the server is well, the token finds the child it made, not nothing.
    let server = server().await;
    let client = client(&server);
    let parent = create(&client).await.unwrap();
    server.inject(1, Fault::status(502).after_apply().on("createRun"));
    server.inject(100, Fault::status(500).on("listRuns"));
    let err = client
        .create_run()
        .body_map(|b| b.prompt("A child").parent_run_id(parent.clone()))
        .send()
        .await
        .unwrap_err();
    let unknown = err.creation_unknown().expect("CreationUnknown");
    assert_eq!(unknown.reason(), CreationUnknownReason::LookupFailed);
    let token = unknown.token().unwrap().to_owned();
    server.clear_faults();
    let found = client
        .find_run_by_client_token(&token)
        .await
        .unwrap()
        .expect("the child is found");
    assert_eq!(found.parent_run_id.as_deref(), Some(parent.as_str()));
    assert_eq!(server.run_count(), 2, "the parent and the child, once each");
    assert_eq!(server.operation_count("createRun"), 2);
    let child = server
        .runs()
        .into_iter()
        .find(|r| r["run_id"].as_str() != Some(parent.as_str()))
        .unwrap();
    assert_eq!(child["run_id"], json!(found.run_id));
    // The parent's own token finds the parent, not the child.
    let parent_token = server.run(&parent).unwrap()["metadata"][CLIENT_TOKEN_KEY]
        .as_str()
        .unwrap()
        .to_owned();
    let found = client
        .find_run_by_client_token(&parent_token)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(found.run_id, parent);
}

#[tokio::test(start_paused = true)]
async fn a_token_of_yesterdays_run_is_reported_not_returned_whether_or_not_a_fault_happens() {
    // Yesterday's run, made with the caller's token; today a new request
    // copies its metadata. The outcome is the same with and without a 500:
    // the earlier run is reported, nothing is sent, no run is made.
    for fault in [false, true] {
        let server = server().await;
        let client = client(&server);
        let metadata = RunMetadata::from(HashMap::from([
            (CLIENT_TOKEN_KEY.to_owned(), "nightly-2026-01-01".to_owned()),
            ("team".to_owned(), "infra".to_owned()),
        ]));
        let yesterday = client
            .create_run()
            .body_map(|b| b.prompt("Yesterday").metadata(metadata))
            .send()
            .await
            .unwrap();
        let copied = server.run(&yesterday.run_id).unwrap()["metadata"].clone();
        let copied: RunMetadata = serde_json::from_value(copied).unwrap();
        if fault {
            server.inject(1, Fault::status(500).on("createRun"));
        }
        let err = client
            .create_run()
            .body_map(|b| b.prompt("Today").metadata(copied))
            .send()
            .await
            .unwrap_err();
        let Error::TokenInUse(in_use) = &err else {
            panic!("fault {fault}: {err:?}")
        };
        assert_eq!(in_use.token(), "nightly-2026-01-01");
        assert_eq!(in_use.run_id(), yesterday.run_id);
        assert_eq!(
            in_use.run().map(|r| r.run_id.as_str()),
            Some(yesterday.run_id.as_str())
        );
        assert!(err.to_string().contains("nothing was sent"), "{err}");
        assert_eq!(server.run_count(), 1, "fault {fault}: yesterday's run only");
        assert_eq!(
            server.operation_count("createRun"),
            1,
            "fault {fault}: today's request is not sent"
        );
    }
}
