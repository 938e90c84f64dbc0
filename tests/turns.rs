//! Interrupts and conversation-keyed follow-ups, each waited for without
//! taking the state from before for the answer: against a loopback server
//! that serves the stale state first, and against the fake server, which
//! applies interrupts (the run turns BLOCKED) and follow-ups. On tokio's
//! paused clock.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::time::Duration;

use httpmock::{HttpMockRequest, HttpMockResponse, Method, MockServer};
use oz_agent_api::prelude::*;
use oz_agent_api::types::{RunAgentRequest, RunFollowupRequest, RunState};
use oz_agent_api::{Client, Error, RetryPolicy, WaitOptions, WaitTimeoutReason};
use oz_agent_api_fake::{FakeOzServer, Pace};
use serde_json::{json, Value};

const KEY: &str = "wk-test-turns";
const CONVERSATION: &str = "3f2c9a4e-8d7b-4c1a-9e5f-0a1b2c3d4e5f";
const T0: &str = "2026-01-01T10:00:00Z";
const T1: &str = "2026-01-01T10:00:05Z";
const T2: &str = "2026-01-01T10:00:09Z";
const T3: &str = "2026-01-01T10:01:00Z";

/// `value` fitted to the documented success body of `operation` (the
/// members the test writes kept, the spec's other required ones generated).
fn fit(operation: &str, value: Value) -> Value {
    oz_agent_api_fake::examples::Generator::from_vendored_spec()
        .expect("the client's spec")
        .fit_response(operation, value)
}

/// A run with the members the wait reads.
fn run(state: &str, updated_at: &str) -> Value {
    fit(
        "getRun",
        json!({ "run_id": "r1", "state": state, "updated_at": updated_at }),
    )
}

fn reply(status: u16, body: Value) -> HttpMockResponse {
    HttpMockResponse::builder()
        .status(status)
        .header("content-type", "application/json")
        .body(body.to_string())
        .build()
}

/// Answers with the replies in order, repeating the last one forever.
fn script(replies: Vec<HttpMockResponse>) -> impl Fn(&HttpMockRequest) -> HttpMockResponse {
    let queue = Mutex::new(VecDeque::from(replies));
    move |_| {
        let mut queue = queue.lock().unwrap();
        if queue.len() > 1 {
            queue.pop_front().unwrap()
        } else {
            queue.front().cloned().expect("a non-empty script")
        }
    }
}

/// A client that arms no timer while a request is in flight, so the paused
/// clock moves only as the wait schedules it.
fn client(server: &MockServer) -> Client {
    Client::builder()
        .api_key(KEY)
        .base_url(server.base_url())
        .http_client(
            reqwest::Client::builder()
                .no_proxy()
                .pool_idle_timeout(None)
                .build()
                .unwrap(),
        )
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap()
}

fn exact() -> WaitOptions {
    WaitOptions::default().with_jitter(false)
}

async fn polls(server: &MockServer, states: Vec<Value>) -> httpmock::Mock<'_> {
    let replies = states.into_iter().map(|s| reply(200, s)).collect();
    server
        .mock_async(|when, then| {
            when.method(Method::GET)
                .path("/agent/runs/r1")
                .header("authorization", format!("Bearer {KEY}"));
            then.respond_with(script(replies));
        })
        .await
}

async fn accepts<'a>(server: &'a MockServer, path: &str, body: Value) -> httpmock::Mock<'a> {
    let path = path.to_owned();
    let status = if path.ends_with("/interrupt") {
        202
    } else {
        200
    };
    server
        .mock_async(|when, then| {
            when.method(Method::POST)
                .path(path)
                .header("authorization", format!("Bearer {KEY}"));
            then.status(status)
                .header("content-type", "application/json")
                .body(body.to_string());
        })
        .await
}

fn followup() -> RunFollowupRequest {
    RunFollowupRequest::builder()
        .message("Now update the changelog")
        .try_into()
        .unwrap()
}

