//! Steering a run and waiting for the result: interrupts (by run or by
//! conversation) and conversation-keyed follow-ups, each waited for by the
//! rule of [`ClientExt::submit_run_followup_and_wait`], which never takes the
//! state the run had before for the answer.
//!
//! An interrupt (`POST /agent/runs/{runId}/interrupt`, `POST
//! /agent/conversations/{conversation_id}/interrupt`) is answered `202
//! Accepted`: the platform took it, the agent applies it asynchronously.
//! Until it does, the run keeps showing the turn in flight (INPROGRESS).
//! Warp cancels that turn "without ending the run or tearing down its
//! sandbox": the run then waits for input (BLOCKED) and accepts follow-ups.
//!
//! Interrupts and follow-ups are sent at most once: they carry nothing a
//! later call could look up, so after an ambiguous failure (a timeout, a
//! connection lost after sending, a 5xx) the client cannot tell whether
//! the server took them and does not send them again (see
//! [`crate::retry`]): the error is returned.

use super::turn::{self, Act};
use super::FollowupOptions;
use crate::types::{self, RunItem};
use crate::{Client, Result};

/// See [`ClientExt::interrupt_run_and_wait`](crate::ClientExt::interrupt_run_and_wait).
pub(crate) async fn interrupt_run_and_wait(
    client: &Client,
    run_id: &str,
    options: &FollowupOptions,
) -> Result<RunItem> {
    turn::act_and_wait(client, run_id, options, Act::Interrupt, || async {
        client.interrupt_run().run_id(run_id).send().await.map(drop)
    })
    .await
}

/// See [`ClientExt::interrupt_conversation_and_wait`](crate::ClientExt::interrupt_conversation_and_wait).
pub(crate) async fn interrupt_conversation_and_wait(
    client: &Client,
    conversation_id: &str,
    options: &FollowupOptions,
) -> Result<RunItem> {
    turn::act_then_wait(client, options, Act::Interrupt, || async {
        let accepted = client
            .interrupt_conversation()
            .conversation_id(conversation_id)
            .send()
            .await?;
        Ok(accepted.into_inner().run_id)
    })
    .await
}

/// See [`ClientExt::submit_conversation_followup_and_wait`](crate::ClientExt::submit_conversation_followup_and_wait).
pub(crate) async fn submit_conversation_followup_and_wait(
    client: &Client,
    conversation_id: &str,
    request: types::RunFollowupRequest,
    options: &FollowupOptions,
) -> Result<RunItem> {
    turn::act_then_wait(client, options, Act::Followup, || async {
        let accepted = client
            .submit_conversation_followup()
            .conversation_id(conversation_id)
            .body(request)
            .send()
            .await?;
        Ok(accepted.into_inner().run_id)
    })
    .await
}
