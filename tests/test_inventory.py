# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Nothing the suite had before the addons were split is lost.

`tests/data/inventory.json` was written from a database holding the five
addons of before the split (party_org, party_member, party_docs, party_kpi and
party_member_hr_contract). The database `make test` builds must still hold
every model, field, access right, record rule, menu, action, report, cron,
sequence and group in it, wherever each now lives.

To record a deliberate change: `INVENTORY_WRITE=1` with pytest-odoo rewrites
the file from the current database; review the diff before committing it.
"""

import json
import os
from pathlib import Path

from inventory import collect

from odoo.tests import TransactionCase

SNAPSHOT = Path(__file__).resolve().parent / "data" / "inventory.json"


class TestInventory(TransactionCase):
    test_tags = {"party_suite"}
    test_module = "party_suite"

    def test_nothing_lost_in_the_split(self):
        """Every entry of the snapshot is still in the database."""
        current = collect(self.env)
        if os.environ.get("INVENTORY_WRITE"):
            SNAPSHOT.write_text(
                json.dumps(current, indent=1, ensure_ascii=False) + "\n"
            )
        before = json.loads(SNAPSHOT.read_text())
        self.assertGreater(len(before["models"]), 50)  # the snapshot is real
        for key, entries in before.items():
            with self.subTest(key=key):
                lost = sorted(set(entries) - set(current[key]))
                self.assertFalse(lost, f"{key}: {len(lost)} lost: {lost[:10]}")
