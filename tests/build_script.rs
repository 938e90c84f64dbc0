//! The build script itself, run directly (the binary cargo compiled for this
//! crate) against small specs: clear errors naming the file and the cause,
//! patches that report when they no longer apply, and re-runs limited to the
//! spec and the build script.

// The generator is compiled into the build script only with `codegen`.
#![cfg(feature = "codegen")]

#[path = "common/pipeline.rs"]
mod pipeline;

use std::process::Output;

/// Runs the build script on a crate directory whose spec is `spec` (None: no spec file).
fn run(spec: Option<&str>) -> (Output, tempfile::TempDir) {
    pipeline::run(spec)
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

const MINIMAL: &str = include_str!("specs/minimal.yml");

#[test]
fn a_missing_spec_fails_with_one_message_naming_the_file() {
    let (output, dir) = run(None);
    assert!(!output.status.success());
    let err = stderr(&output);
    let expected = format!(
        "error: oz-agent-api code generation failed: {}: cannot read the spec:",
        dir.path().join("openapi/oz-agent-api.yml").display()
    );
    assert!(err.starts_with(&expected), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "one clear line: {err}");
}

#[test]
fn an_html_page_instead_of_the_spec_fails_clearly() {
    let (output, _dir) = run(Some(
        "<!DOCTYPE html><html><body>404: Not Found</body></html>",
    ));
    assert!(!output.status.success());
    let err = stderr(&output);
    assert!(
        err.contains("openapi/oz-agent-api.yml: not a valid OpenAPI 3.0 document:"),
        "{err}"
    );
}

#[test]
fn a_truncated_spec_fails_clearly() {
    let (output, _dir) = run(Some(&MINIMAL[..MINIMAL.len() / 2]));
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("not a valid OpenAPI 3.0 document"),
        "{}",
        stderr(&output)
    );
}

/// MINIMAL with `extra` added to `getRun`'s parameters.
fn with_parameter(extra: &str) -> String {
    let spec = MINIMAL.replace(
        "          schema:\n            type: string\n      responses:",
        &format!("          schema:\n            type: string\n{extra}      responses:"),
    );
    assert_ne!(spec, MINIMAL);
    spec
}

