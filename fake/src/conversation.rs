//! The conversation and raw transcript of a run.

use chrono::{DateTime, Utc};
use serde_json::{json, Map, Value};

use crate::render::ts;
use crate::state::{Exchange, Phase, Run, USER_NAME};

/// Builds the messages of one step, numbering message ids.
struct Messages<'a> {
    step: usize,
    conversation_id: &'a str,
    count: usize,
    out: Vec<Value>,
}

impl Messages<'_> {
    fn push(&mut self, role: &str, at: DateTime<Utc>, blocks: Vec<Value>) {
        self.count += 1;
        let prefix = &self.conversation_id[..self.conversation_id.len().min(8)];
        let id = format!("msg-{prefix}-{}-{}", self.step + 1, self.count);
        let blocks = blocks
            .into_iter()
            .map(|mut b| {
                if let Value::Object(map) = &mut b {
                    map.insert("message_id".into(), json!(id));
                }
                b
            })
            .collect::<Vec<_>>();
        self.out.push(json!({
            "message_ids": [id],
            "request_id": format!("req-{prefix}-{}", self.step + 1),
            "role": role,
            "timestamp": ts(at),
            "content": blocks,
        }));
    }
}

fn text(text: impl Into<String>) -> Value {
    json!({ "type": "text", "text": text.into() })
}

fn action(id: &str, category: &str, name: &str, input: Value) -> Value {
    json!({ "type": "action", "id": id, "category": category, "name": name, "input": input })
}

fn action_result(id: &str, category: &str, name: &str, state: &str, output: Value) -> Value {
    json!({
        "type": "action_result",
        "action_id": id,
        "category": category,
        "name": name,
        "state": state,
        "output": output,
    })
}

/// A `ConversationResponse` for everything the run has done so far.
pub(crate) fn conversation(run: &Run) -> Value {
    let steps: Vec<Value> = run
        .exchanges
        .iter()
        .enumerate()
        .map(|(i, exchange)| step(run, i, exchange))
        .collect();
    json!({ "conversation_id": run.conversation_id, "steps": steps })
}

