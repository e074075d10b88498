# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models

from ..engine.grading import grade_for_score
from ..engine.org_grade import DEFAULT_RULE, OrgGradeRule, org_grade
from .party_evaluation_mixin import SECRETARY

# System parameters of the organisation-grade caps (engine.org_grade).
PARAM_ORG_RULE = {
    "max_failed_share_good": "party_kpi.org_max_failed_share_good",
    "max_failed_share_completed": "party_kpi.org_max_failed_share_completed",
    "max_failed_sub_unit_share": "party_kpi.org_max_failed_sub_unit_share",
}
REVIEWED_ORG_TYPES = (
    "grassroots_committee",
    "sub_committee",
    "grassroots_cell",
    "cell",
)


class PartyOrgEvaluation(models.Model):
    _name = "party.org.evaluation"
    _description = "Organisation Quality Review"
    _inherit = ["party.evaluation.mixin"]
    _order = "year desc, organization_id"
    _check_company_auto = True
    _criteria_applies_to = "organization"
    _party_protected_fields = ("state", "approved_grade", "year", "organization_id")
    _party_create_fields = ("year", "organization_id")
    # The organisation assesses itself, its committee proposes, and whether
    # it was disciplined is the party office's to record.
    _self_fields = ("self_comment", "self_score")
    _branch_fields = ("proposal_comment", "score")
    _office_fields = ("knockout",)

    name = fields.Char(compute="_compute_name")
    organization_id = fields.Many2one(
        "party.organization",
        required=True,
        index=True,
        ondelete="cascade",
        check_company=True,
        tracking=True,
        domain=[("org_type", "in", REVIEWED_ORG_TYPES)],
    )
    company_id = fields.Many2one(
        "res.company", related="organization_id.company_id", store=True, index=True
    )
    line_ids = fields.One2many(
        "party.org.evaluation.line", "evaluation_id", string="Criteria"
    )
    self_score = fields.Float(
        compute="_compute_totals",
        store=True,
        readonly=False,
        help="Points the organisation gives itself, out of 100 (the sum of the "
        "criteria when they are scored).",
    )
    score = fields.Float(
        compute="_compute_totals",
        store=True,
        readonly=False,
        help="Points proposed by the organisation's committee, out of 100 (the sum "
        "of the criteria when they are scored).",
    )
    knockout = fields.Boolean(
        string="Disciplined in the Year",
        help="The organisation was disciplined in the year: 'Not Completed'.",
    )
    # Members and sub-units (what bounds the grade)
    member_excellent_count = fields.Integer(compute="_compute_member_counts")
    member_good_count = fields.Integer(compute="_compute_member_counts")
    member_completed_count = fields.Integer(compute="_compute_member_counts")
    member_not_completed_count = fields.Integer(compute="_compute_member_counts")
    member_review_count = fields.Integer(compute="_compute_member_counts")
    grade_reasons = fields.Char(
        string="Grade Capped Because",
        compute="_compute_grades",
        store=True,
        help="Why the grade is below the band of the score, from the grades of "
        "the members and sub-units.",
    )

    _sql_constraints = [
        (
            "organization_year_uniq",
            "unique(organization_id, year)",
            "An organisation has one review per year.",
        ),
    ]

    @api.depends("organization_id.name", "year")
    def _compute_name(self):
        for review in self:
            review.name = f"{review.organization_id.name or ''} ({review.year})"

    @api.depends("line_ids.self_score", "line_ids.score")
    def _compute_totals(self):
        for review in self:
            if any(review.line_ids.mapped("self_score")):
                review.self_score = sum(review.line_ids.mapped("self_score"))
            if any(review.line_ids.mapped("score")):
                review.score = sum(review.line_ids.mapped("score"))

    @api.depends("self_score", "score", "knockout")
    def _compute_grades(self):
        """Self grade from the band only; the proposed grade is bounded by
        members and sub-units (engine.org_grade) when proposed."""
        bands, _ratio = self._grading_config()
        rule = self._org_grade_rule()
        labels = self._reason_labels()
        for review in self:
            review.self_grade = (
                "not_completed"
                if review.knockout
                else grade_for_score(review.self_score, bands)
            )
            grade, reasons = review._org_grade(bands, rule)
            review.proposed_grade = grade
            review.grade_reasons = "; ".join(labels[r] for r in reasons)

    def _reason_labels(self):
        """engine.org_grade reason key → translated explanation."""
        return {
            "knockout": self.env._("the organisation was disciplined"),
            "members_failed": self.env._(
                "share of members not completing their duties"
            ),
            "sub_units_failed": self.env._(
                "more than half of the sub-units did not complete their duties"
            ),
            "sub_unit_not_completed": self.env._(
                "a sub-unit did not complete its duties"
            ),
            "sub_unit_below_good": self.env._(
                "a sub-unit is graded below 'Well Completed'"
            ),
        }

    def _compute_member_counts(self):
        grades = self._member_grades()
        for review in self:
            values = grades.get(review.id, [])
            review.member_excellent_count = values.count("excellent")
            review.member_good_count = values.count("good")
            review.member_completed_count = values.count("completed")
            review.member_not_completed_count = values.count("not_completed")
            review.member_review_count = len(values)

    def _member_grades(self):
        """review id → grades of the member reviews of the subtree and year."""
        result = {}
        for review in self:
            if not review.organization_id.id:
                continue
            reviews = (
                self.env["party.evaluation"]
                .sudo()
                .search(
                    [
                        ("organization_id", "child_of", review.organization_id.id),
                        ("year", "=", review.year),
                        ("grade", "!=", False),
                    ]
                )
            )
            result[review.id] = reviews.mapped("grade")
        return result

    @api.model
    def _org_grade_rule(self):
        """The caps of engine.org_grade from the system parameters (configurable)."""
        params = self.env["ir.config_parameter"].sudo()
        return OrgGradeRule(
            max_failed_share_excellent=DEFAULT_RULE.max_failed_share_excellent,
            **{
                name: float(params.get_param(key, getattr(DEFAULT_RULE, name)))
                for name, key in PARAM_ORG_RULE.items()
            },
        )

    def _org_grade(self, bands, rule=DEFAULT_RULE):
        """(grade, reasons) of this review from engine.org_grade."""
        if not self.organization_id.id:
            return grade_for_score(self.score, bands), []
        member_grades = self._member_grades().get(self.id, [])
        sub_units = self.sudo().search(
            [
                ("organization_id.parent_id", "=", self.organization_id.id),
                ("year", "=", self.year),
                ("id", "!=", self.id or 0),
            ]
        )
        result = org_grade(
            self.score,
            member_grades,
            sub_units.mapped("grade"),
            self.knockout,
            rule=rule,
            bands=bands,
        )
        return result.grade, result.reasons

    def _get_member_reviews(self):
        """The member reviews of the subtree and year (summary report)."""
        self.ensure_one()
        return self.env["party.evaluation"].search(
            [
                ("organization_id", "child_of", self.organization_id.id),
                ("year", "=", self.year),
            ],
            order="organization_id, member_id",
        )

    def action_recompute_grade(self):
        """Recompute the proposed grade after member or sub-unit reviews changed."""
        self._party_check_action("write", SECRETARY)
        self._check_state(("draft", "self_assessed", "proposed"))
        self.modified(["score"])
        self.flush_recordset()

    def action_propose(self):
        self.action_recompute_grade()
        return super().action_propose()

    @api.model
    def _create_for_organization(self, organization, year):
        """Create the reviews of ``year`` for the organisation and its
        reviewed sub-units that have none yet."""
        orgs = self.env["party.organization"].search(
            [
                ("id", "child_of", organization.id),
                ("org_type", "in", REVIEWED_ORG_TYPES),
            ]
        )
        existing = self.search(
            [("organization_id", "in", orgs.ids), ("year", "=", year)]
        )
        todo = orgs - existing.organization_id
        return self.create([{"organization_id": org.id, "year": year} for org in todo])
