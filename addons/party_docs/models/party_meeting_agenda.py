# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from odoo.addons.party_member.engine.admission import two_thirds_majority

VOTE_RULES = [
    ("none", "No Vote"),
    ("majority", "Majority of Votes Cast"),
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
        help="Official members of the organisation: the base of the two-thirds rule "
        "(Điều lệ Đảng, Điều 4.3). Counted by the server, never typed in.",
    )
    is_passed = fields.Boolean(compute="_compute_is_passed", store=True)

    @api.depends("vote_rule", "meeting_id.organization_id")
    def _compute_official_member_count(self):
        voting = self.filtered(lambda a: a.vote_rule == "two_thirds")
        (self - voting).official_member_count = 0
        if not voting:
            return
        groups = (
            self.env["party.member"]
            .sudo()
            ._read_group(
                [
                    ("organization_id", "in", voting.meeting_id.organization_id.ids),
                    ("state", "=", "official"),
                ],
                ["organization_id"],
                ["__count"],
            )
        )
        counts = {org.id: count for org, count in groups}
        for item in voting:
            item.official_member_count = counts.get(
                item.meeting_id.organization_id.id, 0
            )

    @api.depends("vote_rule", "votes_for", "votes_against", "official_member_count")
    def _compute_is_passed(self):
        for item in self:
            if item.vote_rule == "two_thirds":
                item.is_passed = two_thirds_majority(
                    item.votes_for, item.official_member_count
                )
            elif item.vote_rule == "majority":
                item.is_passed = (
                    item.votes_for > item.votes_against + item.votes_abstain
                )
            else:
                item.is_passed = False

    @api.constrains("votes_for", "votes_against", "votes_abstain")
    def _check_votes(self):
        for item in self:
            votes = item.votes_for + item.votes_against + item.votes_abstain
            if min(item.votes_for, item.votes_against, item.votes_abstain) < 0 or (
                votes > item.meeting_id.present_count
            ):
                raise ValidationError(
                    self.env._(
                        "%(item)s: %(votes)s votes for %(present)s members present. / "
                        "%(item)s: %(votes)s phiếu nhưng chỉ có %(present)s đảng viên có mặt.",
                        item=item.name,
                        votes=votes,
                        present=item.meeting_id.present_count,
                    )
                )
