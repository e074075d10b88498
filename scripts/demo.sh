#!/usr/bin/env bash
# `make demo`: set up once, create the demo database (Vietnamese UI, demo data,
# the Party Work application) if it does not exist, then serve Odoo on port 8069.
source "$(dirname "$0")/common.sh"
setup_all

DB=${DEMO_DB:-party_demo}
PORT=${DEMO_PORT:-8069}
# The application (the usual set of addons and the demo generators) and the
# contract bridge, as docker-compose.yml installs them.
ADDONS=${DEMO_ADDONS:-party_work,party_fee_hr_contract}
# The demo is ready once demo_finish.py has run (it sets this parameter);
# an interrupted first run is completed on the next one.
ready=$(psql -h "$PGHOST" -p "$PGPORT" -U "$DB_USER" -d "$DB" -tAc \
  "SELECT value FROM ir_config_parameter WHERE key = 'party_work.demo_ready'" 2>/dev/null || true)
if [ "$ready" != "1" ]; then
  log "creating the demo database $DB (a few minutes, once)"
  odoo_bin -d "$DB" -i "$ADDONS" --load-language=vi_VN --stop-after-init \
    --log-level=warn
  odoo_bin shell -d "$DB" --log-level=warn --no-http <"$ROOT/scripts/demo_finish.py"
fi
log "serving $DB at http://localhost:$PORT (login admin / admin); Ctrl-C stops"
odoo_bin -d "$DB" --db-filter="^$DB\$" --http-port="$PORT" --log-level=info
