//! One wire test per operation: the exact request (method, percent-encoded
//! path, query encoding, JSON body, bearer key) and the decoded response.
//! `tests/coverage.rs` fails if an operation of the spec has no test here.

mod common;

use chrono::{TimeZone, Utc};
use common::{client, run_json, KEY};
use httpmock::{Mock, MockServer};
use oz_agent_api::types::{
    self, AgentRunMode, ArtifactItem, ArtifactResponse, ConversationContentBlock, ListAgentsSortBy,
    ListEnvironmentsSortBy, ListRunsArtifactType, ListRunsSortBy, ListRunsSortOrder, RunSourceType,
    RunState,
};
use serde_json::json;

const AUTH: &str = "Bearer wk-test-0123456789";

fn exact_query(
    expected: &'static str,
) -> impl Fn(&httpmock::HttpMockRequest) -> bool + Send + Sync + 'static {
    move |req| req.uri().query().unwrap_or("") == expected
}

async fn json_mock<'a>(
    server: &'a MockServer,
    method: &str,
    path: &str,
    query: &'static str,
    body: Option<serde_json::Value>,
    status: u16,
    response: serde_json::Value,
) -> Mock<'a> {
    server
        .mock_async(|when, then| {
            let when = when
                .method(method)
                .path(path)
                .header("authorization", AUTH)
                .is_true(exact_query(query));
            if let Some(body) = body {
                when.header("content-type", "application/json")
                    .json_body(body);
            }
            then.status(status)
                .header("content-type", "application/json")
                .json_body(response);
        })
        .await
}

#[tokio::test]
async fn list_agents_sends_every_filter_and_decodes_variants() {
    let server = MockServer::start_async().await;
    let response = json!({"agents": [{"name": "deploy", "variants": [{
        "id": "warpdotdev/warp-server:.claude/skills/deploy/SKILL.md", "description": "Deploys",
        "base_prompt": "Deploy it", "source": {"owner": "warpdotdev", "name": "warp-server", "skill_path": ".claude/skills/deploy/SKILL.md"},
        "environments": [{"uid": "env-1", "name": "prod"}], "last_run_timestamp": null}]}]});
    let mock = json_mock(
        &server,
        "GET",
        "/agent",
        "include_malformed_skills=true&refresh=true&repo=warpdotdev%2Fwarp-server&sort_by=last_run",
        None,
        200,
        response,
    )
    .await;
    let agents = client(&server.base_url())
        .list_agents()
        .repo("warpdotdev/warp-server")
        .refresh(true)
        .sort_by(ListAgentsSortBy::LastRun)
        .include_malformed_skills(true)
        .send()
        .await
        .unwrap();
    mock.assert_async().await;
    let variant = &agents.agents[0].variants[0];
    assert_eq!(variant.source.skill_path, ".claude/skills/deploy/SKILL.md");
    assert_eq!(variant.environments[0].name, "prod");
    assert!(variant.last_run_timestamp.is_none());
}

#[tokio::test]
async fn list_connected_self_hosted_workers_decodes_timestamps() {
    let server = MockServer::start_async().await;
    let mock = json_mock(
        &server,
        "GET",
        "/agent/connected-self-hosted-workers",
        "",
        None,
        200,
        json!({"workers": [{
        "worker_host": "ci-box-1", "connection_count": 2,
        "connected_at": "2026-06-01T09:00:00Z", "last_seen_at": "2026-06-01T10:00:00.5+02:00"}]}),
    )
    .await;
    let workers = client(&server.base_url())
        .list_connected_self_hosted_workers()
        .send()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(workers.workers[0].connection_count, 2);
    assert_eq!(
        workers.workers[0].last_seen_at,
        Utc.with_ymd_and_hms(2026, 6, 1, 8, 0, 0).unwrap() + chrono::Duration::milliseconds(500)
    );
}

