# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from odoo.addons.party_member.engine.vote import has_majority, two_thirds_majority

# Điều lệ Đảng, Điều 10: the base is the official members, not the votes cast.
VOTE_RULES = [
    ("none", "No Vote"),
    ("majority", "More than Half of Official Members"),
    ("two_thirds", "Two Thirds of Official Members"),
]


class PartyMeetingAgenda(models.Model):
    _name = "party.meeting.agenda"
    _description = "Party Meeting Agenda Item"
    _inherit = ["party.meeting.line.mixin", "party.protected.mixin"]
    _order = "meeting_id, sequence, id"

    meeting_id = fields.Many2one(
        "party.meeting", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(related="meeting_id.company_id", store=True)
    organization_id = fields.Many2one(related="meeting_id.organization_id", store=True)
    sequence = fields.Integer(default=10)
    name = fields.Char(string="Item", required=True)
    presenter_id = fields.Many2one("party.member", string="Presenter")
    notes = fields.Html(help="Speeches and discussion.")
    vote_rule = fields.Selection(VOTE_RULES, default="none", required=True)
    votes_for = fields.Integer()
    votes_against = fields.Integer()
    votes_abstain = fields.Integer()
    official_member_count = fields.Integer(
        compute="_compute_official_member_count",
        store=True,
        help="The vote base on the meeting day: official members of the "
        "organisation and its party groups, minus those temporarily transferred "
        "elsewhere, plus the exempt members present (Điều lệ Đảng, Điều 10). "
        "Counted by the server, never typed in.",
    )
    is_passed = fields.Boolean(compute="_compute_is_passed", store=True)

    @api.depends("vote_rule", "meeting_id.vote_base")
    def _compute_official_member_count(self):
        for item in self:
            item.official_member_count = (
                item.meeting_id.vote_base if item.vote_rule != "none" else 0
            )

    @api.depends("vote_rule", "votes_for", "official_member_count")
    def _compute_is_passed(self):
        """More than half, or two thirds, of the official members approve
        (Điều lệ Đảng, Điều 10 and Điều 4.3): never a share of the votes cast."""
        for item in self:
            if item.vote_rule == "two_thirds":
                item.is_passed = two_thirds_majority(
                    item.votes_for, item.official_member_count
                )
            elif item.vote_rule == "majority":
                item.is_passed = has_majority(
                    item.votes_for, item.official_member_count
                )
            else:
                item.is_passed = False

    @api.constrains("votes_for", "votes_against", "votes_abstain")
    def _check_votes(self):
        """Votes are whole numbers of ballots, cast by the official members
        present: probationary members attend but do not vote (Điều lệ Đảng,
        Điều 5)."""
        for item in self:
            if min(item.votes_for, item.votes_against, item.votes_abstain) < 0:
                raise ValidationError(
                    self.env._(
                        "%(item)s: the numbers of votes cannot be negative.",
                        item=item.name,
                    )
                )
            votes = item.votes_for + item.votes_against + item.votes_abstain
            voters = item.meeting_id.present_voter_count
            if votes > voters:
                raise ValidationError(
                    self.env._(
                        "%(item)s: %(votes)s votes, but only %(voters)s official "
                        "members are present (probationary members do not vote).",
                        item=item.name,
                        votes=votes,
                        voters=voters,
                    )
                )
