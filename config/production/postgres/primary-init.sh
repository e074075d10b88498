#!/bin/bash
# Run once by the postgres image on the primary's first start
# (/docker-entrypoint-initdb.d): a role for streaming replication and the
# pg_hba.conf line that lets the replica use it from the compose network.
set -euo pipefail
: "${REPLICATION_PASSWORD:?set PARTY_REPLICATION_PASSWORD (docker-compose.yml)}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v password="$REPLICATION_PASSWORD" <<'SQL'
CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD :'password';
SQL
echo "host replication replicator all scram-sha-256" >>"$PGDATA/pg_hba.conf"