/// The build succeeds without the operation `id` (`METHOD /path`), and says
/// so in one line, `operation ID (METHOD /path): CONSTRUCT`, where
/// `construct` is part of CONSTRUCT: in the build output, at the head of the
/// generated client and in `codegen.json`; no panic message, no backtrace.
fn assert_refused(output: &Output, dir: &tempfile::TempDir, operation: &str, construct: &str) {
    assert!(output.status.success(), "{}", stderr(output));
    let prefix = format!("operation {operation}: ");
    let out = stdout(output);
    let warnings: Vec<&str> = out
        .lines()
        .filter_map(|l| l.strip_prefix("cargo:warning=left out of the client: "))
        .collect();
    assert_eq!(warnings.len(), 1, "one line: {out}");
    let line = warnings[0];
    assert!(line.starts_with(&prefix), "{line}");
    assert!(line.contains(construct), "{line}");
    for text in [&out, &stderr(output)] {
        assert!(!text.contains("panicked at"), "no panic message: {text}");
        assert!(!text.contains("backtrace"), "no backtrace: {text}");
    }
    let code = std::fs::read_to_string(dir.path().join("out/oz_agent_api.rs")).unwrap();
    assert!(
        code.starts_with(&format!("// left out of the client: {line}\n")),
        "the generated client names it first: {}",
        &code[..code.len().min(600)]
    );
    let method = operation.split(' ').next().unwrap();
    let method = pipeline_method_name(method);
    assert!(
        !code.contains(&format!("pub fn {method}(&self)")),
        "{method} is left out"
    );
    let report: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("out/codegen.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(report["refused"], serde_json::json!([line]));
}

/// progenitor's method name for an operationId (`getRun` -> `get_run`).
fn pipeline_method_name(id: &str) -> String {
    let mut out = String::new();
    for c in id.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn a_request_body_the_client_cannot_send_is_refused_in_one_line_naming_the_operation() {
    let spec = MINIMAL.replace(
        "      parameters:",
        "      requestBody:\n        content:\n          multipart/form-data:\n            schema:\n              type: object\n      parameters:",
    );
    let (output, dir) = run(Some(&spec));
    assert_refused(
        &output,
        &dir,
        "getRun (GET /agent/runs/{runId})",
        "request body media type multipart/form-data (the client sends JSON, form, octet-stream or \
         text bodies)",
    );
}

#[test]
fn a_generator_panic_is_caught_and_the_operation_left_out_in_one_line() {
    // The generator hits a `todo!()` on a `not` schema.
    let spec = with_parameter(
        "        - name: ids\n          in: query\n          schema:\n            not:\n              type: string\n",
    );
    let (output, dir) = run(Some(&spec));
    assert_refused(
        &output,
        &dir,
        "getRun (GET /agent/runs/{runId})",
        "generator panic: not yet implemented: unhandled not schema",
    );
}

#[test]
fn an_enum_of_mixed_values_is_opened_into_any_json_value_with_the_values_in_its_docs() {
    // progenitor panics on it ("multiple implied types for an un-typed
    // enum"); opened, the type is any JSON value, and tomorrow's value decodes.
    let spec = format!("{MINIMAL}    Mixed:\n      enum: [1, \"a\"]\n");
    let (output, dir) = run(Some(&spec));
    assert!(output.status.success(), "{}", stderr(&output));
    let code = std::fs::read_to_string(dir.path().join("out/oz_agent_api.rs")).unwrap();
    let flat: String = code.split_whitespace().collect();
    assert!(
        flat.contains("pubstructMixed(pub::serde_json::Value)"),
        "{code}"
    );
    assert!(
        code.contains("Known values (this client accepts others too): `1`, `\"a\"`."),
        "{code}"
    );
}

#[test]
fn a_verbose_generator_error_is_cut_to_one_line() {
    // A query parameter described by `content` makes progenitor print the whole media type.
    let spec = with_parameter(
        "        - name: filter\n          in: query\n          content:\n            application/json:\n              schema:\n                type: object\n",
    );
    let (output, dir) = run(Some(&spec));
    assert_refused(
        &output,
        &dir,
        "getRun (GET /agent/runs/{runId})",
        "unexpected or unhandled format",
    );
    let out = stdout(&output);
    let line = out
        .lines()
        .find(|l| l.starts_with("cargo:warning=left out"))
        .unwrap();
    assert!(line.len() < 700, "{line}");
}

#[test]
fn two_operations_with_one_operation_id_are_both_named_from_their_method_and_path() {
    let spec = MINIMAL.replace(
        "paths:\n",
        "paths:\n  /agent/runs:\n    get:\n      operationId: getRun\n      responses:\n        '204':\n          description: none\n",
    );
    let (output, dir) = run(Some(&spec));
    assert!(output.status.success(), "{}", stderr(&output));
    let out = stdout(&output);
    for (label, derived) in [
        ("GET /agent/runs (getRun)", "getAgentRuns"),
        ("GET /agent/runs/{runId} (getRun)", "getAgentRunsRunId"),
    ] {
        assert!(
            out.lines().any(|l| l.starts_with(&format!(
                "cargo:warning=spec: {label} shares its operationId with "
            )) && l.contains(&format!("the client calls it `{derived}`"))),
            "{out}"
        );
    }
    let code = std::fs::read_to_string(dir.path().join("out/oz_agent_api.rs")).unwrap();
    assert!(code.contains("pub fn get_agent_runs(&self)"), "{code}");
    assert!(code.contains("pub fn get_agent_runs_run_id(&self)"));
    assert!(
        !code.contains("pub fn get_run(&self)"),
        "neither keeps the shared id"
    );
    assert!(!out.contains("left out of the client"), "{out}");
}

#[test]
fn an_operation_without_an_operation_id_is_named_from_its_method_and_path() {
    let spec = MINIMAL.replace("      operationId: getRun\n", "");
    assert_ne!(spec, MINIMAL);
    let (output, dir) = run(Some(&spec));
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).contains(
            "cargo:warning=spec: GET /agent/runs/{runId} has no operationId; the client calls it \
             `getAgentRunsRunId`"
        ),
        "{}",
        stdout(&output)
    );
    let code = std::fs::read_to_string(dir.path().join("out/oz_agent_api.rs")).unwrap();
    assert!(code.contains("pub fn get_agent_runs_run_id(&self)"));
}

