//! Property tests of every response decoder: nothing a server sends can make
//! decoding panic, what decodes round-trips unchanged, and members and enum
//! values this version does not know survive a decode and re-encode.
//!
//! Inputs are arbitrary bytes, JSON token soup, and structured mutations of
//! the fixtures in `tests/fixtures/responses/<Type>/*.json` (one directory
//! per response type). The list of decoders is `fuzz/response_types.rs`,
//! shared with the cargo-fuzz target, whose seed corpus
//! (`fuzz/corpus/decode/`, git-ignored) is written from the same fixtures by
//! `OZ_WRITE_FUZZ_CORPUS=1 cargo test --all-features --test fuzz_decoders seed`.
//!
//! Each property runs `PROPTEST_CASES` cases (256 by default, a few seconds
//! in all); `PROPTEST_CASES=100000 cargo test --release --test fuzz_decoders`
//! is the long run.

mod common;

use std::collections::BTreeSet;
use std::path::{Path as FsPath, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use common::scripted::{Reply, ScriptedServer};
use common::KEY;
use oz_agent_api::error::error_code_from_type;
use oz_agent_api::Error;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::{json, Value};

#[allow(dead_code)] // `select` is for the fuzz target
#[path = "../fuzz/response_types.rs"]
mod response_types;

use response_types::{same_json, Decoder, DECODERS};

// ---------------------------------------------------------------------------
// Fixtures and the spec

fn fixtures_dir() -> PathBuf {
    FsPath::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/responses")
}

/// One fixture: a response body as the API sends it.
struct Fixture {
    decoder: &'static Decoder,
    /// `<Type>/<case>`.
    name: String,
    bytes: Vec<u8>,
    /// The body decoded and serialized again.
    canonical: Value,
    /// Where a mutation can add what this version does not know.
    slots: Vec<(Path, Slot)>,
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Seg {
    Key(String),
    Index(usize),
}

type Path = Vec<Seg>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slot {
    /// An object that keeps members it does not know (a struct with `extra`).
    Object,
    /// A string that is an open enum's value or a union's discriminator.
    Enum,
}

fn decoder(name: &str) -> &'static Decoder {
    DECODERS
        .iter()
        .find(|d| d.name == name)
        .unwrap_or_else(|| panic!("no decoder for {name}"))
}

fn fixtures() -> &'static [Fixture] {
    static FIXTURES: OnceLock<Vec<Fixture>> = OnceLock::new();
    FIXTURES.get_or_init(|| {
        let spec = Spec::load();
        let mut out = Vec::new();
        let mut types: Vec<_> = std::fs::read_dir(fixtures_dir())
            .expect("tests/fixtures/responses")
            .map(|e| e.unwrap().path())
            .collect();
        types.sort();
        for dir in types {
            let type_name = dir.file_name().unwrap().to_str().unwrap().to_owned();
            let decoder = decoder(&type_name);
            let mut files: Vec<_> = std::fs::read_dir(&dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                .collect();
            files.sort();
            for file in files {
                let name = format!(
                    "{type_name}/{}",
                    file.file_stem().unwrap().to_str().unwrap()
                );
                let bytes = std::fs::read(&file).unwrap();
                let canonical = (decoder.bytes)(&bytes)
                    .unwrap_or_else(|e| panic!("fixture {name} does not decode: {e}"));
                let mut slots = Vec::new();
                let mut stray = Vec::new();
                match type_name.as_str() {
                    "String" => {}
                    "Map" => slots.push((Path::new(), Slot::Object)),
                    schema => spec.walk(
                        &json!({ "$ref": format!("#/components/schemas/{schema}") }),
                        &canonical,
                        &mut Path::new(),
                        &mut slots,
                        &mut stray,
                    ),
                }
                assert!(
                    stray.is_empty(),
                    "fixture {name}: members the spec does not define (name unknown ones x_future_*): {stray:?}"
                );
                out.push(Fixture {
                    decoder,
                    name,
                    bytes,
                    canonical,
                    slots,
                });
            }
        }
        out
    })
}

/// The vendored spec's component schemas, to find where unknown members and
/// enum values may go.
struct Spec {
    schemas: serde_json::Map<String, Value>,
}

impl Spec {
    fn load() -> Spec {
        let text = std::fs::read_to_string(
            FsPath::new(env!("CARGO_MANIFEST_DIR")).join("openapi/oz-agent-api.yml"),
        )
        .unwrap();
        let spec: Value = serde_norway::from_str(&text).unwrap();
        Spec {
            schemas: spec["components"]["schemas"].as_object().unwrap().clone(),
        }
    }

    /// Follows `$ref` and single-member `allOf` wrappers.
    fn resolve<'a>(&'a self, mut schema: &'a Value) -> &'a Value {
        loop {
            if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
                let name = r.rsplit('/').next().unwrap();
                schema = self
                    .schemas
                    .get(name)
                    .unwrap_or_else(|| panic!("no schema {name}"));
            } else if let Some([only]) = schema
                .get("allOf")
                .and_then(Value::as_array)
                .map(|v| &v[..])
            {
                schema = only;
            } else {
                return schema;
            }
        }
    }

    /// Records the slots of `doc` (a value of `schema`), and in `stray` the
    /// members of known objects that the spec does not define.
    fn walk(
        &self,
        schema: &Value,
        doc: &Value,
        path: &mut Path,
        slots: &mut Vec<(Path, Slot)>,
        stray: &mut Vec<String>,
    ) {
        let schema = self.resolve(schema);
        if schema.get("oneOf").is_some() {
            let discriminator = &schema["discriminator"];
            let property = discriminator["propertyName"].as_str().unwrap();
            let tag = doc.get(property).and_then(Value::as_str);
            if tag.is_some() {
                let mut at = path.clone();
                at.push(Seg::Key(property.to_owned()));
                slots.push((at, Slot::Enum));
            }
            if let Some(target) = tag.and_then(|t| discriminator["mapping"].get(t)) {
                self.walk(&json!({ "$ref": target }), doc, path, slots, stray);
            }
            // An unknown tag: the union keeps the whole value as it came.
            return;
        }
        if schema.get("enum").is_some() {
            if doc.is_string() {
                slots.push((path.clone(), Slot::Enum));
            }
            return;
        }
        match doc {
            Value::Array(items) => {
                if let Some(item) = schema.get("items") {
                    for (i, v) in items.iter().enumerate() {
                        path.push(Seg::Index(i));
                        self.walk(item, v, path, slots, stray);
                        path.pop();
                    }
                }
            }
            Value::Object(members) => {
                if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
                    slots.push((path.clone(), Slot::Object));
                    for (k, v) in members {
                        path.push(Seg::Key(k.clone()));
                        match properties.get(k) {
                            Some(p) => self.walk(p, v, path, slots, stray),
                            None if k.starts_with("x_future") => {}
                            None => stray.push(format!("{path:?}")),
                        }
                        path.pop();
                    }
                } else if let Some(values) =
                    schema.get("additionalProperties").filter(|a| a.is_object())
                {
                    for (k, v) in members {
                        path.push(Seg::Key(k.clone()));
                        self.walk(values, v, path, slots, stray);
                        path.pop();
                    }
                }
                // Otherwise a free-form object: anything goes.
            }
            _ => {}
        }
    }
}

