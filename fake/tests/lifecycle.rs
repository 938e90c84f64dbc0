//! The run lifecycle of the fake Oz server, through the typed client and raw HTTP.

use std::fmt::Debug;
use std::time::Duration;

use oz_agent_api::types::{
    self, ArtifactItem, ArtifactResponse, ConversationContentBlock, PlatformErrorCode, RunState,
};
use oz_agent_api::{Client, Error};
use oz_agent_api_fake::{FakeOzServer, Origin, Pace, RunOutcome};
use serde_json::{json, Value};
use tokio::time::sleep;

/// Asserts a decoded value holds nothing the generated types did not know:
/// no member landed in an open object's `extra`, no enum or union value is
/// `Unrecognized`. So the fake's JSON matches the spec field for field.
fn strict<T: Debug>(value: &T) {
    let debug = format!("{value:?}");
    assert!(
        !debug.contains("Unrecognized("),
        "unrecognized value in {debug}"
    );
    let mut rest = debug.as_str();
    while let Some(at) = rest.find("extra: {") {
        rest = &rest[at + "extra: {".len()..];
        assert!(
            rest.starts_with('}'),
            "unknown members: {{{}",
            &rest[..rest.len().min(200)]
        );
    }
}

fn request(prompt: &str) -> types::RunAgentRequest {
    types::RunAgentRequest::builder()
        .prompt(prompt.to_owned())
        .try_into()
        .unwrap()
}

async fn create(client: &Client, prompt: &str) -> String {
    let created = client
        .create_run()
        .body(request(prompt))
        .send()
        .await
        .unwrap()
        .into_inner();
    strict(&created);
    assert_eq!(created.state, RunState::Queued);
    assert_eq!(created.task_id, created.run_id);
    created.run_id
}

async fn get(client: &Client, id: &str) -> types::RunItem {
    let run = client
        .get_run()
        .run_id(id)
        .send()
        .await
        .unwrap()
        .into_inner();
    strict(&run);
    run
}

fn api_error(result: Result<impl Debug, Error>) -> oz_agent_api::ApiError {
    match result {
        Err(Error::Api(e)) => *e,
        other => panic!("expected an API error, got {other:?}"),
    }
}

/// A plain HTTP client that neither authenticates nor follows redirects.
fn raw() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .pool_idle_timeout(None)
        .build()
        .unwrap()
}

/// Asserts a response is problem details with this status and error code.
async fn problem(response: reqwest::Response, status: u16, code: &str) -> types::Error {
    assert_eq!(response.status().as_u16(), status);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    let body: Value = response.json().await.unwrap();
    let decoded: types::Error = serde_json::from_value(body.clone()).unwrap();
    strict(&decoded);
    assert_eq!(
        decoded.type_,
        format!("https://docs.warp.dev/reference/api-and-sdk/troubleshooting/errors/{code}")
    );
    assert_eq!(decoded.status, i64::from(status));
    assert!(!decoded.title.is_empty() && decoded.error.starts_with(&decoded.title));
    decoded
}

