#!/usr/bin/env bash
# `make test`: a fresh database, every party addon installed with their
# tests, then the suite-level tests in tests/ with pytest-odoo.
# Fails on a failing test and on any ERROR/WARNING logged (see
# scripts/known-warnings.txt), and ends with one line: "N passed, N failed".
source "$(dirname "$0")/common.sh"
setup_all

DB=${TEST_DB:-party_test}
LOG_DIR="$CACHE_DIR/logs"
mkdir -p "$LOG_DIR"
ODOO_LOG="$LOG_DIR/$DB-odoo.log"
PYTEST_LOG="$LOG_DIR/$DB-pytest.log"
# TEST_ADDONS / TEST_TAGS narrow a run while developing; CI uses the defaults.
ADDONS_TO_TEST=${TEST_ADDONS:-$PARTY_ADDONS}
ALL_TAGS="/${PARTY_ADDONS//,/,\/}"
TAGS=${TEST_TAGS:-$ALL_TAGS}

log "dropping and recreating database $DB"
PGPASSWORD="$DB_PASSWORD" dropdb -h "$PGHOST" -p "$PGPORT" -U "$DB_USER" --if-exists "$DB"

# HttpCase tests need Odoo's HTTP server: take a free port.
http_port=${TEST_HTTP_PORT:-$("$VENV/bin/python" -c \
  'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
log "installing $ADDONS_TO_TEST with tests ($TAGS); log: $ODOO_LOG"
set +e
odoo_bin -d "$DB" -i "$ADDONS_TO_TEST" --load-language=vi_VN \
  --test-enable --test-tags="$TAGS" --stop-after-init \
  --log-level=info --http-port="$http_port" --workers=0 --max-cron-threads=0 \
  >"$ODOO_LOG" 2>&1
odoo_rc=$?
set -e

# "odoo.tests.result: 0 failed, 0 error(s) of 42 tests when loading database"
result=$(grep -E "odoo\.tests\.result: [0-9]+ failed" "$ODOO_LOG" | tail -1 || true)
odoo_total=$(sed -nE 's/.* of ([0-9]+) tests.*/\1/p' <<<"$result")
odoo_failed=$(sed -nE 's/.*: ([0-9]+) failed, ([0-9]+) error.*/\1+\2/p' <<<"$result")
odoo_total=${odoo_total:-0}
odoo_failed=$(( ${odoo_failed:-0} ))
odoo_broken=0
[ "$odoo_rc" = 0 ] && [ -n "$result" ] || { odoo_broken=1; log "Odoo exited with $odoo_rc"; }

log "running the suite-level tests (pytest-odoo); log: $PYTEST_LOG"
conf="$LOG_DIR/$DB-pytest-odoo.conf"
cat >"$conf" <<CONF
[options]
addons_path = $ROOT/addons,$ODOO_PATH/odoo/addons
db_host = $PGHOST
db_port = $PGPORT
db_user = $DB_USER
db_password = $DB_PASSWORD
CONF
set +e
PYTHONPATH="$ODOO_PATH${PYTHONPATH:+:$PYTHONPATH}" "$VENV/bin/python" -m pytest -q -p no:cacheprovider \
  --odoo-config="$conf" --odoo-database="$DB" "$ROOT/tests" >"$PYTEST_LOG" 2>&1
pytest_rc=$?
set -e
tail -n 15 "$PYTEST_LOG" >&2
summary=$(tail -n 1 "$PYTEST_LOG")
py_passed=$(grep -oE "[0-9]+ passed" <<<"$summary" | grep -oE "[0-9]+" || echo 0)
py_failed=$(( $(grep -oE "[0-9]+ (failed|error)" <<<"$summary" | grep -oE "[0-9]+" | paste -sd+ - || echo 0) + 0 ))
[ "$pytest_rc" = 0 ] || [ "$py_failed" -gt 0 ] || py_failed=1

# Every WARNING/ERROR/CRITICAL line counts unless known-warnings.txt lists it.
bad="$LOG_DIR/$DB-unexpected-log-lines.txt"
grep -E "^[0-9-]+ [0-9:,]+ [0-9]+ (WARNING|ERROR|CRITICAL) " "$ODOO_LOG" \
  | grep -vEf <(grep -vE '^\s*(#|$)' "$ROOT/scripts/known-warnings.txt") >"$bad" || true
log_problems=$(wc -l <"$bad")
if [ "$log_problems" -gt 0 ]; then
  log "unexpected WARNING/ERROR lines in the Odoo log:"
  head -n 40 "$bad" >&2
fi
grep -E "^(FAIL|ERROR):" "$ODOO_LOG" >&2 || true

passed=$(( odoo_total - odoo_failed + py_passed ))
[ "$passed" -ge 0 ] || passed=0
failed=$(( odoo_failed + odoo_broken + py_failed ))
echo "$passed passed, $failed failed"
[ "$failed" = 0 ] && [ "$log_problems" = 0 ]
