//! The hand-written run lifecycle: runs, their conversation, timeline,
//! transcript and artifacts, models and environments.

use hyper::header::LOCATION;
use hyper::StatusCode;
use serde_json::{json, Map, Value};
use tokio::time::Instant;

use crate::app::App;
use crate::conversation;
use crate::list;
use crate::render::{self, DEFAULT_MODEL, MODELS};
use crate::reply::{ok, respond, with_header, Outcome, Problem, Reply};
use crate::request::{check_metadata_key, query_pairs, Req};
use crate::state::{title_from, NewRun, Phase, State};

/// Answers the operations the lifecycle covers, by route (method and path
/// template without parameter names, so a renamed parameter still matches);
/// `None` for every other operation.
pub(crate) fn handle(
    app: &App,
    route: &str,
    params: &[(String, String)],
    req: &Req<'_>,
) -> Option<Outcome> {
    if let Some(outcome) = factory_task(app, route, params) {
        return Some(outcome);
    }
    let (_, needs, handler) = ROUTES.iter().find(|(r, _, _)| *r == route)?;
    let id = params.first().map_or("", |(_, v)| v.as_str());
    Some(match needs {
        Some(what) if id.is_empty() => Err(Problem::bad_request(format!("missing {what}"))),
        _ => handler(app, id, req),
    })
}