fn at_mut<'a>(doc: &'a mut Value, path: &[Seg]) -> &'a mut Value {
    path.iter().fold(doc, |v, seg| match seg {
        Seg::Key(k) => &mut v[k.as_str()],
        Seg::Index(i) => &mut v[*i],
    })
}

/// Every node of `doc`, root first.
fn all_paths(doc: &Value) -> Vec<Path> {
    fn go(v: &Value, path: &mut Path, out: &mut Vec<Path>) {
        out.push(path.clone());
        match v {
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    path.push(Seg::Index(i));
                    go(item, path, out);
                    path.pop();
                }
            }
            Value::Object(members) => {
                for (k, item) in members {
                    path.push(Seg::Key(k.clone()));
                    go(item, path, out);
                    path.pop();
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    go(doc, &mut Path::new(), &mut out);
    out
}

// ---------------------------------------------------------------------------
// Coverage of the list and of the fixtures

/// The decoder name of each operation's JSON success response, from the spec.
fn spec_response_types() -> BTreeSet<String> {
    let text = std::fs::read_to_string(
        FsPath::new(env!("CARGO_MANIFEST_DIR")).join("openapi/oz-agent-api.yml"),
    )
    .unwrap();
    let spec: Value = serde_norway::from_str(&text).unwrap();
    let mut out = BTreeSet::new();
    for item in spec["paths"].as_object().unwrap().values() {
        for op in item.as_object().unwrap().values() {
            let Some(responses) = op.get("responses").and_then(Value::as_object) else {
                continue;
            };
            for (status, response) in responses {
                if !status.starts_with('2') {
                    continue;
                }
                let Some(schema) = response.pointer("/content/application~1json/schema") else {
                    continue;
                };
                let name = match (
                    schema.get("$ref"),
                    schema.get("type").and_then(Value::as_str),
                ) {
                    (Some(r), _) => r.as_str().unwrap().rsplit('/').next().unwrap().to_owned(),
                    (None, Some("string")) => "String".to_owned(),
                    (None, Some("object")) => "Map".to_owned(),
                    other => panic!("{status} response of an unexpected shape: {other:?}"),
                };
                out.insert(name);
            }
        }
    }
    out.insert("Error".to_owned());
    out
}

#[test]
fn every_json_response_of_every_operation_has_a_decoder_and_fixtures() {
    let expected = spec_response_types();
    let listed: BTreeSet<String> = DECODERS.iter().map(|d| d.name.to_owned()).collect();
    assert_eq!(
        listed, expected,
        "fuzz/response_types.rs must list exactly the spec's JSON response types"
    );
    let with_fixtures: BTreeSet<String> = fixtures()
        .iter()
        .map(|f| f.decoder.name.to_owned())
        .collect();
    assert_eq!(
        with_fixtures, expected,
        "every response type needs a fixture"
    );
}

#[test]
fn fixtures_decode_and_lose_nothing_but_empty_members() {
    // Members a round trip may drop: null, [] and {} of optional members.
    fn covered(original: &Value, canonical: &Value, at: &str) {
        match (original, canonical) {
            (Value::Object(o), Value::Object(c)) => {
                for (k, v) in o {
                    match c.get(k) {
                        Some(cv) => covered(v, cv, &format!("{at}/{k}")),
                        None => assert!(
                            v.is_null()
                                || v.as_array().is_some_and(Vec::is_empty)
                                || v.as_object().is_some_and(serde_json::Map::is_empty),
                            "{at}/{k} was lost: {v}"
                        ),
                    }
                }
            }
            (Value::Array(o), Value::Array(c)) => {
                assert_eq!(o.len(), c.len(), "{at}");
                for (i, (a, b)) in o.iter().zip(c).enumerate() {
                    covered(a, b, &format!("{at}/{i}"));
                }
            }
            // Dates come back in one canonical form; every other leaf unchanged.
            (Value::String(a), Value::String(b)) if a != b => {
                let (a, b) = (
                    chrono::DateTime::parse_from_rfc3339(a),
                    chrono::DateTime::parse_from_rfc3339(b),
                );
                assert!(a.is_ok() && a == b, "{at}: {a:?} became {b:?}");
            }
            (a, b) => assert_eq!(a, b, "{at}"),
        }
    }
    let fixtures = fixtures();
    assert!(fixtures.len() >= 30, "{}", fixtures.len());
    for f in fixtures {
        let original: Value = serde_json::from_slice(&f.bytes).unwrap();
        covered(&original, &f.canonical, &f.name);
    }
    // The fixtures reach every kind of content block and artifact.
    let all = fixtures
        .iter()
        .map(|f| f.canonical.to_string())
        .collect::<String>();
    for needle in [
        r#""type":"text""#,
        r#""type":"action""#,
        r#""type":"action_result""#,
        r#""type":"event""#,
        r#""type":"reasoning""#,
        r#""artifact_type":"PLAN""#,
        r#""artifact_type":"PULL_REQUEST""#,
        r#""artifact_type":"SCREENSHOT""#,
        r#""artifact_type":"FILE""#,
        r#""artifact_type":"VIDEO""#,
    ] {
        assert!(all.contains(needle), "no fixture has {needle}");
    }
}

#[test]
fn unknown_values_in_the_fixtures_decode_as_unrecognized_and_survive() {
    use oz_agent_api::types::{
        ArtifactItem, ArtifactResponse, ConversationContentBlock, ConversationResponse, RunItem,
        RunState,
    };
    let run: RunItem =
        serde_json::from_slice(&std::fs::read(fixtures_dir().join("RunItem/future.json")).unwrap())
            .unwrap();
    assert_eq!(run.state, RunState::Unrecognized("ARCHIVING".into()));
    assert!(
        matches!(&run.artifacts[0], ArtifactItem::Unrecognized(v) if v["data"]["seconds"] == 12.5)
    );
    assert!(matches!(&run.artifacts[1], ArtifactItem::Unrecognized(_)));
    let ArtifactItem::PullRequestArtifact(pr) = &run.artifacts[2] else {
        panic!("{:?}", run.artifacts[2])
    };
    assert_eq!(pr.extra["x_future_reviewers"], 2);
    assert_eq!(pr.data.extra["x_future_draft"], true);
    assert_eq!(
        run.extra["x_future_nested"]["a"][0]["b"]["c"][2],
        u64::MAX,
        "large numbers in unknown members are kept exactly"
    );

    let conversation: ConversationResponse = serde_json::from_slice(
        &std::fs::read(fixtures_dir().join("ConversationResponse/future.json")).unwrap(),
    )
    .unwrap();
    let blocks = &conversation.steps[0].messages[0].content;
    assert!(
        matches!(&blocks[0], ConversationContentBlock::Unrecognized(v) if v["type"] == "reasoning")
    );
    assert!(matches!(
        &blocks[1],
        ConversationContentBlock::Unrecognized(_)
    ));
    assert!(
        matches!(&blocks[2], ConversationContentBlock::ActionContentBlock(a) if !a.category.is_known())
    );
    let artifact: ArtifactResponse = serde_json::from_slice(
        &std::fs::read(fixtures_dir().join("ArtifactResponse/pull_request.json")).unwrap(),
    )
    .unwrap();
    assert!(
        matches!(artifact, ArtifactResponse::Unrecognized(_)),
        "PULL_REQUEST is not a getArtifact variant"
    );
}

// ---------------------------------------------------------------------------
// Fuzz findings and the seed corpus of the cargo-fuzz target

/// A body the fuzz target found, and the response type it was decoded as.
/// Keyed by the type's name, not by the selector byte of the corpus input:
/// the selector of a type changes whenever the spec adds or drops one.
struct Finding {
    name: &'static str,
    decoder: &'static str,
    body: &'static [u8],
}

/// Inputs the fuzz target found, checked by [`fuzz_findings_stay_fixed`] and
/// written to the seed corpus (with their current selector byte).
const FUZZ_FINDINGS: &[Finding] = &[
    // An ArtifactResponse (a union) that is a bare float, kept as
    // `Unrecognized`: its re-encoding parsed back one ULP off without
    // serde_json's `float_roundtrip` feature (see `same_json`, `exact_floats`).
    // Found as corpus input `\xb9…`, when 0xb9 % 18 selected ArtifactResponse.
    Finding {
        name: "finding-float-one-ulp",
        decoder: "ArtifactResponse",
        body: b"184467414467418446744073709551616.40737095",
    },
];

/// The decoder named `name`, or a note that this spec has none.
fn decoder_if_any(name: &str, what: &str) -> Option<&'static Decoder> {
    let found = DECODERS.iter().find(|d| d.name == name);
    if found.is_none() {
        eprintln!("note: {what}: the spec has no response type {name}; skipped");
    }
    found
}

#[test]
fn fuzz_findings_stay_fixed() {
    for finding in FUZZ_FINDINGS {
        let Some(decoder) = decoder_if_any(finding.decoder, finding.name) else {
            continue;
        };
        // `roundtrip` panics (the finding) if what decodes does not round-trip.
        if let Ok(value) = (decoder.bytes)(finding.body) {
            let parsed: Value = serde_json::from_slice(finding.body).unwrap();
            assert!(
                same_json(&value, &parsed),
                "{}: decoded as {value}, sent {parsed}",
                finding.name
            );
        }
        // The same bytes through every other decoder, as the fuzz target does.
        decode_with_all(finding.body);
    }
}

/// The seed corpus: every fixture and finding behind the selector byte of
/// its type, and bare problem `type` URIs for `error_code_from_type`.
fn seed_corpus() -> Vec<(String, Vec<u8>)> {
    let input = |name: &str, body: &[u8]| {
        let selector = response_types::selector(name)
            .unwrap_or_else(|| panic!("no selector byte for {name}: more than 256 decoders?"));
        let mut bytes = vec![selector];
        bytes.extend_from_slice(body);
        bytes
    };
    let mut out = Vec::new();
    for finding in FUZZ_FINDINGS {
        if DECODERS.iter().any(|d| d.name == finding.decoder) {
            out.push((
                finding.name.to_owned(),
                input(finding.decoder, finding.body),
            ));
        }
    }
    for f in fixtures() {
        out.push((f.name.replace('/', "-"), input(f.decoder.name, &f.bytes)));
    }
    for (name, uri) in [
        (
            "uri-absolute",
            "https://docs.warp.dev/reference/api-and-sdk/troubleshooting/errors/insufficient_credits",
        ),
        (
            "uri-relative",
            "/reference/api-and-sdk/troubleshooting/errors/external-authentication-required",
        ),
        ("uri-fragment", "https://docs.warp.dev/errors#budget-exceeded?x=1"),
    ] {
        out.push((name.to_owned(), input("Error", uri.as_bytes())));
    }
    out
}

/// Every seed selects the decoder it was made for, and nothing else is in
/// it. With `OZ_WRITE_FUZZ_CORPUS=1` it also writes the seeds to
/// `fuzz/corpus/decode/` (git-ignored; see `fuzz/README.md`):
/// `OZ_WRITE_FUZZ_CORPUS=1 cargo test --all-features --test fuzz_decoders seed`.
#[test]
fn seed_corpus_inputs_select_their_decoder() {
    let seeds = seed_corpus();
    let mut names = BTreeSet::new();
    for (name, input) in &seeds {
        assert!(names.insert(name.as_str()), "two seeds named {name}");
        let (selector, body) = input.split_first().expect("a selector byte");
        let decoder = response_types::select(*selector);
        let fixture = fixtures()
            .iter()
            .find(|f| f.name.replace('/', "-") == *name);
        let finding = FUZZ_FINDINGS.iter().find(|f| f.name == name);
        match (fixture, finding) {
            (Some(f), _) => {
                assert_eq!(decoder.name, f.decoder.name, "{name}");
                assert_eq!(body, &f.bytes[..], "{name}");
            }
            (None, Some(f)) => assert_eq!(decoder.name, f.decoder, "{name}"),
            (None, None) => assert_eq!(decoder.name, "Error", "{name}"),
        }
    }
    if std::env::var_os("OZ_WRITE_FUZZ_CORPUS").is_some() {
        let dir = FsPath::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/decode");
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for (name, bytes) in &seeds {
            std::fs::write(dir.join(name), bytes).unwrap();
        }
        eprintln!("wrote {} seeds to {}", seeds.len(), dir.display());
    }
}

// ---------------------------------------------------------------------------
// Strategies

fn config() -> Config {
    Config {
        failure_persistence: None,
        ..Config::default()
    }
}

const EDGE_STRINGS: &[&str] = &[
    "",
    "\u{0}",
    "\u{10FFFF}",
    "🦀",
    "2026-02-30T00:00:00Z",
    "2026-06-01T24:00:00Z",
    "+275760-09-13T00:00:00Z",
    "-262144-01-01T00:00:00Z",
    "9999-12-31T23:59:60.999999999Z",
    "0000-01-01T00:00:00Z",
    "2026-06-01T10:00:00+14:00",
    "2026-06-01T10:00:00.1234567890123Z",
    "2026-06-01 10:00:00",
    "00000000-0000-0000-0000-000000000000",
    "0b6c2f9e3a474a8e9a0e6f1d2c3b4a59",
    "urn:uuid:0b6c2f9e-3a47-4a8e-9a0e-6f1d2c3b4a59",
    "{0b6c2f9e-3a47-4a8e-9a0e-6f1d2c3b4a59}",
    "PLAN",
    "FILE",
    "SCREENSHOT",
    "PULL_REQUEST",
    "text",
    "action",
    "action_result",
    "event",
    "SUCCEEDED",
    "https://docs.warp.dev/reference/api-and-sdk/troubleshooting/errors/",
    "errors/",
    "errors#-",
];

fn edge_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        prop::sample::select(EDGE_STRINGS).prop_map(Value::from),
        prop::sample::select(vec![
            json!(null),
            json!(true),
            json!(0),
            json!(-1),
            json!(i64::MIN),
            json!(i64::MAX),
            json!(u64::MAX),
            json!(u32::MAX),
            json!(u64::from(u32::MAX) + 1),
            json!(1.5),
            json!(-0.0),
            json!(1e308),
            json!(5e-324),
            json!([]),
            json!({}),
            json!([[]]),
            json!({"artifact_type": "PLAN"}),
            json!({"type": "text"}),
            json!({"type": "action_result", "state": 1}),
        ]),
    ]
}

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_filter_map("finite", |f| serde_json::Number::from_f64(f)
            .map(Value::Number)),
        "\\PC{0,12}".prop_map(Value::from),
        edge_value(),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,8}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// JSON tokens, member names and values of the API, glued at random.
