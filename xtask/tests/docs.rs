//! docs/spec-diff.md documents exactly the rules the code has.

mod common;

use common::*;

fn doc() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/spec-diff.md")).unwrap()
}

#[test]
fn doc_rule_table_matches_the_code() {
    let doc = doc();
    let start =
        doc.find("<!-- rules:begin -->\n").expect("begin marker") + "<!-- rules:begin -->\n".len();
    let end = doc.find("<!-- rules:end -->").expect("end marker");
    let table = stdout(&run(&["spec", "rules", "--format", "markdown"]));
    assert_eq!(
        &doc[start..end],
        table,
        "regenerate with: cargo xtask spec rules --format markdown"
    );
}

#[test]
fn every_rule_id_in_code_appears_in_the_doc_table() {
    let doc = doc();
    let rules: serde_json::Value =
        serde_json::from_str(&stdout(&run(&["spec", "rules", "--format", "json"]))).unwrap();
    for r in rules.as_array().unwrap() {
        let id = r["id"].as_str().unwrap();
        assert!(
            doc.contains(&format!("| `{id}` |")),
            "{id} missing from docs/spec-diff.md"
        );
    }
}

#[test]
fn every_rule_the_fixtures_produce_is_documented() {
    let doc = doc();
    for dir in [
        "operations",
        "parameters",
        "request-body",
        "responses",
        "schema-request",
        "schema-response",
        "schema-both",
        "oneof",
        "recursive",
        "security",
        "document",
        "cosmetic",
        "components",
    ] {
        for id in rules(&diff_fixture(dir)) {
            assert!(
                doc.contains(&format!("| `{id}` |")),
                "{id} (from {dir}) missing"
            );
        }
    }
}
