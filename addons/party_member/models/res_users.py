# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models

from ..engine.member_state import IN_PARTY_STATES


class ResUsers(models.Model):
    _inherit = "res.users"

    def _get_party_scopes(self):
        """Add the cell of the user's own member record, so a plain member
        sees their organisation. Only what the party office controls feeds
        it: the user comes from the employee link (office only, also on
        hr.employee), the cell and the state from the history, written by
        the checked lifecycle paths only."""
        scopes = super()._get_party_scopes()
        groups = (
            self.env["party.member"]
            .sudo()
            ._read_group(
                [
                    ("user_id", "in", self.ids),
                    ("state", "in", list(IN_PARTY_STATES)),
                    ("organization_id", "!=", False),
                ],
                ["user_id"],
                ["organization_id:array_agg"],
            )
        )
        for user, org_ids in groups:
            scopes[user.id] = sorted(set(scopes.get(user.id, [])) | set(org_ids))
        return scopes
