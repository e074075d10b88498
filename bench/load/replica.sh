#!/usr/bin/env bash
# A PostgreSQL primary of our own on 127.0.0.1:55432 holding a copy of the
# bench database, and a streaming replica of it on 55433 (pg_basebackup -R).
#   bench/load/replica.sh start [DB]   # initdb, copy DB from the dev server, replicate
#   bench/load/replica.sh stop         # stop both (the data stays for the next start)
#   bench/load/replica.sh status
# The dev server on 5432 is only read (pg_dump); nothing here touches it.
set -euo pipefail
BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
BASE=${LOAD_PG_DIR:-/var/tmp/load-pg}
PRIMARY=$BASE/primary REPLICA=$BASE/replica
PPORT=${PRIMARY_PORT:-55432} RPORT=${REPLICA_PORT:-55433}
DB=${2:-${BENCH_DB:-pb_load}}
export PGPASSWORD=odoo
pg() { runuser -u postgres -- "$BIN/$@"; }

configure() { # data dir, port
  cat >>"$1/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $2
unix_socket_directories = '$BASE'
max_connections = 300
shared_buffers = 512MB
effective_cache_size = 4GB
work_mem = 16MB
wal_level = replica
max_wal_senders = 5
hot_standby = on
hot_standby_feedback = on
synchronous_commit = off
logging_collector = off
CONF
}

start_primary() {
  mkdir -p "$BASE" && chown postgres "$BASE"
  if [ ! -f "$PRIMARY/PG_VERSION" ]; then
    pg initdb -D "$PRIMARY" -U postgres --auth-local=trust --auth-host=scram-sha-256 >/dev/null
    configure "$PRIMARY" "$PPORT"
    echo "host replication all 127.0.0.1/32 scram-sha-256" >>"$PRIMARY/pg_hba.conf"
    pg pg_ctl -D "$PRIMARY" -l "$BASE/primary.log" -w -t 60 start >/dev/null
    pg psql -h "$BASE" -p "$PPORT" -U postgres -qc \
      "CREATE ROLE odoo SUPERUSER REPLICATION LOGIN PASSWORD 'odoo'"
  else
    pg pg_ctl -D "$PRIMARY" -l "$BASE/primary.log" -w -t 60 status >/dev/null ||
      pg pg_ctl -D "$PRIMARY" -l "$BASE/primary.log" -w -t 60 start >/dev/null
  fi
  if ! psql -h 127.0.0.1 -p "$PPORT" -U odoo -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
    echo "copying $DB from 127.0.0.1:5432 to the primary on $PPORT"
    createdb -h 127.0.0.1 -p "$PPORT" -U odoo "$DB"
    timeout 1800 pg_dump -h 127.0.0.1 -p 5432 -U odoo -Fc "$DB" |
      timeout 1800 pg_restore -h 127.0.0.1 -p "$PPORT" -U odoo -d "$DB" --no-owner -j 1
    psql -h 127.0.0.1 -p "$PPORT" -U odoo -d "$DB" -qc "ANALYZE"
  fi
}

start_replica() {
  if [ ! -f "$REPLICA/PG_VERSION" ]; then
    echo "pg_basebackup -R of the primary into $REPLICA"
    mkdir -p "$REPLICA" && chown postgres "$REPLICA" && chmod 700 "$REPLICA"
    runuser -u postgres -- env PGPASSWORD=odoo timeout 1800 "$BIN/pg_basebackup" \
      -h 127.0.0.1 -p "$PPORT" -U odoo -D "$REPLICA" -R -X stream -c fast
    sed -i "s/^port = $PPORT/port = $RPORT/" "$REPLICA/postgresql.conf"
  fi
  pg pg_ctl -D "$REPLICA" -l "$BASE/replica.log" -w -t 120 status >/dev/null ||
    pg pg_ctl -D "$REPLICA" -l "$BASE/replica.log" -w -t 120 start >/dev/null
}

status() {
  psql -h 127.0.0.1 -p "$PPORT" -U odoo -d postgres -tAc \
    "SELECT 'primary ' || client_addr || ' ' || state || ' lag ' || coalesce(replay_lag::text, '0') FROM pg_stat_replication"
  psql -h 127.0.0.1 -p "$RPORT" -U odoo -d postgres -tAc \
    "SELECT 'replica in recovery: ' || pg_is_in_recovery()"
}

case "${1:-}" in
start) start_primary && start_replica && status ;;
stop)
  for dir in "$REPLICA" "$PRIMARY"; do
    [ -f "$dir/postmaster.pid" ] && pg pg_ctl -D "$dir" -m fast -w -t 60 stop >/dev/null
  done
  echo stopped ;;
status) status ;;
*) echo "usage: $0 start [DB] | stop | status" >&2; exit 2 ;;
esac
