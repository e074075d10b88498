#!/usr/bin/env bash
# Shared set-up for `make demo`, `make test` and `make bench`: finds Odoo,
# prepares the virtualenv and makes sure a PostgreSQL server answers.
# Source it; it defines variables and functions and changes nothing else.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ODOO_PATH=${ODOO_PATH:-/opt/odoo18}
CACHE_DIR=${PWS_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/party-work-suite}
VENV=${VENV:-$ROOT/.venv}
PYTHON=${PYTHON:-python3}
# Every addon of the suite: each folder of addons/ with a manifest.
PARTY_ADDONS=$(cd "$ROOT/addons" && ls -d -- */__manifest__.py | cut -d/ -f1 | paste -sd, -)
export PGHOST=${PGHOST:-127.0.0.1}
export PGPORT=${PGPORT:-5432}
DB_USER=${PGUSER:-odoo}
DB_PASSWORD=${PGPASSWORD:-odoo}
export PGPASSWORD=$DB_PASSWORD
PRIVATE_PG=""

log() { printf '\033[1m[party]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[31m[party] %s\033[0m\n' "$*" >&2; exit 1; }

require_odoo() {
  if [ ! -f "$ODOO_PATH/odoo/release.py" ] || [ ! -f "$ODOO_PATH/odoo-bin" ]; then
    cat >&2 <<MSG
[party] Odoo 18 Community was not found at ODOO_PATH=$ODOO_PATH
        (a folder holding odoo/ and odoo-bin). Get it once, then run again:
          git clone --depth 1 --branch 18.0 https://github.com/odoo/odoo.git /opt/odoo18
        or point ODOO_PATH at an existing Odoo 18 checkout:
          ODOO_PATH=/path/to/odoo make test
        With Docker, no local Odoo is needed: docker compose up
MSG
    exit 2
  fi
  grep -q "^version_info = (18, 0" "$ODOO_PATH/odoo/release.py" \
    || die "$ODOO_PATH is not Odoo 18.0 (see odoo/release.py)"
}

ensure_venv() {
  local stamp="$VENV/.requirements.sha"
  local want
  want=$(cat "$ROOT/requirements.txt" "$ROOT/test-requirements.txt" | sha1sum | cut -d' ' -f1)
  if [ ! -x "$VENV/bin/python" ]; then
    log "creating the virtualenv in $VENV"
    "$PYTHON" -m venv "$VENV"
  fi
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    log "installing Python dependencies"
    "$VENV/bin/pip" install -q --disable-pip-version-check \
      -r "$ROOT/requirements.txt" -r "$ROOT/test-requirements.txt" 2> >(grep -v "is ignored: it is neither" >&2)
    echo "$want" > "$stamp"
  fi
}

pg_answers() {
  PGCONNECT_TIMEOUT=3 pg_isready -q -h "$PGHOST" -p "$PGPORT" 2>/dev/null
}

pg_bindir() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  return 1
}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# Start a private server when none answers on $PGHOST:$PGPORT.
ensure_postgres() {
  if pg_answers; then
    log "using the PostgreSQL server at $PGHOST:$PGPORT"
    return 0
  fi
  local bindir
  if ! bindir=$(pg_bindir); then
    log "installing the PostgreSQL server package"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bindir=$(pg_bindir) || die "no PostgreSQL server binaries after install"
  fi
  export PGHOST=127.0.0.1 PGPORT=${PWS_PGPORT:-54329}
  # As root the server runs as `postgres`, which cannot enter /root: keep
  # its files in a folder of its own.
  local pg_dir=${PWS_PG_DIR:-$CACHE_DIR/pg}
  [ "$(id -u)" = 0 ] && pg_dir=${PWS_PG_DIR:-/var/tmp/party-work-suite-pg}
  local data="$pg_dir/data" sock="$pg_dir/sock"
  if [ "$(id -u)" = 0 ]; then
    install -d -o postgres -g postgres "$pg_dir" "$sock"
    install -d -m 700 -o postgres -g postgres "$data"
  else
    mkdir -p "$data" "$sock"; chmod 700 "$data"
  fi
  if [ ! -f "$data/PG_VERSION" ]; then
    log "initialising a private PostgreSQL cluster in $data"
    as_postgres "$bindir/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if ! pg_answers; then
    log "starting a private PostgreSQL server on port $PGPORT"
    as_postgres "$bindir/pg_ctl" -D "$data" -l "$pg_dir/postgresql.log" -w -t 60 \
      -o "-p $PGPORT -k $sock -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=off" start >/dev/null
    PRIVATE_PG="$bindir/pg_ctl -D $data"
    trap stop_private_postgres EXIT
  fi
  psql -h "$PGHOST" -p "$PGPORT" -U postgres -d postgres -tAc \
    "SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER'" | grep -q 1 \
    || psql -q -h "$PGHOST" -p "$PGPORT" -U postgres -d postgres -c \
      "CREATE ROLE \"$DB_USER\" LOGIN SUPERUSER PASSWORD '$DB_PASSWORD'"
}

stop_private_postgres() {
  if [ -n "$PRIVATE_PG" ]; then
    log "stopping the private PostgreSQL server"
    as_postgres $PRIVATE_PG -m fast stop >/dev/null 2>&1 || true
    PRIVATE_PG=""
  fi
}

# odoo_bin [shell] OPTIONS...: Odoo with the suite's addons path and database.
odoo_bin() {
  local command=()
  [ "${1:-}" = shell ] && { command=(shell); shift; }
  PGPASSWORD="$DB_PASSWORD" "$VENV/bin/python" "$ODOO_PATH/odoo-bin" "${command[@]}" \
    --addons-path="$ROOT/addons,$ODOO_PATH/odoo/addons" \
    --db_host="$PGHOST" --db_port="$PGPORT" --db_user="$DB_USER" --db_password="$DB_PASSWORD" \
    "$@"
}

# wkhtmltopdf renders Odoo's QWeb PDF reports, in DejaVu (every Vietnamese
# glyph); poppler-utils turns them into the PNG samples (make print-samples);
# chromium runs Odoo's browser tests (tours). All are Debian packages,
# installed when missing and root.
ensure_system_packages() {
  local missing=()
  command -v wkhtmltopdf >/dev/null || missing+=(wkhtmltopdf)
  [ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
  command -v pdftoppm >/dev/null || missing+=(poppler-utils)
  command -v chromium >/dev/null || command -v chromium-browser >/dev/null \
    || command -v google-chrome >/dev/null || missing+=(chromium)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing ${missing[*]} (PDF reports and samples, browser tests)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1 \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; } \
      || log "could not install ${missing[*]}"
  else
    log "missing ${missing[*]}: install them (apt-get install ${missing[*]}) for PDF reports, samples and browser tests"
  fi
}

setup_all() {
  require_odoo
  ensure_venv
  ensure_system_packages
  ensure_postgres
}
