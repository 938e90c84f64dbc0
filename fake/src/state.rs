//! The fake server's runs, artifacts and their state machine.

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicI64, Ordering};

use bytes::Bytes;
use chrono::{DateTime, Utc};
use serde_json::{json, Value};
use tokio::time::Instant;

use crate::options::{Pace, RunOutcome};

/// A run's state, as far as the fake server models it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Phase {
    Queued,
    InProgress,
    /// Awaiting input: the turn in flight was interrupted; the session stays
    /// up and a follow-up resumes the run.
    Blocked,
    Succeeded,
    Failed,
    Cancelled,
}

impl Phase {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Phase::Queued => "QUEUED",
            Phase::InProgress => "INPROGRESS",
            Phase::Blocked => "BLOCKED",
            Phase::Succeeded => "SUCCEEDED",
            Phase::Failed => "FAILED",
            Phase::Cancelled => "CANCELLED",
        }
    }

    pub(crate) fn is_terminal(self) -> bool {
        matches!(self, Phase::Succeeded | Phase::Failed | Phase::Cancelled)
    }
}

/// Maps the tokio clock (paused in tests) to the server's wall-clock
/// timestamps, which may be offset from the machine's clock.
#[derive(Debug)]
pub(crate) struct Clock {
    start: Instant,
    wall: DateTime<Utc>,
    /// Milliseconds added to every timestamp (the server's clock skew).
    offset_ms: AtomicI64,
}

impl Clock {
    pub(crate) fn new(offset: chrono::TimeDelta) -> Self {
        Clock {
            start: Instant::now(),
            wall: Utc::now(),
            offset_ms: AtomicI64::new(offset.num_milliseconds()),
        }
    }

    fn offset(&self) -> chrono::TimeDelta {
        chrono::TimeDelta::milliseconds(self.offset_ms.load(Ordering::Relaxed))
    }

    pub(crate) fn set_offset(&self, offset: chrono::TimeDelta) {
        self.offset_ms
            .store(offset.num_milliseconds(), Ordering::Relaxed);
    }

    /// The wall-clock time of `at`, to the millisecond: the precision the
    /// server writes timestamps with, so a filter such as `updated_after`
    /// compares what the client saw.
    pub(crate) fn wall(&self, at: Instant) -> DateTime<Utc> {
        use chrono::SubsecRound as _;
        let elapsed = at.saturating_duration_since(self.start);
        let elapsed = chrono::Duration::from_std(elapsed).unwrap_or_default();
        self.wall
            .checked_add_signed(elapsed + self.offset())
            .unwrap_or(self.wall)
            .trunc_subsecs(3)
    }

    pub(crate) fn now(&self) -> DateTime<Utc> {
        self.wall(Instant::now())
    }

    /// When the server started, in its wall-clock time.
    pub(crate) fn started(&self) -> DateTime<Utc> {
        self.wall(self.start)
    }
}

#[derive(Debug, Clone, Copy)]
enum Trigger {
    At(Instant),
    /// Due once the run's `GET` count reaches this number.
    AfterGets(u64),
}

#[derive(Debug, Clone, Copy)]
struct Transition {
    to: Phase,
    when: Trigger,
}

/// One prompt (the first) or follow-up and the agent's work on it.
#[derive(Debug, Clone)]
pub(crate) struct Exchange {
    pub(crate) message: String,
    pub(crate) received_at: DateTime<Utc>,
    pub(crate) started_at: Option<DateTime<Utc>>,
    pub(crate) completed_at: Option<DateTime<Utc>>,
    /// When an interrupt cancelled the agent's work on it.
    pub(crate) interrupted_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone)]
pub(crate) struct Execution {
    pub(crate) started: DateTime<Utc>,
    pub(crate) ended: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone)]
pub(crate) struct TimelineEvent {
    pub(crate) uuid: String,
    pub(crate) kind: &'static str,
    pub(crate) at: DateTime<Utc>,
    pub(crate) execution_id: Option<i64>,
    pub(crate) payload: Value,
}

#[derive(Debug, Clone)]
pub(crate) struct PullRequest {
    pub(crate) url: String,
    pub(crate) branch: String,
}

