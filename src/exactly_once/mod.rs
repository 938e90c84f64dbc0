//! Exactly-once run creation: `create_run` neither starts a run twice nor
//! gives up on one it may have started.
//!
//! A `POST /agent/runs` that fails *after it was sent* — a timeout, a
//! connection lost after sending, a `500`, `502`, `504` or `408`, a success
//! whose body breaks off or does not decode, a redirect whose target fails —
//! leaves the caller not knowing whether a run started, or knowing it did
//! without its answer. Sending it again can start the same agent run twice;
//! not sending it can lose it. The API has no idempotency key, but since
//! spec G a run carries immutable `metadata` set at creation, and
//! `GET /agent/runs?metadata[key]=value` finds runs by it.
//!
//! **The rule: the POST is sent again only when the run is proven absent.**
//! A success answer, a redirect, or any listed run carrying the request's
//! token is proof of presence; a listing that is incomplete, older than the
//! request, or not filtered by the token proves nothing.
//!
//! 1. **Tag.** Before sending, the request body's `metadata` gets the
//!    reserved key [`CLIENT_TOKEN_KEY`] (`oz-client-request-token`) with a
//!    client token: a random UUID, generated once per `create_run` call and
//!    kept across its attempts (like the idempotency tokens of the AWS SDKs).
//!    If the body already has that key, its value is the token: that is how
//!    a caller supplies their own (an order id, a job id) to find the run
//!    again later, even from another process (see
//!    [below](#a-token-of-your-own)). The token is written as the body is
//!    encoded (a serializer wrapped around serde_json's that sees only the
//!    top-level members and `metadata`'s entries), so tagging costs no second
//!    pass over the request.
//! 2. **Send once.** The POST goes through the transport, which repeats it
//!    only after failures that prove the server did not act (a connection
//!    never established, `429`, `503`, a `4xx` whose body says
//!    `"retryable": true`), whatever
//!    [`RetryPolicy::retry_non_idempotent`](crate::RetryPolicy::retry_non_idempotent)
//!    says; see [`crate::retry`].
//! 3. **Look up.** After any other failure, the run is looked for with
//!    `GET /agent/runs?metadata[oz-client-request-token]=<token>` (same
//!    team header as the POST), a few short, bounded tries (by default 4: at
//!    once, then after 1 s, 2 s and 4 s more; see
//!    [`ExactlyOnceOptions::with_lookups`](crate::ExactlyOnceOptions::with_lookups)),
//!    since a new run may take a moment to appear in the listing.
//! 4. **Return the run.** A run found is returned as the response, `Ok`
//!    (status `200`, no headers: it is not the POST's answer; its `run_id`,
//!    `task_id` and `state` come from the run as listed).
//! 5. **Resend only on proof of absence.** Only when the last lookup of the
//!    window proves the run absent — the listing applied the filter (every
//!    run it shows carries the token), was read to its end, and is not
//!    older than the request — and the failure left it open whether the
//!    server acted (a timeout, a connection lost after sending, `408`,
//!    `5xx`), is the POST sent again, with the same token, so a later
//!    failure is looked up the same way. Resends count as retries: at most
//!    `max_retries` of them, each paid for by the client's retry budget.
//!    After a failure that proves the server acted (a success it could not
//!    read, a redirect), the POST is never sent again.
//!
//! # Children that inherited the token
//!
//! Child runs inherit their parent's metadata, token included. The run the
//! request created is the listed run carrying the token whose
//! `parent_run_id` is the one the request asked for (none, for a top-level
//! run): a child spawned by the run has that run as its parent, so it is
//! never taken for it. Runs are listed oldest first, and among several
//! matches (only possible when a caller reuses their own token) the oldest
//! is returned.
//!
//! A descendant carrying the token proves the run exists even when the run
//! itself is not listed (yet): the lookup then walks up from the descendant
//! through its parents (`GET /agent/runs/{parent}`, at most 16) to the run
//! created with the token, and returns it. If that run cannot be read, the
//! error is [`CreationUnknownReason::RunUnreadable`]; the POST is not sent
//! again.
//!
//! # A token of your own
//!
//! A token the caller supplies is checked before the first POST: if a run
//! already carries it — the same request made before, from this process or
//! another, or yesterday's `metadata` copied into a new request — nothing is
//! sent and the error is [`Error::TokenInUse`](crate::Error::TokenInUse), carrying that run. The
//! outcome does not depend on whether a fault happens: without the check, a
//! reused token gives a new run when nothing fails and, after a `500`, the
//! lookup would find the earlier run and return it as this call's. A caller
//! that retries the same logical request with its own token gets the
//! earlier run in the error; one that copied metadata learns that the
//! reserved key must go. When the listing cannot tell (the filter is not
//! available, or ignored), the request is sent; a failure is then reported
//! as [`CreationUnknown`], never with an earlier run taken for this call's.
//! Two calls racing with the same token are not serialized by the server.
//!
//! # When exactly-once cannot be had
//!
//! The error is then [`Error::CreationUnknown`](crate::Error::CreationUnknown) (a [`CreationUnknown`]),
//! carrying the token so the caller can look the run up later
//! ([`ClientExt::find_run_by_client_token`](crate::ClientExt::find_run_by_client_token)), the request's own error, and
//! the [`CreationUnknownReason`]:
//!
//! * **All 20 metadata entries used** ([`CreationUnknownReason::MetadataFull`]):
//!   the request already has the most metadata a run can carry, so no token
//!   is added and creation is at most once, as before; an ambiguous failure
//!   is reported with no token.
//! * **The filter is not available** ([`CreationUnknownReason::FilterNotAvailable`]):
//!   the server answered the lookup `403 feature_not_available` (metadata
//!   filtering is not enabled for the team): at most once, and the error says so.
//! * **The filter is ignored** ([`CreationUnknownReason::FilterIgnored`]):
//!   the listing shows runs without the token (a server from before the
//!   filter lists the whole team): no listing can prove the run absent.
//! * **The listing is incomplete** ([`CreationUnknownReason::LookupIncomplete`])
//!   or **behind** ([`CreationUnknownReason::ListingBehind`]: its `as_of`,
//!   the time it was read, is before the request failed by the server's
//!   own `Date`; spec H's listings say they can lag live activity by
//!   minutes): the run may be there, unseen.
//! * **The server acted** ([`CreationUnknownReason::ServerActed`]): it
//!   answered with a success whose body could not be read (it does not
//!   decode, or is larger than `max_response_bytes`) or with a redirect
//!   (whose target then failed, or looped), and no listing showed the run.
//! * **The run cannot be read** ([`CreationUnknownReason::RunUnreadable`]):
//!   a run carrying the token is listed, but the run itself could not be
//!   fetched.
//! * **The lookup failed** ([`CreationUnknownReason::LookupFailed`]): the
//!   last lookup failed (after its own retries), or one failed with an error
//!   that is not transient (`401`, `400`, …); the run may exist.
//! * **No retry left** ([`CreationUnknownReason::RetriesExhausted`]): the
//!   run was proven absent, but the POST may not be sent again
//!   (`max_retries` resends done, or the retry budget is empty).
//!
//! Failures that prove nothing was created (`400`, `401`, `403`, `429`,
//! `503`, a connection never established) are returned as they are.
//!
//! # Limits
//!
//! * A request the server holds for longer than the lookup window and
//!   then applies (a POST stuck in a queue after the client gave up) is not
//!   seen by the lookup; if the listing proves the run absent meanwhile,
//!   the resend then starts a second run. Both carry the same token, so
//!   [`ClientExt::find_run_by_client_token`](crate::ClientExt::find_run_by_client_token) finds them. Lengthen the window
//!   with [`ExactlyOnceOptions::with_lookups`](crate::ExactlyOnceOptions::with_lookups)
//!   if your requests can be held that long.
//! * A listing without `as_of` (spec G's) is taken to be current: a
//!   replica lagging behind without saying so is not detected.
//! * The token is visible: the run's `metadata` shows the reserved key
//!   (filter it out if you display metadata), and it takes one of the 20
//!   entries. With `parent_run_id`, the parent's inherited keys may count
//!   towards the limit on the server.
//! * [`ExactlyOnceOptions::disabled`](crate::ExactlyOnceOptions::disabled)
//!   ([`ClientBuilder::exactly_once`](crate::ClientBuilder::exactly_once)) turns all of this off: the body goes out as built and an ambiguous
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
//! the caller to decide ([`ClientExt::submit_run_followup_and_wait`](crate::ClientExt::submit_run_followup_and_wait) fetches the run
//! first, so a caller can compare).
//!
//! ```no_run
//! # async fn demo(client: oz_agent_api::Client) -> oz_agent_api::Result<()> {
//! use oz_agent_api::exactly_once::CLIENT_TOKEN_KEY;
//! use oz_agent_api::types::RunMetadata;
//! use oz_agent_api::{ClientExt, Error};
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
//!     // Made before (by an earlier attempt of this job): nothing was sent.
//!     Err(Error::TokenInUse(in_use)) => println!("already run {}", in_use.run_id()),
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

mod create;
mod lookup;
mod tag;

pub use crate::error::{CreationUnknown, CreationUnknownReason, TokenInUse};
pub use crate::retry::ExactlyOnceOptions;
pub(crate) use create::create_run;
pub(crate) use lookup::find_run_by_client_token;

/// The metadata key that carries a run's client token (reserved by this crate).
pub const CLIENT_TOKEN_KEY: &str = "oz-client-request-token";

/// The most metadata entries a run can carry (spec G's `RunMetadata`).
pub(crate) const MAX_METADATA_ENTRIES: usize = 20;

/// Pages a lookup reads before it gives up on reaching the listing's end.
const LOOKUP_PAGES: usize = 5;

/// Runs per page of a lookup.
const LOOKUP_PAGE_SIZE: u64 = 100;

/// Most parents a lookup fetches, walking up from a descendant that
/// inherited the token to the run created with it.
const MAX_ANCESTORS: usize = 16;