/// A route's handler: the app, the value of the route's path parameter
/// (`""` when it has none) and the request.
type Handler = fn(&App, &str, &Req<'_>) -> Outcome;

/// The routes the lifecycle answers by hand, each with what its path
/// parameter names (a request where it is empty is a `400`) and its
/// handler: the one list [`handle`] answers from and [`covers`] reads.
const ROUTES: &[(&str, Option<&str>, Handler)] = &[
    ("POST /agent/runs", None, |app, _, req| create_run(app, req)),
    ("POST /agent/run", None, |app, _, req| create_run(app, req)),
    ("GET /agent/runs", None, |app, _, req| list_runs(app, req)),
    ("GET /agent/runs/{}", Some("run ID"), |app, id, _| {
        get_run(app, id)
    }),
    (
        "GET /agent/runs/{}/conversation",
        Some("run ID"),
        |app, id, _| run_conversation(app, id),
    ),
    (
        "GET /agent/runs/{}/timeline",
        Some("run ID"),
        |app, id, _| timeline(app, id),
    ),
    (
        "GET /agent/runs/{}/transcript",
        Some("run ID"),
        |app, id, _| transcript(app, id),
    ),
    (
        "POST /agent/runs/{}/cancel",
        Some("run ID"),
        |app, id, _| cancel(app, id),
    ),
    (
        "POST /agent/runs/{}/followups",
        Some("run ID"),
        |app, id, req| followup(app, req, id),
    ),
    (
        "POST /agent/runs/{}/interrupt",
        Some("run ID"),
        |app, id, _| interrupt(app, id),
    ),
    (
        "POST /agent/conversations/{}/followups",
        Some("conversation ID"),
        |app, id, req| conversation_followup(app, req, id),
    ),
    (
        "POST /agent/conversations/{}/interrupt",
        Some("conversation ID"),
        |app, id, _| conversation_interrupt(app, id),
    ),
    (
        "POST /factory/{}/runs",
        Some("factory UID"),
        |app, id, req| dispatch_factory_run(app, req, id),
    ),
    (
        "GET /factory/{}/task-by-run",
        Some("factory UID"),
        |app, id, req| factory_task_by_run(app, req, id),
    ),
    (
        "GET /agent/artifacts/{}",
        Some("artifact UID"),
        |app, id, _| artifact(app, id),
    ),
    (
        "GET /agent/artifacts/{}/download",
        Some("artifact UID"),
        |app, id, _| download_artifact(app, id),
    ),
    (
        "GET /agent/conversations/{}",
        Some("conversation ID"),
        |app, id, _| conversation_by_id(app, id),
    ),
    (
        "GET /agent/conversations/{}/transcript",
        Some("conversation ID"),
        |app, id, _| conversation_transcript(app, id),
    ),
    ("GET /agent/models", None, |_, _, _| ok(render::models())),
    ("GET /agent/environments", None, |app, _, req| {
        environments(app, req)
    }),
];

/// Whether the lifecycle answers this route by hand.
pub(crate) fn covers(route: &str) -> bool {
    ROUTES.iter().any(|(r, _, _)| *r == route)
}

/// Whether `id` exists in the lifecycle's collection at `collection`
/// (`/agent/runs`, `/agent/artifacts`, `/agent/conversations`); `None` for
/// collections the lifecycle does not hold.
pub(crate) fn exists(app: &App, collection: &str, id: &str) -> Option<bool> {
    let mut state = app.state();
    match collection {
        "/agent/runs" => Some(state.index(id).is_some()),
        "/agent/artifacts" => Some(state.artifacts.contains_key(id)),
        "/agent/conversations" => {
            state.advance_all(&app.clock, Instant::now());
            Some(state.by_conversation(id).is_some())
        }
        _ => None,
    }
}

/// The team a request acts as: `X-Warp-Team-Uid`, else the user's team.
fn team(state: &State, req: &Req<'_>) -> String {
    req.team_uid
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map_or_else(|| state.team_uid.clone(), str::to_owned)
}

fn run_not_found(id: &str) -> Problem {
    Problem::not_found(format!("run {id} not found"))
}

fn get_run(app: &App, id: &str) -> Outcome {
    let mut state = app.state();
    let index = state.index(id).ok_or_else(|| run_not_found(id))?;
    state.poll(index, &app.clock, Instant::now());
    ok(render::run_item(&state, state.run(index), app.clock.now()))
}

fn list_runs(app: &App, req: &Req<'_>) -> Outcome {
    let mut state = app.state();
    state.advance_all(&app.clock, Instant::now());
    let team = team(&state, req);
    let page = list::page(&state, req.query.unwrap_or(""), &team)?;
    let now = app.clock.now();
    let runs: Vec<Value> = page
        .runs
        .iter()
        .map(|&i| render::run_item(&state, state.run(i), now))
        .collect();
    let mut page_info = json!({ "has_next_page": page.next_cursor.is_some() });
    if let (Some(cursor), Value::Object(map)) = (page.next_cursor, &mut page_info) {
        map.insert("next_cursor".into(), json!(cursor));
    }
    // When the runs were read (spec H's `as_of`) and the team the listing
    // was scoped to: the server's own, not values made up to fit the schema,
    // and only where the spec served declares them (G does not).
    let mut body = json!({ "runs": runs, "page_info": page_info });
    let schema = app
        .spec
        .operations()
        .iter()
        .find(|op| op.route() == "GET /agent/runs")
        .and_then(|op| op.success())
        .and_then(|r| r.schema.as_ref());
    if let (Some(schema), Value::Object(map)) = (schema, &mut body) {
        for (member, value) in [("as_of", json!(render::ts(now))), ("team_uid", json!(team))] {
            if crate::conform::declares(&app.spec, schema, member) {
                map.insert(member.into(), value);
            }
        }
    }
    ok(body)
}

fn run_conversation(app: &App, id: &str) -> Outcome {
    let mut state = app.state();
    let index = state.index(id).ok_or_else(|| run_not_found(id))?;
    state.advance(index, &app.clock, Instant::now());
    let run = state.run(index);
    if !run.started() {
        return Err(Problem::not_found(format!(
            "run {id} has no conversation yet (it is {})",
            run.phase.as_str()
        )));
    }
    ok(conversation::conversation(run))
}

fn conversation_by_id(app: &App, id: &str) -> Outcome {
    let mut state = app.state();
    state.advance_all(&app.clock, Instant::now());
    let index = state
        .by_conversation(id)
        .ok_or_else(|| Problem::not_found(format!("conversation {id} not found")))?;
    ok(conversation::conversation(state.run(index)))
}

fn timeline(app: &App, id: &str) -> Outcome {
    let mut state = app.state();
    let index = state.index(id).ok_or_else(|| run_not_found(id))?;
    state.advance(index, &app.clock, Instant::now());
    ok(render::timeline(&app.spec, state.run(index)))
}

fn transcript(app: &App, id: &str) -> Outcome {
    let started = {
        let mut state = app.state();
        let index = state.index(id).ok_or_else(|| run_not_found(id))?;
        state.advance(index, &app.clock, Instant::now());
        state.run(index).started()
    };
    if !started {
        return Err(Problem::not_found(format!(
            "run {id} has no transcript yet"
        )));
    }
    Ok(redirect(app, &render::transcript_path(id)))
}

/// `302 Found` to a signed storage URL for `path`.
fn redirect(app: &App, path: &str) -> Reply {
    let (url, _) = app.signed_url(path);
    let response = respond(StatusCode::FOUND, "text/plain; charset=utf-8", "");
    Reply::Raw(with_header(response, LOCATION, &url))
}

/// `GET /conversations/{id}/transcript` (spec G): the transcript of the run
/// that holds the conversation.
fn conversation_transcript(app: &App, id: &str) -> Outcome {
    let run_id = {
        let mut state = app.state();
        state.advance_all(&app.clock, Instant::now());
        let index = state
            .by_conversation(id)
            .ok_or_else(|| Problem::not_found(format!("conversation {id} not found")))?;
        state.run(index).id.clone()
    };
    Ok(redirect(app, &render::transcript_path(&run_id)))
}

/// `GET /agent/artifacts/{uid}/download` (spec G): a redirect to the
/// artifact's content in storage (a plan's as Markdown).
fn download_artifact(app: &App, uid: &str) -> Outcome {
    let path = app
        .state()
        .artifacts
        .get(uid)
        .map(render::artifact_content_path)
        .ok_or_else(|| Problem::not_found(format!("artifact {uid} not found")))?;
    Ok(redirect(app, &path))
}

fn cancel(app: &App, id: &str) -> Outcome {
    let mut state = app.state();
    let index = state.index(id).ok_or_else(|| run_not_found(id))?;
    let now = Instant::now();
    state.advance(index, &app.clock, now);
    let phase = state.run(index).phase;
    if phase.is_terminal() {
        return Err(Problem::bad_request(format!(
            "run {id} is already in a terminal state ({})",
            phase.as_str()
        )));
    }
    state.cancel(index, app.clock.wall(now));
    ok(json!(id))
}

fn followup(app: &App, req: &Req<'_>, id: &str) -> Outcome {
    let message = followup_message(req)?;
    let mut state = app.state();
    let index = state.index(id).ok_or_else(|| run_not_found(id))?;
    ok(apply_followup(app, &mut state, index, message))
}

/// `POST /agent/conversations/{id}/followups`: the follow-up goes to the
/// run serving the conversation; the answer names it.
fn conversation_followup(app: &App, req: &Req<'_>, id: &str) -> Outcome {
    let message = followup_message(req)?;
    let mut state = app.state();
    let index = conversation_run(app, &mut state, id)?;
    let mut answer = apply_followup(app, &mut state, index, message);
    answer["run_id"] = json!(state.run(index).id);
    ok(answer)
}

/// The run serving conversation `id`, or `404`.
fn conversation_run(app: &App, state: &mut State, id: &str) -> Result<usize, Problem> {
    state.advance_all(&app.clock, Instant::now());
    state
        .by_conversation(id)
        .ok_or_else(|| Problem::not_found(format!("conversation {id} not found")))
}

/// A follow-up's message, checked.
fn followup_message(req: &Req<'_>) -> Result<String, Problem> {
    let body = json_object(req.body)?;
    let message = opt_str(&body, "message")?.unwrap_or_default();
    if let Some(mode) = opt_str(&body, "mode")? {
        check_mode(&mode)?;
    }
    if message.trim().is_empty() {
        return Err(Problem::bad_request("message must not be empty"));
    }
    Ok(message)
}

/// Records a follow-up on the run at `index`; the acknowledgement says how
/// it was routed, from the state the run was in.
fn apply_followup(app: &App, state: &mut State, index: usize, message: String) -> Value {
    let now = Instant::now();
    state.advance(index, &app.clock, now);
    let outcome = match state.run(index).phase {
        Phase::Queued => "queued_prompt",
        Phase::InProgress | Phase::Blocked => "live_session",
        Phase::Succeeded | Phase::Failed | Phase::Cancelled => "handoff_execution",
    };
    let followup_id = (outcome != "queued_prompt").then(|| state.uuid());
    state.followup(index, message, &app.clock, now);
    json!({ "followup_id": followup_id, "outcome": outcome })
}

/// `POST /agent/runs/{id}/interrupt`: `202` for a run whose agent is at
/// work (applied after the stale window, see `State::interrupt`) or already
/// waiting for input (nothing to stop); `409` otherwise, with the reason
/// the spec names.
fn interrupt(app: &App, id: &str) -> Outcome {
    let mut state = app.state();
    let index = state.index(id).ok_or_else(|| run_not_found(id))?;
    apply_interrupt(app, &mut state, index)?;
    Ok(Reply::Json(StatusCode::ACCEPTED, json!({})))
}

/// `POST /agent/conversations/{id}/interrupt`: the same, for the run
/// serving the conversation; the answer names it.
fn conversation_interrupt(app: &App, id: &str) -> Outcome {
    let mut state = app.state();
    let index = conversation_run(app, &mut state, id)?;
    apply_interrupt(app, &mut state, index)?;
    let run_id = state.run(index).id.clone();
    Ok(Reply::Json(
        StatusCode::ACCEPTED,
        json!({ "run_id": run_id }),
    ))
}

fn apply_interrupt(app: &App, state: &mut State, index: usize) -> Result<(), Problem> {
    let now = Instant::now();
    state.advance(index, &app.clock, now);
    let conflict = |code: &'static str, detail: String| {
        Problem::new(StatusCode::CONFLICT, code, "Cannot interrupt", detail)
    };
    let run = state.run(index);
    match run.phase {
        Phase::InProgress => {
            state.interrupt(index, now);
            Ok(())
        }
        Phase::Blocked => Ok(()),
        Phase::Queued => Err(conflict(
            "no_live_session",
            format!("run {} has no live session yet", run.id),
        )),
        Phase::Succeeded | Phase::Failed | Phase::Cancelled => Err(conflict(
            "session_ended",
            format!("the session of run {} has ended", run.id),
        )),
    }
}

