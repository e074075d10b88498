#!/usr/bin/env bash
# `make demo`: set up once, create the demo database (Vietnamese UI, demo data,
# all party addons) if it does not exist, then serve Odoo on port 8069.
source "$(dirname "$0")/common.sh"
setup_all

DB=${DEMO_DB:-party_demo}
PORT=${DEMO_PORT:-8069}
if ! psql -h "$PGHOST" -p "$PGPORT" -U "$DB_USER" -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '$DB'" 2>/dev/null | grep -q 1; then
  log "creating the demo database $DB (a few minutes, once)"
  odoo_bin -d "$DB" -i "$PARTY_ADDONS" --load-language=vi_VN --stop-after-init \
    --log-level=warn --without-demo=False
  odoo_bin shell -d "$DB" --log-level=warn <"$ROOT/scripts/demo_finish.py"
fi
log "serving $DB at http://localhost:$PORT (login admin / admin); Ctrl-C stops"
odoo_bin -d "$DB" --db-filter="^$DB\$" --http-port="$PORT" --log-level=info