#[test]
fn deep_object_query_parameters_get_setters_that_encode_pairs() {
    let spec = with_parameter(
        "        - name: metadata\n          in: query\n          style: deepObject\n          schema:\n            type: object\n            additionalProperties:\n              type: string\n        - name: labels\n          in: query\n          required: true\n          style: deepObject\n          schema:\n            type: object\n",
    );
    let (output, dir) = run(Some(&spec));
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(!stdout(&output).contains("cargo:warning=spec parameter omitted"));
    let code = std::fs::read_to_string(dir.path().join("out/oz_agent_api.rs")).unwrap();
    assert!(
        code.contains("pub fn metadata<I, K, V>(mut self, pairs: I) -> Self"),
        "{code}"
    );
    assert!(code.contains("pub fn labels<I, K, V>(mut self, pairs: I) -> Self"));
    let flat: String = code.split_whitespace().collect();
    assert!(flat.contains(
        "crate::transport::append_deep_object(&mutrequest,\"metadata\",metadata.as_deref(),);"
    ));
    assert!(
        code.contains("\"`labels` is required\""),
        "a required one is checked in send"
    );
    let report: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("out/codegen.json")).unwrap(),
    )
    .unwrap();
    assert!(report["rules_applied"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r == "GET /agent/runs/{runId} (getRun): deepObject query parameter `metadata` encoded by the rewrite"));
}

#[test]
fn a_parameter_that_nests_an_array_or_object_in_an_array_or_object_is_refused_in_one_line() {
    // No style of OpenAPI writes `[[1, 2], [3]]` or `{"labels": ["a"]}` as text.
    for (location, parameter) in [
        (
            "query",
            "        - name: ids\n          in: query\n          schema:\n            type: array\n            items:\n              type: array\n              items:\n                type: integer\n",
        ),
        (
            "header",
            "        - name: X-Filter\n          in: header\n          schema:\n            type: object\n            properties:\n              labels:\n                type: array\n                items:\n                  type: string\n",
        ),
        (
            "query",
            "        - name: ids\n          in: query\n          style: form\n          explode: false\n          schema:\n            type: object\n            additionalProperties:\n              $ref: '#/components/schemas/Run'\n",
        ),
    ] {
        let (output, dir) = run(Some(&with_parameter(parameter)));
        let name = parameter.split("name: ").nth(1).unwrap().split('\n').next().unwrap();
        assert_refused(
            &output,
            &dir,
            "getRun (GET /agent/runs/{runId})",
            &format!(
                "{location} parameter `{name}` nests an array or object inside an array or object \
                 (OpenAPI defines no serialization for a nested value in a parameter)"
            ),
        );
    }
}

#[test]
fn a_form_query_parameter_without_explode_is_sent_as_one_pair() {
    let spec = with_parameter(
        "        - name: ids\n          in: query\n          style: form\n          explode: false\n          schema:\n            type: array\n            items:\n              type: string\n        - name: tags\n          in: query\n          schema:\n            type: array\n            items:\n              type: string\n",
    );
    let (output, dir) = run(Some(&spec));
    assert!(output.status.success(), "{}", stderr(&output));
    let code = std::fs::read_to_string(dir.path().join("out/oz_agent_api.rs")).unwrap();
    let flat: String = code.split_whitespace().collect();
    assert!(
        flat.contains(".query(&crate::transport::FormFlat::new(\"ids\",&ids))"),
        "{code}"
    );
    assert!(
        flat.contains(".query(&progenitor_client::QueryParam::new(\"tags\",&tags))"),
        "an exploded one is progenitor's: {code}"
    );
    assert!(!stdout(&output).contains("left out of the client"));
}

