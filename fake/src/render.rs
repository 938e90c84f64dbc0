//! The JSON the fake server answers with, shaped like the spec's schemas.

use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{json, Value};

use crate::app::App;
use crate::spec::Spec;
use crate::state::{Artifact, ArtifactKind, FactoryTask, Phase, Run, State, USER_EMAIL, USER_NAME};

/// A model `GET /agent/models` lists.
pub(crate) struct Model {
    pub(crate) id: &'static str,
    name: &'static str,
    provider: &'static str,
    reasoning: Option<&'static str>,
    description: Option<&'static str>,
    /// Why it cannot be used, if it cannot.
    pub(crate) disabled: Option<&'static str>,
}

const fn model(
    id: &'static str,
    name: &'static str,
    provider: &'static str,
    reasoning: Option<&'static str>,
) -> Model {
    Model {
        id,
        name,
        provider,
        reasoning,
        description: None,
        disabled: None,
    }
}

pub(crate) const MODELS: &[Model] = &[
    model(
        "claude-4-6-sonnet-high",
        "Claude Sonnet 4.6",
        "ANTHROPIC",
        Some("high"),
    ),
    Model {
        description: Some("Most capable, slower"),
        ..model(
            "claude-4-6-opus-high",
            "Claude Opus 4.6",
            "ANTHROPIC",
            Some("high"),
        )
    },
    model("gpt-5-4-high", "GPT-5.4", "OPENAI", Some("high")),
    model("gemini-3-pro", "Gemini 3 Pro", "GOOGLE", None),
    Model {
        disabled: Some("REQUIRES_UPGRADE"),
        ..model(
            "gpt-5-4-xhigh",
            "GPT-5.4 (extra high)",
            "OPENAI",
            Some("xhigh"),
        )
    },
];

/// The model runs get when they do not name one.
pub(crate) const DEFAULT_MODEL: &str = "claude-4-6-sonnet-high";

