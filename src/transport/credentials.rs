//! What only the API origin may see: adding the key, the user agent and
//! custom headers to a request for it ([`authorize`]), and removing them
//! from one that leaves it ([`strip_credentials`], [`scrub`]).

use reqwest::header::{
    HeaderMap, HeaderValue, AUTHORIZATION, COOKIE, PROXY_AUTHORIZATION, USER_AGENT,
};
use reqwest::{Request, Url};

use crate::Client;

/// Adds what only the API origin may see: the key, the user agent, extra
/// headers. Every value of a repeated custom header is sent; a custom header
/// does not replace a header parameter the request already carries (the
/// call's own, or a parameter default: values marked sensitive, see
/// [`header_value`]), so a call's team uid wins over a client-wide one.
///
/// An operation whose `security` allows only anonymous access
/// ([`is_anonymous`]) gets no `Authorization` at all: neither the key nor a
/// custom `Authorization` standing in for it. Its other custom headers are
/// sent: they go to the origin they were configured for, and a gateway in
/// front of the API may need them to let any request through.
pub(crate) fn authorize(client: &Client, request: &mut Request, operation: &str) {
    let shared = &client.inner.shared;
    if !same_origin(request.url(), &shared.base_url) {
        return;
    }
    let anonymous = is_anonymous(operation);
    let headers = request.headers_mut();
    for name in shared.headers.keys() {
        if headers.get(name).is_some_and(HeaderValue::is_sensitive)
            || (anonymous && name == AUTHORIZATION)
        {
            continue;
        }
        let mut values = shared.headers.get_all(name).iter();
        if let Some(first) = values.next() {
            headers.insert(name.clone(), first.clone());
        }
        for value in values {
            headers.append(name.clone(), value.clone());
        }
    }
    // A custom `Authorization` stands in for the key, as it always has.
    if !anonymous && !shared.headers.contains_key(AUTHORIZATION) {
        headers.insert(AUTHORIZATION, shared.api_key.authorization().clone());
    }
}

/// Whether the spec lets `operation` (its generated name) be called only
/// anonymously (`security: []`): the generator lists those, from the spec
/// (`build/security.rs`).
pub(crate) fn is_anonymous(operation: &str) -> bool {
    crate::generated::ANONYMOUS_OPERATIONS.contains(&operation)
}

pub(crate) fn same_origin(a: &Url, b: &Url) -> bool {
    a.scheme() == b.scheme()
        && a.host_str() == b.host_str()
        && a.port_or_known_default() == b.port_or_known_default()
}

/// Removes the key, cookies, the caller's custom headers and header
/// parameters (the team uid, …): everything but the user agent that only
/// the API may see. Header parameters carry values marked sensitive
/// ([`header_value`](super::header_value), parameter defaults), as do the key and custom headers.
pub(super) fn strip_credentials(client: &Client, headers: &mut HeaderMap) {
    for name in [AUTHORIZATION, COOKIE, PROXY_AUTHORIZATION] {
        headers.remove(name);
    }
    headers.remove(crate::TEAM_UID_HEADER);
    for name in client.inner.shared.headers.keys() {
        if name != USER_AGENT {
            headers.remove(name);
        }
    }
    let sensitive: Vec<reqwest::header::HeaderName> = headers
        .iter()
        .filter(|(_, value)| value.is_sensitive())
        .map(|(name, _)| name.clone())
        .collect();
    for name in sensitive {
        headers.remove(name);
    }
}

/// A transport error, without its URL when that URL is not the API's (a
/// signed download URL carries its signature in the query).
pub(crate) fn scrub(client: &Client, e: reqwest::Error) -> reqwest::Error {
    match e.url() {
        Some(url) if !same_origin(url, &client.inner.shared.base_url) => e.without_url(),
        _ => e,
    }
}