#[test]
fn a_fixed_upstream_defect_is_reported_and_the_client_still_generates() {
    let (output, dir) = run(Some(MINIMAL));
    assert!(output.status.success(), "{}", stderr(&output));
    let out = stdout(&output);
    assert!(
        out.contains(
            "cargo:warning=spec patch `dedupe_list_agents_operation_id` no longer applies"
        ),
        "{out}"
    );
    let code = std::fs::read_to_string(dir.path().join("out/oz_agent_api.rs")).unwrap();
    assert!(code.contains("pub fn get_run(&self)"));
    assert!(code.contains("Unrecognized(::std::string::String)"));
    let report: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("out/codegen.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(report["operations"], 1);
    assert_eq!(report["patches_applied"], serde_json::json!([]));
}

#[test]
fn codegen_reruns_only_when_the_spec_or_the_build_script_changes() {
    let (output, _dir) = run(Some(MINIMAL));
    let mut watched: Vec<_> = stdout(&output)
        .lines()
        .filter_map(|l| l.strip_prefix("cargo:rerun-if-changed="))
        .map(str::to_owned)
        .collect();
    watched.sort();
    let mut expected = vec!["build.rs".to_owned(), "openapi/oz-agent-api.yml".to_owned()];
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/build")).unwrap() {
        expected.push(format!(
            "build/{}",
            entry.unwrap().file_name().to_string_lossy()
        ));
    }
    expected.sort();
    assert_eq!(
        watched, expected,
        "src/ must not be watched, every build/ file must be"
    );
}

#[test]
fn an_operation_colliding_with_a_hand_written_client_method_is_left_out_naming_both() {
    let spec = MINIMAL.replace("operationId: getRun", "operationId: retryPolicy");
    let (output, dir) = run(Some(&spec));
    assert_refused(
        &output,
        &dir,
        "retryPolicy (GET /agent/runs/{runId})",
        "it would generate `Client::retry_policy`, which the hand-written layer in src/ also defines",
    );
}

/// What `src/` still defines inherently on `Client`: constructors and
/// configuration getters. Compound operations (waits, fleets, follow-ups,
/// lookups, downloads) live on the `ClientExt` trait, where an operation of
/// the same name cannot collide with them.
const INHERENT_CLIENT_METHODS: &[&str] = &[
    "base_url",
    "builder",
    "from_env",
    "new",
    "retry_policy",
    "retry_tokens",
];

/// The names of the functions in every `impl Client {` block of `src/`.
fn inherent_client_methods_in_src() -> Vec<String> {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut found = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(format!("{root}/src"))];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for block in text.split("\nimpl Client {").skip(1) {
                let block = &block[..block.find("\n}").unwrap()];
                for line in block.lines() {
                    let line = line.strip_prefix("    ").unwrap_or("");
                    let line = line
                        .trim_start_matches("pub(crate) ")
                        .trim_start_matches("pub ")
                        .trim_start_matches("async ");
                    if let Some(rest) = line.strip_prefix("fn ") {
                        found.push(rest[..rest.find(['(', '<']).unwrap()].to_owned());
                    }
                }
            }
        }
    }
    found.sort();
    found
}

#[test]
fn src_defines_no_inherent_compound_client_method() {
    assert_eq!(
        inherent_client_methods_in_src(),
        INHERENT_CLIENT_METHODS,
        "an inherent `impl Client` method in src/ that is not a constructor or a configuration \
         getter belongs on `ClientExt` (src/ext.rs)"
    );
}

#[test]
fn the_generator_refuses_every_inherent_client_method_of_src() {
    let root = env!("CARGO_MANIFEST_DIR");
    let rewrite = std::fs::read_to_string(format!("{root}/build/rewrite.rs")).unwrap();
    let list = rewrite
        .split("HAND_WRITTEN_CLIENT_METHODS: &[&str] = &[")
        .nth(1)
        .unwrap();
    let listed: Vec<&str> = list[..list.find("];").unwrap()]
        .split('"')
        .skip(1)
        .step_by(2)
        .collect();
    for name in inherent_client_methods_in_src() {
        assert!(
            listed.contains(&name.as_str()),
            "`Client::{name}` is defined in src/ but missing from HAND_WRITTEN_CLIENT_METHODS in \
             build/rewrite.rs"
        );
    }
}

