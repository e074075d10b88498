# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import BaseCase, tagged

from ..engine.identity import search_key
from .common import PartyMemberCase


@tagged("post_install", "-at_install")
class TestSearchKeyEngine(BaseCase):
    def test_vietnamese_folded(self):
        """Marks dropped, đ read as d, lower case, single spaces."""
        self.assertEqual(search_key("NGUYỄN  Văn Đức"), "nguyen van duc")
        self.assertEqual(search_key("Trần Thị Ngọc Ánh"), "tran thi ngoc anh")
        self.assertEqual(search_key(False), "")


@tagged("post_install", "-at_install")
class TestMemberSearch(PartyMemberCase):
    def test_name_found_without_accents(self):
        """'nguyen van an' finds NGUYỄN VĂN AN, in the search box (display
        name) and in a many2one (name_search); accents still work."""
        member = self._member("NGUYỄN VĂN AN")
        other = self._member("NGUYỄN VĂN ÂN")
        self._member("TRẦN VĂN BÌNH")
        Member = self.env["party.member"]
        for typed in ("nguyen van an", "Nguyễn Văn An", "nguyễn van AN"):
            found = Member.search([("display_name", "ilike", typed)])
            self.assertIn(member, found, typed)
        found = Member.name_search("nguyen van an")
        self.assertIn(member.id, [row[0] for row in found])
        # Without accents the two names are the same: both are offered.
        self.assertEqual(
            Member.search([("display_name", "ilike", "van an")]), member | other
        )
