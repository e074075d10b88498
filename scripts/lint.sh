#!/usr/bin/env bash
# `make lint`: the pre-commit checks (.pre-commit-config.yaml: ruff, ruff
# format, pylint-odoo) over the whole repository. ARGS are passed to
# `pre-commit run`, e.g. `make lint ARGS="prettier --hook-stage manual"`.
source "$(dirname "$0")/common.sh"
ensure_venv
if ! "$VENV/bin/python" -c "import pylint_odoo" 2>/dev/null || [ ! -x "$VENV/bin/ruff" ] \
    || [ ! -x "$VENV/bin/pre-commit" ]; then
  log "installing ruff, pylint-odoo and pre-commit"
  "$VENV/bin/pip" install -q --disable-pip-version-check ruff==0.8.6 pylint-odoo==9.3.4 \
    pre-commit==4.0.1 2> >(grep -v "is ignored" >&2)
fi
cd "$ROOT"
export VENV ODOO_PATH
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  # pre-commit checks the files git knows: add new files before linting.
  exec "$VENV/bin/pre-commit" run --all-files --show-diff-on-failure "$@"
fi
# Not a git checkout (an archive): the same commands over the same folders.
rc=0
scripts/venv_tool.sh ruff check --force-exclude addons bench tests scripts || rc=1
scripts/venv_tool.sh ruff format --check --force-exclude addons bench tests scripts || rc=1
scripts/venv_tool.sh pylint --rcfile=.pylintrc addons/* || rc=1
exit $rc