#[test]
fn an_operation_the_spec_deprecates_is_deprecated_in_the_client() {
    let spec = MINIMAL.replace(
        "      operationId: getRun\n",
        "      operationId: getRun\n      deprecated: true\n",
    );
    assert_ne!(spec, MINIMAL);
    let (output, dir) = run(Some(&spec));
    assert!(output.status.success(), "{}", stderr(&output));
    let code = std::fs::read_to_string(dir.path().join("out/oz_agent_api.rs")).unwrap();
    let method = code
        .find("pub fn get_run(&self)")
        .expect("the client method");
    let attribute = code[..method]
        .rfind("#[deprecated(")
        .expect("a #[deprecated] attribute");
    assert!(
        !code[attribute..method].contains("pub fn"),
        "the attribute belongs to get_run"
    );
    let (plain, plain_dir) = run(Some(MINIMAL));
    assert!(plain.status.success());
    let plain_code = std::fs::read_to_string(plain_dir.path().join("out/oz_agent_api.rs")).unwrap();
    assert!(
        !plain_code.contains("#[deprecated("),
        "the attribute comes from the spec"
    );
}

#[test]
fn every_path_parameter_of_any_spec_goes_through_path_segment() {
    // Two parameters in one path, one of them an integer.
    let spec = MINIMAL
        .replace("/agent/runs/{runId}:", "/teams/{teamId}/runs/{runId}/events:")
        .replace(
            "      parameters:\n",
            "      parameters:\n        - name: teamId\n          in: path\n          required: true\n          schema:\n            type: integer\n",
        );
    assert_ne!(spec, MINIMAL);
    let (output, dir) = run(Some(&spec));
    assert!(output.status.success(), "{}", stderr(&output));
    let code = std::fs::read_to_string(dir.path().join("out/oz_agent_api.rs")).unwrap();
    let flat: String = code.split_whitespace().collect();
    assert!(
        flat.contains(r#""{}/teams/{}/runs/{}/events",client.baseurl,crate::path::segment("team_id",&crate::path::simple_param("team_id",&team_id)?)?,crate::path::segment("run_id",&crate::path::simple_param("run_id",&run_id)?)?"#),
        "{code}"
    );
    assert!(
        !flat.contains("encode_path("),
        "no path parameter bypasses crate::path::segment"
    );
}

/// MINIMAL with a `createRun` operation on `POST /agent/runs` (`body`: its
/// `requestBody`, or none).
fn with_create_run(method: &str, body: bool) -> String {
    let request_body = if body {
        "      requestBody:\n        required: true\n        content:\n          application/json:\n            schema:\n              type: object\n              properties:\n                prompt:\n                  type: string\n"
    } else {
        ""
    };
    let operation = format!(
        "  /agent/runs:\n    {method}:\n      operationId: createRun\n{request_body}      responses:\n        '200':\n          description: Created\n          content:\n            application/json:\n              schema:\n                $ref: '#/components/schemas/Run'\n"
    );
    let spec = MINIMAL.replace("paths:\n", &format!("paths:\n{operation}"));
    assert_ne!(spec, MINIMAL);
    spec
}

#[test]
fn create_run_hands_its_request_to_the_exactly_once_hook() {
    let (output, dir) = run(Some(&with_create_run("post", true)));
    assert!(output.status.success(), "{}", stderr(&output));
    let code = std::fs::read_to_string(dir.path().join("out/oz_agent_api.rs")).unwrap();
    assert_eq!(
        code.matches("crate::exactly_once::create_run(client, request, &body, &info)")
            .count(),
        1,
        "createRun's send, and nothing else"
    );
    // The hook encodes the body: the request reaches it without one.
    let send = &code[code.find("pub struct CreateRun<").unwrap()..];
    let send = &send[..send.find("crate::exactly_once::create_run").unwrap()];
    assert!(!send.contains(".json(&body)"), "{send}");
}

#[test]
fn a_spec_without_create_run_gets_no_lifecycle_hook() {
    let (output, dir) = run(Some(MINIMAL));
    assert!(output.status.success(), "{}", stderr(&output));
    let code = std::fs::read_to_string(dir.path().join("out/oz_agent_api.rs")).unwrap();
    assert!(!code.contains("exactly_once"));
}

#[test]
fn a_create_run_of_another_shape_is_left_out_naming_the_hook() {
    for (method, body) in [("get", false), ("post", false)] {
        let (output, dir) = run(Some(&with_create_run(method, body)));
        assert_refused(
            &output,
            &dir,
            &format!("createRun ({} /agent/runs)", method.to_ascii_uppercase()),
            "lifecycle hook create_run -> crate::exactly_once::create_run (LIFECYCLE_HOOKS in build/rewrite.rs) needs a POST",
        );
    }
}

#[path = "../build/stamp.rs"]
mod stamp;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

#[test]
fn the_committed_client_is_what_the_generator_makes_from_the_vendored_spec() {
    let root = std::path::Path::new(ROOT);
    let spec = std::fs::read_to_string(root.join(stamp::SPEC)).unwrap();
    let (output, dir) = run(Some(&spec));
    assert!(output.status.success(), "{}", stderr(&output));
    let stale: Vec<_> = stamp::FILES
        .iter()
        .filter(|file| {
            std::fs::read(dir.path().join("out").join(file)).unwrap()
                != std::fs::read(root.join(stamp::GENERATED_DIR).join(file)).unwrap()
        })
        .collect();
    assert!(
        stale.is_empty(),
        "generated/ is stale ({stale:?} differ from what the generator makes from {}): \
         run `cargo xtask codegen` and commit the result",
        stamp::SPEC
    );
}

#[test]
fn the_committed_stamp_matches_the_spec_the_generator_and_the_committed_files() {
    let root = std::path::Path::new(ROOT);
    let committed = std::fs::read_to_string(root.join(stamp::STAMP)).unwrap();
    let actual = stamp::stamp(
        root,
        &root.join(stamp::SPEC),
        &root.join(stamp::GENERATED_DIR),
    )
    .unwrap();
    assert_eq!(
        actual, committed,
        "the default build would refuse generated/: run `cargo xtask codegen`"
    );
}

/// A copy of what the default build's stamp check reads: the spec, the
/// generator's sources and the committed client.
fn stamped_tree() -> tempfile::TempDir {
    let root = std::path::Path::new(ROOT);
    let dir = tempfile::tempdir().unwrap();
    let files = stamp::GENERATOR
        .iter()
        .map(|f| f.to_string())
        .chain([stamp::SPEC.to_owned(), stamp::STAMP.to_owned()])
        .chain(
            stamp::FILES
                .iter()
                .map(|f| format!("{}/{f}", stamp::GENERATED_DIR)),
        );
    for file in files {
        let to = dir.path().join(&file);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(root.join(&file), to).unwrap();
    }
    dir
}

fn stamp_differences(dir: &std::path::Path) -> Vec<String> {
    let committed = std::fs::read_to_string(dir.join(stamp::STAMP)).unwrap();
    let actual =
        stamp::stamp(dir, &dir.join(stamp::SPEC), &dir.join(stamp::GENERATED_DIR)).unwrap();
    stamp::differences(&actual, &committed)
}

fn append(path: &std::path::Path, text: &str) {
    let mut bytes = std::fs::read(path).unwrap();
    bytes.extend_from_slice(text.as_bytes());
    std::fs::write(path, bytes).unwrap();
}

#[test]
fn the_stamp_names_a_re_vendored_spec_an_edited_generator_and_an_edited_committed_file() {
    let dir = stamped_tree();
    assert_eq!(stamp_differences(dir.path()), Vec::<String>::new());

    append(&dir.path().join(stamp::SPEC), "\n# re-vendored\n");
    assert_eq!(stamp_differences(dir.path()), ["spec"]);

    let dir = stamped_tree();
    append(&dir.path().join("build/rewrite.rs"), "\n// edited\n");
    assert_eq!(stamp_differences(dir.path()), ["generator"]);

    let dir = stamped_tree();
    append(
        &dir.path().join("generated/oz_agent_api.rs"),
        "\n// hand-edited\n",
    );
    assert_eq!(stamp_differences(dir.path()), ["generated/oz_agent_api.rs"]);
}

#[test]
fn a_checkout_with_crlf_line_endings_stamps_the_same() {
    let dir = stamped_tree();
    for file in [stamp::SPEC, "build/normalize.rs", "generated/dispatch.rs"] {
        let path = dir.path().join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, text.replace('\n', "\r\n")).unwrap();
    }
    assert_eq!(stamp_differences(dir.path()), Vec::<String>::new());
}

