# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.tests import HttpCase, tagged
from odoo.tools import mute_logger

from odoo.addons.party_portal.tests.common import PartyPortalCase


@tagged("post_install", "-at_install")
class TestPortalBadge(PartyPortalCase, HttpCase):
    """/my/party/record shows the badges awarded to the member, nobody else's."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.badge_decision = cls.env["party.decision"].create(
            {
                "name": "310-QĐ/ĐUK",
                "date": date(2026, 1, 20),
                "decision_type": "badge",
                "issuer_organization_id": cls.committee.id,
                "company_id": cls.company.id,
            }
        )
        Award = cls.env["party.badge.award"]
        cls.award_an, cls.award_binh, cls.proposal_an = Award.create(
            [
                {
                    "member_id": member.id,
                    "organization_id": cls.cell_1.id,
                    "milestone": milestone,
                    "occasion_date": day,
                    "decision_id": cls.badge_decision.id,
                }
                for member, milestone, day in (
                    (cls.member_an, 30, date(2026, 2, 3)),
                    (cls.member_binh, 40, date(2026, 5, 19)),
                    (cls.member_an, 45, date(2026, 9, 2)),
                )
            ]
        )
        (cls.award_an | cls.award_binh).with_user(cls.user_office).action_award()

    def _record_page(self, user):
        self._login(user)
        response = self.url_open("/my/party/record")
        self.assertEqual(response.status_code, 200)
        return response.text

    def test_own_badges_not_another(self):
        """An sees their awarded badge and its date; not Bình's, not a
        proposal still waiting for the award."""
        self.assertEqual(self.award_an.state, "awarded")
        self.assertEqual(self.proposal_an.state, "proposed")
        page = self._record_page(self.portal_an)
        self.assertIn("o_party_record_badges", page)
        self.assertIn("30-year badge", page)
        self.assertIn("02/03/2026", page)
        self.assertNotIn("40-year badge", page)
        self.assertNotIn("05/19/2026", page)
        self.assertNotIn("45-year badge", page)

    def test_no_badge_nothing_shown(self):
        """A member without an awarded badge sees no badge section."""
        page = self._record_page(self.portal_cuong)
        self.assertNotIn("o_party_record_badges", page)
        self.assertNotIn("year badge", page)

    @mute_logger("odoo.http")
    def test_rpc_gives_nothing(self):
        """The portal user reads no award over JSON-RPC, nor calls the helper."""
        self._login(self.portal_an)
        result, error = self._rpc("party.badge.award", "search_read", [], ["milestone"])
        self.assertIsNone(result)
        self.assertTrue(error)
        result, error = self._rpc(
            "party.member", "_portal_badge_awards", [self.member_binh.id]
        )
        self.assertIsNone(result)
        self.assertTrue(error)
