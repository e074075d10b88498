# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Red team: badge awards and the proposal wizard (security review H1, H6;
QA members #24, #25)."""

from datetime import date

from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, tagged

from odoo.addons.party_member.tests.common import PartyMemberCase
from odoo.addons.party_org.tests.red_team import RedTeamMixin

MARCH = date(2026, 3, 1)


class BadgeRedTeamCase(RedTeamMixin, PartyMemberCase):
    """A secretary of the sub-committee (cell_2), a member of their cell and
    one of cell_1 (outside), each with a badge proposal; a badge decision."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._secretary_on_sub_committee()
        cls.inside = cls._official("TRONG PHẠM VI", cls.cell_2)
        cls.outside = cls._official("NGOÀI PHẠM VI", cls.cell_1)
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
class TestBadgeRedTeam(BadgeRedTeamCase):
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

    def test_own_award_read_only(self):
        """H1: the 'member reads own' rule gives reading, not writing."""
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
            mine.write({"note": "sửa huy hiệu của chính mình"})

    def test_wizard_belongs_to_its_creator(self):
        """QA #25: a proposal wizard of another user (and its lines) is
        neither listed nor read."""
        wizard = (
            self.env["party.badge.proposal"]
            .with_user(self.user_office)
            .create(
                {
                    "occasion_date": MARCH,
                    "line_ids": [
                        (0, 0, {"member_id": self.outside.id, "milestone": 30})
                    ],
                }
            )
        )
        for record in (wizard, wizard.line_ids):
            Model = self.env[record._name].with_user(self.user_secretary)
            self.assertFalse(Model.search_read([], ["id"]), record._name)
            with self.assertRaises(AccessError):
                Model.browse(record.id).read(["create_uid"])


@tagged("post_install", "-at_install")
class TestBadgeRedTeamHttp(BadgeRedTeamCase, HttpCase):
    def test_http_badge_state_refused(self):
        """H6 over RPC: a badge state is not written, even with context."""
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
