//! [`ClientExt`]: what the hand-written layer adds to the generated
//! [`Client`] — waiting for and watching runs, many at once, following up,
//! finding a run by its client token, downloads.

use std::future::Future;

use futures_core::Stream;

use crate::types::{self, FactoryTask, RunItem};
use crate::{exactly_once, fleet, wait};
use crate::{Client, Downloads, FleetOptions, FollowupOptions, Result, WaitOptions};

/// The run lifecycle and downloads, on [`Client`]: bring it into scope with
/// `use oz_agent_api::prelude::*;` (or `use oz_agent_api::ClientExt;`).
///
/// Every operation of the spec is an inherent method of [`Client`],
/// generated; what this trait adds is composed from them. It is a trait —
/// as the Oxide SDK's `ClientExtraDiskExt` and the AWS SDKs' `Waiters` are —
/// so that the generated methods and these can never collide: should a spec
/// add an operation called `waitForRun`, `client.wait_for_run()` becomes
/// that operation's builder (inherent methods come first), and this method
/// stays callable as `ClientExt::wait_for_run(&client, …)`. Nothing has to
/// be kept in sync with the generator. Sealed: implemented for [`Client`]
/// only, so methods can be added to it without breaking anyone.
///
/// What stays inherent on [`Client`] is construction and configuration:
/// [`Client::new`], [`Client::builder`], [`Client::from_env`] (a type's
/// constructors belong to the type; a trait would need an import just to
/// make a client) and the getters [`Client::base_url`],
/// [`Client::retry_policy`] and [`Client::retry_tokens`] (plain reads of the
/// configuration; none of them sends a
/// request or composes operations). An operation generating one of these
/// six names is refused by the generator with a message naming both.
///
/// ```no_run
/// use oz_agent_api::prelude::*;
///
/// # async fn demo() -> oz_agent_api::Result<()> {
/// let client = Client::from_env()?;
/// let run = client.wait_for_run("run-id", &WaitOptions::default()).await?;
/// let transcript = client.downloads().run_transcript(&run.run_id).await?;
/// # let _ = transcript; Ok(()) }
/// ```
pub trait ClientExt: sealed::Sealed {
    /// Polls `GET /agent/runs/{runId}` until the run is SUCCEEDED, FAILED,
    /// ERROR, CANCELLED or (unless
    /// [`keep_waiting_when_blocked`](WaitOptions::keep_waiting_when_blocked))
    /// BLOCKED, and returns it.
    ///
    /// Fails with [`Error::WaitTimeout`](crate::Error::WaitTimeout) (carrying the last run seen) when
    /// the deadline passes, with the last error when polls keep failing
    /// transiently for longer than [`WaitOptions::max_outage`], and at once
    /// with any other error. See the [module docs](crate::wait) for the
    /// schedule.
    ///
    /// ```no_run
    /// # async fn demo() -> oz_agent_api::Result<()> {
    /// use std::time::Duration;
    /// use oz_agent_api::prelude::*;
    ///
    /// let client = Client::from_env()?;
    /// let options = WaitOptions::default().with_timeout(Duration::from_secs(15 * 60));
    /// let run = client.wait_for_run("run-id", &options).await?;
    /// println!("{} ended {}", run.run_id, run.state);
    /// # Ok(()) }
    /// ```
    fn wait_for_run(
        &self,
        run_id: &str,
        options: &WaitOptions,
    ) -> impl Future<Output = Result<RunItem>> + Send;