fn token_soup() -> impl Strategy<Value = Vec<u8>> {
    const TOKENS: &[&[u8]] = &[
        b"{",
        b"}",
        b"[",
        b"]",
        b":",
        b",",
        b" ",
        b"\"",
        b"null",
        b"true",
        b"false",
        b"0",
        b"-1",
        b"1e309",
        b"-0",
        b"18446744073709551616",
        b"1.5",
        b"\"\\ud800\"",
        b"\"\\u0000\"",
        b"\"x\"",
        b"\"type\"",
        b"\"artifact_type\"",
        b"\"state\"",
        b"\"run_id\"",
        b"\"task_id\"",
        b"\"title\"",
        b"\"prompt\"",
        b"\"steps\"",
        b"\"messages\"",
        b"\"content\"",
        b"\"data\"",
        b"\"id\"",
        b"\"created_at\"",
        b"\"updated_at\"",
        b"\"2026-06-01T10:00:00Z\"",
        b"\"PLAN\"",
        b"\"FILE\"",
        b"\"text\"",
        b"\"action\"",
        b"\"event\"",
        b"\"role\"",
        b"\"user\"",
        b"\"runs\"",
        b"\"page_info\"",
        b"\"has_next_page\"",
        b"\"events\"",
        b"\"agents\"",
        b"\"success\"",
        b"\"schedules\"",
        b"\"models\"",
        b"\"environments\"",
        b"\"workers\"",
        b"\"status\"",
        b"\"error\"",
        b"\xff",
        b"\xc3",
        "\u{1F980}".as_bytes(),
    ];
    prop::collection::vec(prop::sample::select(TOKENS), 0..48).prop_map(|t| t.concat())
}

