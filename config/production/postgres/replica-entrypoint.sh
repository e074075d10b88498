#!/bin/bash
# Entry point of the streaming replica (postgres image): on the first start
# the data directory is empty, so it is copied from the primary with
# `pg_basebackup -R` (which writes standby.signal and primary_conninfo) over
# a physical replication slot; then the image's own entry point starts
# PostgreSQL, which finds PG_VERSION and runs as a hot standby.
set -euo pipefail
: "${REPLICATION_PASSWORD:?set PARTY_REPLICATION_PASSWORD (docker-compose.yml)}"
PRIMARY_HOST=${PRIMARY_HOST:-db-primary}
PRIMARY_PORT=${PRIMARY_PORT:-5432}
SLOT=${REPLICATION_SLOT:-replica1}
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready -q -h "$PRIMARY_HOST" -p "$PRIMARY_PORT"; do sleep 1; done
  mkdir -p "$PGDATA"
  chown postgres:postgres "$PGDATA"
  chmod 700 "$PGDATA"
  export PGPASSWORD=$REPLICATION_PASSWORD
  gosu postgres pg_basebackup -h "$PRIMARY_HOST" -p "$PRIMARY_PORT" \
    -U replicator -D "$PGDATA" -R -X stream -C -S "$SLOT" --checkpoint=fast
  unset PGPASSWORD
fi
exec docker-entrypoint.sh "$@"
