# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Upgrading a database of before the split: the KPI of this bridge's
measure was party_kpi's; party_kpi's pre-migration gives it to the bridge
and installs the bridge in the same run (party_org/upgrade.py)."""

from odoo.tests import TransactionCase, tagged

from odoo.addons.party_kpi.tests.common import load_migration


@tagged("post_install", "-at_install")
class TestUpgradeFromPartyKpi(TransactionCase):
    def test_kpi_record_moves_to_the_bridge(self):
        """As before the split: the KPI "Fees collected on time" under
        party_kpi, the bridge not installed. After party_kpi's pre-migration
        the same row is the bridge's, and the bridge is to install (without
        reloading its demo)."""
        cr = self.env.cr
        kpi = self.env.ref("party_kpi_fee.kpi_fees_on_time")
        cr.execute(
            "UPDATE ir_model_data SET module = 'party_kpi'"
            " WHERE module = 'party_kpi_fee' AND name = 'kpi_fees_on_time'"
        )
        cr.execute(
            "UPDATE ir_module_module SET state = 'uninstalled', demo = true"
            " WHERE name = 'party_kpi_fee'"
        )
        load_migration("18.0.2.0.0", "pre-migration").migrate(cr, "18.0.1.0.0")
        cr.execute(
            "SELECT module, res_id FROM ir_model_data WHERE name = 'kpi_fees_on_time'"
        )
        self.assertEqual(cr.fetchall(), [("party_kpi_fee", kpi.id)])
        cr.execute(
            "SELECT state, demo FROM ir_module_module WHERE name = 'party_kpi_fee'"
        )
        self.assertEqual(cr.fetchone(), ("to install", False))