    /// Polls the run like [`wait_for_run`](Self::wait_for_run) and yields it
    /// each time its state changes (the first observation included); the
    /// stream ends after the state that ends the wait. An error ends the
    /// stream after it is yielded (a timeout as [`Error::WaitTimeout`](crate::Error::WaitTimeout)).
    ///
    /// ```no_run
    /// # async fn demo(client: oz_agent_api::Client) -> oz_agent_api::Result<()> {
    /// use futures_util::StreamExt;
    /// use oz_agent_api::prelude::*;
    ///
    /// let mut updates = client.watch_run("run-id", &WaitOptions::default());
    /// while let Some(run) = updates.next().await {
    ///     let run = run?;
    ///     println!("{}: {}", run.run_id, run.state);
    /// }
    /// # Ok(()) }
    /// ```
    fn watch_run<'a>(
        &'a self,
        run_id: &str,
        options: &WaitOptions,
    ) -> impl Stream<Item = Result<RunItem>> + Send + Unpin + 'a + use<'a, Self>;

    /// Creates a run (`POST /agent/runs`) and waits for it like
    /// [`wait_for_run`](Self::wait_for_run). The deadline covers the wait,
    /// not the creation.
    ///
    /// ```no_run
    /// # async fn demo(client: oz_agent_api::Client) -> oz_agent_api::Result<()> {
    /// use oz_agent_api::prelude::*;
    /// use oz_agent_api::types::RunAgentRequest;
    ///
    /// let request: RunAgentRequest = RunAgentRequest::builder()
    ///     .prompt("Fix the flaky test in tests/wait.rs")
    ///     .try_into()
    ///     .map_err(|e| oz_agent_api::Error::InvalidRequest(format!("{e}")))?;
    /// let run = client.create_run_and_wait(request, &WaitOptions::default()).await?;
    /// println!("{}", run.state);
    /// # Ok(()) }
    /// ```
    fn create_run_and_wait(
        &self,
        request: types::RunAgentRequest,
        options: &WaitOptions,
    ) -> impl Future<Output = Result<RunItem>> + Send;

    /// Submits a follow-up (`POST /agent/runs/{runId}/followups`) and waits
    /// for the run to settle again, without mistaking the state it had
    /// *before* the follow-up for the answer.
    ///
    /// `options` is a [`FollowupOptions`], or a `&WaitOptions` with the
    /// default stale-state window (60 s).
    ///
    /// After a follow-up the server can keep reporting the run's previous
    /// terminal state for a while. The rule:
    ///
    /// 1. Before submitting, the run is fetched once; its `state` and
    ///    `updated_at` are the baseline. (If this fails, nothing is submitted.)
    /// 2. If the baseline state is active (queued or working) or unknown, the
    ///    follow-up joins the run in flight: the wait is an ordinary
    ///    [`wait_for_run`](Self::wait_for_run).
    /// 3. If it is settled (terminal or BLOCKED), a settled state only counts
    ///    once the run has visibly moved on: a poll showed a state different
    ///    from the baseline (typically QUEUED or INPROGRESS, or a different
    ///    outcome). Within [`stale_state_window`](FollowupOptions::with_stale_state_window)
    ///    (60 s) of the submission, the baseline state is ignored even if
    ///    `updated_at` changed, because the server may touch `updated_at` when
    ///    it records the follow-up, before the run restarts.
    /// 4. After the window, the baseline state with an `updated_at` newer
    ///    than the baseline's is accepted (the follow-up ran and settled the
    ///    same way between two polls); with an unchanged `updated_at` the
    ///    server never moved and the wait fails with [`Error::WaitTimeout`](crate::Error::WaitTimeout)
    ///    ([`WaitTimeoutReason::FollowupNotObserved`](crate::WaitTimeoutReason::FollowupNotObserved)), carrying the run.
    ///
    /// Limits: a server that reports the stale state with a newer
    /// `updated_at` for longer than the window is taken at its word (4), and
    /// one that finishes the follow-up between two polls with the same
    /// outcome *without* touching `updated_at` is reported as not observed.
    /// The wait's deadline and outage rules apply from the submission on.
    ///
    /// ```no_run
    /// # async fn demo(client: oz_agent_api::Client) -> oz_agent_api::Result<()> {
    /// use oz_agent_api::prelude::*;
    /// use oz_agent_api::types::RunFollowupRequest;
    ///
    /// let followup: RunFollowupRequest = RunFollowupRequest::builder()
    ///     .message("Also update the changelog")
    ///     .try_into()
    ///     .map_err(|e| oz_agent_api::Error::InvalidRequest(format!("{e}")))?;
    /// let run = client
    ///     .submit_run_followup_and_wait("run-id", followup, &WaitOptions::default())
    ///     .await?;
    /// println!("{}", run.state);
    /// # Ok(()) }
    /// ```
    fn submit_run_followup_and_wait<O: Into<FollowupOptions>>(
        &self,
        run_id: &str,
        request: types::RunFollowupRequest,
        options: O,
    ) -> impl Future<Output = Result<RunItem>> + Send;

    /// Follows `run_ids` with one `GET /agent/runs` per interval and yields
    /// each run each time its state changes (its first observation
    /// included), until every run has settled; see [`crate::fleet`].
    ///
    /// `options` is a [`FleetOptions`] (the wait's options and the listing's
    /// overlap), or a `&WaitOptions` with the default overlap; the same for
    /// every wait for many runs below.
    ///
    /// A run that cannot be fetched is yielded as [`Error::RunUnavailable`](crate::Error::RunUnavailable)
    /// and the stream goes on with the others. The deadline ends the stream
    /// with [`Error::FleetTimeout`](crate::Error::FleetTimeout); listings failing for longer than
    /// [`WaitOptions::max_outage`] end it with their error. Duplicate ids
    /// are followed once.
    ///
    /// ```no_run
    /// # async fn demo(client: oz_agent_api::Client, ids: Vec<String>) -> oz_agent_api::Result<()> {
    /// use futures_util::StreamExt;
    /// use oz_agent_api::prelude::*;
    ///
    /// let mut changes = client.watch_runs(&ids, &WaitOptions::default());
    /// while let Some(run) = changes.next().await {
    ///     let run = run?;
    ///     println!("{} is {}", run.run_id, run.state);
    /// }
    /// # Ok(()) }
    /// ```
    fn watch_runs<'a, S: AsRef<str>, O: Into<FleetOptions>>(
        &'a self,
        run_ids: &[S],
        options: O,
    ) -> impl Stream<Item = Result<RunItem>> + Send + Unpin + 'a + use<'a, S, O, Self>;

    /// Waits until every run of `run_ids` has settled (see
    /// [`WaitOptions::is_done`]) and returns them, in the order given
    /// (duplicates once), following them all with one `GET /agent/runs`
    /// per interval; see [`crate::fleet`].
    ///
    /// Ends with [`Error::RunUnavailable`](crate::Error::RunUnavailable) as soon as one run cannot be
    /// fetched (an unknown id: `404`), with [`Error::FleetTimeout`](crate::Error::FleetTimeout) at the
    /// deadline (naming the runs not settled), and with the listing's error
    /// after [`WaitOptions::max_outage`] of failing listings. No ids: `Ok`
    /// at once, with no request.
    ///
    /// ```no_run
    /// # async fn demo(client: oz_agent_api::Client, ids: Vec<String>) -> oz_agent_api::Result<()> {
    /// use std::time::Duration;
    /// use oz_agent_api::prelude::*;
    ///
    /// let options = WaitOptions::default().with_timeout(Duration::from_secs(3600));
    /// let runs = client.wait_for_runs(&ids, &options).await?;
    /// let failed = runs.iter().filter(|r| !r.state.is_succeeded()).count();
    /// println!("{} runs, {failed} did not succeed", runs.len());
    /// # Ok(()) }
    /// ```
    fn wait_for_runs<S: AsRef<str> + Sync, O: Into<FleetOptions>>(
        &self,
        run_ids: &[S],
        options: O,
    ) -> impl Future<Output = Result<Vec<RunItem>>> + Send;

    /// Waits until a run and all its descendants (the runs listed with
    /// `ancestor_run_id=<root>`: children, their children, …) have settled,
    /// including children that appear while waiting, and returns them: the
    /// root first, then the others in the order they were discovered.
    ///
    /// One `GET /agent/runs?ancestor_run_id=…` per interval covers the
    /// descendants; the root, which that listing does not show, is fetched
    /// with `GET /agent/runs/{runId}` until it settles. Errors and deadline
    /// as [`wait_for_runs`](Self::wait_for_runs).
    ///
    /// ```no_run
    /// # async fn demo(client: oz_agent_api::Client) -> oz_agent_api::Result<()> {
    /// use oz_agent_api::prelude::*;
    ///
    /// let tree = client.wait_for_run_tree("root-run-id", &WaitOptions::default()).await?;
    /// for run in &tree {
    ///     println!("{} (parent {:?}): {}", run.run_id, run.parent_run_id, run.state);
    /// }
    /// # Ok(()) }
    /// ```
    fn wait_for_run_tree<O: Into<FleetOptions>>(
        &self,
        root_run_id: &str,
        options: O,
    ) -> impl Future<Output = Result<Vec<RunItem>>> + Send;

    /// [`wait_for_run_tree`](Self::wait_for_run_tree) as a stream of state
    /// changes, like [`watch_runs`](Self::watch_runs): every run of the
    /// tree, including those that appear while watching, each time its state
    /// changes.
    ///
    /// ```no_run
    /// # async fn demo(client: oz_agent_api::Client) -> oz_agent_api::Result<()> {
    /// use futures_util::TryStreamExt;
    /// use oz_agent_api::prelude::*;
    ///
    /// let mut changes = client.watch_run_tree("root-run-id", &WaitOptions::default());
    /// while let Some(run) = changes.try_next().await? {
    ///     println!("{}: {}", run.run_id, run.state);
    /// }
    /// # Ok(()) }
    /// ```
    fn watch_run_tree<'a, O: Into<FleetOptions>>(
        &'a self,
        root_run_id: &str,
        options: O,
    ) -> impl Stream<Item = Result<RunItem>> + Send + Unpin + 'a + use<'a, O, Self>;

    /// The run created with client token `token` (the value of
    /// [`CLIENT_TOKEN_KEY`](crate::CLIENT_TOKEN_KEY) in its metadata), if there is one: for the
    /// token of a [`CreationUnknown`](crate::CreationUnknown), or one you supplied.
    ///
    /// Children inherit their parent's metadata, token included, so the run
    /// returned is the one *created* with the token: the listed run
    /// carrying it whose parent does not (a top-level run, or a child
    /// created with `parent_run_id`), the oldest if several. When only
    /// descendants are listed, their parents are fetched up to it.
    ///
    /// `Ok(None)` only when the listing proves no run carries the token (it
    /// applied the filter and was read to its end). When it cannot — the
    /// server ignores the `metadata[…]` filter, or more pages than a lookup
    /// reads — the error is an [`Error::Decode`](crate::Error::Decode) saying so; a server without
    /// the filter answers `403 feature_not_available` ([`Error::Api`](crate::Error::Api)).
    ///
    /// ```no_run
    /// # async fn demo(client: oz_agent_api::Client) -> oz_agent_api::Result<()> {
    /// use oz_agent_api::prelude::*;
    ///
    /// if let Some(run) = client.find_run_by_client_token("deploy-4711").await? {
    ///     println!("{} is {}", run.run_id, run.state);
    /// }
    /// # Ok(()) }
    /// ```
    fn find_run_by_client_token(
        &self,
        token: &str,
    ) -> impl Future<Output = Result<Option<RunItem>>> + Send;

    /// Transcript and artifact downloads that never send the key to storage.
    ///
    /// ```no_run
    /// # async fn demo(client: oz_agent_api::Client) -> oz_agent_api::Result<()> {
    /// use oz_agent_api::prelude::*;
    ///
    /// let transcript = client.downloads().run_transcript("run-id").await?;
    /// let url = client.downloads().artifact_url("artifact-uid").await?;
    /// # let _ = (transcript, url); Ok(()) }
    /// ```
    fn downloads(&self) -> Downloads<'_>;

    /// Dispatches a run to a factory (`POST /factory/{uid}/runs`) and waits
    /// for that run like [`wait_for_run`](Self::wait_for_run): the dispatch
    /// answers with an ordinary run. The deadline covers the wait, not the
    /// dispatch. The dispatch is sent at most once (see the
    /// [module docs](crate::factory)).
    ///
    /// ```no_run
    /// # async fn demo(client: oz_agent_api::Client) -> oz_agent_api::Result<()> {
    /// use oz_agent_api::prelude::*;
    /// use oz_agent_api::types::FactoryRunRequest;
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
    fn dispatch_factory_run_and_wait(
        &self,
        factory_uid: &str,
        request: types::FactoryRunRequest,
        options: &WaitOptions,
    ) -> impl Future<Output = Result<RunItem>> + Send;

    /// The factory task of a run (`GET /factory/{uid}/task-by-run`), polled
    /// on the wait schedule while the server answers `404`: a dispatch
    /// creates its task asynchronously.
    ///
    /// Transient failures are ridden out as in
    /// [`wait_for_run`](Self::wait_for_run); any other error ends the call
    /// at once. When the deadline passes with the task still not found, the
    /// last `404` is returned ([`Error::Api`](crate::Error::Api)): the run is not in a task
    /// of this factory, or not yet.
    ///
    /// ```no_run
    /// # async fn demo(client: oz_agent_api::Client) -> oz_agent_api::Result<()> {
    /// use std::time::Duration;
    /// use oz_agent_api::prelude::*;
    ///
    /// let options = WaitOptions::default().with_timeout(Duration::from_secs(120));
    /// let task = client.factory_task_for_run("factory-uid", "run-id", &options).await?;
    /// println!("task {} is in {}", task.uid, task.stage);
    /// # Ok(()) }
    /// ```
    fn factory_task_for_run(
        &self,
        factory_uid: &str,
        run_id: &str,
        options: &WaitOptions,
    ) -> impl Future<Output = Result<FactoryTask>> + Send;

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
    /// [`Error::WaitTimeout`](crate::Error::WaitTimeout), whose
    /// [`last_factory_task`](crate::WaitTimeout::last_factory_task) is the
    /// task as last seen.
    ///
    /// ```no_run
    /// # async fn demo(client: oz_agent_api::Client) -> oz_agent_api::Result<()> {
    /// use oz_agent_api::prelude::*;
    ///
    /// let task = client
    ///     .wait_for_factory_task("factory-uid", "task-uid", &WaitOptions::default())
    ///     .await?;
    /// if let Some(run) = &task.current_run {
    ///     println!("{}: run {} ended {} (stage {})", task.uid, run.run_id, run.state, task.stage);
    /// }
    /// # Ok(()) }
    /// ```
    fn wait_for_factory_task(
        &self,
        factory_uid: &str,
        task_uid: &str,
        options: &WaitOptions,
    ) -> impl Future<Output = Result<FactoryTask>> + Send;

    /// Interrupts the turn the agent is working on (`POST
    /// /agent/runs/{runId}/interrupt`) and waits for the run to settle
    /// after it, without taking the state it had before for the answer.
    ///
    /// The run is read once first (if that fails, nothing is sent); then
    /// the rule of [`submit_run_followup_and_wait`](Self::submit_run_followup_and_wait)
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
    /// use oz_agent_api::prelude::*;
    ///
    /// let run = client.interrupt_run_and_wait("run-id", &WaitOptions::default()).await?;
    /// println!("{} is {} after the interrupt", run.run_id, run.state);
    /// # Ok(()) }
    /// ```
    fn interrupt_run_and_wait<O: Into<FollowupOptions>>(
        &self,
        run_id: &str,
        options: O,
    ) -> impl Future<Output = Result<RunItem>> + Send;

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
    /// use oz_agent_api::prelude::*;
    ///
    /// if let Some(conversation) = &run.conversation_id {
    ///     let run = client
    ///         .interrupt_conversation_and_wait(conversation, &WaitOptions::default())
    ///         .await?;
    ///     println!("{} is {}", run.run_id, run.state);
    /// }
    /// # Ok(()) }
    /// ```
    fn interrupt_conversation_and_wait<O: Into<FollowupOptions>>(
        &self,
        conversation_id: &str,
        options: O,
    ) -> impl Future<Output = Result<RunItem>> + Send;

    /// Submits a follow-up to the run behind a conversation (`POST
    /// /agent/conversations/{conversation_id}/followups`) and waits for that
    /// run (the answer's `run_id`: the conversation's newest run) to settle
    /// again, without taking the state it had before the follow-up for the
    /// answer: the conversation-keyed
    /// [`submit_run_followup_and_wait`](Self::submit_run_followup_and_wait).
    ///
    /// The run is known only from the answer, so it cannot be read before
    /// the follow-up; the first poll after it stands for the state before,
    /// and the rule of `submit_run_followup_and_wait` applies from there: a
    /// settled state (terminal or BLOCKED) counts only once a poll showed
    /// the run move on from it, within
    /// [`stale_state_window`](FollowupOptions::stale_state_window) the state
    /// first seen is ignored, and after it that state counts only with a
    /// newer `updated_at` (else [`Error::WaitTimeout`](crate::Error::WaitTimeout),
    /// [`WaitTimeoutReason::FollowupNotObserved`](crate::WaitTimeoutReason::FollowupNotObserved)).
    ///
    /// Limit: a turn that both starts and settles before that first poll (it
    /// follows the answer at once) is taken for the state before, and is
    /// then accepted only by its `updated_at` moving again, or reported as
    /// not observed. Where the run id is known, the run-keyed
    /// `submit_run_followup_and_wait` has no such gap.
    ///
    /// `conversation_id` is a UUID; anything else is
    /// [`Error::InvalidRequest`](crate::Error::InvalidRequest), before
    /// anything is sent.
    ///
    /// ```no_run
    /// # async fn demo(client: oz_agent_api::Client) -> oz_agent_api::Result<()> {
    /// use oz_agent_api::prelude::*;
    /// use oz_agent_api::types::RunFollowupRequest;
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
    fn submit_conversation_followup_and_wait<O: Into<FollowupOptions>>(
        &self,
        conversation_id: &str,
        request: types::RunFollowupRequest,
        options: O,
    ) -> impl Future<Output = Result<RunItem>> + Send;
}

