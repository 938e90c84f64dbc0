//! Waiting for the turn that something done to a run starts — a follow-up
//! today; an interrupt or a conversation's follow-up are the same shape —
//! without taking the state the run had *before* it for the answer. The
//! rule is documented on
//! [`ClientExt::submit_run_followup_and_wait`](crate::ClientExt::submit_run_followup_and_wait).

use std::future::Future;

use tokio::time::Instant;

use super::poller::Poller;
use super::FollowupOptions;
use crate::error::WaitTimeoutReason;
use crate::listing;
use crate::types::RunItem;
use crate::{Client, Result};

/// Fetches run `run_id` (its `state` and `updated_at` are the baseline),
/// runs `act` on it (nothing is done if the fetch fails), then polls until
/// the run settles again after visibly moving on from the baseline: within
/// the stale-state window the baseline state is ignored; after it, the
/// baseline state counts only with a newer `updated_at`, else the wait ends
/// with [`WaitTimeoutReason::FollowupNotObserved`]. `kind` names the wait in
/// traces.
pub(crate) async fn act_and_wait<F, Fut>(
    client: &Client,
    run_id: &str,
    followup: &FollowupOptions,
    kind: &'static str,
    act: F,
) -> Result<RunItem>
where
    F: FnOnce() -> Fut,
    Fut: Future<Output = Result<()>>,
{
    let options = followup.wait();
    let before = listing::fetch_run(client, run_id).await?;
    act().await?;
    let acted = Instant::now();
    let mut poller = Poller::new(client, run_id, options, kind);
    let settled = before.state.is_terminal() || before.state.is_blocked();
    let mut moved = !settled;
    poller.span.in_scope(|| {
        tracing::debug!(
            state = before.state.as_str(),
            updated_at = %before.updated_at,
            "acted on the run; waiting for the turn it starts"
        )
    });
    loop {
        let run = poller.observe().await?;
        if !moved {
            let in_window = acted.elapsed() < followup.stale_state_window();
            if run.state != before.state {
                moved = true;
            } else if in_window {
                poller.span.in_scope(|| {
                    tracing::debug!(
                        state = run.state.as_str(),
                        "ignoring the state the run had before"
                    )
                });
                continue;
            } else if run.updated_at > before.updated_at {
                moved = true;
            } else {
                return Err(poller.timed_out(WaitTimeoutReason::FollowupNotObserved));
            }
        }
        if options.is_done(&run.state) {
            return Ok(run);
        }
    }
}
