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
//!    encoded (a JSON formatter that follows the encoder), so tagging costs
//!    no second pass over the request.
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
//!    [`RetryPolicy::creation_lookup`](crate::RetryPolicy::creation_lookup)),
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
//! sent and the error is [`Error::TokenInUse`], carrying that run. The
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
//!   [`Client::find_run_by_client_token`] finds them. Lengthen the window
//!   with [`RetryPolicy::creation_lookup`](crate::RetryPolicy::creation_lookup)
//!   if your requests can be held that long.
//! * A listing without `as_of` (spec G's) is taken to be current: a
//!   replica lagging behind without saying so is not detected.
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

use std::io;
use std::time::Duration;

use progenitor_client::{OperationInfo, ResponseValue};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue, CONTENT_TYPE};
use reqwest::{Request, StatusCode};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::ser::{CharEscape, CompactFormatter, Formatter};

use tokio::time::Instant;

pub use crate::error::{CreationUnknown, CreationUnknownReason, TokenInUse};
use crate::listing::{self, Row};
use crate::retry::Acted;
use crate::types::{ListRunsSortBy, ListRunsSortOrder, PlatformErrorCode, RunItem};
use crate::{transport, Client, Error, Result};

/// [`crate::TEAM_UID_HEADER`] as the generated code looks its default up.
const TEAM_UID_HEADER_LOWER: &str = "x-warp-team-uid";

/// The metadata key that carries a run's client token (reserved by this crate).
pub const CLIENT_TOKEN_KEY: &str = "oz-client-request-token";

/// The most metadata entries a run can carry (spec G's `RunMetadata`).
pub const MAX_METADATA_ENTRIES: usize = 20;

/// Pages a lookup reads before it gives up on reaching the listing's end.
const LOOKUP_PAGES: usize = 5;

/// Runs per page of a lookup.
const LOOKUP_PAGE_SIZE: u64 = 100;

/// Most parents a lookup fetches, walking up from a descendant that
/// inherited the token to the run created with it.
const MAX_ANCESTORS: usize = 16;

/// The token a request carries, once tagged.
enum Tag {
    /// The request carries this token, generated for this call.
    Token(String),
    /// The request carries this token, supplied by the caller.
    Given(String),
    /// No room left for a token.
    Full,
    /// The body is not a JSON object (nothing to tag): sent as built.
    Untagged,
}

/// A fresh client token: a random (version 4) UUID.
fn new_token() -> String {
    let uuid = uuid::Builder::from_random_bytes(fastrand::u128(..).to_le_bytes()).into_uuid();
    let mut text = [0u8; uuid::fmt::Hyphenated::LENGTH];
    uuid.hyphenated().encode_lower(&mut text).to_owned()
}

/// Encodes a request body as JSON and tags it on the way: the client
/// token goes into the top-level `metadata` object as the body is written
/// (unless it holds one already: the caller's), and the `parent_run_id` the
/// body asks for is read. Nothing is decoded, scanned or encoded twice: the
/// encoder's [`Tagger`] follows its events.
fn encode<B: Serialize + ?Sized>(body: &B) -> serde_json::Result<(Vec<u8>, Tag, Option<String>)> {
    // A run request with a config is a few KiB: one allocation, no regrowth.
    let mut bytes = Vec::with_capacity(4096);
    let mut tagger = Tagger::default();
    body.serialize(&mut serde_json::Serializer::with_formatter(
        &mut bytes,
        &mut tagger,
    ))?;
    let (tag, parent) = tagger.finish();
    Ok((bytes, tag, parent))
}

/// Which top-level member the encoder is in.
#[derive(Clone, Copy, Default, PartialEq)]
enum Member {
    #[default]
    Other,
    Metadata,
    Parent,
}

/// A [`Formatter`] that writes compact JSON (as `serde_json::to_vec` does)
/// and tags the body while it is written (see [`encode`]).
#[derive(Default)]
struct Tagger {
    /// Open objects and arrays.
    depth: u32,
    /// Whether the outermost value is an object.
    object: bool,
    /// Whether the top-level object has a member yet.
    members: bool,
    /// The member whose key or value is being written, at depth 1.
    member: Member,
    /// A key being written at depth 1, or in `metadata` at depth 2, and
    /// what it is so far.
    key: Option<KeyKind>,
    /// Whether the value being written in `metadata` is the token's.
    token_value: bool,
    /// Whether `metadata` has the token's key (whatever its value).
    token_key: bool,
    /// `metadata` members written.
    entries: usize,
    /// `metadata` members seen at depth 1 (more than one: untagged).
    metadata_seen: u32,
    /// A string value of interest being written (parent, caller's token).
    text: Option<String>,
    parent: Option<String>,
    caller_token: Option<String>,
    tag: Option<Tag>,
    /// Something makes the body untaggable (it is sent as written).
    untagged: bool,
}

