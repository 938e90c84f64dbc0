//! The errors that end a run-lifecycle operation without its answer: a
//! wait ([`WaitTimeout`]), a wait for many runs ([`FleetTimeout`]), a run
//! creation ([`CreationUnknown`], [`TokenInUse`]).

use std::fmt::{self, Write as _};
use std::time::Duration;

use super::text::OneLine;
use super::Error;
use crate::types::{FactoryTask, RunItem, RunState};

/// Why a wait ended with [`Error::WaitTimeout`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum WaitTimeoutReason {
    /// The deadline ([`WaitOptions::timeout`](crate::WaitOptions::timeout)) passed.
    Deadline,
    /// After a follow-up, the run kept showing the state it had before it
    /// for longer than [`FollowupOptions::stale_state_window`](crate::FollowupOptions::stale_state_window).
    FollowupNotObserved,
    /// After an interrupt, the run kept showing the state it had before it
    /// for longer than [`FollowupOptions::stale_state_window`](crate::FollowupOptions::stale_state_window).
    InterruptNotObserved,
}

/// A wait that ended without an answer; see [`Error::WaitTimeout`].
///
/// ```
/// # async fn demo(client: oz_agent_api::Client) {
/// use std::time::Duration;
/// use oz_agent_api::prelude::*;
///
/// let options = WaitOptions::default().with_timeout(Duration::from_secs(60));
/// match client.wait_for_run("run-id", &options).await {
///     Ok(run) => println!("{}: {}", run.run_id, run.state),
///     Err(Error::WaitTimeout(t)) => {
///         let state = t.last_run().map(|r| r.state.to_string());
///         println!("still {state:?} after {:?}", t.elapsed());
///     }
///     Err(e) => eprintln!("{e}"),
/// }
/// # }
/// ```
#[derive(Debug)]
pub struct WaitTimeout {
    pub(crate) run_id: String,
    pub(crate) reason: WaitTimeoutReason,
    pub(crate) last_run: Option<RunItem>,
    pub(crate) elapsed: Duration,
    pub(crate) polls: u32,
    pub(crate) last_error: Option<Error>,
    /// The factory task as last seen, for a wait on one
    /// ([`ClientExt::wait_for_factory_task`](crate::ClientExt::wait_for_factory_task)).
    pub(crate) last_task: Option<Box<FactoryTask>>,
    /// The factory task waited for, for a wait on one.
    pub(crate) task_uid: Option<String>,
}

impl WaitTimeout {
    /// The run waited for.
    pub fn run_id(&self) -> &str {
        &self.run_id
    }

    /// Why the wait ended.
    pub fn reason(&self) -> WaitTimeoutReason {
        self.reason
    }

    /// The run as last seen, if any poll succeeded.
    pub fn last_run(&self) -> Option<&RunItem> {
        self.last_run.as_ref()
    }

    /// The run as last seen, by value.
    pub fn into_last_run(self) -> Option<RunItem> {
        self.last_run
    }

    /// How long the wait lasted.
    pub fn elapsed(&self) -> Duration {
        self.elapsed
    }

    /// How many polls (`GET /agent/runs/{runId}` calls, not counting the
    /// client's retries) the wait made.
    pub fn polls(&self) -> u32 {
        self.polls
    }

    /// The error of the last poll, when it failed (the deadline passed
    /// during an outage).
    pub fn last_error(&self) -> Option<&Error> {
        self.last_error.as_ref()
    }

    /// For a wait on a factory task
    /// ([`ClientExt::wait_for_factory_task`](crate::ClientExt::wait_for_factory_task)),
    /// the task as last seen, if any poll succeeded; `None` for a wait on a
    /// run.
    pub fn last_factory_task(&self) -> Option<&FactoryTask> {
        self.last_task.as_deref()
    }

    /// For a wait on a factory task, the task's uid (then
    /// [`run_id`](Self::run_id) is its current run as last seen, empty if
    /// none was); `None` for a wait on a run.
    pub fn factory_task_uid(&self) -> Option<&str> {
        self.task_uid.as_deref()
    }
}

