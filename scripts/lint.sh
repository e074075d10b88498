#!/usr/bin/env bash
# `make lint`: ruff and pylint-odoo over the addons, bench and tests.
source "$(dirname "$0")/common.sh"
ensure_venv
if ! "$VENV/bin/python" -c "import pylint_odoo" 2>/dev/null || [ ! -x "$VENV/bin/ruff" ]; then
  log "installing ruff and pylint-odoo"
  "$VENV/bin/pip" install -q --disable-pip-version-check ruff==0.8.6 pylint-odoo==9.3.4 2> >(grep -v "is ignored" >&2)
fi
cd "$ROOT"
rc=0
"$VENV/bin/ruff" check addons bench tests scripts || rc=1
"$VENV/bin/ruff" format --check --quiet addons bench tests scripts || { log "ruff format would change files (run: .venv/bin/ruff format addons bench tests)"; rc=1; }
PYTHONPATH="$ODOO_PATH" "$VENV/bin/pylint" --rcfile=.pylintrc addons/* || rc=1
exit $rc