fn step(run: &Run, i: usize, exchange: &Exchange) -> Value {
    let mut m = Messages {
        step: i,
        conversation_id: &run.conversation_id,
        count: 0,
        out: Vec::new(),
    };
    let n = i + 1;
    m.push("user", exchange.received_at, vec![text(&exchange.message)]);
    let mut nested = Vec::new();
    let mut summary = None;
    if let Some(started) = exchange.started_at {
        let search = format!("act-{n}-search");
        let query: String = exchange
            .message
            .split_whitespace()
            .take(4)
            .collect::<Vec<_>>()
            .join(" ");
        m.push(
            "assistant",
            started,
            vec![
                text("I'll start by finding the code this touches."),
                action(
                    &search,
                    "search",
                    "search_codebase",
                    json!({ "query": query }),
                ),
            ],
        );
        m.push(
            "tool",
            started,
            vec![action_result(
                &search,
                "search",
                "search_codebase",
                "completed",
                json!({ "matches": 3, "files": ["src/lib.rs", "src/client.rs", "tests/regression.rs"] }),
            )],
        );
        let tests = format!("act-{n}-tests");
        match (exchange.completed_at, run.phase) {
            _ if exchange.interrupted_at.is_some() => {
                let at = exchange.interrupted_at.unwrap_or(started);
                m.push(
                    "system",
                    at,
                    vec![text(format!(
                        "Interrupted by {USER_NAME}; waiting for a follow-up."
                    ))],
                );
                summary = Some("Interrupted".to_owned());
            }
            (Some(done), Phase::Failed) => {
                m.push(
                    "assistant",
                    done,
                    vec![action(
                        &tests,
                        "command",
                        "run_command",
                        json!({ "command": "npm ci" }),
                    )],
                );
                m.push(
                    "tool",
                    done,
                    vec![action_result(
                        &tests,
                        "command",
                        "run_command",
                        "failed",
                        json!({ "exit_code": 1, "output": "npm ERR! code ERESOLVE\nnpm ERR! unable to resolve dependency tree" }),
                    )],
                );
                m.push(
                    "assistant",
                    done,
                    vec![text("I couldn't set up the environment: `npm ci` failed to resolve the dependency tree.")],
                );
                summary = Some("Environment setup failed".to_owned());
            }
            (Some(done), _) => {
                let edit = format!("act-{n}-edit");
                m.push(
                    "assistant",
                    done,
                    vec![action(
                        &edit,
                        "files",
                        "edit_files",
                        json!({ "files": [{ "path": "src/lib.rs" }, { "path": "tests/regression.rs" }] }),
                    )],
                );
                m.push(
                    "tool",
                    done,
                    vec![action_result(
                        &edit,
                        "files",
                        "edit_files",
                        "completed",
                        json!({ "files_changed": 2, "lines_added": 73, "lines_removed": 7 }),
                    )],
                );
                nested.push(test_step(run, n, started, done));
                let mut blocks = Vec::new();
                if let (0, Some(pr)) = (i, &run.pull_request) {
                    blocks.push(json!({
                        "type": "event",
                        "name": "pull_request_created",
                        "data": { "url": pr.url, "branch": pr.branch },
                    }));
                    blocks.push(text(format!(
                        "Done. I fixed the issue, added a regression test and opened {}.",
                        pr.url
                    )));
                    summary = Some("Fixed the issue and opened a pull request".to_owned());
                } else {
                    blocks.push(text(
                        "Done. I applied the follow-up and pushed it to the same branch.",
                    ));
                    summary = Some("Applied the follow-up".to_owned());
                }
                m.push("assistant", done, blocks);
            }
            (None, Phase::Cancelled) => {
                m.push(
                    "system",
                    run.updated_at,
                    vec![text(format!("Run cancelled by {USER_NAME}."))],
                );
            }
            (None, _) => {
                m.push(
                    "assistant",
                    started,
                    vec![action(
                        &tests,
                        "command",
                        "run_command",
                        json!({ "command": "cargo test" }),
                    )],
                );
                m.push(
                    "tool",
                    started,
                    vec![action_result(
                        &tests,
                        "command",
                        "run_command",
                        "running",
                        json!({}),
                    )],
                );
            }
        }
    }
    let last = m
        .out
        .last()
        .and_then(|msg| msg.get("timestamp"))
        .cloned()
        .unwrap_or(Value::Null);
    let mut step = Map::new();
    step.insert(
        "id".into(),
        json!(format!(
            "step-{}-{n}",
            &run.conversation_id[..8.min(run.conversation_id.len())]
        )),
    );
    step.insert("description".into(), json!(exchange.message));
    if let Some(summary) = summary {
        step.insert("summary".into(), json!(summary));
    }
    step.insert("started_at".into(), json!(ts(exchange.received_at)));
    step.insert("completed_at".into(), last);
    step.insert("messages".into(), Value::Array(m.out));
    step.insert("steps".into(), Value::Array(nested));
    Value::Object(step)
}

/// The delegated "run the tests" step nested in a finished exchange.
fn test_step(run: &Run, n: usize, started: DateTime<Utc>, done: DateTime<Utc>) -> Value {
    let mut m = Messages {
        step: n * 100,
        conversation_id: &run.conversation_id,
        count: 0,
        out: Vec::new(),
    };
    let id = format!("act-{n}-cargo-test");
    m.push(
        "assistant",
        done,
        vec![action(
            &id,
            "command",
            "run_command",
            json!({ "command": "cargo test" }),
        )],
    );
    m.push(
        "tool",
        done,
        vec![action_result(
            &id,
            "command",
            "run_command",
            "completed",
            json!({ "exit_code": 0, "output": "test result: ok. 128 passed; 0 failed; 0 ignored" }),
        )],
    );
    json!({
        "id": format!("step-{}-{n}-tests", &run.conversation_id[..8.min(run.conversation_id.len())]),
        "description": "Run the test suite",
        "summary": "128 tests passed",
        "started_at": ts(started),
        "completed_at": ts(done),
        "messages": m.out,
        "steps": [],
    })
}

/// The raw transcript served from storage (not a spec schema).
pub(crate) fn transcript(run: &Run) -> Value {
    json!({
        "format": "warp-oz-transcript/v1",
        "run_id": run.id,
        "conversation_id": run.conversation_id,
        "exchanges": run.exchanges.iter().map(|e| json!({
            "message": e.message,
            "received_at": ts(e.received_at),
            "started_at": e.started_at.map(ts),
            "completed_at": e.completed_at.map(ts),
        })).collect::<Vec<_>>(),
    })
}
