//! Looking a run up by its client token: one listing of the runs carrying
//! it and what it proves (step 3 and the rule of the [module docs](super)),
//! the short window of lookups after a failure, and the check that a
//! caller's own token is not already in use.

use std::time::Duration;

use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use tokio::time::Instant;

use super::{CLIENT_TOKEN_KEY, LOOKUP_PAGES, LOOKUP_PAGE_SIZE, MAX_ANCESTORS};
use crate::error::{CreationUnknownReason, TokenInUse};
use crate::listing::{self, Row};
use crate::types::{ListRunsSortBy, ListRunsSortOrder, PlatformErrorCode, RunItem};
use crate::{transport, Client, Error, Result};

pub(super) fn is_feature_not_available(error: &Error) -> bool {
    error.error_code() == Some(&PlatformErrorCode::FeatureNotAvailable)
}

/// Which run a lookup is after, among the runs that carry a token.
#[derive(Clone, Copy)]
pub(super) enum Wanted<'a> {
    /// The run created with the token under this parent (`None`: a
    /// top-level run), as `create_run` asked for it.
    Parent(Option<&'a str>),
    /// The run created with the token, whatever its parent: the one whose
    /// parent does not carry the token (children inherit it).
    Creator,
}

/// What the listing of the runs carrying a token shows.
pub(super) enum Listed {
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
pub(super) async fn lookup(
    client: &Client,
    token: &str,
    wanted: Wanted<'_>,
    since: Instant,
    team: &HeaderMap,
) -> Listed {
    let lookup = &client.inner.shared.exactly_once;
    let (tries, mut wait) = (lookup.lookups(), lookup.first_lookup_interval());
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
pub(super) async fn check_token_unused(
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

/// See [`ClientExt::find_run_by_client_token`](crate::ClientExt::find_run_by_client_token).
pub(crate) async fn find_run_by_client_token(
    client: &Client,
    token: &str,
) -> Result<Option<RunItem>> {
    let reason = match lookup_once(client, token, Wanted::Creator, None).await? {
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