#[tokio::test]
async fn get_run_transcript_percent_encodes_the_run_id_and_follows_the_redirect() {
    let server = MockServer::start_async().await;
    let storage = MockServer::start_async().await;
    let redirect = server
        .mock_async(|when, then| {
            when.method("GET")
                .path("/agent/runs/run%2F1%20x/transcript")
                .header("authorization", AUTH);
            then.status(302)
                .header("location", storage.url("/signed/transcript.json?sig=abc"));
        })
        .await;
    let blob = storage
        .mock_async(|when, then| {
            when.method("GET")
                .path("/signed/transcript.json")
                .query_param("sig", "abc")
                .header_missing("authorization");
            then.status(200).body(r#"{"messages":[]}"#);
        })
        .await;
    let response = client(&server.base_url())
        .get_run_transcript()
        .run_id("run/1 x")
        .send()
        .await
        .unwrap();
    let bytes = http_body_bytes(response.into_inner()).await;
    redirect.assert_async().await;
    blob.assert_async().await;
    assert_eq!(bytes, br#"{"messages":[]}"#);
}

async fn http_body_bytes(stream: oz_agent_api::ByteStream) -> Vec<u8> {
    use futures_util::TryStreamExt;
    stream
        .into_inner()
        .try_fold(Vec::new(), |mut acc, chunk| async move {
            acc.extend_from_slice(&chunk);
            Ok(acc)
        })
        .await
        .unwrap()
}

#[tokio::test]
#[allow(deprecated)]
async fn run_agent_deprecated_endpoint_posts_the_request_body() {
    let server = MockServer::start_async().await;
    let body = json!({"prompt": "Refactor the database layer", "title": "DB Refactoring Run",
        "config": {"name": "my-agent", "model_id": "gpt-5-4-high", "base_prompt": "Focus on Go backend code"}});
    let mock = json_mock(
        &server,
        "POST",
        "/agent/run",
        "",
        Some(body),
        200,
        json!({"run_id": "r-1", "task_id": "r-1", "state": "QUEUED", "at_capacity": false}),
    )
    .await;
    let created = client(&server.base_url())
        .run_agent()
        .body_map(|b| {
            b.prompt("Refactor the database layer")
                .title("DB Refactoring Run")
                .config(
                    types::AmbientAgentConfig::builder()
                        .name("my-agent")
                        .model_id("gpt-5-4-high")
                        .base_prompt("Focus on Go backend code"),
                )
        })
        .send()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(created.run_id, "r-1");
    assert_eq!(created.state, RunState::Queued);
    assert_eq!(created.at_capacity, Some(false));
}

#[tokio::test]
async fn create_run_posts_json_with_mode_skill_and_config() {
    let server = MockServer::start_async().await;
    let body = json!({"prompt": "Fix the bug in auth.go", "mode": "plan", "skill": "warpdotdev/warp:deploy",
        "team": true, "config": {"environment_id": "env-1", "skills": ["a/b:SKILL.md"], "idle_timeout_minutes": 15}});
    let mock = json_mock(
        &server,
        "POST",
        "/agent/runs",
        "",
        Some(body),
        200,
        json!({"run_id": "r-2", "task_id": "r-2", "state": "PENDING"}),
    )
    .await;
    let created = client(&server.base_url())
        .create_run()
        .body_map(|b| {
            b.prompt("Fix the bug in auth.go")
                .mode(AgentRunMode::Plan)
                .skill("warpdotdev/warp:deploy")
                .team(true)
                .config(
                    types::AmbientAgentConfig::builder()
                        .environment_id("env-1")
                        .skills(vec!["a/b:SKILL.md".to_string()])
                        .idle_timeout_minutes(std::num::NonZeroU32::new(15).unwrap()),
                )
        })
        .send()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(created.state, RunState::Pending);
}

#[tokio::test]
async fn list_runs_repeats_array_keys_and_sends_rfc3339_timestamps() {
    let server = MockServer::start_async().await;
    let response = json!({"runs": [run_json("r-1", "INPROGRESS")], "page_info": {"has_next_page": true, "next_cursor": "c2"}});
    let mock = json_mock(
        &server,
        "GET",
        "/agent/runs",
        "artifact_type=PULL_REQUEST&created_after=2026-06-01T10%3A00%3A00Z&cursor=c1&limit=50&q=auth+bug&sort_by=created_at&sort_order=asc&source=SCHEDULED_AGENT&state=QUEUED&state=INPROGRESS",
        None,
        200,
        response,
    )
    .await;
    let page = client(&server.base_url())
        .list_runs()
        .state(vec![RunState::Queued, RunState::Inprogress])
        .created_after(Utc.with_ymd_and_hms(2026, 6, 1, 10, 0, 0).unwrap())
        .sort_by(ListRunsSortBy::CreatedAt)
        .sort_order(ListRunsSortOrder::Asc)
        .source(RunSourceType::ScheduledAgent)
        .artifact_type(ListRunsArtifactType::PullRequest)
        .limit(std::num::NonZeroU64::new(50).unwrap())
        .cursor("c1")
        .q("auth bug")
        .send()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(page.runs[0].state, RunState::Inprogress);
    assert_eq!(page.page_info.next_cursor.as_deref(), Some("c2"));
    assert!(page.page_info.has_next_page);
}

#[tokio::test]
async fn get_run_decodes_a_fully_populated_run() {
    let server = MockServer::start_async().await;
    let mock = json_mock(
        &server,
        "GET",
        "/agent/runs/r%201",
        "",
        None,
        200,
        run_json("r 1", "SUCCEEDED"),
    )
    .await;
    let run = client(&server.base_url())
        .get_run()
        .run_id("r 1")
        .send()
        .await
        .unwrap()
        .into_inner();
    mock.assert_async().await;
    assert_eq!(run.run_id, "r 1");
    assert_eq!(run.state, RunState::Succeeded);
    assert_eq!(run.source, Some(RunSourceType::Api));
    assert_eq!(
        run.updated_at,
        Utc.with_ymd_and_hms(2026, 6, 1, 10, 5, 30).unwrap() + chrono::Duration::milliseconds(250)
    );
    assert_eq!(
        run.request_usage.as_ref().and_then(|u| u.inference_cost),
        Some(0.42)
    );
    assert_eq!(run.artifacts.len(), 2);
    match &run.artifacts[0] {
        ArtifactItem::PullRequestArtifact(pr) => assert_eq!(pr.data.branch, "fix-auth"),
        other => panic!("expected a pull request artifact, got {other:?}"),
    }
    match &run.artifacts[1] {
        ArtifactItem::FileArtifact(file) => assert_eq!(file.data.size_bytes, Some(1234)),
        other => panic!("expected a file artifact, got {other:?}"),
    }
}

#[tokio::test]
async fn get_run_timeline_decodes_events_and_payloads() {
    let server = MockServer::start_async().await;
    let mock = json_mock(&server, "GET", "/agent/runs/r-1/timeline", "", None, 200, json!({"events": [
        {"event_uuid": "e1", "run_id": "r-1", "event_type": "oz_run_created", "occurred_at": "2026-06-01T10:00:00Z"},
        {"event_uuid": "e2", "run_id": "r-1", "execution_id": 7, "event_type": "agent_started",
         "occurred_at": "2026-06-01T10:00:04Z", "payload": {"worker": "w-1"}}]})).await;
    let timeline = client(&server.base_url())
        .get_run_timeline()
        .run_id("r-1")
        .send()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(
        timeline.events[0].event_type,
        types::AiRunTimelineEventType::OzRunCreated
    );
    assert_eq!(timeline.events[1].execution_id, Some(7));
    assert_eq!(timeline.events[1].payload["worker"], "w-1");
}

fn conversation_json() -> serde_json::Value {
    json!({"conversation_id": "c-1", "steps": [{"id": "s1", "description": "Fix the bug",
        "messages": [
            {"role": "user", "content": [{"type": "text", "text": "Fix the bug"}]},
            {"role": "assistant", "message_ids": ["m1"], "content": [
                {"type": "action", "id": "a1", "category": "command", "name": "run_command", "input": {"command": "go test ./..."}},
                {"type": "action_result", "action_id": "a1", "category": "command", "name": "run_command", "state": "completed", "output": {"exit_code": 0}},
                {"type": "event", "name": "summarized", "data": {}}]}],
        "steps": [{"id": "s1.1", "messages": [], "steps": []}]}]})
}

#[tokio::test]
async fn get_run_conversation_dispatches_content_blocks_on_their_type() {
    let server = MockServer::start_async().await;
    let mock = json_mock(
        &server,
        "GET",
        "/agent/runs/r-1/conversation",
        "",
        None,
        200,
        conversation_json(),
    )
    .await;
    let conversation = client(&server.base_url())
        .get_run_conversation()
        .run_id("r-1")
        .send()
        .await
        .unwrap();
    mock.assert_async().await;
    let step = &conversation.steps[0];
    assert_eq!(step.steps[0].id, "s1.1", "recursive steps decode");
    let blocks = &step.messages[1].content;
    assert!(
        matches!(&blocks[0], ConversationContentBlock::ActionContentBlock(a) if a.input["command"] == "go test ./...")
    );
    assert!(
        matches!(&blocks[1], ConversationContentBlock::ActionResultContentBlock(r) if r.state == types::ActionState::Completed)
    );
    assert!(
        matches!(&blocks[2], ConversationContentBlock::EventContentBlock(e) if e.name == "summarized")
    );
    assert_eq!(blocks[1].discriminator(), Some("action_result"));
}

#[tokio::test]
async fn cancel_run_posts_without_a_body_and_decodes_the_run_id() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method("POST")
                .path("/agent/runs/r-1/cancel")
                .header("authorization", AUTH)
                .body("");
            then.status(200)
                .header("content-type", "application/json")
                .json_body(json!("r-1"));
        })
        .await;
    let cancelled = client(&server.base_url())
        .cancel_run()
        .run_id("r-1")
        .send()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(cancelled.into_inner(), "r-1");
}

