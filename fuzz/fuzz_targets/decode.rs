//! Feeds arbitrary bytes to every response decoder of the crate (the first
//! byte picks the type; see `response_types.rs`) and to
//! `error_code_from_type`. A panic is a finding: a decode must fail with an
//! error, and a value that decodes must round-trip unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[allow(dead_code)] // the property test uses the rest
#[path = "../response_types.rs"]
mod response_types;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, body)) = data.split_first() else {
        return;
    };
    let _ = (response_types::select(selector).bytes)(body);
    // The problem `type` URI of an error body maps to a code without panicking.
    let _ = oz_agent_api::error::error_code_from_type(&String::from_utf8_lossy(body));
});
