//! Waiting for a run: polling `GET /agent/runs/{runId}` until it settles.
//!
//! [`ClientExt::wait_for_run`](crate::ClientExt::wait_for_run) polls until the run is SUCCEEDED, FAILED, ERROR,
//! CANCELLED or BLOCKED (BLOCKED means the run needs a human; with
//! [`WaitOptions::keep_waiting_when_blocked`] the wait goes on through it).
//! [`ClientExt::watch_run`](crate::ClientExt::watch_run) is the same loop as a stream of state changes, for
//! progress display. [`ClientExt::create_run_and_wait`](crate::ClientExt::create_run_and_wait) and
//! [`ClientExt::submit_run_followup_and_wait`](crate::ClientExt::submit_run_followup_and_wait) start the run (or the follow-up)
//! first.
//!
//! # Rules
//!
//! * **Backoff.** The first poll is immediate. The interval before the next
//!   starts at [`initial_interval`](WaitOptions::initial_interval) (3 s) and
//!   grows by half after every poll up to
//!   [`max_interval`](WaitOptions::max_interval) (10 s): 3, 4.5, 6.75, 10,
//!   10, … seconds. With jitter (on by default) each sleep is randomly
//!   shortened by up to 20 % so many waiters do not poll in lockstep.
//!   A `Retry-After` on a 429/503 lengthens the next sleep to at least that,
//!   but never past the end of the outage budget
//!   ([`max_outage`](WaitOptions::max_outage) after polls began failing) nor
//!   the deadline: the server asks, the caller's limits decide. A
//!   `Retry-After: 36000` during a wait without deadline and the default
//!   2-minute `max_outage` polls again 2 minutes after the failures began, and
//!   if that poll fails too the wait gives up with its error, instead of
//!   sleeping ten hours.
//! * **Why these defaults.** Warp's own CLI polls a run every 3 s: it
//!   polled every second until that drew `429 Too Many Requests`
//!   (warpdotdev/warp PR #10275). So a wait starts at Warp's own pace,
//!   3 s, and never polls faster than that schedule (jitter aside), and it
//!   slows down from there, since an agent run takes minutes: a run still
//!   working after half a minute is polled every 10 s, a sixth of the CLI's
//!   rate, which keeps a service with hundreds of waits (or a fleet wait,
//!   one listing per interval) well inside the API's rate limits while a
//!   finished run is noticed within 10 s. The deadline (30 min) bounds a
//!   run that never settles; `max_outage` (2 min) rides out a deploy or a
//!   burst of `429`s without giving up on the run.
//! * **Deadline.** [`timeout`](WaitOptions::timeout) (30 min by default, or
//!   none) bounds the wait. Sleeps never cross it and the last poll happens at
//!   the deadline itself, so a run that finished just before it is still
//!   seen; if that poll does not show the run settled, the wait returns
//!   [`Error::WaitTimeout`](crate::Error::WaitTimeout) with the last run seen. A poll in flight is not
//!   cut off: the wait can overrun the deadline by one request (itself bounded
//!   by the client's timeout and retry policy). For a hard cut-off, wrap the
//!   future in [`tokio::time::timeout`].
//!   With the defaults a 60-second deadline makes 9 requests without jitter
//!   (at 0, 3, 7.5, 14.25, 24.25, 34.25, 44.25, 54.25 and 60 s) and 9 to 11
//!   with it.
//! * **Transient failures.** A poll that fails with a connection or transport
//!   error, a request timeout, 408, 429 or 5xx (unless the body says
//!   `"retryable": false`) does not end the wait: the next poll follows on the
//!   usual schedule. This is on top of the client's own
//!   [`RetryPolicy`](crate::RetryPolicy), which already retries each GET. Only
//!   when polls have been failing without a break for longer than
//!   [`max_outage`](WaitOptions::max_outage) (2 min) does the wait give up,
//!   returning the last error. Any other error (401, 403, 404, a body that
//!   does not decode, …) ends the wait at once.
//! * **The run asked for.** A poll answered with another run (its `run_id`
//!   is not the one waited for) ends the wait at once with an
//!   [`Error::Decode`](crate::Error::Decode) naming both ids: a confused proxy or cache must not
//!   end a wait with someone else's result.
//! * **Unknown states.** A state this version does not know
//!   ([`RunState::Unrecognized`]) is not terminal: the wait goes on.
//! * **Follow-ups, interrupts and stale state.** See
//!   [`ClientExt::submit_run_followup_and_wait`](crate::ClientExt::submit_run_followup_and_wait)
//!   for the rule; [`ClientExt::interrupt_run_and_wait`](crate::ClientExt::interrupt_run_and_wait),
//!   [`ClientExt::interrupt_conversation_and_wait`](crate::ClientExt::interrupt_conversation_and_wait) and
//!   [`ClientExt::submit_conversation_followup_and_wait`](crate::ClientExt::submit_conversation_followup_and_wait)
//!   follow it too.