/// `POST /factory/{uid}/runs`: an ordinary run (see `State::dispatch`),
/// stamped with the ticket reference as `ticket_source`/`ticket_id` (and
/// `ticket_url`) metadata; `ticket_ref` is `<source>:<id>`, or minted
/// (`adhoc:…`) when not given.
fn dispatch_factory_run(app: &App, req: &Req<'_>, factory_uid: &str) -> Outcome {
    let body = json_object(req.body)?;
    let prompt = opt_str(&body, "prompt")?.unwrap_or_default();
    if prompt.trim().is_empty() {
        return Err(Problem::bad_request("prompt is required"));
    }
    let title = opt_str(&body, "title")?
        .filter(|t| !t.trim().is_empty())
        .unwrap_or_else(|| title_from(&prompt));
    let ticket_url = opt_str(&body, "ticket_url")?;
    let mut state = app.state();
    let ticket_ref = match opt_str(&body, "ticket_ref")? {
        Some(reference) => reference,
        None => format!("adhoc:{}", state.hex(12)),
    };
    let (source, ticket) = ticket_ref
        .split_once(':')
        .filter(|(source, id)| {
            !id.trim().is_empty()
                && !source.is_empty()
                && source
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-'))
        })
        .ok_or_else(|| {
            Problem::bad_request(format!(
                "ticket_ref {ticket_ref:?} is not of the form <source>:<id>"
            ))
        })?;
    let mut metadata = Map::new();
    metadata.insert("ticket_source".into(), json!(source));
    metadata.insert("ticket_id".into(), json!(ticket));
    if let Some(url) = &ticket_url {
        metadata.insert("ticket_url".into(), json!(url));
    }
    let mut config = Map::new();
    config.insert("model_id".into(), json!(DEFAULT_MODEL));
    let new = NewRun {
        prompt,
        title,
        model_id: DEFAULT_MODEL.to_owned(),
        config,
        metadata: Some(metadata),
        team_uid: Some(team(&state, req)),
        ..NewRun::default()
    };
    let index = state.dispatch(new, factory_uid, &app.clock, Instant::now());
    let run = state.run(index);
    Ok(Reply::Json(
        StatusCode::CREATED,
        json!({
            "run_id": run.id,
            "run_url": "",
            "state": run.phase.as_str(),
            "factory_uid": factory_uid,
            "foreman_agent": "foreman",
            "ticket_ref": ticket_ref,
        }),
    ))
}