impl Tagger {
    fn finish(self) -> (Tag, Option<String>) {
        let parent = self.parent.filter(|p| !p.is_empty());
        let tag = match self.tag {
            _ if self.untagged || !self.object || self.metadata_seen > 1 => Tag::Untagged,
            Some(tag) => tag,
            None => Tag::Untagged,
        };
        (tag, parent)
    }

    /// Writes `"<token key>":"<new token>"` and records the token.
    fn write_token<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        let token = new_token();
        writer.write_all(b"\"")?;
        writer.write_all(CLIENT_TOKEN_KEY.as_bytes())?;
        writer.write_all(b"\":\"")?;
        writer.write_all(token.as_bytes())?;
        writer.write_all(b"\"")?;
        self.tag = Some(Tag::Token(token));
        Ok(())
    }

    /// Whether a value starting now is one of interest: the value of
    /// `metadata` or of the parent (depth 1), or the caller's token (depth
    /// 2 in `metadata`). Every other value takes the fast path.
    #[inline(always)]
    fn watched_value(&self) -> bool {
        self.key.is_none()
            && match self.depth {
                1 => self.member != Member::Other,
                2 => self.member == Member::Metadata && self.token_value,
                _ => false,
            }
    }

    /// A value other than a string or null is starting where a string (or
    /// an object, for `metadata`: see [`Formatter::begin_object`]) belongs.
    #[cold]
    #[inline(never)]
    fn not_a_string(&mut self) {
        self.untagged = true;
    }

    /// A string value of interest starts (see [`Tagger::watched_value`]).
    #[cold]
    #[inline(never)]
    fn watched_string(&mut self) {
        if self.depth == 1 && self.member == Member::Metadata {
            // `metadata` as a string: the server rejects it.
            self.untagged = true;
        } else {
            self.text = Some(String::new());
        }
    }

    /// A string of interest ends: the parent, or the caller's token.
    #[cold]
    #[inline(never)]
    fn watched_string_end(&mut self) {
        let text = self.text.take();
        if self.depth == 1 {
            self.parent = text;
        } else {
            self.caller_token = text;
        }
    }

    /// A fragment or escape of a key or string of interest.
    #[cold]
    #[inline(never)]
    fn watched_fragment(&mut self, fragment: &str, escape: Option<&CharEscape>) {
        if let Some(key) = self.key.as_mut() {
            // serde_json writes a key without escapes as one fragment: the
            // keys of interest are known by their first, alone.
            *key = match (*key, fragment, escape) {
                (KeyKind::Empty, "metadata", None) => KeyKind::Metadata,
                (KeyKind::Empty, "parent_run_id", None) => KeyKind::Parent,
                (KeyKind::Empty, CLIENT_TOKEN_KEY, None) => KeyKind::Token,
                (KeyKind::Empty, "", None) => KeyKind::Empty,
                _ => KeyKind::Other,
            };
        } else if let Some(text) = self.text.as_mut() {
            text.push_str(fragment);
            if let Some(escape) = escape {
                text.push(match escape {
                    CharEscape::Quote => '"',
                    CharEscape::ReverseSolidus => '\\',
                    CharEscape::Solidus => '/',
                    CharEscape::Backspace => '\u{8}',
                    CharEscape::FormFeed => '\u{c}',
                    CharEscape::LineFeed => '\n',
                    CharEscape::CarriageReturn => '\r',
                    CharEscape::Tab => '\t',
                    CharEscape::AsciiControl(byte) => char::from(*byte),
                });
            }
        }
    }

    /// A key starts at depth 1, or in `metadata`.
    #[cold]
    #[inline(never)]
    fn watched_key(&mut self) {
        if self.depth == 1 {
            self.members = true;
            self.member = Member::Other;
        } else {
            self.entries += 1;
            self.token_value = false;
        }
        self.key = Some(KeyKind::Empty);
    }

    /// A key of interest ends: which member, or the caller's token.
    #[cold]
    #[inline(never)]
    fn watched_key_end(&mut self) {
        match (self.depth, self.key.take()) {
            (1, Some(KeyKind::Metadata)) => {
                self.member = Member::Metadata;
                self.metadata_seen += 1;
            }
            (1, Some(KeyKind::Parent)) => self.member = Member::Parent,
            (2, Some(KeyKind::Token)) => {
                self.token_value = true;
                self.token_key = true;
            }
            _ => {}
        }
    }

    /// The end of `metadata` or of the body: the token goes in.
    #[cold]
    #[inline(never)]
    fn watched_end<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        match self.depth {
            // The end of `metadata`: the caller's token, no room, or ours.
            1 => {
                if let Some(token) = self.caller_token.take() {
                    self.tag = Some(Tag::Given(token));
                } else if self.entries >= MAX_METADATA_ENTRIES {
                    self.tag = Some(Tag::Full);
                } else if self.metadata_seen == 1 && !self.token_key && !self.untagged {
                    if self.entries > 0 {
                        writer.write_all(b",")?;
                    }
                    self.write_token(writer)?;
                }
            }
            // The end of the body: no `metadata` yet, so one with the token.
            _ => {
                if self.members {
                    writer.write_all(b",")?;
                }
                writer.write_all(b"\"metadata\":{")?;
                self.write_token(writer)?;
                writer.write_all(b"}")?;
            }
        }
        Ok(())
    }
}

