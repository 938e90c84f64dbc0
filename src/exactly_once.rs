//! Exactly-once run creation: `create_run` neither starts a run twice nor
//! gives up on one it may have started.
//!
//! A `POST /agent/runs` that fails *after it was sent* — a timeout, a
//! connection lost after sending, a `500`, `502`, `504` or `408`, a success
//! whose body breaks off — leaves the caller not knowing whether a run
//! started. Sending it again can start the same agent run twice; not sending
//! it can lose it. The API has no idempotency key, but since spec G a run
//! carries immutable `metadata` set at creation, and
//! `GET /agent/runs?metadata[key]=value` finds runs by it. So:
//!
//! 1. **Tag.** Before sending, the request body's `metadata` gets the
//!    reserved key [`CLIENT_TOKEN_KEY`] (`oz-client-request-token`) with a
//!    client token: a random UUID, generated once per `create_run` call and
//!    kept across its attempts (like the idempotency tokens of the AWS SDKs).
//!    If the body already has that key, its value is the token: that is how
//!    a caller supplies their own (an order id, a job id) to find the run
//!    again later, even from another process.
//! 2. **Send once.** The POST goes through the transport with ambiguous
//!    failures *not* retried (connection refused, `429` and `503` still are:
//!    the server did not act on those), whatever
//!    [`RetryPolicy::retry_non_idempotent`](crate::RetryPolicy::retry_non_idempotent) says.
//! 3. **Look up.** After an ambiguous failure, the run is looked for with
//!    `GET /agent/runs?metadata[oz-client-request-token]=<token>` (same
//!    team header as the POST), a few short, bounded tries (by default 4: at
//!    once, then after 1 s, 2 s and 4 s more; see
//!    [`RetryPolicy::creation_lookup`](crate::RetryPolicy::creation_lookup)),
//!    since a new run may take a moment to appear in the listing.
//! 4. **Return the run, or resend.** A run found is returned as the
//!    response, `Ok` (status `200`, no headers: it is not the POST's
//!    answer; its `run_id`, `task_id` and `state` come from the run as
//!    listed). Only when the last lookup of the window succeeds and shows no
//!    such run is the run taken as absent and the POST sent again — with the
//!    same token, so a later failure is looked up the same way. Resends count
//!    as retries: at most `max_retries` of them, each paid for by the
//!    client's retry budget.
//!
//! # Children that inherited the token
//!
//! Child runs inherit their parent's metadata, token included. The lookup
//! therefore keeps only runs whose `parent_run_id` is the one the request
//! asked for (none, for a top-level run): a child spawned by the run has
//! that run as its parent, so it is never taken for it. Runs are listed
//! oldest first, and among several matches (only possible when a caller
//! reuses their own token) the oldest is returned.
//!
//! # When exactly-once cannot be had
//!
//! The error is then [`Error::CreationUnknown`] (a [`CreationUnknown`]),
//! carrying the token so the caller can look the run up later
//! ([`Client::find_run_by_client_token`]), the request's own error, and
//! the [`CreationUnknownReason`]:
//!
//! * **All 20 metadata entries used** ([`CreationUnknownReason::MetadataFull`]):
//!   the request already has the most metadata a run can carry, so no token
//!   is added and creation is at most once, as before; an ambiguous failure
//!   is reported with no token.
//! * **The filter is not available** ([`CreationUnknownReason::FilterNotAvailable`]):
//!   the server answered the lookup `403 feature_not_available` (metadata
//!   filtering is not enabled for the team): at most once, and the error says so.
//! * **The lookup failed** ([`CreationUnknownReason::LookupFailed`]): the
//!   last lookup failed (after its own retries), or one failed with an error
//!   that is not transient (`401`, `400`, …); the run may exist.
//! * **No retry left** ([`CreationUnknownReason::RetriesExhausted`]): the
//!   run was not found, but the POST may not be sent again (`max_retries`
//!   resends done, or the retry budget is empty).
//!
//! Failures that prove nothing was created (`400`, `401`, `403`, `429`,
//! `503`, a connection never established) are returned as they are.
//!
//! # Limits
//!
//! * A request the server holds for longer than the lookup window and
//!   then applies (a POST stuck in a queue after the client gave up) is not
//!   seen by the lookup; the resend then starts a second run. Both carry the
//!   same token, so [`Client::find_run_by_client_token`] finds them. Lengthen
//!   the window with [`RetryPolicy::creation_lookup`](crate::RetryPolicy::creation_lookup)
//!   if your requests can be held that long.
//! * The token is visible: the run's `metadata` shows the reserved key
//!   (filter it out if you display metadata), and it takes one of the 20
//!   entries. With `parent_run_id`, the parent's inherited keys may count
//!   towards the limit on the server.
//! * [`RetryPolicy::exactly_once_creation`](crate::RetryPolicy::exactly_once_creation)`(false)`
//!   turns all of this off: the body goes out as built and an ambiguous
//!   failure is returned as it is (at most once).
//!
//! # Follow-ups are at most once
//!
//! `submit_run_followup` (`POST /agent/runs/{runId}/followups`) stays at
//! most once: a follow-up carries no metadata and gets no id, and nothing the
//! API returns records that a given follow-up was received — the run's
//! timeline has no follow-up event, its conversation shows the message only
//! once the agent has taken it up (and message text is not unique), and the
//! run's `state`/`updated_at` change for other reasons too. So after an
//! ambiguous failure there is no way to tell, and the error is returned for
//! the caller to decide ([`Client::submit_followup_and_wait`] fetches the run
//! first, so a caller can compare).
//!
//! ```no_run
//! # async fn demo(client: oz_agent_api::Client) -> oz_agent_api::Result<()> {
//! use oz_agent_api::exactly_once::CLIENT_TOKEN_KEY;
//! use oz_agent_api::types::RunMetadata;
//! use oz_agent_api::Error;
//!
//! // Your own token: the run can be found by it from anywhere, later.
//! let metadata = RunMetadata::from(std::collections::HashMap::from([(
//!     CLIENT_TOKEN_KEY.to_owned(),
//!     "deploy-4711".to_owned(),
//! )]));
//! match client
//!     .create_run()
//!     .body_map(|b| b.prompt("Roll out build 4711").metadata(metadata))
//!     .send()
//!     .await
//! {
//!     Ok(created) => println!("run {}", created.run_id),
//!     Err(Error::CreationUnknown(unknown)) => {
//!         // Maybe created, maybe not: look again later.
//!         let token = unknown.token().unwrap_or_default();
//!         let run = client.find_run_by_client_token(token).await?;
//!         println!("later: {:?}", run.map(|r| r.run_id));
//!     }
//!     Err(e) => return Err(e),
//! }
//! # Ok(()) }
//! ```

