//! How a server behaves: which operations it answers by hand ([`Mode`]),
//! how fast its runs progress ([`Pace`]) and how they end ([`RunOutcome`]).

use std::time::Duration;

/// Which operations the server answers by hand, and which from the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Mode {
    /// The run lifecycle by hand, resource collections in a store, every
    /// other operation generated from the spec.
    #[default]
    Stateful,
    /// Every operation answered from the spec with a generated, schema-valid
    /// body (ids taken from the path); nothing is stored. Parameters and
    /// bodies are still checked.
    Generated,
}

/// How fast runs progress through their states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Pace {
    /// Each state lasts this long, measured with [`tokio::time::Instant`]
    /// from the moment the run entered it.
    Elapsed {
        /// Time a new run stays `QUEUED`.
        queued: Duration,
        /// Time a run stays `INPROGRESS` before it finishes.
        in_progress: Duration,
        /// Time a run that got a follow-up keeps reporting its previous
        /// terminal state before it turns `INPROGRESS` again.
        followup_stale: Duration,
    },
    /// Each state is reported by this many `GET /agent/runs/{id}` answers.
    Polls {
        /// `GET`s that report a new run as `QUEUED`.
        queued: u64,
        /// `GET`s that report the run as `INPROGRESS` before it finishes.
        in_progress: u64,
        /// `GET`s after a follow-up that still report the previous terminal state.
        followup_stale: u64,
    },
}

impl Pace {
    /// Time-based pace with the given durations and a follow-up stale window
    /// of `in_progress / 2`.
    pub fn elapsed(queued: Duration, in_progress: Duration) -> Self {
        Pace::Elapsed {
            queued,
            in_progress,
            followup_stale: in_progress / 2,
        }
    }

    /// Poll-counting pace with the given counts and a follow-up stale window
    /// of one `GET`.
    pub fn polls(queued: u64, in_progress: u64) -> Self {
        Pace::Polls {
            queued,
            in_progress,
            followup_stale: 1,
        }
    }
}

impl Default for Pace {
    /// `QUEUED` for 1.5 s, `INPROGRESS` for 3 s, follow-up stale window 1.5 s.
    fn default() -> Self {
        Pace::elapsed(Duration::from_millis(1500), Duration::from_secs(3))
    }
}

/// How runs created on the fake server end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum RunOutcome {
    /// `SUCCEEDED`, with a plan, a pull request and a file artifact.
    #[default]
    Succeeded,
    /// `FAILED`, with a status message carrying the platform error code
    /// `environment_setup_failed` and `retryable: false`, and no artifacts.
    Failed,
}
