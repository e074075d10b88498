#!/usr/bin/env bash
# venv_tool.sh TOOL ARGS...: run TOOL from the suite's virtualenv (VENV, by
# default .venv), with Odoo importable for pylint-odoo. The pre-commit hooks
# (.pre-commit-config.yaml) call the tools through it, so that they work
# from `git commit` without an activated virtualenv.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV=${VENV:-$ROOT/.venv}
tool=$1
shift
[ -x "$VENV/bin/$tool" ] || { echo "$VENV/bin/$tool is missing: run make lint once" >&2; exit 2; }
PYTHONPATH="${ODOO_PATH:-/opt/odoo18}${PYTHONPATH:+:$PYTHONPATH}" exec "$VENV/bin/$tool" "$@"
