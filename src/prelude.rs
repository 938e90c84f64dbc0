//! `use oz_agent_api::prelude::*;`: the client, the trait that adds the run
//! lifecycle and downloads to it ([`ClientExt`]), its configuration and
//! options, and the error type.
//!
//! ```no_run
//! use oz_agent_api::prelude::*;
//!
//! # async fn demo() -> Result<()> {
//! let client = Client::from_env()?;
//! let runs = client.wait_for_runs(&["r-1", "r-2"], &WaitOptions::default()).await?;
//! # let _ = runs; Ok(()) }
//! ```

pub use crate::{
    Client, ClientBuilder, ClientExt, Error, FleetOptions, FollowupOptions, Result, RetryPolicy,
    WaitOptions,
};