#[tokio::test(start_paused = true)]
async fn run_goes_queued_inprogress_succeeded_under_paused_clock() {
    let server = FakeOzServer::builder()
        .pace(Pace::elapsed(
            Duration::from_secs(10),
            Duration::from_secs(60),
        ))
        .start()
        .await;
    let client = server.client();
    let id = create(&client, "Fix the login redirect loop").await;

    let run = get(&client, &id).await;
    assert_eq!(run.state, RunState::Queued);
    assert_eq!(run.title, "Fix the login redirect loop");
    assert_eq!(run.prompt, "Fix the login redirect loop");
    assert_eq!(run.created_at, run.updated_at);
    assert!(run.started_at.is_none() && run.session_link.is_none());
    assert!(run.artifacts.is_empty());
    assert!(run.status_message.is_some());
    let created_at = run.created_at;

    sleep(Duration::from_secs(5)).await;
    assert_eq!(get(&client, &id).await.state, RunState::Queued);

    sleep(Duration::from_secs(5)).await;
    let run = get(&client, &id).await;
    assert_eq!(run.state, RunState::Inprogress);
    assert_eq!(
        run.started_at,
        Some(created_at + chrono::Duration::seconds(10))
    );
    assert_eq!(run.updated_at, created_at + chrono::Duration::seconds(10));
    assert!(run
        .session_link
        .as_deref()
        .is_some_and(|l| l.starts_with("https://app.warp.dev/session/")));
    assert!(run.conversation_id.is_some());
    assert_eq!(run.is_sandbox_running, Some(true));
    assert!(run.artifacts.is_empty());

    sleep(Duration::from_secs(59)).await;
    assert_eq!(get(&client, &id).await.state, RunState::Inprogress);

    sleep(Duration::from_secs(1)).await;
    let run = get(&client, &id).await;
    assert_eq!(run.state, RunState::Succeeded);
    assert_eq!(run.updated_at, created_at + chrono::Duration::seconds(70));
    assert_eq!(run.run_time.as_deref(), Some("PT1M"));
    assert_eq!(run.is_sandbox_running, Some(false));
    let kinds: Vec<&str> = run
        .artifacts
        .iter()
        .map(|a| match a {
            ArtifactItem::PlanArtifact(_) => "PLAN",
            ArtifactItem::PullRequestArtifact(_) => "PULL_REQUEST",
            ArtifactItem::FileArtifact(_) => "FILE",
            _ => "other",
        })
        .collect();
    assert_eq!(kinds, ["PLAN", "PULL_REQUEST", "FILE"]);
    let message = run.status_message.unwrap();
    assert!(message.error_code.is_none());

    // It stays there.
    sleep(Duration::from_secs(3600)).await;
    assert_eq!(get(&client, &id).await.state, RunState::Succeeded);
}

#[tokio::test]
async fn polls_pace_moves_on_after_a_number_of_gets() {
    let server = FakeOzServer::builder()
        .pace(Pace::polls(2, 3))
        .start()
        .await;
    let client = server.client();
    let id = create(&client, "Count my polls").await;
    // Listing and other reads do not count as polls.
    client.list_runs().send().await.unwrap();
    let mut states = Vec::new();
    for _ in 0..7 {
        states.push(get(&client, &id).await.state);
    }
    use RunState::*;
    assert_eq!(
        states,
        [Queued, Queued, Inprogress, Inprogress, Inprogress, Succeeded, Succeeded]
    );
}

#[tokio::test]
async fn failed_outcome_carries_a_platform_error_code() {
    let server = FakeOzServer::builder()
        .pace(Pace::polls(0, 0))
        .outcome(RunOutcome::Failed)
        .start()
        .await;
    let client = server.client();
    let id = create(&client, "Set up the storefront").await;
    let run = get(&client, &id).await;
    assert_eq!(run.state, RunState::Failed);
    assert!(run.artifacts.is_empty());
    let message = run.status_message.unwrap();
    assert_eq!(
        message.error_code,
        Some(PlatformErrorCode::EnvironmentSetupFailed)
    );
    assert_eq!(message.retryable, Some(false));
    let conversation = client
        .get_run_conversation()
        .run_id(&id)
        .send()
        .await
        .unwrap();
    strict(&*conversation);

    server.set_outcome(RunOutcome::Succeeded);
    let id = create(&client, "Try again").await;
    assert_eq!(get(&client, &id).await.state, RunState::Succeeded);
}

#[tokio::test]
async fn auth_is_enforced_with_problem_details() {
    let server = FakeOzServer::start().await;
    assert!(server.api_key().starts_with("wk-fake-"));

    let wrong = server.client_builder().api_key("wk-wrong").build().unwrap();
    let e = api_error(wrong.list_models().send().await);
    assert_eq!(e.status().as_u16(), 401);
    assert_eq!(
        e.error_code(),
        Some(&PlatformErrorCode::AuthenticationRequired)
    );
    assert_eq!(e.content_type(), Some("application/problem+json"));
    let parsed = e.problem().expect("the body is problem details");
    strict(parsed);
    assert_eq!(parsed.status, 401);
    assert_eq!(e.retryable(), Some(false));
    assert!(e.trace_id().is_some());

    let url = format!("{}/agent/runs", server.base_url());
    let response = raw().get(&url).send().await.unwrap();
    assert_eq!(response.headers()["www-authenticate"], "Bearer");
    let p = problem(response, 401, "authentication_required").await;
    assert_eq!(p.instance.as_deref(), Some("/api/v1/agent/runs"));

    let basic = raw()
        .get(&url)
        .header("authorization", "Basic d2s6Zm9v")
        .send()
        .await
        .unwrap();
    problem(basic, 401, "authentication_required").await;

    let ok = raw()
        .get(&url)
        .bearer_auth(server.api_key())
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), 200);
    assert_eq!(ok.headers()["content-type"], "application/json");

    assert!(server.client().list_models().send().await.is_ok());
}

