# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""party.organization: the member list (7-HSĐV) of an organisation."""

from odoo import models

from odoo.addons.party_member.engine.member_state import IN_PARTY_STATES

PARTY_SECRETARY = "party_org.group_party_secretary"


class PartyOrganization(models.Model):
    _inherit = "party.organization"

    def action_export_member_sheet(self):
        """Download the member list (7-HSĐV) of these organisations'
        subtrees: the current members the user can read (a secretary may
        start from the committee above: only their own members come out)."""
        self._party_check_action("read", group=PARTY_SECRETARY)
        members = self.env["party.member"].search(
            [
                ("organization_id", "child_of", self.ids),
                ("state", "in", list(IN_PARTY_STATES)),
            ]
        )
        subtitle = ", ".join(self.mapped("complete_name"))
        return self.env["party.member.export"]._download(members, subtitle=subtitle)