#[tokio::test]
async fn cancel_run_conflict_exposes_retryable_and_the_error_code() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method("POST").path("/agent/runs/r-1/cancel");
            then.status(409).header("content-type", "application/problem+json").json_body(json!({
                "type": "https://docs.warp.dev/reference/api-and-sdk/troubleshooting/errors/conflict",
                "title": "Conflict", "status": 409, "detail": "Run is PENDING", "error": "Conflict: Run is PENDING",
                "retryable": true}));
        })
        .await;
    let err = client(&server.base_url())
        .cancel_run()
        .run_id("r-1")
        .send()
        .await
        .unwrap_err();
    mock.assert_async().await;
    assert_eq!(err.error_code(), Some(&types::PlatformErrorCode::Conflict));
    assert_eq!(err.api().unwrap().retryable(), Some(true));
    assert_eq!(
        err.to_string(),
        "cancel_run: HTTP 409 Conflict [conflict]: Conflict: Run is PENDING"
    );
}

#[tokio::test]
async fn submit_run_followup_posts_message_and_mode() {
    let server = MockServer::start_async().await;
    let mock = json_mock(
        &server,
        "POST",
        "/agent/runs/r-1/followups",
        "",
        Some(json!({"message": "Now add tests", "mode": "normal"})),
        200,
        json!({}),
    )
    .await;
    let accepted = client(&server.base_url())
        .submit_run_followup()
        .run_id("r-1")
        .body_map(|b| b.message("Now add tests").mode(AgentRunMode::Normal))
        .send()
        .await
        .unwrap();
    mock.assert_async().await;
    assert!(accepted.is_empty());
}

