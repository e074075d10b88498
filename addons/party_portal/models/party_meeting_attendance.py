# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models

INVITATION_TEMPLATE = "party_portal.mail_template_party_meeting_invitation"


class PartyMeetingAttendance(models.Model):
    _inherit = "party.meeting.attendance"

    excuse_requested_at = fields.Datetime(
        string="Excuse Requested",
        readonly=True,
        copy=False,
        help="When the member asked, from the portal, to be excused; the "
        "reason is in the note. The secretary confirms with Excused.",
    )
    meeting_when = fields.Char(
        compute="_compute_meeting_when",
        help="Start of the meeting, dd/mm/yyyy HH:MM in the company's time zone.",
    )

    def _compute_meeting_when(self):
        for line in self:
            line.meeting_when = (
                line.meeting_id._portal_when() if line.meeting_id else ""
            )

    @api.model_create_multi
    def create(self, vals_list):
        """An invitee added to an announced meeting joins its calendar event
        and gets the invitation."""
        lines = super().create(vals_list)
        announced = lines.filtered(
            lambda line: line.sudo().meeting_id.state == "invited"
        )
        if announced:
            meetings = announced.sudo().meeting_id
            meetings._party_calendar_sync()
            meetings._party_mail_invitees(INVITATION_TEMPLATE, lines=announced)
        return lines

    def unlink(self):
        meetings = self.sudo().meeting_id.filtered(lambda m: m.state == "invited")
        res = super().unlink()
        if meetings:
            meetings._party_calendar_sync()
        return res
