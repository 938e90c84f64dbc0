//! The transport's entry points for generated code: its half of the ABI
//! listed in `src/abi.rs`. Every generated operation's `send` ends in one of
//! the `execute*` functions (`build/rewrite.rs` routes them here, by the
//! paths `crate::transport::…` that `transport/mod.rs` re-exports), and
//! calls [`header_value`], [`parameter_default`] and [`append_deep_object`]
//! and [`FormFlat`] for its parameters. Nothing hand-written calls `execute*` but the
//! exactly-once hook of `create_run`, standing in for its `send`.

use progenitor_client::{OperationInfo, ResponseValue};
use reqwest::header::HeaderValue;
use reqwest::{Request, Response};
use serde::de::DeserializeOwned;

use super::attempt::Follow;
use super::body::{buffer, decode, decode_kept, Buffered};
use super::hand_written::{send_buffered, send_streaming};
use super::retry_loop::send;
use super::scoped::{self, keep_undecodable};
use crate::{Client, Error, Result};

/// Sends the request (with retries) and returns the successful response
/// without reading its body; used for byte streams (downloads).
pub(crate) async fn execute(
    client: &Client,
    request: Request,
    info: &OperationInfo,
) -> Result<Response> {
    send_streaming(client, request, info.operation_id, true).await
}

/// Like [`execute`], also accepting the statuses in `accepted` (documented
/// bodiless answers such as `304 Not Modified`) as success.
// Called by generated code, for the specs that need it.
#[allow(dead_code)]
pub(crate) async fn execute_accepting(
    client: &Client,
    request: Request,
    info: &OperationInfo,
    accepted: &'static [u16],
) -> Result<Response> {
    send(
        client,
        request,
        info.operation_id,
        Follow::Redirects { accepted },
        |response| async move { Ok(response) },
    )
    .await
}

/// Sends the request (with retries), reads the body and decodes it as `T`.
pub(crate) async fn execute_json<T: DeserializeOwned>(
    client: &Client,
    request: Request,
    info: &OperationInfo,
) -> Result<ResponseValue<T>> {
    let Buffered {
        status,
        headers,
        body,
    } = send_buffered(client, request, info.operation_id, true).await?;
    match decode(info.operation_id, status, &body) {
        Ok(value) => {
            client.inner.shared.body_buffer.give_back(body);
            Ok(ResponseValue::new(value, status, headers))
        }
        Err(error) => {
            keep_undecodable(Buffered {
                status,
                headers,
                body,
            });
            Err(error)
        }
    }
}

/// Like [`execute_json`] for an operation that also documents bodiless
/// successes (`accepted`, e.g. a `204` beside a `200` with JSON, or a `304`):
/// those give `None`, every other success decodes its body as `T`.
// Called by generated code, for the specs that need it.
#[allow(dead_code)]
pub(crate) async fn execute_json_optional<T: DeserializeOwned>(
    client: &Client,
    request: Request,
    info: &OperationInfo,
    accepted: &'static [u16],
) -> Result<ResponseValue<Option<T>>> {
    let limit = client.inner.shared.max_response_bytes;
    let Buffered {
        status,
        headers,
        body,
    } = send(
        client,
        request,
        info.operation_id,
        Follow::Redirects { accepted },
        move |response| buffer(client, response, limit),
    )
    .await?;
    let value = if accepted.contains(&status.as_u16()) {
        None
    } else {
        Some(decode_kept(client, info.operation_id, status, body)?)
    };
    Ok(ResponseValue::new(value, status, headers))
}

/// A header parameter's value, checked: a value that cannot be sent in a
/// header (a newline, a control character) is [`Error::InvalidRequest`]
/// naming the header, before anything is sent.
// Called by generated code, for the specs that need it.
#[allow(dead_code)]
///
/// The value is marked sensitive, like the client-wide defaults of header
/// parameters: a header parameter (the team uid, …) is never sent to
/// another origin ([`strip_credentials`](super::credentials::strip_credentials)), and a client-wide custom header
/// of the same name does not replace it ([`authorize`](super::credentials::authorize)).
pub(crate) fn header_value(name: &str, value: String) -> Result<HeaderValue> {
    let mut value = HeaderValue::try_from(value).map_err(|_| {
        Error::InvalidRequest(format!(
            "the value of header parameter {name} contains characters a header cannot carry"
        ))
    })?;
    value.set_sensitive(true);
    Ok(value)
}

/// The default of header parameter `name` (lower case): the one in scope
/// ([`with_parameter_defaults`](super::with_parameter_defaults)), else the client-wide one set with
/// [`ClientBuilder::parameter_default`](crate::ClientBuilder::parameter_default).
// Called by generated code, for the specs that need it.
#[allow(dead_code)]
pub(crate) fn parameter_default(client: &Client, name: &'static str) -> Option<HeaderValue> {
    let defaults = &client.inner.shared.parameter_defaults;
    scoped::parameter_default(name).or_else(|| {
        if defaults.is_empty() {
            None
        } else {
            defaults.get(name).cloned()
        }
    })
}

/// Appends a `deepObject` query parameter: `name[key]=value` for each pair,
/// form-urlencoded like every other query parameter.
// Called by generated code, for the specs that need it.
#[allow(dead_code)]
pub(crate) fn append_deep_object(
    request: &mut Request,
    name: &str,
    pairs: Option<&[(String, String)]>,
) {
    let Some(pairs) = pairs.filter(|p| !p.is_empty()) else {
        return;
    };
    let mut query = request.url_mut().query_pairs_mut();
    let mut key = String::new();
    for (k, v) in pairs {
        key.clear();
        key.push_str(name);
        key.push('[');
        key.push_str(k);
        key.push(']');
        query.append_pair(&key, v);
    }
}

/// A query parameter of style `form` with `explode: false`, for
/// `RequestBuilder::query`: one pair, `name=a,b,c` for an array and
/// `name=k1,v1,k2,v2` for an object ([`form_flat`](crate::path::form_flat)),
/// none for `null`. The rewrite puts it where progenitor's `QueryParam`,
/// which repeats the name for each item and writes an object's members as
/// pairs of their own (what `explode: true` means), stood.
// Called by generated code, for the specs that need it.
#[allow(dead_code)]
pub(crate) struct FormFlat<'a, T: ?Sized> {
    name: &'a str,
    value: &'a T,
}

#[allow(dead_code)]
impl<'a, T: ?Sized> FormFlat<'a, T> {
    pub(crate) fn new(name: &'a str, value: &'a T) -> Self {
        Self { name, value }
    }
}

impl<T: serde::Serialize + ?Sized> serde::Serialize for FormFlat<'_, T> {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::Error as _;
        match crate::path::form_flat(self.value).map_err(S::Error::custom)? {
            Some(text) => [(self.name, text)].serialize(serializer),
            None => Vec::<(&str, &str)>::new().serialize(serializer),
        }
    }
}