#[tokio::test]
async fn every_endpoint_answers_json_the_generated_types_decode() {
    let server = FakeOzServer::builder()
        .pace(Pace::polls(1, 1))
        .start()
        .await;
    let client = server.client();

    let models = client.list_models().send().await.unwrap();
    strict(&*models);
    assert!(models
        .models
        .iter()
        .any(|m| m.id == models.default_model_id));
    assert!(models.models.iter().any(|m| m.disable_reason.is_some()));

    for sort in [
        types::ListEnvironmentsSortBy::Name,
        types::ListEnvironmentsSortBy::LastUpdated,
    ] {
        let environments = client
            .list_environments()
            .sort_by(sort)
            .send()
            .await
            .unwrap();
        strict(&*environments);
        assert_eq!(environments.environments.len(), 2);
    }

    // Name an environment and a model, so the run echoes a full config.
    let environment = client
        .list_environments()
        .send()
        .await
        .unwrap()
        .environments[0]
        .uid
        .clone();
    let body: types::RunAgentRequest = serde_json::from_value(json!({
        "prompt": "Add pagination to the orders API",
        "title": "Orders pagination",
        "config": { "model_id": "gpt-5-4-high", "environment_id": environment, "name": "api-work" },
    }))
    .unwrap();
    let created = client.create_run().body(body).send().await.unwrap();
    strict(&*created);
    let id = created.run_id.clone();

    // QUEUED: no conversation yet.
    let queued = get(&client, &id).await;
    assert_eq!(queued.state, RunState::Queued);
    assert_eq!(queued.title, "Orders pagination");
    assert_eq!(
        queued.agent_config.as_ref().unwrap().model_id.as_deref(),
        Some("gpt-5-4-high")
    );
    let e = api_error(client.get_run_conversation().run_id(&id).send().await);
    assert_eq!(e.status().as_u16(), 404);
    strict(e.problem().unwrap());

    // INPROGRESS: a partial conversation with a running action.
    assert_eq!(get(&client, &id).await.state, RunState::Inprogress);
    let partial = client
        .get_run_conversation()
        .run_id(&id)
        .send()
        .await
        .unwrap();
    strict(&*partial);

    // SUCCEEDED: everything.
    let run = get(&client, &id).await;
    assert_eq!(run.state, RunState::Succeeded);
    let conversation = client
        .get_run_conversation()
        .run_id(&id)
        .send()
        .await
        .unwrap();
    strict(&*conversation);
    assert_eq!(
        Some(&conversation.conversation_id),
        run.conversation_id.as_ref()
    );
    let step = &conversation.steps[0];
    assert_eq!(
        step.description.as_deref(),
        Some("Add pagination to the orders API")
    );
    assert!(!step.steps.is_empty(), "a nested step");
    let mut kinds = std::collections::BTreeSet::new();
    for message in &step.messages {
        for block in &message.content {
            kinds.insert(match block {
                ConversationContentBlock::TextContentBlock(_) => "text",
                ConversationContentBlock::ActionContentBlock(_) => "action",
                ConversationContentBlock::ActionResultContentBlock(_) => "action_result",
                ConversationContentBlock::EventContentBlock(_) => "event",
                _ => "other",
            });
        }
    }
    assert_eq!(
        kinds.into_iter().collect::<Vec<_>>(),
        ["action", "action_result", "event", "text"]
    );
    let by_id = client
        .get_conversation()
        .conversation_id(&conversation.conversation_id)
        .send()
        .await
        .unwrap();
    strict(&*by_id);

    let timeline = client.get_run_timeline().run_id(&id).send().await.unwrap();
    strict(&*timeline);
    // The names come from the spec's enum (they were renamed in F), so the
    // test checks the shape, not D's names.
    assert_eq!(timeline.events.len(), 6, "{:?}", timeline.events);
    assert!(
        timeline.events.iter().all(|e| e.event_type.is_known()),
        "every event type is one the spec lists: {:?}",
        timeline.events
    );
    assert_eq!(timeline.events[0].event_type.as_str(), "oz_run_created");

    for artifact in &run.artifacts {
        let uid = match artifact {
            ArtifactItem::PlanArtifact(p) => p.data.artifact_uid.clone().unwrap(),
            ArtifactItem::FileArtifact(f) => f.data.artifact_uid.clone(),
            _ => continue,
        };
        let response = client
            .get_artifact()
            .artifact_uid(&uid)
            .send()
            .await
            .unwrap();
        strict(&*response);
        match &*response {
            ArtifactResponse::PlanArtifactResponse(plan) => {
                assert!(plan.data.content.starts_with("# Orders pagination"));
            }
            ArtifactResponse::FileArtifactResponse(file) => {
                assert!(file.data.download_url.starts_with(server.storage_url()));
            }
            other => panic!("unexpected artifact {other:?}"),
        }
    }

    let list = client.list_runs().send().await.unwrap();
    strict(&*list);
    assert_eq!(list.runs[0].run_id, id, "most recently updated first");

    let followup: types::RunFollowupRequest = types::RunFollowupRequest::builder()
        .message("Also add a test".to_owned())
        .try_into()
        .unwrap();
    let accepted = client
        .submit_run_followup()
        .run_id(&id)
        .body(followup)
        .send()
        .await
        .unwrap();
    // What the answer holds is the spec's to say; that it was accepted is the fake's.
    assert!(accepted.status().is_success());

    let other = create(&client, "Cancel me").await;
    let cancelled = client.cancel_run().run_id(&other).send().await.unwrap();
    assert_eq!(*cancelled, other);
    let run = get(&client, &other).await;
    assert_eq!(run.state, RunState::Cancelled);

    // Errors decode as the spec's problem details too.
    for result in [
        client
            .get_run()
            .run_id("no-such-run")
            .send()
            .await
            .map(|_| ()),
        client
            .get_artifact()
            .artifact_uid("nope")
            .send()
            .await
            .map(|_| ()),
        client.cancel_run().run_id(&other).send().await.map(|_| ()),
    ] {
        let e = api_error(result);
        assert!(matches!(e.status().as_u16(), 400 | 404));
        strict(e.problem().unwrap());
    }
}

