//! Coverage cannot silently rot: every operation of the vendored spec must be
//! exercised by the wire tests in `tests/operations.rs` and by the shared
//! dispatcher the spec-driven and Prism tests use.

mod common;

fn snake_case(id: &str) -> String {
    let mut out = String::new();
    for (i, c) in id.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn source(file: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/{file}", env!("CARGO_MANIFEST_DIR"))).expect(file)
}

#[test]
fn every_spec_operation_has_a_dedicated_wire_test() {
    let tests = source("operations.rs");
    let missing: Vec<_> = common::spec_operations()
        .into_iter()
        .map(|op| snake_case(&op.id))
        .filter(|method| !tests.contains(&format!(".{method}()")))
        .collect();
    assert!(
        missing.is_empty(),
        "operations with no test in tests/operations.rs: {missing:?}"
    );
}

#[test]
fn every_spec_operation_is_reachable_through_the_shared_dispatcher() {
    let dispatcher = source("common/mod.rs");
    let missing: Vec<_> = common::spec_operations()
        .into_iter()
        .filter(|op| {
            !dispatcher.contains(&format!("\"{}\" =>", op.id))
                || !dispatcher.contains(&format!(".{}()", snake_case(&op.id)))
        })
        .map(|op| op.id)
        .collect();
    assert!(
        missing.is_empty(),
        "operations tests/common/mod.rs cannot call: {missing:?}"
    );
}

#[test]
fn run_agent_is_the_one_deprecated_operation_and_the_dispatcher_calls_it_explicitly() {
    // That a deprecated operation gets #[deprecated] is proven in
    // tests/build_script.rs; here: which operation it is in D.
    let deprecated: Vec<_> = common::spec_operations()
        .into_iter()
        .filter(|op| op.deprecated)
        .collect();
    assert_eq!(
        deprecated
            .iter()
            .map(|op| op.id.as_str())
            .collect::<Vec<_>>(),
        ["runAgent"]
    );
}
