//! `GET /agent/runs`: filters, sorting and keyset cursors.

use std::cmp::Ordering;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use chrono::{DateTime, Utc};
use serde_json::{json, Value};

use crate::reply::Problem;
use crate::request::{check_metadata_key, query_pairs};
use crate::state::{Run, State};

/// One page: indices of runs, and the cursor of the next page if there is one.
pub(crate) struct Page {
    pub(crate) runs: Vec<usize>,
    pub(crate) next_cursor: Option<String>,
}

const STATES: &[&str] = &[
    "QUEUED",
    "PENDING",
    "CLAIMED",
    "INPROGRESS",
    "SUCCEEDED",
    "FAILED",
    "BLOCKED",
    "ERROR",
    "CANCELLED",
];
const SOURCES: &[&str] = &[
    "LINEAR",
    "API",
    "SLACK",
    "LOCAL",
    "SCHEDULED_AGENT",
    "WEB_APP",
    "GITHUB_ACTION",
    "CLOUD_MODE",
    "CLI",
];

#[derive(Default)]
struct Filters {
    states: Vec<String>,
    name: Option<String>,
    model_id: Option<String>,
    source: Option<String>,
    location: Option<String>,
    q: Option<String>,
    created_after: Option<DateTime<Utc>>,
    created_before: Option<DateTime<Utc>>,
    updated_after: Option<DateTime<Utc>>,
    environment_id: Option<String>,
    artifact_type: Option<String>,
    person: Vec<String>,
    ancestor: Option<String>,
    skill: Option<String>,
    schedule_id: Option<String>,
    /// `factory_uid=` values (repeatable): runs dispatched to any of them.
    factories: Vec<String>,
    /// `metadata[key]=value` pairs, all of which must match.
    metadata: Vec<(String, String)>,
    /// The team whose runs are listed.
    team: String,
}

/// Pairs a `metadata` filter may have (spec G's `maxProperties`).
const MAX_METADATA_FILTERS: usize = 5;

fn one_of(key: &str, value: &str, allowed: &[&str]) -> Result<String, Problem> {
    if allowed.contains(&value) {
        Ok(value.to_owned())
    } else {
        Err(Problem::bad_request(format!(
            "invalid {key} {value:?}; expected one of {}",
            allowed.join(", ")
        )))
    }
}

fn time(key: &str, value: &str) -> Result<DateTime<Utc>, Problem> {
    DateTime::parse_from_rfc3339(value)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| Problem::bad_request(format!("{key} must be an RFC 3339 timestamp")))
}

impl Filters {
    fn matches(&self, state: &State, run: &Run) -> bool {
        let config = |key: &str| run.config.get(key).and_then(Value::as_str);
        (self.states.is_empty() || self.states.iter().any(|s| s == run.phase.as_str()))
            && self
                .name
                .as_deref()
                .is_none_or(|n| config("name") == Some(n))
            && self.model_id.as_deref().is_none_or(|m| run.model_id == m)
            && self.source.as_deref().is_none_or(|s| run.source == s)
            && self.location.as_deref().is_none_or(|l| l == "REMOTE")
            && self.q.as_deref().is_none_or(|q| {
                let q = q.to_lowercase();
                run.title.to_lowercase().contains(&q) || run.prompt.to_lowercase().contains(&q)
            })
            && self.created_after.is_none_or(|t| run.created_at > t)
            && self.created_before.is_none_or(|t| run.created_at < t)
            && self.updated_after.is_none_or(|t| run.updated_at > t)
            && self
                .environment_id
                .as_deref()
                .is_none_or(|e| config("environment_id") == Some(e))
            && self.artifact_type.as_deref().is_none_or(|t| match t {
                "PLAN" | "FILE" => !run.artifacts.is_empty(),
                "PULL_REQUEST" => run.pull_request.is_some(),
                _ => false,
            })
            && self.person.iter().all(|p| *p == state.user_uid)
            && self
                .ancestor
                .as_deref()
                .is_none_or(|a| has_ancestor(state, run, a))
            && self
                .skill
                .as_deref()
                .is_none_or(|s| config("skill_spec") == Some(s))
            && (self.factories.is_empty()
                || run
                    .factory_uid
                    .as_ref()
                    .is_some_and(|f| self.factories.contains(f)))
            && self.schedule_id.is_none()
            && run.team_uid == self.team
            && self.metadata.iter().all(|(k, v)| {
                run.metadata
                    .as_ref()
                    .and_then(|m| m.get(k))
                    .and_then(Value::as_str)
                    == Some(v.as_str())
            })
    }
}