#[tokio::test]
async fn cancel_only_applies_to_active_runs() {
    let server = FakeOzServer::builder()
        .pace(Pace::polls(5, 5))
        .start()
        .await;
    let client = server.client();
    let id = create(&client, "Long task").await;
    client.cancel_run().run_id(&id).send().await.unwrap();
    let run = get(&client, &id).await;
    assert_eq!(run.state, RunState::Cancelled);
    assert!(run.artifacts.is_empty());
    // Cancelled stays cancelled, whatever the schedule said.
    for _ in 0..12 {
        assert_eq!(get(&client, &id).await.state, RunState::Cancelled);
    }
    let e = api_error(client.cancel_run().run_id(&id).send().await);
    assert_eq!(e.status().as_u16(), 400);
    assert_eq!(e.error_code(), Some(&PlatformErrorCode::InvalidRequest));
    let e = api_error(client.cancel_run().run_id("missing").send().await);
    assert_eq!(e.status().as_u16(), 404);
    assert_eq!(e.error_code(), Some(&PlatformErrorCode::ResourceNotFound));

    // Cancelled while working: the conversation ends with a system message.
    server.set_pace(Pace::polls(0, 5));
    let id = create(&client, "Working, then cancelled").await;
    assert_eq!(get(&client, &id).await.state, RunState::Inprogress);
    client.cancel_run().run_id(&id).send().await.unwrap();
    let conversation = client
        .get_run_conversation()
        .run_id(&id)
        .send()
        .await
        .unwrap();
    strict(&*conversation);
    let last = conversation.steps[0].messages.last().unwrap();
    assert_eq!(last.role, types::ConversationMessageRole::System);
    let timeline = client.get_run_timeline().run_id(&id).send().await.unwrap();
    strict(&*timeline);
    let last = &timeline.events.last().unwrap().event_type;
    assert!(last.is_known(), "the spec lists it: {last}");
    assert!(
        ["oz_run_cancelled", "oz_run_finished"].contains(&last.as_str()),
        "a cancellation event (or D's one terminal event): {last}"
    );
}

