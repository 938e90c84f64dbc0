#!/usr/bin/env bash
# The generator on specs beyond the vendored one. Each client is generated
# (OZ_AGENT_API_SPEC), compiled with all features and put through the
# spec-driven tests:
#   1. the construct matrix (`cargo xtask spec matrix`: every schema kind in
#      every place, one operation each, a few specs) and the synthetic
#      constructs (tests/specs/constructs.yml), merged into the vendored spec:
#      one client; tests/matrix.rs checks every combination is in it or left
#      out with exactly the line tests/specs/matrix-refused.txt expects, and
#      prints the counts. The spec-driven tests fail on any operation that
#      fails them but those tests/specs/matrix-failing.txt lists (gaps still
#      open). The same client is also checked with the features users build
#      (`codegen` only: no schemars, no httpmock);
#   2. real specs other teams publish (tests/specs/third-party/), each in a
#      namespace of its own, merged into the vendored spec: one client; the
#      operations left out are printed.
# Every published version is generated (not compiled) by tests/corpus.rs:
# the hand-written layer calls operations of the vendored spec (factories,
# interrupts) that older ones lack.
# Run from the repository root; reuses target/ (only the client and the test
# binaries are rebuilt per spec).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=target/corpus
mkdir -p "$out"
xtask() { cargo run -q -p xtask -- "$@"; }
# The dispatcher of a client with a thousand operations is one large future:
# in a debug build it needs more than a test thread's default 2 MiB stack.
export RUST_MIN_STACK=$((64 * 1024 * 1024))

# Generated, refused: from the build's own report of the client just built.
report() {
  local report
  report=$(find target/debug/build -path '*/oz-agent-api-*/out/codegen.json' -newer "$1" 2>/dev/null \
    | xargs -r ls -t | head -n 1)
  [ -n "$report" ] || { echo "no codegen.json newer than $1" >&2; return 1; }
  python3 - "$report" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))
print(f"generated {r['operations']} operations, left out {len(r['refused'])}:")
for line in r["refused"]:
    print(f"  - {line}")
EOF
}

step() { printf '\n-- %s (%ss)\n' "$1" "$SECONDS"; }

step "construct matrix + synthetic constructs"
rm -rf "$out/matrix"
xtask spec matrix -o "$out/matrix"
mapfile -t matrix < <(sed "s|^|$out/matrix/|" "$out/matrix/index.txt")
xtask spec overlay openapi/oz-agent-api.yml tests/specs/constructs.yml "${matrix[@]}" \
  -o "$out/matrix+constructs.json"
touch "$out/.mark"
# One job: each test binary holds the dispatcher of ~1,500 operations, and
# rustc compiling two of them at once was killed for memory on a shared machine.
if ! OZ_AGENT_API_SPEC="$out/matrix+constructs.json" cargo test -q -j 1 -p oz-agent-api \
  --all-features --test spec_driven --test matrix -- --nocapture \
  > "$out/matrix.log" 2>&1; then
  grep -v '^warning: oz-agent-api' "$out/matrix.log" | tail -n 80
  echo "corpus: the construct matrix's client failed (whole log: $out/matrix.log)" >&2
  exit 1
fi
grep -E '^(construct matrix|test result)' "$out/matrix.log"
report "$out/.mark" > "$out/matrix-report.txt"
echo "matrix + constructs + vendored: $(head -n 1 "$out/matrix-report.txt") (the lines: $out/matrix-report.txt)"
step "construct matrix, codegen feature only (what users build)"
OZ_AGENT_API_SPEC="$out/matrix+constructs.json" cargo check -q -p oz-agent-api --features codegen

step "third-party specs (tests/specs/third-party)"
touch "$out/.mark"
xtask spec overlay --namespace openapi/oz-agent-api.yml tests/specs/third-party/*.yaml \
  tests/specs/third-party/*.json -o "$out/third-party.json"
OZ_AGENT_API_SPEC="$out/third-party.json" cargo test -q -p oz-agent-api --all-features \
  --test spec_driven
report "$out/.mark"

step "corpus done"