#[tokio::test(start_paused = true)]
async fn interrupt_wait_ignores_the_turn_still_running_and_returns_the_run_waiting_for_input() {
    let server = MockServer::start_async().await;
    let get = polls(
        &server,
        vec![
            // Before the interrupt.
            run("INPROGRESS", T0),
            // Accepted, not yet applied: the turn still shows.
            run("INPROGRESS", T0),
            run("INPROGRESS", T1),
            // Applied: the run waits for input.
            run("BLOCKED", T2),
        ],
    )
    .await;
    let post = accepts(&server, "/agent/runs/r1/interrupt", json!({})).await;
    // Waiting through BLOCKED is asked for, but an interrupt's turn ends there.
    let options = exact().with_keep_waiting_when_blocked(true);
    let run = client(&server)
        .interrupt_run_and_wait("r1", &options)
        .await
        .unwrap();
    assert_eq!(run.state, RunState::Blocked);
    assert_eq!(post.calls_async().await, 1);
    assert_eq!(get.calls_async().await, 4);
}

#[tokio::test(start_paused = true)]
async fn interrupt_wait_on_a_settled_run_does_not_return_its_stale_state() {
    let server = MockServer::start_async().await;
    let get = polls(
        &server,
        vec![
            run("BLOCKED", T0),
            // The state from before, within the stale window, even with a
            // touched updated_at: not the answer.
            run("BLOCKED", T0),
            run("BLOCKED", T1),
            run("INPROGRESS", T2),
            run("BLOCKED", T3),
        ],
    )
    .await;
    accepts(&server, "/agent/runs/r1/interrupt", json!({})).await;
    let run = client(&server)
        .interrupt_run_and_wait("r1", &exact())
        .await
        .unwrap();
    assert_eq!(run.state, RunState::Blocked);
    assert_eq!(run.updated_at.to_rfc3339(), "2026-01-01T10:01:00+00:00");
    assert_eq!(get.calls_async().await, 5);
}

#[tokio::test(start_paused = true)]
async fn interrupt_wait_reports_an_interrupt_the_run_never_shows() {
    let server = MockServer::start_async().await;
    polls(&server, vec![run("SUCCEEDED", T0)]).await;
    accepts(&server, "/agent/runs/r1/interrupt", json!({})).await;
    let options = FollowupOptions::new(exact()).with_stale_state_window(Duration::from_secs(20));
    let error = client(&server)
        .interrupt_run_and_wait("r1", &options)
        .await
        .unwrap_err();
    let Error::WaitTimeout(timeout) = &error else {
        panic!("{error:?}");
    };
    assert_eq!(timeout.reason(), WaitTimeoutReason::InterruptNotObserved);
    assert_eq!(timeout.last_run().unwrap().state, RunState::Succeeded);
    assert!(
        error.to_string().contains("the interrupt was not observed"),
        "{error}"
    );
}

#[tokio::test(start_paused = true)]
async fn conversation_followup_wait_takes_the_first_state_seen_as_stale() {
    let server = MockServer::start_async().await;
    let get = polls(
        &server,
        vec![
            // The first poll after the follow-up: the previous outcome.
            run("SUCCEEDED", T0),
            run("SUCCEEDED", T1),
            run("QUEUED", T2),
            run("INPROGRESS", T2),
            run("FAILED", T3),
        ],
    )
    .await;
    let path = format!("/agent/conversations/{CONVERSATION}/followups");
    let post = server
        .mock_async(|when, then| {
            when.method(Method::POST)
                .path(path)
                .json_body(json!({"message": "Now update the changelog"}));
            then.status(200)
                .header("content-type", "application/json")
                .body(
                    fit(
                        "submitConversationFollowup",
                        json!({"run_id": "r1", "outcome": "handoff_execution"}),
                    )
                    .to_string(),
                );
        })
        .await;
    let run = client(&server)
        .submit_conversation_followup_and_wait(CONVERSATION, followup(), &exact())
        .await
        .unwrap();
    assert_eq!(run.state, RunState::Failed);
    assert_eq!(post.calls_async().await, 1);
    assert_eq!(get.calls_async().await, 5);
}

#[tokio::test(start_paused = true)]
async fn conversation_interrupt_waits_for_the_run_the_answer_names() {
    let server = MockServer::start_async().await;
    let get = polls(
        &server,
        vec![
            run("INPROGRESS", T0),
            run("INPROGRESS", T1),
            run("BLOCKED", T2),
        ],
    )
    .await;
    let post = accepts(
        &server,
        &format!("/agent/conversations/{CONVERSATION}/interrupt"),
        json!({"run_id": "r1"}),
    )
    .await;
    let run = client(&server)
        .interrupt_conversation_and_wait(CONVERSATION, &exact())
        .await
        .unwrap();
    assert_eq!(run.state, RunState::Blocked);
    assert_eq!(post.calls_async().await, 1);
    assert_eq!(get.calls_async().await, 3);
}