#[tokio::test]
async fn list_runs_pages_with_cursors_and_filters() {
    let server = FakeOzServer::builder()
        .historical_runs(23)
        .pace(Pace::polls(10, 10))
        .start()
        .await;
    let client = server.client();
    for i in 0..3 {
        create(&client, &format!("New run {i}")).await;
    }

    let all = client
        .list_runs()
        .limit(500u64)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(all.runs.len(), 26);
    assert!(!all.page_info.has_next_page && all.page_info.next_cursor.is_none());
    assert!(all
        .runs
        .windows(2)
        .all(|w| w[0].updated_at >= w[1].updated_at));
    let wanted = [RunState::Succeeded, RunState::Failed];
    let expected: Vec<String> = all
        .runs
        .iter()
        .filter(|r| wanted.contains(&r.state))
        .map(|r| r.run_id.clone())
        .collect();
    assert!(expected.len() > 8 && expected.len() < 23);

    server.clear_requests();
    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    let mut pages = 0;
    loop {
        let mut request = client.list_runs().limit(4u64).state(wanted.to_vec());
        if let Some(cursor) = &cursor {
            request = request.cursor(cursor.clone());
        }
        let page = request.send().await.unwrap().into_inner();
        strict(&page);
        pages += 1;
        assert!(page.runs.len() <= 4);
        seen.extend(page.runs.iter().map(|r| r.run_id.clone()));
        match page.page_info.next_cursor {
            Some(next) => {
                assert!(page.page_info.has_next_page);
                cursor = Some(next);
            }
            None => {
                assert!(!page.page_info.has_next_page);
                break;
            }
        }
    }
    assert_eq!(seen, expected);
    assert_eq!(pages, expected.len().div_ceil(4));
    let query = server.requests()[0].query.clone().unwrap();
    assert!(
        query.contains("state=SUCCEEDED") && query.contains("state=FAILED"),
        "repeated state keys: {query}"
    );

    // Ascending by creation, name filter, fuzzy search.
    let oldest = client
        .list_runs()
        .sort_by(types::ListRunsSortBy::CreatedAt)
        .sort_order(types::ListRunsSortOrder::Asc)
        .limit(2u64)
        .send()
        .await
        .unwrap();
    assert!(oldest.runs[0].created_at < oldest.runs[1].created_at);
    let named = client
        .list_runs()
        .name("nightly-maintenance")
        .limit(500u64)
        .send()
        .await
        .unwrap();
    assert_eq!(named.runs.len(), 8);
    let found = client.list_runs().q("new RUN 2").send().await.unwrap();
    assert_eq!(found.runs.len(), 1);
    assert_eq!(found.runs[0].prompt, "New run 2");

    // Bad parameters are 400 problems.
    let url = format!("{}/agent/runs", server.base_url());
    let key = server.api_key().to_owned();
    let bad = |query: &'static str| {
        let (url, key) = (url.clone(), key.clone());
        async move {
            let response = raw()
                .get(format!("{url}?{query}"))
                .bearer_auth(key)
                .send()
                .await
                .unwrap();
            problem(response, 400, "invalid_request").await
        }
    };
    bad("limit=0").await;
    bad("limit=501").await;
    bad("limit=ten").await;
    bad("state=SLEEPING").await;
    bad("cursor=not-a-cursor").await;
    bad("created_after=yesterday").await;
    let first = client.list_runs().limit(2u64).send().await.unwrap();
    let cursor = first.page_info.next_cursor.clone().unwrap();
    let e = api_error(
        client
            .list_runs()
            .cursor(cursor)
            .sort_by(types::ListRunsSortBy::Title)
            .send()
            .await,
    );
    assert_eq!(e.status().as_u16(), 400);
}

