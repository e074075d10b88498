# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Transfers as used by a branch secretary (QA members #22, #23, #27, #28)."""

from datetime import date

from odoo.exceptions import UserError
from odoo.tests import tagged

from .test_red_team_lifecycle import LifecycleRedTeamCase


@tagged("post_install", "-at_install")
class TestTransferQa(LifecycleRedTeamCase):
    def _transfer(self, user=None, **vals):
        Transfer = self.env["party.transfer"]
        if user:
            Transfer = Transfer.with_user(user)
        return Transfer.create({"company_id": self.company.id, **vals})

    def test_qa22_secretary_chooses_any_destination(self):
        """QA #22: the destination offers every organisation of the enterprise."""
        Org = self.env["party.organization"].with_user(self.user_secretary)
        plain = {org_id for org_id, _name in Org.name_search("", limit=None)}
        self.assertNotIn(self.cell_1.id, plain)
        offered = {
            org_id
            for org_id, _name in Org.with_context(
                party_transfer_destination=True
            ).name_search("", limit=None)
        }
        self.assertIn(self.cell_1.id, offered)
        self.assertIn(self.cell_2.id, offered)
        # A probing domain is not evaluated as superuser: it changes nothing.
        probed = {
            org_id
            for org_id, _name in Org.with_context(
                party_transfer_destination=True
            ).name_search(
                "", [("position_ids.employee_id.name", "=", "nobody")], limit=None
            )
        }
        self.assertEqual(probed, offered)
        transfer = self._transfer(
            user=self.user_secretary,
            member_id=self.ours.id,
            from_organization_id=self.cell_2.id,
            to_organization_id=self.cell_1.id,
            transfer_date=date(2026, 2, 2),
        )
        self.assertEqual(transfer.sudo().to_organization_id, self.cell_1)
        values = transfer.web_read({"to_organization_id": {"fields": {}}})
        self.assertEqual(values[0]["to_organization_id"]["id"], self.cell_1.id)

    def test_qa22_transfer_out_to_nowhere_refused(self):
        """QA #22: completing a transfer out with no destination is refused."""
        transfer = self._transfer(
            member_id=self.ours.id, transfer_date=date(2026, 2, 2)
        ).with_user(self.user_office)
        with self.assertRaisesText(UserError, "receiving organisation"):
            transfer.action_done()
        self.assertEqual(transfer.state, "draft")
        self.assertEqual(self.ours.state, "official")

    def test_qa23_incoming_transfer_of_another_cells_member_listed(self):
        """QA #23: the receiving secretary lists an incoming transfer of another cell's member."""
        incoming = self._transfer(
            member_id=self.victim.id,
            from_organization_id=self.cell_1.id,
            to_organization_id=self.cell_2.id,
            job_change_date=date(2026, 11, 1),
        )
        Transfer = self.env["party.transfer"].with_user(self.user_secretary)
        spec = {
            "name": {},
            "kind": {},
            "direction": {},
            "member_id": {"fields": {"display_name": {}}},
            "from_organization_id": {"fields": {"display_name": {}}},
            "to_organization_id": {"fields": {"display_name": {}}},
            "transfer_deadline": {},
            "referral_deadline": {},
            "transfer_date": {},
            "is_overdue": {},
            "is_late": {},
            "state": {},
        }
        result = Transfer.web_search_read([], spec)
        rows = {row["id"]: row for row in result["records"]}
        self.assertIn(incoming.id, rows)
        self.assertIn("NẠN NHÂN", rows[incoming.id]["name"])
        form = Transfer.browse(incoming.id).web_read(spec)
        self.assertEqual(form[0]["member_id"]["display_name"], "NẠN NHÂN")

    def test_qa27_temporary_transfer_needs_return_date(self):
        """QA #27: a temporary transfer without a return date is not completed."""
        transfer = self._transfer(
            member_id=self.ours.id,
            kind="temporary",
            to_external="Đảng bộ phường Y",
            transfer_date=date(2026, 2, 2),
        )
        with self.assertRaisesText(UserError, "expected return date"):
            transfer.action_done()
        self.assertEqual(self.ours.state, "official")
        transfer.return_date = date(2026, 8, 2)
        transfer.action_done()
        self.assertEqual(self.ours.state, "temporarily_transferred")

    def test_qa28_arrival_from_outside_needs_admission_decision_date(self):
        """QA #28: a member arriving from outside brings the admission decision date."""
        transfer = self._transfer(
            direction="in",
            member_name="LẠC LONG QUÂN QA",
            from_external="Đảng bộ Công ty Y",
            to_organization_id=self.cell_2.id,
            transfer_date=date(2026, 2, 2),
        )
        with self.assertRaisesText(UserError, "admission decision date"):
            transfer.action_done()
        self.assertFalse(transfer.member_id)
        transfer.member_admission_decision_date = date(2015, 2, 3)
        transfer.action_done()
        self.assertEqual(transfer.member_id.admission_decision_date, date(2015, 2, 3))
