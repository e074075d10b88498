# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""party.badge.award: the badge's name as the member reads it."""

from odoo import models


class PartyBadgeAward(models.Model):
    _inherit = "party.badge.award"

    def _portal_label(self):
        """E.g. "30-year badge" (Huy hiệu 30 năm tuổi Đảng), in the
        reader's language."""
        self.ensure_one()
        return self.env._("%(years)s-year badge", years=self.milestone)