impl fmt::Display for WaitTimeout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let f = &mut OneLine(f);
        let state = self
            .last_run
            .as_ref()
            .map(|r| r.state.as_str())
            .or_else(|| {
                self.last_task
                    .as_ref()
                    .and_then(|t| t.current_run.as_ref())
                    .map(|r| r.state.as_str())
            });
        match self.reason {
            WaitTimeoutReason::FollowupNotObserved | WaitTimeoutReason::InterruptNotObserved => {
                let act = match self.reason {
                    WaitTimeoutReason::InterruptNotObserved => "interrupt",
                    _ => "follow-up",
                };
                write!(
                    f,
                    "wait for run {}: the {act} was not observed: the run still shows its \
                     previous state {} after {:?} ({} polls)",
                    self.run_id,
                    state.unwrap_or("?"),
                    self.elapsed,
                    self.polls
                )
            }
            WaitTimeoutReason::Deadline => {
                match &self.task_uid {
                    Some(task) => write!(f, "wait for factory task {task}")?,
                    None => write!(f, "wait for run {}", self.run_id)?,
                }
                write!(
                    f,
                    ": timed out after {:?} ({} polls",
                    self.elapsed, self.polls
                )?;
                match (state, &self.last_error) {
                    (_, Some(e)) => write!(f, "; last poll failed: {e})"),
                    (Some(state), None) => write!(f, "; last state {state})"),
                    (None, None) => f.write_str(")"),
                }
            }
        }
    }
}

impl std::error::Error for WaitTimeout {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.last_error
            .as_ref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// A wait for many runs that reached its deadline; see [`Error::FleetTimeout`].
///
/// The same vocabulary as [`WaitTimeout`]: [`reason`](Self::reason),
/// [`elapsed`](Self::elapsed), [`polls`](Self::polls),
/// [`last_error`](Self::last_error).
///
/// ```
/// # fn demo(error: oz_agent_api::Error) {
/// use oz_agent_api::Error;
///
/// if let Error::FleetTimeout(timeout) = &error {
///     for run in timeout.pending() {
///         println!("{} still {:?}", run.run_id(), run.last_state());
///     }
/// }
/// # }
/// ```
#[derive(Debug)]
pub struct FleetTimeout {
    pub(crate) reason: WaitTimeoutReason,
    pub(crate) pending: Vec<PendingRun>,
    pub(crate) settled: usize,
    pub(crate) elapsed: Duration,
    pub(crate) polls: u32,
    pub(crate) last_error: Option<Error>,
}

/// A run a wait for many runs was still waiting for at its deadline; see
/// [`FleetTimeout::pending`].
#[derive(Debug, Clone, PartialEq)]
pub struct PendingRun {
    pub(crate) run_id: String,
    pub(crate) last_state: Option<RunState>,
}

impl PendingRun {
    /// The run's id.
    pub fn run_id(&self) -> &str {
        &self.run_id
    }

    /// The state last seen (`None`: the run was never seen).
    pub fn last_state(&self) -> Option<&RunState> {
        self.last_state.as_ref()
    }
}

impl FleetTimeout {
    /// Why the wait ended (today always
    /// [`WaitTimeoutReason::Deadline`]).
    pub fn reason(&self) -> WaitTimeoutReason {
        self.reason
    }

    /// The runs not settled, in the order given, with the last state seen.
    pub fn pending(&self) -> &[PendingRun] {
        &self.pending
    }

    /// How many runs had settled.
    pub fn settled(&self) -> usize {
        self.settled
    }

    /// How long the wait lasted.
    pub fn elapsed(&self) -> Duration {
        self.elapsed
    }

    /// How many polls the wait made (listing pages and per-run `GET`s,
    /// not counting the client's retries).
    pub fn polls(&self) -> u32 {
        self.polls
    }