#[derive(Debug, Clone)]
pub(crate) struct Run {
    pub(crate) seq: u64,
    pub(crate) id: String,
    pub(crate) title: String,
    pub(crate) prompt: String,
    pub(crate) model_id: String,
    /// The `config` object sent at creation, completed with the model.
    pub(crate) config: serde_json::Map<String, Value>,
    pub(crate) source: &'static str,
    pub(crate) parent_run_id: Option<String>,
    /// The root of the run's tree, if it is a child run.
    pub(crate) ancestor_run_id: Option<String>,
    /// The `metadata` sent at creation (with the parent's merged in); `None`
    /// if there was none, so runs without it render as before.
    pub(crate) metadata: Option<serde_json::Map<String, Value>>,
    /// The team the run belongs to (`X-Warp-Team-Uid` at creation, or the
    /// user's team).
    pub(crate) team_uid: String,
    /// The factory it was dispatched to (`POST /factory/{uid}/runs`).
    pub(crate) factory_uid: Option<String>,
    /// Child runs it spawns when it first turns `INPROGRESS`.
    spawn: usize,
    pub(crate) created_at: DateTime<Utc>,
    pub(crate) updated_at: DateTime<Utc>,
    pub(crate) phase: Phase,
    pub(crate) outcome: RunOutcome,
    transitions: VecDeque<Transition>,
    pub(crate) gets: u64,
    pub(crate) exchanges: Vec<Exchange>,
    pub(crate) executions: Vec<Execution>,
    pub(crate) timeline: Vec<TimelineEvent>,
    pub(crate) session_id: String,
    pub(crate) conversation_id: String,
    /// Uids of retrievable artifacts, in the order they appear on the run.
    pub(crate) artifacts: Vec<String>,
    pub(crate) pull_request: Option<PullRequest>,
    pub(crate) artifacts_at: Option<DateTime<Utc>>,
}

impl Run {
    pub(crate) fn started(&self) -> bool {
        !self.executions.is_empty()
    }

    pub(crate) fn started_at(&self) -> Option<DateTime<Utc>> {
        self.executions.first().map(|e| e.started)
    }

    /// Total time spent executing, up to `now` for an open execution.
    pub(crate) fn run_time(&self, now: DateTime<Utc>) -> chrono::Duration {
        self.executions
            .iter()
            .map(|e| e.ended.unwrap_or(now) - e.started)
            .fold(chrono::Duration::zero(), |a, b| {
                a + b.max(chrono::Duration::zero())
            })
    }
}

#[derive(Debug, Clone)]
pub(crate) enum ArtifactKind {
    Plan {
        document_uid: String,
        notebook_uid: String,
        title: String,
        content: String,
    },
    File {
        filepath: String,
        filename: String,
        mime_type: String,
        description: String,
        content: Bytes,
    },
}

#[derive(Debug, Clone)]
pub(crate) struct Artifact {
    pub(crate) uid: String,
    pub(crate) created_at: DateTime<Utc>,
    pub(crate) kind: ArtifactKind,
}

/// A factory task the lifecycle keeps: the one a factory dispatch
/// (`POST /factory/{uid}/runs`) creates, bound to its run's conversation.
#[derive(Debug, Clone)]
pub(crate) struct FactoryTask {
    pub(crate) uid: String,
    pub(crate) factory_uid: String,
    /// The run the dispatch created: the root of the task's run tree, and
    /// its current run (a follow-up continues the same run).
    pub(crate) run: usize,
    pub(crate) title: String,
    pub(crate) created_at: DateTime<Utc>,
    pub(crate) updated_at: DateTime<Utc>,
    /// Whether a stop request moved it to `CANCELLED`.
    pub(crate) cancelled: bool,
}

/// What `POST /agent/runs` asked for, validated.
#[derive(Debug, Clone, Default)]
pub(crate) struct NewRun {
    pub(crate) prompt: String,
    pub(crate) title: String,
    pub(crate) model_id: String,
    pub(crate) config: serde_json::Map<String, Value>,
    pub(crate) parent_run_id: Option<String>,
    pub(crate) ancestor_run_id: Option<String>,
    pub(crate) metadata: Option<serde_json::Map<String, Value>>,
    /// `None`: the user's team.
    pub(crate) team_uid: Option<String>,
}

