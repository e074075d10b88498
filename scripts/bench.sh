#!/usr/bin/env bash
# `make bench ARGS="--members 10000 --scenario org_create"`: benchmarks on a
# database of their own (created once with the party addons, no demo data).
source "$(dirname "$0")/common.sh"
setup_all
DB=${BENCH_DB:-party_bench}
if ! psql -h "$PGHOST" -p "$PGPORT" -U "$DB_USER" -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '$DB'" 2>/dev/null | grep -q 1; then
  log "creating the benchmark database $DB"
  odoo_bin -d "$DB" -i "$PARTY_ADDONS" --without-demo=all --stop-after-init --log-level=warn
else
  # -i too: an addon added since the database was made gets installed.
  odoo_bin -d "$DB" -i "$PARTY_ADDONS" -u "$PARTY_ADDONS" --stop-after-init --log-level=warn
fi
conf="$CACHE_DIR/bench-odoo.conf"
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
