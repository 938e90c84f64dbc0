//! Factory dispatches followed to their end.
//!
//! `POST /factory/{uid}/runs` ([`Client::create_factory_run`]) dispatches a
//! prompt to a factory's foreman agent and answers with an **ordinary run**:
//! its `run_id` is waited for, watched and listed like any other
//! ([`Client::wait_for_run`], [`Client::watch_run`], the fleet waits of
//! [`crate::fleet`]; a listing filtered with `factory_uid` finds it).
//! [`Client::dispatch_factory_run_and_wait`] dispatches and waits in one
//! call.
//!
//! The dispatch also creates a **factory task**, asynchronously: it is
//! resolved afterwards with `GET /factory/{uid}/task-by-run`, which answers
//! `404` until it exists ([`Client::factory_task_for_run`] polls it until it
//! does). A task's `stage` is not a state to wait for: the spec says COMPLETE
//! and CANCELLED are "terminal in intent but not enforced", any stage may be
//! written at any time, and a finished run typically leaves its task in
//! REVIEW until a person moves it on. What ends is the task's current run:
//! [`Client::wait_for_factory_task`] follows `current_run.state`, resolved
//! by the server at every read (a follow-up that starts a new run of the
//! task's conversation moves it), and stops when that run settles.
//!
//! # A factory dispatch is sent at most once
//!
//! `create_run` is exactly-once because it can tag the run's `metadata`
//! with a client token and, after an ambiguous failure, prove by a lookup
//! whether the run exists (see [`crate::exactly_once`]). A factory dispatch
//! has no `metadata`. Its `ticket_ref` is stamped on the run as
//! `ticket_source`/`ticket_id` metadata, and a listing can filter on that,
//! but the lookup proves nothing:
//!
//! * **A run found is not proof it is this dispatch's.** A ticket reference
//!   names a ticket, not a dispatch: the same ticket is dispatched again by
//!   a retry of the caller's own job, by a teammate, by an integration.
//!   Adopting a run found under it could skip a dispatch the caller asked
//!   for.
//! * **No run found is not proof there is none.** The spec does not say
//!   the stamped metadata is visible to a listing when the `201` is sent
//!   (the task is created asynchronously), metadata filtering can answer
//!   `feature_not_available`, and without a `ticket_ref` the server mints
//!   one the client never sees when the answer is lost. Resending on such a
//!   miss could dispatch twice.
//! * Minting a unique `ticket_ref` in the client would overwrite the
//!   caller's ticket reference, and the server validates the form (`400`).
//!
//! So the client sends a factory dispatch **at most once**: it is resent
//! only when the server cannot have acted on it (no connection was made,
//! `429`, `503`: the rule for every POST, see [`crate::retry`]); after an
//! ambiguous failure (a timeout, a connection lost after sending, `500`,
//! `502`, `504`) the error is returned as it is, and whether to dispatch
//! again — after looking for the run with
//! `client.list_runs().factory_uid(…)` or by its ticket — is the caller's
//! decision, made with what the caller knows about its tickets.
//!
//! That holds under the default [`RetryPolicy`](crate::RetryPolicy).
//! [`RetryPolicy::retry_non_idempotent`](crate::RetryPolicy::retry_non_idempotent)`(true)`
//! opts every POST of the client into being resent after ambiguous
//! failures, a factory dispatch included (unlike `create_run`, which stays
//! exactly-once whatever the policy): leave it off on a client that
//! dispatches to factories.

use tokio::time::Instant;

use crate::error::WaitTimeout;
use crate::retry::is_transient;
use crate::types::{self, FactoryTask, RunItem};
use crate::wait::{Schedule, WaitOptions, WaitTimeoutReason};
use crate::{Client, Error, Result};

impl Client {
    /// Dispatches a run to a factory (`POST /factory/{uid}/runs`) and waits
    /// for that run like [`wait_for_run`](Self::wait_for_run): the dispatch
    /// answers with an ordinary run. The deadline covers the wait, not the
    /// dispatch. The dispatch is sent at most once (see the
    /// [module docs](crate::factory)).
    ///
    /// ```no_run
    /// # async fn demo(client: oz_agent_api::Client) -> oz_agent_api::Result<()> {
    /// use oz_agent_api::{types::FactoryRunRequest, WaitOptions};
    ///
    /// let request: FactoryRunRequest = FactoryRunRequest::builder()
    ///     .prompt("Triage and fix REMOTE-123")
    ///     .ticket_ref("linear:REMOTE-123")
    ///     .try_into()
    ///     .map_err(|e| oz_agent_api::Error::InvalidRequest(format!("{e}")))?;
    /// let run = client
    ///     .dispatch_factory_run_and_wait("factory-uid", request, &WaitOptions::default())
    ///     .await?;
    /// println!("{} ended {}", run.run_id, run.state);
    /// # Ok(()) }
    /// ```
    pub async fn dispatch_factory_run_and_wait(
        &self,
        factory_uid: &str,
        request: types::FactoryRunRequest,
        options: &WaitOptions,
    ) -> Result<RunItem> {
        let dispatched = self
            .create_factory_run()
            .uid(factory_uid)
            .body(request)
            .send()
            .await?
            .into_inner();
        tracing::debug!(
            run_id = dispatched.run_id.as_str(),
            factory_uid,
            ticket_ref = dispatched.ticket_ref.as_str(),
            "dispatched factory run"
        );
        self.wait_for_run(&dispatched.run_id, options).await
    }

