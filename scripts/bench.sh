#!/usr/bin/env bash
# `make bench ARGS="--members 10000 --scenario org_create"`: benchmarks on a
# database of their own (created once with the party addons, no demo data).
source "$(dirname "$0")/common.sh"
setup_all
DB=${BENCH_DB:-party_bench}
# Odoo's employee CV (hr_skills) is the baseline of reports_per_page: in the
# benchmark database only, the suite does not depend on it.
BENCH_ADDONS="$PARTY_ADDONS,${BENCH_EXTRA_ADDONS-hr_skills}"
if ! psql -h "$PGHOST" -p "$PGPORT" -U "$DB_USER" -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '$DB'" 2>/dev/null | grep -q 1; then
  log "creating the benchmark database $DB"
  odoo_bin -d "$DB" -i "$BENCH_ADDONS" --without-demo=all --stop-after-init --log-level=warn
else
  # -i too: an addon added since the database was made gets installed.
  odoo_bin -d "$DB" -i "$BENCH_ADDONS" -u "$PARTY_ADDONS" --stop-after-init --log-level=warn
fi
# One config per database: helpers benching from other worktrees at the
# same time do not swap addons paths.
conf="$CACHE_DIR/bench-$DB-odoo.conf"
mkdir -p "$CACHE_DIR"
cat >"$conf" <<CONF
[options]
addons_path = $ROOT/addons,$ODOO_PATH/odoo/addons
db_host = $PGHOST
db_port = $PGPORT
db_user = $DB_USER
db_password = $DB_PASSWORD
CONF
cd "$ROOT"
PYTHONPATH="$ODOO_PATH:$ROOT" "$VENV/bin/python" -m bench.run -c "$conf" --db "$DB" "$@"
