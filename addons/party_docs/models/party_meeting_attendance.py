# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models

ATTENDANCE_STATES = [
    ("invited", "Invited"),
    ("present", "Present"),
    ("late", "Late"),
    ("excused", "Excused"),
    ("unexcused", "Absent without Excuse"),
]
SECRETARY_GROUP = "party_org.group_party_secretary"


class PartyMeetingLineMixin(models.AbstractModel):
    """Lines of a meeting (attendance, agenda and votes) are on record once
    the meeting is held: a plain create, write or unlink is refused, and a
    write is checked again where the line ends up."""

    _name = "party.meeting.line.mixin"
    _description = "Line of a Party Meeting"

    @api.model_create_multi
    def create(self, vals_list):
        lines = super().create(vals_list)
        if not self.env.su:
            lines.meeting_id.sudo()._party_check_not_settled()
        return lines

    def write(self, vals):
        if not self.env.su:
            self.meeting_id.sudo()._party_check_not_settled()
        res = super().write(vals)
        if not self.env.su:
            self.meeting_id.sudo()._party_check_not_settled()
            self.check_access("write")
        return res

    def unlink(self):
        if not self.env.su:
            self.meeting_id.sudo()._party_check_not_settled()
        return super().unlink()


class PartyMeetingAttendance(models.Model):
    _name = "party.meeting.attendance"
    _description = "Party Meeting Attendance"
    _inherit = ["party.meeting.line.mixin", "party.protected.mixin"]
    _order = "meeting_id, member_id"

    meeting_id = fields.Many2one(
        "party.meeting", required=True, index=True, ondelete="cascade"
    )
    organization_id = fields.Many2one(related="meeting_id.organization_id", store=True)
    company_id = fields.Many2one(related="meeting_id.company_id", store=True)
    member_id = fields.Many2one("party.member", index="btree_not_null")
    user_id = fields.Many2one(
        "res.users", compute="_compute_user_id", store=True, readonly=False, index=True
    )
    partner_id = fields.Many2one("res.partner", compute="_compute_partner_id")
    state = fields.Selection(ATTENDANCE_STATES, default="invited", required=True)
    check_in_time = fields.Datetime(readonly=True)
    # The reason of an absence may be about health: not for every member.
    note = fields.Char(help="Reason of an absence.", groups=SECRETARY_GROUP)

    _sql_constraints = [
        (
            "meeting_member_uniq",
            "unique(meeting_id, member_id)",
            "A member is invited once to a meeting.",
        ),
        (
            "meeting_user_uniq",
            "unique(meeting_id, user_id)",
            "A user is invited once to a meeting.",
        ),
    ]

    @api.depends("member_id.user_id")
    def _compute_user_id(self):
        for attendance in self:
            if attendance.member_id:
                attendance.user_id = attendance.member_id.user_id

    def _compute_partner_id(self):
        for attendance in self:
            attendance.partner_id = (
                attendance.sudo().member_id.partner_id
                or attendance.sudo().user_id.partner_id
            )

    @api.depends("member_id", "user_id")
    def _compute_display_name(self):
        for attendance in self:
            attendance.display_name = (
                attendance.member_id.name or attendance.user_id.name or ""
            )

    def action_present(self):
        self._party_mark({"state": "present", "check_in_time": fields.Datetime.now()})

    def action_late(self):
        self._party_mark({"state": "late", "check_in_time": fields.Datetime.now()})

    def action_excused(self):
        self._party_mark({"state": "excused"})

    def action_unexcused(self):
        self._party_mark({"state": "unexcused"})

    def _party_mark(self, vals):
        """The secretaries who may write the meeting record the attendance
        until the meeting is held."""
        self._party_check_action("write", SECRETARY_GROUP)
        if not self.env.su:
            self.meeting_id.sudo()._party_check_not_settled()
        self.sudo().write(vals)
