# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from odoo.addons.party_org.models.party_organization import CELL_TYPES

from ..engine import admission

# Pipeline stages (phát triển đảng viên), in order.
STAGES = [
    ("sympathiser", "Sympathiser"),
    ("awareness_class", "Awareness Class"),
    ("dossier", "Dossier"),
    ("branch_voted", "Branch Voted"),
    ("admitted", "Admitted"),
    ("dropped", "Dropped"),
]
STAGE_ORDER = {key: index for index, (key, _label) in enumerate(STAGES)}
PARTY_OFFICE = "party_org.group_party_office"
PARTY_SECRETARY = "party_org.group_party_secretary"
# States of a former member who may be readmitted (Quy định 294-QĐ/TW,
# point 3.5): removed, left or expelled; the barred reasons are checked on
# the candidate (expulsion is not a bar by itself).
READMISSION_STATES = ("removed", "left", "expelled")
# Events that end a membership and start the 36 months before readmission.
LEAVING_EVENTS = ("removal", "leave", "expulsion")
EXIT_REASONS = [
    (admission.EXIT_REASON_DROPPED_OUT, "Dropped out of activity"),
    (admission.EXIT_REASON_FAMILY_HARDSHIP, "Asked to leave for family hardship"),
    (admission.EXIT_REASON_DISUNITY, "Caused serious disunity"),
    (admission.EXIT_REASON_CORRUPTION, "Convicted of corruption"),
    (admission.EXIT_REASON_SERIOUS_CRIME, "Convicted of a serious crime"),
    (admission.EXIT_REASON_OTHER, "Other reason"),
]
# Candidate field → dossier item of the engine.
DOSSIER_FIELDS = {
    "dossier_application": admission.DOSSIER_APPLICATION,
    "dossier_cv": admission.DOSSIER_CV,
    "dossier_introducers": admission.DOSSIER_INTRODUCERS,
    "dossier_union_recommendation": admission.DOSSIER_UNION_RECOMMENDATION,
    "dossier_residence_comments": admission.DOSSIER_RESIDENCE_COMMENTS,
}


