# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError

from ..engine.grading import DEFAULT_BANDS, DEFAULT_QUOTA_RATIO
from .party_evaluation_rights import OFFICE, SECRETARY

GRADES = [
    ("excellent", "Excellently Completed"),
    ("good", "Well Completed"),
    ("completed", "Completed"),
    ("not_completed", "Not Completed"),
]
STATES = [
    ("draft", "Draft"),
    ("self_assessed", "Self-assessed"),
    ("proposed", "Proposed"),
    ("approved", "Approved"),
]
PARAM_BANDS = (
    "party_kpi.grade_band_excellent",
    "party_kpi.grade_band_good",
    "party_kpi.grade_band_completed",
)
PARAM_QUOTA = "party_kpi.excellent_quota_ratio"
MEMBER = "party_org.group_party_member"


class PartyEvaluationMixin(models.AbstractModel):
    """The three levels of a quality review (Quy định 366-QĐ/TW): the
    self-assessment, the proposal of the branch (or committee) and the
    approval of the level above, each with who and when. The state and
    the approval change only through the workflow buttons, which check who
    may take each step: ``party.evaluation.rights.mixin``
    (party_evaluation_rights.py), whose create, write and unlink checks run
    below this mixin's ``create``."""

    _name = "party.evaluation.mixin"
    _description = "Quality Review Levels"
    _inherit = [
        "party.evaluation.rights.mixin",
        "mail.thread",
        "mail.activity.mixin",
        "party.protected.mixin",
    ]
    _party_protected_fields = ("state", "approved_grade", "year")
    _party_create_fields = ("year",)
    # Set by each model: the criteria its reviews are scored on
    # (party.evaluation.criterion.applies_to).
    _criteria_applies_to = None

    year = fields.Integer(
        required=True,
        index=True,
        default=lambda self: fields.Date.context_today(self).year,
        tracking=True,
    )
    state = fields.Selection(
        STATES, required=True, default="draft", index=True, tracking=True, copy=False
    )
    # Level 1: self-assessment
    self_comment = fields.Text(string="Self-assessment")
    self_user_id = fields.Many2one(
        "res.users", string="Self-assessed by", readonly=True, copy=False
    )
    self_date = fields.Datetime(string="Self-assessed on", readonly=True, copy=False)
    self_grade = fields.Selection(GRADES, compute="_compute_grades", store=True)
    # Level 2: proposal
    proposal_comment = fields.Text(string="Proposal Comment")
    proposal_user_id = fields.Many2one(
        "res.users", string="Proposed by", readonly=True, copy=False
    )
    proposal_date = fields.Datetime(string="Proposed on", readonly=True, copy=False)
    proposed_grade = fields.Selection(GRADES, compute="_compute_grades", store=True)
    # Level 3: approval by the level above
    approval_comment = fields.Text()
    approval_user_id = fields.Many2one(
        "res.users", string="Approved by", readonly=True, copy=False
    )
    approval_date = fields.Datetime(string="Approved on", readonly=True, copy=False)
    approved_grade = fields.Selection(
        GRADES,
        tracking=True,
        copy=False,
        help="Grade decided by the level above; the proposed grade when left empty.",
    )
    grade = fields.Selection(
        GRADES,
        compute="_compute_grade",
        store=True,
        index=True,
        help="The approved grade once approved, the proposed grade before.",
    )

    def _compute_grades(self):
        raise NotImplementedError

    @api.depends("state", "approved_grade", "proposed_grade")
    def _compute_grade(self):
        for review in self:
            if review.state == "approved":
                review.grade = review.approved_grade or review.proposed_grade
            elif review.state == "proposed":
                review.grade = review.approved_grade or review.proposed_grade
            else:
                review.grade = False

    @api.model_create_multi
    def create(self, vals_list):
        todo = [vals for vals in vals_list if "line_ids" not in vals]
        if todo:
            criteria = self._get_criteria()
            for vals in todo:
                vals["line_ids"] = self._default_line_commands(criteria)
        return super().create(vals_list)

    # Workflow
    def action_self_assess(self):
        """Level 1: the reviewed member (or organisation) submits the
        self-assessment."""
        self._party_check_action("write", MEMBER)
        self._check_state(("draft",))
        for review in self:
            if not review._party_may_self_assess():
                raise AccessError(
                    self.env._(
                        "Only the reviewed member submits the self-assessment of "
                        "%(review)s.",
                        review=review.sudo().display_name,
                    )
                )
        self.sudo().write(
            {
                "state": "self_assessed",
                "self_user_id": self.env.uid,
                "self_date": fields.Datetime.now(),
            }
        )

    def action_propose(self):
        """Level 2: the branch (or committee) proposes the grade."""
        self._party_check_action("write", SECRETARY)
        self._check_state(("draft", "self_assessed"))
        self.sudo().write(
            {
                "state": "proposed",
                "proposal_user_id": self.env.uid,
                "proposal_date": fields.Datetime.now(),
            }
        )

    def action_approve(self):
        """Level 3: the level above approves, within the quota. Reviews that
        do not fit (excellent proposals over the quota) stay proposed and
        are named; the others are approved."""
        self._party_check_action("write", SECRETARY)
        self._check_state(("proposed",))
        self._check_approver()
        approvable, refusal = self._split_for_approval()
        if not approvable:
            raise UserError(refusal)
        todo = approvable.sudo().filtered(lambda review: not review.approved_grade)
        for grade in set(todo.mapped("proposed_grade")):
            todo.filtered(lambda r, g=grade: r.proposed_grade == g).write(
                {"approved_grade": grade}
            )
        approvable.sudo().write(
            {
                "state": "approved",
                "approval_user_id": self.env.uid,
                "approval_date": fields.Datetime.now(),
            }
        )
        if not refusal:
            return True
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "title": self.env._(
                    "Approved %(count)s of %(total)s reviews",
                    count=len(approvable),
                    total=len(self),
                ),
                "message": refusal,
                "type": "warning",
                "sticky": True,
                "next": {"type": "ir.actions.act_window_close"},
            },
        }

    def action_reset(self):
        """The party office sends a review that is not approved yet back to
        draft. An approved review changes only through a correction."""
        self._party_check_action("write", OFFICE)
        if "approved" in self.mapped("state"):
            raise UserError(
                self.env._(
                    "An approved review is settled: the party office changes it "
                    "only through a correction, with its reason."
                )
            )
        self._check_state(("self_assessed", "proposed"))
        self.sudo().write({"state": "draft", "approved_grade": False})
        for review in self:
            review.message_post(
                body=self.env._("Sent back to draft by the party office."),
                subtype_xmlid="mail.mt_note",
            )

    def _set_points(self, total, self_total=None):
        """Spread ``total`` (and ``self_total``) points over the criteria in
        proportion to their maximum (demo data, tests, imports)."""
        for review in self:
            maximum = sum(review.line_ids.mapped("max_score")) or 1.0
            for line in review.line_ids:
                share = line.max_score / maximum
                line.write(
                    {
                        "score": round(total * share, 2),
                        "self_score": round(
                            (self_total if self_total is not None else total) * share, 2
                        ),
                    }
                )

    @api.model
    def _get_criteria(self):
        """The criteria the reviews of this model are scored on."""
        return self.env["party.evaluation.criterion"].search(
            [("applies_to", "=", self._criteria_applies_to)]
        )

    @api.model
    def _default_line_commands(self, criteria=None):
        """One line to score per criterion."""
        if criteria is None:
            criteria = self._get_criteria()
        return [fields.Command.create({"criterion_id": c.id}) for c in criteria]

    # Hooks
    def _get_review_organization(self):
        """The organisation a review belongs to (member's cell or itself)."""
        return self.organization_id

    def _split_for_approval(self):
        """Hook: ``(reviews that may be approved now, message naming the
        others)``; all of them by default."""
        self._check_before_approval()
        return self, ""

    def _check_before_approval(self, grades=None):
        """Hook: checks run before approval (the quota for members).
        ``grades`` maps review id → the grade it is about to get, when it is
        not its approved or proposed grade (a correction)."""

    def _check_state(self, states):
        if any(review.state not in states for review in self):
            raise UserError(
                self.env._("This step is not allowed in the review's current state.")
            )

    def _check_approver(self):
        """Approval belongs to the level above: the party office, or a user
        on a committee (or assigned by the party office) whose subtree holds
        the parent of the reviewed organisation. Nobody approves their own
        review, nor a review they proposed."""
        if self.env.su:
            return
        organizations = self._party_approver_organizations()
        for review in self:
            refusal = review._approval_refusal(organizations)
            if refusal:
                raise UserError(refusal)

    @api.model
    def _grading_config(self):
        """Bands and quota ratio from the system parameters (configurable)."""
        params = self.env["ir.config_parameter"].sudo()
        bands = tuple(
            float(params.get_param(key, default))
            for key, default in zip(PARAM_BANDS, DEFAULT_BANDS, strict=False)
        )
        ratio = float(params.get_param(PARAM_QUOTA, DEFAULT_QUOTA_RATIO))
        return bands, ratio

    @api.model
    def _grassroots_of(self, organizations):
        """Map organisation id → the id of its grassroots organisation."""
        return {
            org_id: grassroots.id
            for org_id, grassroots in organizations._get_grassroots_map().items()
        }