#[tokio::test(start_paused = true)]
async fn storage_serves_bytes_only_without_credentials() {
    let server = FakeOzServer::builder()
        .pace(Pace::polls(0, 0))
        .start()
        .await;
    let client = server.client();
    let id = create(&client, "Write a summary").await;
    let run = get(&client, &id).await;
    let file = run
        .artifacts
        .iter()
        .find_map(|a| match a {
            ArtifactItem::FileArtifact(f) => Some(f.data.clone()),
            _ => None,
        })
        .unwrap();
    let response = client
        .get_artifact()
        .artifact_uid(&file.artifact_uid)
        .send()
        .await
        .unwrap()
        .into_inner();
    let ArtifactResponse::FileArtifactResponse(artifact) = response else {
        panic!("a file artifact");
    };
    let url = artifact.data.download_url.clone();
    assert!(url.starts_with(&format!("http://{}/storage/", server.storage_addr())));
    assert_ne!(
        server.storage_addr().port(),
        server.addr().port(),
        "another origin"
    );

    server.clear_requests();
    let ok = raw().get(&url).send().await.unwrap();
    assert_eq!(ok.status(), 200);
    assert_eq!(ok.headers()["content-type"], "text/markdown; charset=utf-8");
    let bytes = ok.bytes().await.unwrap();
    assert_eq!(Some(bytes.len() as i64), file.size_bytes);
    assert!(bytes.starts_with(b"# Summary: Write a summary"));

    let leaked = raw()
        .get(&url)
        .bearer_auth(server.api_key())
        .send()
        .await
        .unwrap();
    assert_eq!(leaked.status(), 400);
    assert!(leaked
        .text()
        .await
        .unwrap()
        .contains("<Code>InvalidArgument</Code>"));
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert!(requests.iter().all(|r| r.origin == Origin::Storage));
    assert!(requests[0].authorization.is_none() && requests[1].authorization.is_some());

    let tampered = url.replace("signature=", "signature=0");
    assert_eq!(raw().get(&tampered).send().await.unwrap().status(), 403);
    let unsigned = url.split('?').next().unwrap();
    assert_eq!(raw().get(unsigned).send().await.unwrap().status(), 403);
    assert_eq!(raw().post(&url).send().await.unwrap().status(), 405);

    // The transcript redirects (302) to storage; reqwest drops the key on
    // the cross-origin hop, so the plain generated call gets the bytes.
    let redirect = raw()
        .get(format!("{}/agent/runs/{id}/transcript", server.base_url()))
        .bearer_auth(server.api_key())
        .send()
        .await
        .unwrap();
    assert_eq!(redirect.status(), 302);
    let location = redirect.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.starts_with(server.storage_url()));
    let transcript: Value = raw()
        .get(&location)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(transcript["run_id"], json!(id));
    server.clear_requests();
    let stream = client
        .get_run_transcript()
        .run_id(&id)
        .send()
        .await
        .unwrap();
    assert_eq!(stream.status(), 200);
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[1].origin, Origin::Storage);
    assert_eq!(requests[1].authorization, None);

    // Signed URLs expire after 15 minutes.
    tokio::time::advance(Duration::from_secs(16 * 60)).await;
    let expired = raw().get(&url).send().await.unwrap();
    assert_eq!(expired.status(), 400);
    assert!(expired.text().await.unwrap().contains("ExpiredToken"));
}

