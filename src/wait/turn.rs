//! Waiting for the turn that something done to a run starts or ends — a
//! follow-up or an interrupt, addressed by run or by conversation — without
//! taking the state the run had *before* it for the answer. The rule is
//! documented on
//! [`ClientExt::submit_run_followup_and_wait`](crate::ClientExt::submit_run_followup_and_wait);
//! the conversation-keyed variant on
//! [`ClientExt::submit_conversation_followup_and_wait`](crate::ClientExt::submit_conversation_followup_and_wait).

use std::future::Future;
use std::time::Duration;

use tokio::time::Instant;

use super::poller::Poller;
use super::{FollowupOptions, WaitOptions};
use crate::error::WaitTimeoutReason;
use crate::listing;
use crate::types::{RunItem, RunState};
use crate::{Client, Result};

/// What was done to the run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Act {
    /// A follow-up message: starts a turn.
    Followup,
    /// An interrupt: ends the turn in flight.
    Interrupt,
}

impl Act {
    /// The wait's kind in traces.
    fn kind(self) -> &'static str {
        match self {
            Act::Followup => "followup",
            Act::Interrupt => "interrupt",
        }
    }

    /// Why the wait ends when the run never visibly moves on.
    fn not_observed(self) -> WaitTimeoutReason {
        match self {
            Act::Followup => WaitTimeoutReason::FollowupNotObserved,
            Act::Interrupt => WaitTimeoutReason::InterruptNotObserved,
        }
    }

    /// The options the wait polls with: an interrupt's turn ends with the
    /// run waiting for input (BLOCKED), so BLOCKED always ends its wait.
    fn options(self, options: &WaitOptions) -> WaitOptions {
        match self {
            Act::Followup => options.clone(),
            Act::Interrupt => options.clone().with_keep_waiting_when_blocked(false),
        }
    }
}

/// Whether the run is settled: terminal or BLOCKED.
fn settled(state: &RunState) -> bool {
    state.is_terminal() || state.is_blocked()
}

/// Fetches run `run_id` (its `state` and `updated_at` are the baseline),
/// runs `act` on it (nothing is done if the fetch fails), then polls until
/// the run settles again after visibly moving on from the baseline: within
/// the stale-state window the baseline state is ignored; after it, the
/// baseline state counts only with a newer `updated_at`, else the wait ends
/// with [`WaitTimeoutReason::FollowupNotObserved`] (or
/// [`InterruptNotObserved`](WaitTimeoutReason::InterruptNotObserved)).
pub(crate) async fn act_and_wait<F, Fut>(
    client: &Client,
    run_id: &str,
    options: &FollowupOptions,
    what: Act,
    act: F,
) -> Result<RunItem>
where
    F: FnOnce() -> Fut,
    Fut: Future<Output = Result<()>>,
{
    let before = listing::fetch_run(client, run_id).await?;
    act().await?;
    let acted = Instant::now();
    let poller = Poller::new(client, run_id, &what.options(options.wait()), what.kind());
    let window = options.stale_state_window();
    follow(poller, Some(before), acted, window, what).await
}

/// Like [`act_and_wait`] for an act addressed by conversation: the run it
/// reached is known only from its answer (`act` returns its id), so
/// nothing can be read before it, and the first poll after it stands for
/// the state before.
pub(crate) async fn act_then_wait<F, Fut>(
    client: &Client,
    options: &FollowupOptions,
    what: Act,
    act: F,
) -> Result<RunItem>
where
    F: FnOnce() -> Fut,
    Fut: Future<Output = Result<String>>,
{
    let run_id = act().await?;
    let acted = Instant::now();
    let poller = Poller::new(client, &run_id, &what.options(options.wait()), what.kind());
    let window = options.stale_state_window();
    follow(poller, None, acted, window, what).await
}

/// Polls until the run settles after visibly moving on from `before` (the
/// first poll when `None`).
async fn follow(
    mut poller: Poller<'_>,
    mut before: Option<RunItem>,
    acted: Instant,
    window: Duration,
    what: Act,
) -> Result<RunItem> {
    let mut moved = before.as_ref().is_some_and(|b| !settled(&b.state));
    if let Some(before) = &before {
        poller.span.in_scope(|| {
            tracing::debug!(
                state = before.state.as_str(),
                updated_at = %before.updated_at,
                "acted on the run; waiting for the turn"
            )
        });
    }
    loop {
        let run = poller.observe().await?;
        let Some(baseline) = &before else {
            moved = !settled(&run.state);
            poller.span.in_scope(|| {
                tracing::debug!(
                    state = run.state.as_str(),
                    "the first state seen stands for the state before"
                )
            });
            before = Some(run);
            continue;
        };
        if !moved {
            let in_window = acted.elapsed() < window;
            if run.state != baseline.state {
                moved = true;
            } else if in_window {
                poller.span.in_scope(|| {
                    tracing::debug!(
                        state = run.state.as_str(),
                        "ignoring the state the run had before"
                    )
                });
                continue;
            } else if run.updated_at > baseline.updated_at {
                moved = true;
            } else {
                return Err(poller.timed_out(what.not_observed()));
            }
        }
        if poller.options.is_done(&run.state) {
            return Ok(run);
        }
    }
}
