//! How a wait for many runs polls: [`FleetOptions`].

use std::time::Duration;

use crate::wait::WaitOptions;

/// Default overlap of a fleet listing's `updated_after` window; see
/// [`FleetOptions::with_overlap`].
pub(crate) const DEFAULT_OVERLAP: Duration = Duration::from_secs(5);

/// How [`ClientExt::watch_runs`](crate::ClientExt::watch_runs) and the other
/// waits for many runs poll: the [`WaitOptions`] of any wait (schedule,
/// deadline, outage budget), and how far each listing reaches back.
///
/// A `&WaitOptions` (or `WaitOptions`) converts into it with the default
/// overlap, so `client.wait_for_runs(&ids, &wait)` works as it is.
///
/// ```
/// use std::time::Duration;
/// use oz_agent_api::{FleetOptions, WaitOptions};
///
/// let options = FleetOptions::new(WaitOptions::default().with_timeout(Duration::from_secs(3600)))
///     .with_overlap(Duration::from_secs(10));
/// assert_eq!(options.overlap(), Duration::from_secs(10));
/// assert_eq!(FleetOptions::default().overlap(), Duration::from_secs(5));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct FleetOptions {
    wait: WaitOptions,
    overlap: Duration,
}

impl Default for FleetOptions {
    /// [`WaitOptions::default`], and a 5 s overlap.
    fn default() -> Self {
        FleetOptions::new(WaitOptions::default())
    }
}

impl FleetOptions {
    /// Fleet options with these wait options and the default overlap (5 s).
    pub fn new(wait: WaitOptions) -> Self {
        FleetOptions {
            wait,
            overlap: DEFAULT_OVERLAP,
        }
    }

    /// How far back before its watermark a fleet wait asks the listing to
    /// start (default 5 s): `updated_after = watermark − overlap`. Runs seen
    /// again in the overlap are recognized and not reported twice; the
    /// overlap is what makes runs that share a timestamp, or whose update
    /// became visible after a later one (servers writing with slightly
    /// different clocks), impossible to miss. See [`crate::fleet`].
    pub fn with_overlap(mut self, overlap: Duration) -> Self {
        self.overlap = overlap;
        self
    }

    /// The options of the wait itself.
    pub fn wait(&self) -> &WaitOptions {
        &self.wait
    }

    /// The overlap of a fleet listing's window.
    pub fn overlap(&self) -> Duration {
        self.overlap
    }
}

impl From<WaitOptions> for FleetOptions {
    fn from(wait: WaitOptions) -> Self {
        FleetOptions::new(wait)
    }
}

impl From<&WaitOptions> for FleetOptions {
    fn from(wait: &WaitOptions) -> Self {
        FleetOptions::new(wait.clone())
    }
}

impl From<&FleetOptions> for FleetOptions {
    fn from(options: &FleetOptions) -> Self {
        options.clone()
    }
}
