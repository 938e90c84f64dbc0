//! The server's shared state: what every request handler reads and changes.

use std::collections::HashMap;
use std::hash::{BuildHasher, RandomState};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use serde_json::Value;

use crate::examples::Generator;
use crate::faults::{Fault, Faults};
use crate::options::Mode;
use crate::recorded::RecordedRequest;
use crate::spec::Spec;
use crate::state::{Clock, State};
use crate::store::Store;

/// Everything a request handler needs.
pub(crate) struct App {
    pub(crate) api_key: String,
    /// `http://127.0.0.1:<port>` of the storage listener.
    pub(crate) storage_origin: String,
    pub(crate) clock: Clock,
    pub(crate) spec: Arc<Spec>,
    /// The API's path prefix (`/api/v1`; the base URL ends with it).
    pub(crate) base_path: String,
    pub(crate) mode: Mode,
    state: Mutex<State>,
    store: Mutex<Store>,
    generator: Mutex<Generator>,
    requests: Mutex<Vec<RecordedRequest>>,
    faults: Mutex<Faults>,
    /// Numbers generated redirect targets in storage.
    generated_objects: AtomicUsize,
    signer: RandomState,
    /// The generated answers of conditional reads, by operation and path, so
    /// that asking again gets the same bytes (and so the same `ETag`).
    conditional: Mutex<HashMap<String, Value>>,
}

impl App {
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn new(
        api_key: String,
        storage_origin: String,
        clock: Clock,
        state: State,
        store: Store,
        spec: Arc<Spec>,
        mode: Mode,
        generator: Generator,
        faults: Faults,
    ) -> Self {
        let base_path = match spec.base_path() {
            "" => "/api/v1".to_owned(),
            path => path.to_owned(),
        };
        App {
            api_key,
            storage_origin,
            clock,
            store: Mutex::new(store),
            spec,
            base_path,
            mode,
            state: Mutex::new(state),
            generator: Mutex::new(generator),
            requests: Mutex::new(Vec::new()),
            faults: Mutex::new(faults),
            generated_objects: AtomicUsize::new(0),
            signer: RandomState::new(),
            conditional: Mutex::new(HashMap::new()),
        }
    }

    /// The answer generated first for the conditional read `key`, made by
    /// `generate` the first time.
    pub(crate) fn conditional_answer(
        &self,
        key: String,
        generate: impl FnOnce() -> Value,
    ) -> Value {
        if let Some(answer) = lock(&self.conditional).get(&key) {
            return answer.clone();
        }
        // Generated outside the lock (generating takes the generator's).
        let answer = generate();
        lock(&self.conditional).entry(key).or_insert(answer).clone()
    }

    pub(crate) fn state(&self) -> MutexGuard<'_, State> {
        lock(&self.state)
    }

    pub(crate) fn store(&self) -> MutexGuard<'_, Store> {
        lock(&self.store)
    }

    pub(crate) fn generator(&self) -> MutexGuard<'_, Generator> {
        lock(&self.generator)
    }

    pub(crate) fn faults(&self) -> MutexGuard<'_, Faults> {
        lock(&self.faults)
    }

    /// A new trace id for a problem answer (32 hex digits, like the API's).
    pub(crate) fn trace_id(&self) -> String {
        self.state().hex(32)
    }

    /// Records a request; returns its index, for [`set_fault`](Self::set_fault).
    pub(crate) fn record(&self, request: RecordedRequest) -> usize {
        let mut requests = lock(&self.requests);
        requests.push(request);
        requests.len() - 1
    }

    /// Notes the fault injected into the request recorded at `index`.
    pub(crate) fn set_fault(&self, index: usize, fault: Fault) {
        if let Some(request) = lock(&self.requests).get_mut(index) {
            request.fault = Some(fault);
        }
    }

    pub(crate) fn requests(&self) -> Vec<RecordedRequest> {
        lock(&self.requests).clone()
    }

    pub(crate) fn with_requests<T>(&self, f: impl FnOnce(&[RecordedRequest]) -> T) -> T {
        f(&lock(&self.requests))
    }

    pub(crate) fn clear_requests(&self) {
        lock(&self.requests).clear();
    }

    /// A fresh storage path for a generated redirect target.
    pub(crate) fn generated_object_path(&self, operation_id: &str) -> String {
        let n = self.generated_objects.fetch_add(1, Ordering::Relaxed) + 1;
        format!(
            "/storage/generated/{}/{n}",
            crate::spec::encode_component(operation_id)
        )
    }

    /// The signature of a storage path valid until `expires` (Unix seconds).
    pub(crate) fn sign(&self, path: &str, expires: i64) -> String {
        format!("{:016x}", self.signer.hash_one((path, expires)))
    }

    /// A signed storage URL for `path` (which starts with `/storage/`),
    /// valid for 15 minutes; returns the URL and its expiry.
    pub(crate) fn signed_url(&self, path: &str) -> (String, chrono::DateTime<chrono::Utc>) {
        let expires = self.clock.now() + chrono::Duration::minutes(15);
        let unix = expires.timestamp();
        let url = format!(
            "{}{path}?expires={unix}&signature={}",
            self.storage_origin,
            self.sign(path, unix)
        );
        (url, expires)
    }
}

/// Locks a mutex, recovering from poisoning (a handler never panics while
/// holding one, but a poisoned lock must not take the server down).
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}
