//! Factory dispatches: an ordinary run that waits, watches and fleets
//! follow; its task resolved once it exists and waited for by its current
//! run's state, never by its stage; the dispatch sent at most once. Against
//! the fake server and a loopback server, on tokio's paused clock.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::time::Duration;

use httpmock::{HttpMockRequest, HttpMockResponse, Method, MockServer};
use oz_agent_api::prelude::*;
use oz_agent_api::types::{FactoryRunRequest, FactoryTaskStage, RunState};
use oz_agent_api::{Client, Error, RetryPolicy, WaitOptions, WaitTimeoutReason};
use oz_agent_api_fake::{FakeOzServer, Fault};
use serde_json::{json, Value};

const KEY: &str = "wk-test-factory";
const FACTORY: &str = "f-1";

fn request(ticket_ref: &str) -> FactoryRunRequest {
    FactoryRunRequest::builder()
        .prompt("Fix the flaky checkout test")
        .ticket_ref(ticket_ref)
        .try_into()
        .unwrap()
}

fn exact() -> WaitOptions {
    WaitOptions::default().with_jitter(false)
}

#[tokio::test(start_paused = true)]
async fn a_factory_dispatch_is_followed_to_its_end_by_its_tasks_current_run() {
    let server = FakeOzServer::start().await;
    let client = server.client();
    let dispatched = client
        .create_factory_run()
        .uid(FACTORY)
        .body(request("linear:REMOTE-7"))
        .send()
        .await
        .unwrap();
    assert_eq!(dispatched.status().as_u16(), 201);
    assert_eq!(dispatched.state, RunState::Queued);
    let run_id = dispatched.run_id.clone();
    let sent = server
        .requests()
        .into_iter()
        .find(|r| r.operation.as_deref() == Some("createFactoryRun"))
        .unwrap();
    assert_eq!(sent.path, format!("/api/v1/factory/{FACTORY}/runs"));
    assert_eq!(
        sent.json().unwrap(),
        json!({"prompt": "Fix the flaky checkout test", "ticket_ref": "linear:REMOTE-7"})
    );

    // The task is created asynchronously: 404 until the run starts (1.5 s).
    let task = client
        .factory_task_for_run(FACTORY, &run_id, &exact())
        .await
        .unwrap();
    assert_eq!(
        server.operation_count("getFactoryTaskByRun"),
        2,
        "a 404, then the task"
    );
    assert_eq!(task.current_run.as_ref().unwrap().run_id, run_id);

    let done = client
        .wait_for_factory_task(FACTORY, &task.uid, &exact())
        .await
        .unwrap();
    let current = done.current_run.as_ref().unwrap();
    assert_eq!(current.run_id, run_id);
    assert_eq!(current.state, RunState::Succeeded);
    // The stage is where the agents left it: not a terminal one.
    assert_eq!(done.stage, FactoryTaskStage::Review);

    // The dispatched run is an ordinary run: kept, waited for, in a fleet.
    let run = client.wait_for_run(&run_id, &exact()).await.unwrap();
    assert_eq!(run.state, RunState::Succeeded);
    let fleet = client.wait_for_runs(&[&run_id], &exact()).await.unwrap();
    assert_eq!(fleet[0].run_id, run_id);
    let listed = client
        .list_runs()
        .factory_uid(vec![FACTORY.to_owned()])
        .send()
        .await
        .unwrap();
    let ids: Vec<&str> = listed.runs.iter().map(|r| r.run_id.as_str()).collect();
    assert_eq!(ids, [run_id.as_str()], "only the factory's run");
    let query = server
        .requests()
        .into_iter()
        .rev()
        .find(|r| r.operation.as_deref() == Some("listRuns"))
        .and_then(|r| r.query)
        .unwrap();
    assert_eq!(query, format!("factory_uid={FACTORY}"));
    let kept = server.run(&run_id).unwrap();
    assert_eq!(kept["factory_uid"], FACTORY);
    assert_eq!(kept["metadata"]["ticket_id"], "REMOTE-7");
}

#[tokio::test(start_paused = true)]
async fn dispatch_factory_run_and_wait_waits_for_the_dispatched_run() {
    let server = FakeOzServer::start().await;
    let run = server
        .client()
        .dispatch_factory_run_and_wait(FACTORY, request("linear:REMOTE-8"), &exact())
        .await
        .unwrap();
    assert_eq!(run.state, RunState::Succeeded);
    assert_eq!(server.operation_count("createFactoryRun"), 1);
    assert!(server.run(&run.run_id).is_some());
}

#[tokio::test(start_paused = true)]
async fn a_factory_dispatch_is_not_sent_again_after_an_ambiguous_failure() {
    let server = FakeOzServer::start().await;
    let before = server.run_count();
    // The run is dispatched, the answer lost to a 500.
    server.inject(1, Fault::status(500).after_apply().on("createFactoryRun"));
    let error = server
        .client()
        .dispatch_factory_run_and_wait(FACTORY, request("linear:REMOTE-9"), &exact())
        .await
        .unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(500), "{error:?}");
    assert_eq!(server.operation_count("createFactoryRun"), 1, "not resent");
    assert_eq!(
        server.run_count(),
        before + 1,
        "the one run the server made"
    );
    assert_eq!(server.operation_count("listRuns"), 0, "no lookup");
}