/// What a key being written is, as far as tagging goes.
#[derive(Clone, Copy)]
enum KeyKind {
    /// Nothing written yet.
    Empty,
    Metadata,
    Parent,
    Token,
    /// Anything else (or escaped).
    Other,
}

/// Each scalar writer: note it, then write as compact JSON does.
macro_rules! scalar {
    ($($name:ident($ty:ty)),* $(,)?) => {$(
        #[inline]
        fn $name<W: ?Sized + io::Write>(&mut self, writer: &mut W, value: $ty) -> io::Result<()> {
            if self.watched_value() {
                self.not_a_string();
            }
            CompactFormatter.$name(writer, value)
        }
    )*};
}

// Every method is a check or two on the fast path (what compact JSON
// writes), the rest is out of line: the tagging costs next to nothing.
impl Formatter for &mut Tagger {
    scalar!(
        write_bool(bool),
        write_i8(i8),
        write_i16(i16),
        write_i32(i32),
        write_i64(i64),
        write_i128(i128),
        write_u8(u8),
        write_u16(u16),
        write_u32(u32),
        write_u64(u64),
        write_u128(u128),
        write_f32(f32),
        write_f64(f64),
        write_number_str(&str),
        write_byte_array(&[u8]),
        write_raw_fragment(&str),
    );

    #[inline]
    fn write_null<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        if self.watched_value() {
            if self.depth == 1 && self.member == Member::Metadata {
                // `"metadata": null` becomes an object holding the token.
                writer.write_all(b"{")?;
                self.write_token(writer)?;
                return writer.write_all(b"}");
            }
            if !(self.depth == 1 && self.member == Member::Parent) {
                self.not_a_string();
            }
        }
        writer.write_all(b"null")
    }

    #[inline]
    fn begin_string<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        if self.watched_value() {
            self.watched_string();
        }
        writer.write_all(b"\"")
    }

    #[inline]
    fn end_string<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        if self.text.is_some() {
            self.watched_string_end();
        }
        writer.write_all(b"\"")
    }

    #[inline]
    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        if self.key.is_some() || self.text.is_some() {
            self.watched_fragment(fragment, None);
        }
        writer.write_all(fragment.as_bytes())
    }

    #[inline]
    fn write_char_escape<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        escape: CharEscape,
    ) -> io::Result<()> {
        if self.key.is_some() || self.text.is_some() {
            self.watched_fragment("", Some(&escape));
        }
        CompactFormatter.write_char_escape(writer, escape)
    }

    #[inline]
    fn begin_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        if self.watched_value() {
            self.not_a_string();
        }
        self.depth += 1;
        writer.write_all(b"[")
    }

    #[inline]
    fn end_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.depth -= 1;
        writer.write_all(b"]")
    }

    #[inline]
    fn begin_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        if self.depth == 0 {
            self.object = true;
        } else if self.watched_value() && !(self.depth == 1 && self.member == Member::Metadata) {
            // Only `metadata` may be an object.
            self.not_a_string();
        }
        self.depth += 1;
        writer.write_all(b"{")
    }

    #[inline]
    fn end_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.depth -= 1;
        let watched = match self.depth {
            1 => self.member == Member::Metadata,
            0 => self.object && self.metadata_seen == 0 && !self.untagged,
            _ => false,
        };
        if watched {
            self.watched_end(writer)?;
        }
        writer.write_all(b"}")
    }

    #[inline]
    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        if self.depth == 1 || (self.depth == 2 && self.member == Member::Metadata) {
            self.watched_key();
        }
        CompactFormatter.begin_object_key(writer, first)
    }

    #[inline]
    fn end_object_key<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        if self.key.is_some() {
            self.watched_key_end();
        }
        CompactFormatter.end_object_key(writer)
    }

    #[inline]
    fn begin_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        CompactFormatter.begin_object_value(writer)
    }
}

fn is_feature_not_available(error: &Error) -> bool {
    error.error_code() == Some(&PlatformErrorCode::FeatureNotAvailable)
}

/// Which run a lookup is after, among the runs that carry a token.
#[derive(Clone, Copy)]
enum Wanted<'a> {
    /// The run created with the token under this parent (`None`: a
    /// top-level run), as `create_run` asked for it.
    Parent(Option<&'a str>),
    /// The run created with the token, whatever its parent: the one whose
    /// parent does not carry the token (children inherit it).
    Creator,
}