/// Everything the server knows; behind one mutex, never held across `.await`.
#[derive(Debug)]
pub(crate) struct State {
    runs: Vec<Run>,
    by_id: HashMap<String, usize>,
    pub(crate) artifacts: HashMap<String, Artifact>,
    /// The tasks of factory dispatches, in the order they were made.
    pub(crate) factory_tasks: Vec<FactoryTask>,
    rng: fastrand::Rng,
    pub(crate) pace: Pace,
    pub(crate) outcome: RunOutcome,
    /// Child runs each run created through the API spawns when it starts.
    pub(crate) children_per_run: usize,
    /// Whether `GET /agent/runs` accepts the `metadata[…]` filter (else it
    /// answers `403 feature_not_available`, as spec G documents).
    pub(crate) metadata_filter: bool,
    pub(crate) user_uid: String,
    pub(crate) team_uid: String,
}

/// The user every run is created by.
pub(crate) const USER_NAME: &str = "Ada Fake";
pub(crate) const USER_EMAIL: &str = "ada@example.com";

impl State {
    pub(crate) fn new(pace: Pace, outcome: RunOutcome, seed: Option<u64>) -> Self {
        let mut rng = match seed {
            Some(seed) => fastrand::Rng::with_seed(seed),
            None => fastrand::Rng::new(),
        };
        let user_uid = alnum(&mut rng, 22);
        let team_uid = alnum(&mut rng, 22);
        State {
            runs: Vec::new(),
            by_id: HashMap::new(),
            artifacts: HashMap::new(),
            factory_tasks: Vec::new(),
            rng,
            pace,
            outcome,
            children_per_run: 0,
            metadata_filter: true,
            user_uid,
            team_uid,
        }
    }

    /// A random (version 4) UUID.
    pub(crate) fn uuid(&mut self) -> String {
        let bytes = self.rng.u128(..).to_le_bytes();
        uuid::Builder::from_random_bytes(bytes)
            .into_uuid()
            .to_string()
    }

    /// Random lowercase hex, for trace ids.
    pub(crate) fn hex(&mut self, len: usize) -> String {
        (0..len)
            .map(|_| char::from_digit(self.rng.u32(..16), 16).unwrap_or('0'))
            .collect()
    }

    pub(crate) fn runs(&self) -> &[Run] {
        &self.runs
    }