#[derive(Clone, Debug)]
enum Mutation {
    /// Remove the node (a member or an element).
    Remove(usize),
    /// Replace the node with an arbitrary value.
    Replace(usize, Value),
    /// Add a member to an object, or an element to an array.
    Insert(usize, String, Value),
    /// Copy one node over another (deeper nesting, swapped shapes).
    Graft(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::Remove),
        (any::<usize>(), arb_json()).prop_map(|(i, v)| Mutation::Replace(i, v)),
        (any::<usize>(), edge_value()).prop_map(|(i, v)| Mutation::Replace(i, v)),
        (any::<usize>(), "[a-z_]{1,10}", arb_json())
            .prop_map(|(i, k, v)| Mutation::Insert(i, k, v)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::Graft(a, b)),
    ]
}

fn apply(doc: &mut Value, m: &Mutation) {
    let paths = all_paths(doc);
    let pick = |i: usize| paths[i % paths.len()].clone();
    match m {
        Mutation::Remove(i) => {
            let path = pick(*i);
            let Some((last, parent)) = path.split_last() else {
                return;
            };
            match (at_mut(doc, parent), last) {
                (Value::Object(o), Seg::Key(k)) => {
                    o.remove(k);
                }
                (Value::Array(a), Seg::Index(i)) => {
                    a.remove(*i);
                }
                _ => unreachable!(),
            }
        }
        Mutation::Replace(i, v) => *at_mut(doc, &pick(*i)) = v.clone(),
        Mutation::Insert(i, k, v) => match at_mut(doc, &pick(*i)) {
            Value::Object(o) => {
                o.insert(k.clone(), v.clone());
            }
            Value::Array(a) => a.push(v.clone()),
            _ => {}
        },
        Mutation::Graft(from, to) => {
            let node = at_mut(doc, &pick(*from)).clone();
            *at_mut(doc, &pick(*to)) = node;
        }
    }
}

