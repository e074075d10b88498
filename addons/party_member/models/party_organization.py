# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models

from .party_member_sheet import CURRENT_STATES


class PartyOrganization(models.Model):
    _inherit = "party.organization"

    def action_export_member_sheet(self):
        """Download the member list (7-HSĐV) of these organisations'
        subtrees: the current members the user can read."""
        members = self.env["party.member"].search(
            [("organization_id", "child_of", self.ids), ("state", "in", CURRENT_STATES)]
        )
        subtitle = ", ".join(self.mapped("complete_name"))
        return self.env["party.member.export"]._download(members, subtitle=subtitle)
