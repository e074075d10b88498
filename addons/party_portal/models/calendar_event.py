# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class CalendarEvent(models.Model):
    _inherit = "calendar.event"

    party_meeting_id = fields.Many2one(
        "party.meeting",
        readonly=True,
        copy=False,
        index="btree_not_null",
        ondelete="set null",
        help="The party meeting this private event follows.",
    )