use std::fmt;
use std::time::Duration;

use progenitor_client::{OperationInfo, ResponseValue};
use reqwest::header::{HeaderMap, HeaderName};
use reqwest::{Request, StatusCode};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::types::{ListRunsSortBy, ListRunsSortOrder, PlatformErrorCode, RunItem};
use crate::{transport, Client, Error, Result};

/// [`crate::TEAM_UID_HEADER`] as the generated code looks its default up.
const TEAM_UID_HEADER_LOWER: &str = "x-warp-team-uid";

/// The metadata key that carries a run's client token (reserved by this crate).
pub const CLIENT_TOKEN_KEY: &str = "oz-client-request-token";

/// The most metadata entries a run can carry (spec G's `RunMetadata`).
pub const MAX_METADATA_ENTRIES: usize = 20;

/// Pages (of 100 runs) a lookup reads before it concludes the run is not listed.
const LOOKUP_PAGES: usize = 5;

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
}

impl CreationUnknownReason {
    fn describe(self) -> &'static str {
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
        }
    }
}

/// `create_run` failed after its request may have reached the server, and
/// whether a run was created is unknown; see the [module docs](self).
///
/// ```
/// # fn demo(error: oz_agent_api::Error) {
/// use oz_agent_api::Error;
///
/// if let Error::CreationUnknown(unknown) = &error {
///     // Find the run later with Client::find_run_by_client_token(token).
///     println!("token {:?}, because {:?}", unknown.token(), unknown.reason());
/// }
/// # }
/// ```
#[derive(Debug)]
pub struct CreationUnknown {
    operation: &'static str,
    token: Option<String>,
    reason: CreationUnknownReason,
    error: Error,
    lookup_error: Option<Error>,
    attempts: u32,
}

