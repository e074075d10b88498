# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Member text and identifiers as stored, whatever the form, RPC or file
they come from (QA members #20, #21)."""

import unicodedata

from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .common import PartyMemberCase

NAME = "TRẦN THỊ NGỌC ÁNH"
NAME_NFD = unicodedata.normalize("NFD", NAME)


@tagged("post_install", "-at_install")
class TestMemberText(PartyMemberCase):
    def test_create_and_write_normalise_to_nfc(self):
        """Member text written by any form or RPC is stored in NFC (QA 21)."""
        member = self._member(NAME_NFD, hometown=NAME_NFD)
        self.assertEqual((member.name, member.hometown), (NAME, NAME))
        member.write({"occupation": unicodedata.normalize("NFD", "Kỹ sư")})
        self.assertEqual(member.occupation, "Kỹ sư")

    def test_full_width_digits_refused_on_record(self):
        """A member's citizen ID or file number in full-width digits is
        refused outside the import too (Thông tư 59/2021/TT-BCA)."""
        with self.assertRaises(ValidationError):
            self._member("Toàn Khổ", citizen_id="０３４０９００９９９９９")
        member = self._member("Toàn Khổ")
        with self.assertRaises(ValidationError):
            member.write({"file_number": "０１２３４５HN"})
