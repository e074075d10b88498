# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""party.candidate: the admission pipeline (phát triển đảng viên), from
sympathiser to admitted member, and readmission (kết nạp lại).

Stages move only through ``_move_to_stage`` (buttons and kanban drag),
which checks who may move them and the rules of the target stage. The
rules themselves are pure functions in ``engine/admission.py``; this file
fetches the facts, calls them and words the problems. Readmission (Quy
định 294-QĐ/TW, point 3.5): a former member, once, at least 36 months
after leaving, never for the barred reasons of point 3.5.2, 60 months
after a cleared criminal record, with the provincial standing committee's
written consent.
"""

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from odoo.addons.party_member.engine import vote
from odoo.addons.party_org.models.party_organization import CELL_TYPES

from ..engine import admission
from .admission_messages import ADMISSION_MESSAGES

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
        help="Number of the written consent of the provincial standing committee (or "
        "equivalent), required for a readmission (Quy định 294-QĐ/TW, point "
        "3.5).",
    )
    provincial_consent_date = fields.Date(tracking=True)
    criminal_record_cleared_date = fields.Date(
        string="Criminal Record Cleared On",
        tracking=True,
        help="For a former member once convicted (of a crime that is not a bar): the "
        "day the record was cleared. Readmission is considered only 60 months "
        "after it (Quy định 294-QĐ/TW, point 3.5).",
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
        Period = self.env["party.membership.period"]
        for day, candidates in self.grouped(lambda c: c.vote_date or today).items():
            parts = Period._vote_base_parts(candidates.organization_id, day)
            for candidate in candidates:
                official, exempt = parts.get(candidate.organization_id.id, (0, 0))
                candidate.official_member_count = vote.vote_base(
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
                        "official members of the cell.",
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
                        "Write the reason for dropping %(name)s first.",
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

    # Stage moves
    def _move_to_stage(self, target):
        """Move to ``target`` after checking the caller and the rules: the
        branch (secretary) moves a candidate up to the vote; admission is
        decided by the grassroots committee (party office)."""
        if not self.env.su:
            self._check_stage_caller(target)
        # Settled: admitted, or a member already created from the candidate
        # (whatever the stage says): never moved back nor dropped, so that
        # no second member or decision can follow.
        admitted = self.filtered(lambda c: c.stage == "admitted" or c.member_id)
        if admitted and target != "admitted":
            raise UserError(
                self.env._(
                    "%(names)s are admitted: the member record exists, the "
                    "admission is settled.",
                    names=", ".join(admitted.mapped("name")),
                )
            )
        if target == "admitted":
            self._admit()
            return True
        forward = self.filtered(
            lambda c: target != "dropped" and STAGE_ORDER[target] > STAGE_ORDER[c.stage]
        )
        self.sudo().write({"stage": target})
        forward._check_stage_requirements(target)
        return True

    def _check_stage_caller(self, target):
        self._party_check_group(PARTY_SECRETARY)
        self.check_access("write")
        if target == "admitted" and not self.env.user.has_group(PARTY_OFFICE):
            raise UserError(
                self.env._(
                    "%(names)s: admission is decided by the grassroots committee "
                    "(Party Office). The branch brings the candidate to the vote; "
                    "the party office records the admission (Điều lệ Đảng, "
                    "Điều 4.3).",
                    names=", ".join(self.mapped("name")) or self.env._("The candidate"),
                )
            )

    def _refuse_admission_by_stage_write(self):
        """Admission creates the member, the admission event and the decision:
        it is done only with the confirmed Admit button, never by dragging a
        card to the column (or writing the stage over RPC)."""
        self._check_stage_caller("admitted")
        if self and all(c.stage == "admitted" or c.member_id for c in self):
            return  # already admitted: nothing is created again
        raise UserError(
            self.env._(
                "Admission creates the member and the admission decision: open "
                "%(names)s and press Admit, which asks for confirmation.",
                names=", ".join(self.mapped("name")) or self.env._("the candidate"),
            )
        )

    def _check_still_in_reach(self):
        """Write access is checked where the candidate ends up too."""
        if not self.env.su:
            self.check_access("write")

    # Rules
    def _dossier_missing(self):
        self.ensure_one()
        checklist = {item: self[field] for field, item in DOSSIER_FIELDS.items()}
        return admission.dossier_missing(checklist)

    def _check_stage_requirements(self, stage):
        """Raise when a candidate does not meet the rules of ``stage``."""
        for candidate in self:
            problems = candidate._stage_problems(stage)
            if problems:
                raise ValidationError(
                    self.env._(
                        "%(name)s cannot move to this stage:\n%(problems)s",
                        name=candidate.name,
                        problems="\n".join(f"- {p}" for p in problems),
                    )
                )

    def _stage_problems(self, stage):
        """Return the translated problems blocking this candidate from ``stage``."""
        self.ensure_one()
        order = STAGE_ORDER[stage]
        problems = []
        if order >= STAGE_ORDER["dossier"] and not self.certificate_date:
            problems.append(
                self.env._("The party-awareness class certificate date is missing.")
            )
        if order < STAGE_ORDER["branch_voted"]:
            return problems
        labels = {
            item: self._fields[field].get_description(self.env)["string"]
            for field, item in DOSSIER_FIELDS.items()
        }
        missing = self._dossier_missing()
        if missing:
            problems.append(
                self.env._(
                    "The dossier is incomplete: %(items)s (Hướng dẫn 12-HD/BTCTW).",
                    items=", ".join(labels[item] for item in missing),
                )
            )
        if not self.vote_date:
            problems.append(
                self.env._("The date of the branch review (vote) is missing.")
            )
        else:
            problems += self._age_problems(self.vote_date)
            problems += self._introducer_problems(self.vote_date)
        # The base is live on the vote day: never a value cached earlier.
        self.invalidate_recordset(["official_member_count"])
        if not vote.two_thirds_majority(self.votes_for, self.official_member_count):
            problems.append(
                self.env._(
                    "%(votes)s of %(total)s official members voted for: at least two "
                    "thirds are needed (Điều lệ Đảng, Điều 4.3).",
                    votes=self.votes_for,
                    total=self.official_member_count,
                )
            )
        problems += self._date_order_problems()
        if not self.planned_admission_date:
            problems.append(self.env._("The planned admission date is missing."))
            return problems
        problems += self._certificate_problems(self.planned_admission_date)
        if stage == "admitted" and self.former_member_id:
            problems += self._readmission_problems(self.planned_admission_date)
        return problems

    def _age_problems(self, on_date):
        """Age 18 to 60, counted in months, on the day the branch reviews the
        candidate (Quy định 294-QĐ/TW, point 1.1)."""
        problems = []
        age_problem = admission.check_admission_age(
            self.birth_date,
            on_date,
            over_age_consent=bool(
                self.over_age_consent_ref and self.over_age_consent_date
            ),
        )
        if age_problem:
            months = (
                admission.age_in_months(self.birth_date, on_date)
                if self.birth_date
                else 0
            )
            problems.append(
                self.env._(ADMISSION_MESSAGES[age_problem])
                % {
                    "date": on_date.strftime("%d/%m/%Y"),
                    "years": months // 12,
                    "months": months % 12,
                }
            )
        return problems

    def _certificate_problems(self, on_date):
        """The awareness certificate must be valid on the ceremony: issued on
        or before it and at most 5 years old (Hướng dẫn 12-HD/BTCTW)."""
        cert = self.certificate_date
        problem = admission.certificate_problem(cert, on_date)
        params = {
            "cert": cert and cert.strftime("%d/%m/%Y"),
            "date": on_date.strftime("%d/%m/%Y"),
        }
        if problem:
            return [self.env._(ADMISSION_MESSAGES[problem]) % params]
        return []

    def _date_order_problems(self):
        """The branch votes, then the grassroots committee decides, then the
        ceremony is held: vote ≤ decision ≤ ceremony (Quy định 294-QĐ/TW,
        points 3.1 and 4.1)."""
        dates = {
            admission.STEP_VOTE: self.vote_date,
            admission.STEP_DECISION: self.decision_date,
            admission.STEP_CEREMONY: self.planned_admission_date,
        }
        labels = {
            admission.STEP_VOTE: self.env._("branch vote"),
            admission.STEP_DECISION: self.env._("admission decision"),
            admission.STEP_CEREMONY: self.env._("admission ceremony"),
        }
        return [
            self.env._(
                "The %(later)s (%(later_date)s) cannot precede the %(earlier)s "
                "(%(earlier_date)s): the branch votes, the grassroots committee "
                "decides, then the ceremony is held (Quy định 294-QĐ/TW).",
                earlier=labels[earlier],
                earlier_date=dates[earlier].strftime("%d/%m/%Y"),
                later=labels[later],
                later_date=dates[later].strftime("%d/%m/%Y"),
            )
            for earlier, later in admission.steps_out_of_order(dates)
        ]

    def _introducer_problems(self, review_date):
        """Two official members who have worked with the candidate for at
        least 12 months on the branch review (Điều lệ Đảng, Điều 4.2)."""
        slots = [
            (self.introducer_1_id, self.introducer_1_since),
            (self.introducer_2_id, self.introducer_2_since),
        ]
        people = self.introducer_1_id | self.introducer_2_id
        official = self.env["party.membership.period"]._official_in_activity(
            people.sudo(), review_date
        )
        introducers = [
            (
                member.id or None,
                bool(member) and member in official,
                since,
            )
            for member, since in slots
        ]
        return [
            self.env._(ADMISSION_MESSAGES[key])
            % {"number": index + 1, "name": slots[index][0].name or "-"}
            for key, index in admission.introducer_problems(introducers, review_date)
        ]

    # Admission
    def _admit(self):
        """Create (or readmit) the probationary member with its admission
        event and the admission decision of the grassroots committee.
        Callers checked the party office (``_move_to_stage``); every rule of
        the stage is checked here, whatever the context."""
        for candidate in self.sudo():
            if candidate.stage == "admitted" or candidate.member_id:
                continue
            if candidate.stage == "dropped":
                raise UserError(
                    self.env._(
                        "%(name)s was dropped: reset the candidate first.",
                        name=candidate.name,
                    )
                )
            candidate._check_stage_requirements("admitted")
            decision = candidate.env["party.decision"].create(
                candidate._prepare_decision_values()
            )
            member = candidate.former_member_id
            if member:
                member._add_event(
                    "readmission",
                    decision.date,
                    decision=decision,
                    to_organization=candidate.organization_id,
                )
                member.write(candidate._prepare_readmission_values())
            else:
                member = candidate.env["party.member"].create(
                    candidate._prepare_member_values()
                )
                member._add_event(
                    "admission",
                    decision.date,
                    decision=decision,
                    to_organization=candidate.organization_id,
                )
            decision.member_ids = [(4, member.id)]
            candidate.write(
                {
                    "stage": "admitted",
                    "member_id": member.id,
                    "decision_id": decision.id,
                }
            )

    def _prepare_decision_values(self):
        self.ensure_one()
        decision_date = self.decision_date or self.planned_admission_date
        return {
            # No number typed: party.decision numbers it (or names it after
            # its summary when no register keeps the issuer's decisions).
            "name": self.decision_number or False,
            "date": decision_date,
            "issuer_organization_id": self.organization_id._get_grassroots().id,
            "decision_type": "admission",
            "summary": self.env._(
                "Admission of %(name)s as a probationary member",
                name=self.name,
            ),
            "company_id": self.company_id.id,
        }

    def _prepare_member_values(self):
        self.ensure_one()
        return {
            "name": self.name,
            "birth_date": self.birth_date,
            "employee_id": self.employee_id.id,
            "organization_id": self.organization_id.id,
            "admission_decision_date": self.decision_date
            or self.planned_admission_date,
            "admission_date": self.planned_admission_date,
            "company_id": self.company_id.id,
        }

    def _prepare_readmission_values(self):
        """Values written on a readmitted member: the new cell and ceremony
        date (a new probation starts); the admission decision date stays the
        first one, as party age counts from the first admission."""
        self.ensure_one()
        return {
            "organization_id": self.organization_id.id,
            "admission_date": self.planned_admission_date,
            "official_date": False,
        }

    # Readmission
    def _readmission_problems(self, on_date):
        member = self.former_member_id
        if member.state not in READMISSION_STATES:
            return [
                self.env._(
                    "%(member)s is not out of the Party (removed, left or expelled): "
                    "only a former member may be readmitted (Quy định 294-QĐ/TW, "
                    "point 3.5).",
                    member=member.name,
                )
            ]
        problems = []
        events = self.env["party.member.event"].search(
            [
                ("member_id", "=", member.id),
                (
                    "event_type",
                    "in",
                    (*admission.LEAVING_EVENTS, admission.READMISSION_EVENT),
                ),
            ],
            order="date desc, id desc",
        )
        exit_event, exit_date, readmissions = admission.last_exit_and_readmissions(
            [(event.event_type, event.date) for event in events]
        )
        if not self.readmission_exit_reason:
            problems.append(
                self.env._(
                    "Record why %(member)s left the Party: some reasons bar "
                    "readmission (Quy định 294-QĐ/TW, point 3.5.2).",
                    member=member.name,
                )
            )
        elif admission.readmission_barred(exit_event, self.readmission_exit_reason):
            if self.readmission_exit_reason in admission.BARRED_EXIT_REASONS:
                reason = dict(
                    self._fields["readmission_exit_reason"]._description_selection(
                        self.env
                    )
                )[self.readmission_exit_reason]
            else:
                reason = self.env._("asked to leave, not for family hardship")
            problems.append(
                self.env._(
                    "%(member)s cannot be readmitted (%(reason)s): Quy định "
                    "294-QĐ/TW, point 3.5.2.",
                    member=member.name,
                    reason=reason,
                )
            )
        if not (self.provincial_consent_ref and self.provincial_consent_date):
            problems.append(
                self.env._(
                    "Record the written consent of the provincial standing committee "
                    "(number and date) for readmitting %(member)s (Quy định "
                    "294-QĐ/TW, point 3.5).",
                    member=member.name,
                )
            )
        return problems + self._readmission_wait_problems(
            on_date, exit_date, readmissions
        )

    def _readmission_wait_problems(self, on_date, exit_date, readmissions):
        member = self.former_member_id
        allowed, problem = admission.readmission_allowed(
            readmissions,
            exit_date or on_date,
            on_date,
            record_cleared_date=self.criminal_record_cleared_date or None,
        )
        if allowed:
            return []
        params = {
            "member": member.name,
            "left": exit_date and exit_date.strftime("%d/%m/%Y"),
            "cleared": self.criminal_record_cleared_date
            and self.criminal_record_cleared_date.strftime("%d/%m/%Y"),
        }
        return [self.env._(ADMISSION_MESSAGES[problem]) % params]