#[tokio::test(start_paused = true)]
async fn followup_reports_the_stale_terminal_state_first() {
    let server = FakeOzServer::builder()
        .pace(Pace::Elapsed {
            queued: Duration::from_secs(5),
            in_progress: Duration::from_secs(20),
            followup_stale: Duration::from_secs(8),
        })
        .start()
        .await;
    let client = server.client();
    let id = create(&client, "Fix the typo in the README").await;
    sleep(Duration::from_secs(25)).await;
    let done = get(&client, &id).await;
    assert_eq!(done.state, RunState::Succeeded);

    let followup: types::RunFollowupRequest = types::RunFollowupRequest::builder()
        .message("Also fix the one in CONTRIBUTING.md".to_owned())
        .try_into()
        .unwrap();
    client
        .submit_run_followup()
        .run_id(&id)
        .body(followup)
        .send()
        .await
        .unwrap();
    let sent = tokio::time::Instant::now();

    // The stale window: the previous terminal state, untouched.
    for _ in 0..2 {
        let stale = get(&client, &id).await;
        assert_eq!(stale.state, RunState::Succeeded);
        assert_eq!(stale.updated_at, done.updated_at);
        assert_eq!(stale.artifacts.len(), 3);
        sleep(Duration::from_millis(7900) / 2).await;
    }
    sleep_until(sent + Duration::from_secs(8)).await;
    let working = get(&client, &id).await;
    assert_eq!(working.state, RunState::Inprogress);
    assert!(working.updated_at > done.updated_at);
    assert_eq!(
        working.status_message.unwrap().message,
        "Agent is working on your follow-up"
    );

    sleep_until(sent + Duration::from_secs(28)).await;
    let again = get(&client, &id).await;
    assert_eq!(again.state, RunState::Succeeded);
    assert_eq!(
        again.updated_at,
        done.updated_at + chrono::Duration::seconds(28)
    );
    assert_eq!(again.run_time.as_deref(), Some("PT40S"));

    let conversation = client
        .get_run_conversation()
        .run_id(&id)
        .send()
        .await
        .unwrap();
    assert_eq!(conversation.steps.len(), 2);
    assert_eq!(
        conversation.steps[1].summary.as_deref(),
        Some("Applied the follow-up")
    );
    let timeline = client.get_run_timeline().run_id(&id).send().await.unwrap();
    let restarts: Vec<_> = timeline
        .events
        .iter()
        .filter(|e| e.event_type.to_string() == "agent_started")
        .map(|e| e.execution_id)
        .collect();
    assert_eq!(restarts, [Some(1), Some(2)]);
}

async fn sleep_until(at: tokio::time::Instant) {
    tokio::time::sleep_until(at).await;
}

#[tokio::test]
async fn followup_stale_window_in_polls() {
    let server = FakeOzServer::builder()
        .pace(Pace::Polls {
            queued: 0,
            in_progress: 1,
            followup_stale: 2,
        })
        .start()
        .await;
    let client = server.client();
    let id = create(&client, "Polls and follow-ups").await;
    assert_eq!(get(&client, &id).await.state, RunState::Inprogress);
    assert_eq!(get(&client, &id).await.state, RunState::Succeeded);
    let followup: types::RunFollowupRequest =
        serde_json::from_value(json!({ "message": "One more thing", "mode": "normal" })).unwrap();
    client
        .submit_run_followup()
        .run_id(&id)
        .body(followup)
        .send()
        .await
        .unwrap();
    let mut states = Vec::new();
    for _ in 0..4 {
        states.push(get(&client, &id).await.state);
    }
    use RunState::*;
    assert_eq!(states, [Succeeded, Succeeded, Inprogress, Succeeded]);

    // A follow-up to a run still working joins it: no stale window.
    let id = create(&client, "Busy").await;
    assert_eq!(get(&client, &id).await.state, RunState::Inprogress);
    let followup: types::RunFollowupRequest =
        serde_json::from_value(json!({ "message": "And this" })).unwrap();
    client
        .submit_run_followup()
        .run_id(&id)
        .body(followup)
        .send()
        .await
        .unwrap();
    assert_eq!(get(&client, &id).await.state, RunState::Succeeded);
    let conversation = client
        .get_run_conversation()
        .run_id(&id)
        .send()
        .await
        .unwrap();
    assert_eq!(conversation.steps.len(), 2);
}