/// RFC 3339 with milliseconds, in UTC.
pub(crate) fn ts(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// An ISO 8601 duration such as `PT3M17S`.
fn iso_duration(d: chrono::Duration) -> String {
    let secs = d.num_seconds().max(0);
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    let mut out = String::from("PT");
    if h > 0 {
        out.push_str(&format!("{h}H"));
    }
    if m > 0 {
        out.push_str(&format!("{m}M"));
    }
    if s > 0 || (h == 0 && m == 0) {
        out.push_str(&format!("{s}S"));
    }
    out
}

fn creator(state: &State) -> Value {
    json!({
        "type": "user",
        "uid": state.user_uid,
        "display_name": USER_NAME,
        "email": USER_EMAIL,
        "photo_url": "https://avatars.example.com/ada.png",
    })
}

fn status_message(run: &Run) -> Value {
    match run.phase {
        Phase::Queued => json!({ "message": "Waiting for an available worker" }),
        Phase::InProgress if run.exchanges.len() > 1 => {
            json!({ "message": "Agent is working on your follow-up" })
        }
        Phase::InProgress => json!({ "message": "Agent is working on the task" }),
        Phase::Blocked => json!({ "message": "Interrupted: waiting for a follow-up" }),
        Phase::Succeeded => json!({ "message": "Completed: opened a pull request" }),
        Phase::Failed => json!({
            "message": "Environment setup failed: `npm ci` exited with status 1",
            "error_code": "environment_setup_failed",
            "retryable": false,
        }),
        Phase::Cancelled => json!({ "message": format!("Cancelled by {USER_NAME}") }),
    }
}

/// A `RunItem`.
pub(crate) fn run_item(state: &State, run: &Run, now: DateTime<Utc>) -> Value {
    let mut item = json!({
        "run_id": run.id,
        "task_id": run.id,
        "title": run.title,
        "state": run.phase.as_str(),
        "execution_location": "REMOTE",
        "prompt": run.prompt,
        "created_at": ts(run.created_at),
        "updated_at": ts(run.updated_at),
        "started_at": run.started_at().map(ts),
        "status_message": status_message(run),
        "source": run.source,
        "creator": creator(state),
        "executor": creator(state),
        "agent_config": Value::Object(run.config.clone()),
        "is_sandbox_running": matches!(run.phase, Phase::InProgress | Phase::Blocked),
        "scope": { "type": "Team", "uid": run.team_uid },
    });
    let Value::Object(map) = &mut item else {
        return item;
    };
    if let Some(metadata) = &run.metadata {
        map.insert("metadata".into(), Value::Object(metadata.clone()));
    }
    if run.started() {
        let run_time = run.run_time(now);
        let secs = run_time.num_milliseconds() as f64 / 1000.0;
        map.insert("run_time".into(), json!(iso_duration(run_time)));
        map.insert("session_id".into(), json!(run.session_id));
        map.insert(
            "session_link".into(),
            json!(format!("https://app.warp.dev/session/{}", run.session_id)),
        );
        map.insert("conversation_id".into(), json!(run.conversation_id));
        map.insert(
            "request_usage".into(),
            json!({
                "inference_cost": round(0.05 + secs * 0.0031),
                "compute_cost": round(secs * 0.0004),
                "platform_cost": 0.01,
            }),
        );
    }
    if let Some(parent) = &run.parent_run_id {
        map.insert("parent_run_id".into(), json!(parent));
    }
    if let Some(factory) = &run.factory_uid {
        map.insert("factory_uid".into(), json!(factory));
    }
    let artifacts = artifact_items(state, run);
    if !artifacts.is_empty() {
        map.insert("artifacts".into(), Value::Array(artifacts));
    }
    item
}

/// A `FactoryTask` as a single-task read shows it: its current run (the
/// dispatch's run, as the fake continues a conversation in the same run)
/// with that run's state, and a stage derived from it. The stage is what a
/// factory's agents would write: it reaches `REVIEW` when the run
/// succeeds, and only a person moves it on to `COMPLETE`; it is not a
/// terminal state to wait for (the spec says as much), `current_run.state` is.
pub(crate) fn factory_task(state: &State, task: &FactoryTask) -> Value {
    let run = state.run(task.run);
    let stage = match run.phase {
        _ if task.cancelled => "CANCELLED",
        Phase::Queued => "TRIAGE",
        Phase::InProgress | Phase::Blocked | Phase::Failed => "IMPLEMENT",
        Phase::Succeeded => "REVIEW",
        Phase::Cancelled => "CANCELLED",
    };
    let mut item = json!({
        "uid": task.uid,
        "factory_uid": task.factory_uid,
        "conversation_id": run.conversation_id,
        "run_id": run.id,
        "author": creator(state),
        "title": task.title,
        "description": null,
        "stage": stage,
        "created_at": ts(task.created_at),
        "updated_at": ts(task.updated_at),
        "outputs": artifact_items(state, run),
        "current_run": {
            "run_id": run.id,
            "state": run.phase.as_str(),
            "is_run_type_cancellable": true,
        },
    });
    if let (Some(metadata), Value::Object(map)) = (&run.metadata, &mut item) {
        for key in ["ticket_source", "ticket_id"] {
            if let Some(value) = metadata.get(key) {
                map.insert(key.into(), value.clone());
            }
        }
    }
    item
}

fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// The run's `ArtifactItem`s: plan, pull request, file.
fn artifact_items(state: &State, run: &Run) -> Vec<Value> {
    let Some(created_at) = run.artifacts_at.map(ts) else {
        return Vec::new();
    };
    let mut items = Vec::new();
    for uid in &run.artifacts {
        let Some(artifact) = state.artifacts.get(uid) else {
            continue;
        };
        match &artifact.kind {
            ArtifactKind::Plan {
                document_uid,
                notebook_uid,
                title,
                ..
            } => items.push(json!({
                "artifact_type": "PLAN",
                "created_at": created_at,
                "data": {
                    "artifact_uid": uid,
                    "document_uid": document_uid,
                    "notebook_uid": notebook_uid,
                    "url": notebook_url(notebook_uid),
                    "title": title,
                },
            })),
            ArtifactKind::File {
                filepath,
                filename,
                mime_type,
                description,
                content,
            } => {
                if let Some(pr) = &run.pull_request {
                    items.push(json!({
                        "artifact_type": "PULL_REQUEST",
                        "created_at": created_at,
                        "data": { "url": pr.url, "branch": pr.branch },
                    }));
                }
                items.push(json!({
                    "artifact_type": "FILE",
                    "created_at": created_at,
                    "data": {
                        "artifact_uid": uid,
                        "filepath": filepath,
                        "filename": filename,
                        "description": description,
                        "mime_type": mime_type,
                        "size_bytes": content.len(),
                    },
                }));
            }
        }
    }
    items
}

fn notebook_url(notebook_uid: &str) -> String {
    format!("https://app.warp.dev/drive/notebook/{notebook_uid}")
}

/// The storage path of a file artifact's content.
pub(crate) fn artifact_path(uid: &str, filename: &str) -> String {
    format!("/storage/artifacts/{uid}/{filename}")
}

/// The storage path of a plan's content, as Markdown.
pub(crate) fn plan_path(uid: &str) -> String {
    format!("/storage/plans/{uid}.md")
}

/// The storage path of an artifact's content.
pub(crate) fn artifact_content_path(artifact: &Artifact) -> String {
    match &artifact.kind {
        ArtifactKind::Plan { .. } => plan_path(&artifact.uid),
        ArtifactKind::File { filename, .. } => artifact_path(&artifact.uid, filename),
    }
}

/// The storage path of a run's transcript.
pub(crate) fn transcript_path(run_id: &str) -> String {
    format!("/storage/transcripts/{run_id}.json")
}

/// An `ArtifactResponse` (`GET /agent/artifacts/{uid}`).
pub(crate) fn artifact_response(app: &App, artifact: &Artifact) -> Value {
    let data = match &artifact.kind {
        ArtifactKind::Plan {
            document_uid,
            notebook_uid,
            title,
            content,
        } => json!({
            "document_uid": document_uid,
            "notebook_uid": notebook_uid,
            "url": notebook_url(notebook_uid),
            "title": title,
            "content": content,
            "content_type": "text/markdown",
        }),
        ArtifactKind::File {
            filepath,
            filename,
            mime_type,
            description,
            content,
        } => {
            let (url, expires) = app.signed_url(&artifact_path(&artifact.uid, filename));
            json!({
                "download_url": url,
                "expires_at": ts(expires),
                "content_type": mime_type,
                "filepath": filepath,
                "filename": filename,
                "description": description,
                "size_bytes": content.len(),
            })
        }
    };
    let kind = match artifact.kind {
        ArtifactKind::Plan { .. } => "PLAN",
        ArtifactKind::File { .. } => "FILE",
    };
    json!({
        "artifact_uid": artifact.uid,
        "artifact_type": kind,
        "created_at": ts(artifact.created_at),
        "data": data,
    })
}

/// A `GetRunTimelineResponse`.
pub(crate) fn timeline(spec: &Spec, run: &Run) -> Value {
    let known = timeline_event_types(spec);
    let events: Vec<Value> = run
        .timeline
        .iter()
        .map(|e| {
            let mut event = json!({
                "event_uuid": e.uuid,
                "run_id": run.id,
                "event_type": event_type(known.as_deref(), e.kind),
                "occurred_at": ts(e.at),
            });
            if let Value::Object(map) = &mut event {
                if let Some(id) = e.execution_id {
                    map.insert("execution_id".into(), json!(id));
                }
                if e.payload.as_object().is_some_and(|p| !p.is_empty()) {
                    map.insert("payload".into(), e.payload.clone());
                }
            }
            event
        })
        .collect();
    json!({ "events": events })
}

/// The event types the spec's timeline response allows, if it lists them.
fn timeline_event_types(spec: &Spec) -> Option<Vec<String>> {
    let op = spec
        .operations()
        .iter()
        .find(|op| op.route() == "GET /agent/runs/{}/timeline")?;
    let schema = op.success()?.schema.as_ref()?;
    let events = spec.resolve(schema).pointer("/properties/events/items")?;
    let event_type = spec.resolve(events).pointer("/properties/event_type")?;
    let values = spec.resolve(event_type).get("enum")?.as_array()?;
    Some(
        values
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect(),
    )
}

/// The name the spec gives an event: upstream renamed the terminal ones
/// (spec F: `oz_run_finished` became `oz_run_done`, and cancellations and
/// failures got their own names).
fn event_type<'a>(known: Option<&[String]>, kind: &'a str) -> &'a str {
    let alternatives: &[&'a str] = match kind {
        "oz_run_finished" => &["oz_run_finished", "oz_run_done"],
        "oz_run_cancelled" => &["oz_run_cancelled", "oz_run_finished"],
        "oz_run_failure" => &["oz_run_failure", "oz_run_failed"],
        _ => return kind,
    };
    let Some(known) = known else {
        return alternatives[0];
    };
    alternatives
        .iter()
        .find(|a| known.iter().any(|k| k == *a))
        .copied()
        .unwrap_or(alternatives[0])
}