/// `GET /factory/{uid}/task-by-run?run_id=…`: the task whose run tree holds
/// the run; `404` until the task resolves (its run started).
fn factory_task_by_run(app: &App, req: &Req<'_>, factory_uid: &str) -> Outcome {
    let run_id = query_pairs(req.query.unwrap_or(""))
        .into_iter()
        .find(|(k, _)| k == "run_id")
        .map(|(_, v)| v)
        .filter(|v| !v.is_empty())
        .ok_or_else(|| Problem::bad_request("missing run_id"))?;
    let mut state = app.state();
    state.advance_all(&app.clock, Instant::now());
    let task = state
        .index(&run_id)
        .and_then(|index| state.factory_task_by_run(factory_uid, index))
        .ok_or_else(|| {
            Problem::not_found(format!(
                "run {run_id} does not resolve to a live task of factory {factory_uid}"
            ))
        })?;
    ok(render::factory_task(&state, &state.factory_tasks[task]))
}

/// `GET /factory/{uid}/tasks/{task_uid}` and its `/cancel`, for a task a
/// dispatch made; `None` for any other task (those of `createFactoryTask`
/// live in the generic store).
fn factory_task(app: &App, route: &str, params: &[(String, String)]) -> Option<Outcome> {
    let cancel = match route {
        "GET /factory/{}/tasks/{}" => false,
        "POST /factory/{}/tasks/{}/cancel" => true,
        _ => return None,
    };
    let [(_, factory_uid), (_, task_uid)] = params else {
        return None;
    };
    let mut state = app.state();
    let now = Instant::now();
    state.advance_all(&app.clock, now);
    let task = state
        .factory_task(task_uid)
        .filter(|&t| state.factory_tasks[t].factory_uid == *factory_uid)?;
    if cancel {
        let run = state.factory_tasks[task].run;
        let phase = state.run(run).phase;
        if phase.is_terminal() {
            return Some(Err(Problem::bad_request(format!(
                "the task's current run is already {}",
                phase.as_str()
            ))));
        }
        let at = app.clock.wall(now);
        state.cancel(run, at);
        let task = &mut state.factory_tasks[task];
        task.cancelled = true;
        task.updated_at = at;
    }
    Some(ok(render::factory_task(&state, &state.factory_tasks[task])))
}

