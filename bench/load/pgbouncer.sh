#!/usr/bin/env bash
# PgBouncer (Debian 1.18) in transaction mode in front of our own clusters:
# 127.0.0.1:55434 -> primary 55432, 127.0.0.1:55435 -> replica 55433
# (bench/load/replica.sh). Never in front of the dev server on 5432.
#   bench/load/pgbouncer.sh start | stop | show
set -euo pipefail
DIR=${LOAD_PGB_DIR:-/var/tmp/load-pgbouncer}
POOL=${PGB_POOL_SIZE:-20}
export PGPASSWORD=odoo

write_config() { # name, listen port, backend port
  cat >"$DIR/$1.ini" <<INI
[databases]
* = host=127.0.0.1 port=$3
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $2
unix_socket_dir =
auth_type = scram-sha-256
auth_file = $DIR/userlist.txt
admin_users = odoo
pool_mode = transaction
default_pool_size = $POOL
max_client_conn = 1000
max_db_connections = 60
server_reset_query =
ignore_startup_parameters = extra_float_digits,options
logfile = $DIR/$1.log
pidfile = $DIR/$1.pid
INI
}

case "${1:-}" in
start)
  command -v pgbouncer >/dev/null || apt-get install -y pgbouncer >/dev/null
  mkdir -p "$DIR" && chown postgres "$DIR"
  echo '"odoo" "odoo"' >"$DIR/userlist.txt"
  write_config primary 55434 55432
  write_config replica 55435 55433
  for name in primary replica; do
    [ -f "$DIR/$name.pid" ] && kill -0 "$(cat "$DIR/$name.pid")" 2>/dev/null && continue
    chown postgres "$DIR"/*
    runuser -u postgres -- pgbouncer -d "$DIR/$name.ini"
  done
  sleep 1
  psql -h 127.0.0.1 -p 55434 -U odoo -d postgres -tAc "SELECT 'via 55434: ' || inet_server_port()"
  psql -h 127.0.0.1 -p 55435 -U odoo -d postgres -tAc "SELECT 'via 55435: ' || inet_server_port()"
  ;;
stop)
  for name in primary replica; do
    if [ -f "$DIR/$name.pid" ]; then
      pid=$(cat "$DIR/$name.pid")
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -KILL "$pid" 2>/dev/null || true
    fi
  done
  echo stopped ;;
show)
  for port in 55434 55435; do
    psql -h 127.0.0.1 -p "$port" -U odoo -d pgbouncer -c "SHOW POOLS" ; done ;;
*) echo "usage: $0 start | stop | show" >&2; exit 2 ;;
esac
