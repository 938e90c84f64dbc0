//! The two task-locals of the transport, each set by hand-written code
//! around calls of generated operations, so that it never names a
//! generated setter or response path:
//!
//! * [`with_parameter_defaults`]: header parameter values that stand in for
//!   the client-wide defaults while a future runs (exactly-once creation's
//!   lookup carries the team header of its POST this way; the ABI's
//!   [`parameter_default`](super::parameter_default) reads them);
//! * [`keeping_undecodable`]: the last success whose body did not decode,
//!   for a caller that reads such a body its own way ([`crate::listing`]).
//!
//! Each costs one relaxed atomic load per call until it is first used.

use reqwest::header::{HeaderMap, HeaderValue};

use super::body::Buffered;

tokio::task_local! {
    /// Header parameter values that stand in for the client-wide defaults
    /// while a future runs (see [`with_parameter_defaults`]).
    static SCOPED_PARAMETER_DEFAULTS: HeaderMap;
}

/// Runs `future` with `defaults` in front of the client-wide defaults of
/// header parameters: an operation that declares one of these headers, and
/// whose call sets none, sends the value given here. Hand-written code uses
/// it to carry a header parameter from one call to the next (exactly-once
/// creation's lookup acts for the team its POST acted for) without naming a
/// generated setter, so it holds for whichever operations a spec gives the
/// header, and for none when a spec has no such header.
pub(crate) async fn with_parameter_defaults<F: std::future::Future>(
    defaults: HeaderMap,
    future: F,
) -> F::Output {
    SCOPED_DEFAULTS_USED.store(true, std::sync::atomic::Ordering::Relaxed);
    SCOPED_PARAMETER_DEFAULTS.scope(defaults, future).await
}

/// Whether [`with_parameter_defaults`] was ever used in this process: until
/// then, [`parameter_default`] does not look at the task-local.
static SCOPED_DEFAULTS_USED: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

/// The default of header parameter `name` (lower case) in scope
/// ([`with_parameter_defaults`]), if any.
pub(super) fn parameter_default(name: &str) -> Option<HeaderValue> {
    // Empty maps are skipped before hashing `name` (the common case: no
    // defaults at all, on every call of an operation that has the header).
    if !SCOPED_DEFAULTS_USED.load(std::sync::atomic::Ordering::Relaxed) {
        return None;
    }
    SCOPED_PARAMETER_DEFAULTS
        .try_with(|scoped| {
            if scoped.is_empty() {
                None
            } else {
                scoped.get(name).cloned()
            }
        })
        .ok()
        .flatten()
}

tokio::task_local! {
    /// The last success whose body did not decode, while a future runs
    /// under [`keeping_undecodable`].
    static UNDECODABLE: std::cell::RefCell<Option<Buffered>>;
}

/// Whether [`keeping_undecodable`] was ever used in this process.
static UNDECODABLE_USED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Runs `future` and returns, with its output, the last successful response
/// of a generated operation whose body did not decode (the operation itself
/// fails with [`Error::Decode`]). The hand-written layer reads such a body
/// its own way (a listing row by row: [`crate::listing`]) without naming a
/// generated response path. Costs nothing unless a body fails to decode.
pub(crate) async fn keeping_undecodable<F: std::future::Future>(
    future: F,
) -> (F::Output, Option<Buffered>) {
    UNDECODABLE_USED.store(true, std::sync::atomic::Ordering::Relaxed);
    UNDECODABLE
        .scope(std::cell::RefCell::new(None), async {
            let output = future.await;
            let kept = UNDECODABLE.with(|kept| kept.borrow_mut().take());
            (output, kept)
        })
        .await
}

/// Keeps `response` for [`keeping_undecodable`], if it is in scope.
pub(super) fn keep_undecodable(response: Buffered) {
    if UNDECODABLE_USED.load(std::sync::atomic::Ordering::Relaxed) {
        let _ = UNDECODABLE.try_with(|kept| *kept.borrow_mut() = Some(response));
    }
}
