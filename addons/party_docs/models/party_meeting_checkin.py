# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""QR check-in of a meeting.

The QR code is shown to whoever runs the meeting (its chair and clerk, the
secretaries who may write it, the party office), never to every invitee. A
scan checks in only the logged-in invitee, only while the meeting is
announced and from 30 minutes before its start to its end (or 3 hours after
the start), and only by POST with the CSRF token (controllers/main.py).
"""

from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError

SECRETARY_GROUP = "party_org.group_party_secretary"
OFFICE_GROUP = "party_org.group_party_office"
CHECKIN_OPENS_BEFORE = timedelta(minutes=30)
DEFAULT_LENGTH = timedelta(hours=3)
# Arriving later than this after the start counts as late.
LATE_AFTER = timedelta(minutes=15)


class PartyMeetingCheckinMixin(models.AbstractModel):
    _name = "party.meeting.checkin.mixin"
    _description = "Party meeting: QR check-in"
    _inherit = ["party.token.mixin"]
    _party_token_field = "checkin_token"

    checkin_token = fields.Char(copy=False, readonly=True, groups=SECRETARY_GROUP)
    checkin_qr = fields.Binary(
        string="Check-in QR", compute="_compute_checkin_qr", groups=SECRETARY_GROUP
    )

    def _compute_checkin_qr(self):
        for meeting in self:
            token = meeting.sudo().checkin_token
            shown = token and meeting.state == "invited" and meeting._party_runs()
            meeting.checkin_qr = (
                meeting._party_qr_png(meeting._party_token_url()) if shown else False
            )

    def _party_token_path(self, token):
        return f"/party/meeting/{token}/checkin"

    def _party_runs(self):
        """Whether the user runs the meeting: its chair or clerk, a secretary
        who may write it, or the party office."""
        self.ensure_one()
        user = self.env.user
        if self.env.su or user.has_group(OFFICE_GROUP):
            return True
        if user in (self.sudo().chair_id | self.sudo().secretary_id).user_id:
            return True
        return self.has_access("write")

    def _checkin_window(self):
        """(opens, closes) of the check-in."""
        self.ensure_one()
        return (
            self.date_start - CHECKIN_OPENS_BEFORE,
            self.date_end or self.date_start + DEFAULT_LENGTH,
        )

    @api.model
    def _get_by_checkin_token(self, token):
        """The announced meeting of a check-in token (empty otherwise)."""
        if not token:
            return self.browse()
        return self.sudo().search(
            [("checkin_token", "=", token), ("state", "=", "invited")], limit=1
        )

    def _get_attendance(self, user):
        self.ensure_one()
        return (
            self.env["party.meeting.attendance"]
            .sudo()
            .search([("meeting_id", "=", self.id), ("user_id", "=", user.id)], limit=1)
        )

    def _check_in(self, user):
        """Mark ``user`` present (late after 15 minutes) if invited, inside
        the check-in window; return their attendance line, empty if they are
        not an invitee."""
        self.ensure_one()
        attendance = self._get_attendance(user)
        if not attendance:
            return attendance
        meeting = self.sudo()
        opens, closes = meeting._checkin_window()
        now = fields.Datetime.now()
        if meeting.state != "invited" or not opens <= now <= closes:
            raise UserError(
                self.env._(
                    "The check-in of this meeting is not open: it opens 30 minutes "
                    "before the start and closes at the end of the meeting."
                )
            )
        if attendance.state in ("invited", "excused", "unexcused"):
            late = now > meeting.date_start + LATE_AFTER
            attendance.write(
                {"state": "late" if late else "present", "check_in_time": now}
            )
        return attendance