/// MINIMAL with `getRun` given `operation` security and the document
/// `global` security (each a YAML line, or empty).
fn with_security(global: &str, operation: &str) -> String {
    let mut spec = MINIMAL.replace(
        "      operationId: getRun\n",
        &format!("      operationId: getRun\n{operation}"),
    );
    spec = spec.replace("paths:\n", &format!("{global}paths:\n"));
    spec
}

#[test]
fn only_operations_whose_security_asks_for_nothing_are_sent_without_the_key() {
    let cases = [
        ("", "      security: []\n", true),
        ("", "      security: [{}]\n", true),
        (
            "",
            "      security: [{bearerAuth: []}, {}]\n",
            false, // optional authentication: the key changes the answer
        ),
        ("", "      security: [{bearerAuth: []}]\n", false),
        ("", "", false), // silence is not a promise
        ("security: []\n", "", true),
        (
            "security: [{bearerAuth: []}]\n",
            "      security: []\n",
            true,
        ),
        (
            "security: []\n",
            "      security: [{bearerAuth: []}]\n",
            false,
        ),
    ];
    for (global, operation, anonymous) in cases {
        let (output, dir) = run(Some(&with_security(global, operation)));
        assert!(output.status.success(), "{}", stderr(&output));
        let code = std::fs::read_to_string(dir.path().join("out/oz_agent_api.rs")).unwrap();
        let list = code
            .lines()
            .find(|l| l.starts_with("pub(crate) const ANONYMOUS_OPERATIONS"))
            .unwrap_or_else(|| panic!("no ANONYMOUS_OPERATIONS in the client"));
        let expected = if anonymous {
            r#"pub(crate) const ANONYMOUS_OPERATIONS: &[&str] = &["get_run"];"#
        } else {
            "pub(crate) const ANONYMOUS_OPERATIONS: &[&str] = &[];"
        };
        assert_eq!(list, expected, "global {global:?}, operation {operation:?}");
    }
}

