# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..engine import lifecycle
from .party_decision_wizard_mixin import PARTY_OFFICE

OUTCOMES = [
    (lifecycle.OUTCOME_RECOGNISE, "Recognise"),
    (lifecycle.OUTCOME_REMOVE, "Remove from the probationary members"),
    (lifecycle.OUTCOME_INCONCLUSIVE, "Two thirds reached neither way"),
]
ESCALATION_HELP = (
    "Quy định 294-QĐ/TW, point 4.2: the branch votes only after the 12 months "
    "of probation end. Two thirds of the official members recognise; two "
    "thirds are also needed to propose removal. After three votes that reach "
    "two thirds neither way, the case goes to the committee above, which "
    "decides; the party office then records that decision here."
)
# Eligible displayed states: a temporarily transferred probationer is voted
# on by the home branch.
VOTING_STATES = ("probationary", "temporarily_transferred")


class PartyMemberRecognitionWizard(models.TransientModel):
    _name = "party.member.recognition.wizard"
    _inherit = "party.decision.wizard.mixin"
    _description = "Official Recognition Vote"
    # The vote base and its outcome are computed live, never typed in.
    _party_protected_fields = ("official_member_count", "passed", "vote_result")

    probation_end_date = fields.Date(related="member_id.probation_end_date")
    vote_deadline = fields.Date(related="member_id.recognition_vote_deadline")
    escalated = fields.Boolean(related="member_id.recognition_escalated")
    inconclusive_votes = fields.Integer(
        related="member_id.recognition_inconclusive_votes"
    )
    vote_date = fields.Date(
        required=True, default=lambda self: fields.Date.context_today(self)
    )
    votes_for = fields.Integer()
    votes_against = fields.Integer()
    official_member_count = fields.Integer(
        string="Official Members of the Cell",
        compute="_compute_official_member_count",
        help="The base of the vote, counted live from the history: the "
        "official members of the member's home cell and its party groups.",
    )
    vote_result = fields.Selection(
        OUTCOMES,
        string="Result of the Vote",
        compute="_compute_vote_result",
        help=ESCALATION_HELP,
    )
    passed = fields.Boolean(
        string="Two Thirds Reached",
        compute="_compute_vote_result",
        help=ESCALATION_HELP,
    )
    outcome = fields.Selection(
        OUTCOMES,
        help="Choose the outcome explicitly: it must match the result of the "
        "votes (or, once escalated, the decision of the committee above).",
    )
    confirm_removal = fields.Boolean(
        string="I Confirm the Removal",
        help="A removal from the probationary members is recorded only when "
        "confirmed here.",
    )
    recognition_date = fields.Date(
        compute="_compute_recognition_date",
        help="Recognition is dated at the end of the 12 months of probation, "
        "however late the vote (Quy định 294-QĐ/TW, Hướng dẫn 12-HD/BTCTW).",
    )

    @api.depends("member_id", "vote_date")
    def _compute_official_member_count(self):
        """The live base on the vote day. A temporary transfer keeps the
        home cell: the home branch votes (Quy định 294-QĐ/TW, 4.2)."""
        Period = self.env["party.membership.period"]
        for day in set(self.mapped("vote_date")):
            wizards = self.filtered(lambda w, day=day: w.vote_date == day)
            cells = wizards.member_id.sudo().organization_id
            counts = Period._official_member_counts(cells, on_date=day)
            for wizard in wizards:
                wizard.official_member_count = counts.get(
                    wizard.member_id.sudo().organization_id.id, 0
                )

    @api.depends("votes_for", "votes_against", "official_member_count")
    def _compute_vote_result(self):
        for wizard in self:
            wizard.vote_result = lifecycle.recognition_vote_outcome(
                wizard.votes_for, wizard.votes_against, wizard.official_member_count
            )
            wizard.passed = wizard.vote_result == lifecycle.OUTCOME_RECOGNISE

    @api.depends("member_id.admission_date")
    def _compute_recognition_date(self):
        for wizard in self:
            start = wizard.member_id.admission_date
            wizard.recognition_date = start and lifecycle.recognition_date(start)

    def _check_caller(self):
        """Recognition (or removal after a failed vote) is decided by the
        grassroots committee: the party office records it."""
        res = super()._check_caller()
        self._party_check_group(PARTY_OFFICE)
        return res

    def action_confirm(self):
        self._check_confirm()
        member = self.member_id
        self._check_vote()
        outcome = self.outcome
        if outcome == lifecycle.OUTCOME_RECOGNISE:
            summary = self.env._("Official recognition of %(name)s", name=member.name)
            decision = self._create_decision("official_recognition", summary)
            member._add_event(
                "official_recognition", self.recognition_date, decision=decision
            )
            member.sudo().write(
                {
                    "official_date": self.recognition_date,
                    "recognition_vote_date": self.vote_date,
                    "recognition_escalated": False,
                }
            )
        elif outcome == lifecycle.OUTCOME_REMOVE:
            summary = self.env._(
                "Removal of %(name)s from the probationary members (votes for "
                "removal: %(votes)s of %(total)s official members)",
                name=member.name,
                votes=self.votes_against,
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
            member.sudo().recognition_vote_date = self.vote_date
        else:
            self._record_inconclusive()
        return {"type": "ir.actions.act_window_close"}

    def _check_vote(self):
        """The rules of the vote (Quy định 294-QĐ/TW, point 4.2), before
        anything is written."""
        member = self.member_id
        if (
            member.state not in VOTING_STATES
            or member.official_date
            or not member.admission_date
        ):
            raise UserError(
                self.env._(
                    "%(name)s is not a probationary member with an admission date.",
                    name=member.name,
                )
            )
        if not lifecycle.recognition_vote_allowed(
            self.vote_date, member.probation_end_date
        ):
            raise ValidationError(
                self.env._(
                    "%(name)s: the branch votes on recognition only after the 12 "
                    "months of probation end, on or after %(date)s (Quy định "
                    "294-QĐ/TW, point 4.2).",
                    name=member.name,
                    date=member.probation_end_date.strftime("%d/%m/%Y"),
                )
            )
        if self.vote_date > fields.Date.context_today(self):
            raise ValidationError(
                self.env._("A vote cannot be recorded before the day it is held.")
            )
        if self.decision_date < self.vote_date:
            raise ValidationError(
                self.env._("The decision cannot be dated before the vote.")
            )
        if not self.outcome:
            raise UserError(
                self.env._(
                    "Choose the outcome of the vote on %(name)s explicitly.",
                    name=member.name,
                )
            )
        if self.outcome == lifecycle.OUTCOME_REMOVE and not self.confirm_removal:
            raise UserError(
                self.env._(
                    "Tick the confirmation to record the removal of %(name)s.",
                    name=member.name,
                )
            )
        if member.recognition_escalated:
            # The committee above decides; the office records its decision.
            if self.outcome == lifecycle.OUTCOME_INCONCLUSIVE or not (
                self.decision_number
            ):
                raise UserError(
                    self.env._(
                        "The case of %(name)s is with the committee above: record "
                        "its decision (recognition or removal) with its number.",
                        name=member.name,
                    )
                )
            return
        self._check_numbers()

    def _check_numbers(self):
        member = self.member_id
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
                self.env._("The votes cannot exceed the official members of the cell.")
            )
        if self.outcome != self.vote_result:
            labels = dict(self._fields["outcome"]._description_selection(self.env))
            raise ValidationError(
                self.env._(
                    "%(for)s for and %(against)s against of %(total)s official "
                    "members give: %(result)s. The chosen outcome does not match "
                    "(Quy định 294-QĐ/TW, point 4.2: two thirds of the official "
                    "members recognise, and two thirds remove).",
                    **{
                        "for": self.votes_for,
                        "against": self.votes_against,
                        "total": self.official_member_count,
                        "result": labels[self.vote_result],
                    },
                )
            )

    def _record_inconclusive(self):
        """Count a vote reaching two thirds neither way; the third sends the
        case to the committee above, with an activity for the party office."""
        member = self.member_id.sudo()
        votes = member.recognition_inconclusive_votes + 1
        escalated = lifecycle.escalates(votes)
        member.write(
            {
                "recognition_inconclusive_votes": votes,
                "recognition_vote_date": self.vote_date,
                "recognition_escalated": escalated,
            }
        )
        member.message_post(
            body=self.env._(
                "Recognition vote of %(date)s: %(for)s for, %(against)s against of "
                "%(total)s official members; two thirds reached neither way "
                "(vote %(count)s of 3).",
                date=self.vote_date.strftime("%d/%m/%Y"),
                total=self.official_member_count,
                count=votes,
                **{"for": self.votes_for, "against": self.votes_against},
            )
        )
        if escalated:
            member.activity_schedule(
                "mail.mail_activity_data_todo",
                date_deadline=fields.Date.context_today(self),
                summary=self.env._(
                    "Recognition of %(name)s: three votes without two thirds, "
                    "report to the committee above (Quy định 294-QĐ/TW, 4.2)",
                    name=member.name,
                ),
                user_id=self.env.user.id,
            )
