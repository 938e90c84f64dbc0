//! The API routes: authentication, routing and the run endpoints.

use hyper::header::{LOCATION, WWW_AUTHENTICATE};
use hyper::{Method, StatusCode};
use serde_json::{json, Map, Value};
use tokio::time::Instant;

use crate::app::{injected, json, respond, with_header, App, Problem, Resp, API_PREFIX};
use crate::conversation;
use crate::list;
use crate::render::{self, DEFAULT_MODEL, MODELS};
use crate::state::{title_from, NewRun};

/// A request as the handlers see it.
pub(crate) struct Req<'a> {
    pub(crate) method: &'a Method,
    pub(crate) path: &'a str,
    pub(crate) query: Option<&'a str>,
    pub(crate) authorization: Option<&'a str>,
    pub(crate) body: &'a [u8],
}

/// A handler's answer: JSON with a status, a ready response, or a problem.
enum Reply {
    Json(StatusCode, Value),
    Raw(Resp),
}

type Outcome = Result<Reply, Problem>;

fn ok(value: Value) -> Outcome {
    Ok(Reply::Json(StatusCode::OK, value))
}

/// Answers a request to the API listener.
pub(crate) fn api(app: &App, req: &Req<'_>) -> Resp {
    let Some(rest) = req
        .path
        .strip_prefix(API_PREFIX)
        .filter(|r| r.starts_with('/'))
    else {
        return Problem::not_found(format!("no route for {} {}", req.method, req.path))
            .response(app, req.path);
    };
    if let Err(problem) = authenticate(app, req.authorization) {
        return with_header(problem.response(app, req.path), WWW_AUTHENTICATE, "Bearer");
    }
    if let Some(status) = app.take_failure() {
        let response = injected(status).response(app, req.path);
        return match status.as_u16() {
            429 | 503 => with_header(response, hyper::header::RETRY_AFTER, "1"),
            _ => response,
        };
    }
    let segments: Vec<&str> = rest[1..].split('/').collect();
    match route(app, req, &segments) {
        Ok(Reply::Json(status, value)) => json(status, &value),
        Ok(Reply::Raw(response)) => response,
        Err(problem) => problem.response(app, req.path),
    }
}

fn authenticate(app: &App, header: Option<&str>) -> Result<(), Problem> {
    let unauthorized = |detail: &str| {
        Problem::new(
            StatusCode::UNAUTHORIZED,
            "authentication_required",
            "Authentication required",
            detail,
        )
    };
    let Some(header) = header else {
        return Err(unauthorized(
            "missing Authorization header; send `Authorization: Bearer <API key>`",
        ));
    };
    match header.trim().split_once(' ') {
        Some((scheme, token))
            if scheme.eq_ignore_ascii_case("bearer") && token.trim() == app.api_key =>
        {
            Ok(())
        }
        Some((scheme, _)) if scheme.eq_ignore_ascii_case("bearer") => {
            Err(unauthorized("invalid API key"))
        }
        _ => Err(unauthorized(
            "malformed Authorization header; expected `Bearer <API key>`",
        )),
    }
}

fn allow(req: &Req<'_>, allowed: &[Method]) -> Result<(), Problem> {
    if allowed.contains(req.method) {
        return Ok(());
    }
    let list = allowed
        .iter()
        .map(Method::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    let mut problem = Problem::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "invalid_request",
        "Method not allowed",
        format!("{} is not supported on {}", req.method, req.path),
    );
    problem.allow = Some(list);
    Err(problem)
}

fn route(app: &App, req: &Req<'_>, segments: &[&str]) -> Outcome {
    let now = app.clock.now();
    if let Some(answer) = app
        .catalog()
        .route(req.method, segments, || json_object(req.body), now)
    {
        return answer.map(|(status, value)| match status {
            StatusCode::NO_CONTENT => Reply::Raw(respond(status, "application/json", Vec::new())),
            _ => Reply::Json(status, value),
        });
    }
    let (get, post) = (Method::GET, Method::POST);
    match segments {
        ["agent", "runs"] => {
            allow(req, &[get.clone(), post])?;
            if req.method == Method::GET {
                list_runs(app, req)
            } else {
                create_run(app, req)
            }
        }
        ["agent", "run"] => allow(req, &[post]).and_then(|()| create_run(app, req)),
        ["agent", "runs", id, rest @ ..] if id.is_empty() && rest.len() <= 1 => {
            Err(Problem::bad_request("missing run ID"))
        }
        ["agent", "runs", id] => allow(req, &[get]).and_then(|()| get_run(app, id)),
        ["agent", "runs", id, "conversation"] => {
            allow(req, &[get]).and_then(|()| run_conversation(app, id))
        }
        ["agent", "runs", id, "timeline"] => allow(req, &[get]).and_then(|()| timeline(app, id)),
        ["agent", "runs", id, "transcript"] => {
            allow(req, &[get]).and_then(|()| transcript(app, id))
        }
        ["agent", "runs", id, "cancel"] => allow(req, &[post]).and_then(|()| cancel(app, id)),
        ["agent", "runs", id, "followups"] => {
            allow(req, &[post]).and_then(|()| followup(app, req, id))
        }
        ["agent", "artifacts", ""] => Err(Problem::bad_request("missing artifact UID")),
        ["agent", "artifacts", uid] => allow(req, &[get]).and_then(|()| artifact(app, uid)),
        ["agent", "conversations", id] if !id.is_empty() => {
            allow(req, &[get]).and_then(|()| conversation_by_id(app, id))
        }
        ["agent", "models"] => allow(req, &[get]).and_then(|()| ok(render::models())),
        ["agent", "environments"] => allow(req, &[get]).and_then(|()| environments(app, req)),
        ["harness-support", "transcript"] => allow(req, &[get]).and_then(|()| {
            Err(Problem::bad_request(
                "the harness transcript can only be fetched from within a cloud agent \
                 execution environment whose task has a conversation",
            ))
        }),
        _ => Err(Problem::not_found(format!(
            "no route for {} {}",
            req.method, req.path
        ))),
    }
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
    let page = list::page(&state, req.query.unwrap_or(""))?;
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
    ok(json!({ "runs": runs, "page_info": page_info }))
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
    ok(render::timeline(state.run(index)))
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
    let (url, _) = app.signed_url(&render::transcript_path(id));
    let response = respond(StatusCode::FOUND, "text/plain; charset=utf-8", "");
    Ok(Reply::Raw(with_header(response, LOCATION, &url)))
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
    let body = json_object(req.body)?;
    let message = opt_str(&body, "message")?.unwrap_or_default();
    if let Some(mode) = opt_str(&body, "mode")? {
        check_mode(&mode)?;
    }
    if message.trim().is_empty() {
        return Err(Problem::bad_request("message must not be empty"));
    }
    let mut state = app.state();
    let index = state.index(id).ok_or_else(|| run_not_found(id))?;
    let now = Instant::now();
    state.advance(index, &app.clock, now);
    state.followup(index, message, &app.clock, now);
    ok(json!({}))
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
    for (key, value) in list::query_pairs(req.query.unwrap_or("")) {
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
    if let Some(parent) = &parent_run_id {
        if state.index(parent).is_none() {
            return Err(run_not_found(parent));
        }
    }
    let title = title
        .filter(|t| !t.trim().is_empty())
        .unwrap_or_else(|| title_from(&prompt));
    let new = NewRun {
        prompt,
        title,
        model_id,
        config,
        parent_run_id,
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