fn fixture_index() -> impl Strategy<Value = usize> {
    0..fixtures().len()
}

/// Decodes `body` with every decoder; a panic fails the test.
fn decode_with_all(body: &[u8]) {
    for d in DECODERS {
        let _ = (d.bytes)(body);
    }
    let _ = error_code_from_type(&String::from_utf8_lossy(body));
}

// ---------------------------------------------------------------------------
// Properties of the decoders

#[test]
fn arbitrary_bytes_never_panic_any_decoder() {
    TestRunner::new(config())
        .run(&prop::collection::vec(any::<u8>(), 0..512), |body| {
            decode_with_all(&body);
            Ok(())
        })
        .unwrap();
}

#[test]
fn json_token_soup_never_panics_any_decoder() {
    TestRunner::new(config())
        .run(&token_soup(), |body| {
            decode_with_all(&body);
            Ok(())
        })
        .unwrap();
}

#[test]
fn mutated_fixtures_decode_or_fail_cleanly_and_what_decodes_round_trips() {
    let strategy = (fixture_index(), prop::collection::vec(mutation(), 1..6));
    TestRunner::new(config())
        .run(&strategy, |(index, mutations)| {
            let fixture = &fixtures()[index];
            let mut doc = fixture.canonical.clone();
            for m in &mutations {
                apply(&mut doc, m);
            }
            let body = serde_json::to_vec(&doc).unwrap();
            // `roundtrip` asserts that whatever decodes round-trips.
            let from_bytes = (fixture.decoder.bytes)(&body);
            let from_value = (fixture.decoder.value)(doc.clone());
            prop_assert_eq!(
                from_bytes.is_ok(),
                from_value.is_ok(),
                "decoding bytes and decoding a Value disagree on {}",
                doc
            );
            if let (Ok(a), Ok(b)) = (&from_bytes, &from_value) {
                prop_assert!(same_json(a, b), "{} vs {}", a, b);
            }
            // A body meant for one operation, sent to every other decoder.
            decode_with_all(&body);
            Ok(())
        })
        .unwrap();
}

