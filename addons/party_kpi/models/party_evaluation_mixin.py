# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

from ..engine.grading import DEFAULT_BANDS, DEFAULT_QUOTA_RATIO

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


class PartyEvaluationMixin(models.AbstractModel):
    """The three levels of a quality review (Quy định 366-QĐ/TW): the
    self-assessment, the proposal of the branch (or committee) and the
    approval of the level above, each with who and when."""

    _name = "party.evaluation.mixin"
    _description = "Quality Review Levels"
    _inherit = ["mail.thread", "mail.activity.mixin"]
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
        self._check_state(("draft",))
        self.write(
            {
                "state": "self_assessed",
                "self_user_id": self.env.uid,
                "self_date": fields.Datetime.now(),
            }
        )

    def action_propose(self):
        self._check_state(("draft", "self_assessed"))
        self.write(
            {
                "state": "proposed",
                "proposal_user_id": self.env.uid,
                "proposal_date": fields.Datetime.now(),
            }
        )

    def action_approve(self):
        self._check_state(("proposed",))
        self._check_approver()
        self._check_before_approval()
        for review in self:
            if not review.approved_grade:
                review.approved_grade = review.proposed_grade
        self.write(
            {
                "state": "approved",
                "approval_user_id": self.env.uid,
                "approval_date": fields.Datetime.now(),
            }
        )

    def action_reset(self):
        if not self.env.user.has_group("party_org.group_party_office"):
            raise UserError(
                self.env._(
                    "Only the party office can reopen a review. / "
                    "Chỉ văn phòng đảng ủy được mở lại một bản đánh giá."
                )
            )
        self.write(
            {
                "state": "draft",
                "approved_grade": False,
                "approval_user_id": False,
                "approval_date": False,
            }
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

    def _check_before_approval(self):
        """Hook: checks run before approval (the quota for members)."""

    def _check_state(self, states):
        if any(review.state not in states for review in self):
            raise UserError(
                self.env._(
                    "This step is not allowed in the review's current state. / "
                    "Bước này không thực hiện được ở trạng thái hiện tại "
                    "của bản đánh giá."
                )
            )

    def _check_approver(self):
        """Approval belongs to the level above: the party office, or a user
        whose scope holds the parent of the reviewed organisation."""
        if self.env.su or self.env.user.has_group("party_org.group_party_office"):
            return
        scope = self.env.user.party_scope_organization_ids
        allowed = (
            self.env["party.organization"].search([("id", "child_of", scope.ids)])
            if scope
            else scope
        )
        for review in self:
            parent = review._get_review_organization().parent_id
            if not parent or parent not in allowed:
                raise UserError(
                    self.env._(
                        "Only the level above %(org)s can approve its reviews. / "
                        "Chỉ cấp trên của %(org)s được phê duyệt đánh giá.",
                        org=review._get_review_organization().display_name,
                    )
                )

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