fn artifact(app: &App, uid: &str) -> Outcome {
    let artifact = app
        .state()
        .artifacts
        .get(uid)
        .cloned()
        .ok_or_else(|| Problem::not_found(format!("artifact {uid} not found")))?;
    ok(render::artifact_response(app, &artifact))
}

fn environments(app: &App, req: &Req<'_>) -> Outcome {
    let mut by_name = false;
    for (key, value) in query_pairs(req.query.unwrap_or("")) {
        if key == "sort_by" {
            by_name = match value.as_str() {
                "name" => true,
                "last_updated" => false,
                _ => {
                    return Err(Problem::bad_request(format!(
                        "sort_by must be `name` or `last_updated`, not {value:?}"
                    )))
                }
            };
        }
    }
    let state = app.state();
    ok(render::environments(&state, app.clock.started(), by_name))
}

fn create_run(app: &App, req: &Req<'_>) -> Outcome {
    let body = json_object(req.body)?;
    let prompt = opt_str(&body, "prompt")?.unwrap_or_default();
    let title = opt_str(&body, "title")?;
    let skill = opt_str(&body, "skill")?;
    let conversation_id = opt_str(&body, "conversation_id")?;
    let parent_run_id = opt_str(&body, "parent_run_id")?;
    let metadata = check_metadata(body.get("metadata"))?;
    opt_str(&body, "agent_identity_uid")?;
    if let Some(mode) = opt_str(&body, "mode")? {
        check_mode(&mode)?;
    }
    for key in ["team", "interactive"] {
        if !matches!(body.get(key), None | Some(Value::Null | Value::Bool(_))) {
            return Err(Problem::bad_request(format!("`{key}` must be a boolean")));
        }
    }
    let mut config = match body.get("config") {
        None | Some(Value::Null) => Map::new(),
        Some(Value::Object(config)) => config.clone(),
        Some(_) => return Err(Problem::bad_request("`config` must be an object")),
    };
    let model_id = opt_str(&config, "model_id")?.unwrap_or_else(|| DEFAULT_MODEL.to_owned());
    match MODELS.iter().find(|m| m.id == model_id) {
        None => {
            return Err(Problem::bad_request(format!(
                "unknown model_id {model_id:?}; see GET /agent/models"
            )))
        }
        Some(model) if model.disabled.is_some() => {
            return Err(Problem::new(
                StatusCode::FORBIDDEN,
                "feature_not_available",
                "Feature not available",
                format!("model {model_id} is not available on your plan"),
            ))
        }
        Some(_) => {}
    }
    config.insert("model_id".into(), json!(model_id));
    let skill_spec = opt_str(&config, "skill_spec")?;
    let has_skills = config
        .get("skills")
        .and_then(Value::as_array)
        .is_some_and(|s| !s.is_empty());
    check_attachments(body.get("attachments"))?;

    let skill = skill.or(skill_spec);
    let prompt = match (prompt.trim().is_empty(), &skill, &conversation_id) {
        (false, _, _) => prompt,
        (true, Some(skill), _) => format!("Run the skill {skill}"),
        (true, None, _) if has_skills => "Run the configured skills".to_owned(),
        (true, None, Some(_)) => "Continue the conversation".to_owned(),
        (true, None, None) => {
            return Err(Problem::bad_request(
                "prompt is required unless a skill or conversation_id is given",
            ))
        }
    };

    let mut state = app.state();
    if let Some(env) = opt_str(&config, "environment_id")? {
        let known =
            (0..render::ENVIRONMENTS.len()).any(|i| render::environment_uid(&state, i) == env);
        if !known {
            return Err(Problem::new(
                StatusCode::FORBIDDEN,
                "not_authorized",
                "Not authorized",
                format!("environment {env} does not exist or is not accessible"),
            ));
        }
    }
    let mut ancestor_run_id = None;
    let mut metadata = metadata;
    if let Some(parent) = &parent_run_id {
        let index = state.index(parent).ok_or_else(|| run_not_found(parent))?;
        let parent_run = state.run(index);
        ancestor_run_id = Some(
            parent_run
                .ancestor_run_id
                .clone()
                .unwrap_or_else(|| parent_run.id.clone()),
        );
        // Explicit keys override the ones inherited from the parent.
        if let Some(inherited) = &parent_run.metadata {
            let mut merged = inherited.clone();
            merged.extend(metadata.unwrap_or_default());
            if merged.len() > MAX_METADATA {
                return Err(Problem::bad_request(format!(
                    "metadata has {} keys with the parent run's; at most {MAX_METADATA} are allowed",
                    merged.len()
                )));
            }
            metadata = Some(merged);
        }
    }
    let title = title
        .filter(|t| !t.trim().is_empty())
        .unwrap_or_else(|| title_from(&prompt));
    let team_uid = Some(team(&state, req));
    let new = NewRun {
        prompt,
        title,
        model_id,
        config,
        parent_run_id,
        ancestor_run_id,
        metadata,
        team_uid,
    };
    let index = state.create(new, &app.clock, Instant::now());
    let run = state.run(index);
    ok(json!({
        "run_id": run.id,
        "task_id": run.id,
        "state": run.phase.as_str(),
        "at_capacity": false,
    }))
}

