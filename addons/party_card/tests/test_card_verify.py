# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import secrets
from datetime import date

from odoo.tests import HttpCase, tagged

from odoo.addons.party_member.tests.images import _png

from .common_cards import PartyCardCase


@tagged("post_install", "-at_install")
class TestPartyCardVerify(PartyCardCase, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.holder = cls._official(
            "TRẦN THỊ BÌNH",
            birth_date=date(1980, 7, 14),
            file_number="012345HN",
            image_1920=_png(),
        )
        cls.card = cls._card(cls.holder, number="24681357")

    def _assert_says(self, page, english):
        """The page says ``english`` in the visitor's language (English, or
        Vietnamese from vi.po)."""
        vietnamese = {
            "Valid party card": "Thẻ đảng viên hợp lệ",
            "This card is not valid": "Thẻ không hợp lệ",
        }[english]
        self.assertTrue(english in page or vietnamese in page, page)

    def _get(self, token):
        response = self.url_open(f"/party/card/verify/{token}")
        self.assertEqual(response.status_code, 200)
        return response.text

    def _assert_leaks_nothing(self, page):
        for secret in (
            "24681357",
            "14/07/1980",
            "1980-07-14",
            "012345HN",
            self.cell_1.name,
            self.committee.name,
            "Khối Doanh nghiệp",
        ):
            self.assertNotIn(secret, page)

    def test_valid_card_shows_name_and_photo_only(self):
        """A valid card shows 'valid', the name and the photo, nothing else."""
        page = self._get(self.card.access_token)
        self._assert_says(page, "Valid party card")
        self.assertIn("TRẦN THỊ BÌNH", page)
        self.assertIn("data:image/png;base64", page)
        self._assert_leaks_nothing(page)

    def test_forged_token_refused(self):
        """An unknown or malformed token shows 'not valid' and no name."""
        for token in (
            secrets.token_urlsafe(24),
            "x",
            # the last character changed (never the same one by chance)
            self.card.access_token[:-1]
            + ("B" if self.card.access_token.endswith("A") else "A"),
        ):
            page = self._get(token)
            self._assert_says(page, "This card is not valid")
            self.assertNotIn("TRẦN THỊ BÌNH", page)
            self._assert_leaks_nothing(page)

    def test_revoked_cards_refused(self):
        """Lost, recovered and regenerated tokens show 'not valid' and no name."""
        old_token = self.card.access_token
        self.card.action_regenerate_token()
        self.assertNotIn("TRẦN THỊ BÌNH", self._get(old_token))
        self.card.action_report_lost()
        page = self._get(self.card.access_token)
        self._assert_says(page, "This card is not valid")
        self.assertNotIn("TRẦN THỊ BÌNH", page)
        other = self._card(self.holder, number="13572468")
        other.action_recover()
        page = self._get(other.access_token)
        self._assert_says(page, "This card is not valid")
        self.assertNotIn("TRẦN THỊ BÌNH", page)

    def test_expelled_member_card_refused(self):
        """The card of an expelled member is not valid even before recovery."""
        self.env["party.discipline"].create(
            {
                "member_id": self.holder.id,
                "decision_id": self.decision.id,
                "form": "expulsion",
                "date": date(2025, 3, 1),
            }
        )
        page = self._get(self.card.access_token)
        self._assert_says(page, "This card is not valid")
        self.assertNotIn("TRẦN THỊ BÌNH", page)