fn has_ancestor(state: &State, run: &Run, ancestor: &str) -> bool {
    if run.ancestor_run_id.as_deref() == Some(ancestor) {
        return true;
    }
    let mut parent = run.parent_run_id.clone();
    for _ in 0..64 {
        match parent {
            Some(p) if p == ancestor => return true,
            Some(p) => {
                parent = state
                    .index(&p)
                    .and_then(|i| state.run(i).parent_run_id.clone())
            }
            None => return false,
        }
    }
    false
}

/// The value runs are sorted on.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Key {
    Time(i64),
    Text(String),
}

impl Key {
    fn of(run: &Run, sort_by: &str) -> Key {
        let micros = |t: DateTime<Utc>| t.timestamp_micros();
        match sort_by {
            "created_at" => Key::Time(micros(run.created_at)),
            "title" => Key::Text(run.title.to_lowercase()),
            // Runs without a skill sort after any skill name.
            "agent" => Key::Text(
                run.config
                    .get("skill_spec")
                    .and_then(Value::as_str)
                    .map_or_else(|| "\u{10ffff}".to_owned(), str::to_lowercase),
            ),
            _ => Key::Time(micros(run.updated_at)),
        }
    }

    fn to_json(&self) -> Value {
        match self {
            Key::Time(t) => json!(t),
            Key::Text(s) => json!(s),
        }
    }

    fn from_json(value: &Value) -> Option<Key> {
        match value {
            Value::Number(n) => n.as_i64().map(Key::Time),
            Value::String(s) => Some(Key::Text(s.clone())),
            _ => None,
        }
    }
}

struct Cursor {
    key: Key,
    seq: u64,
}

fn encode_cursor(sort_by: &str, order: &str, key: &Key, seq: u64) -> String {
    let value = json!({ "v": 1, "by": sort_by, "ord": order, "k": key.to_json(), "s": seq });
    URL_SAFE_NO_PAD.encode(value.to_string())
}

fn decode_cursor(cursor: &str, sort_by: &str, order: &str) -> Result<Cursor, Problem> {
    let invalid = || Problem::bad_request("invalid cursor; pass next_cursor from a previous page");
    let bytes = URL_SAFE_NO_PAD
        .decode(cursor.trim())
        .map_err(|_| invalid())?;
    let value: Value = serde_json::from_slice(&bytes).map_err(|_| invalid())?;
    if value.get("v") != Some(&json!(1)) {
        return Err(invalid());
    }
    if value.get("by").and_then(Value::as_str) != Some(sort_by)
        || value.get("ord").and_then(Value::as_str) != Some(order)
    {
        return Err(Problem::bad_request(
            "the cursor was issued for a different sort_by or sort_order",
        ));
    }
    let key = value
        .get("k")
        .and_then(Key::from_json)
        .ok_or_else(invalid)?;
    let seq = value.get("s").and_then(Value::as_u64).ok_or_else(invalid)?;
    Ok(Cursor { key, seq })
}

