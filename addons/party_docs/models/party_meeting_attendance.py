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


class PartyMeetingAttendance(models.Model):
    _name = "party.meeting.attendance"
    _description = "Party Meeting Attendance"
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
    note = fields.Char(help="Reason of an absence.")

    _sql_constraints = [
        (
            "meeting_member_uniq",
            "unique(meeting_id, member_id)",
            "A member is invited once to a meeting. / Mỗi đảng viên chỉ được mời một lần.",
        ),
        (
            "meeting_user_uniq",
            "unique(meeting_id, user_id)",
            "A user is invited once to a meeting. / Mỗi người dùng chỉ được mời một lần.",
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
        self.write({"state": "present", "check_in_time": fields.Datetime.now()})

    def action_late(self):
        self.write({"state": "late", "check_in_time": fields.Datetime.now()})

    def action_excused(self):
        self.state = "excused"

    def action_unexcused(self):
        self.state = "unexcused"
