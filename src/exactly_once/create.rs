//! `createRun`'s `send`: tag, send once, look up after a failure the
//! server may have acted on, resend only when the run is proven absent
//! (the [module docs](super)).

use progenitor_client::{OperationInfo, ResponseValue};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue, CONTENT_TYPE};
use reqwest::{Request, StatusCode};
use serde::de::DeserializeOwned;
use serde::Serialize;
use tokio::time::Instant;

use super::lookup::{check_token_unused, lookup, Listed, Wanted};
use super::tag::{encode, Tag};
use crate::error::{CreationUnknown, CreationUnknownReason};
use crate::retry::Acted;
use crate::types::RunItem;
use crate::{transport, Client, Error, Result};

/// [`TEAM_UID_HEADER`](crate::TEAM_UID_HEADER) as a header name, made once
/// (looking a header up by its text parses and lower-cases the text first).
const TEAM_UID: HeaderName = HeaderName::from_static("x-warp-team-uid");

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
    let exactly_once = client.inner.shared.exactly_once.enabled();
    let encoded = if exactly_once {
        encode(body)
    } else {
        serde_json::to_vec(body).map(|bytes| (bytes, Tag::Untagged, None))
    };
    let (bytes, tag, parent) = encoded.map_err(|e| {
        Error::invalid_request(format!("the request body cannot be encoded as JSON: {e}"))
    })?;
    // Kept beside the request: its copies (for a resend) share it.
    let bytes = bytes::Bytes::from(bytes);
    *request.body_mut() = Some(bytes.clone().into());
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
    if let Some(value) = request.headers().get(&TEAM_UID) {
        team.insert(TEAM_UID, value.clone());
    }
    if let Tag::Given(token) = &tag {
        // Boxed, as the lookup below: the cold paths would otherwise make
        // every create_run future tens of kilobytes, copied as it moves.
        Box::pin(check_token_unused(client, operation, token, &team)).await?;
    }
    let once = policy.at_most_once();
    let bucket = client.inner.shared.retry_tokens.as_ref();
    let mut attempts: u32 = 0;
    let mut spent: u32 = 0;
    loop {
        attempts += 1;
        let failed =
            match transport::send_json_with::<T>(client, request, &bytes, info, &once).await {
                Ok(created) => {
                    if let (Some(bucket), true) = (bucket, spent > 0) {
                        bucket.succeeded(spent);
                    }
                    return Ok(created);
                }
                Err(failed) => failed,
            };
        let since = Instant::now();
        // The transport's copy of the request, for a resend: no copy here.
        let (error, acted, spare) = (failed.error, failed.acted, failed.unsent);
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
        match Box::pin(lookup(client, token, wanted, since, &team)).await {
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
        let next = spare.filter(|_| attempts <= policy.max_retries());
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

#[cfg(test)]
mod tests {
    #[test]
    fn the_team_header_name_is_the_team_uid_header() {
        assert_eq!(
            super::TEAM_UID.as_str(),
            crate::TEAM_UID_HEADER.to_ascii_lowercase()
        );
    }
}