class PartyCandidate(models.Model):
    _name = "party.candidate"
    _description = "Party Admission Candidate"
    _inherit = ["mail.thread", "mail.activity.mixin", "party.protected.mixin"]
    _order = "stage_sequence, planned_admission_date, name"
    _check_company_auto = True
    # The stage moves only through _move_to_stage (buttons, kanban drag).
    _party_protected_fields = ("stage", "official_member_count")

    # Person
    name = fields.Char(required=True, tracking=True)
    birth_date = fields.Date(tracking=True)
    employee_id = fields.Many2one("hr.employee", check_company=True, tracking=True)
    former_member_id = fields.Many2one(
        "party.member",
        string="Former Member (Readmission)",
        check_company=True,
        tracking=True,
        help="Set for a readmission: the former member is readmitted instead of "
        "creating a new member. Readmission is allowed once, at least 36 months "
        "after leaving, with the provincial standing committee's written "
        "consent; party age counts from the first admission (Quy định "
        "294-QĐ/TW, point 3.5).",
    )
    readmission_exit_reason = fields.Selection(
        EXIT_REASONS,
        string="Reason for Leaving the Party",
        tracking=True,
        help="Never readmitted: those who dropped out of activity, asked to leave "
        "(except for family hardship), caused serious disunity, or were convicted "
        "of corruption or of a serious crime. Expulsion itself is not a bar "
        "(Quy định 294-QĐ/TW, point 3.5.2).",
    )
    provincial_consent_ref = fields.Char(
        string="Provincial Consent",
        tracking=True,
        help="Number of the written consent of the provincial standing committee "
        "(ban thường vụ tỉnh ủy or equivalent), required for a readmission "
        "(Quy định 294-QĐ/TW, point 3.5).",
    )
    provincial_consent_date = fields.Date(tracking=True)
    criminal_record_cleared_date = fields.Date(
        string="Criminal Record Cleared On",
        tracking=True,
        help="For a former member once convicted (of a crime that is not a bar): "
        "the day the record was cleared (xóa án tích). Readmission is "
        "considered only 60 months after it (Quy định 294-QĐ/TW, point 3.5).",
    )
    over_age_consent_ref = fields.Char(
        string="Consent for Admission over 60",
        tracking=True,
        help="Number of the written consent of the competent committee "
        "(provincial level or equivalent) to admit a candidate older than 60 "
        "at the branch review (Quy định 294-QĐ/TW, point 1.1).",
    )
    over_age_consent_date = fields.Date(
        string="Consent over 60 Dated",
        tracking=True,
        help="Date of the written consent to admit a candidate older than 60.",
    )
    organization_id = fields.Many2one(
        "party.organization",
        string="Party Cell",
        required=True,
        check_company=True,
        tracking=True,
        domain=[("org_type", "in", CELL_TYPES)],
    )
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )
    active = fields.Boolean(default=True)
    color = fields.Integer()
    # Pipeline
    stage = fields.Selection(
        STAGES,
        required=True,
        default="sympathiser",
        tracking=True,
        group_expand="_group_expand_stage",
    )
    stage_sequence = fields.Integer(compute="_compute_stage_sequence", store=True)
    review_note = fields.Html(
        string="Review Notes",
        help="The branch reviews each sympathiser monthly; log each review in "
        "the chatter.",
    )
    # Awareness class (lớp bồi dưỡng nhận thức về Đảng)
    certificate_date = fields.Date(
        string="Awareness Certificate Date",
        tracking=True,
        help="Date of the party-awareness class certificate, valid 5 years "
        "(Hướng dẫn 12-HD/BTCTW).",
    )
    certificate_expiry_date = fields.Date(
        string="Certificate Valid Until", compute="_compute_certificate_expiry_date"
    )
    # Dossier
    dossier_application = fields.Boolean(string="Application (1-KNĐ)", tracking=True)
    dossier_cv = fields.Boolean(string="Curriculum Vitae (2-KNĐ)", tracking=True)
    dossier_introducers = fields.Boolean(string="Introducers (3-KNĐ)", tracking=True)
    dossier_union_recommendation = fields.Boolean(
        string="Union Recommendation", tracking=True
    )
    dossier_residence_comments = fields.Boolean(
        string="Residence Comments", tracking=True
    )
    # Two introducers (3-KNĐ): official members who have worked with the
    # candidate for at least 12 months (Điều lệ Đảng, Điều 4.2).
    introducer_1_id = fields.Many2one(
        "party.member", string="First Introducer", check_company=True, tracking=True
    )
    introducer_1_since = fields.Date(
        string="Working Together Since (1)",
        tracking=True,
        help="Start of working together with the first introducer: at least 12 "
        "months before the branch review (Điều lệ Đảng, Điều 4.2).",
    )
    introducer_2_id = fields.Many2one(
        "party.member", string="Second Introducer", check_company=True, tracking=True
    )
    introducer_2_since = fields.Date(
        string="Working Together Since (2)",
        tracking=True,
        help="Start of working together with the second introducer: at least 12 "
        "months before the branch review (Điều lệ Đảng, Điều 4.2).",
    )
    introducer_ids = fields.Many2many(
        "party.member",
        string="Introducers",
        compute="_compute_introducer_ids",
        help="The two official members who introduce the candidate (3-KNĐ).",
    )
    dossier_complete = fields.Boolean(compute="_compute_dossier_complete")
    # Branch vote
    vote_date = fields.Date(
        tracking=True,
        help="Day the branch reviews and votes on the candidate. The age (18 to "
        "60, counted in months) and the vote base are taken on this day (Quy "
        "định 294-QĐ/TW, point 1.1).",
    )
    votes_for = fields.Integer(tracking=True)
    votes_against = fields.Integer(tracking=True)
    official_member_count = fields.Integer(
        string="Official Members of the Cell",
        compute="_compute_official_member_count",
        help="The base of the vote, counted live from the history on the vote "
        "day: the official members of the cell and of its party groups, minus "
        "those temporarily transferred, plus the exempt members who attend. At "
        "least two thirds must agree (Điều lệ Đảng, Điều 4.3).",
    )
    exempt_attending_count = fields.Integer(
        string="Exempt Members Attending",
        tracking=True,
        help="Official members exempt from activity who attend the vote: they "
        "count in its base (Quy định 294-QĐ/TW).",
    )
    # Admission
    planned_admission_date = fields.Date(
        tracking=True,
        help="Planned admission ceremony date. The awareness certificate must "
        "still be valid on this date; the age is checked on the vote date.",
    )
    decision_number = fields.Char(string="Admission Decision Number")
    decision_date = fields.Date(string="Admission Decision Date")
    member_id = fields.Many2one(
        "party.member", string="Member", readonly=True, copy=False, check_company=True
    )
    decision_id = fields.Many2one(
        "party.decision", string="Admission Decision", readonly=True, copy=False
    )
    drop_reason = fields.Text(tracking=True)

    @api.model
    def _group_expand_stage(self, stages, domain):
        return [key for key, _label in STAGES]

    @api.depends("stage")
    def _compute_stage_sequence(self):
        for candidate in self:
            candidate.stage_sequence = STAGE_ORDER[candidate.stage]

    @api.depends("certificate_date")
    def _compute_certificate_expiry_date(self):
        for candidate in self:
            candidate.certificate_expiry_date = (
                candidate.certificate_date
                and admission.certificate_expiry(candidate.certificate_date)
            )

    @api.depends(*DOSSIER_FIELDS)
    def _compute_dossier_complete(self):
        for candidate in self:
            candidate.dossier_complete = not candidate._dossier_missing()

    @api.depends("introducer_1_id", "introducer_2_id")
    def _compute_introducer_ids(self):
        for candidate in self:
            candidate.introducer_ids = (
                candidate.introducer_1_id | candidate.introducer_2_id
            )

    @api.depends("organization_id", "vote_date", "exempt_attending_count")
    @api.depends_context("date")
    def _compute_official_member_count(self):
        today = fields.Date.context_today(self)
        for day, candidates in self.grouped(lambda c: c.vote_date or today).items():
            parts = self._vote_base_parts(candidates.organization_id, day)
            for candidate in candidates:
                official, exempt = parts.get(candidate.organization_id.id, (0, 0))
                candidate.official_member_count = admission.vote_base(
                    official, exempt, candidate.exempt_attending_count
                )

    @api.onchange("employee_id")
    def _onchange_employee_id(self):
        employee = self.employee_id
        if employee:
            self.name = employee.name
            self.birth_date = employee.birthday or self.birth_date
            self.company_id = employee.company_id or self.company_id

    @api.onchange("former_member_id")
    def _onchange_former_member_id(self):
        member = self.former_member_id
        if member:
            self.name = member.name
            self.birth_date = member.birth_date
            self.employee_id = member.employee_id

    @api.constrains("votes_for", "votes_against", "organization_id")
    def _check_votes(self):
        for candidate in self:
            if min(
                candidate.votes_for,
                candidate.votes_against,
                candidate.official_member_count,
            ) < 0 or (
                candidate.official_member_count
                and candidate.votes_for + candidate.votes_against
                > candidate.official_member_count
            ):
                raise ValidationError(
                    self.env._(
                        "%(name)s: the votes for and against cannot exceed the "
                        "official members of the cell. / %(name)s: số phiếu tán "
                        "thành và không tán thành không thể vượt quá số đảng viên "
                        "chính thức của chi bộ.",
                        name=candidate.name,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        """A candidate starts as a sympathiser; a stage given at creation is
        then reached through ``_move_to_stage``, with its checks."""
        column = self.env.context.get("default_stage")  # kanban quick create
        targets = [vals.pop("stage", None) or column for vals in vals_list]
        if "admitted" in targets and not self.env.su:
            self._refuse_admission_by_stage_write()
        candidates = super().create(vals_list)
        for candidate, target in zip(candidates, targets, strict=True):
            if target and target != candidate.stage:
                candidate._move_to_stage(target)
        return candidates

    def write(self, vals):
        """A stage change (button or kanban drag) goes through
        ``_move_to_stage``: it checks who may do it and the rules of the
        target stage; reaching "admitted" admits the candidate."""
        if self.env.su or "stage" not in vals:
            res = super().write(vals)
            self._check_still_in_reach()
            return res
        vals = dict(vals)
        target = vals.pop("stage")
        if target == "admitted":
            self._refuse_admission_by_stage_write()
        res = super().write(vals) if vals else True
        self._check_still_in_reach()
        self._move_to_stage(target)
        return res

    def action_to_awareness_class(self):
        return self._move_to_stage("awareness_class")

    def action_to_dossier(self):
        return self._move_to_stage("dossier")

    def action_to_branch_voted(self):
        return self._move_to_stage("branch_voted")

    def action_admit(self):
        return self._move_to_stage("admitted")

    def action_drop(self):
        self._party_check_action("write", group=PARTY_SECRETARY)
        for candidate in self:
            if not candidate.drop_reason:
                raise UserError(
                    self.env._(
                        "Write the reason for dropping %(name)s first. / Hãy ghi "
                        "lý do dừng xem xét %(name)s trước.",
                        name=candidate.name,
                    )
                )
        return self._move_to_stage("dropped")

    def action_reset(self):
        return self._move_to_stage("sympathiser")

    def action_view_member(self):
        self._party_check_action("write", group=PARTY_SECRETARY)
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "party.member",
            "res_id": self.member_id.id,
            "view_mode": "form",
        }
