//! Shared by the integration tests: the vendored spec's operation list, a
//! client for a loopback server, and a dispatcher that calls any operation
//! by its operationId with valid parameters.
#![allow(dead_code)]

use std::collections::BTreeMap;

use oz_agent_api::types::{self, RunState};
use oz_agent_api::{Client, Error, RetryPolicy};
use serde_json::{json, Value};

/// The key every test client sends.
pub const KEY: &str = "wk-test-0123456789";

/// The value every path parameter gets in [`call`].
pub const ID: &str = "id-1";

/// A client for `base` without retries (tests that count requests set their own).
pub fn client(base: &str) -> Client {
    Client::builder()
        .api_key(KEY)
        .base_url(base)
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("test client")
}

/// One operation of the vendored spec.
#[derive(Debug, Clone)]
pub struct SpecOperation {
    pub id: String,
    pub method: String,
    pub path: String,
    pub statuses: Vec<u16>,
    pub deprecated: bool,
    /// The `{name}`s of the path template, in order.
    pub path_params: Vec<String>,
}

/// Every operation in `openapi/oz-agent-api.yml`, with the build's patch for
/// the duplicate `listAgents` applied (as the generated client sees it).
pub fn spec_operations() -> Vec<SpecOperation> {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/openapi/oz-agent-api.yml"
    ))
    .expect("vendored spec");
    let spec: Value = serde_norway::from_str(&text).expect("spec parses");
    let mut out = Vec::new();
    for (path, item) in spec["paths"].as_object().expect("paths") {
        for (method, op) in item.as_object().expect("path item") {
            if !["get", "put", "post", "delete", "patch"].contains(&method.as_str()) {
                continue;
            }
            let mut id = op["operationId"].as_str().expect("operationId").to_owned();
            if path == "/agent/identities" && method == "get" && id == "listAgents" {
                id = "listAgentIdentities".into();
            }
            let statuses = op["responses"]
                .as_object()
                .expect("responses")
                .keys()
                .filter_map(|s| s.parse().ok())
                .collect();
            out.push(SpecOperation {
                id,
                method: method.to_uppercase(),
                path: path.clone(),
                statuses,
                deprecated: op["deprecated"].as_bool().unwrap_or(false),
                path_params: path_params(path),
            });
        }
    }
    out
}

/// The `{name}`s of a path template, in order.
pub fn path_params(template: &str) -> Vec<String> {
    template
        .split('{')
        .skip(1)
        .map(|rest| rest.split('}').next().expect("closing brace").to_owned())
        .collect()
}

/// The spec path with every `{param}` replaced by [`ID`].
pub fn concrete_path(template: &str) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let end = rest[start..].find('}').expect("closing brace") + start;
        out.push_str(ID);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

/// Calls the operation `id` with valid parameters (every path parameter is
/// [`ID`]); returns the status of the successful response.
pub async fn call(client: &Client, id: &str) -> Result<u16, Error> {
    call_with_path_value(client, id, ID).await
}