impl CreationUnknown {
    /// The operation (`create_run`).
    pub fn operation(&self) -> &'static str {
        self.operation
    }

    /// The client token the request carried in its metadata under
    /// [`CLIENT_TOKEN_KEY`], if it had one: look the run up by it later.
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
        use std::fmt::Write as _;
        let f = &mut crate::error::OneLine(f);
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

/// The token a request carries, once tagged.
enum Tag {
    /// The request carries this token.
    Token(String),
    /// No room left for a token.
    Full,
    /// The body is not a JSON object (nothing to tag): sent as built.
    Untagged,
}

/// A fresh client token: a random (version 4) UUID.
fn new_token() -> String {
    uuid::Builder::from_random_bytes(fastrand::u128(..).to_le_bytes())
        .into_uuid()
        .to_string()
}

/// What [`tag`] reads of a body, borrowing from it: everything else is
/// skipped without being decoded.
#[derive(serde::Deserialize)]
struct Peek<'a> {
    #[serde(default, borrow)]
    parent_run_id: Option<std::borrow::Cow<'a, str>>,
    #[serde(default, borrow)]
    metadata: RawMember<'a>,
}

/// A member's JSON text as it stands in the body (`null` included), or
/// `None` when the member is absent.
#[derive(Default)]
struct RawMember<'a>(Option<&'a serde_json::value::RawValue>);

impl<'de: 'a, 'a> serde::Deserialize<'de> for RawMember<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        <&'de serde_json::value::RawValue>::deserialize(d).map(|raw| RawMember(Some(raw)))
    }
}

/// Adds the client token to the body's `metadata` (unless it has one: the
/// caller's) and returns it, with the `parent_run_id` the body asks for.
///
/// The body is not decoded and encoded again: the token's member is spliced
/// into the JSON text as sent (`metadata` is read on its own, a map of at
/// most 20 pairs), so the cost does not grow with the size of the request.
fn tag(request: &mut Request) -> (Tag, Option<String>) {
    let Some(bytes) = request.body().and_then(reqwest::Body::as_bytes) else {
        return (Tag::Untagged, None);
    };
    // Only an object can be tagged (a struct would also decode from an array).
    let Some(open) = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .filter(|&i| bytes[i] == b'{')
    else {
        return (Tag::Untagged, None);
    };
    let Ok(peek) = serde_json::from_slice::<Peek<'_>>(bytes) else {
        // Not a JSON object: nothing to tag; the server judges it.
        return (Tag::Untagged, None);
    };
    let parent = peek
        .parent_run_id
        .filter(|p| !p.is_empty())
        .map(|p| p.into_owned());
    let token = match peek.metadata.0.map(|raw| (raw, raw.get())) {
        None => {
            // No `metadata`: a new member first in the object.
            let empty = bytes[open + 1..]
                .iter()
                .find(|b| !b.is_ascii_whitespace())
                .is_some_and(|b| *b == b'}');
            let token = new_token();
            let member = format!(
                "\"metadata\":{{\"{CLIENT_TOKEN_KEY}\":\"{token}\"}}{}",
                if empty { "" } else { "," }
            );
            *request.body_mut() = Some(splice(bytes, open + 1, &member).into());
            token
        }
        Some((raw, text)) if text.starts_with('{') => {
            let Ok(metadata) = serde_json::from_str::<Map<String, Value>>(text) else {
                return (Tag::Untagged, parent);
            };
            if let Some(token) = metadata.get(CLIENT_TOKEN_KEY) {
                return match token.as_str() {
                    Some(token) => (Tag::Token(token.to_owned()), parent),
                    None => (Tag::Untagged, parent),
                };
            }
            if metadata.len() >= MAX_METADATA_ENTRIES {
                return (Tag::Full, parent);
            }
            // `text` borrows from `bytes`: its offset is where it starts.
            let at = raw.get().as_ptr() as usize - bytes.as_ptr() as usize + 1;
            let token = new_token();
            let member = format!(
                "\"{CLIENT_TOKEN_KEY}\":\"{token}\"{}",
                if metadata.is_empty() { "" } else { "," }
            );
            *request.body_mut() = Some(splice(bytes, at, &member).into());
            token
        }
        Some((_, "null")) => {
            // `"metadata": null`: decoded and encoded again (rare).
            return tag_slowly(request, parent);
        }
        // Not an object: the server rejects it; send it as built.
        Some(_) => return (Tag::Untagged, parent),
    };
    (Tag::Token(token), parent)
}