#[tokio::test]
async fn malformed_requests_get_problem_details() {
    let server = FakeOzServer::start().await;
    let base = server.base_url().to_owned();
    let key = server.api_key().to_owned();
    let http = raw();
    let post = |path: &str, body: Vec<u8>| {
        http.post(format!("{base}{path}"))
            .bearer_auth(&key)
            .header("content-type", "application/json")
            .body(body)
            .send()
    };

    for body in [
        &b"{not json"[..],
        b"",
        b"[1, 2]",
        b"{}",
        b"{\"prompt\": 5}",
        b"{\"prompt\": \"   \"}",
        b"{\"prompt\": \"x\", \"config\": []}",
        b"{\"prompt\": \"x\", \"config\": {\"model_id\": \"gpt-0\"}}",
        b"{\"prompt\": \"x\", \"mode\": \"yolo\"}",
        b"{\"prompt\": \"x\", \"attachments\": [{}]}",
        b"{\"prompt\": \"x\", \"team\": \"yes\"}",
        b"\xff\xfe\x00",
    ] {
        let response = post("/agent/runs", body.to_vec()).await.unwrap();
        problem(response, 400, "invalid_request").await;
    }
    let response = post("/agent/runs", vec![b' '; 2 * 1024 * 1024])
        .await
        .unwrap();
    problem(response, 413, "invalid_request").await;

    let runs = server.client().list_runs().send().await.unwrap();
    let id = runs.runs[0].run_id.clone();
    for body in [
        &b"{}"[..],
        b"{\"message\": \"\"}",
        b"{\"message\": 1}",
        b"nope",
    ] {
        let response = post(&format!("/agent/runs/{id}/followups"), body.to_vec())
            .await
            .unwrap();
        problem(response, 400, "invalid_request").await;
    }

    let get = |path: String| http.get(path).bearer_auth(&key).send();
    let p = problem(
        get(format!("{base}/agent/nope")).await.unwrap(),
        404,
        "resource_not_found",
    )
    .await;
    assert_eq!(p.title, "Resource not found");
    problem(
        get(format!("{base}/agent/runs/{id}/nope")).await.unwrap(),
        404,
        "resource_not_found",
    )
    .await;
    problem(
        get(format!("{base}/agent/runs/%FF%00")).await.unwrap(),
        404,
        "resource_not_found",
    )
    .await;
    problem(
        get(format!("{base}/agent/runs/")).await.unwrap(),
        400,
        "invalid_request",
    )
    .await;
    let outside = format!("http://{}/elsewhere", server.addr());
    problem(
        raw().get(outside).send().await.unwrap(),
        404,
        "resource_not_found",
    )
    .await;

    let delete = raw()
        .delete(format!("{base}/agent/runs"))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap();
    assert_eq!(delete.headers()["allow"], "GET, POST");
    problem(delete, 405, "invalid_request").await;

    // Still serving.
    assert!(server.client().list_models().send().await.is_ok());
}

#[tokio::test(start_paused = true)]
async fn fail_next_injects_errors_that_the_client_retries() {
    let server = FakeOzServer::start().await;
    let client = server.client();
    server.fail_next(1, 503);
    let models = client.list_models().send().await.unwrap();
    strict(&*models);
    assert_eq!(server.request_count(), 2);

    server.fail_next(3, 500);
    let e = api_error(client.list_models().send().await);
    assert_eq!(e.status().as_u16(), 500);
    assert_eq!(e.error_code(), Some(&PlatformErrorCode::InternalError));
    assert!(client.list_models().send().await.is_ok());
}

#[tokio::test]
async fn same_seed_same_ids() {
    async fn ids(seed: u64) -> Vec<String> {
        let server = FakeOzServer::builder().seed(seed).start().await;
        let client = server.client();
        create(&client, "Deterministic").await;
        let list = client.list_runs().limit(500u64).send().await.unwrap();
        list.runs.iter().map(|r| r.run_id.clone()).collect()
    }
    let a = ids(42).await;
    assert_eq!(a.len(), 7);
    assert_eq!(a, ids(42).await);
    assert_ne!(a, ids(43).await);
}

#[tokio::test(start_paused = true)]
async fn shutdown_closes_the_listeners() {
    let server = FakeOzServer::start().await;
    let (api, storage) = (server.addr(), server.storage_addr());
    let client = server.client();
    client.list_models().send().await.unwrap();
    server.shutdown().await;
    assert!(tokio::net::TcpStream::connect(api).await.is_err());
    assert!(tokio::net::TcpStream::connect(storage).await.is_err());
    assert!(client.list_models().send().await.is_err());

    // Dropping works too, once the runtime gets to run the server's tasks.
    let server = FakeOzServer::start().await;
    let api = server.addr();
    drop(server);
    let mut closed = false;
    for _ in 0..100 {
        tokio::task::yield_now().await;
        if tokio::net::TcpStream::connect(api).await.is_err() {
            closed = true;
            break;
        }
    }
    assert!(closed);
}