#[test]
fn a_body_given_whole_is_held_as_given_and_body_map_still_edits_its_builder() {
    let spec = MINIMAL.replace(
        "components:\n",
        "  /agent/runs:\n    post:\n      operationId: createRun\n      requestBody:\n        required: true\n        content:\n          application/json:\n            schema:\n              $ref: '#/components/schemas/Run'\n      responses:\n        '200':\n          description: Created\n          content:\n            application/json:\n              schema:\n                $ref: '#/components/schemas/Run'\ncomponents:\n",
    );
    let (output, dir) = run(Some(&spec));
    assert!(output.status.success(), "{}", stderr(&output));
    let code = std::fs::read_to_string(dir.path().join("out/oz_agent_api.rs")).unwrap();
    let flat: String = code.split_whitespace().collect();
    // The builder holds the value given whole, not progenitor's builder of it…
    assert!(
        flat.contains(
            "body:::std::result::Result<crate::typed_body::TypedBody<types::Run,types::builder::Run>,"
        ),
        "{code}"
    );
    assert!(
        !flat.contains("body:Result<types::builder::Run,String>"),
        "{code}"
    );
    // …`body_map` edits the builder made from it, and `send` takes the value
    // (or the builder's checked value) without converting back.
    assert!(
        flat.contains("self.body=self.body.map(|body|body.edit(f));"),
        "{code}"
    );
    assert!(
        flat.contains("crate::typed_body::TypedBody::into_value(v)"),
        "{code}"
    );
    assert!(!flat.contains("types::Run::try_from(v)"), "{code}");
}