impl ClientExt for Client {
    fn wait_for_run(
        &self,
        run_id: &str,
        options: &WaitOptions,
    ) -> impl Future<Output = Result<RunItem>> + Send {
        wait::wait_for_run(self, run_id, options)
    }

    fn watch_run<'a>(
        &'a self,
        run_id: &str,
        options: &WaitOptions,
    ) -> impl Stream<Item = Result<RunItem>> + Send + Unpin + 'a + use<'a> {
        wait::watch_run(self, run_id, options)
    }

    fn create_run_and_wait(
        &self,
        request: types::RunAgentRequest,
        options: &WaitOptions,
    ) -> impl Future<Output = Result<RunItem>> + Send {
        wait::create_run_and_wait(self, request, options)
    }

    fn submit_run_followup_and_wait<O: Into<FollowupOptions>>(
        &self,
        run_id: &str,
        request: types::RunFollowupRequest,
        options: O,
    ) -> impl Future<Output = Result<RunItem>> + Send {
        let options = options.into();
        async move { wait::submit_run_followup_and_wait(self, run_id, request, &options).await }
    }

    fn watch_runs<'a, S: AsRef<str>, O: Into<FleetOptions>>(
        &'a self,
        run_ids: &[S],
        options: O,
    ) -> impl Stream<Item = Result<RunItem>> + Send + Unpin + 'a + use<'a, S, O> {
        fleet::watch_runs(self, run_ids, &options.into())
    }

    fn wait_for_runs<S: AsRef<str> + Sync, O: Into<FleetOptions>>(
        &self,
        run_ids: &[S],
        options: O,
    ) -> impl Future<Output = Result<Vec<RunItem>>> + Send {
        let options = options.into();
        async move { fleet::wait_for_runs(self, run_ids, &options).await }
    }

    fn wait_for_run_tree<O: Into<FleetOptions>>(
        &self,
        root_run_id: &str,
        options: O,
    ) -> impl Future<Output = Result<Vec<RunItem>>> + Send {
        let options = options.into();
        async move { fleet::wait_for_run_tree(self, root_run_id, &options).await }
    }

    fn watch_run_tree<'a, O: Into<FleetOptions>>(
        &'a self,
        root_run_id: &str,
        options: O,
    ) -> impl Stream<Item = Result<RunItem>> + Send + Unpin + 'a + use<'a, O> {
        fleet::watch_run_tree(self, root_run_id, &options.into())
    }

    fn find_run_by_client_token(
        &self,
        token: &str,
    ) -> impl Future<Output = Result<Option<RunItem>>> + Send {
        exactly_once::find_run_by_client_token(self, token)
    }

    fn downloads(&self) -> Downloads<'_> {
        Downloads::new(self)
    }

    fn dispatch_factory_run_and_wait(
        &self,
        factory_uid: &str,
        request: types::FactoryRunRequest,
        options: &WaitOptions,
    ) -> impl Future<Output = Result<RunItem>> + Send {
        crate::factory::dispatch_factory_run_and_wait(self, factory_uid, request, options)
    }

    fn factory_task_for_run(
        &self,
        factory_uid: &str,
        run_id: &str,
        options: &WaitOptions,
    ) -> impl Future<Output = Result<FactoryTask>> + Send {
        crate::factory::factory_task_for_run(self, factory_uid, run_id, options)
    }

    fn wait_for_factory_task(
        &self,
        factory_uid: &str,
        task_uid: &str,
        options: &WaitOptions,
    ) -> impl Future<Output = Result<FactoryTask>> + Send {
        crate::factory::wait_for_factory_task(self, factory_uid, task_uid, options)
    }

    fn interrupt_run_and_wait<O: Into<FollowupOptions>>(
        &self,
        run_id: &str,
        options: O,
    ) -> impl Future<Output = Result<RunItem>> + Send {
        let options = options.into();
        async move { crate::wait::steer::interrupt_run_and_wait(self, run_id, &options).await }
    }

    fn interrupt_conversation_and_wait<O: Into<FollowupOptions>>(
        &self,
        conversation_id: &str,
        options: O,
    ) -> impl Future<Output = Result<RunItem>> + Send {
        let options = options.into();
        async move {
            crate::wait::steer::interrupt_conversation_and_wait(self, conversation_id, &options)
                .await
        }
    }

    fn submit_conversation_followup_and_wait<O: Into<FollowupOptions>>(
        &self,
        conversation_id: &str,
        request: types::RunFollowupRequest,
        options: O,
    ) -> impl Future<Output = Result<RunItem>> + Send {
        let options = options.into();
        async move {
            crate::wait::steer::submit_conversation_followup_and_wait(
                self,
                conversation_id,
                request,
                &options,
            )
            .await
        }
    }
}

mod sealed {
    /// Implemented by [`Client`](crate::Client) only.
    pub trait Sealed {}

    impl Sealed for crate::Client {}
}
