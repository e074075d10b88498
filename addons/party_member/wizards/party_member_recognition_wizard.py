# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..engine import admission, lifecycle
from .party_decision_wizard_mixin import PARTY_OFFICE

ESCALATION_HELP = (
    "Recognition needs at least two thirds of the cell's official members "
    "(Điều lệ Đảng, Điều 5.2). When the vote fails, the cell proposes removal "
    "(xóa tên) from the list of probationary members and the committee "
    "competent for admission (the grassroots committee) decides; when that "
    "committee disagrees with the cell's proposal, it reviews the case and "
    "decides itself, and a member may appeal to the committee above (Quy định "
    "232-QĐ/TW, Hướng dẫn 12-HD/BTCTW). Confirming a failed vote records the "
    "removal decision."
)


class PartyMemberRecognitionWizard(models.TransientModel):
    _name = "party.member.recognition.wizard"
    _inherit = "party.decision.wizard.mixin"
    _description = "Official Recognition Vote"
    # The vote base and its outcome are computed live, never typed in.
    _party_protected_fields = ("official_member_count", "passed")

    probation_end_date = fields.Date(related="member_id.probation_end_date")
    vote_deadline = fields.Date(related="member_id.recognition_vote_deadline")
    vote_date = fields.Date(
        required=True, default=lambda self: fields.Date.context_today(self)
    )
    votes_for = fields.Integer()
    votes_against = fields.Integer()
    official_member_count = fields.Integer(
        string="Official Members of the Cell",
        compute="_compute_official_member_count",
        help="The base of the vote, counted live from the history: the "
        "official members of the cell and its party groups.",
    )
    passed = fields.Boolean(
        string="Two Thirds Reached", compute="_compute_passed", help=ESCALATION_HELP
    )
    recognition_date = fields.Date(
        compute="_compute_recognition_date",
        help="Recognition is dated at the end of the 12 months of probation, "
        "however late the vote (Hướng dẫn 12-HD/BTCTW).",
    )

    @api.depends("member_id")
    def _compute_official_member_count(self):
        counts = self.env["party.candidate"]._official_member_counts(
            self.member_id.sudo().organization_id
        )
        for wizard in self:
            wizard.official_member_count = counts.get(
                wizard.member_id.organization_id.id, 0
            )

    @api.depends("votes_for", "official_member_count")
    def _compute_passed(self):
        for wizard in self:
            wizard.passed = admission.two_thirds_majority(
                wizard.votes_for, wizard.official_member_count
            )

    @api.depends("member_id.admission_date")
    def _compute_recognition_date(self):
        for wizard in self:
            start = wizard.member_id.admission_date
            wizard.recognition_date = start and lifecycle.recognition_date(start)

    def _check_caller(self):
        """Recognition (or removal after a failed vote) is decided by the
        grassroots committee: the party office records it."""
        super()._check_caller()
        self._party_check_group(PARTY_OFFICE)

    def action_confirm(self):
        self._check_confirm()
        member = self.member_id
        if member.state != "probationary" or not member.admission_date:
            raise UserError(
                self.env._(
                    "%(name)s is not a probationary member with an admission date. "
                    "/ %(name)s không phải đảng viên dự bị có ngày kết nạp.",
                    name=member.name,
                )
            )
        if not self.votes_for and not self.votes_against:
            raise UserError(
                self.env._(
                    "Enter the votes of the branch for %(name)s first: "
                    "confirming with no votes would remove the member.",
                    name=member.name,
                )
            )
        if (
            min(self.votes_for, self.votes_against) < 0
            or self.votes_for + self.votes_against > self.official_member_count
        ):
            raise ValidationError(
                self.env._(
                    "The votes cannot exceed the official members of the cell. / "
                    "Số phiếu không thể vượt quá số đảng viên chính thức của chi bộ."
                )
            )
        if self.passed:
            summary = self.env._("Official recognition of %(name)s", name=member.name)
            decision = self._create_decision("official_recognition", summary)
            member._add_event(
                "official_recognition", self.recognition_date, decision=decision
            )
            member.sudo().official_date = self.recognition_date
        else:
            summary = self.env._(
                "Removal of %(name)s from the probationary members (recognition "
                "vote failed: %(votes)s of %(total)s)",
                name=member.name,
                votes=self.votes_for,
                total=self.official_member_count,
            )
            decision = self._create_decision("removal", summary)
            member._add_event(
                "removal",
                self.decision_date,
                decision=decision,
                from_organization=member.organization_id,
                note=summary,
            )
        return {"type": "ir.actions.act_window_close"}