    /// The error of the last listing, when it failed.
    pub fn last_error(&self) -> Option<&Error> {
        self.last_error.as_ref()
    }
}

impl fmt::Display for FleetTimeout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let f = &mut OneLine(f);
        write!(
            f,
            "wait for {} runs: timed out after {:?} ({} polls); {} not settled",
            self.pending.len() + self.settled,
            self.elapsed,
            self.polls,
            self.pending.len()
        )?;
        for (i, run) in self.pending.iter().take(3).enumerate() {
            let state = run
                .last_state
                .as_ref()
                .map_or("never seen", RunState::as_str);
            let run_id = &run.run_id;
            write!(f, "{} {run_id} ({state})", if i == 0 { ":" } else { "," })?;
        }
        if self.pending.len() > 3 {
            write!(f, ", …")?;
        }
        if let Some(e) = &self.last_error {
            write!(f, "; last listing failed: {e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for FleetTimeout {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.last_error
            .as_ref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// Why exactly-once creation could not be had; see [`CreationUnknown`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum CreationUnknownReason {
    /// The request already had all 20 metadata entries, so no client token
    /// was added: creation was at most once.
    MetadataFull,
    /// The server does not offer the metadata filter (`feature_not_available`),
    /// so the run cannot be looked up: creation was at most once.
    FilterNotAvailable,
    /// Looking the run up failed.
    LookupFailed,
    /// The run was not found, but no retry was left to send the POST again
    /// (`max_retries` resends made, or the retry budget empty).
    RetriesExhausted,
    /// The listing showed runs without the client token: the server
    /// ignores the `metadata[…]` filter (as servers before it do), so the
    /// run's absence cannot be proven.
    FilterIgnored,
    /// The listing has more pages than a lookup reads (or says it has more
    /// without a cursor), so the run may be further on.
    LookupIncomplete,
    /// The listing is older than the request: its `as_of` (the time the
    /// runs were read) is before the request failed, by the server's own
    /// clock (its `Date` header), so it cannot show the run yet.
    ListingBehind,
    /// The server answered the request — with a success whose body could
    /// not be read, or with a redirect — so it acted on it, but no listing
    /// showed the run.
    ServerActed,
    /// A run carrying the token is listed — a descendant that inherited it,
    /// or the run itself in a row the client cannot decode — so the run
    /// exists, but it could not be read.
    RunUnreadable,
}

impl CreationUnknownReason {
    pub(crate) fn describe(self) -> &'static str {
        match self {
            CreationUnknownReason::MetadataFull => {
                "no client token could be added (the request already uses all 20 metadata \
                 entries), so creation was at most once"
            }
            CreationUnknownReason::FilterNotAvailable => {
                "the server does not offer the metadata filter (feature_not_available), so the \
                 run cannot be looked up and creation was at most once"
            }
            CreationUnknownReason::LookupFailed => "looking the run up failed",
            CreationUnknownReason::RetriesExhausted => {
                "the run was not found and no retry was left to send the request again"
            }
            CreationUnknownReason::FilterIgnored => {
                "the listing returned runs without the client token: the server ignores the \
                 metadata filter, so the run's absence cannot be proven"
            }
            CreationUnknownReason::LookupIncomplete => {
                "the listing has more pages than a lookup reads, so the run may be further on"
            }
            CreationUnknownReason::ListingBehind => {
                "the listing is older than the request (its as_of is before the request \
                 failed), so it cannot show the run yet"
            }
            CreationUnknownReason::ServerActed => {
                "the server answered the request (a success that could not be read, or a \
                 redirect), so it acted on it, but no listing showed the run"
            }
            CreationUnknownReason::RunUnreadable => {
                "a run carrying the client token is listed, so the run exists, but it could \
                 not be read"
            }
        }
    }
}

/// `create_run` failed after its request may have reached the server, and
/// whether a run was created is unknown; see [`crate::exactly_once`].
///
/// ```
/// # fn demo(error: oz_agent_api::Error) {
/// use oz_agent_api::Error;
///
/// if let Error::CreationUnknown(unknown) = &error {
///     // Find the run later with ClientExt::find_run_by_client_token(token).
///     println!("token {:?}, because {:?}", unknown.token(), unknown.reason());
/// }
/// # }
/// ```
#[derive(Debug)]
pub struct CreationUnknown {
    pub(crate) operation: &'static str,
    pub(crate) token: Option<String>,
    pub(crate) reason: CreationUnknownReason,
    pub(crate) error: Error,
    pub(crate) lookup_error: Option<Error>,
    pub(crate) attempts: u32,
}

impl CreationUnknown {
    /// The operation (`create_run`).
    pub fn operation(&self) -> &'static str {
        self.operation
    }

