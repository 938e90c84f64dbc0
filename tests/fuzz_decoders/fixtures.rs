//! Fixtures: generated from the spec for every decoder, and kept by hand.

use super::*;

pub(crate) fn fixtures_dir() -> PathBuf {
    FsPath::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/responses")
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Origin {
    /// `tests/fixtures/responses/<Type>/<case>.json`.
    Kept,
    /// Generated from the spec (`oz_agent_api_fake::examples`).
    Generated,
}

/// One fixture: a response body as the API sends it.
pub(crate) struct Fixture {
    pub(crate) decoder: &'static Decoder,
    /// `<Type>/<case>`.
    pub(crate) name: String,
    pub(crate) origin: Origin,
    pub(crate) bytes: Vec<u8>,
    /// The body decoded and serialized again.
    pub(crate) canonical: Value,
    /// What the spec says about the decoded body.
    pub(crate) walk: Walk,
}

/// At most this many full values are generated per type, to reach every
/// variant of the unions and every member of the objects in it.
pub(crate) const MAX_GENERATED: usize = 8;

pub(crate) fn fixtures() -> &'static [Fixture] {
    static FIXTURES: OnceLock<Vec<Fixture>> = OnceLock::new();
    FIXTURES.get_or_init(|| {
        let mut out = kept_fixtures();
        out.extend(generated_fixtures());
        out
    })
}

/// For every decoder, values generated from its schema: full ones until
/// every variant of every union and every member of every object reachable
/// from it has appeared, and a minimal one per variant of the type itself
/// (one if it is no union).
pub(crate) fn generated_fixtures() -> Vec<Fixture> {
    let mut full = Generator::new(Spec::vendored().unwrap());
    let mut minimal = full.clone().with_fill(Fill::Minimal);
    let mut out = Vec::new();
    for decoder in DECODERS {
        let schema = response_schema(decoder.name);
        let fixture = |generator: &mut Generator, case: String| {
            let value = generator
                .schema(&schema, decoder.name)
                .unwrap_or_else(|| panic!("{}: the generator gave no value", decoder.name));
            let name = format!("{}/{case}", decoder.name);
            let bytes = serde_json::to_vec(&value).unwrap();
            let canonical = (decoder.bytes)(&bytes)
                .unwrap_or_else(|e| panic!("generated {name} does not decode: {e}\n{value}"));
            let walk = Walk::of(spec(), &schema, &canonical);
            assert!(
                walk.undefined.is_empty() && walk.unknown.is_empty(),
                "generated {name}: the spec does not know {:?} {:?}\n{canonical}",
                walk.undefined,
                walk.unknown
            );
            Fixture {
                decoder,
                name,
                origin: Origin::Generated,
                bytes,
                canonical,
                walk,
            }
        };
        let wanted = reachable(&schema);
        let (mut tags, mut members) = (BTreeSet::new(), BTreeSet::new());
        for i in 0..MAX_GENERATED {
            let f = fixture(&mut full, format!("generated-full-{i}"));
            tags.extend(f.walk.tags.iter().cloned());
            members.extend(f.walk.members.iter().cloned());
            out.push(f);
            if wanted.tags.is_subset(&tags) && wanted.members.is_subset(&members) {
                break;
            }
        }
        let (resolved, _) = resolve(spec(), &schema);
        let variants = ["oneOf", "anyOf"]
            .iter()
            .filter_map(|k| resolved.get(k).and_then(Value::as_array))
            .map(Vec::len)
            .sum::<usize>();
        for i in 0..variants.max(1) {
            out.push(fixture(&mut minimal, format!("generated-minimal-{i}")));
        }
    }
    out
}

/// The hand-kept fixtures of the types the spec still has.
///
/// A directory for a type the spec no longer has is skipped with a note.
/// A fixture that does not decode fails the test if this spec accepts it
/// (apart from the unknown members and values the client must keep), or if
/// no published version of the spec (`openapi/history/`) does: it is wrong.
/// One that an earlier version accepts is stale (the type changed
/// incompatibly since): it is skipped with a note.
pub(crate) fn kept_fixtures() -> Vec<Fixture> {
    let mut out = Vec::new();
    let mut types: Vec<_> = std::fs::read_dir(fixtures_dir())
        .expect("tests/fixtures/responses")
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    types.sort();
    for dir in types {
        let type_name = dir.file_name().unwrap().to_str().unwrap().to_owned();
        let Some(decoder) = decoder_if_any(
            &type_name,
            &format!("tests/fixtures/responses/{type_name}/"),
        ) else {
            continue;
        };
        let schema = response_schema(decoder.name);
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort();
        for file in files {
            let name = format!(
                "{type_name}/{}",
                file.file_stem().unwrap().to_str().unwrap()
            );
            let bytes = std::fs::read(&file).unwrap();
            let sent: Value = serde_json::from_slice(&bytes)
                .unwrap_or_else(|e| panic!("fixture {name} is not JSON: {e}"));
            let canonical = match (decoder.bytes)(&bytes) {
                Ok(canonical) => canonical,
                Err(e) => {
                    let now = violations(spec(), &schema, &sent);
                    assert!(
                        !now.is_empty(),
                        "fixture {name} fits {type_name} in this spec (but for values the client must keep) and does not decode: {e}"
                    );
                    let component = json!({ "$ref": format!("#/components/schemas/{type_name}") });
                    let valid_in: Vec<&str> = published_specs()
                        .iter()
                        .filter(|(_, s)| {
                            s.schema(&type_name).is_some()
                                && violations(s, &component, &sent).is_empty()
                        })
                        .map(|(file, _)| file.as_str())
                        .collect();
                    assert!(
                        !valid_in.is_empty(),
                        "fixture {name} fits {type_name} in no published version of the spec: {}",
                        now.join("; ")
                    );
                    eprintln!(
                        "note: fixture {name} fits {type_name} in {} but not in this spec ({}); skipped",
                        valid_in.join(", "),
                        now.join("; ")
                    );
                    continue;
                }
            };
            let walk = Walk::of(spec(), &schema, &canonical);
            let stray: Vec<String> = walk
                .undefined
                .iter()
                .filter(|p| {
                    let Some(Seg::Key(member)) = p.last() else {
                        return true;
                    };
                    !published_member_names().contains(member)
                })
                .map(|p| pointer(p))
                .collect();
            assert!(
                stray.is_empty(),
                "fixture {name}: members no version of the spec defines (name unknown ones x_future_*): {stray:?}"
            );
            out.push(Fixture {
                decoder,
                name,
                origin: Origin::Kept,
                bytes,
                canonical,
                walk,
            });
        }
    }
    out
}

/// The decoder named `name`, or a note that this spec has none.
pub(crate) fn decoder_if_any(name: &str, what: &str) -> Option<&'static Decoder> {
    let found = DECODERS.iter().find(|d| d.name == name);
    if found.is_none() {
        eprintln!("note: {what}: the spec has no response type {name}; skipped");
    }
    found
}
