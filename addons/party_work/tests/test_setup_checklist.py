# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64

from odoo.exceptions import AccessError
from odoo.tests import tagged

from odoo.addons.party_docs.engine.pdf_signature import make_self_signed_pkcs12
from odoo.addons.party_member.tests.common import PartyMemberCase


@tagged("post_install", "-at_install")
class TestSetupChecklist(PartyMemberCase):
    """The first steps of a new company: done or not from its own data,
    each opening its screen; for the party office."""

    def _checklist(self, company):
        return (
            self.env["party.setup.checklist"]
            .with_user(self.user_office)
            .with_company(company)
            .create({})
        )

    def _steps(self, checklist):
        checklist.invalidate_recordset()
        return {
            step: checklist[f"{step}_done"]
            for step in ("organization", "members", "fees", "certificate", "portal")
        }

    def test_new_company_nothing_done(self):
        """A company with no party data has every step to do; the tree of
        another company does not count."""
        empty = self.env["res.company"].create({"name": "Công ty mới"})
        self.user_office.company_ids |= empty
        checklist = self._checklist(empty)
        self.assertFalse(any(self._steps(checklist).values()))
        self.assertEqual((checklist.done_count, checklist.step_count), (0, 5))

    def test_steps_follow_the_data(self):
        checklist = self._checklist(self.company)
        self.assertEqual(
            self._steps(checklist),
            {
                "organization": True,
                "members": False,
                "fees": False,
                "certificate": False,
                "portal": False,
            },
        )
        member = self._official("Nguyễn Văn An")
        self.env["party.fee.rule"].create(
            {
                "name": "Đảng phí riêng",
                "category": "wage_earner",
                "rate": 1,
                "company_id": self.company.id,
            }
        )
        self.env["party.signing.certificate"].create(
            {
                "organization_id": self.committee.id,
                "pkcs12_file": base64.b64encode(
                    make_self_signed_pkcs12("Đảng bộ A", "mat-khau-1")
                ),
                "pkcs12_filename": "dang-bo-a.p12",
                "password_input": "mat-khau-1",
            }
        )
        member.user_id = self._user("portal_an", "base.group_portal", self.company)
        steps = self._steps(checklist)
        self.assertTrue(all(steps.values()), steps)
        self.assertEqual(checklist.done_count, 5)
        self.assertEqual(checklist.portal_count, 1)

    def test_steps_open_their_screens(self):
        checklist = self._checklist(self.company)
        models = {}
        for step in ("organization", "members", "fees", "certificate", "portal"):
            action = checklist.with_context(party_setup_step=step).action_open_step()
            models[step] = action["res_model"]
        self.assertEqual(
            models,
            {
                "organization": "party.organization",
                "members": "party.member.import",
                "fees": "party.fee.rule",
                "certificate": "party.signing.certificate",
                "portal": "party.member",
            },
        )
        action = checklist.with_context(party_setup_step="portal").action_open_step()
        self.assertEqual(action["context"]["search_default_no_user"], 1)

    def test_office_only(self):
        """The checklist is the party office's: others cannot open it."""
        for user in (self.user_secretary, self.user_member):
            with self.assertRaises(AccessError):
                self.env["party.setup.checklist"].with_user(user).create({})
        menu = self.env.ref("party_work.party_setup_checklist_menu")
        self.assertIn(
            menu,
            self.env["ir.ui.menu"].with_user(self.user_office).search([]),
        )
        self.assertNotIn(
            menu,
            self.env["ir.ui.menu"].with_user(self.user_secretary).search([]),
        )
