//! Property tests of every response decoder: nothing a server sends can make
//! decoding panic, what decodes round-trips unchanged, and members and enum
//! values this version does not know survive a decode and re-encode.
//!
//! Everything here is derived from the spec the client was generated from
//! (`oz_agent_api::spec::OPENAPI_JSON`: the vendored spec, or the one
//! `OZ_AGENT_API_SPEC` names), so it passes unchanged on a new spec:
//!
//! * the decoders are `fuzz/response_types.rs` (shared with the cargo-fuzz
//!   target), which expands the build's `__response_types!`; they are
//!   checked against the spec's JSON success responses and the generated
//!   dispatcher (`OUT_DIR/dispatch.rs`, as `common::dispatch`);
//! * the fixtures are, for every decoder, bodies generated from its schema
//!   (`oz_agent_api_fake::examples`, full and minimal), plus the hand-kept
//!   `tests/fixtures/responses/<Type>/*.json` of the types the spec still
//!   has (see [`kept_fixtures`]);
//! * where a mutation may add unknown members and enum values comes from a
//!   walk of the spec's schemas ([`Walk`]).
//!
//! Only what the hand-written layer relies on is named: `RunItem`,
//! `RunState`, `ArtifactResponse`, `types::Error` and `get_run`.
//!
//! Inputs are arbitrary bytes, JSON token soup, and structured mutations of
//! the fixtures. The cargo-fuzz target's seed corpus (`fuzz/corpus/decode/`,
//! git-ignored) is written from the same fixtures by
//! `OZ_WRITE_FUZZ_CORPUS=1 cargo test --all-features --test fuzz_decoders seed`.
//!
//! Each property runs `PROPTEST_CASES` cases (256 by default, a few seconds
//! in all); `PROPTEST_CASES=100000 cargo test --release --test fuzz_decoders`
//! is the long run.

#[path = "../common/mod.rs"]
mod common;

use std::collections::BTreeSet;
use std::path::{Path as FsPath, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use common::dispatch;
use common::scripted::{Reply, ScriptedServer};
use common::KEY;
use oz_agent_api::error::error_code_from_type;
use oz_agent_api::Error;
use oz_agent_api_fake::examples::{Fill, Generator};
use oz_agent_api_fake::spec::{Operation as SpecOperation, Spec};
use oz_agent_api_fake::validate::Validator;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::{json, Value};

#[allow(dead_code)] // `select` is for the fuzz target
#[path = "../../fuzz/response_types.rs"]
mod response_types;

use response_types::{same_json, Decoder, DECODERS};

mod deep_nesting_is_an_error_not_a_stack_overflow;
mod fixtures;
mod fuzz_findings_stay_fixed;
mod no_input_panics_and_what_decodes_round_trips;
mod spec_walk;
mod strategies;
mod the_decoders_and_fixtures_cover_the_spec;
mod the_error_path_never_panics;

use fixtures::*;
use spec_walk::*;
use strategies::*;
