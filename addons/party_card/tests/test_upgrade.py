# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Upgrading a database of before the split: the records party_card took
from party_member keep their rows (party_org/upgrade.py)."""

from odoo.tests import TransactionCase, tagged

from odoo.addons.party_org.upgrade import restore_demo_flags, split_off


@tagged("post_install", "-at_install")
class TestUpgradeAcrossTheSplit(TransactionCase):
    def _xmlid_module(self, name):
        self.env.cr.execute(
            "SELECT module FROM ir_model_data WHERE name = %s AND module IN"
            " ('party_member', 'party_card')",
            [name],
        )
        return [module for (module,) in self.env.cr.fetchall()]

    def test_records_change_addon_and_the_addon_installs(self):
        """As before the split: the card views, rules, sequence-like records
        and model ids under party_member, party_card not installed. After
        split_off they belong to party_card, which is to install, without
        reloading its demo; at the end it holds demo when party_member does."""
        cr = self.env.cr
        view = self.env.ref("party_card.party_card_view_form")
        cr.execute(
            """UPDATE ir_model_data data SET module = 'party_member'
                WHERE module = 'party_card' AND NOT EXISTS (
                      SELECT 1 FROM ir_model_data other
                       WHERE other.module = 'party_member'
                         AND other.name = data.name)"""
        )
        cr.execute(
            "UPDATE ir_module_module SET state = 'uninstalled', demo = true"
            " WHERE name = 'party_card'"
        )
        split_off(cr, "party_member", ("party_card",))
        self.assertEqual(self._xmlid_module("party_card_view_form"), ["party_card"])
        self.assertEqual(self._xmlid_module("model_party_card"), ["party_card"])
        self.assertEqual(
            self._xmlid_module("field_party_card__access_token"), ["party_card"]
        )
        # The core's own records stay where they are.
        self.assertEqual(self._xmlid_module("party_member_view_form"), ["party_member"])
        self.assertEqual(
            self.env["ir.model.data"]._xmlid_to_res_id(
                "party_card.party_card_view_form"
            ),
            view.id,
        )
        cr.execute("SELECT state, demo FROM ir_module_module WHERE name = 'party_card'")
        self.assertEqual(cr.fetchone(), ("to install", False))
        cr.execute(
            "UPDATE ir_module_module SET state = 'installed' WHERE name = 'party_card'"
        )
        cr.execute("SELECT demo FROM ir_module_module WHERE name = 'party_member'")
        (member_demo,) = cr.fetchone()
        restore_demo_flags(cr, "party_member")
        cr.execute("SELECT demo FROM ir_module_module WHERE name = 'party_card'")
        self.assertEqual(cr.fetchone()[0], member_demo)

    def test_an_existing_id_of_the_new_addon_is_kept(self):
        """An id the new addon already has is never overwritten."""
        cr = self.env.cr
        cr.execute(
            "INSERT INTO ir_model_data (module, name, model, res_id, noupdate)"
            " SELECT 'party_member', name, model, res_id, noupdate"
            " FROM ir_model_data WHERE module = 'party_card'"
            " AND name = 'party_card_view_form'"
        )
        split_off(cr, "party_member", ("party_card",))
        self.assertEqual(
            sorted(self._xmlid_module("party_card_view_form")),
            ["party_card", "party_member"],
        )