#[test]
fn truncated_or_corrupted_fixture_bytes_fail_cleanly() {
    let strategy = (
        fixture_index(),
        any::<prop::sample::Index>(),
        prop_oneof![
            Just(None),
            any::<u8>().prop_map(Some),
            Just(Some(0xff)),
            Just(Some(0xc3)),
        ],
    );
    TestRunner::new(config())
        .run(&strategy, |(index, at, byte)| {
            let fixture = &fixtures()[index];
            let body = serde_json::to_vec(&fixture.canonical).unwrap();
            let at = at.index(body.len());
            match byte {
                None => {
                    // Every strict prefix of a JSON document is invalid.
                    let cut = &body[..at];
                    prop_assert!(
                        (fixture.decoder.bytes)(cut).is_err(),
                        "prefix {} decoded",
                        at
                    );
                    decode_with_all(cut);
                }
                Some(b) => {
                    let mut corrupt = body.clone();
                    corrupt[at] = b;
                    decode_with_all(&corrupt);
                    let mut inserted = body;
                    inserted.insert(at, b);
                    decode_with_all(&inserted);
                }
            }
            Ok(())
        })
        .unwrap();
}

#[derive(Clone, Debug)]
enum Unknown {
    /// A member this version does not know, in an object that keeps them.
    Member(usize, String, Value),
    /// A value this version does not know, for an open enum or a union's tag.
    EnumValue(usize, String),
}

#[test]
fn unknown_members_and_enum_values_survive_a_round_trip_unchanged() {
    let unknown = prop_oneof![
        (any::<usize>(), "x_future_[a-z0-9_]{0,8}", arb_json())
            .prop_map(|(i, k, v)| Unknown::Member(i, k, v)),
        (any::<usize>(), "(FUTURE|future)_[A-Za-z0-9_]{0,10}")
            .prop_map(|(i, s)| Unknown::EnumValue(i, s)),
    ];
    let strategy = (fixture_index(), prop::collection::vec(unknown, 1..5));
    TestRunner::new(config())
        .run(&strategy, |(index, unknowns)| {
            let fixture = &fixtures()[index];
            let objects: Vec<&Path> = fixture
                .slots
                .iter()
                .filter(|(_, s)| *s == Slot::Object)
                .map(|(p, _)| p)
                .collect();
            let enums: Vec<&Path> = fixture
                .slots
                .iter()
                .filter(|(_, s)| *s == Slot::Enum)
                .map(|(p, _)| p)
                .collect();
            let mut doc = fixture.canonical.clone();
            for u in &unknowns {
                match u {
                    Unknown::Member(i, k, v) if !objects.is_empty() => {
                        // A union whose tag changed keeps its value whole, so a
                        // path recorded inside it may no longer be an object.
                        if let Value::Object(o) = at_mut(&mut doc, objects[i % objects.len()]) {
                            o.insert(k.clone(), v.clone());
                        }
                    }
                    Unknown::EnumValue(i, s) if !enums.is_empty() => {
                        *at_mut(&mut doc, enums[i % enums.len()]) = Value::from(s.as_str());
                    }
                    _ => {}
                }
            }
            let decoded = (fixture.decoder.bytes)(&serde_json::to_vec(&doc).unwrap());
            prop_assert!(
                decoded.is_ok(),
                "{}: unknown members/values must not break decoding: {:?}\n{}",
                fixture.name,
                decoded.err(),
                doc
            );
            let decoded = decoded.unwrap();
            prop_assert!(
                same_json(&decoded, &doc),
                "{}: something was lost or changed:\n{}\n{}",
                fixture.name,
                doc,
                decoded
            );
            Ok(())
        })
        .unwrap();
}

// ---------------------------------------------------------------------------
// Deep nesting: serde_json stops at 128 levels, well before the stack ends

/// A conversation whose steps nest `depth` deep.
fn nested_conversation(depth: usize) -> String {
    let open = r#"{"id":"s","messages":[],"steps":["#;
    let mut s = String::from(r#"{"conversation_id":"c","steps":["#);
    s.push_str(&open.repeat(depth));
    s.push_str(&"]}".repeat(depth));
    s.push_str("]}");
    s
}

/// Runs `f` on a thread with the 2 MiB stack that spawned threads and
/// tokio's workers get by default.
fn on_a_default_sized_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(f)
        .unwrap()
        .join()
        .expect("no stack overflow, no panic")
}