/// Calls the operation `id` with valid parameters, every path parameter set
/// to `value` (operations without path parameters ignore it); returns the
/// status of the successful response.
pub async fn call_with_path_value(client: &Client, id: &str, value: &str) -> Result<u16, Error> {
    let status = match id {
        "listAgents" => client.list_agents().refresh(true).send().await?.status(),
        "listConnectedSelfHostedWorkers" => client
            .list_connected_self_hosted_workers()
            .send()
            .await?
            .status(),
        "getRunTranscript" => client
            .get_run_transcript()
            .run_id(value)
            .send()
            .await?
            .status(),
        #[allow(deprecated)]
        "runAgent" => client
            .run_agent()
            .body_map(|b| b.prompt("Fix the bug"))
            .send()
            .await?
            .status(),
        "createRun" => client
            .create_run()
            .body_map(|b| b.prompt("Fix the bug"))
            .send()
            .await?
            .status(),
        "listRuns" => client
            .list_runs()
            .limit(5)
            .state(vec![RunState::Queued])
            .send()
            .await?
            .status(),
        "getRun" => client.get_run().run_id(value).send().await?.status(),
        "getRunTimeline" => client
            .get_run_timeline()
            .run_id(value)
            .send()
            .await?
            .status(),
        "getRunConversation" => client
            .get_run_conversation()
            .run_id(value)
            .send()
            .await?
            .status(),
        "cancelRun" => client.cancel_run().run_id(value).send().await?.status(),
        "submitRunFollowup" => client
            .submit_run_followup()
            .run_id(value)
            .body_map(|b| b.message("and add tests"))
            .send()
            .await?
            .status(),
        "getConversation" => client
            .get_conversation()
            .conversation_id(value)
            .send()
            .await?
            .status(),
        "createScheduledAgent" => client
            .create_scheduled_agent()
            .body_map(|b| {
                b.name("nightly")
                    .cron_schedule("0 9 * * *")
                    .prompt("check deps")
            })
            .send()
            .await?
            .status(),
        "listScheduledAgents" => client.list_scheduled_agents().send().await?.status(),
        "getScheduledAgent" => client
            .get_scheduled_agent()
            .schedule_id(value)
            .send()
            .await?
            .status(),
        "updateScheduledAgent" => client
            .update_scheduled_agent()
            .schedule_id(value)
            .body_map(|b| b.name("nightly").cron_schedule("0 10 * * *").enabled(true))
            .send()
            .await?
            .status(),
        "deleteScheduledAgent" => client
            .delete_scheduled_agent()
            .schedule_id(value)
            .send()
            .await?
            .status(),
        "pauseScheduledAgent" => client
            .pause_scheduled_agent()
            .schedule_id(value)
            .send()
            .await?
            .status(),
        "resumeScheduledAgent" => client
            .resume_scheduled_agent()
            .schedule_id(value)
            .send()
            .await?
            .status(),
        "listEnvironments" => client.list_environments().send().await?.status(),
        "listModels" => client.list_models().send().await?.status(),
        "getArtifact" => client
            .get_artifact()
            .artifact_uid(value)
            .send()
            .await?
            .status(),
        "getTranscriptDownload" => client.get_transcript_download().send().await?.status(),
        "listAgentIdentities" => client.list_agent_identities().send().await?.status(),
        "createAgent" => client
            .create_agent()
            .body_map(|b| b.name("reviewer"))
            .send()
            .await?
            .status(),
        "getAgent" => client.get_agent().uid(value).send().await?.status(),
        "updateAgent" => client
            .update_agent()
            .uid(value)
            .body_map(|b| b.name("reviewer-2"))
            .send()
            .await?
            .status(),
        "deleteAgent" => client.delete_agent().uid(value).send().await?.status(),
        other => panic!("tests/common: no call for operation {other}; add one"),
    };
    Ok(status.as_u16())
}

/// A fully populated run as the API returns it.
pub fn run_json(id: &str, state: &str) -> Value {
    json!({
        "run_id": id,
        "task_id": id,
        "title": "Fix the flaky auth test",
        "state": state,
        "execution_location": "REMOTE",
        "prompt": "Fix the bug in auth.go",
        "created_at": "2026-06-01T10:00:00Z",
        "updated_at": "2026-06-01T10:05:30.250Z",
        "run_time": "PT5M30S",
        "started_at": "2026-06-01T10:00:05Z",
        "status_message": {"message": "Done"},
        "source": "API",
        "session_id": "5f0c6a8e-1f8e-4c55-9a4e-2f7e5f6b8d10",
        "session_link": "https://app.warp.dev/session/5f0c6a8e",
        "creator": {"type": "user", "uid": "u-1", "display_name": "Ada", "email": "ada@example.com"},
        "request_usage": {"inference_cost": 0.42, "compute_cost": 0.05},
        "agent_config": {"name": "fixer", "model_id": "gpt-5-4-high", "skills": ["warpdotdev/warp:SKILL.md"]},
        "conversation_id": "c-1",
        "is_sandbox_running": false,
        "artifacts": [
            {"artifact_type": "PULL_REQUEST", "created_at": "2026-06-01T10:05:00Z",
             "data": {"url": "https://github.com/o/r/pull/7", "branch": "fix-auth"}},
            {"artifact_type": "FILE", "created_at": "2026-06-01T10:05:01Z",
             "data": {"artifact_uid": "a-1", "filepath": "out/report.md", "filename": "report.md",
                      "mime_type": "text/markdown", "size_bytes": 1234}}
        ],
        "scope": {"type": "Team", "uid": "t-1"}
    })
}

