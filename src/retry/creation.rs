//! How `create_run` makes run creation exactly-once: [`ExactlyOnceOptions`].

use std::time::Duration;

/// Exactly-once run creation, set with
/// [`ClientBuilder::exactly_once`](crate::ClientBuilder::exactly_once): whether
/// `create_run` tags its request with a client token, and how it looks for
/// the run after an ambiguous failure. See [`crate::exactly_once`].
///
/// Kept apart from [`RetryPolicy`](crate::RetryPolicy), which says when any
/// request is sent again: these settings are only about finding a run that
/// may have been created.
///
/// ```
/// use std::time::Duration;
/// use oz_agent_api::{Client, ExactlyOnceOptions};
///
/// let options = ExactlyOnceOptions::default()
///     .with_lookups(6)
///     .with_first_lookup_interval(Duration::from_millis(500));
/// assert_eq!(options.lookups(), 6);
/// assert!(options.enabled());
/// let client = Client::builder()
///     .api_key("wk-example")
///     .exactly_once(options)
///     .build()
///     .unwrap();
/// # let _ = client;
/// // At most once instead: the POST goes out as built.
/// assert!(!ExactlyOnceOptions::disabled().enabled());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExactlyOnceOptions {
    enabled: bool,
    lookups: u32,
    first_lookup_interval: Duration,
}

impl Default for ExactlyOnceOptions {
    /// On, with 4 lookups: the first at once, then after 1 s, 2 s and 4 s more.
    fn default() -> Self {
        ExactlyOnceOptions {
            enabled: true,
            lookups: 4,
            first_lookup_interval: Duration::from_secs(1),
        }
    }
}

impl ExactlyOnceOptions {
    /// Run creation at most once: the POST goes out as built (no client
    /// token), and an ambiguous failure is returned as it is.
    pub fn disabled() -> Self {
        ExactlyOnceOptions {
            enabled: false,
            ..ExactlyOnceOptions::default()
        }
    }

    /// Whether `create_run` is exactly-once (default `true`): the request is
    /// tagged with a client token in its metadata, and after an ambiguous
    /// failure the run is looked up by it instead of being given up on. With
    /// `false`, run creation is at most once: the POST goes out as built,
    /// and an ambiguous failure is returned as it is.
    pub fn with_enabled(mut self, yes: bool) -> Self {
        self.enabled = yes;
        self
    }

    /// How many lookups `create_run` makes after an ambiguous failure
    /// (default 4; at least 1): a run may take a moment to appear in the
    /// listing.
    pub fn with_lookups(mut self, lookups: u32) -> Self {
        self.lookups = lookups.max(1);
        self
    }

    /// The wait before the second lookup (default 1 s), doubling after
    /// each. (Faster than a wait's 3 s polling, which Warp's CLI found the
    /// API tolerates, but only a few listings, once per failed creation.)
    pub fn with_first_lookup_interval(mut self, interval: Duration) -> Self {
        self.first_lookup_interval = interval;
        self
    }

    /// Whether run creation is exactly-once.
    pub fn enabled(&self) -> bool {
        self.enabled
    }

    /// Lookups after an ambiguous creation failure.
    pub fn lookups(&self) -> u32 {
        self.lookups
    }

    /// The wait before the second lookup.
    pub fn first_lookup_interval(&self) -> Duration {
        self.first_lookup_interval
    }
}
