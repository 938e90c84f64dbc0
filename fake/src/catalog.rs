//! Scheduled agents, agent identities, skills and self-hosted workers: small
//! in-memory stores so every operation of the spec answers on the fake server.

use std::collections::BTreeMap;

use chrono::{DateTime, SecondsFormat, Utc};
use hyper::{Method, StatusCode};
use serde_json::{json, Map, Value};

use crate::app::Problem;

/// What a catalog handler answers: a status and a JSON body (`Null` for none).
pub(crate) type Answer = Result<(StatusCode, Value), Problem>;

/// The stores, inside the server's [`App`](crate::app::App).
#[derive(Default)]
pub(crate) struct Catalog {
    schedules: BTreeMap<String, Value>,
    agents: BTreeMap<String, Value>,
    next: u64,
}

fn timestamp(now: DateTime<Utc>) -> String {
    now.to_rfc3339_opts(SecondsFormat::Millis, true)
}

fn string(map: &Map<String, Value>, key: &str, required: bool) -> Result<Option<String>, Problem> {
    match map.get(key) {
        None | Some(Value::Null) if required => {
            Err(Problem::bad_request(format!("`{key}` is required")))
        }
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if required && s.trim().is_empty() => {
            Err(Problem::bad_request(format!("`{key}` must not be empty")))
        }
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(Problem::bad_request(format!("`{key}` must be a string"))),
    }
}

fn boolean(map: &Map<String, Value>, key: &str) -> Result<Option<bool>, Problem> {
    match map.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Bool(b)) => Ok(Some(*b)),
        Some(_) => Err(Problem::bad_request(format!("`{key}` must be a boolean"))),
    }
}

/// Five space-separated cron fields; enough to catch obvious mistakes.
fn check_cron(cron: &str) -> Result<(), Problem> {
    if cron.split_whitespace().count() == 5 {
        Ok(())
    } else {
        Err(Problem::bad_request(format!(
            "invalid cron_schedule {cron:?}: expected 5 fields"
        )))
    }
}

impl Catalog {
    fn id(&mut self, prefix: &str) -> String {
        self.next += 1;
        format!("{prefix}-{:04}", self.next)
    }

    /// Answers `segments` if they name a catalog route.
    pub(crate) fn route(
        &mut self,
        method: &Method,
        segments: &[&str],
        body: impl FnOnce() -> Result<Map<String, Value>, Problem>,
        now: DateTime<Utc>,
    ) -> Option<Answer> {
        let get = method == Method::GET;
        let post = method == Method::POST;
        Some(match segments {
            ["agent"] if get => Ok((StatusCode::OK, skills())),
            ["agent", "connected-self-hosted-workers"] if get => {
                Ok((StatusCode::OK, json!({ "workers": [] })))
            }
            ["agent", "schedules"] if get => Ok((
                StatusCode::OK,
                json!({ "schedules": self.schedules.values().cloned().collect::<Vec<_>>() }),
            )),
            ["agent", "schedules"] if post => body().and_then(|b| self.create_schedule(&b, now)),
            ["agent", "schedules", id] if get => {
                self.schedule(id).map(|s| (StatusCode::OK, s.clone()))
            }
            ["agent", "schedules", id] if method == Method::PUT => {
                body().and_then(|b| self.update_schedule(id, &b, now))
            }
            ["agent", "schedules", id] if method == Method::DELETE => {
                match self.schedules.remove(*id) {
                    Some(_) => Ok((StatusCode::OK, json!({ "success": true }))),
                    None => Err(schedule_not_found(id)),
                }
            }
            ["agent", "schedules", id, action @ ("pause" | "resume")] if post => {
                let enabled = *action == "resume";
                self.schedule_mut(id).map(|s| {
                    s["enabled"] = json!(enabled);
                    s["updated_at"] = json!(timestamp(now));
                    (StatusCode::OK, s.clone())
                })
            }
            ["agent", "identities"] if get => Ok((
                StatusCode::OK,
                json!({ "agents": self.agents.values().cloned().collect::<Vec<_>>() }),
            )),
            ["agent", "identities"] if post => body().and_then(|b| self.create_agent(&b, now)),
            ["agent", "identities", uid] if get => {
                self.agent(uid).map(|a| (StatusCode::OK, a.clone()))
            }
            ["agent", "identities", uid] if method == Method::PUT => {
                body().and_then(|b| self.update_agent(uid, &b, now))
            }
            ["agent", "identities", uid] if method == Method::DELETE => {
                match self.agents.remove(*uid) {
                    Some(_) => Ok((StatusCode::NO_CONTENT, Value::Null)),
                    None => Err(agent_not_found(uid)),
                }
            }
            _ => return None,
        })
    }

    fn schedule(&self, id: &str) -> Result<&Value, Problem> {
        self.schedules.get(id).ok_or_else(|| schedule_not_found(id))
    }

    fn schedule_mut(&mut self, id: &str) -> Result<&mut Value, Problem> {
        self.schedules
            .get_mut(id)
            .ok_or_else(|| schedule_not_found(id))
    }