#[tokio::test]
async fn get_conversation_uses_the_conversation_id_path() {
    let server = MockServer::start_async().await;
    let mock = json_mock(
        &server,
        "GET",
        "/agent/conversations/c%231%2Fx",
        "",
        None,
        200,
        conversation_json(),
    )
    .await;
    let conversation = client(&server.base_url())
        .get_conversation()
        .conversation_id("c#1/x")
        .send()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(conversation.conversation_id, "c-1");
    assert!(
        matches!(&conversation.steps[0].messages[0].content[0], ConversationContentBlock::TextContentBlock(t) if t.text == "Fix the bug")
    );
}

fn schedule_json(enabled: bool) -> serde_json::Value {
    json!({"id": "s-1", "name": "nightly", "cron_schedule": "0 9 * * *", "enabled": enabled, "prompt": "check deps",
        "last_spawn_error": null, "agent_uid": "6f9619ff-8b86-d011-b42d-00c04fc964ff",
        "created_at": "2026-06-01T10:00:00Z", "updated_at": "2026-06-02T10:00:00Z",
        "history": {"last_ran": "2026-06-02T09:00:00Z", "next_run": null},
        "environment": {"name": "prod", "description": null, "github_repos": [{"owner": "o", "repo": "r"}]}})
}

#[tokio::test]
async fn create_scheduled_agent_posts_the_schedule() {
    let server = MockServer::start_async().await;
    let body = json!({"name": "nightly", "cron_schedule": "0 9 * * *", "prompt": "check deps", "enabled": false,
        "agent_uid": "6f9619ff-8b86-d011-b42d-00c04fc964ff"});
    let mock = json_mock(
        &server,
        "POST",
        "/agent/schedules",
        "",
        Some(body),
        201,
        schedule_json(false),
    )
    .await;
    let schedule = client(&server.base_url())
        .create_scheduled_agent()
        .body_map(|b| {
            b.name("nightly")
                .cron_schedule("0 9 * * *")
                .prompt("check deps")
                .enabled(false)
                .agent_uid(
                    "6f9619ff-8b86-d011-b42d-00c04fc964ff"
                        .parse::<uuid::Uuid>()
                        .unwrap(),
                )
        })
        .send()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(schedule.status().as_u16(), 201);
    assert!(!schedule.enabled);
    assert_eq!(schedule.history.as_ref().and_then(|h| h.next_run), None);
    assert_eq!(
        schedule.environment.as_ref().unwrap().github_repos[0].repo,
        "r"
    );
}