#[test]
fn deeply_nested_responses_are_errors_not_stack_overflows() {
    on_a_default_sized_stack(|| {
        let conversation = decoder("ConversationResponse");
        // 10k nested steps: an error at serde_json's recursion limit.
        let err = (conversation.bytes)(nested_conversation(10_000).as_bytes()).unwrap_err();
        assert!(
            err.to_string().contains("recursion limit exceeded"),
            "{err}"
        );

        // The deepest nesting under the limit decodes (and round-trips) on
        // this stack; one more level is the recursion error.
        let deepest = (1..200)
            .take_while(|&d| (conversation.bytes)(nested_conversation(d).as_bytes()).is_ok())
            .last()
            .unwrap();
        assert!(deepest >= 60, "only {deepest} nested steps decode");
        eprintln!("deepest conversation that decodes: {deepest} nested steps");
        let err = (conversation.bytes)(nested_conversation(deepest + 1).as_bytes()).unwrap_err();
        assert!(
            err.to_string().contains("recursion limit exceeded"),
            "{err}"
        );

        // Deep nesting in places kept as raw JSON: unknown members, unknown
        // artifacts, free-form maps, and bare arrays and objects.
        let deep =
            |open: &str, close: &str| format!("{}1{}", open.repeat(10_000), close.repeat(10_000));
        let bodies = [
            format!(
                r#"{{"run_id":"r","task_id":"r","title":"t","state":"QUEUED","prompt":"p","created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-01T00:00:00Z","x_future":{}}}"#,
                deep("[", "]")
            ),
            format!(
                r#"{{"run_id":"r","task_id":"r","title":"t","state":"QUEUED","prompt":"p","created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-01T00:00:00Z","artifacts":[{{"artifact_type":"VIDEO","data":{}}}]}}"#,
                deep(r#"{"a":"#, "}")
            ),
            format!(
                r#"{{"events":[{{"event_uuid":"e","run_id":"r","event_type":"x","occurred_at":"2026-01-01T00:00:00Z","payload":{}}}]}}"#,
                deep(r#"{"a":"#, "}")
            ),
            deep("[", "]"),
            deep(r#"{"a":"#, "}"),
        ];
        for body in &bodies {
            for d in DECODERS {
                let err = (d.bytes)(body.as_bytes()).unwrap_err();
                assert!(
                    err.to_string().contains("recursion limit exceeded") || err.is_data(),
                    "{}: {err}",
                    d.name
                );
            }
        }
    });
}

#[tokio::test(flavor = "multi_thread", worker_threads = 1)]
async fn a_deeply_nested_conversation_from_the_server_is_a_decode_error() {
    let server = ScriptedServer::start(vec![Reply::raw(
        200,
        "application/json",
        nested_conversation(10_000).as_bytes(),
    )])
    .await;
    let client = common::client(&server.url());
    // Decoded on a tokio worker thread (2 MiB stack).
    let err = tokio::spawn(async move { client.get_run_conversation().run_id("r").send().await })
        .await
        .expect("no panic")
        .unwrap_err();
    let Error::Decode(decode) = &err else {
        panic!("{err:?}")
    };
    assert!(
        decode
            .json_error()
            .to_string()
            .contains("recursion limit exceeded"),
        "{err}"
    );
    assert_eq!(decode.operation(), "get_run_conversation");
}

// ---------------------------------------------------------------------------
// The error path, through the client: any status, body and headers

fn error_body() -> impl Strategy<Value = Vec<u8>> {
    let problems: Vec<Value> = fixtures()
        .iter()
        .filter(|f| f.decoder.name == "Error")
        .map(|f| f.canonical.clone())
        .collect();
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..300),
        token_soup(),
        (
            prop::sample::select(problems),
            prop::collection::vec(mutation(), 0..4)
        )
            .prop_map(|(mut doc, mutations)| {
                for m in &mutations {
                    apply(&mut doc, m);
                }
                serde_json::to_vec(&doc).unwrap()
            }),
        (arb_json(), "[ -~]{0,80}").prop_map(|(v, t)| {
            serde_json::to_vec(
                &json!({"type": t, "error_code": v, "error": "e", "title": "t", "status": 500}),
            )
            .unwrap()
        }),
        Just(b"<html><body>502 Bad Gateway</body></html>".to_vec()),
        Just(vec![b'x'; 70_000]),
    ]
}

/// Header values a server might send: numbers of every size, dates, garbage.
fn header_value() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9]{1,25}",
        "-?[0-9]{1,4}(\\.[0-9]{1,4})?([eE][+-]?[0-9]{1,3})?",
        Just("1e300".to_owned()),
        Just("inf".to_owned()),
        Just("NaN".to_owned()),
        Just("Wed, 21 Oct 2015 07:28:00 GMT".to_owned()),
        Just("Fri, 31 Dec 9999 23:59:59 GMT".to_owned()),
        "[!-~]{0,30}",
    ]
}