    fn create_schedule(&mut self, body: &Map<String, Value>, now: DateTime<Utc>) -> Answer {
        let name = string(body, "name", true)?.unwrap_or_default();
        let cron = string(body, "cron_schedule", true)?.unwrap_or_default();
        check_cron(&cron)?;
        let prompt = string(body, "prompt", false)?;
        let enabled = boolean(body, "enabled")?.unwrap_or(true);
        let id = self.id("sched");
        let mut schedule = json!({
            "id": id, "name": name, "cron_schedule": cron, "enabled": enabled,
            "prompt": prompt.unwrap_or_default(), "last_spawn_error": null,
            "created_at": timestamp(now), "updated_at": timestamp(now),
            "history": { "last_ran": null, "next_run": null },
            "scope": { "type": "User", "uid": "fake-user" },
        });
        for key in ["agent_config", "agent_uid"] {
            if let Some(value) = body.get(key).filter(|v| !v.is_null()) {
                schedule[key] = value.clone();
            }
        }
        self.schedules.insert(id, schedule.clone());
        Ok((StatusCode::CREATED, schedule))
    }

    fn update_schedule(
        &mut self,
        id: &str,
        body: &Map<String, Value>,
        now: DateTime<Utc>,
    ) -> Answer {
        let name = string(body, "name", true)?.unwrap_or_default();
        let cron = string(body, "cron_schedule", true)?.unwrap_or_default();
        check_cron(&cron)?;
        let enabled = boolean(body, "enabled")?
            .ok_or_else(|| Problem::bad_request("`enabled` is required"))?;
        let prompt = string(body, "prompt", false)?;
        let schedule = self.schedule_mut(id)?;
        schedule["name"] = json!(name);
        schedule["cron_schedule"] = json!(cron);
        schedule["enabled"] = json!(enabled);
        if let Some(prompt) = prompt {
            schedule["prompt"] = json!(prompt);
        }
        schedule["updated_at"] = json!(timestamp(now));
        Ok((StatusCode::OK, schedule.clone()))
    }

    fn agent(&self, uid: &str) -> Result<&Value, Problem> {
        self.agents.get(uid).ok_or_else(|| agent_not_found(uid))
    }

    fn create_agent(&mut self, body: &Map<String, Value>, now: DateTime<Utc>) -> Answer {
        let name = string(body, "name", true)?.unwrap_or_default();
        let uid = self.id("agent");
        let mut agent = json!({
            "uid": uid, "name": name, "available": true,
            "created_at": timestamp(now), "updated_at": timestamp(now),
            "secrets": [], "skills": [], "memory_stores": [],
        });
        apply_agent_fields(&mut agent, body)?;
        self.agents.insert(uid, agent.clone());
        Ok((StatusCode::CREATED, agent))
    }

    fn update_agent(&mut self, uid: &str, body: &Map<String, Value>, now: DateTime<Utc>) -> Answer {
        let agent = self
            .agents
            .get_mut(uid)
            .ok_or_else(|| agent_not_found(uid))?;
        if let Some(name) = string(body, "name", false)? {
            agent["name"] = json!(name);
        }
        apply_agent_fields(agent, body)?;
        agent["updated_at"] = json!(timestamp(now));
        Ok((StatusCode::OK, agent.clone()))
    }
}

/// Copies the optional members of a create/update body; `null` leaves a member unchanged.
fn apply_agent_fields(agent: &mut Value, body: &Map<String, Value>) -> Result<(), Problem> {
    for key in [
        "description",
        "prompt",
        "environment_id",
        "base_model",
        "base_harness",
    ] {
        if let Some(value) = string(body, key, false)? {
            agent[key] = json!(value);
        }
    }
    for key in ["secrets", "skills", "memory_stores"] {
        match body.get(key) {
            None | Some(Value::Null) => {}
            Some(Value::Array(items)) => agent[key] = Value::Array(items.clone()),
            Some(_) => return Err(Problem::bad_request(format!("`{key}` must be an array"))),
        }
    }
    Ok(())
}

fn schedule_not_found(id: &str) -> Problem {
    Problem::not_found(format!("scheduled agent {id} not found"))
}

fn agent_not_found(uid: &str) -> Problem {
    Problem::not_found(format!("agent {uid} not found"))
}

/// `GET /agent`: the skills the fake server knows.
fn skills() -> Value {
    json!({ "agents": [{
        "name": "deploy",
        "variants": [{
            "id": "acme/widgets:.claude/skills/deploy/SKILL.md",
            "description": "Deploys the service to staging",
            "base_prompt": "Deploy the current branch to staging and report the URL.",
            "source": { "owner": "acme", "name": "widgets", "skill_path": ".claude/skills/deploy/SKILL.md" },
            "environments": [{ "uid": "env-fake-1", "name": "widgets" }],
            "last_run_timestamp": null,
        }],
    }]})
}
