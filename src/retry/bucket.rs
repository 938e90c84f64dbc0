//! The retry budget's token bucket, shared by every request of a client
//! (see the [module docs](super#retry-budget)).

use std::sync::atomic::{AtomicU32, Ordering};

use super::RetryBudget;

/// The bucket itself, shared by every request of a client.
#[derive(Debug)]
pub(crate) struct TokenBucket {
    budget: RetryBudget,
    tokens: AtomicU32,
}

impl TokenBucket {
    pub(crate) fn new(budget: RetryBudget) -> Self {
        TokenBucket {
            tokens: AtomicU32::new(budget.capacity),
            budget,
        }
    }

    /// Tokens left.
    pub(crate) fn available(&self) -> u32 {
        self.tokens.load(Ordering::Relaxed)
    }

    /// The cost of a retry after `failure`.
    pub(crate) fn cost(&self, timeout: bool) -> u32 {
        if timeout {
            self.budget.timeout_retry_cost
        } else {
            self.budget.retry_cost
        }
    }

    /// Takes `cost` tokens if there are that many; whether it did.
    pub(crate) fn try_acquire(&self, cost: u32) -> bool {
        self.tokens
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |tokens| {
                tokens.checked_sub(cost)
            })
            .is_ok()
    }

    /// A request succeeded after its retries took `spent` tokens: give them
    /// back (or the success refund when there were none), up to the capacity.
    pub(crate) fn succeeded(&self, spent: u32) {
        let refund = if spent == 0 {
            self.budget.success_refund
        } else {
            spent
        };
        let capacity = self.budget.capacity;
        // A full bucket (no retry lately: the common case) is left alone
        // without a read-modify-write.
        if self.tokens.load(Ordering::Acquire) >= capacity {
            return;
        }
        let _ = self
            .tokens
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |tokens| {
                Some(tokens.saturating_add(refund).min(capacity))
            });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bucket_pays_for_retries_until_empty_and_successes_refill_it() {
        let bucket = TokenBucket::new(RetryBudget::new(12));
        assert!(bucket.try_acquire(bucket.cost(false)));
        assert!(bucket.try_acquire(bucket.cost(false)));
        assert_eq!(bucket.available(), 2);
        assert!(!bucket.try_acquire(bucket.cost(false)), "empty");
        assert!(!bucket.try_acquire(bucket.cost(true)));
        bucket.succeeded(5);
        assert_eq!(bucket.available(), 7);
        bucket.succeeded(0);
        assert_eq!(bucket.available(), 8);
        for _ in 0..100 {
            bucket.succeeded(0);
        }
        assert_eq!(bucket.available(), 12, "never above the capacity");
        assert_eq!(bucket.cost(true), 10);
    }
}