/// `bytes` with `insert` at `at`.
fn splice(bytes: &[u8], at: usize, insert: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() + insert.len());
    out.extend_from_slice(&bytes[..at]);
    out.extend_from_slice(insert.as_bytes());
    out.extend_from_slice(&bytes[at..]);
    out
}

/// [`tag`] for a body whose `metadata` is `null`: it becomes an object
/// holding the token.
fn tag_slowly(request: &mut Request, parent: Option<String>) -> (Tag, Option<String>) {
    let Some(mut body) = request
        .body()
        .and_then(reqwest::Body::as_bytes)
        .and_then(|bytes| serde_json::from_slice::<Map<String, Value>>(bytes).ok())
    else {
        return (Tag::Untagged, parent);
    };
    let token = new_token();
    body.insert(
        "metadata".to_owned(),
        Value::Object(Map::from_iter([(
            CLIENT_TOKEN_KEY.to_owned(),
            Value::String(token.clone()),
        )])),
    );
    match serde_json::to_vec(&body) {
        Ok(bytes) => {
            *request.body_mut() = Some(bytes.into());
            (Tag::Token(token), parent)
        }
        Err(_) => (Tag::Untagged, parent),
    }
}

/// Whether a failure of the POST leaves it unknown whether the run was
/// created: the request may have reached the server and been acted on.
fn is_ambiguous(error: &Error) -> bool {
    match error {
        Error::Timeout { .. } | Error::Transport { connect: false, .. } => true,
        // A success whose body is broken or too large: the run exists.
        Error::Decode(e) => e.status().is_success(),
        Error::ResponseTooLarge { .. } | Error::Redirect { .. } => true,
        Error::Api(api) => matches!(api.status().as_u16(), 408 | 500..=502 | 504..=599),
        _ => false,
    }
}

fn is_feature_not_available(error: &Error) -> bool {
    error.error_code() == Some(&PlatformErrorCode::FeatureNotAvailable)
}

/// What the lookup window concluded.
enum Lookup {
    Found(Box<RunItem>),
    Absent,
    FilterNotAvailable(Error),
    Failed(Error),
}

/// The run a request with `token` created, among the listed runs with that
/// token: the one whose parent is the one asked for (children inherit the
/// token), the oldest if several.
async fn lookup_once(
    client: &Client,
    token: &str,
    parent: Option<&str>,
) -> Result<Option<RunItem>> {
    use futures_util::TryStreamExt;

    let mut pages = client
        .list_runs()
        .metadata([(CLIENT_TOKEN_KEY, token)])
        .sort_by(ListRunsSortBy::CreatedAt)
        .sort_order(ListRunsSortOrder::Asc)
        .limit(100u64)
        .pages();
    let mut read = 0;
    while let Some(page) = pages.try_next().await? {
        let found = page.runs.into_iter().find(|run| {
            let tagged = run
                .metadata
                .as_ref()
                .and_then(|m| m.get(CLIENT_TOKEN_KEY))
                .is_some_and(|t| t == token);
            let own_parent = run.parent_run_id.as_deref().filter(|p| !p.is_empty()) == parent;
            tagged && own_parent
        });
        if found.is_some() {
            return Ok(found);
        }
        read += 1;
        if read >= LOOKUP_PAGES {
            break;
        }
    }
    Ok(None)
}