/// Keys a run's metadata may have.
const MAX_METADATA: usize = 20;

/// Validates `metadata` as spec G's `RunMetadata` describes it: at most 20
/// keys of 1–64 bytes of `[a-zA-Z0-9._-]`, string values of at most 256
/// bytes without NUL. `null` or absent: none.
fn check_metadata(metadata: Option<&Value>) -> Result<Option<Map<String, Value>>, Problem> {
    let map = match metadata {
        None | Some(Value::Null) => return Ok(None),
        Some(Value::Object(map)) => map,
        Some(_) => {
            return Err(Problem::bad_request(
                "`metadata` must be an object of string values",
            ))
        }
    };
    if map.len() > MAX_METADATA {
        return Err(Problem::bad_request(format!(
            "metadata has {} keys; at most {MAX_METADATA} are allowed",
            map.len()
        )));
    }
    for (key, value) in map {
        check_metadata_key(key)?;
        match value {
            Value::String(v) if v.len() <= 256 && !v.contains('\0') => {}
            Value::String(_) => {
                return Err(Problem::bad_request(format!(
                    "metadata value of {key:?} must be at most 256 bytes, without NUL"
                )))
            }
            _ => {
                return Err(Problem::bad_request(format!(
                    "metadata value of {key:?} must be a string"
                )))
            }
        }
    }
    Ok(Some(map.clone()))
}