/// A `ListModelsResponse`.
pub(crate) fn models() -> Value {
    let models: Vec<Value> = MODELS
        .iter()
        .map(|m| {
            let mut model = json!({
                "id": m.id,
                "display_name": m.name,
                "provider": m.provider,
                "vision_supported": true,
            });
            if let Value::Object(map) = &mut model {
                for (key, value) in [
                    ("reasoning_level", m.reasoning),
                    ("description", m.description),
                    ("disable_reason", m.disabled),
                ] {
                    if let Some(value) = value {
                        map.insert(key.into(), json!(value));
                    }
                }
            }
            model
        })
        .collect();
    json!({ "default_model_id": DEFAULT_MODEL, "models": models })
}

/// The environments every fake server has: `(uid suffix, name, image, repo, setup)`.
pub(crate) const ENVIRONMENTS: &[(&str, &str, &str, &str, &str)] = &[
    (
        "Wdgts",
        "widgets-rust",
        "rust:1.88",
        "widgets",
        "cargo fetch",
    ),
    ("StrFr", "storefront-web", "node:22", "storefront", "npm ci"),
];

/// The uid of environment `i` of [`ENVIRONMENTS`] on this server.
pub(crate) fn environment_uid(state: &State, i: usize) -> String {
    let suffix = ENVIRONMENTS.get(i).map_or("", |e| e.0);
    format!(
        "env{}{suffix}",
        &state.team_uid[..12.min(state.team_uid.len())]
    )
}

