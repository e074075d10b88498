# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models

OPERATIONS = [
    ("read", "Opened"),
    ("write", "Changed"),
    ("export", "Exported"),
]


class PartyMemberAccessLog(models.Model):
    """Who opened, changed or exported a member record, and when.

    Party membership is sensitive personal data (Luật Bảo vệ dữ liệu cá nhân
    91/2025/QH15, Nghị định 356/2025): its processing is logged. Lines are
    written by the system only and cannot be edited or deleted by users.
    """

    _name = "party.member.access.log"
    _description = "Party Member Access Log"
    _order = "date desc, id desc"
    _log_access = False

    member_id = fields.Many2one(
        "party.member", required=True, index=True, ondelete="cascade", readonly=True
    )
    company_id = fields.Many2one(
        related="member_id.company_id", store=True, index=True, readonly=True
    )
    user_id = fields.Many2one("res.users", required=True, index=True, readonly=True)
    date = fields.Datetime(required=True, default=fields.Datetime.now, readonly=True)
    operation = fields.Selection(OPERATIONS, required=True, readonly=True)
    field_names = fields.Char(string="Fields", readonly=True)

    @api.model
    def _log(self, members, operation, field_names=()):
        """Log ``operation`` by the current user on ``members``, in one insert."""
        if not members or self.env.su and self.env.uid == 1:
            return self.browse()
        names = ", ".join(sorted(field_names))
        return self.sudo().create(
            [
                {
                    "member_id": member_id,
                    "user_id": self.env.uid,
                    "operation": operation,
                    "field_names": names,
                }
                for member_id in members.ids
            ]
        )