#[tokio::test]
async fn list_scheduled_agents_decodes_the_list() {
    let server = MockServer::start_async().await;
    let mock = json_mock(
        &server,
        "GET",
        "/agent/schedules",
        "",
        None,
        200,
        json!({"schedules": [schedule_json(true)]}),
    )
    .await;
    let list = client(&server.base_url())
        .list_scheduled_agents()
        .send()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(list.schedules[0].cron_schedule, "0 9 * * *");
}

#[tokio::test]
async fn get_scheduled_agent_percent_encodes_the_schedule_id() {
    let server = MockServer::start_async().await;
    let mock = json_mock(
        &server,
        "GET",
        "/agent/schedules/s%3F1",
        "",
        None,
        200,
        schedule_json(true),
    )
    .await;
    let schedule = client(&server.base_url())
        .get_scheduled_agent()
        .schedule_id("s?1")
        .send()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(schedule.id, "s-1");
}

#[tokio::test]
async fn update_scheduled_agent_puts_the_full_schedule() {
    let server = MockServer::start_async().await;
    let body = json!({"name": "nightly", "cron_schedule": "0 10 * * *", "enabled": true, "mode": "orchestrate"});
    let mock = json_mock(
        &server,
        "PUT",
        "/agent/schedules/s-1",
        "",
        Some(body),
        200,
        schedule_json(true),
    )
    .await;
    client(&server.base_url())
        .update_scheduled_agent()
        .schedule_id("s-1")
        .body_map(|b| {
            b.name("nightly")
                .cron_schedule("0 10 * * *")
                .enabled(true)
                .mode(AgentRunMode::Orchestrate)
        })
        .send()
        .await
        .unwrap();
    mock.assert_async().await;
}

#[tokio::test]
async fn delete_scheduled_agent_decodes_success() {
    let server = MockServer::start_async().await;
    let mock = json_mock(
        &server,
        "DELETE",
        "/agent/schedules/s-1",
        "",
        None,
        200,
        json!({"success": true}),
    )
    .await;
    let deleted = client(&server.base_url())
        .delete_scheduled_agent()
        .schedule_id("s-1")
        .send()
        .await
        .unwrap();
    mock.assert_async().await;
    assert!(deleted.success);
}

#[tokio::test]
async fn pause_scheduled_agent_posts_to_pause() {
    let server = MockServer::start_async().await;
    let mock = json_mock(
        &server,
        "POST",
        "/agent/schedules/s-1/pause",
        "",
        None,
        200,
        schedule_json(false),
    )
    .await;
    let paused = client(&server.base_url())
        .pause_scheduled_agent()
        .schedule_id("s-1")
        .send()
        .await
        .unwrap();
    mock.assert_async().await;
    assert!(!paused.enabled);
}