    pub(crate) fn index(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    pub(crate) fn run(&self, index: usize) -> &Run {
        &self.runs[index]
    }

    pub(crate) fn by_conversation(&self, conversation_id: &str) -> Option<usize> {
        self.runs
            .iter()
            .position(|r| r.started() && r.conversation_id == conversation_id)
    }

    /// Applies every transition of every run that is due at `now`
    /// (including those of child runs spawned on the way).
    pub(crate) fn advance_all(&mut self, clock: &Clock, now: Instant) {
        let mut index = 0;
        while index < self.runs.len() {
            self.advance(index, clock, now);
            index += 1;
        }
    }

    /// Applies the run's transitions that are due at `now`. Poll-counted
    /// transitions only apply on a `GET` of the run (`polling`), so that
    /// every state is reported by the number of `GET`s the pace says.
    pub(crate) fn advance(&mut self, index: usize, clock: &Clock, now: Instant) {
        self.advance_with(index, clock, now, false);
    }

    fn advance_with(&mut self, index: usize, clock: &Clock, now: Instant, polling: bool) {
        loop {
            let run = &mut self.runs[index];
            let Some(next) = run.transitions.front().copied() else {
                return;
            };
            let instant = match next.when {
                Trigger::At(at) if at <= now => at,
                Trigger::AfterGets(n) if polling && run.gets >= n => now,
                _ => return,
            };
            run.transitions.pop_front();
            self.apply(index, next.to, clock.wall(instant));
            if next.to == Phase::InProgress {
                self.spawn_children(index, clock, instant);
            }
        }
    }

    /// Answers one `GET /agent/runs/{id}`: advances the run and counts the poll.
    pub(crate) fn poll(&mut self, index: usize, clock: &Clock, now: Instant) {
        self.advance_with(index, clock, now, true);
        self.runs[index].gets += 1;
    }

    /// Creates a run in `QUEUED` and schedules its progress; returns its index.
    pub(crate) fn create(&mut self, new: NewRun, clock: &Clock, now: Instant) -> usize {
        let index = self.create_queued(new, clock, now);
        self.runs[index].spawn = self.children_per_run;
        index
    }

    /// Dispatches a run to factory `factory_uid`: an ordinary run (it
    /// progresses, is listed and waited for like any other) that names the
    /// factory, and the factory task bound to its conversation. The task is
    /// created with the run but, as the real service creates it
    /// asynchronously, it resolves only once the run has a conversation
    /// (it started). Returns the run's index.
    pub(crate) fn dispatch(
        &mut self,
        new: NewRun,
        factory_uid: &str,
        clock: &Clock,
        now: Instant,
    ) -> usize {
        let title = new.title.clone();
        let index = self.create(new, clock, now);
        self.runs[index].factory_uid = Some(factory_uid.to_owned());
        let at = self.runs[index].created_at;
        let uid = alnum(&mut self.rng, 22);
        self.factory_tasks.push(FactoryTask {
            uid,
            factory_uid: factory_uid.to_owned(),
            run: index,
            title,
            created_at: at,
            updated_at: at,
            cancelled: false,
        });
        index
    }

    /// The factory task `uid`, if a dispatch made it and it resolves (its
    /// run started).
    pub(crate) fn factory_task(&self, uid: &str) -> Option<usize> {
        self.factory_tasks
            .iter()
            .position(|t| t.uid == uid && self.runs[t.run].started())
    }

    /// The factory task of `factory_uid` whose run tree holds the run at
    /// `index`, if it resolves.
    pub(crate) fn factory_task_by_run(&self, factory_uid: &str, index: usize) -> Option<usize> {
        let run = &self.runs[index];
        let root = run
            .ancestor_run_id
            .as_deref()
            .and_then(|id| self.index(id))
            .unwrap_or(index);
        self.factory_tasks.iter().position(|t| {
            t.run == root && t.factory_uid == factory_uid && self.runs[root].started()
        })
    }

    /// Spawns the children a run is due to spawn (once, when it first starts).
    fn spawn_children(&mut self, index: usize, clock: &Clock, now: Instant) {
        let count = std::mem::take(&mut self.runs[index].spawn);
        for _ in 0..count {
            self.spawn_child(index, clock, now);
        }
    }

    /// Creates a child run of the run at `parent`: it inherits the parent's
    /// metadata, model, config and team, names the parent as
    /// `parent_run_id` and the root of the tree as its ancestor. Returns its index.
    pub(crate) fn spawn_child(&mut self, parent: usize, clock: &Clock, now: Instant) -> usize {
        let parent_run = &self.runs[parent];
        let n = self
            .runs
            .iter()
            .filter(|r| r.parent_run_id.as_deref() == Some(parent_run.id.as_str()))
            .count()
            + 1;
        let prompt = format!("Subtask {n} of: {}", parent_run.prompt);
        let new = NewRun {
            title: format!("Subtask {n}: {}", parent_run.title),
            prompt,
            model_id: parent_run.model_id.clone(),
            config: parent_run.config.clone(),
            parent_run_id: Some(parent_run.id.clone()),
            ancestor_run_id: Some(
                parent_run
                    .ancestor_run_id
                    .clone()
                    .unwrap_or_else(|| parent_run.id.clone()),
            ),
            metadata: parent_run.metadata.clone(),
            team_uid: Some(parent_run.team_uid.clone()),
        };
        self.create_queued(new, clock, now)
    }

    fn create_queued(&mut self, new: NewRun, clock: &Clock, now: Instant) -> usize {
        let at = clock.wall(now);
        let index = self.insert(new, at, "API", self.outcome);
        let transitions = match self.pace {
            Pace::Elapsed {
                queued,
                in_progress,
                ..
            } => [
                (Phase::InProgress, Trigger::At(later(now, queued))),
                (
                    self.terminal(index),
                    Trigger::At(later(later(now, queued), in_progress)),
                ),
            ],
            Pace::Polls {
                queued,
                in_progress,
                ..
            } => [
                (Phase::InProgress, Trigger::AfterGets(queued)),
                (
                    self.terminal(index),
                    Trigger::AfterGets(queued.saturating_add(in_progress)),
                ),
            ],
        };
        let run = &mut self.runs[index];
        run.transitions
            .extend(transitions.map(|(to, when)| Transition { to, when }));
        index
    }

    fn terminal(&self, index: usize) -> Phase {
        match self.runs[index].outcome {
            RunOutcome::Succeeded => Phase::Succeeded,
            RunOutcome::Failed => Phase::Failed,
        }
    }

    fn insert(
        &mut self,
        new: NewRun,
        at: DateTime<Utc>,
        source: &'static str,
        outcome: RunOutcome,
    ) -> usize {
        let id = self.uuid();
        let session_id = self.uuid();
        let conversation_id = self.uuid();
        let event = self.uuid();
        let index = self.runs.len();
        let team_uid = new.team_uid.unwrap_or_else(|| self.team_uid.clone());
        self.runs.push(Run {
            seq: index as u64 + 1,
            id: id.clone(),
            title: new.title,
            prompt: new.prompt.clone(),
            model_id: new.model_id,
            config: new.config,
            source,
            parent_run_id: new.parent_run_id,
            ancestor_run_id: new.ancestor_run_id,
            metadata: new.metadata,
            team_uid,
            factory_uid: None,
            spawn: 0,
            created_at: at,
            updated_at: at,
            phase: Phase::Queued,
            outcome,
            transitions: VecDeque::new(),
            gets: 0,
            exchanges: vec![Exchange {
                message: new.prompt,
                received_at: at,
                started_at: None,
                completed_at: None,
                interrupted_at: None,
            }],
            executions: Vec::new(),
            timeline: vec![TimelineEvent {
                uuid: event,
                kind: "oz_run_created",
                at,
                execution_id: None,
                payload: json!({ "source": source }),
            }],
            session_id,
            conversation_id,
            artifacts: Vec::new(),
            pull_request: None,
            artifacts_at: None,
        });
        self.by_id.insert(id, index);
        index
    }

    fn event(&mut self, index: usize, kind: &'static str, at: DateTime<Utc>, payload: Value) {
        let uuid = self.uuid();
        let run = &mut self.runs[index];
        let execution_id = (!run.executions.is_empty()).then_some(run.executions.len() as i64);
        run.timeline.push(TimelineEvent {
            uuid,
            kind,
            at,
            execution_id,
            payload,
        });
    }

    /// Moves the run to `to` at wall-clock time `at`.
    fn apply(&mut self, index: usize, to: Phase, at: DateTime<Utc>) {
        let run = &mut self.runs[index];
        run.phase = to;
        run.updated_at = at;
        match to {
            Phase::Queued => {}
            Phase::InProgress => {
                let first = run.executions.is_empty();
                // A run resumed from BLOCKED goes on in the session it kept.
                if run.executions.last().is_none_or(|e| e.ended.is_some()) {
                    run.executions.push(Execution {
                        started: at,
                        ended: None,
                    });
                }
                for exchange in run.exchanges.iter_mut().filter(|e| e.started_at.is_none()) {
                    exchange.started_at = Some(at);
                }
                if first {
                    let worker = format!("warp-worker-{}", self.hex(6));
                    self.event(index, "oz_run_claimed", at, json!({ "worker_id": worker }));
                    self.event(index, "worker_container_ready", at, json!({}));
                    let session = self.runs[index].session_id.clone();
                    self.event(
                        index,
                        "shared_session_started",
                        at,
                        json!({ "session_id": session }),
                    );
                }
                self.event(index, "agent_started", at, json!({}));
            }
            Phase::Blocked => {
                // The interrupt lands: the agent stops the turn in flight
                // and waits for input; the session stays up.
                for exchange in run
                    .exchanges
                    .iter_mut()
                    .filter(|e| e.completed_at.is_none() && e.interrupted_at.is_none())
                {
                    exchange.started_at.get_or_insert(at);
                    exchange.interrupted_at = Some(at);
                }
                self.event(
                    index,
                    "oz_run_blocked",
                    at,
                    json!({ "reason": "interrupted" }),
                );
            }
            Phase::Succeeded | Phase::Failed | Phase::Cancelled => {
                if let Some(execution) = run.executions.last_mut() {
                    execution.ended.get_or_insert(at);
                }
                if to != Phase::Cancelled {
                    for exchange in run
                        .exchanges
                        .iter_mut()
                        .filter(|e| e.interrupted_at.is_none())
                    {
                        exchange.started_at.get_or_insert(at);
                        exchange.completed_at.get_or_insert(at);
                    }
                }
                run.transitions.clear();
                if to == Phase::Succeeded && run.artifacts_at.is_none() {
                    self.create_artifacts(index, at);
                }
                let (kind, payload) = match to {
                    Phase::Failed => (
                        "oz_run_failure",
                        json!({ "error_code": "environment_setup_failed" }),
                    ),
                    Phase::Cancelled => ("oz_run_cancelled", json!({ "state": to.as_str() })),
                    _ => ("oz_run_finished", json!({ "state": to.as_str() })),
                };
                self.event(index, kind, at, payload);
            }
        }
    }

    fn create_artifacts(&mut self, index: usize, at: DateTime<Utc>) {
        let plan_uid = self.uuid();
        let document_uid = alnum(&mut self.rng, 22);
        let notebook_uid = alnum(&mut self.rng, 22);
        let file_uid = self.uuid();
        let run = &mut self.runs[index];
        let slug = slug(&run.title);
        run.pull_request = Some(PullRequest {
            url: format!("https://github.com/acme/widgets/pull/{}", 1200 + run.seq),
            branch: format!("oz/{slug}"),
        });
        run.artifacts = vec![plan_uid.clone(), file_uid.clone()];
        run.artifacts_at = Some(at);
        let plan = ArtifactKind::Plan {
            document_uid,
            notebook_uid,
            title: format!("Plan: {}", run.title),
            content: plan_markdown(run),
        };
        let file = ArtifactKind::File {
            filepath: "reports/summary.md".to_owned(),
            filename: "summary.md".to_owned(),
            mime_type: "text/markdown".to_owned(),
            description: "Summary of the changes made by the agent".to_owned(),
            content: Bytes::from(summary_markdown(run)),
        };
        for (uid, kind) in [(plan_uid, plan), (file_uid, file)] {
            self.artifacts.insert(
                uid.clone(),
                Artifact {
                    uid,
                    created_at: at,
                    kind,
                },
            );
        }
    }

    /// Cancels a queued or in-progress run.
    pub(crate) fn cancel(&mut self, index: usize, at: DateTime<Utc>) {
        self.apply(index, Phase::Cancelled, at);
    }

    /// Records a follow-up; a finished run starts again after the stale window.
    pub(crate) fn followup(&mut self, index: usize, message: String, clock: &Clock, now: Instant) {
        let pace = self.pace;
        let terminal = self.terminal(index);
        let run = &mut self.runs[index];
        run.exchanges.push(Exchange {
            message,
            received_at: clock.wall(now),
            started_at: None,
            completed_at: None,
            interrupted_at: None,
        });
        if !run.phase.is_terminal() && run.phase != Phase::Blocked {
            return;
        }
        run.transitions.clear();
        let steps = match pace {
            Pace::Elapsed {
                in_progress,
                followup_stale,
                ..
            } => [
                (Phase::InProgress, Trigger::At(later(now, followup_stale))),
                (
                    terminal,
                    Trigger::At(later(later(now, followup_stale), in_progress)),
                ),
            ],
            Pace::Polls {
                in_progress,
                followup_stale,
                ..
            } => {
                let start = run.gets.saturating_add(followup_stale);
                [
                    (Phase::InProgress, Trigger::AfterGets(start)),
                    (
                        terminal,
                        Trigger::AfterGets(start.saturating_add(in_progress)),
                    ),
                ]
            }
        };
        run.transitions
            .extend(steps.map(|(to, when)| Transition { to, when }));
    }

    /// Records an interrupt of the turn in flight of an `INPROGRESS` run.
    /// Like the real service, which applies it asynchronously, the run
    /// keeps reporting `INPROGRESS` for the stale window (`followup_stale`)
    /// before it turns `BLOCKED`: the turn is over, the session stays up,
    /// and a follow-up resumes the run.
    pub(crate) fn interrupt(&mut self, index: usize, now: Instant) {
        let pace = self.pace;
        let run = &mut self.runs[index];
        let when = match pace {
            Pace::Elapsed { followup_stale, .. } => Trigger::At(later(now, followup_stale)),
            Pace::Polls { followup_stale, .. } => {
                Trigger::AfterGets(run.gets.saturating_add(followup_stale))
            }
        };
        run.transitions.clear();
        run.transitions.push_back(Transition {
            to: Phase::Blocked,
            when,
        });
    }

    /// Finished runs from before the server started, for listings.
    pub(crate) fn seed_history(&mut self, count: usize, clock: &Clock, models: &[&str]) {
        const PROMPTS: &[&str] = &[
            "Bump the tokio dependency and fix the deprecation warnings",
            "Add retries with backoff to the webhook sender",
            "Investigate the flaky integration test in payments",
            "Write API docs for the billing endpoints",
            "Migrate the CI workflow to the new runner images",
            "Fix the N+1 query on the orders page",
            "Add a dark mode toggle to the settings screen",
            "Upgrade the Postgres client and run the migrations",
        ];
        let now = clock.started();
        for i in 0..count {
            let ago = chrono::Duration::minutes(53 * (count - i) as i64);
            let created = now - ago;
            let prompt = PROMPTS[i % PROMPTS.len()].to_owned();
            let model = models[i % models.len().max(1)].to_owned();
            let (outcome, end) = match i % 5 {
                2 => (RunOutcome::Failed, Phase::Failed),
                4 => (RunOutcome::Succeeded, Phase::Cancelled),
                _ => (RunOutcome::Succeeded, Phase::Succeeded),
            };
            let mut config = serde_json::Map::new();
            config.insert("model_id".into(), json!(model));
            if i % 3 == 0 {
                config.insert("name".into(), json!("nightly-maintenance"));
            }
            let new = NewRun {
                title: title_from(&prompt),
                prompt,
                model_id: model,
                config,
                ..NewRun::default()
            };
            let source = ["API", "WEB_APP", "SLACK", "SCHEDULED_AGENT"][i % 4];
            let index = self.insert(new, created, source, outcome);
            let started = created + chrono::Duration::seconds(20 + (i as i64 * 7) % 40);
            self.apply(index, Phase::InProgress, started);
            let minutes = 2 + (i as i64 * 5) % 9;
            self.apply(
                index,
                end,
                started + chrono::Duration::seconds(minutes * 60 + 17),
            );
        }
    }
}

/// A title made from the start of a prompt: its first line if short,
/// else its first words up to about 50 characters.
pub(crate) fn title_from(prompt: &str) -> String {
    const STOP: &[&str] = &[
        "a", "an", "and", "the", "to", "of", "in", "on", "for", "with", "or",
    ];
    let first = prompt
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    let mut words: Vec<&str> = Vec::new();
    let mut len = 0;
    for word in first.split_whitespace() {
        if len + word.len() > 50 && !words.is_empty() && first.len() > 60 {
            while words.len() > 1
                && words
                    .last()
                    .is_some_and(|w| STOP.contains(&w.to_lowercase().as_str()))
            {
                words.pop();
            }
            break;
        }
        len += word.len() + 1;
        words.push(word);
    }
    let title = words.join(" ");
    let title = title.trim_end_matches(['.', ',', ':', ';']);
    let mut chars = title.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => "Untitled run".to_owned(),
    }
}

