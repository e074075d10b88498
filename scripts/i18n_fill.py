#!/usr/bin/env python3
# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Fill the untranslated entries of an addon's vi.po that need no translator:

* bilingual messages "English … / Tiếng Việt …" take their Vietnamese half;
* terms that Odoo itself translates (mail, base, hr fields …) take Odoo's
  Vietnamese translation, so the suite speaks like the rest of the UI.

Usage: i18n_fill.py ODOO_PATH addons/<addon>/i18n/vi.po
Prints the msgids still untranslated.
"""

import re
import sys
from pathlib import Path

import polib

VIETNAMESE = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)


def odoo_catalog(odoo_path):
    catalog = {}
    for name in ("base", "mail", "hr", "web", "resource", "product", "portal"):
        path = Path(odoo_path) / "odoo" / "addons" / name / "i18n" / "vi.po"
        if path.exists():
            for entry in polib.pofile(str(path)):
                if entry.msgstr and "fuzzy" not in entry.flags:
                    catalog.setdefault(entry.msgid, entry.msgstr)
    return catalog


def vietnamese_half(msgid):
    if " / " not in msgid:
        return None
    english, _sep, vietnamese = msgid.partition(" / ")
    return vietnamese if VIETNAMESE.search(vietnamese) else None


def main(odoo_path, po_path):
    catalog = odoo_catalog(odoo_path)
    po = polib.pofile(po_path)
    for entry in po:
        if entry.msgstr or entry.obsolete:
            continue
        entry.msgstr = vietnamese_half(entry.msgid) or catalog.get(entry.msgid, "")
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
    po.save(po_path)
    for entry in po.untranslated_entries():
        print(repr(entry.msgid))


if __name__ == "__main__":
    main(*sys.argv[1:3])
