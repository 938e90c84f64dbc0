//! Fuzz findings stay fixed, and the seed corpus of the cargo-fuzz target selects its decoders.

use super::*;

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

/// A corpus file name for fixture `name` (`RunItem/full` → `RunItem-full`).
fn seed_name(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "_.".contains(c) {
                c
            } else {
                '-'
            }
        })
        .collect()
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
        out.push((seed_name(&f.name), input(f.decoder.name, &f.bytes)));
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
        let fixture = fixtures().iter().find(|f| seed_name(&f.name) == *name);
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
