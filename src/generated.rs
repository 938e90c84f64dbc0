//! The client generated from `openapi/oz-agent-api.yml` (committed in
//! `generated/`; `build.rs` puts it into `OUT_DIR`, or regenerates it with the
//! `codegen` feature).
#![allow(
    clippy::all,
    clippy::pedantic,
    missing_docs,
    unused_imports,
    unused_mut,
    rustdoc::bare_urls,
    rustdoc::broken_intra_doc_links,
    rustdoc::invalid_html_tags
)]

include!(concat!(env!("OUT_DIR"), "/oz_agent_api.rs"));
