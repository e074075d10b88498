# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

from .party_decision_wizard_mixin import PARTY_OFFICE

# The status changes this wizard records, each resting on a decision.
EVENT_TYPES = [
    ("exemption", "Exemption from Activity"),
    ("exemption_end", "End of Exemption"),
    ("removal", "Removal"),
    ("expulsion", "Expulsion"),
    ("leave", "Leaving at Own Request"),
    ("death", "Death"),
    ("lost_contact", "Lost Contact"),
    ("contact_restored", "Contact Restored"),
]
# Changes decided (or recorded) by the member's own branch.
BRANCH_EVENTS = ("exemption", "exemption_end", "death")
# Event type → type of its decision (party.decision.decision_type).
DECISION_TYPES = {
    "exemption": "exemption",
    "exemption_end": "exemption",
    "removal": "removal",
    "expulsion": "expulsion",
    "leave": "leave",
    "death": "death",
    "lost_contact": "other",
    "contact_restored": "other",
}
# Changes that must give their reason (the record says why).
REASON_EVENTS = ("lost_contact", "contact_restored")


class PartyMemberStatusWizard(models.TransientModel):
    _name = "party.member.status.wizard"
    _inherit = "party.decision.wizard.mixin"
    _description = "Member Status Change"

    event_type = fields.Selection(
        EVENT_TYPES,
        string="Change",
        required=True,
        help="Exemption: decided by the branch on the member's request (elderly, "
        "ill). Removal: e.g. 3 months in a year without activity or without "
        "paying fees without reason. Leaving: on request, only without pending "
        "discipline. Expulsion: the heaviest discipline. Lost contact: the "
        "member no longer keeps contact with the organisation; the time until "
        "contact is restored is not party age (Quy định 294-QĐ/TW; Hướng dẫn "
        "12-HD/BTCTW), and the member is later restored or removed.",
    )
    date = fields.Date(
        required=True,
        default=lambda self: fields.Date.context_today(self),
        help="The day the change takes effect: today or earlier.",
    )
    reason = fields.Text()

    @api.depends("member_id", "event_type")
    def _compute_issuer_organization_id(self):
        """The branch decides exemptions and records deaths; removals,
        expulsions and leaving are decided by the grassroots committee."""
        res = super()._compute_issuer_organization_id()
        for wizard in self:
            if wizard.event_type in BRANCH_EVENTS and wizard.member_id.organization_id:
                wizard.issuer_organization_id = wizard.member_id.organization_id
        return res

    def _check_caller(self):
        """The branch records exemptions and deaths; removal, expulsion and
        leaving are decided by the grassroots committee (party office)."""
        res = super()._check_caller()
        if any(wizard.event_type not in BRANCH_EVENTS for wizard in self):
            self._party_check_group(PARTY_OFFICE)
        return res

    def action_confirm(self):
        self._check_confirm()
        self._check_not_future()
        member = self.member_id
        if self.event_type == "leave":
            self._check_no_pending_discipline()
        if self.event_type in REASON_EVENTS and not (self.reason or "").strip():
            raise UserError(
                self.env._(
                    "Give the reason for the change of %(name)s: lost contact and "
                    "its restoration are recorded with their grounds (Quy định "
                    "294-QĐ/TW; Hướng dẫn 12-HD/BTCTW).",
                    name=member.name,
                )
            )
        labels = dict(self._fields["event_type"]._description_selection(self.env))
        summary = self.env._(
            "%(change)s: %(name)s", change=labels[self.event_type], name=member.name
        )
        decision = self._create_decision(DECISION_TYPES[self.event_type], summary)
        if self.event_type == "expulsion":
            # Expulsion is the heaviest discipline: the discipline record
            # writes the expulsion event (Điều lệ Đảng, Điều 35).
            self.env["party.discipline"].sudo().create(
                {
                    "member_id": member.id,
                    "decision_id": decision.id,
                    "form": "expulsion",
                    "date": self.date,
                    "reason": self.reason,
                }
            )
        else:
            member._add_event(
                self.event_type,
                self.date,
                decision=decision,
                from_organization=member.organization_id,
                note=self.reason,
            )
        return {"type": "ir.actions.act_window_close"}

    def _check_not_future(self):
        """A status change takes effect on its date and the member's state is
        read from the history today: a change dated after today is refused
        (record it on or after that day), so that it never applies early."""
        today = fields.Date.context_today(self)
        if self.date > today:
            labels = dict(self._fields["event_type"]._description_selection(self.env))
            raise UserError(
                self.env._(
                    "%(change)s of %(name)s is dated %(date)s, after today "
                    "(%(today)s): a status change takes effect on its date, so "
                    "record it on or after that day.",
                    change=labels[self.event_type],
                    name=self.member_id.name,
                    date=self.date.strftime("%d/%m/%Y"),
                    today=today.strftime("%d/%m/%Y"),
                )
            )

    def _check_no_pending_discipline(self):
        """Leaving at own request needs a clean record (Điều lệ Đảng, Điều 8):
        refuse while a discipline is pending or still in its hold period on
        the leaving date, or while a violation is under review."""
        member = self.member_id.sudo()
        if member.violation_review_open:
            raise UserError(
                self.env._(
                    "%(name)s is under review for a violation (inspection or "
                    "discipline procedure open): a member may leave at own "
                    "request only without violations (Điều lệ Đảng, Điều 8).",
                    name=member.name,
                )
            )
        pending = (
            self.env["party.discipline"]
            .sudo()
            .search(
                [
                    ("member_id", "=", member.id),
                    *member._pending_discipline_domain(self.date),
                ],
                limit=1,
            )
        )
        if pending:
            forms = dict(pending._fields["form"]._description_selection(self.env))
            raise UserError(
                self.env._(
                    "%(name)s has a discipline (%(form)s of %(date)s) still pending "
                    "or in its hold period on %(leave)s: a member may leave at own "
                    "request only without violations (Điều lệ Đảng, Điều 8).",
                    name=member.name,
                    form=forms.get(pending.form, pending.form),
                    date=pending.date.strftime("%d/%m/%Y"),
                    leave=self.date.strftime("%d/%m/%Y"),
                )
            )