#[tokio::test(start_paused = true)]
async fn a_conversation_id_that_is_not_a_uuid_sends_nothing() {
    let server = MockServer::start_async().await;
    let any = server
        .mock_async(|_, then| {
            then.status(500);
        })
        .await;
    let client = client(&server);
    let error = client
        .interrupt_conversation_and_wait("not-a-uuid", &exact())
        .await
        .unwrap_err();
    assert!(matches!(error, Error::InvalidRequest(_)), "{error:?}");
    let error = client
        .submit_conversation_followup_and_wait("not-a-uuid", followup(), &exact())
        .await
        .unwrap_err();
    assert!(matches!(error, Error::InvalidRequest(_)), "{error:?}");
    assert_eq!(any.calls_async().await, 0);
}

#[tokio::test(start_paused = true)]
async fn a_rejected_interrupt_ends_the_wait_with_the_servers_reason() {
    let server = MockServer::start_async().await;
    let get = polls(&server, vec![run("QUEUED", T0)]).await;
    server
        .mock_async(|when, then| {
            when.method(Method::POST).path("/agent/runs/r1/interrupt");
            then.status(409)
                .header("content-type", "application/json")
                .body(
                    json!({"title": "Conflict", "detail": "no_live_session", "status": 409})
                        .to_string(),
                );
        })
        .await;
    let error = client(&server)
        .interrupt_run_and_wait("r1", &exact())
        .await
        .unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(409), "{error:?}");
    assert_eq!(get.calls_async().await, 1, "only the read before");
}

/// A run on the fake server, polled until it is INPROGRESS.
async fn running_run(client: &Client) -> String {
    let request: RunAgentRequest = RunAgentRequest::builder()
        .prompt("Refactor the billing module")
        .try_into()
        .unwrap();
    let created = client.create_run().body(request).send().await.unwrap();
    loop {
        let run = client
            .get_run()
            .run_id(&created.run_id)
            .send()
            .await
            .unwrap();
        if run.state == RunState::Inprogress {
            return created.run_id.clone();
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

#[tokio::test(start_paused = true)]
async fn the_fake_applies_an_interrupt_and_a_followup_resumes_the_run() {
    let server = FakeOzServer::builder()
        // The interrupt and the follow-up land 20 s after they are sent.
        .pace(Pace::Elapsed {
            queued: Duration::from_secs(2),
            in_progress: Duration::from_secs(600),
            followup_stale: Duration::from_secs(20),
        })
        .start()
        .await;
    let client = server.client();
    let run_id = running_run(&client).await;
    let polled = server.operation_count("getRun");
    let interrupted = client
        .interrupt_run_and_wait(&run_id, &exact())
        .await
        .unwrap();
    assert_eq!(interrupted.state, RunState::Blocked);
    assert_eq!(server.operation_count("interruptRun"), 1);
    // The read before, the polls at 0, 3, 7.5 and 14.25 s that still showed
    // INPROGRESS, and the one at 24.25 s that saw the interrupt landed.
    assert_eq!(server.operation_count("getRun"), polled + 6);

    // The run waits for input; a follow-up by its conversation resumes it.
    let conversation = interrupted.conversation_id.clone().unwrap();
    let resumed = client
        .submit_conversation_followup_and_wait(&conversation, followup(), &exact())
        .await
        .unwrap();
    assert_eq!(resumed.run_id, run_id);
    assert_eq!(resumed.state, RunState::Succeeded);
    let answered = server
        .requests()
        .into_iter()
        .filter(|r| r.operation.as_deref() == Some("submitConversationFollowup"))
        .count();
    assert_eq!(answered, 1);

    // Settled runs have no turn to interrupt: 409, the reason the spec names.
    let error = client
        .interrupt_conversation()
        .conversation_id(conversation.as_str())
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(409));
    assert!(error.to_string().contains("session_ended"), "{error}");
}