/// What the listing of the runs carrying a token shows.
enum Listed {
    /// The run created with the token.
    Found(Box<RunItem>),
    /// A run carrying the token exists (a descendant that inherited it, or
    /// the run itself in a row the client cannot read), so the run created
    /// with it exists, but it could not be read: `run_id` carries the token.
    Present {
        run_id: String,
        error: Option<Error>,
    },
    /// No run carries the token, and the listing proves it: it applied the
    /// filter, was read to its end, and is not older than the request.
    Absent,
    /// The listing proves nothing either way, for this reason.
    Inconclusive(CreationUnknownReason, Option<Error>),
}

/// Whether a run's metadata carries `token`.
fn carries(run: &RunItem, token: &str) -> bool {
    run.metadata
        .as_ref()
        .and_then(|m| m.get(CLIENT_TOKEN_KEY))
        .is_some_and(|t| t == token)
}

/// A run's parent (an empty one is none).
fn parent_of(run: &RunItem) -> Option<&str> {
    run.parent_run_id.as_deref().filter(|p| !p.is_empty())
}

/// One listing of the runs carrying `token`
/// (`GET /agent/runs?metadata[oz-client-request-token]=<token>`, oldest
/// first), and what it proves; `since` is when the request failed, to tell
/// a listing older than it (its `as_of`).
///
/// A run carrying the token proves the run created with it exists: if the
/// run `wanted` is not listed itself, the lookup walks up from a listed
/// carrier through its parents (`GET /agent/runs/{parent}`) to it.
async fn lookup_once(
    client: &Client,
    token: &str,
    wanted: Wanted<'_>,
    since: Option<Instant>,
) -> Result<Listed> {
    let listing = client
        .list_runs()
        .metadata([(CLIENT_TOKEN_KEY, token)])
        .sort_by(ListRunsSortBy::CreatedAt)
        .sort_order(ListRunsSortOrder::Asc)
        .limit(LOOKUP_PAGE_SIZE);
    let mut cursor: Option<String> = None;
    let mut carriers: Vec<RunItem> = Vec::new();
    let mut unreadable: Option<String> = None;
    // Whether the listing showed a run without the token (the filter is
    // ignored), stopped before its end, or is older than the request.
    let (mut ignored, mut incomplete, mut behind) = (false, true, false);
    for _ in 0..LOOKUP_PAGES {
        let request = match cursor.take() {
            Some(cursor) => listing.clone().cursor(cursor),
            None => listing.clone(),
        };
        let page = listing::fetch(request).await?;
        if let (Some(since), Some(as_of), Some(date)) = (since, page.as_of, page.date) {
            // The server's clock when the request failed, as far as the
            // `Date` header (to the second) and the time since tell.
            let failed_at = chrono::Duration::from_std(since.elapsed())
                .ok()
                .and_then(|elapsed| date.checked_sub_signed(elapsed));
            behind |= failed_at.is_some_and(|failed_at| as_of < failed_at);
        }
        for row in page.rows {
            match row {
                Row::Run(run) if carries(&run, token) => carriers.push(run),
                Row::Run(_) => ignored = true,
                Row::Unreadable {
                    run_id,
                    value,
                    error,
                } => {
                    let tagged = value
                        .get("metadata")
                        .and_then(|m| m.get(CLIENT_TOKEN_KEY))
                        .and_then(serde_json::Value::as_str)
                        == Some(token);
                    tracing::debug!(
                        run_id = run_id.as_deref().unwrap_or(""),
                        tagged,
                        error,
                        "a listed run cannot be read"
                    );
                    match run_id {
                        Some(id) if tagged => {
                            unreadable.get_or_insert(id);
                        }
                        _ => ignored |= !tagged,
                    }
                }
            }
        }
        let own = match wanted {
            Wanted::Parent(parent) => carriers.iter().position(|r| parent_of(r) == parent),
            Wanted::Creator => carriers.iter().position(|r| parent_of(r).is_none()),
        };
        if let Some(index) = own {
            return Ok(Listed::Found(Box::new(carriers.swap_remove(index))));
        }
        cursor = page.next_cursor;
        if cursor.is_none() {
            incomplete = page.has_next_page;
            break;
        }
        if ignored {
            break;
        }
    }
    // Carriers, none of them the run wanted: walk up from the oldest one
    // whose parent is not listed among them.
    let start = carriers
        .iter()
        .position(|r| parent_of(r).is_none_or(|p| !carriers.iter().any(|other| other.run_id == p)))
        .unwrap_or(0);
    if !carriers.is_empty() {
        return Ok(walk_up(client, token, wanted, carriers.swap_remove(start)).await);
    }
    if let Some(run_id) = unreadable {
        // The run (or a descendant) is listed but cannot be read: read it
        // on its own, then go on from there.
        let fetched = listing::fetch_run(client, &run_id).await;
        return Ok(match fetched {
            Ok(run) => match wanted {
                Wanted::Parent(parent) if parent_of(&run) == parent => Listed::Found(Box::new(run)),
                Wanted::Creator if parent_of(&run).is_none() => Listed::Found(Box::new(run)),
                _ => walk_up(client, token, wanted, run).await,
            },
            Err(error) => Listed::Present {
                run_id,
                error: Some(error),
            },
        });
    }
    Ok(if ignored {
        Listed::Inconclusive(CreationUnknownReason::FilterIgnored, None)
    } else if incomplete {
        Listed::Inconclusive(CreationUnknownReason::LookupIncomplete, None)
    } else if behind {
        Listed::Inconclusive(CreationUnknownReason::ListingBehind, None)
    } else {
        Listed::Absent
    })
}

