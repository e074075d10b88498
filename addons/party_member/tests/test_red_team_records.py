# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Red team: badges, fees and their wizards (security review H1, H6, L3;
QA members #24, #25, #36)."""

from datetime import date

from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, new_test_user, tagged

from odoo.addons.party_org.tests.red_team import RedTeamMixin

from .common import PartyMemberCase

MARCH = date(2026, 3, 1)


class RecordsCase(RedTeamMixin, PartyMemberCase):
    """A secretary of the sub-committee (cell_2), a member of their cell and
    one of cell_1 (outside), each with a March fee line and a badge
    proposal."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._secretary_on_sub_committee()
        cls.user_portal = new_test_user(
            cls.env, login="party_portal", groups="base.group_portal"
        )
        cls.inside = cls._official("TRONG PHẠM VI", cls.cell_2, fee_base=10_000_000)
        cls.outside = cls._official("NGOÀI PHẠM VI", cls.cell_1, fee_base=8_000_000)
        cls.env["party.fee.line"]._generate(MARCH, cls.committee)
        Line = cls.env["party.fee.line"]
        cls.line_in = Line.search([("member_id", "=", cls.inside.id)])
        cls.line_out = Line.search([("member_id", "=", cls.outside.id)])
        Award = cls.env["party.badge.award"]
        cls.award_in, cls.award_out = (
            Award.create(
                {"member_id": member.id, "milestone": 30, "occasion_date": MARCH}
            )
            for member in (cls.inside, cls.outside)
        )
        cls.badge_decision = cls.env["party.decision"].create(
            {
                "name": "310-QĐ/ĐUK",
                "date": date(2026, 2, 20),
                "decision_type": "badge",
                "issuer_organization_id": cls.committee.id,
                "company_id": cls.company.id,
            }
        )


@tagged("post_install", "-at_install")
class TestRecordsRedTeam(RecordsCase):
    def test_badge_awarded_by_office_on_decision(self):
        """H6, QA #24: only the party office approves and awards, on a decision."""
        award = self.award_in.with_user(self.user_secretary)
        with self.assertUnchanged(self.award_in):
            for method in ("action_approve", "action_award"):
                with self.assertRaises(AccessError):
                    getattr(award, method)()
            with self.assertRaises(AccessError):
                award.write({"state": "awarded"})
            with self.assertRaises(AccessError):
                award.write({"milestone": 50})
        office = self.award_in.with_user(self.user_office)
        with self.assertUnchanged(self.award_in), self.assertRaises(UserError):
            office.action_award()
        office.write({"decision_id": self.badge_decision.id})
        office.action_award()
        self.assertEqual(self.award_in.state, "awarded")
        with self.assertRaises(UserError):
            office.write({"note": "sửa sau khi trao"})

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

    def test_own_record_rules_read_only(self):
        """H1: the 'member reads own' rules give reading, not writing."""
        me = self._official(
            "BÍ THƯ ĐÃ XÓA TÊN", self.cell_1, employee_id=self.employee_secretary.id
        )
        award = self.env["party.badge.award"].create(
            {"member_id": me.id, "milestone": 30, "occasion_date": MARCH}
        )
        me._add_event("removal", date(2026, 1, 5))
        self.env.registry.clear_cache()
        mine = award.with_user(self.user_secretary)
        self.assertTrue(mine.read(["note"]))
        with self.assertUnchanged(award), self.assertRaises(AccessError):
            mine.write({"note": "sửa thẻ của chính mình"})
        rules = self.env.ref("party_member.party_fee_line_rule_member")
        self.assertEqual(
            (rules.perm_read, rules.perm_write, rules.perm_create, rules.perm_unlink),
            (True, False, False, False),
        )

    def test_wizards_belong_to_their_creator(self):
        """QA #25: a wizard of another user is neither listed nor read."""
        office = self.user_office
        wizards = [
            self.env["party.fee.book"]
            .with_user(office)
            .create({"organization_id": self.committee.id}),
            self.env["party.badge.proposal"]
            .with_user(office)
            .create(
                {
                    "occasion_date": MARCH,
                    "line_ids": [
                        (0, 0, {"member_id": self.outside.id, "milestone": 30})
                    ],
                }
            ),
        ]
        wizards.append(wizards[-1].line_ids)
        for wizard in wizards:
            Model = self.env[wizard._name].with_user(self.user_secretary)
            self.assertFalse(Model.search_read([], ["id"]), wizard._name)
            with self.assertRaises(AccessError):
                Model.browse(wizard.id).read(["create_uid"])

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
class TestRecordsRedTeamHttp(RecordsCase, HttpCase):
    def test_http_badge_states_refused(self):
        """H6 over RPC: badge states are not written, even with context."""
        context = {"tracking_disable": True, "mail_notrack": True}
        with self.assertUnchanged(self.award_in):
            self.assertRefusedRpc(
                self.user_secretary,
                "party.badge.award",
                "action_award",
                [[self.award_in.id]],
            )
            self.assertRefusedRpc(
                self.user_secretary,
                "party.badge.award",
                "write",
                [[self.award_in.id], {"state": "awarded"}],
                context=context,
            )

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
