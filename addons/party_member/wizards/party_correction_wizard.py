# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The recorded correction of a settled party record.

A history event, a signed decision and the dates a history derives are
legal records: nobody edits them with a plain write. The party office
corrects them here, giving the reason; the correction is posted in the
chatter of the member or the decision (who, when, what, why)."""

from odoo import api, fields, models
from odoo.exceptions import UserError

PARTY_OFFICE = "party_org.group_party_office"
# Wizard field → field of the corrected record, per kind of record.
EVENT_FIELDS = {"date": "date", "event_decision_id": "decision_id", "note": "note"}
DECISION_FIELDS = {
    "decision_number": "name",
    "decision_date": "date",
    "summary": "summary",
    "signer": "signer",
}
MEMBER_FIELDS = {
    "admission_decision_date": "admission_decision_date",
    "admission_date": "admission_date",
    "official_date": "official_date",
}
# Event type → member date that follows the event's date.
EVENT_MEMBER_DATES = {
    "admission": "admission_decision_date",
    "official_recognition": "official_date",
}


class PartyCorrectionWizard(models.TransientModel):
    _name = "party.correction.wizard"
    _inherit = ["party.protected.mixin"]
    _description = "Recorded Correction of a Party Record"
    # The record to correct, set by _open_for after the office check.
    _party_create_fields = ("member_id", "event_id", "decision_id")

    member_id = fields.Many2one("party.member", readonly=True)
    event_id = fields.Many2one("party.member.event", readonly=True)
    decision_id = fields.Many2one("party.decision", readonly=True)
    reason = fields.Text(
        required=True, help="Why the record is corrected; posted in the chatter."
    )
    # History event
    date = fields.Date()
    event_decision_id = fields.Many2one("party.decision", string="Event Decision")
    note = fields.Text()
    remove_event = fields.Boolean(
        string="Delete the Event", help="The event was recorded by mistake."
    )
    # Decision
    decision_number = fields.Char(string="Number")
    decision_date = fields.Date()
    summary = fields.Text()
    signer = fields.Char()
    to_draft = fields.Boolean(string="Back to Draft")
    # Member
    admission_decision_date = fields.Date()
    admission_date = fields.Date()
    official_date = fields.Date()

    @api.model_create_multi
    def create(self, vals_list):
        self._party_check_group(PARTY_OFFICE)
        return super().create(vals_list)

    @api.model
    def _open_for(self, record, **flags):
        """The action opening a correction of ``record`` (an event, a
        decision or a member), prefilled with its current values."""
        fields_map = {
            "party.member.event": EVENT_FIELDS,
            "party.decision": DECISION_FIELDS,
            "party.member": MEMBER_FIELDS,
        }[record._name]
        target = {
            "party.member.event": "event_id",
            "party.decision": "decision_id",
            "party.member": "member_id",
        }[record._name]
        defaults = {
            f"default_{wizard_field}": self._to_default(record[record_field])
            for wizard_field, record_field in fields_map.items()
        }
        defaults[f"default_{target}"] = record.id
        defaults.update({f"default_{key}": value for key, value in flags.items()})
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Correction"),
            "res_model": self._name,
            "view_mode": "form",
            "target": "new",
            "context": defaults,
        }

    @api.model
    def _to_default(self, value):
        return value.id if isinstance(value, models.BaseModel) else value

    def action_confirm(self):
        self.ensure_one()
        self._party_check_group(PARTY_OFFICE)
        self._party_check_correction_reason(self.reason)
        if self.event_id:
            self.event_id.check_access("read")
            self._correct_event()
        elif self.decision_id:
            self.decision_id.check_access("write")
            self._correct_decision()
        elif self.member_id:
            self.member_id.check_access("write")
            self._correct_member()
        return {"type": "ir.actions.act_window_close"}

    def _changes(self, record, fields_map):
        """Values of ``record`` to write and the lines describing them."""
        vals = {
            record_field: self._to_default(self[wizard_field])
            for wizard_field, record_field in fields_map.items()
            if self._to_default(record[record_field])
            != self._to_default(self[wizard_field])
        }
        return vals, record._party_correction_lines(vals) if vals else []

    def _correct_event(self):
        event = self.event_id.sudo()
        member = event.member_id
        labels = dict(event._fields["event_type"]._description_selection(self.env))
        title = self.env._(
            "%(event)s of %(date)s",
            event=labels.get(event.event_type),
            date=event.date,
        )
        if self.remove_event:
            event.unlink()
            return self._post(member, title, [self.env._("Event deleted.")])
        vals, lines = self._changes(event, EVENT_FIELDS)
        if not vals:
            raise UserError(self.env._("Nothing to correct."))
        member_field = EVENT_MEMBER_DATES.get(event.event_type)
        old_date = event.date
        event.write(vals)
        if member_field and "date" in vals and member[member_field] == old_date:
            member.write({member_field: vals["date"]})
        member._check_history()
        self._post(member, title, lines)

    def _correct_decision(self):
        decision = self.decision_id.sudo()
        vals, lines = self._changes(decision, DECISION_FIELDS)
        if self.to_draft and decision.state == "signed":
            vals["state"] = "draft"
            lines.append(self.env._("Back to draft."))
        if not vals:
            raise UserError(self.env._("Nothing to correct."))
        decision.write(vals)
        self._post(decision, decision.name, lines)

    def _correct_member(self):
        member = self.member_id.sudo()
        vals, lines = self._changes(member, MEMBER_FIELDS)
        if not vals:
            raise UserError(self.env._("Nothing to correct."))
        member.write(vals)
        member._check_history()
        self._post(member, self.env._("Admission and official dates"), lines)

    def _post(self, record, title, lines):
        record._party_post_correction(self.reason, title, lines)