/// Looks for the run a few times over a short window.
async fn lookup(client: &Client, token: &str, parent: Option<&str>, team: &HeaderMap) -> Lookup {
    let (tries, mut wait) = client.inner.shared.retry.get_creation_lookup();
    let mut last_error = None;
    for n in 1..=tries.max(1) {
        if n > 1 {
            tokio::time::sleep(wait.min(Duration::from_secs(3600))).await;
            wait = wait.saturating_mul(2);
        }
        // The listing acts for the team the POST acted for: its header
        // value stands in for the client's default, on a spec whose
        // `listRuns` declares the header.
        let found =
            transport::with_parameter_defaults(team.clone(), lookup_once(client, token, parent))
                .await;
        match found {
            Ok(Some(run)) => {
                tracing::debug!(
                    run_id = run.run_id.as_str(),
                    lookup = n,
                    "found the run created by an ambiguous create_run"
                );
                return Lookup::Found(Box::new(run));
            }
            Ok(None) => last_error = None,
            Err(e) if is_feature_not_available(&e) => return Lookup::FilterNotAvailable(e),
            Err(e) if crate::wait::is_transient(&e) => {
                tracing::debug!(lookup = n, error = %e, "run lookup failed; trying again");
                last_error = Some(e);
            }
            Err(e) => return Lookup::Failed(e),
        }
    }
    match last_error {
        Some(e) => Lookup::Failed(e),
        None => Lookup::Absent,
    }
}

/// The answer of a POST that was not received, made from the run it
/// created: `run_id`, `task_id` and `state` as the run is listed.
fn response_from<T: DeserializeOwned>(
    operation: &'static str,
    run: &RunItem,
) -> Result<ResponseValue<T>> {
    let value = serde_json::json!({
        "run_id": run.run_id,
        "task_id": run.task_id,
        "state": run.state,
    });
    let created = serde_json::from_value(value).map_err(|source| {
        Error::Decode(Box::new(crate::DecodeError {
            operation,
            status: StatusCode::OK,
            target: std::any::type_name::<T>(),
            excerpt: String::new(),
            source,
        }))
    })?;
    Ok(ResponseValue::new(
        created,
        StatusCode::OK,
        HeaderMap::new(),
    ))
}

/// `createRun`'s `send` (wired by `build/rewrite.rs`): tag, send once, look
/// up after an ambiguous failure, resend only when the run is absent.
pub(crate) async fn create_run<T: DeserializeOwned>(
    client: &Client,
    mut request: Request,
    info: &OperationInfo,
) -> Result<ResponseValue<T>> {
    let policy = &client.inner.shared.retry;
    if !policy.get_exactly_once_creation() {
        return transport::execute_json(client, request, info).await;
    }
    let operation = info.operation_id;
    let (tag, parent) = tag(&mut request);
    // The header parameter the POST carried, for the lookup.
    let mut team = HeaderMap::new();
    if let Some(value) = request.headers().get(crate::TEAM_UID_HEADER) {
        team.insert(
            HeaderName::from_static(TEAM_UID_HEADER_LOWER),
            value.clone(),
        );
    }
    let once = policy.at_most_once();
    let bucket = client.inner.shared.retry_tokens.as_ref();
    let mut attempts: u32 = 0;
    let mut spent: u32 = 0;
    loop {
        let spare = request.try_clone();
        attempts += 1;
        let error = match transport::execute_json_with::<T>(client, request, info, &once).await {
            Ok(created) => {
                if let (Some(bucket), true) = (bucket, spent > 0) {
                    bucket.succeeded(spent);
                }
                return Ok(created);
            }
            Err(error) if is_ambiguous(&error) => error,
            Err(error) => return Err(error),
        };
        let unknown = |token: Option<&str>, reason, error, lookup_error| {
            Error::CreationUnknown(Box::new(CreationUnknown {
                operation,
                token: token.map(str::to_owned),
                reason,
                error,
                lookup_error,
                attempts,
            }))
        };
        let token = match &tag {
            Tag::Token(token) => token.as_str(),
            Tag::Full => {
                return Err(unknown(
                    None,
                    CreationUnknownReason::MetadataFull,
                    error,
                    None,
                ))
            }
            Tag::Untagged => return Err(error),
        };
        tracing::debug!(operation, attempt = attempts, error = %error, "create_run failed ambiguously; looking the run up");
        match lookup(client, token, parent.as_deref(), &team).await {
            Lookup::Found(run) => return response_from(operation, &run),
            Lookup::FilterNotAvailable(e) => {
                return Err(unknown(
                    Some(token),
                    CreationUnknownReason::FilterNotAvailable,
                    error,
                    Some(e),
                ))
            }
            Lookup::Failed(e) => {
                return Err(unknown(
                    Some(token),
                    CreationUnknownReason::LookupFailed,
                    error,
                    Some(e),
                ))
            }
            Lookup::Absent => {}
        }
        // Certainly absent: send it again, as a retry, if one is left.
        let next = spare.filter(|_| attempts <= policy.get_max_retries());
        let paid = next.is_some()
            && bucket.is_none_or(|bucket| {
                let cost = bucket.cost(matches!(error, Error::Timeout { .. }));
                let paid = bucket.try_acquire(cost);
                if paid {
                    spent = spent.saturating_add(cost);
                }
                paid
            });
        match next {
            Some(next) if paid => {
                tracing::debug!(
                    operation,
                    attempt = attempts,
                    "the run is absent; sending the request again with the same token"
                );
                request = next;
            }
            _ => {
                return Err(unknown(
                    Some(token),
                    CreationUnknownReason::RetriesExhausted,
                    error,
                    None,
                ))
            }
        }
    }
}

