#!/usr/bin/env bash
# Optional Python set-up: a venv at .venv with the copydesk package built from this checkout
# (maturin, release) and the test dependencies (pytest, PySpark, datatrove, warcio,
# trafilatura, pyarrow). PySpark needs Java 17 (`java` on the PATH).
#   python/dev-setup.sh [VENV]      then: VENV/bin/python -m pytest python/tests
set -euo pipefail
cd "$(dirname "$0")/.."
venv="${1:-.venv}"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -m pip install -q --upgrade pip
"$venv/bin/python" -m pip install -q -r python/requirements-test.txt
"$venv/bin/python" -m pip install -q ./python
