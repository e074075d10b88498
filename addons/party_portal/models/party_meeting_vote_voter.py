# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Who voted in a meeting vote: one row per member and vote.

The unique index makes a second ballot of the same member fail in the
database, even for two submits at once. The choice is kept only for an open
ballot; for a secret ballot the row says that the member voted, nothing
more (a check constraint refuses a choice on it).
"""

from odoo import fields, models

from .party_meeting_vote import CHOICES


class PartyMeetingVoteVoter(models.Model):
    _name = "party.meeting.vote.voter"
    _description = "Voter in a Party Meeting Vote"
    _inherit = ["party.protected.mixin"]
    _order = "vote_id, id"

    vote_id = fields.Many2one(
        "party.meeting.vote",
        required=True,
        readonly=True,
        index=True,
        ondelete="cascade",
    )
    meeting_id = fields.Many2one(related="vote_id.meeting_id", store=True)
    company_id = fields.Many2one(related="vote_id.company_id", store=True)
    organization_id = fields.Many2one(related="vote_id.organization_id", store=True)
    secret = fields.Boolean(related="vote_id.secret", store=True)
    member_id = fields.Many2one(
        "party.member", required=True, readonly=True, index=True, ondelete="restrict"
    )
    choice = fields.Selection(CHOICES, readonly=True)

    _sql_constraints = [
        (
            "vote_member_uniq",
            "unique(vote_id, member_id)",
            "A member votes once.",
        ),
        (
            "secret_no_choice",
            "CHECK(secret IS NOT TRUE OR choice IS NULL)",
            "A secret ballot never stores a member's choice.",
        ),
    ]
