# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import secrets
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from odoo.addons.party_org.models.party_organization import CELL_TYPES

from ..engine.meetings import attendance_rate, meeting_compliance
from .party_document_qr import make_qr_png

KINDS = [
    ("regular", "Regular Monthly"),
    ("thematic", "Thematic"),
    ("committee", "Committee"),
    ("congress", "Congress"),
]
STATES = [
    ("draft", "Draft"),
    ("invited", "Invited"),
    ("held", "Held"),
    ("cancel", "Cancelled"),
]
INVITED_MEMBER_STATES = ("official", "probationary")
# Arriving later than this after the start counts as late.
LATE_AFTER = timedelta(minutes=15)


class PartyMeeting(models.Model):
    _name = "party.meeting"
    _description = "Party Meeting"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "date_start desc, id desc"
    _check_company_auto = True

    name = fields.Char(
        compute="_compute_name",
        store=True,
        readonly=False,
        required=True,
        precompute=True,
    )
    organization_id = fields.Many2one(
        "party.organization",
        required=True,
        index=True,
        check_company=True,
        tracking=True,
    )
    company_id = fields.Many2one(
        related="organization_id.company_id", store=True, index=True
    )
    kind = fields.Selection(KINDS, required=True, default="regular", tracking=True)
    date_start = fields.Datetime(string="Start", required=True, tracking=True)
    date_end = fields.Datetime(string="End")
    place = fields.Char()
    online_link = fields.Char()
    chair_id = fields.Many2one("party.member", string="Chair", check_company=True)
    secretary_id = fields.Many2one(
        "party.member",
        string="Meeting Secretary",
        check_company=True,
        help="Keeps the minutes and the attendance list.",
    )
    state = fields.Selection(
        STATES, default="draft", required=True, tracking=True, index=True
    )
    agenda_ids = fields.One2many(
        "party.meeting.agenda", "meeting_id", string="Agenda", copy=True
    )
    document_ids = fields.Many2many(
        "party.document",
        "party_meeting_document_rel",
        "meeting_id",
        "document_id",
        string="Documents",
        domain="[('secrecy', '=', 'normal')]",
        help="Secret documents are never shown in a paperless meeting.",
    )
    attendance_ids = fields.One2many(
        "party.meeting.attendance", "meeting_id", string="Attendance"
    )
    invited_count = fields.Integer(compute="_compute_attendance_stats", store=True)
    present_count = fields.Integer(compute="_compute_attendance_stats", store=True)
    attendance_rate = fields.Float(
        compute="_compute_attendance_stats",
        store=True,
        aggregator="avg",
        help="Percentage of invitees present (late arrivals included).",
    )
    checkin_token = fields.Char(
        copy=False, readonly=True, groups="party_org.group_party_secretary"
    )
    checkin_qr = fields.Binary(string="Check-in QR", compute="_compute_checkin_qr")
    minutes = fields.Html(string="Minutes (Biên bản)")
    conclusion = fields.Html()
    conclusion_document_id = fields.Many2one(
        "party.document", readonly=True, copy=False
    )

    @api.depends("kind", "organization_id", "date_start")
    def _compute_name(self):
        kinds = dict(self._fields["kind"]._description_selection(self.env))
        for meeting in self:
            if meeting.date_start and meeting.organization_id:
                meeting.name = (
                    f"{kinds[meeting.kind]} {meeting.date_start:%m/%Y} – "
                    f"{meeting.organization_id.name}"
                )

    @api.depends("attendance_ids.state")
    def _compute_attendance_stats(self):
        for meeting in self:
            states = meeting.attendance_ids.mapped("state")
            meeting.invited_count = len(states)
            meeting.present_count = sum(1 for s in states if s in ("present", "late"))
            meeting.attendance_rate = attendance_rate(states)

    def _compute_checkin_qr(self):
        base_url = self.get_base_url()
        for meeting in self:
            token = meeting.sudo().checkin_token
            meeting.checkin_qr = (
                make_qr_png(f"{base_url}/party/meeting/{token}/checkin")
                if token
                else False
            )

    @api.constrains("document_ids")
    def _check_documents_not_secret(self):
        if self.sudo().document_ids.filtered("is_secret"):
            raise self.env["party.document"]._secret_error(
                self.env._("meeting"), ValidationError
            )

    @api.constrains("date_start", "date_end")
    def _check_dates(self):
        for meeting in self:
            if meeting.date_end and meeting.date_end < meeting.date_start:
                raise ValidationError(
                    self.env._(
                        "A meeting cannot end before it starts. / "
                        "Cuộc họp không thể kết thúc trước khi bắt đầu."
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        meetings = super().create(vals_list)
        meetings.filtered(lambda m: not m.attendance_ids)._load_default_invitees()
        return meetings

    def action_invite(self):
        """Send the invitations as Odoo notifications and open the check-in."""
        for meeting in self:
            if meeting.state != "draft":
                raise UserError(
                    self.env._(
                        "Only a draft meeting can be announced. / "
                        "Chỉ cuộc họp nháp mới được gửi giấy mời."
                    )
                )
        for meeting in self:
            meeting.sudo().checkin_token = secrets.token_urlsafe(24)
            partners = meeting.attendance_ids.partner_id
            if partners:
                meeting.message_notify(
                    partner_ids=partners.ids,
                    subject=meeting.name,
                    body=self.env._(
                        "You are invited to %(meeting)s on %(date)s at %(place)s.",
                        meeting=meeting.name,
                        date=fields.Datetime.context_timestamp(
                            meeting, meeting.date_start
                        ).strftime("%d/%m/%Y %H:%M"),
                        place=meeting.place or meeting.online_link or "-",
                    ),
                    model_description=self.env._("Party Meeting"),
                )
        self.state = "invited"

    def action_mark_held(self):
        """Close the meeting: invitees not recorded are absent without excuse."""
        for meeting in self:
            if meeting.state != "invited":
                raise UserError(
                    self.env._("Announce the meeting first. / Hãy gửi giấy mời trước.")
                )
        self.attendance_ids.filtered(lambda a: a.state == "invited").state = "unexcused"
        self.state = "held"

    def action_cancel(self):
        self.state = "cancel"

    def action_reset_draft(self):
        self.state = "draft"

    def action_load_invitees(self):
        self._load_default_invitees()

    def action_create_conclusion_document(self):
        """Turn the conclusion into an internal Kết luận document (draft)."""
        self.ensure_one()
        if not self.conclusion:
            raise UserError(
                self.env._("Write the conclusion first. / Hãy ghi kết luận trước.")
            )
        document = self.env["party.document"].create(
            {
                "direction": "internal",
                "type_id": self.env.ref("party_docs.document_type_kl").id,
                "organization_id": self.organization_id.id,
                "summary": self.env._("Conclusion of %(meeting)s", meeting=self.name),
                "body": self.conclusion,
                "date": fields.Date.context_today(self),
            }
        )
        self.conclusion_document_id = document
        return {
            "type": "ir.actions.act_window",
            "res_model": "party.document",
            "res_id": document.id,
            "view_mode": "form",
        }

    # Invitees and check-in

    def _get_default_invitees(self):
        """Map meeting id → official and probationary members of its organisation."""
        members = (
            self.env["party.member"]
            .sudo()
            .search(
                [
                    ("organization_id", "in", self.organization_id.ids),
                    ("state", "in", INVITED_MEMBER_STATES),
                ]
            )
        )
        by_org = {}
        for member in members:
            by_org.setdefault(member.organization_id.id, []).append(member.id)
        Member = self.env["party.member"]
        return {
            meeting.id: Member.browse(by_org.get(meeting.organization_id.id, []))
            for meeting in self
        }

    def _load_default_invitees(self):
        invitees = self._get_default_invitees()
        existing = {(a.meeting_id.id, a.member_id.id) for a in self.attendance_ids}
        self.env["party.meeting.attendance"].create(
            [
                {"meeting_id": meeting.id, "member_id": member.id}
                for meeting in self
                for member in invitees[meeting.id]
                if (meeting.id, member.id) not in existing
            ]
        )

    @api.model
    def _get_by_checkin_token(self, token):
        if not token:
            return self.browse()
        return self.sudo().search(
            [("checkin_token", "=", token), ("state", "in", ("invited", "held"))],
            limit=1,
        )

    def _check_in(self, user):
        """Mark ``user`` present (late after 15 minutes) if invited; return
        their attendance line, empty if they are not an invitee."""
        self.ensure_one()
        attendance = (
            self.env["party.meeting.attendance"]
            .sudo()
            .search([("meeting_id", "=", self.id), ("user_id", "=", user.id)], limit=1)
        )
        if attendance and attendance.state in ("invited", "excused", "unexcused"):
            now = fields.Datetime.now()
            late = now > self.sudo().date_start + LATE_AFTER
            attendance.write(
                {"state": "late" if late else "present", "check_in_time": now}
            )
        return attendance

    # KPIs and reminders

    @api.model
    def _get_meeting_compliance(self, organizations, date_from, date_to):
        """Map organisation id → which months had a held regular meeting and
        which quarters a held thematic one (see engine.meetings)."""
        meetings = self.sudo().search_read(
            [
                ("organization_id", "in", organizations.ids),
                ("state", "=", "held"),
                ("kind", "in", ("regular", "thematic")),
                ("date_start", ">=", fields.Datetime.to_datetime(date_from)),
                (
                    "date_start",
                    "<",
                    fields.Datetime.to_datetime(date_to) + timedelta(days=1),
                ),
            ],
            ["organization_id", "kind", "date_start"],
        )
        by_org = {org.id: [] for org in organizations}
        for row in meetings:
            by_org[row["organization_id"][0]].append(
                (row["kind"], row["date_start"].date())
            )
        return {
            org_id: meeting_compliance(rows, date_from, date_to)
            for org_id, rows in by_org.items()
        }

    @api.model
    def _cron_remind_regular_meeting(self):
        """Remind each cell's secretary to schedule this month's regular meeting."""
        today = fields.Date.context_today(self)
        month_start = today.replace(day=1)
        next_month = (month_start + timedelta(days=32)).replace(day=1)
        cells = self.env["party.organization"].search([("org_type", "in", CELL_TYPES)])
        planned = self.search(
            [
                ("organization_id", "in", cells.ids),
                ("kind", "=", "regular"),
                ("state", "!=", "cancel"),
                ("date_start", ">=", fields.Datetime.to_datetime(month_start)),
                ("date_start", "<", fields.Datetime.to_datetime(next_month)),
            ]
        ).organization_id
        activity_type = self.env.ref("party_docs.mail_activity_type_regular_meeting")
        reminded = self.env["mail.activity"].search(
            [
                ("res_model", "=", "party.organization"),
                ("res_id", "in", cells.ids),
                ("activity_type_id", "=", activity_type.id),
                ("date_deadline", ">=", month_start),
            ]
        )
        already = set(reminded.mapped("res_id"))
        month_label = today.strftime("%m/%Y")
        for cell in cells - planned:
            user = cell.secretary_id.user_id
            if not user or cell.id in already:
                continue
            cell.activity_schedule(
                activity_type_id=activity_type.id,
                user_id=user.id,
                date_deadline=next_month - timedelta(days=1),
                summary=self.env._(
                    "Schedule the regular meeting of %(month)s", month=month_label
                ),
            )