#[test]
fn error_responses_of_any_shape_become_api_errors() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let cell = Arc::new(Mutex::new(Reply::status(500)));
    let server = runtime.block_on(ScriptedServer::start(vec![Reply::shared(&cell)]));
    let client = common::client(&server.url());
    let strategy = (
        400u16..600,
        error_body(),
        prop::option::of(prop::sample::select(vec![
            "application/problem+json",
            "application/json",
            "text/html",
            "application/json; charset=utf-16",
        ])),
        prop::option::of(header_value()),
        prop::option::of(header_value()),
    );
    let cases = Config {
        cases: config().cases / 2,
        ..config()
    };
    TestRunner::new(cases)
        .run(
            &strategy,
            |(status, body, content_type, retry_after, retry_after_ms)| {
                let mut reply = Reply::Respond {
                    status,
                    headers: vec![],
                    body: body.clone(),
                };
                if let Some(ct) = content_type {
                    reply = reply.header("content-type", ct);
                }
                if let Some(v) = &retry_after {
                    reply = reply.header("retry-after", v);
                }
                if let Some(v) = &retry_after_ms {
                    reply = reply.header("retry-after-ms", v);
                }
                *cell.lock().unwrap() = reply;
                let before = server.count();
                let result = runtime.block_on(client.get_run().run_id("r-1").send());
                prop_assert_eq!(
                    server.count() - before,
                    1,
                    "no retries with RetryPolicy::none()"
                );
                let err = match result {
                    Err(e) => e,
                    Ok(_) => return Err(TestCaseError::fail("an error status succeeded")),
                };
                let text = err.to_string();
                prop_assert!(!text.contains('\n'), "Display is one line: {:?}", text);
                let debug = format!("{err:?}");
                prop_assert!(
                    !text.contains(KEY) && !debug.contains(KEY),
                    "the key leaked: {}",
                    debug
                );
                let Error::Api(api) = &err else {
                    return Err(TestCaseError::fail(format!("not an API error: {err:?}")));
                };
                prop_assert_eq!(api.status().as_u16(), status);
                prop_assert_eq!(api.operation(), "get_run");
                let excerpt = &body[..body.len().min(4096)];
                prop_assert_eq!(api.body(), String::from_utf8_lossy(excerpt));
                let parsed: Option<Value> = serde_json::from_slice(&body).ok();
                let problem: Option<oz_agent_api::types::Error> =
                    parsed.clone().and_then(|v| serde_json::from_value(v).ok());
                prop_assert_eq!(api.problem().is_some(), problem.is_some());
                if let Some(code) = parsed
                    .as_ref()
                    .and_then(|v| v.get("type"))
                    .and_then(Value::as_str)
                    .and_then(error_code_from_type)
                {
                    prop_assert_eq!(api.error_code(), Some(&code));
                }
                if let Some(secs) = retry_after
                    .as_deref()
                    .filter(|v| (1..10).contains(&v.len()) && v.bytes().all(|b| b.is_ascii_digit()))
                    .filter(|_| retry_after_ms.is_none())
                {
                    prop_assert_eq!(
                        api.retry_after(),
                        Some(std::time::Duration::from_secs(secs.parse().unwrap()))
                    );
                }
                Ok(())
            },
        )
        .unwrap();
}

#[test]
fn success_responses_of_any_shape_decode_or_are_decode_errors() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let cell = Arc::new(Mutex::new(Reply::status(200)));
    let server = runtime.block_on(ScriptedServer::start(vec![Reply::shared(&cell)]));
    let client = common::client(&server.url());
    let operations: Vec<String> = common::spec_operations()
        .into_iter()
        .map(|o| o.id)
        .collect();
    let body = prop_oneof![
        prop::collection::vec(any::<u8>(), 0..300),
        token_soup(),
        (fixture_index(), prop::collection::vec(mutation(), 0..3)).prop_map(|(i, mutations)| {
            let mut doc = fixtures()[i].canonical.clone();
            for m in &mutations {
                apply(&mut doc, m);
            }
            serde_json::to_vec(&doc).unwrap()
        }),
    ];
    let strategy = (prop::sample::select(operations), body);
    let cases = Config {
        cases: config().cases / 2,
        ..config()
    };
    TestRunner::new(cases)
        .run(&strategy, |(operation, body)| {
            *cell.lock().unwrap() = Reply::raw(200, "application/json", &body);
            let result = runtime.block_on(common::call(&client, &operation));
            match result {
                Ok(status) => prop_assert_eq!(status, 200),
                Err(Error::Decode(d)) => {
                    prop_assert_eq!(d.status().as_u16(), 200);
                    let text = d.to_string();
                    prop_assert!(!text.contains('\n') && !text.contains(KEY), "{}", text);
                }
                Err(other) => {
                    return Err(TestCaseError::fail(format!("{operation}: {other:?}")));
                }
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn error_code_from_type_never_panics() {
    TestRunner::new(config())
        .run(
            &prop_oneof![
                "\\PC{0,40}",
                "(https://docs\\.warp\\.dev/)?[a-z/]{0,20}errors[/#][\\PC]{0,20}",
            ],
            |uri| {
                if let Some(code) = error_code_from_type(&uri) {
                    let name = code.to_string();
                    prop_assert!(
                        !name.is_empty()
                            && name
                                .chars()
                                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                        "{:?} -> {:?}",
                        uri,
                        name
                    );
                }
                Ok(())
            },
        )
        .unwrap();
}
