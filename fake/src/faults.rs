//! Injected faults: error statuses, connection resets and slow answers,
//! before or after the request is applied.

use std::collections::VecDeque;
use std::time::Duration;

/// What goes wrong with a response.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum FaultKind {
    /// The server answers with this status, as problem details (`429` and
    /// `503` with `Retry-After: 1`).
    Status(u16),
    /// The server reads the whole request, then closes the connection with a
    /// TCP reset instead of answering.
    Reset,
    /// The server answers this much later (on tokio's clock, so a paused
    /// clock advances through it).
    Delay(Duration),
}

/// One injected fault; see [`FakeOzServer::inject`](crate::FakeOzServer::inject).
///
/// By default the fault happens *before* the request is applied: a status or
/// a reset means the server did nothing (a run is not created), a delay
/// means the server waits, then handles the request.
/// [`after_apply`](Self::after_apply) makes it happen *after*: the server handles the
/// request (the run exists), then answers with the status instead, resets
/// the connection, or answers late — the ambiguous failures a client that
/// must not create a run twice has to survive.
///
/// ```
/// use std::time::Duration;
/// use oz_agent_api_fake::{Fault, FaultKind};
///
/// let fault = Fault::status(504).after_apply().on("createRun");
/// assert_eq!(fault.kind, FaultKind::Status(504));
/// assert!(fault.after_apply);
/// assert_eq!(Fault::delay(Duration::from_secs(30)).kind, FaultKind::Delay(Duration::from_secs(30)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Fault {
    /// What goes wrong.
    pub kind: FaultKind,
    /// Whether the request is applied first.
    pub after_apply: bool,
    /// The operation (`operationId`, e.g. `createRun`) it applies to; `None`
    /// for any operation.
    pub operation: Option<String>,
}

impl Fault {
    /// An error status instead of the answer.
    pub fn status(status: u16) -> Fault {
        Fault::new(FaultKind::Status(status))
    }

    /// A connection reset instead of the answer.
    pub fn reset() -> Fault {
        Fault::new(FaultKind::Reset)
    }

    /// The answer, `delay` late.
    pub fn delay(delay: Duration) -> Fault {
        Fault::new(FaultKind::Delay(delay))
    }

    fn new(kind: FaultKind) -> Fault {
        Fault {
            kind,
            after_apply: false,
            operation: None,
        }
    }

    /// The same fault, after the request is applied.
    pub fn after_apply(mut self) -> Fault {
        self.after_apply = true;
        self
    }

    /// The same fault, only for requests to this operation (its `operationId`).
    pub fn on(mut self, operation_id: impl Into<String>) -> Fault {
        self.operation = Some(operation_id.into());
        self
    }

    fn applies_to(&self, operation: Option<&str>) -> bool {
        self.operation.is_none() || self.operation.as_deref() == operation
    }
}

/// Faults injected at random into a share of the responses, reproducibly.
///
/// Each API request to an operation of the spec draws one number from a
/// generator seeded with [`seed`](Self::seed); with probability `rate` it
/// gets one of the [`faults`](Self::faults), chosen by the same generator.
/// The same seed and the same sequence of requests give the same faults.
///
/// ```
/// use oz_agent_api_fake::{Fault, RandomFaults};
///
/// // 5 % of responses: a 502 or a reset, some after the request was applied.
/// let faults = RandomFaults::new(0.05)
///     .seed(7)
///     .faults([Fault::status(502), Fault::reset().after_apply()]);
/// assert_eq!(faults.faults.len(), 2);
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RandomFaults {
    /// The share of requests that get a fault, from 0 to 1.
    pub rate: f64,
    /// The seed of the generator.
    pub seed: u64,
    /// The faults to choose from (each may name its operation with [`Fault::on`]).
    pub faults: Vec<Fault>,
}

impl RandomFaults {
    /// Faults for `rate` of the requests (clamped to 0–1), seed 0, chosen
    /// among 500, 502, 503 and 504 before the request is applied, 502 and
    /// 504 after it, and a reset before and after.
    pub fn new(rate: f64) -> RandomFaults {
        let rate = if rate.is_nan() {
            0.0
        } else {
            rate.clamp(0.0, 1.0)
        };
        RandomFaults {
            rate,
            seed: 0,
            faults: vec![
                Fault::status(500),
                Fault::status(502),
                Fault::status(503),
                Fault::status(504),
                Fault::status(502).after_apply(),
                Fault::status(504).after_apply(),
                Fault::reset(),
                Fault::reset().after_apply(),
            ],
        }
    }

    /// The seed of the generator (default 0).
    pub fn seed(mut self, seed: u64) -> RandomFaults {
        self.seed = seed;
        self
    }

    /// The faults to choose from, instead of the default mix.
    pub fn faults(mut self, faults: impl IntoIterator<Item = Fault>) -> RandomFaults {
        self.faults = faults.into_iter().collect();
        self
    }
}

/// The faults waiting to happen, inside the server's state.
#[derive(Debug, Default)]
pub(crate) struct Faults {
    queue: VecDeque<(usize, Fault)>,
    random: Option<(RandomFaults, fastrand::Rng)>,
}

impl Faults {
    pub(crate) fn push(&mut self, times: usize, fault: Fault) {
        if times > 0 {
            self.queue.push_back((times, fault));
        }
    }

    pub(crate) fn clear(&mut self) {
        self.queue.clear();
    }

    pub(crate) fn set_random(&mut self, random: Option<RandomFaults>) {
        self.random = random.map(|r| {
            let rng = fastrand::Rng::with_seed(r.seed);
            (r, rng)
        });
    }

    /// The fault for a request to `operation`, if one is due: the first
    /// queued one that applies, else a random draw.
    pub(crate) fn take(&mut self, operation: Option<&str>) -> Option<Fault> {
        if let Some(at) = self.queue.iter().position(|(_, f)| f.applies_to(operation)) {
            let entry = &mut self.queue[at];
            let fault = entry.1.clone();
            entry.0 -= 1;
            if entry.0 == 0 {
                self.queue.remove(at);
            }
            return Some(fault);
        }
        let (random, rng) = self.random.as_mut()?;
        let draw = rng.f64();
        let pick = rng.usize(..random.faults.len().max(1));
        if draw >= random.rate {
            return None;
        }
        random
            .faults
            .get(pick)
            .filter(|f| f.applies_to(operation))
            .cloned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queued_faults_apply_in_order_and_by_operation() {
        let mut faults = Faults::default();
        faults.push(2, Fault::status(503));
        faults.push(1, Fault::reset().on("createRun"));
        assert_eq!(faults.take(Some("createRun")), Some(Fault::status(503)));
        assert_eq!(faults.take(Some("getRun")), Some(Fault::status(503)));
        assert_eq!(faults.take(Some("getRun")), None);
        assert_eq!(
            faults.take(Some("createRun")),
            Some(Fault::reset().on("createRun"))
        );
        assert_eq!(faults.take(Some("createRun")), None);
    }

    #[test]
    fn random_faults_are_reproducible_and_near_their_rate() {
        let draw = |seed| {
            let mut faults = Faults::default();
            faults.set_random(Some(RandomFaults::new(0.05).seed(seed)));
            (0..10_000)
                .map(|_| faults.take(Some("listRuns")))
                .collect::<Vec<_>>()
        };
        let a = draw(1);
        assert_eq!(a, draw(1));
        assert_ne!(a, draw(2));
        let hits = a.iter().filter(|f| f.is_some()).count();
        assert!((400..600).contains(&hits), "{hits}");
        assert!(RandomFaults::new(f64::NAN).rate == 0.0);
    }
}