fn check_mode(mode: &str) -> Result<(), Problem> {
    match mode {
        "normal" | "plan" | "orchestrate" => Ok(()),
        _ => Err(Problem::bad_request(format!(
            "mode must be one of normal, plan, orchestrate, not {mode:?}"
        ))),
    }
}

fn check_attachments(attachments: Option<&Value>) -> Result<(), Problem> {
    use base64::Engine as _;
    let list = match attachments {
        None | Some(Value::Null) => return Ok(()),
        Some(Value::Array(list)) => list,
        Some(_) => return Err(Problem::bad_request("`attachments` must be an array")),
    };
    if list.len() > 5 {
        return Err(Problem::bad_request("at most 5 attachments are allowed"));
    }
    for (i, attachment) in list.iter().enumerate() {
        let Value::Object(attachment) = attachment else {
            return Err(Problem::bad_request(format!(
                "attachments[{i}] must be an object"
            )));
        };
        for key in ["file_name", "mime_type", "data"] {
            if opt_str(attachment, key)?.is_none() {
                return Err(Problem::bad_request(format!(
                    "attachments[{i}].{key} is required"
                )));
            }
        }
        let data = opt_str(attachment, "data")?.unwrap_or_default();
        if base64::engine::general_purpose::STANDARD
            .decode(data)
            .is_err()
        {
            return Err(Problem::bad_request(format!(
                "attachments[{i}].data is not valid base64"
            )));
        }
    }
    Ok(())
}

/// The request body as a JSON object.
fn json_object(body: &[u8]) -> Result<Map<String, Value>, Problem> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(Problem::bad_request("a JSON request body is required"));
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(Problem::bad_request(
            "the request body must be a JSON object",
        )),
        Err(e) => Err(Problem::bad_request(format!(
            "the request body is not valid JSON: {e}"
        ))),
    }
}

/// An optional string member; `null` counts as absent.
fn opt_str(map: &Map<String, Value>, key: &str) -> Result<Option<String>, Problem> {
    match map.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(Problem::bad_request(format!("`{key}` must be a string"))),
    }
}