/// A problem-details body for `status`.
pub fn problem_json(status: u16, code: &str) -> Value {
    json!({
        "type": format!("https://docs.warp.dev/reference/api-and-sdk/troubleshooting/errors/{code}"),
        "title": "Problem",
        "status": status,
        "detail": format!("detail for {status}"),
        "instance": "/api/v1/agent/runs/id-1",
        "error": format!("Problem: detail for {status}"),
        "retryable": false,
        "trace_id": "trace-abc"
    })
}

/// Minimal valid JSON bodies for each success response, keyed by operationId.
pub fn success_bodies() -> BTreeMap<&'static str, Value> {
    let run = run_json(ID, "SUCCEEDED");
    let schedule = json!({"id": ID, "name": "nightly", "cron_schedule": "0 9 * * *", "enabled": true,
        "prompt": "check deps", "created_at": "2026-06-01T10:00:00Z", "updated_at": "2026-06-01T10:00:00Z"});
    let agent = json!({"uid": ID, "name": "reviewer", "available": true, "created_at": "2026-06-01T10:00:00Z",
        "updated_at": "2026-06-01T10:00:00Z", "secrets": [], "skills": [], "memory_stores": []});
    let conversation = json!({"conversation_id": "c-1", "steps": []});
    BTreeMap::from([
        ("listAgents", json!({"agents": []})),
        ("listConnectedSelfHostedWorkers", json!({"workers": []})),
        (
            "runAgent",
            json!({"run_id": ID, "task_id": ID, "state": "QUEUED"}),
        ),
        (
            "createRun",
            json!({"run_id": ID, "task_id": ID, "state": "QUEUED"}),
        ),
        (
            "listRuns",
            json!({"runs": [run.clone()], "page_info": {"has_next_page": false}}),
        ),
        ("getRun", run),
        ("getRunTimeline", json!({"events": []})),
        ("getRunConversation", conversation.clone()),
        ("cancelRun", json!(ID)),
        ("submitRunFollowup", json!({})),
        ("getConversation", conversation),
        ("createScheduledAgent", schedule.clone()),
        (
            "listScheduledAgents",
            json!({"schedules": [schedule.clone()]}),
        ),
        ("getScheduledAgent", schedule.clone()),
        ("updateScheduledAgent", schedule.clone()),
        ("deleteScheduledAgent", json!({"success": true})),
        ("pauseScheduledAgent", schedule.clone()),
        ("resumeScheduledAgent", schedule),
        ("listEnvironments", json!({"environments": []})),
        ("listModels", json!({"default_model_id": "m", "models": []})),
        (
            "getArtifact",
            json!({"artifact_uid": ID, "artifact_type": "PLAN", "created_at": "2026-06-01T10:00:00Z",
            "data": {"document_uid": "d", "notebook_uid": "n", "content": "# Plan", "content_type": "text/markdown"}}),
        ),
        ("listAgentIdentities", json!({"agents": [agent.clone()]})),
        ("createAgent", agent.clone()),
        ("getAgent", agent.clone()),
        ("updateAgent", agent),
    ])
}

/// Asserts `err` is an API error with `status` whose body decoded as the spec's problem details.
pub fn assert_problem(err: &Error, status: u16) {
    let api = err
        .api()
        .unwrap_or_else(|| panic!("expected an API error, got {err:?}"));
    assert_eq!(api.status().as_u16(), status, "{err}");
    let problem: &types::Error = api
        .problem()
        .unwrap_or_else(|| panic!("problem details not decoded: {err:?}"));
    assert_eq!(problem.status, i64::from(status));
    assert_eq!(problem.trace_id.as_deref(), Some("trace-abc"));
    assert_eq!(api.retryable(), Some(false));
    assert_eq!(api.trace_id(), Some("trace-abc"));
}

pub mod scripted;

/// Log lines captured from `tracing` on the current thread (TRACE level,
/// every target, including reqwest and hyper).
#[derive(Clone, Default)]
pub struct Logs(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl Logs {
    pub fn contents(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

impl std::io::Write for Logs {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Captures every tracing event and span on this thread until the guard drops.
pub fn capture_logs() -> (Logs, tracing::subscriber::DefaultGuard) {
    let logs = Logs::default();
    let writer = logs.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    (logs, tracing::subscriber::set_default(subscriber))
}