/// Filters, sorts and pages the runs of `team` as the query asks.
pub(crate) fn page(state: &State, query: &str, team: &str) -> Result<Page, Problem> {
    let mut limit: usize = 20;
    let mut cursor = None;
    let mut sort_by = "updated_at".to_owned();
    let mut order = "desc".to_owned();
    let mut f = Filters {
        team: team.to_owned(),
        ..Filters::default()
    };
    for (key, value) in query_pairs(query) {
        let v = value.as_str();
        if let Some(rest) = key
            .strip_prefix("metadata")
            .filter(|r| r.is_empty() || r.starts_with('['))
        {
            let name = rest
                .strip_prefix('[')
                .and_then(|r| r.strip_suffix(']'))
                .ok_or_else(|| {
                    Problem::bad_request(
                        "filter metadata with object notation: metadata[key]=value",
                    )
                })?;
            if !state.metadata_filter {
                return Err(Problem::new(
                    hyper::StatusCode::FORBIDDEN,
                    "feature_not_available",
                    "Feature not available",
                    "metadata filtering is not enabled for this team",
                ));
            }
            check_metadata_key(name)?;
            f.metadata.push((name.to_owned(), value.clone()));
            if f.metadata.len() > MAX_METADATA_FILTERS {
                return Err(Problem::bad_request(format!(
                    "at most {MAX_METADATA_FILTERS} metadata filters are allowed per request"
                )));
            }
            continue;
        }
        match key.as_str() {
            "limit" => {
                limit = v
                    .parse::<usize>()
                    .ok()
                    .filter(|n| (1..=500).contains(n))
                    .ok_or_else(|| {
                        Problem::bad_request(format!(
                            "limit must be an integer from 1 to 500, not {v:?}"
                        ))
                    })?;
            }
            "cursor" if !v.is_empty() => cursor = Some(value.clone()),
            "sort_by" => {
                sort_by = one_of(&key, v, &["updated_at", "created_at", "title", "agent"])?
            }
            "sort_order" => order = one_of(&key, v, &["asc", "desc"])?,
            "state" => {
                for s in v.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    f.states.push(one_of(&key, s, STATES)?);
                }
            }
            "name" => f.name = Some(value),
            "model_id" => f.model_id = Some(value),
            "source" => f.source = Some(one_of(&key, v, SOURCES)?),
            "execution_location" => f.location = Some(one_of(&key, v, &["LOCAL", "REMOTE"])?),
            "q" => f.q = Some(value),
            "created_after" => f.created_after = Some(time(&key, v)?),
            "created_before" => f.created_before = Some(time(&key, v)?),
            "updated_after" => f.updated_after = Some(time(&key, v)?),
            "environment_id" => f.environment_id = Some(value),
            "artifact_type" => {
                f.artifact_type = Some(one_of(
                    &key,
                    v,
                    &["PLAN", "PULL_REQUEST", "SCREENSHOT", "FILE"],
                )?)
            }
            "creator" | "executor" => f.person.push(value),
            // An unknown ancestor has no descendants: an empty list.
            "ancestor_run_id" => f.ancestor = Some(value),
            "skill" | "skill_spec" => f.skill = Some(value),
            "schedule_id" => f.schedule_id = Some(value),
            "factory_uid" => f.factories.push(value),
            _ => {}
        }
    }
    let cursor = cursor
        .map(|c| decode_cursor(&c, &sort_by, &order))
        .transpose()?;

    let desc = order == "desc";
    let directed = |a: (&Key, u64), b: (&Key, u64)| {
        let o = a.0.cmp(b.0).then(a.1.cmp(&b.1));
        if desc {
            o.reverse()
        } else {
            o
        }
    };
    let mut rows: Vec<(Key, u64, usize)> = state
        .runs()
        .iter()
        .enumerate()
        .filter(|(_, run)| f.matches(state, run))
        .map(|(i, run)| (Key::of(run, &sort_by), run.seq, i))
        .filter(|(key, seq, _)| {
            cursor
                .as_ref()
                .is_none_or(|c| directed((key, *seq), (&c.key, c.seq)) == Ordering::Greater)
        })
        .collect();
    rows.sort_by(|a, b| directed((&a.0, a.1), (&b.0, b.1)));
    let more = rows.len() > limit;
    rows.truncate(limit);
    let next_cursor = match rows.last() {
        Some((key, seq, _)) if more => Some(encode_cursor(&sort_by, &order, key, *seq)),
        _ => None,
    };
    Ok(Page {
        runs: rows.into_iter().map(|r| r.2).collect(),
        next_cursor,
    })
}
