#!/usr/bin/env bash
# prettier.sh [--check|--write] FILES...: prettier with the XML plugin, as
# OCA formats XML, installed once from npm into the cache folder (Node.js
# and npm needed). Called by the manual "prettier" hook of
# .pre-commit-config.yaml.
source "$(dirname "$0")/common.sh"
command -v npm >/dev/null || die "prettier needs Node.js and npm (apt-get install nodejs npm)"
node_dir="$CACHE_DIR/node"
if [ ! -x "$node_dir/node_modules/.bin/prettier" ]; then
  log "installing prettier and @prettier/plugin-xml into $node_dir"
  mkdir -p "$node_dir"
  npm install --prefix "$node_dir" --no-audit --no-fund --loglevel=error \
    prettier@3.3.3 @prettier/plugin-xml@3.4.1 >&2
fi
mode=--write
case "${1:-}" in --check|--write) mode=$1; shift ;; esac
exec "$node_dir/node_modules/.bin/prettier" "$mode" --config "$ROOT/.prettierrc.yml" \
  --plugin="$node_dir/node_modules/@prettier/plugin-xml/src/plugin.js" "$@"
