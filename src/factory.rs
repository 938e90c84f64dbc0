//! Factory dispatches followed to their end.
//!
//! `POST /factory/{uid}/runs` ([`Client::create_factory_run`]) dispatches a
//! prompt to a factory's foreman agent and answers with an **ordinary run**:
//! its `run_id` is waited for, watched and listed like any other
//! ([`ClientExt::wait_for_run`](crate::ClientExt::wait_for_run), [`ClientExt::watch_run`](crate::ClientExt::watch_run), the fleet waits of
//! [`crate::fleet`]; a listing filtered with `factory_uid` finds it).
//! [`ClientExt::dispatch_factory_run_and_wait`](crate::ClientExt::dispatch_factory_run_and_wait) dispatches and waits in one
//! call.
//!
//! The dispatch also creates a **factory task**, asynchronously: it is
//! resolved afterwards with `GET /factory/{uid}/task-by-run`, which answers
//! `404` until it exists ([`ClientExt::factory_task_for_run`](crate::ClientExt::factory_task_for_run) polls it until it
//! does). A task's `stage` is not a state to wait for: the spec says COMPLETE
//! and CANCELLED are "terminal in intent but not enforced", any stage may be
//! written at any time, and a finished run typically leaves its task in
//! REVIEW until a person moves it on. What ends is the task's current run:
//! [`ClientExt::wait_for_factory_task`](crate::ClientExt::wait_for_factory_task) follows `current_run.state`, resolved
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
//! [`RetryPolicy::with_retry_non_idempotent`](crate::RetryPolicy::with_retry_non_idempotent)`(true)`
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

/// See [`ClientExt::dispatch_factory_run_and_wait`](crate::ClientExt::dispatch_factory_run_and_wait).
pub(crate) async fn dispatch_factory_run_and_wait(
    client: &Client,
    factory_uid: &str,
    request: types::FactoryRunRequest,
    options: &WaitOptions,
) -> Result<RunItem> {
    let dispatched = client
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
    crate::wait::wait_for_run(client, &dispatched.run_id, options).await
}

/// See [`ClientExt::factory_task_for_run`](crate::ClientExt::factory_task_for_run).
pub(crate) async fn factory_task_for_run(
    client: &Client,
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
        let result = client
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

/// See [`ClientExt::wait_for_factory_task`](crate::ClientExt::wait_for_factory_task).
pub(crate) async fn wait_for_factory_task(
    client: &Client,
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
        let result = client
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
