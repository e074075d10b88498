# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.tests import HttpCase, tagged
from odoo.tools import mute_logger

from odoo.addons.party_card.tests.common_cards import PartyCardCase
from odoo.addons.party_portal.tests.common import PartyPortalCase


@tagged("post_install", "-at_install")
class TestPortalCard(PartyPortalCase, PartyCardCase, HttpCase):
    """/my/party/record shows the member's own current card, nobody else's."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.card_an = cls._card(cls.member_an, number="31000001")
        cls.card_binh = cls._card(cls.member_binh, number="31000002")

    def _record_page(self, user):
        self._login(user)
        response = self.url_open("/my/party/record")
        self.assertEqual(response.status_code, 200)
        return response.text

    def test_own_card_not_another(self):
        """An sees their card's number, issue date and status; not Bình's."""
        page = self._record_page(self.portal_an)
        self.assertIn("o_party_record_card", page)
        self.assertIn("31000001", page)
        self.assertIn("02/03/2024", page)
        self.assertIn("Issued", page)
        self.assertNotIn("31000002", page)
        self.assertNotIn("No card issued yet", page)

    def test_reissued_card_is_current(self):
        """After a loss and a reissue, the new card is shown, "Reissued"."""
        self.card_an.action_report_lost()
        self.assertIn("Lost", self._record_page(self.portal_an))
        new = self.card_an._reissue("31000003", issue_date=date(2025, 6, 7))
        self.assertEqual(new.state, "reissued")
        page = self._record_page(self.portal_an)
        self.assertIn("31000003", page)
        self.assertIn("Reissued", page)
        self.assertNotIn("31000001", page)

    def test_no_card(self):
        """A member without a card reads "No card issued yet"."""
        page = self._record_page(self.portal_cuong)
        self.assertIn("No card issued yet", page)
        self.assertNotIn("31000001", page)
        self.assertNotIn("31000002", page)

    @mute_logger("odoo.http")
    def test_rpc_gives_nothing(self):
        """The portal user reads no card over JSON-RPC, nor calls the helper."""
        self._login(self.portal_an)
        result, error = self._rpc("party.card", "search_read", [], ["number"])
        self.assertIsNone(result)
        self.assertTrue(error)
        result, error = self._rpc("party.member", "_portal_card", [self.member_binh.id])
        self.assertIsNone(result)
        self.assertTrue(error)
