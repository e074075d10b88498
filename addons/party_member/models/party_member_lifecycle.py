# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""party.member.lifecycle.mixin: the steps of a member's life in the Party
that are not events of the history yet: the vote on official recognition
(deadline, inconclusive votes, escalation), the open violation review that
holds back leaving at own request, and the buttons that open the lifecycle
wizards and transfers. Mixed into ``party.member`` (see party_member.py).
"""

from odoo import api, fields, models
from odoo.osv import expression

from ..engine import lifecycle
from ..engine.discipline import DEFAULT_DISCIPLINE_HOLD_MONTHS
from ..engine.party_age import add_months

PARTY_OFFICE = "party_org.group_party_office"
PARTY_SECRETARY = "party_org.group_party_secretary"
# Days before the end of probation when the branch secretary is reminded.
PROBATION_REMINDER_DAYS = 30


class PartyMemberLifecycleMixin(models.AbstractModel):
    _name = "party.member.lifecycle.mixin"
    _description = "Party Member Lifecycle"

    recognition_vote_deadline = fields.Date(
        compute="_compute_recognition_vote_deadline",
        help="Last day for the branch to vote on official recognition: 30 working "
        "days after the end of probation, with the company's holidays (Quy định "
        "294-QĐ/TW, point 4.2).",
    )
    # Written by the recognition wizard only (readonly: protected).
    recognition_vote_date = fields.Date(
        readonly=True,
        copy=False,
        help="Date of the branch's last vote on the official recognition of "
        "this member (Quy định 294-QĐ/TW, point 4.2).",
    )
    recognition_inconclusive_votes = fields.Integer(
        string="Inconclusive Recognition Votes",
        readonly=True,
        copy=False,
        help="Votes of the branch that reached two thirds neither for "
        "recognition nor for removal. After three, the case goes to the "
        "committee above (Quy định 294-QĐ/TW, point 4.2).",
    )
    violation_review_open = fields.Boolean(
        string="Violation Under Review",
        tracking=True,
        copy=False,
        groups=PARTY_OFFICE,
        help="Ticked by the party office while an inspection or a discipline "
        "procedure about this member is open: the member may not leave the Party "
        "at own request until it is closed (Điều lệ Đảng, Điều 8).",
    )
    recognition_escalated = fields.Boolean(
        string="Escalated to the Committee Above",
        readonly=True,
        copy=False,
        help="Three votes of the branch reached two thirds neither way: the "
        "committee above reviews and decides (Quy định 294-QĐ/TW, point 4.2).",
    )

    @api.depends("probation_end_date", "company_id")
    def _compute_recognition_vote_deadline(self):
        """30 working days of the member's company, its holidays read in its
        time zone (``res.company._party_holidays``)."""
        holidays = self.company_id._party_holidays()
        for member in self:
            member.recognition_vote_deadline = member.probation_end_date and (
                lifecycle.recognition_vote_deadline(
                    member.probation_end_date,
                    holidays=holidays.get(member.company_id.id, ()),
                )
            )

    @api.model
    def _pending_discipline_domain(self, on_date=None):
        """Domain of the party.discipline records that stand in the way of
        leaving at own request on ``on_date`` (default today): a discipline
        whose decision is not signed yet, or a signed reprimand, warning or
        removal from post still in its hold period (6, 9 or 12 months,
        Hướng dẫn 01-HD/TW; the member has a violation on record)."""
        on_date = fields.Date.to_date(on_date) or fields.Date.context_today(self)
        held = [
            [
                ("form", "=", form),
                ("date", "<=", on_date),
                ("date", ">", add_months(on_date, -months)),
            ]
            for form, months in DEFAULT_DISCIPLINE_HOLD_MONTHS
        ]
        return expression.OR([[("decision_id.state", "=", "draft")], *held])

    # Buttons of the member form: each checks the caller, as the wizard or
    # record it opens checks again.
    def action_open_recognition_wizard(self):
        self._party_check_action("write", group=PARTY_OFFICE)
        self.ensure_one()
        return self._open_wizard(
            "party.member.recognition.wizard", self.env._("Official Recognition")
        )

    def action_open_status_wizard(self):
        self._party_check_action("write", group=PARTY_SECRETARY)
        self.ensure_one()
        event_type = self.env.context.get("party_event_type")
        labels = dict(
            self.env["party.member.status.wizard"]
            ._fields["event_type"]
            ._description_selection(self.env)
        )
        return self._open_wizard(
            "party.member.status.wizard",
            labels.get(event_type, ""),
            {"default_event_type": event_type},
        )

    def action_new_transfer(self):
        self._party_check_action("write", group=PARTY_SECRETARY)
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Transfer"),
            "res_model": "party.transfer",
            "view_mode": "form",
            "target": "current",
            "context": {
                "default_member_id": self.id,
                "default_direction": self.env.context.get("party_direction", "out"),
                "default_kind": self.env.context.get("party_kind", "official"),
                "default_from_organization_id": self.organization_id.id,
                "default_company_id": self.company_id.id,
            },
        }

    def action_view_transfers(self):
        self._party_check_action("write", group=PARTY_SECRETARY)
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "party_member.party_transfer_action"
        )
        action.update(
            domain=[("member_id", "=", self.id)],
            context={"default_member_id": self.id},
        )
        return action

    def action_correct_dates(self):
        """Open the recorded correction of the admission and official dates
        (party office)."""
        self._party_check_action("write", group=PARTY_OFFICE)
        self.ensure_one()
        return self.env["party.correction.wizard"]._open_for(self)

    def _open_wizard(self, model, name, context=None):
        return {
            "type": "ir.actions.act_window",
            "name": name,
            "res_model": model,
            "view_mode": "form",
            "target": "new",
            "context": {"default_member_id": self.id, **(context or {})},
        }
