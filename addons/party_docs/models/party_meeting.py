# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import MissingError, UserError, ValidationError
from odoo.fields import Command

from ..engine.meetings import attendance_rate

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
SECRETARY_GROUP = "party_org.group_party_secretary"
OFFICE_GROUP = "party_org.group_party_office"
# A held (or cancelled) meeting is on record: its attendance, agenda and
# votes change only through a correction by the party office, recorded with
# its reason (party.meeting.correction). The minutes and the conclusion are
# still written up after the meeting.
SETTLED_STATES = ("held", "cancel")
SETTLED_WRITABLE = frozenset({"minutes", "conclusion"})
MAIL_FIELD_PREFIXES = ("message_", "activity_", "website_message_")


class PartyMeeting(models.Model):
    _name = "party.meeting"
    _description = "Party Meeting"
    # Concerns in their own files: who is invited, QR check-in, the quorum
    # (Điều lệ Đảng, Điều 10) and the calendar compliance measured by KPIs.
    _inherit = [
        "party.meeting.invitees.mixin",
        "party.meeting.checkin.mixin",
        "party.meeting.quorum.mixin",
        "party.meeting.compliance.mixin",
        "mail.thread",
        "mail.activity.mixin",
        "party.organization.panel.mixin",
        "party.grouped.list.mixin",
        "party.protected.mixin",
    ]
    _order = "date_start desc, id desc"
    _check_company_auto = True
    _party_protected_fields = ("state",)

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
        check_company=True,
        domain="[('secrecy', '=', 'normal')]",
        help="Documents of the organisation and below, and issued documents of "
        "the organisations above. Secret documents are never shown in a "
        "paperless meeting.",
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
    minutes = fields.Html(string="Minutes")
    conclusion = fields.Html()
    conclusion_document_id = fields.Many2one(
        "party.document", readonly=True, copy=False
    )

    @api.depends("kind", "organization_id", "date_start")
    def _compute_name(self):
        """The stored name is built from the English kind, whoever creates the
        meeting (a cron has no language); display_name translates it."""
        for meeting in self:
            if meeting.date_start and meeting.organization_id:
                meeting.name = meeting._auto_name(dict(KINDS))

    @api.depends("name", "kind", "organization_id", "date_start")
    @api.depends_context("lang")
    def _compute_display_name(self):
        """An automatic name is shown with the kind in the user's language;
        a name typed by the user is shown as typed."""
        kinds = dict(self._fields["kind"]._description_selection(self.env))
        for meeting in self:
            name = meeting.name
            if meeting.date_start and name == meeting._auto_name(dict(KINDS)):
                name = meeting._auto_name(kinds)
            meeting.display_name = name

    def _auto_name(self, kinds):
        """ "<kind> MM/YYYY – <organisation>" with the kind labels given."""
        return (
            f"{kinds[self.kind]} {self.date_start:%m/%Y} – "
            f"{self.organization_id.name}"
        )

    @api.depends("attendance_ids.state")
    def _compute_attendance_stats(self):
        for meeting in self:
            states = meeting.attendance_ids.mapped("state")
            meeting.invited_count = len(states)
            meeting.present_count = sum(1 for s in states if s in ("present", "late"))
            meeting.attendance_rate = attendance_rate(states)

    @api.constrains("document_ids", "organization_id")
    def _check_documents(self):
        """Never a secret document; only documents of the meeting's
        organisation and below, or issued documents of those above."""
        for meeting in self.sudo():
            if meeting.document_ids.filtered("is_secret"):
                raise self.env["party.document"]._secret_error(
                    self.env._("meeting"), ValidationError
                )
            path = meeting.organization_id.parent_path or ""
            for doc in meeting.document_ids:
                doc_path = doc.organization_id.parent_path or ""
                below = doc_path.startswith(path)
                issued_above = path.startswith(doc_path) and doc.state == "issued"
                if not (below or issued_above):
                    raise ValidationError(
                        self.env._(
                            "%(meeting)s shows documents of %(org)s and below, "
                            "or issued documents of the organisations above.",
                            meeting=meeting.name,
                            org=meeting.organization_id.display_name,
                        )
                    )

    @api.constrains("date_start", "date_end")
    def _check_dates(self):
        for meeting in self:
            if meeting.date_end and meeting.date_end < meeting.date_start:
                raise ValidationError(
                    self.env._("A meeting cannot end before it starts.")
                )

    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.su:
            for vals in vals_list:
                self._party_check_linkable_documents(vals.get("document_ids"))
        meetings = super().create(vals_list)
        meetings.filtered(lambda m: not m.attendance_ids)._load_default_invitees()
        return meetings

    def write(self, vals):
        if not self.env.su:
            names = {n for n in vals if not n.startswith(MAIL_FIELD_PREFIXES)}
            if names - SETTLED_WRITABLE:
                self._party_check_not_settled()
            if "document_ids" in vals:
                self._party_check_linkable_documents(vals["document_ids"])
        res = super().write(vals)
        if not self.env.su:
            # Write access is checked again where the meetings end up.
            self.check_access("write")
        return res

    def _party_check_not_settled(self):
        settled = self.filtered(lambda m: m.state in SETTLED_STATES)
        if settled:
            raise UserError(
                self.env._(
                    "%(meeting)s is held or cancelled: its record changes only "
                    "through a correction by the party office, with its reason.",
                    meeting=settled[0].name,
                )
            )

    @api.model
    def _party_check_linkable_documents(self, commands):
        """Link only documents the user may read. An unreadable one (a secret
        one included) is refused like a missing one, so the refusal tells
        nothing about it."""
        ids = set()
        for command in commands or ():
            if isinstance(command, int):
                ids.add(command)
            elif command[0] in (Command.LINK, Command.UPDATE):
                ids.add(command[1])
            elif command[0] == Command.SET:
                ids.update(command[2])
        if not ids:
            return
        docs = self.env["party.document"].browse(ids)
        if len(docs.exists()._filtered_access("read")) != len(ids):
            raise MissingError(
                self.env._(
                    "Some of these documents do not exist or you may not read them."
                )
            )

    def action_invite(self):
        """Send the invitations as Odoo notifications and open the check-in."""
        self._party_check_action("write", SECRETARY_GROUP)
        self._party_check_state(["draft"])
        for meeting in self:
            meeting._party_set_token()
        self._party_notify_invitees()
        self.sudo().write({"state": "invited"})

    def _party_notify_invitees(self):
        """Notify ``_party_notified_partners()`` of each meeting in Odoo.
        In-app notifications need no sender e-mail: a secretary without one
        invites in the name of OdooBot (QA docs #5)."""
        author = self.env.user.partner_id
        if not author.email:
            author = self.env.ref("base.partner_root")
        for meeting in self:
            partners = meeting._party_notified_partners()
            if partners:
                meeting.sudo().message_notify(
                    author_id=author.id,
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

    def _party_notified_partners(self):
        """Hook: the partners notified of the invitation in Odoo."""
        self.ensure_one()
        return self.attendance_ids.partner_id

    def action_mark_held(self):
        """Close the meeting: invitees not recorded are absent without excuse;
        a meeting that recorded votes must have reached its quorum."""
        self._party_check_action("write", SECRETARY_GROUP)
        self._party_check_state(["invited"])
        self.attendance_ids.filtered(lambda a: a.state == "invited").sudo().write(
            {"state": "unexcused"}
        )
        self.sudo().write({"state": "held"})
        self._check_quorum_for_votes()

    def action_cancel(self):
        self._party_check_action("write", SECRETARY_GROUP)
        self._party_check_state(["draft", "invited"])
        self.sudo().write({"state": "cancel"})

    def action_reset_draft(self):
        self._party_check_action("write", SECRETARY_GROUP)
        self._party_check_state(["cancel"])
        self.sudo().write({"state": "draft", "checkin_token": False})

    def action_load_invitees(self):
        self._party_check_action("write", SECRETARY_GROUP)
        self._party_check_state(["draft"])
        self._load_default_invitees()

    def action_create_conclusion_document(self):
        """Turn the conclusion into an internal Kết luận document (draft)."""
        self.ensure_one()
        self._party_check_action("write", SECRETARY_GROUP)
        self._party_check_state(["held"])
        if self.conclusion_document_id:
            raise UserError(self.env._("The conclusion is already a document."))
        if not self.conclusion:
            raise UserError(self.env._("Write the conclusion first."))
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
        self.sudo().conclusion_document_id = document
        return {
            "type": "ir.actions.act_window",
            "res_model": "party.document",
            "res_id": document.id,
            "view_mode": "form",
        }

    def action_open_correction(self):
        """Open the correction form of a held meeting (party office)."""
        self.ensure_one()
        self._party_check_action("write", OFFICE_GROUP)
        self._party_check_state(["held"])
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Correct %(meeting)s", meeting=self.name),
            "res_model": "party.meeting.correction",
            "view_mode": "form",
            "target": "new",
            "context": {"default_meeting_id": self.id},
        }

    def _party_check_state(self, states):
        labels = dict(self._fields["state"]._description_selection(self.env))
        for meeting in self:
            if meeting.state not in states:
                raise UserError(
                    self.env._(
                        "%(meeting)s cannot do this in state %(state)s.",
                        meeting=meeting.name,
                        state=labels.get(meeting.state),
                    )
                )