/// A `ListEnvironmentsResponse`, sorted by `name` or `last_updated`.
pub(crate) fn environments(state: &State, started: DateTime<Utc>, by_name: bool) -> Value {
    let mut list: Vec<(String, DateTime<Utc>, Value)> = ENVIRONMENTS
        .iter()
        .enumerate()
        .map(|(i, (_, name, image, repo, setup))| {
            let uid = environment_uid(state, i);
            let updated = started - chrono::Duration::days(3 + 11 * i as i64);
            let last_run = state
                .runs()
                .iter()
                .filter(|r| r.config.get("environment_id").and_then(Value::as_str) == Some(&uid))
                .max_by_key(|r| r.created_at);
            let mut env = json!({
                "uid": uid,
                "config": {
                    "name": name,
                    "description": if i == 0 { json!("Rust toolchain with the widgets repository") } else { Value::Null },
                    "docker_image": image,
                    "github_repos": [{ "owner": "acme", "repo": repo }],
                    "setup_commands": [setup],
                },
                "last_updated": ts(updated),
                "last_task_run_timestamp": last_run.map(|r| ts(r.created_at)),
                "setup_failed": i == 1,
                "scope": if i == 0 {
                    json!({ "type": "Team", "uid": state.team_uid })
                } else {
                    json!({ "type": "User", "uid": state.user_uid })
                },
                "creator": creator(state),
            });
            if let (Some(run), Value::Object(map)) = (last_run, &mut env) {
                map.insert(
                    "last_task_created".into(),
                    json!({
                        "id": run.id,
                        "title": run.title,
                        "state": run.phase.as_str(),
                        "created_at": ts(run.created_at),
                        "updated_at": ts(run.updated_at),
                        "started_at": run.started_at().map(ts),
                    }),
                );
            }
            (name.to_string(), updated, env)
        })
        .collect();
    if by_name {
        list.sort_by(|a, b| a.0.cmp(&b.0));
    } else {
        list.sort_by_key(|e| std::cmp::Reverse(e.1));
    }
    json!({ "environments": list.into_iter().map(|e| e.2).collect::<Vec<_>>() })
}