    /// The client token the request carried in its metadata under
    /// [`CLIENT_TOKEN_KEY`](crate::CLIENT_TOKEN_KEY), if it had one: look the run up by it later.
    pub fn token(&self) -> Option<&str> {
        self.token.as_deref()
    }

    /// Why the outcome is unknown.
    pub fn reason(&self) -> CreationUnknownReason {
        self.reason
    }

    /// The error of the last POST.
    pub fn error(&self) -> &Error {
        &self.error
    }

    /// The error of the lookup, when it failed.
    pub fn lookup_error(&self) -> Option<&Error> {
        self.lookup_error.as_ref()
    }

    /// How many times the POST was sent.
    pub fn attempts(&self) -> u32 {
        self.attempts
    }
}

impl fmt::Display for CreationUnknown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let f = &mut OneLine(f);
        write!(f, "{}: unknown whether the run was created", self.operation)?;
        match &self.token {
            Some(token) => write!(f, " (client token {token})")?,
            None => f.write_str(" (no client token)")?,
        }
        write!(f, ": {}", self.reason.describe())?;
        if let Some(lookup) = &self.lookup_error {
            write!(f, ": {lookup}")?;
        }
        write!(
            f,
            "; the request failed after {} attempt{}: {}",
            self.attempts,
            if self.attempts == 1 { "" } else { "s" },
            self.error
        )
    }
}

impl std::error::Error for CreationUnknown {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.error)
    }
}

/// `create_run` was given a client token of the caller's own that a run
/// created before the call already carries: nothing was sent. See
/// [`Error::TokenInUse`] and [`crate::exactly_once`](crate::exactly_once#a-token-of-your-own).
///
/// ```
/// # fn demo(error: oz_agent_api::Error) {
/// use oz_agent_api::Error;
///
/// if let Error::TokenInUse(in_use) = &error {
///     // The run made with this token earlier: follow it, or create a new
///     // run without the reserved key (or with a new token).
///     println!("token {} belongs to run {}", in_use.token(), in_use.run_id());
/// }
/// # }
/// ```
#[derive(Debug)]
pub struct TokenInUse {
    pub(crate) operation: &'static str,
    pub(crate) token: String,
    pub(crate) run_id: String,
    pub(crate) run: Option<Box<RunItem>>,
}

impl TokenInUse {
    /// The operation (`create_run`).
    pub fn operation(&self) -> &'static str {
        self.operation
    }

    /// The token, as the caller gave it.
    pub fn token(&self) -> &str {
        &self.token
    }

    /// The id of the run that carries the token: the run created with it,
    /// or (when that one cannot be read) a run that inherited it from it.
    pub fn run_id(&self) -> &str {
        &self.run_id
    }

    /// The run created with the token, as listed, when it could be read.
    pub fn run(&self) -> Option<&RunItem> {
        self.run.as_deref()
    }
}

impl fmt::Display for TokenInUse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let f = &mut OneLine(f);
        write!(
            f,
            "{}: client token {} is already carried by run {}",
            self.operation, self.token, self.run_id
        )?;
        if let Some(run) = &self.run {
            write!(f, " (created {})", run.created_at.to_rfc3339())?;
        }
        f.write_str(
            "; nothing was sent: follow that run, or create a new one without the reserved \
             metadata key or with a new token",
        )
    }
}

impl std::error::Error for TokenInUse {}
