# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Correction of a held meeting's record by the party office.

Once a meeting is held, its attendance and votes are on record (plain
writes are refused, see party.meeting.line.mixin). The party office
corrects one attendance line and/or one agenda item at a time, giving the
reason; the chatter keeps who, when, why and the old and new values.
"""

from odoo import api, fields, models
from odoo.exceptions import UserError

from ..models.party_meeting_attendance import ATTENDANCE_STATES

OFFICE_GROUP = "party_org.group_party_office"
VOTE_FIELDS = ("votes_for", "votes_against", "votes_abstain")


class PartyMeetingCorrection(models.TransientModel):
    _name = "party.meeting.correction"
    _description = "Correction of a Held Party Meeting"
    _inherit = ["party.protected.mixin"]

    meeting_id = fields.Many2one("party.meeting", required=True, ondelete="cascade")
    reason = fields.Text(required=True, help="Why the record is corrected.")
    attendance_id = fields.Many2one(
        "party.meeting.attendance",
        string="Attendance Line",
        domain="[('meeting_id', '=', meeting_id)]",
    )
    attendance_state = fields.Selection(ATTENDANCE_STATES, string="Attendance")
    attendance_note = fields.Char(string="Reason of Absence")
    agenda_id = fields.Many2one(
        "party.meeting.agenda",
        string="Agenda Item",
        domain="[('meeting_id', '=', meeting_id)]",
    )
    votes_for = fields.Integer()
    votes_against = fields.Integer()
    votes_abstain = fields.Integer()

    @api.onchange("attendance_id")
    def _onchange_attendance_id(self):
        self.attendance_state = self.attendance_id.state
        self.attendance_note = self.attendance_id.note

    @api.onchange("agenda_id")
    def _onchange_agenda_id(self):
        for name in VOTE_FIELDS:
            self[name] = self.agenda_id[name]

    def action_apply(self):
        self.ensure_one()
        meeting = self.meeting_id
        meeting._party_check_action("write", OFFICE_GROUP)
        meeting._party_check_state(["held"])
        if (self.attendance_id.meeting_id | self.agenda_id.meeting_id) - meeting:
            raise UserError(self.env._("Correct the lines of this meeting only."))
        reason = meeting._party_check_correction_reason(self.reason)
        changes = self._correct_attendance() + self._correct_agenda()
        if not changes:
            raise UserError(self.env._("Nothing to correct."))
        # A correction cannot leave votes recorded without the quorum.
        meeting._check_quorum_for_votes()
        meeting._party_post_correction(reason, meeting.display_name, changes)
        return {"type": "ir.actions.act_window_close"}

    def _correct_attendance(self):
        line = self.attendance_id
        if not line:
            return []
        vals = {}
        if self.attendance_state and self.attendance_state != line.state:
            vals["state"] = self.attendance_state
        if (self.attendance_note or False) != (line.note or False):
            vals["note"] = self.attendance_note
        if not vals:
            return []
        changes = [
            f"{line.display_name}: {change}"
            for change in line._party_correction_lines(vals)
        ]
        line.sudo().write(vals)
        return changes

    def _correct_agenda(self):
        item = self.agenda_id
        if not item:
            return []
        vals = {name: self[name] for name in VOTE_FIELDS if self[name] != item[name]}
        if not vals:
            return []
        changes = [
            f"{item.name}: {change}" for change in item._party_correction_lines(vals)
        ]
        item.sudo().write(vals)
        return changes