mod options;
mod poller;
mod schedule;
pub(crate) mod steer;
mod turn;

use futures_core::Stream;

pub use crate::error::{WaitTimeout, WaitTimeoutReason};
pub use options::{FollowupOptions, WaitOptions};
pub(crate) use schedule::Schedule;

use crate::types::{self, RunItem, RunState};
use crate::{Client, Result};
use poller::Poller;

/// See [`ClientExt::wait_for_run`](crate::ClientExt::wait_for_run).
pub(crate) async fn wait_for_run(
    client: &Client,
    run_id: &str,
    options: &WaitOptions,
) -> Result<RunItem> {
    let mut poller = Poller::new(client, run_id, options, "wait");
    loop {
        let run = poller.observe().await?;
        if options.is_done(&run.state) {
            return Ok(run);
        }
    }
}

/// See [`ClientExt::watch_run`](crate::ClientExt::watch_run).
pub(crate) fn watch_run<'a>(
    client: &'a Client,
    run_id: &str,
    options: &WaitOptions,
) -> impl Stream<Item = Result<RunItem>> + Send + Unpin + 'a {
    let poller = Poller::new(client, run_id, options, "watch");
    Box::pin(futures_util::stream::unfold(
        Some((poller, None::<RunState>)),
        |state| async move {
            let (mut poller, mut last) = state?;
            loop {
                let run = match poller.observe().await {
                    Ok(run) => run,
                    Err(error) => return Some((Err(error), None)),
                };
                if last.as_ref() == Some(&run.state) {
                    continue;
                }
                last = Some(run.state.clone());
                let next = if poller.options.is_done(&run.state) {
                    None
                } else {
                    Some((poller, last))
                };
                return Some((Ok(run), next));
            }
        },
    ))
}

/// See [`ClientExt::create_run_and_wait`](crate::ClientExt::create_run_and_wait).
pub(crate) async fn create_run_and_wait(
    client: &Client,
    request: types::RunAgentRequest,
    options: &WaitOptions,
) -> Result<RunItem> {
    let created = client.create_run().body(request).send().await?.into_inner();
    tracing::debug!(
        run_id = created.run_id.as_str(),
        state = created.state.as_str(),
        "created run"
    );
    wait_for_run(client, &created.run_id, options).await
}

/// See [`ClientExt::submit_run_followup_and_wait`](crate::ClientExt::submit_run_followup_and_wait).
pub(crate) async fn submit_run_followup_and_wait(
    client: &Client,
    run_id: &str,
    request: types::RunFollowupRequest,
    options: &FollowupOptions,
) -> Result<RunItem> {
    turn::act_and_wait(client, run_id, options, turn::Act::Followup, || async {
        client
            .submit_run_followup()
            .run_id(run_id)
            .body(request)
            .send()
            .await
            .map(drop)
    })
    .await
}