fn slug(title: &str) -> String {
    let mut slug = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    // At most 40 characters, cut at a word boundary.
    if slug.len() > 40 {
        let cut = slug[..41].rfind('-').unwrap_or(40);
        slug.truncate(cut);
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "run".to_owned()
    } else {
        slug.to_owned()
    }
}

/// `now + d`, or about thirty years from now if that overflows.
fn later(now: Instant, d: std::time::Duration) -> Instant {
    now.checked_add(d)
        .or_else(|| now.checked_add(std::time::Duration::from_secs(1 << 30)))
        .unwrap_or(now)
}

fn alnum(rng: &mut fastrand::Rng, len: usize) -> String {
    (0..len).map(|_| rng.alphanumeric()).collect()
}

fn plan_markdown(run: &Run) -> String {
    format!(
        "# {title}\n\n## Goal\n\n{prompt}\n\n## Steps\n\n\
         1. Read the relevant code and the existing tests.\n\
         2. Make the change in small, reviewable commits.\n\
         3. Run the test suite and fix anything that breaks.\n\
         4. Open a pull request with a summary of the change.\n",
        title = run.title,
        prompt = run.prompt
    )
}

fn summary_markdown(run: &Run) -> String {
    format!(
        "# Summary: {title}\n\n\
         Run `{id}` finished the task below.\n\n\
         > {prompt}\n\n\
         ## Changes\n\n\
         - `src/lib.rs`: the fix itself (+42 −7)\n\
         - `tests/regression.rs`: a regression test (+31)\n\n\
         ## Verification\n\n\
         `cargo test` passed: 128 tests, 0 failures.\n",
        title = run.title,
        id = run.id,
        prompt = run.prompt.replace('\n', "\n> ")
    )
}
