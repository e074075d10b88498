# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.tests import tagged

from .common import YEAR, PartyKpiCase


@tagged("post_install", "-at_install")
class TestReviewScope(PartyKpiCase):
    def test_temporarily_transferred_reviewed_at_home(self):
        """domain review §1.4: a member temporarily transferred elsewhere is
        still counted at home, so the home branch reviews them."""
        away = self._official("Tạm chuyển", self.cell_1)
        away._add_event(
            "temporary_transfer_out", date(YEAR, 3, 1), to_external="Đảng ủy khác"
        )
        self.assertEqual(away.state, "temporarily_transferred")
        reviews = self.Evaluation._create_for_organization(self.cell_1, YEAR)
        review = reviews.filtered(lambda r: r.member_id == away)
        self.assertTrue(review)
        self.assertEqual(review.organization_id, self.cell_1)
