# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Mails of the calendar events of party meetings.

Odoo sends calendar mails in the name of the organiser or of the user who
acts, which fails for a secretary without an e-mail address of their own
and says nothing in the invitee's language about the party meeting. For a
party meeting's event, the invitations and changes are party_portal's own
templates (party.meeting ``_party_mail_invitees``), so Odoo's are skipped;
the reminders of its alarms go out from the company's address.
"""

from odoo import models

SKIPPED_TEMPLATES = (
    "calendar.calendar_template_meeting_invitation",
    "calendar.calendar_template_meeting_changedate",
    "calendar.calendar_template_meeting_update",
)


class CalendarAttendee(models.Model):
    _inherit = "calendar.attendee"

    def _compute_mail_tz(self):
        """Reminders of a party meeting show its time in the invitee's time
        zone, else the company's (never UTC for a portal user without one)."""
        res = super()._compute_mail_tz()
        for attendee in self:
            meeting = attendee.sudo().event_id.party_meeting_id
            if meeting and not attendee.mail_tz:
                attendee.mail_tz = meeting.company_id._party_tz()
        return res

    def _send_mail_to_attendees(self, mail_template, force_send=False):
        party = self.filtered(lambda a: a.sudo().event_id.party_meeting_id)
        res = super(CalendarAttendee, self - party)._send_mail_to_attendees(
            mail_template, force_send=force_send
        )
        if party and mail_template:
            party._party_send_reminder(mail_template)
        return res

    def _party_send_reminder(self, mail_template):
        """Send an alarm's ``mail_template`` to the attendees of party
        meetings from their company's address; Odoo's invitation and change
        mails are replaced by the meeting's own."""
        skipped = [self.env.ref(x, raise_if_not_found=False) for x in SKIPPED_TEMPLATES]
        blocked = (
            self.env["ir.config_parameter"].sudo().get_param("calendar.block_mail")
        )
        if mail_template in skipped or blocked:
            return
        if self.env.context.get("no_mail_to_attendees"):
            return
        template = mail_template.sudo()
        for attendee in self.sudo().filtered("email"):
            company = attendee.event_id.party_meeting_id.company_id
            template.send_mail(
                attendee.id,
                email_values={
                    "email_from": company.email_formatted,
                    "author_id": company.partner_id.id,
                },
            )
