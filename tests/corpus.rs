//! The generation pipeline over every published version of the spec
//! (`openapi/history/`, byte-identical copies) and the synthetic constructs
//! spec (`tests/specs/constructs.yml`): each generates (one client for every
//! feature set, httpmock helpers included) with no panic and no error, and
//! the result has one client method and one dispatcher entry per operation.
//!
//! Compiling what they generate is `.ci/run`'s job (it builds and tests the
//! client from the newest ones with `OZ_AGENT_API_SPEC`).

// The generator is compiled into the build script only with `codegen`.
#![cfg(feature = "codegen")]

#[path = "common/pipeline.rs"]
mod pipeline;

use std::path::PathBuf;

use serde_json::Value;

fn corpus() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut specs: Vec<PathBuf> = std::fs::read_dir(root.join("openapi/history"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "yml")))
        .collect();
    specs.sort();
    specs.push(root.join("tests/specs/constructs.yml"));
    specs
}

/// `(method, path, operationId)` of every operation of a spec.
fn operations(spec: &Value) -> Vec<(String, String, Option<String>)> {
    let mut out = Vec::new();
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            if [
                "get", "put", "post", "delete", "patch", "options", "head", "trace",
            ]
            .contains(&method.as_str())
            {
                out.push((
                    method.to_uppercase(),
                    path.clone(),
                    op["operationId"].as_str().map(str::to_owned),
                ));
            }
        }
    }
    out
}

#[test]
fn every_published_spec_and_the_constructs_generate_a_whole_client() {
    let specs = corpus();
    assert!(specs.len() >= 7, "A..G and the constructs: {specs:?}");
    for path in specs {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let spec: Value = serde_norway::from_str(&text).unwrap();
        let expected = operations(&spec);
        let (output, dir) = pipeline::run(Some(&text));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            output.status.success(),
            "{name}: generation failed: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
        let out = dir.path().join("out");
        let report: Value =
            serde_json::from_str(&std::fs::read_to_string(out.join("codegen.json")).unwrap())
                .unwrap();
        assert_eq!(
            report["operations"].as_u64(),
            Some(expected.len() as u64),
            "{name}: one rewritten send per operation"
        );
        let code = std::fs::read_to_string(out.join("oz_agent_api.rs")).unwrap();
        let dispatch = std::fs::read_to_string(out.join("dispatch.rs")).unwrap();
        let exported: Value =
            serde_json::from_str(&std::fs::read_to_string(out.join("openapi.json")).unwrap())
                .unwrap();
        for (method, route, _) in &expected {
            let id = exported["paths"][route][method.to_lowercase()]["operationId"]
                .as_str()
                .unwrap_or_else(|| panic!("{name}: {method} {route} has no operationId"));
            assert!(
                dispatch.contains(&format!("Operation {{ id: {id:?}")),
                "{name}: {id} is not in the dispatcher"
            );
        }
        assert_eq!(
            code.matches("pub async fn send(").count(),
            expected.len(),
            "{name}: one send per operation"
        );
        assert!(
            !code.contains("encode_path("),
            "{name}: every path parameter is confined"
        );
        let mocks = std::fs::read_to_string(out.join("oz_agent_api_httpmock.rs")).unwrap();
        assert!(!mocks.contains("compile_error!"), "{name}: {mocks}");
    }
}

#[test]
fn the_corpus_holds_the_published_specs_byte_for_byte() {
    // The copies are the published documents; `spec update` vendors one of
    // them byte for byte, so the vendored spec is always one of these.
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let vendored = std::fs::read(root.join("openapi/oz-agent-api.yml")).unwrap();
    let history: Vec<Vec<u8>> = corpus()
        .iter()
        .filter(|p| p.starts_with(root.join("openapi/history")))
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    assert!(
        history.contains(&vendored),
        "openapi/oz-agent-api.yml is not byte-identical to a spec in openapi/history/: add the newly vendored version there"
    );
}