#[tokio::test]
async fn resume_scheduled_agent_posts_to_resume() {
    let server = MockServer::start_async().await;
    let mock = json_mock(
        &server,
        "POST",
        "/agent/schedules/s-1/resume",
        "",
        None,
        200,
        schedule_json(true),
    )
    .await;
    let resumed = client(&server.base_url())
        .resume_scheduled_agent()
        .schedule_id("s-1")
        .send()
        .await
        .unwrap();
    mock.assert_async().await;
    assert!(resumed.enabled);
}

#[tokio::test]
async fn list_environments_sends_the_sort_and_decodes_last_task() {
    let server = MockServer::start_async().await;
    let mock = json_mock(&server, "GET", "/agent/environments", "sort_by=name", None, 200, json!({"environments": [{
        "uid": "env-1", "config": {"name": "prod", "docker_image": "ubuntu:latest", "setup_commands": ["make"]},
        "last_updated": "2026-06-01T10:00:00Z", "setup_failed": false,
        "last_task_created": {"id": "t", "title": "x", "state": "FAILED", "created_at": "2026-06-01T10:00:00Z",
            "updated_at": "2026-06-01T10:00:00Z", "started_at": null}}]})).await;
    let envs = client(&server.base_url())
        .list_environments()
        .sort_by(ListEnvironmentsSortBy::Name)
        .send()
        .await
        .unwrap();
    mock.assert_async().await;
    let env = &envs.environments[0];
    assert_eq!(env.config.docker_image.as_deref(), Some("ubuntu:latest"));
    assert_eq!(
        env.last_task_created.as_ref().unwrap().state,
        RunState::Failed
    );
}

#[tokio::test]
async fn list_models_decodes_providers_and_disable_reasons() {
    let server = MockServer::start_async().await;
    let mock = json_mock(&server, "GET", "/agent/models", "", None, 200, json!({"default_model_id": "gpt-5-4-high", "models": [
        {"id": "gpt-5-4-high", "display_name": "GPT-5.4", "provider": "OPENAI", "vision_supported": true},
        {"id": "x", "display_name": "X", "provider": "UNKNOWN", "vision_supported": false, "disable_reason": "ADMIN_DISABLED"}]})).await;
    let models = client(&server.base_url())
        .list_models()
        .send()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(models.models[0].provider, types::ModelInfoProvider::Openai);
    assert_eq!(
        models.models[1].provider,
        types::ModelInfoProvider::Unknown,
        "the spec's own UNKNOWN value stays typed"
    );
    assert_eq!(
        models.models[1].disable_reason,
        Some(types::ModelInfoDisableReason::AdminDisabled)
    );
}

#[tokio::test]
async fn get_artifact_dispatches_on_artifact_type() {
    let server = MockServer::start_async().await;
    let mock = json_mock(&server, "GET", "/agent/artifacts/a-1", "", None, 200, json!({
        "artifact_uid": "a-1", "artifact_type": "FILE", "created_at": "2026-06-01T10:00:00Z",
        "data": {"download_url": "https://storage.example/a-1?sig=x", "expires_at": "2026-06-01T11:00:00Z",
                 "content_type": "text/markdown", "filepath": "out/report.md", "filename": "report.md", "size_bytes": 10}})).await;
    let artifact = client(&server.base_url())
        .get_artifact()
        .artifact_uid("a-1")
        .send()
        .await
        .unwrap()
        .into_inner();
    mock.assert_async().await;
    match &artifact {
        ArtifactResponse::FileArtifactResponse(file) => {
            assert_eq!(file.data.download_url, "https://storage.example/a-1?sig=x")
        }
        other => panic!("expected a file artifact, got {other:?}"),
    }
    assert_eq!(artifact.discriminator(), Some("FILE"));
}

#[tokio::test]
async fn get_transcript_download_follows_the_307_without_the_key() {
    let server = MockServer::start_async().await;
    let storage = MockServer::start_async().await;
    let redirect = server
        .mock_async(|when, then| {
            when.method("GET")
                .path("/harness-support/transcript")
                .header("authorization", AUTH);
            then.status(307)
                .header("location", storage.url("/claude_code.json"));
        })
        .await;
    let blob = storage
        .mock_async(|when, then| {
            when.method("GET")
                .path("/claude_code.json")
                .header_missing("authorization");
            then.status(200).body("[]");
        })
        .await;
    let response = client(&server.base_url())
        .get_transcript_download()
        .send()
        .await
        .unwrap();
    assert_eq!(http_body_bytes(response.into_inner()).await, b"[]");
    redirect.assert_async().await;
    blob.assert_async().await;
}

