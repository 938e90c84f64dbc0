#!/usr/bin/env bash
# The generator on real and synthetic specs beyond the vendored one: the
# client is generated, compiled with all features, and put through the
# spec-driven tests (and the decoder property tests), from
#   - the newest two published specs of the corpus (openapi/history/index.txt),
#   - the vendored spec with the synthetic constructs merged in
#     (tests/specs/constructs.yml: one operation per construct).
# Run from the repository root; reuses target/ (only the client and the test
# binaries are rebuilt per spec).
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p target/corpus
cargo run -q -p xtask -- spec overlay openapi/oz-agent-api.yml tests/specs/constructs.yml \
  -o target/corpus/vendored+constructs.json
specs=()
while IFS= read -r name; do
  [ -n "$name" ] && specs+=("openapi/history/$name")
done < <(grep -v '^[[:space:]]*$' openapi/history/index.txt | tail -n 2)
specs+=("target/corpus/vendored+constructs.json")
for spec in "${specs[@]}"; do
  printf '\n-- %s\n' "$spec"
  OZ_AGENT_API_SPEC="$spec" cargo test -p oz-agent-api --all-features \
    --test spec_driven --test every_operation --test coverage --test fuzz_decoders
done