/// From `run`, a run carrying `token` but not the one `wanted`, up through
/// its parents to the run created with the token.
async fn walk_up(client: &Client, token: &str, wanted: Wanted<'_>, mut run: RunItem) -> Listed {
    for _ in 0..MAX_ANCESTORS {
        let parent_id = match (wanted, parent_of(&run)) {
            (Wanted::Parent(parent), own) if own == parent => return Listed::Found(Box::new(run)),
            (Wanted::Creator, None) => return Listed::Found(Box::new(run)),
            // A top-level run carrying the token, where a child was asked for.
            (Wanted::Parent(_), None) => break,
            (_, Some(parent_id)) => parent_id.to_owned(),
        };
        let parent = listing::fetch_run(client, &parent_id).await;
        match parent {
            Ok(parent) if carries(&parent, token) => run = parent,
            // `run` got the token from no parent: it was created with it.
            Ok(_) if matches!(wanted, Wanted::Creator) => return Listed::Found(Box::new(run)),
            Ok(_) => break,
            Err(error) => {
                return Listed::Present {
                    run_id: run.run_id,
                    error: Some(error),
                }
            }
        }
    }
    Listed::Present {
        run_id: run.run_id,
        error: None,
    }
}

/// Looks for the run a few times over a short window (a new run may take a
/// moment to be listed). A run found ends the window; a run proven present
/// is not forgotten by a later listing; otherwise the last listing decides.
async fn lookup(
    client: &Client,
    token: &str,
    wanted: Wanted<'_>,
    since: Instant,
    team: &HeaderMap,
) -> Listed {
    let (tries, mut wait) = client.inner.shared.retry.get_creation_lookup();
    let mut present: Option<Listed> = None;
    let mut last = Listed::Absent;
    for n in 1..=tries.max(1) {
        if n > 1 {
            tokio::time::sleep(wait.min(Duration::from_secs(3600))).await;
            wait = wait.saturating_mul(2);
        }
        // The listing acts for the team the POST acted for: its header
        // value stands in for the client's default, on a spec whose
        // `listRuns` declares the header.
        let listed = transport::with_parameter_defaults(
            team.clone(),
            lookup_once(client, token, wanted, Some(since)),
        )
        .await;
        last = match listed {
            Ok(Listed::Found(run)) => {
                tracing::debug!(
                    run_id = run.run_id.as_str(),
                    lookup = n,
                    "found the run created by a failed create_run"
                );
                return Listed::Found(run);
            }
            Ok(Listed::Present { run_id, error }) => {
                tracing::debug!(lookup = n, run_id, "a run carrying the token exists");
                present = Some(Listed::Present { run_id, error });
                continue;
            }
            // Neither changes with time.
            Ok(Listed::Inconclusive(CreationUnknownReason::FilterIgnored, e)) => {
                return present.unwrap_or(Listed::Inconclusive(
                    CreationUnknownReason::FilterIgnored,
                    e,
                ))
            }
            Err(e) if is_feature_not_available(&e) => {
                return present.unwrap_or(Listed::Inconclusive(
                    CreationUnknownReason::FilterNotAvailable,
                    Some(e),
                ))
            }
            Ok(listed) => listed,
            Err(e) if crate::retry::is_transient(&e) => {
                tracing::debug!(lookup = n, error = %e, "run lookup failed; trying again");
                Listed::Inconclusive(CreationUnknownReason::LookupFailed, Some(e))
            }
            Err(e) => {
                return present.unwrap_or(Listed::Inconclusive(
                    CreationUnknownReason::LookupFailed,
                    Some(e),
                ))
            }
        };
    }
    present.unwrap_or(last)
}

