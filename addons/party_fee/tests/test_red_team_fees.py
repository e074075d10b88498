# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Red team: fee lines and their wizards (security review H1, H6, L3; QA
members #25, #36)."""

from datetime import date

from odoo.exceptions import AccessError
from odoo.tests import HttpCase, tagged

from odoo.addons.party_member.tests.common import PartyMemberCase
from odoo.addons.party_org.tests.red_team import RedTeamMixin

MARCH = date(2026, 3, 1)


class FeeRecordsCase(RedTeamMixin, PartyMemberCase):
    """A secretary of the sub-committee (cell_2), a member of their cell and
    one of cell_1 (outside), each with a March fee line."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._secretary_on_sub_committee()
        cls.inside = cls._official("TRONG PHẠM VI", cls.cell_2, fee_base=10_000_000)
        cls.outside = cls._official("NGOÀI PHẠM VI", cls.cell_1, fee_base=8_000_000)
        Line = cls.env["party.fee.line"]
        Line._generate(MARCH, cls.committee)
        cls.line_in = Line.search([("member_id", "=", cls.inside.id)])
        cls.line_out = Line.search([("member_id", "=", cls.outside.id)])


@tagged("post_install", "-at_install")
class TestFeeRedTeam(FeeRecordsCase):
    def test_fee_amounts_only_through_collection(self):
        """H6, QA #36: amounts and payment change only through the collection."""
        line = self.line_in.with_user(self.user_secretary)
        with self.assertUnchanged(self.line_in):
            for vals in (
                {"amount_due": 0},
                {"amount_paid": self.line_in.amount_due},
                {"receipt_number": "BL-GIẢ"},
                {"remitted": True},
            ):
                with self.assertRaises(AccessError):
                    line.write(vals)
            with self.assertRaises(AccessError):
                self.line_in.with_user(self.user_office).write({"amount_due": 0})
        count = self.env["party.fee.line"].search_count([])
        with self.assertRaises(AccessError):
            self.env["party.fee.line"].with_user(self.user_secretary).create(
                {
                    "member_id": self.inside.id,
                    "company_id": self.company.id,
                    "month": date(2026, 4, 1),
                    "amount_due": 0,
                }
            )
        self.assertEqual(self.env["party.fee.line"].search_count([]), count)
        Collect = self.env["party.fee.collect"].with_user(self.user_secretary)
        with self.assertRaises(AccessError):
            Collect.create({"line_ids": [(6, 0, self.line_out.ids)]})
        Collect.create({"line_ids": [(6, 0, self.line_in.ids)]}).action_collect()
        self.assertEqual(self.line_in.state, "paid")
        self.assertTrue(self.line_in.receipt_number)
        self.env.flush_all()
        self.env.cr.precommit.run()  # tracking messages are posted at commit
        tracked = self.line_in.message_ids.tracking_value_ids.field_id.mapped("name")
        self.assertIn("amount_paid", tracked)

    def test_own_fee_lines_read_only(self):
        """H1: the 'member reads own' rule on fee lines gives reading only."""
        rules = self.env.ref("party_fee.party_fee_line_rule_member")
        self.assertEqual(
            (rules.perm_read, rules.perm_write, rules.perm_create, rules.perm_unlink),
            (True, False, False, False),
        )

    def test_fee_book_belongs_to_its_creator(self):
        """QA #25: another user's fee book is neither listed nor read."""
        book = (
            self.env["party.fee.book"]
            .with_user(self.user_office)
            .create({"organization_id": self.committee.id})
        )
        Book = self.env["party.fee.book"].with_user(self.user_secretary)
        self.assertFalse(Book.search_read([], ["id"]))
        with self.assertRaises(AccessError):
            Book.browse(book.id).read(["create_uid"])

    def test_fee_generation_limited_to_own_subtrees(self):
        """L3: a secretary bills only members of their subtrees, hosts included."""
        away = self._official("TẠM CHUYỂN LÊN", self.cell_1, fee_base=9_000_000)
        away._add_event(
            "temporary_transfer_out", date(2026, 3, 10), to_organization=self.committee
        )
        april = date(2026, 4, 1)
        Line = self.env["party.fee.line"]
        wizard = (
            self.env["party.fee.generate"]
            .with_user(self.user_secretary)
            .create({"month": april})
        )
        wizard.action_generate()
        billed = Line.search([("month", "=", april)]).member_id
        self.assertIn(self.inside, billed)
        self.assertFalse(billed & (away | self.outside))
        Line.with_user(self.user_office)._generate(april)
        line = Line.search([("month", "=", april), ("member_id", "=", away.id)])
        self.assertEqual(line.organization_id, self.committee)
        with self.assertRaises(AccessError):
            Line.with_user(self.user_member)._generate(april)


@tagged("post_install", "-at_install")
class TestFeeRedTeamHttp(FeeRecordsCase, HttpCase):
    def test_http_fee_amount_refused(self):
        """QA #36 over RPC: a secretary cannot set amount_due to 0 or forge a line."""
        lines = self.inside.fee_line_ids
        with self.assertUnchanged(self.line_in | self.line_out):
            self.assertRefusedRpc(
                self.user_secretary,
                "party.fee.line",
                "write",
                [[self.line_in.id], {"amount_due": 0}],
                context={"tracking_disable": True},
            )
            self.assertRefusedRpc(
                self.user_secretary,
                "party.fee.line",
                "create",
                [{"member_id": self.inside.id, "month": "2026-05-01", "amount_due": 0}],
            )
            self.assertRefusedRpc(
                self.user_secretary,
                "party.fee.line",
                "action_remit",
                [[self.line_out.id]],
            )
        self.inside.invalidate_recordset()
        self.assertEqual(self.inside.fee_line_ids, lines)