fn agent_json() -> serde_json::Value {
    json!({"uid": "ag-1", "name": "reviewer", "description": null, "available": true,
        "created_at": "2026-06-01T10:00:00Z", "updated_at": "2026-06-01T10:00:00Z",
        "secrets": [{"name": "GITHUB_TOKEN"}], "skills": ["o/r:SKILL.md"],
        "memory_stores": [{"uid": "m-1", "access": "read_only", "instructions": "Use for context"}]})
}

#[tokio::test]
async fn list_agent_identities_is_distinct_from_list_agents() {
    let server = MockServer::start_async().await;
    let mock = json_mock(
        &server,
        "GET",
        "/agent/identities",
        "",
        None,
        200,
        json!({"agents": [agent_json()]}),
    )
    .await;
    let identities = client(&server.base_url())
        .list_agent_identities()
        .send()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(
        identities.agents[0].memory_stores[0].access,
        types::MemoryStoreRefAccess::ReadOnly
    );
}

#[tokio::test]
async fn create_agent_posts_secrets_and_memory_stores_and_decodes_201() {
    let server = MockServer::start_async().await;
    let body = json!({"name": "reviewer", "secrets": [{"name": "GITHUB_TOKEN"}],
        "memory_stores": [{"uid": "m-1", "access": "read_only", "instructions": "Use for context"}]});
    let mock = json_mock(
        &server,
        "POST",
        "/agent/identities",
        "",
        Some(body),
        201,
        agent_json(),
    )
    .await;
    let created = client(&server.base_url())
        .create_agent()
        .body_map(|b| {
            b.name("reviewer")
                .secrets(vec![types::SecretRef::builder()
                    .name("GITHUB_TOKEN")
                    .try_into()
                    .unwrap()])
                .memory_stores(vec![types::MemoryStoreRef::builder()
                    .uid("m-1")
                    .access(types::MemoryStoreRefAccess::ReadOnly)
                    .instructions("Use for context")
                    .try_into()
                    .unwrap()])
        })
        .send()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(created.status().as_u16(), 201);
    assert_eq!(created.secrets[0].name, "GITHUB_TOKEN");
}

#[tokio::test]
async fn get_agent_uses_the_uid_path() {
    let server = MockServer::start_async().await;
    let mock = json_mock(
        &server,
        "GET",
        "/agent/identities/ag-1",
        "",
        None,
        200,
        agent_json(),
    )
    .await;
    let agent = client(&server.base_url())
        .get_agent()
        .uid("ag-1")
        .send()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(agent.name, "reviewer");
    assert!(agent.description.is_none());
}

#[tokio::test]
async fn update_agent_sends_only_the_fields_set() {
    let server = MockServer::start_async().await;
    let mock = json_mock(
        &server,
        "PUT",
        "/agent/identities/ag-1",
        "",
        Some(json!({"name": "reviewer-2", "skills": []})),
        200,
        agent_json(),
    )
    .await;
    client(&server.base_url())
        .update_agent()
        .uid("ag-1")
        .body_map(|b| b.name("reviewer-2").skills(Vec::<String>::new()))
        .send()
        .await
        .unwrap();
    mock.assert_async().await;
}

#[tokio::test]
async fn delete_agent_accepts_204_no_content() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method("DELETE")
                .path("/agent/identities/ag-1")
                .header("authorization", AUTH);
            then.status(204);
        })
        .await;
    let deleted = client(&server.base_url())
        .delete_agent()
        .uid("ag-1")
        .send()
        .await
        .unwrap();
    mock.assert_async().await;
    assert_eq!(deleted.status().as_u16(), 204);
}

#[tokio::test]
async fn missing_required_path_parameter_is_an_invalid_request_before_sending() {
    let server = MockServer::start_async().await;
    let any = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(200);
        })
        .await;
    let err = client(&server.base_url())
        .get_run()
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(err, oz_agent_api::Error::InvalidRequest(ref m) if m.contains("run_id")),
        "{err:?}"
    );
    assert_eq!(any.calls_async().await, 0);
    let _ = KEY;
}
