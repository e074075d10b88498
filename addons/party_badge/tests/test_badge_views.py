# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import Form, tagged

from odoo.addons.party_member.tests.common import PartyMemberCase


@tagged("post_install", "-at_install")
class TestBadgeViews(PartyMemberCase):
    def test_member_form_badges_page(self):
        """The member form shows the badges page: the office sets the
        serious-illness flag there."""
        member = self._official("ỐM NẶNG", self.cell_1)
        with Form(member.with_user(self.user_office)) as form:
            form.badge_serious_illness = True
        self.assertTrue(member.badge_serious_illness)