#[tokio::test(start_paused = true)]
async fn a_factory_dispatch_the_server_cannot_have_acted_on_is_sent_again() {
    let server = FakeOzServer::start().await;
    let before = server.run_count();
    server.inject(1, Fault::status(503).on("createFactoryRun"));
    let run = server
        .client()
        .dispatch_factory_run_and_wait(FACTORY, request("linear:REMOTE-10"), &exact())
        .await
        .unwrap();
    assert_eq!(run.state, RunState::Succeeded);
    assert_eq!(server.operation_count("createFactoryRun"), 2);
    assert_eq!(server.run_count(), before + 1);
}

#[tokio::test(start_paused = true)]
async fn the_fake_stops_a_dispatchs_task_with_its_run() {
    let server = FakeOzServer::start().await;
    let client = server.client();
    let dispatched = client
        .create_factory_run()
        .uid(FACTORY)
        .body(request("linear:REMOTE-11"))
        .send()
        .await
        .unwrap();
    let task = client
        .factory_task_for_run(FACTORY, &dispatched.run_id, &exact())
        .await
        .unwrap();
    let stopped = client
        .cancel_factory_task()
        .uid(FACTORY)
        .task_uid(&task.uid)
        .send()
        .await
        .unwrap();
    assert_eq!(stopped.stage, FactoryTaskStage::Cancelled);
    let done = client
        .wait_for_factory_task(FACTORY, &task.uid, &exact())
        .await
        .unwrap();
    assert_eq!(done.current_run.unwrap().state, RunState::Cancelled);
    let run = client
        .get_run()
        .run_id(&dispatched.run_id)
        .send()
        .await
        .unwrap();
    assert_eq!(run.state, RunState::Cancelled);
}

/// `value` fitted to the documented success body of `operation`.
fn fit(operation: &str, value: Value) -> Value {
    oz_agent_api_fake::examples::Generator::from_vendored_spec()
        .expect("the client's spec")
        .fit_response(operation, value)
}

/// A task with the members the wait reads (`current_run` left out when `None`).
fn task(stage: &str, current: Option<&str>) -> HttpMockResponse {
    let mut task = json!({ "uid": "t1", "stage": stage });
    if let Some(state) = current {
        task["current_run"] = json!({ "run_id": "r1", "state": state });
    }
    let mut task = fit("getFactoryTask", task);
    if current.is_none() {
        task.as_object_mut().unwrap().remove("current_run");
    }
    HttpMockResponse::builder()
        .status(200)
        .header("content-type", "application/json")
        .body(task.to_string())
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

async fn task_endpoint(server: &MockServer, replies: Vec<HttpMockResponse>) -> httpmock::Mock<'_> {
    server
        .mock_async(|when, then| {
            when.method(Method::GET)
                .path("/factory/f1/tasks/t1")
                .header("authorization", format!("Bearer {KEY}"));
            then.respond_with(script(replies));
        })
        .await
}

#[tokio::test(start_paused = true)]
async fn the_task_wait_follows_the_current_runs_state_not_the_stage() {
    let server = MockServer::start_async().await;
    let get = task_endpoint(
        &server,
        vec![
            // A stage written COMPLETE while the run still works: not the end.
            task("COMPLETE", Some("INPROGRESS")),
            // No current run resolved: polled again.
            task("REVIEW", None),
            task("IMPLEMENT", Some("SUCCEEDED")),
        ],
    )
    .await;
    let started = tokio::time::Instant::now();
    let done = client(&server)
        .wait_for_factory_task("f1", "t1", &exact())
        .await
        .unwrap();
    assert_eq!(done.current_run.unwrap().state, RunState::Succeeded);
    assert_eq!(done.stage, FactoryTaskStage::Implement);
    assert_eq!(get.calls_async().await, 3);
    // Polled on the wait schedule: at 0, 3 and 7.5 s.
    assert_eq!(started.elapsed().as_millis(), 7500);
}

#[tokio::test(start_paused = true)]
async fn a_task_wait_past_its_deadline_carries_the_task_last_seen() {
    let server = MockServer::start_async().await;
    task_endpoint(&server, vec![task("COMPLETE", Some("INPROGRESS"))]).await;
    let options = exact().with_timeout(Duration::from_secs(10));
    let error = client(&server)
        .wait_for_factory_task("f1", "t1", &options)
        .await
        .unwrap_err();
    let Error::WaitTimeout(timeout) = &error else {
        panic!("{error:?}");
    };
    assert_eq!(timeout.reason(), WaitTimeoutReason::Deadline);
    assert_eq!(timeout.factory_task_uid(), Some("t1"));
    assert_eq!(timeout.run_id(), "r1");
    assert_eq!(timeout.polls(), 4, "at 0, 3, 7.5 and 10 s (the deadline)");
    let last = timeout.last_factory_task().unwrap();
    assert_eq!(
        last.current_run.as_ref().unwrap().state,
        RunState::Inprogress
    );
    assert!(
        error
            .to_string()
            .starts_with("wait for factory task t1: timed out"),
        "{error}"
    );
}

#[tokio::test(start_paused = true)]
async fn a_task_not_found_by_the_deadline_is_the_servers_404() {
    let server = MockServer::start_async().await;
    let lookup = server
        .mock_async(|when, then| {
            when.method(Method::GET)
                .path("/factory/f1/task-by-run")
                .query_param("run_id", "r1");
            then.status(404)
                .header("content-type", "application/json")
                .body(json!({"title": "Not found", "status": 404}).to_string());
        })
        .await;
    let options = exact().with_timeout(Duration::from_secs(5));
    let error = client(&server)
        .factory_task_for_run("f1", "r1", &options)
        .await
        .unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(404), "{error:?}");
    assert_eq!(lookup.calls_async().await, 3, "at 0, 3 and 5 s");
}
