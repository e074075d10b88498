#!/usr/bin/env bash
# `make test-engine`: the pure-Python engines (addons/*/engine/, party_org's
# tools/) and their tests (addons/*/tests/test_engine*.py) under plain pytest:
# no Odoo, no database, a few seconds. addons/conftest.py registers each addon
# as an empty package so that the addons' __init__ (models, Odoo) never runs.
# `make test` runs the same test classes inside Odoo (tests/engine_case.py).
source "$(dirname "$0")/common.sh"
ensure_venv
cd "$ROOT"
shopt -s nullglob
# pytest-odoo (for the suite-level tests) would import Odoo: not here.
exec "$VENV/bin/python" -m pytest -q -p no:cacheprovider -p no:odoo \
  --doctest-modules addons/*/engine addons/party_org/tools addons/*/tests/test_engine*.py "$@"
