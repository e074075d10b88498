#!/usr/bin/env python3
# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Fill the untranslated entries of an addon's vi.po that Odoo itself
translates (mail, base, hr fields …) with Odoo's Vietnamese translation, so
the suite speaks like the rest of the UI. Every other term is translated by
hand: msgids are English only (tests/test_repository.py checks it).

Usage: i18n_fill.py ODOO_PATH addons/<addon>/i18n/vi.po
Prints the msgids still untranslated.
"""

import sys
from pathlib import Path

import polib


def odoo_catalog(odoo_path):
    catalog = {}
    for name in ("base", "mail", "hr", "web", "resource", "product", "portal"):
        path = Path(odoo_path) / "odoo" / "addons" / name / "i18n" / "vi.po"
        if path.exists():
            for entry in polib.pofile(str(path)):
                if entry.msgstr and "fuzzy" not in entry.flags:
                    catalog.setdefault(entry.msgid, entry.msgstr)
    return catalog


def main(odoo_path, po_path):
    catalog = odoo_catalog(odoo_path)
    po = polib.pofile(po_path)
    for entry in po:
        if entry.msgstr or entry.obsolete:
            continue
        entry.msgstr = catalog.get(entry.msgid, "")
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
    po.save(po_path)
    for entry in po.untranslated_entries():
        print(repr(entry.msgid))


if __name__ == "__main__":
    main(*sys.argv[1:3])
