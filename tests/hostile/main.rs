//! Hostile input (issue 8), against loopback servers: what an attacker or a
//! broken proxy can send the crate, and what the server then saw.
//!
//! 1. a path parameter lands in exactly one segment of its path, or the call
//!    fails before anything is sent;
//! 2. a POST that got a redirect is never sent again;
//! 3. empty pages with fresh cursors cannot make a listing loop for ever;
//! 4. no configuration value panics;
//! 5. a wait accepts only the run it asked for;
//! 6. configuration errors never print a header value;
//! 7. server text cannot forge log lines: `Display` is one line;
//! 8. server-requested sleeps are capped by `max_outage`, and lexical junk
//!    inside unknown fields does not break a known response.

#[path = "../common/mod.rs"]
mod common;

use std::time::Duration;

use common::scripted::{Received, Reply, ScriptedServer};
use common::KEY;
use futures_util::{StreamExt, TryStreamExt};
use oz_agent_api::prelude::*;
use oz_agent_api::types::{RunFollowupRequest, RunState};
use oz_agent_api::ExactlyOnceOptions;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde_json::json;

/// The documented bound of a page stream on empty pages in a row that still
/// point to a next page (see `oz_agent_api::pagination`).
const MAX_CONSECUTIVE_EMPTY_PAGES: usize = 32;

fn client(base: &str) -> Client {
    common::client(base)
}

mod a_redirected_post_is_not_resent;
mod a_wait_accepts_only_its_run;
mod config_errors_hide_header_values;
mod empty_pages_cannot_loop;
mod extreme_configuration_does_not_panic;
mod path_parameters_stay_in_their_segment;
mod server_sleeps_are_capped_and_junk_is_harmless;
mod server_text_cannot_forge_log_lines;

// Helpers more than one topic uses.

/// The API prefix of the base URL: a `..` that escaped its segment would eat it.
const PREFIX: &str = "/api/v1";

fn posts(seen: &[Received]) -> usize {
    seen.iter().filter(|r| r.method == "POST").count()
}

/// A client whose HTTP client arms no timer of its own, for tokio's paused clock.
fn paused_client(base: &str, retry: RetryPolicy) -> Client {
    Client::builder()
        .api_key(KEY)
        .base_url(base)
        .retry_policy(retry)
        .http_client(
            reqwest::Client::builder()
                .no_proxy()
                .pool_idle_timeout(None)
                .build()
                .unwrap(),
        )
        .build()
        .unwrap()
}

async fn get_run_error(reply: Reply) -> Error {
    let server = ScriptedServer::start(vec![reply]).await;
    client(&server.url())
        .get_run()
        .run_id("r-1")
        .send()
        .await
        .unwrap_err()
}
