//! The docs say what the code does: docs/spec-diff.md documents exactly the
//! rules the code has, and the docs a newcomer reads first name the versions
//! the manifests have.

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

/// The docs a newcomer reads first name the versions the manifests have:
/// the README's `oz-agent-api = "…"`, the fake's `oz-agent-api-fake = "…"`
/// (`cargo xtask spec update` keeps them in step when it bumps).
#[test]
fn the_docs_name_the_versions_in_cargo_toml() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let drift = xtask::workspace::doc_version_drift(&root);
    assert!(drift.is_empty(), "{}", drift.join("\n"));
    // The check reads what it should: the README names the crate's version.
    let docs = xtask::workspace::versioned_docs(&root);
    assert!(docs.iter().any(|d| d.ends_with("README.md")), "{docs:?}");
    assert!(
        docs.iter().any(|d| d.ends_with("fake/src/lib.rs")),
        "{docs:?}"
    );
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    assert_eq!(
        xtask::version::doc_requirements(&readme, "oz-agent-api").len(),
        1,
        "the README's usage names the crate once"
    );
}

#[test]
fn a_doc_naming_another_version_is_reported_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::write(
        p.join("Cargo.toml"),
        "[package]\nname = \"oz-agent-api\"\nversion = \"0.3.0\"\n\n[workspace]\nmembers = [\".\", \"fake\"]\n",
    )
    .unwrap();
    std::fs::create_dir_all(p.join("fake/src")).unwrap();
    std::fs::write(
        p.join("fake/Cargo.toml"),
        "[package]\nname = \"oz-agent-api-fake\"\nversion = \"0.1.0\"\n",
    )
    .unwrap();
    std::fs::write(
        p.join("README.md"),
        "```toml\noz-agent-api = \"0.1\"\noz-agent-api-fake = \"0.1\"\n```\n",
    )
    .unwrap();
    std::fs::write(
        p.join("fake/src/lib.rs"),
        "//! oz-agent-api-fake = \"0.2\"\n",
    )
    .unwrap();
    // The changelog names past versions on purpose.
    std::fs::write(p.join("CHANGELOG.md"), "oz-agent-api = \"0.1\"\n").unwrap();
    let drift = xtask::workspace::doc_version_drift(p);
    assert_eq!(drift.len(), 2, "{drift:?}");
    assert!(
        drift[0].starts_with("README.md:2: oz-agent-api = \"0.1\", but its Cargo.toml says 0.3.0"),
        "{drift:?}"
    );
    assert!(
        drift[1].starts_with("fake/src/lib.rs:1: oz-agent-api-fake = \"0.2\""),
        "{drift:?}"
    );
}
