# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Meetings as members see them: the calendar event each announced meeting
keeps in step (so Odoo's reminders and the .ics reach the invitees), the
invitations and changes mailed from the company's address in each
recipient's language, and the member's own excuse request."""

import base64

from odoo import fields, models
from odoo.exceptions import UserError
from odoo.fields import Command
from odoo.tools.translate import LazyTranslate

from odoo.addons.party_docs.models.party_meeting_checkin import DEFAULT_LENGTH
from odoo.addons.party_org.tools.print_format import PrintFormat

# Lazy texts rendered in the recipient's language (party.portal._request_staff).
# pylint: disable=prefer-env-translation
_lt = LazyTranslate(__name__)

INVITATION_TEMPLATE = "party_portal.mail_template_party_meeting_invitation"
CHANGE_TEMPLATE = "party_portal.mail_template_party_meeting_change"
ALARMS = (
    "party_portal.calendar_alarm_party_meeting_day",
    "party_portal.calendar_alarm_party_meeting_hour",
)
# A change of these on an announced meeting is mailed to the invitees.
CHANGE_FIELDS = frozenset({"date_start", "date_end", "place", "online_link"})
PORTAL_STATES = ("invited", "held", "cancel")
SECRETARY_GROUP = "party_org.group_party_secretary"
# The code under the room's QR, typed by a member who cannot scan it: the
# start of the check-in token, read without case (about 40 bits).
CHECKIN_CODE_LENGTH = 8
EXCUSE_SUMMARY = _lt("Excuse from the meeting requested")
REASON_MAX = 500


class PartyMeeting(models.Model):
    _inherit = "party.meeting"

    calendar_event_id = fields.Many2one(
        "calendar.event",
        readonly=True,
        copy=False,
        index="btree_not_null",
        help="The private calendar event of the invitees, kept in step with "
        "the meeting once it is announced: invitations with an .ics file and "
        "reminders one day and one hour before.",
    )

    checkin_code = fields.Char(
        string="Check-in Code",
        compute="_compute_checkin_code",
        groups=SECRETARY_GROUP,
        help="Members who cannot scan the QR code type this code on their "
        "meeting page.",
    )

    def _compute_checkin_code(self):
        for meeting in self:
            meeting.checkin_code = (
                meeting._portal_checkin_code() if meeting.checkin_qr else False
            )

    def write(self, vals):
        res = super().write(vals)
        if vals.get("state") == "cancel":
            self._party_calendar_cancel()
        elif CHANGE_FIELDS & set(vals):
            changed = self.filtered(lambda m: m.state == "invited")
            if changed:
                changed._party_calendar_sync()
                changed._party_mail_invitees(CHANGE_TEMPLATE)
        return res

    def action_invite(self):
        res = super().action_invite()
        self._party_calendar_sync()
        self._party_mail_invitees(INVITATION_TEMPLATE)
        return res

    def _party_notified_partners(self):
        """Invitees with an internal user keep the Odoo notification; every
        invitee gets the invitation by e-mail (``_party_mail_invitees``)."""
        partners = super()._party_notified_partners()
        return partners.filtered(lambda p: p.user_ids and not p.user_ids[0].share)

    # Calendar ------------------------------------------------------------

    def _party_calendar_values(self):
        """The event of an announced meeting: private (the invitees of a
        party meeting are party members, which other employees may not
        learn from the calendar), attendees = the invitees' partners."""
        self.ensure_one()
        url = f"{self.get_base_url()}/my/party/meetings/{self.id}"
        return {
            "name": self.name,
            "start": self.date_start,
            "stop": self.date_end or self.date_start + DEFAULT_LENGTH,
            "location": self.place or self.online_link or False,
            "description": f'<p><a href="{url}">{url}</a></p>',
            "partner_ids": [Command.set(self.attendance_ids.partner_id.ids)],
            "privacy": "private",
            "show_as": "busy",
            "active": True,
            "user_id": False,
            "party_meeting_id": self.id,
        }

    def _party_calendar_sync(self):
        """Create or update the calendar event of each announced meeting."""
        alarms = [self.env.ref(xmlid, raise_if_not_found=False) for xmlid in ALARMS]
        alarm_ids = [alarm.id for alarm in alarms if alarm]
        Event = self.env["calendar.event"].sudo().with_context(active_test=False)
        for meeting in self.sudo():
            vals = meeting._party_calendar_values()
            if meeting.calendar_event_id:
                meeting.calendar_event_id.write(vals)
            else:
                vals["alarm_ids"] = [Command.set(alarm_ids)]
                meeting.calendar_event_id = Event.create(vals)

    def _party_calendar_cancel(self):
        """A cancelled meeting: its event is archived, the invitees told."""
        events = self.sudo().calendar_event_id.filtered("active")
        if events:
            self.sudo().filtered("calendar_event_id")._party_mail_invitees(
                CHANGE_TEMPLATE, with_ics=False
            )
            events.write({"active": False})

    # Mails ---------------------------------------------------------------

    def _party_mail_invitees(self, template_xmlid, lines=None, with_ics=True):
        """Mail ``template_xmlid`` to the invitees (``lines``, else all) with
        an e-mail address: from the company's address (the template's
        sender), in each recipient's language, with the event's .ics."""
        template = self.env.ref(template_xmlid).sudo()
        lines = (lines or self.attendance_ids).sudo().filtered("partner_id.email")
        ics = {}
        if with_ics:
            ics = self.sudo().calendar_event_id._get_ics_file()
        with_file = lines.filtered(
            lambda line: ics.get(line.meeting_id.calendar_event_id.id)
        )
        attachments = (
            self.env["ir.attachment"]
            .sudo()
            .create(
                [
                    {
                        "name": "invitation.ics",
                        "datas": base64.b64encode(
                            ics[line.meeting_id.calendar_event_id.id]
                        ),
                        "mimetype": "text/calendar",
                        "res_model": "mail.message",
                        "res_id": 0,
                    }
                    for line in with_file
                ]
            )
        )
        attachment_of = dict(zip(with_file.ids, attachments.ids, strict=True))
        for line in lines:
            attachment_id = attachment_of.get(line.id)
            template.send_mail(
                line.id,
                email_values={"attachment_ids": [Command.link(attachment_id)]}
                if attachment_id
                else None,
            )

    # Portal --------------------------------------------------------------

    def _portal_when(self):
        """``dd/mm/yyyy HH:MM`` of the start, in the company's time zone."""
        self.ensure_one()
        local = PrintFormat(self.company_id.sudo()._party_tz()).local(self.date_start)
        return f"{local:%d/%m/%Y %H:%M}"

    def _portal_checkin_code(self):
        """The typed form of the check-in token (empty before the invitation)."""
        self.ensure_one()
        token = self.sudo().checkin_token
        return token[:CHECKIN_CODE_LENGTH].upper() if token else ""

    def _portal_excuse_open(self):
        """Whether an excuse may still be asked for: announced, not started."""
        self.ensure_one()
        return self.state == "invited" and fields.Datetime.now() < self.date_start

    def _portal_request_excuse(self, reason):
        """The logged-in member asks to be excused from the meeting ``self``
        with ``reason``, before it starts: their attendance line records the
        request and a "Member Request" activity reaches the secretary, who
        confirms with "Excused". Only the caller's own line is concerned."""
        self.ensure_one()
        portal = self.env["party.portal"]
        member = portal._get_member()
        line = (
            self.env["party.meeting.attendance"]
            .sudo()
            .search(
                [("meeting_id", "=", self.id), ("member_id", "=", member.id)],
                limit=1,
            )
            if member
            else None
        )
        if not line or self.sudo().state not in PORTAL_STATES:
            raise UserError(self.env._("You are not invited to this meeting."))
        meeting = self.sudo()
        if not meeting._portal_excuse_open():
            raise UserError(
                self.env._(
                    "The meeting has started or is closed: an excuse is asked "
                    "for before the meeting (Điều lệ Đảng, Điều 2: members take "
                    "part in their cell's meetings). Please contact your cell "
                    "secretary directly."
                )
            )
        if line.state != "invited":
            raise UserError(self.env._("Your attendance is already recorded."))
        reason = (reason or "").strip()[:REASON_MAX]
        if not reason:
            raise UserError(self.env._("Give the reason of your absence."))
        line.write({"excuse_requested_at": fields.Datetime.now(), "note": reason})
        portal._request_staff(
            meeting,
            portal._secretary_user(meeting.organization_id),
            EXCUSE_SUMMARY,
            f"{member.name}: {reason}",
        )
        return line