    /// The factory task of a run (`GET /factory/{uid}/task-by-run`), polled
    /// on the wait schedule while the server answers `404`: a dispatch
    /// creates its task asynchronously.
    ///
    /// Transient failures are ridden out as in
    /// [`wait_for_run`](Self::wait_for_run); any other error ends the call
    /// at once. When the deadline passes with the task still not found, the
    /// last `404` is returned ([`Error::Api`]): the run is not in a task
    /// of this factory, or not yet.
    ///
    /// ```no_run
    /// # async fn demo(client: oz_agent_api::Client) -> oz_agent_api::Result<()> {
    /// use std::time::Duration;
    /// use oz_agent_api::WaitOptions;
    ///
    /// let options = WaitOptions::default().timeout(Duration::from_secs(120));
    /// let task = client.factory_task_for_run("factory-uid", "run-id", &options).await?;
    /// println!("task {} is in {}", task.uid, task.stage);
    /// # Ok(()) }
    /// ```
    pub async fn factory_task_for_run(
        &self,
        factory_uid: &str,
        run_id: &str,
        options: &WaitOptions,
    ) -> Result<FactoryTask> {
        let mut schedule = Schedule::new(options);
        let mut missing = None;
        let mut polls = 0;
        loop {
            if schedule.is_last() {
                // The last poll's failure: a transient one, else the 404.
                if let Some(error) = schedule.take_last_error().or(missing) {
                    return Err(error);
                }
                return Err(Error::WaitTimeout(Box::new(WaitTimeout {
                    run_id: run_id.to_owned(),
                    reason: WaitTimeoutReason::Deadline,
                    last_run: None,
                    elapsed: schedule.elapsed(),
                    polls,
                    last_error: None,
                    last_task: None,
                    task_uid: None,
                })));
            }
            let started = schedule.next_poll().await;
            polls += 1;
            let result = self
                .get_factory_task_by_run()
                .uid(factory_uid)
                .run_id(run_id)
                .send()
                .await;
            let now = Instant::now();
            let due = schedule.polled();
            match result {
                Ok(task) => return Ok(task.into_inner()),
                Err(error) if error.status() == Some(reqwest::StatusCode::NOT_FOUND) => {
                    tracing::debug!(run_id, factory_uid, "no factory task for the run yet");
                    schedule.succeeded(due, now);
                    missing = Some(error);
                }
                Err(error) if is_transient(&error) => {
                    schedule.failing(started, now);
                    schedule.retry_later(due, now, error)?;
                }
                Err(error) => return Err(error),
            }
        }
    }

    /// Polls a factory task (`GET /factory/{uid}/tasks/{task_uid}`) until
    /// its current run (`current_run.state`) settles as
    /// [`wait_for_run`](Self::wait_for_run) would end on it (terminal, or
    /// BLOCKED unless [`WaitOptions::keep_waiting_when_blocked`]), and
    /// returns the task as read then. The task's `stage` is not waited on:
    /// it is not reliably terminal (see the [module docs](crate::factory)).
    ///
    /// The schedule, deadline and outage rules are those of `wait_for_run`.
    /// A task read without a current run (the server could not resolve
    /// one) is polled again. At the deadline the error is
    /// [`Error::WaitTimeout`], whose
    /// [`last_factory_task`](crate::WaitTimeout::last_factory_task) is the
    /// task as last seen.
    ///
    /// ```no_run
    /// # async fn demo(client: oz_agent_api::Client) -> oz_agent_api::Result<()> {
    /// use oz_agent_api::WaitOptions;
    ///
    /// let task = client
    ///     .wait_for_factory_task("factory-uid", "task-uid", &WaitOptions::default())
    ///     .await?;
    /// if let Some(run) = &task.current_run {
    ///     println!("{}: run {} ended {} (stage {})", task.uid, run.run_id, run.state, task.stage);
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn wait_for_factory_task(
        &self,
        factory_uid: &str,
        task_uid: &str,
        options: &WaitOptions,
    ) -> Result<FactoryTask> {
        let mut schedule = Schedule::new(options);
        let mut last: Option<FactoryTask> = None;
        let mut polls = 0;
        loop {
            if schedule.is_last() {
                let run_id = last
                    .as_ref()
                    .and_then(|t| t.current_run.as_ref())
                    .map(|r| r.run_id.clone())
                    .unwrap_or_default();
                return Err(Error::WaitTimeout(Box::new(WaitTimeout {
                    run_id,
                    reason: WaitTimeoutReason::Deadline,
                    last_run: None,
                    elapsed: schedule.elapsed(),
                    polls,
                    last_error: schedule.take_last_error(),
                    last_task: last.map(Box::new),
                    task_uid: Some(task_uid.to_owned()),
                })));
            }
            let started = schedule.next_poll().await;
            polls += 1;
            let result = self
                .get_factory_task()
                .uid(factory_uid)
                .task_uid(task_uid)
                .send()
                .await;
            let now = Instant::now();
            let due = schedule.polled();
            match result {
                Ok(task) => {
                    let task = task.into_inner();
                    schedule.succeeded(due, now);
                    let state = task.current_run.as_ref().map(|r| &r.state);
                    tracing::debug!(
                        task_uid,
                        poll = polls,
                        state = state.map(|s| s.as_str()),
                        stage = task.stage.as_str(),
                        "polled factory task"
                    );
                    if state.is_some_and(|s| options.is_done(s)) {
                        return Ok(task);
                    }
                    last = Some(task);
                }
                Err(error) if is_transient(&error) => {
                    schedule.failing(started, now);
                    schedule.retry_later(due, now, error)?;
                }
                Err(error) => return Err(error),
            }
        }
    }
}