impl Client {
    /// The run created with client token `token` (the value of
    /// [`CLIENT_TOKEN_KEY`] in its metadata), if the listing shows one: the
    /// top-level run with that token (children inherit it), the oldest if
    /// several. For the token of a [`CreationUnknown`], or one you supplied.
    ///
    /// ```no_run
    /// # async fn demo(client: oz_agent_api::Client) -> oz_agent_api::Result<()> {
    /// if let Some(run) = client.find_run_by_client_token("deploy-4711").await? {
    ///     println!("{} is {}", run.run_id, run.state);
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn find_run_by_client_token(&self, token: &str) -> Result<Option<RunItem>> {
        lookup_once(self, token, None).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(body: Value) -> Request {
        reqwest::Client::new()
            .post("http://localhost/agent/runs")
            .json(&body)
            .build()
            .unwrap()
    }

    fn body(request: &Request) -> Value {
        serde_json::from_slice(request.body().unwrap().as_bytes().unwrap()).unwrap()
    }

    #[test]
    fn a_token_is_added_to_the_metadata_and_kept_when_the_caller_gave_one() {
        let mut r = request(serde_json::json!({"prompt": "x", "metadata": {"a": "1"}}));
        let (Tag::Token(token), None) = tag(&mut r) else {
            panic!("tagged")
        };
        assert_eq!(body(&r)["metadata"][CLIENT_TOKEN_KEY], token.as_str());
        assert_eq!(body(&r)["metadata"]["a"], "1");
        assert_eq!(token.len(), 36);

        let mut r = request(serde_json::json!({"prompt": "x", "parent_run_id": "p-1",
            "metadata": {CLIENT_TOKEN_KEY: "mine"}}));
        let (Tag::Token(token), Some(parent)) = tag(&mut r) else {
            panic!("tagged")
        };
        assert_eq!((token.as_str(), parent.as_str()), ("mine", "p-1"));

        let mut r = request(serde_json::json!({"prompt": "x", "metadata": null}));
        assert!(matches!(tag(&mut r), (Tag::Token(_), None)));
    }

    #[test]
    fn twenty_entries_leave_no_room_for_a_token() {
        let full: Map<String, Value> = (0..20).map(|i| (format!("k{i}"), "v".into())).collect();
        let mut r = request(serde_json::json!({"prompt": "x", "metadata": full}));
        let before = body(&r);
        assert!(matches!(tag(&mut r), (Tag::Full, None)));
        assert_eq!(body(&r), before, "sent as built");
    }

    #[test]
    fn tokens_are_unique() {
        assert_ne!(new_token(), new_token());
    }

    #[test]
    fn only_failures_after_sending_are_ambiguous() {
        let api = |status: u16| {
            Error::Api(Box::new(crate::ApiError::new(
                "create_run",
                StatusCode::from_u16(status).unwrap(),
                None,
                None,
                b"",
            )))
        };
        for status in [408, 500, 502, 504, 599] {
            assert!(is_ambiguous(&api(status)), "{status}");
        }
        for status in [400, 401, 403, 404, 409, 422, 429, 503] {
            assert!(!is_ambiguous(&api(status)), "{status}");
        }
        assert!(!is_ambiguous(&Error::InvalidRequest("x".into())));
    }

    fn raw_request(body: &str) -> Request {
        reqwest::Client::new()
            .post("http://127.0.0.1:9/agent/runs")
            .body(body.to_owned())
            .build()
            .unwrap()
    }

    fn sent(request: &Request) -> Value {
        serde_json::from_slice(request.body().and_then(reqwest::Body::as_bytes).unwrap()).unwrap()
    }

    /// The body after tagging is the body before, plus the token in `metadata`.
    #[test]
    fn the_token_is_spliced_into_the_body_and_nothing_else_changes() {
        let cases = [
            (r#"{"prompt":"p"}"#, r#"{"prompt":"p"}"#),
            ("{}", "{}"),
            (" \n{ \n}", "{}"),
            (
                r#"{"prompt":"p","metadata":{}}"#,
                r#"{"prompt":"p","metadata":{}}"#,
            ),
            (
                r#"{"metadata": { "a\"b": "x\ny", "k": "v" } ,"parent_run_id":"r-1","config":{"metadata":{}}}"#,
                r#"{"metadata":{"a\"b":"x\ny","k":"v"},"parent_run_id":"r-1","config":{"metadata":{}}}"#,
            ),
            (r#"{"metadata":null,"prompt":"p"}"#, r#"{"prompt":"p"}"#),
        ];
        for (body, before) in cases {
            let mut request = raw_request(body);
            let (tagged, _) = tag(&mut request);
            let Tag::Token(token) = tagged else {
                panic!("{body}: not tagged");
            };
            assert_eq!(token.len(), 36, "{body}");
            let mut expected: Value = serde_json::from_str(before).unwrap();
            let metadata = expected
                .as_object_mut()
                .unwrap()
                .entry("metadata")
                .or_insert_with(|| Value::Object(Map::new()));
            metadata
                .as_object_mut()
                .unwrap()
                .insert(CLIENT_TOKEN_KEY.into(), Value::String(token));
            assert_eq!(sent(&request), expected, "{body}");
        }
    }

    #[test]
    fn the_parent_is_read_and_a_caller_token_is_kept() {
        let body = r#"{"parent_run_id":"r-9","metadata":{"oz-client-request-token":"mine"}}"#;
        let mut request = raw_request(body);
        let (tagged, parent) = tag(&mut request);
        assert!(matches!(tagged, Tag::Token(t) if t == "mine"));
        assert_eq!(parent.as_deref(), Some("r-9"));
        assert_eq!(
            request.body().and_then(reqwest::Body::as_bytes),
            Some(body.as_bytes()),
            "sent as built"
        );
        let (_, parent) = tag(&mut raw_request(r#"{"parent_run_id":""}"#));
        assert_eq!(parent, None, "an empty parent is none");
    }

    #[test]
    fn bodies_that_cannot_carry_a_token_are_sent_as_built() {
        let full: Map<String, Value> = (0..MAX_METADATA_ENTRIES)
            .map(|i| (format!("k{i}"), Value::String("v".into())))
            .collect();
        let full = serde_json::json!({ "metadata": full }).to_string();
        for (body, full_tag) in [
            (full.as_str(), true),
            (r#"{"metadata":"x"}"#, false),
            (r#"{"metadata":{"oz-client-request-token":7}}"#, false),
            (r#"[{"metadata":{}}]"#, false),
            ("not json", false),
            (r#"{"metadata":{},"metadata":{}}"#, false),
        ] {
            let mut request = raw_request(body);
            let (tagged, _) = tag(&mut request);
            assert_eq!(matches!(tagged, Tag::Full), full_tag, "{body}");
            if !full_tag {
                assert!(matches!(tagged, Tag::Untagged), "{body}");
            }
            assert_eq!(
                request.body().and_then(reqwest::Body::as_bytes),
                Some(body.as_bytes()),
                "{body}: sent as built"
            );
        }
    }
}
