#!/usr/bin/env bash
# `make i18n`: export each party addon's .pot from a database where the addons
# are installed (the one `make test` leaves, by default), then merge it into
# vi.po so that new terms show up untranslated (tests/test_repository.py
# fails until they are translated).
source "$(dirname "$0")/common.sh"
setup_all
DB=${I18N_DB:-party_test}
ADDONS=${I18N_ADDONS:-$PARTY_ADDONS}
odoo_bin -d "$DB" -u "$ADDONS" --stop-after-init --log-level=warn
for addon in ${ADDONS//,/ }; do
  dir="$ROOT/addons/$addon/i18n"
  mkdir -p "$dir"
  odoo_bin -d "$DB" --i18n-export="$dir/$addon.pot" --modules="$addon" \
    --stop-after-init --log-level=warn
  if [ -f "$dir/vi.po" ]; then
    msgmerge --quiet --no-fuzzy-matching --update --backup=none "$dir/vi.po" "$dir/$addon.pot"
  else
    sed -e 's/^"Language: \\n"$/"Language: vi\\n"/' \
        -e 's/^"Plural-Forms: \\n"$/"Plural-Forms: nplurals=1; plural=0;\\n"/' \
        "$dir/$addon.pot" >"$dir/vi.po"
    grep -q '"Language: vi' "$dir/vi.po" || sed -i 's/^"Content-Type/"Language: vi\\n"\n"Content-Type/' "$dir/vi.po"
  fi
  log "$addon: $(msgfmt --statistics -o /dev/null "$dir/vi.po" 2>&1)"
done
