//! Steering a run and waiting for the result: interrupts (by run or by
//! conversation) and conversation-keyed follow-ups, each waited for by the
//! rule of [`Client::submit_followup_and_wait`], which never takes the
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
use super::WaitOptions;
use crate::types::{self, RunItem};
use crate::{Client, Result};

impl Client {
    /// Interrupts the turn the agent is working on (`POST
    /// /agent/runs/{runId}/interrupt`) and waits for the run to settle
    /// after it, without taking the state it had before for the answer.
    ///
    /// The run is read once first (if that fails, nothing is sent); then
    /// the rule of [`submit_followup_and_wait`](Self::submit_followup_and_wait)
    /// applies: a run working before the interrupt (the usual case) is
    /// waited for until it settles, and its INPROGRESS while the interrupt
    /// is still being applied is never an answer; a run settled before it
    /// must visibly move on first, else the wait ends with
    /// [`Error::WaitTimeout`](crate::Error::WaitTimeout)
    /// ([`WaitTimeoutReason::InterruptNotObserved`](crate::WaitTimeoutReason::InterruptNotObserved)).
    ///
    /// The interrupted run waits for input, so BLOCKED always ends this
    /// wait, whatever [`WaitOptions::keep_waiting_when_blocked`] says. Only
    /// a live run on the Warp harness can be interrupted: otherwise the
    /// server answers `409` (`no_live_session`, `session_ended`,
    /// `unsupported_harness`), returned as [`Error::Api`](crate::Error::Api).
    ///
    /// ```no_run
    /// # async fn demo(client: oz_agent_api::Client) -> oz_agent_api::Result<()> {
    /// use oz_agent_api::WaitOptions;
    ///
    /// let run = client.interrupt_run_and_wait("run-id", &WaitOptions::default()).await?;
    /// println!("{} is {} after the interrupt", run.run_id, run.state);
    /// # Ok(()) }
    /// ```
    pub async fn interrupt_run_and_wait(
        &self,
        run_id: &str,
        options: &WaitOptions,
    ) -> Result<RunItem> {
        turn::act_and_wait(self, run_id, options, Act::Interrupt, || async {
            self.interrupt_run().run_id(run_id).send().await.map(drop)
        })
        .await
    }

    /// Interrupts the turn on the run behind a conversation (`POST
    /// /agent/conversations/{conversation_id}/interrupt`) and waits for that
    /// run (the answer's `run_id`) to settle after it, like
    /// [`interrupt_run_and_wait`](Self::interrupt_run_and_wait).
    ///
    /// The run is known only from the answer, so nothing is read before the
    /// interrupt: the first poll after it stands for the state before (see
    /// [`submit_conversation_followup_and_wait`](Self::submit_conversation_followup_and_wait)).
    /// `conversation_id` is a UUID; anything else is
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest), before
    /// anything is sent.
    ///
    /// ```no_run
    /// # async fn demo(client: oz_agent_api::Client, run: oz_agent_api::types::RunItem) -> oz_agent_api::Result<()> {
    /// use oz_agent_api::WaitOptions;
    ///
    /// if let Some(conversation) = &run.conversation_id {
    ///     let run = client
    ///         .interrupt_conversation_and_wait(conversation, &WaitOptions::default())
    ///         .await?;
    ///     println!("{} is {}", run.run_id, run.state);
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn interrupt_conversation_and_wait(
        &self,
        conversation_id: &str,
        options: &WaitOptions,
    ) -> Result<RunItem> {
        turn::act_then_wait(self, options, Act::Interrupt, || async {
            let accepted = self
                .interrupt_conversation()
                .conversation_id(conversation_id)
                .send()
                .await?;
            Ok(accepted.into_inner().run_id)
        })
        .await
    }

    /// Submits a follow-up to the run behind a conversation (`POST
    /// /agent/conversations/{conversation_id}/followups`) and waits for that
    /// run (the answer's `run_id`: the conversation's newest run) to settle
    /// again, without taking the state it had before the follow-up for the
    /// answer: the conversation-keyed
    /// [`submit_followup_and_wait`](Self::submit_followup_and_wait).
    ///
    /// The run is known only from the answer, so it cannot be read before
    /// the follow-up; the first poll after it stands for the state before,
    /// and the rule of `submit_followup_and_wait` applies from there: a
    /// settled state (terminal or BLOCKED) counts only once a poll showed
    /// the run move on from it, within
    /// [`stale_state_window`](WaitOptions::stale_state_window) the state
    /// first seen is ignored, and after it that state counts only with a
    /// newer `updated_at` (else [`Error::WaitTimeout`](crate::Error::WaitTimeout),
    /// [`WaitTimeoutReason::FollowupNotObserved`](crate::WaitTimeoutReason::FollowupNotObserved)).
    ///
    /// Limit: a turn that both starts and settles before that first poll (it
    /// follows the answer at once) is taken for the state before, and is
    /// then accepted only by its `updated_at` moving again, or reported as
    /// not observed. Where the run id is known, the run-keyed
    /// `submit_followup_and_wait` has no such gap.
    ///
    /// `conversation_id` is a UUID; anything else is
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest), before
    /// anything is sent.
    ///
    /// ```no_run
    /// # async fn demo(client: oz_agent_api::Client) -> oz_agent_api::Result<()> {
    /// use oz_agent_api::{types::RunFollowupRequest, WaitOptions};
    ///
    /// let followup: RunFollowupRequest = RunFollowupRequest::builder()
    ///     .message("Now add a test for it")
    ///     .try_into()
    ///     .map_err(|e| oz_agent_api::Error::InvalidRequest(format!("{e}")))?;
    /// let run = client
    ///     .submit_conversation_followup_and_wait(
    ///         "3f2c9a4e-8d7b-4c1a-9e5f-0a1b2c3d4e5f",
    ///         followup,
    ///         &WaitOptions::default(),
    ///     )
    ///     .await?;
    /// println!("{} ended {}", run.run_id, run.state);
    /// # Ok(()) }
    /// ```
    pub async fn submit_conversation_followup_and_wait(
        &self,
        conversation_id: &str,
        request: types::RunFollowupRequest,
        options: &WaitOptions,
    ) -> Result<RunItem> {
        turn::act_then_wait(self, options, Act::Followup, || async {
            let accepted = self
                .submit_conversation_followup()
                .conversation_id(conversation_id)
                .body(request)
                .send()
                .await?;
            Ok(accepted.into_inner().run_id)
        })
        .await
    }
}