/// Before a token the caller supplied is sent: a run that already carries
/// it was created before this call (yesterday's metadata copied into a new
/// request, or the same request made earlier), and is reported as
/// [`Error::TokenInUse`] instead of creating another. When the listing
/// cannot tell (no filter, or one the server ignores), the request is sent:
/// a failure is then reported as [`CreationUnknown`], never with an earlier
/// run taken for this call's.
async fn check_token_unused(
    client: &Client,
    operation: &'static str,
    token: &str,
    team: &HeaderMap,
) -> Result<()> {
    let listed = transport::with_parameter_defaults(
        team.clone(),
        lookup_once(client, token, Wanted::Creator, None),
    )
    .await;
    let (run_id, run) = match listed {
        Ok(Listed::Found(run)) => (run.run_id.clone(), Some(run)),
        Ok(Listed::Present { run_id, .. }) => (run_id, None),
        Ok(Listed::Absent | Listed::Inconclusive(..)) => return Ok(()),
        Err(e) if is_feature_not_available(&e) => return Ok(()),
        Err(e) => return Err(e),
    };
    Err(Error::TokenInUse(Box::new(TokenInUse {
        operation,
        token: token.to_owned(),
        run_id,
        run,
    })))
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
/// up after a failure the server may have acted on, resend only when the
/// run is proven absent.
///
/// `request` is built without its body: `body` is encoded here, tagged on
/// the way ([`encode`]).
pub(crate) async fn create_run<B: Serialize, T: DeserializeOwned>(
    client: &Client,
    mut request: Request,
    body: &B,
    info: &OperationInfo,
) -> Result<ResponseValue<T>> {
    let policy = &client.inner.shared.retry;
    let exactly_once = policy.get_exactly_once_creation();
    let encoded = if exactly_once {
        encode(body)
    } else {
        serde_json::to_vec(body).map(|bytes| (bytes, Tag::Untagged, None))
    };
    let (bytes, tag, parent) = encoded.map_err(|e| {
        Error::invalid_request(format!("the request body cannot be encoded as JSON: {e}"))
    })?;
    *request.body_mut() = Some(bytes.into());
    if !request.headers().contains_key(CONTENT_TYPE) {
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    }
    if !exactly_once {
        return transport::execute_json(client, request, info).await;
    }
    let operation = info.operation_id;
    // The header parameter the POST carried, for the lookup.
    let mut team = HeaderMap::new();
    if let Some(value) = request.headers().get(crate::TEAM_UID_HEADER) {
        team.insert(
            HeaderName::from_static(TEAM_UID_HEADER_LOWER),
            value.clone(),
        );
    }
    if let Tag::Given(token) = &tag {
        check_token_unused(client, operation, token, &team).await?;
    }
    let once = policy.at_most_once();
    let bucket = client.inner.shared.retry_tokens.as_ref();
    let mut attempts: u32 = 0;
    let mut spent: u32 = 0;
    loop {
        let spare = request.try_clone();
        attempts += 1;
        let failed = match transport::execute_json_with::<T>(client, request, info, &once).await {
            Ok(created) => {
                if let (Some(bucket), true) = (bucket, spent > 0) {
                    bucket.succeeded(spent);
                }
                return Ok(created);
            }
            Err(failed) => failed,
        };
        let since = Instant::now();
        let (error, acted) = (failed.error, failed.acted);
        if acted == Acted::No {
            // Refused or never sent (and retried as far as allowed): nothing
            // was created.
            return Err(error);
        }
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
            Tag::Token(token) | Tag::Given(token) => token.as_str(),
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
        tracing::debug!(operation, attempt = attempts, ?acted, error = %error, "create_run failed; looking the run up");
        let wanted = Wanted::Parent(parent.as_deref());
        match lookup(client, token, wanted, since, &team).await {
            Listed::Found(run) => return response_from(operation, &run),
            Listed::Present { error: e, .. } => {
                return Err(unknown(
                    Some(token),
                    CreationUnknownReason::RunUnreadable,
                    error,
                    e,
                ))
            }
            Listed::Inconclusive(reason, e) => return Err(unknown(Some(token), reason, error, e)),
            // The server answered the request (a success it could not
            // read, a redirect): it acted, whatever the listing shows.
            Listed::Absent if acted == Acted::Yes => {
                return Err(unknown(
                    Some(token),
                    CreationUnknownReason::ServerActed,
                    error,
                    None,
                ))
            }
            Listed::Absent => {}
        }
        // Proven absent: send it again, as a retry, if one is left.
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
    /// [`CLIENT_TOKEN_KEY`] in its metadata), if there is one: for the
    /// token of a [`CreationUnknown`], or one you supplied.
    ///
    /// Children inherit their parent's metadata, token included, so the run
    /// returned is the one *created* with the token: the listed run
    /// carrying it whose parent does not (a top-level run, or a child
    /// created with `parent_run_id`), the oldest if several. When only
    /// descendants are listed, their parents are fetched up to it.
    ///
    /// `Ok(None)` only when the listing proves no run carries the token (it
    /// applied the filter and was read to its end). When it cannot — the
    /// server ignores the `metadata[…]` filter, or more pages than a lookup
    /// reads — the error is an [`Error::Decode`] saying so; a server without
    /// the filter answers `403 feature_not_available` ([`Error::Api`]).
    ///
    /// ```no_run
    /// # async fn demo(client: oz_agent_api::Client) -> oz_agent_api::Result<()> {
    /// if let Some(run) = client.find_run_by_client_token("deploy-4711").await? {
    ///     println!("{} is {}", run.run_id, run.state);
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn find_run_by_client_token(&self, token: &str) -> Result<Option<RunItem>> {
        let reason = match lookup_once(self, token, Wanted::Creator, None).await? {
            Listed::Found(run) => return Ok(Some(*run)),
            Listed::Absent => return Ok(None),
            Listed::Present {
                error: Some(error), ..
            } => return Err(error),
            Listed::Present {
                run_id,
                error: None,
            } => format!(
                "run {run_id:?} carries the token, but the run created with it was not found \
                 within {MAX_ANCESTORS} parents"
            ),
            Listed::Inconclusive(_, Some(error)) => return Err(error),
            Listed::Inconclusive(reason, None) => reason.describe().to_owned(),
        };
        Err(Error::Decode(Box::new(crate::DecodeError {
            operation: "list_runs",
            status: StatusCode::OK,
            target: "ListRunsResponse",
            excerpt: String::new(),
            source: <serde_json::Error as serde::de::Error>::custom(format!(
                "looking up client token {token:?}: {reason}"
            )),
        })))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Map, Value};

    /// What [`encode`] sends for `body`, decoded, and its tag and parent.
    fn tagged<B: Serialize>(body: &B) -> (Value, Tag, Option<String>) {
        let (bytes, tag, parent) = encode(body).unwrap();
        (serde_json::from_slice(&bytes).unwrap(), tag, parent)
    }

    /// `encode` writes what `serde_json::to_vec` writes, apart from the token.
    fn untouched<B: Serialize>(body: &B) -> bool {
        encode(body).unwrap().0 == serde_json::to_vec(body).unwrap()
    }

    #[test]
    fn a_token_is_added_to_the_metadata_and_kept_when_the_caller_gave_one() {
        let (sent, Tag::Token(token), None) =
            tagged(&json!({"prompt": "x", "metadata": {"a": "1"}}))
        else {
            panic!("tagged")
        };
        assert_eq!(sent["metadata"][CLIENT_TOKEN_KEY], token.as_str());
        assert_eq!(sent["metadata"]["a"], "1");
        assert_eq!(token.len(), 36);

        let body = json!({"prompt": "x", "parent_run_id": "p-1",
            "metadata": {CLIENT_TOKEN_KEY: "mine"}});
        let (_, Tag::Given(token), Some(parent)) = tagged(&body) else {
            panic!("tagged")
        };
        assert_eq!((token.as_str(), parent.as_str()), ("mine", "p-1"));
        assert!(untouched(&body), "the caller's token is sent as given");

        let (sent, Tag::Token(token), None) = tagged(&json!({"prompt": "x", "metadata": null}))
        else {
            panic!("tagged")
        };
        assert_eq!(sent["metadata"], json!({CLIENT_TOKEN_KEY: token}));
    }

    #[test]
    fn twenty_entries_leave_no_room_for_a_token() {
        let full: Map<String, Value> = (0..MAX_METADATA_ENTRIES)
            .map(|i| (format!("k{i}"), "v".into()))
            .collect();
        let body = json!({"prompt": "x", "metadata": full});
        assert!(matches!(tagged(&body), (_, Tag::Full, None)));
        assert!(untouched(&body), "sent as built");
    }

    #[test]
    fn tokens_are_unique() {
        assert_ne!(new_token(), new_token());
    }

    /// The body sent is the body given, plus the token in `metadata`.
    #[test]
    fn the_token_is_written_into_the_body_and_nothing_else_changes() {
        let cases = [
            json!({"prompt": "p"}),
            json!({}),
            json!({"prompt": "p", "metadata": {}}),
            json!({"metadata": {"a\"b": "x\ny", "k": "v"}, "parent_run_id": "r-1",
                   "config": {"metadata": {}, "list": [{"metadata": null}]}}),
            json!({"metadata": null, "prompt": "p"}),
            json!({"attachments": [[], {}, "]}\"\\"], "n": 1.5, "b": false}),
        ];
        for body in cases {
            let (sent, tag, _) = tagged(&body);
            let Tag::Token(token) = tag else {
                panic!("{body}: not tagged");
            };
            assert_eq!(token.len(), 36, "{body}");
            let mut expected = body.clone();
            let metadata = expected
                .as_object_mut()
                .unwrap()
                .entry("metadata")
                .or_insert_with(|| Value::Object(Map::new()));
            if metadata.is_null() {
                *metadata = Value::Object(Map::new());
            }
            metadata
                .as_object_mut()
                .unwrap()
                .insert(CLIENT_TOKEN_KEY.into(), Value::String(token));
            assert_eq!(sent, expected, "{body}");
        }
    }

    #[test]
    fn the_parent_is_read_with_its_escapes_and_an_empty_one_is_none() {
        let (_, _, parent) = tagged(&json!({"parent_run_id": "r-\"9\"\\\n\u{1}é"}));
        assert_eq!(parent.as_deref(), Some("r-\"9\"\\\n\u{1}é"));
        let (_, _, parent) = tagged(&json!({"parent_run_id": ""}));
        assert_eq!(parent, None, "an empty parent is none");
        let (_, _, parent) = tagged(&json!({"config": {"parent_run_id": "nested"}}));
        assert_eq!(parent, None, "only the top-level member counts");
        let (_, Tag::Given(token), _) = tagged(&json!({"metadata": {CLIENT_TOKEN_KEY: "a\"b"}}))
        else {
            panic!("tagged")
        };
        assert_eq!(token, "a\"b", "the caller's token, unescaped");
    }

    /// A body with `metadata` twice (a field and the same key among the
    /// unknown fields kept by a struct).
    #[derive(Serialize)]
    struct Twice {
        metadata: Map<String, Value>,
        #[serde(flatten)]
        extra: Map<String, Value>,
    }

    #[test]
    fn bodies_that_cannot_carry_a_token_are_untagged() {
        for body in [
            json!({"metadata": "x"}),
            json!({"metadata": ["x"]}),
            json!({"metadata": 7}),
            json!({"metadata": {CLIENT_TOKEN_KEY: 7}}),
            json!({"metadata": {CLIENT_TOKEN_KEY: null}}),
            json!({"metadata": {CLIENT_TOKEN_KEY: {"a": "b"}}}),
            json!({"parent_run_id": 7}),
            json!({"parent_run_id": {"a": "b"}}),
            json!([{"metadata": {}}]),
            json!("text"),
        ] {
            let (_, tag, _) = tagged(&body);
            assert!(matches!(tag, Tag::Untagged), "{body}");
        }
        let twice = Twice {
            metadata: Map::new(),
            extra: Map::from_iter([("metadata".to_owned(), json!({}))]),
        };
        assert!(matches!(tagged(&twice), (_, Tag::Untagged, _)));
    }

    proptest::proptest! {
        /// Whatever the body, `encode` writes `serde_json::to_vec`'s bytes
        /// with at most the token added in `metadata`, and finds the parent
        /// serde_json finds.
        #[test]
        fn encoding_agrees_with_serde_json(
            members in proptest::collection::btree_map(
                proptest::prop_oneof![
                    proptest::strategy::Just("metadata".to_owned()),
                    proptest::strategy::Just("parent_run_id".to_owned()),
                    "[a-z_\"\\\\]{1,8}",
                ],
                json_value(),
                0..8,
            ),
        ) {
            let body = Value::Object(members.into_iter().collect());
            let (sent, tag, parent) = tagged(&body);
            let mut expected = body.clone();
            // An untagged body may carry a token all the same (the server
            // rejects it for what made it untaggable).
            let added = sent.get("metadata").and_then(|m| m.get(CLIENT_TOKEN_KEY)).and_then(Value::as_str);
            let token = match &tag {
                Tag::Token(token) | Tag::Given(token) => Some(token.as_str()),
                _ => added,
            };
            if let Some(token) = token {
                let metadata = expected.as_object_mut().unwrap().entry("metadata").or_insert(Value::Null);
                if metadata.is_null() {
                    *metadata = Value::Object(Map::new());
                }
                if let Some(m) = metadata.as_object_mut() {
                    m.entry(CLIENT_TOKEN_KEY).or_insert(Value::String(token.to_owned()));
                }
            }
            proptest::prop_assert_eq!(&sent, &expected);
            let wanted = body.get("parent_run_id").and_then(Value::as_str).filter(|p| !p.is_empty());
            if !matches!(tag, Tag::Untagged) {
                proptest::prop_assert_eq!(parent.as_deref(), wanted);
            }
            let metadata = body.get("metadata");
            let taggable = match metadata {
                None | Some(Value::Null) => true,
                Some(Value::Object(m)) => m.get(CLIENT_TOKEN_KEY).is_none_or(Value::is_string),
                Some(_) => false,
            } && body.get("parent_run_id").is_none_or(|p| p.is_string() || p.is_null());
            proptest::prop_assert_eq!(!matches!(tag, Tag::Untagged), taggable, "{}", body);
        }
    }

    fn json_value() -> impl proptest::strategy::Strategy<Value = Value> {
        use proptest::prelude::*;
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            (-1e9f64..1e9).prop_map(Value::from),
            "[\"\\\\{}\\[\\]:,a-z\\n\\t\u{1}\u{7f}-\u{10ffff}]{0,12}".prop_map(Value::from),
        ];
        leaf.prop_recursive(4, 48, 6, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                proptest::collection::btree_map(
                    prop_oneof![
                        Just("metadata".to_owned()),
                        Just(CLIENT_TOKEN_KEY.to_owned()),
                        "[a-z\\\"]{0,6}"
                    ],
                    inner,
                    0..6
                )
                .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }
}
