#!/usr/bin/env bash
# `make print-samples`: one sample of every party report, downloaded from the
# demo database as a user would, to docs/samples/ as PDF and first-page PNG.
source "$(dirname "$0")/common.sh"
setup_all

DB=${DEMO_DB:-party_demo}
OUT=${SAMPLES_DIR:-$ROOT/docs/samples}
ready=$(psql -h "$PGHOST" -p "$PGPORT" -U "$DB_USER" -d "$DB" -tAc \
  "SELECT value FROM ir_config_parameter WHERE key = 'party_work.demo_ready'" 2>/dev/null || true)
if [ "$ready" != "1" ]; then
  log "creating the demo database $DB (a few minutes, once)"
  odoo_bin -d "$DB" -i "$PARTY_ADDONS" --load-language=vi_VN --stop-after-init \
    --log-level=warn
  odoo_bin shell -d "$DB" --log-level=warn --no-http <"$ROOT/scripts/demo_finish.py"
else
  log "updating the party addons in $DB: the samples show the current templates"
  # -i too: an addon added since the database was made gets installed.
  odoo_bin -d "$DB" -i "$PARTY_ADDONS" -u "$PARTY_ADDONS" --stop-after-init --log-level=warn
fi

# A server of its own on a free port: wkhtmltopdf fetches the report's CSS
# from it while the report request is being served.
port=${SAMPLES_PORT:-$("$VENV/bin/python" -c \
  'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
log "serving $DB on port $port to print the samples"
odoo_bin -d "$DB" --db-filter="^$DB\$" --http-port="$port" --log-level=warn \
  --max-cron-threads=0 >"$CACHE_DIR/print-samples-odoo.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$port/web/health" >/dev/null && break
  sleep 1
done
"$VENV/bin/python" "$ROOT/scripts/print_samples.py" "http://127.0.0.1:$port" "$DB" "$OUT"
