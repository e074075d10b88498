# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from collections import defaultdict
from datetime import date

from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.party_member.engine import timeline

from ..engine.grading import EXCELLENT, final_grade, knockouts, split_excellent
from .party_evaluation_mixin import OFFICE, SECRETARY

# Members the annual review grades (Quy định 366-QĐ/TW). A member
# temporarily transferred elsewhere is still counted at home (Quy định
# 294-QĐ/TW): the home branch reviews them, with the host's comments.
# Registered in activity or temporarily transferred (reviewed at home);
# exempt members are not graded.
REVIEWED_KINDS = (timeline.ACTIVE, timeline.AWAY)


class PartyEvaluation(models.Model):
    _name = "party.evaluation"
    _description = "Member Quality Review"
    _inherit = ["party.evaluation.mixin"]
    _order = "year desc, organization_id, member_id"
    _check_company_auto = True
    _criteria_applies_to = "member"
    _party_protected_fields = (
        "state",
        "approved_grade",
        "year",
        "member_id",
        "organization_id",
    )
    _party_create_fields = ("year", "member_id")
    _branch_fields = ("proposal_comment", "targets_total", "targets_met")

    name = fields.Char(compute="_compute_name")
    member_id = fields.Many2one(
        "party.member",
        required=True,
        index=True,
        ondelete="cascade",
        check_company=True,
        tracking=True,
    )
    organization_id = fields.Many2one(
        "party.organization",
        compute="_compute_organization_id",
        store=True,
        readonly=False,
        index=True,
        check_company=True,
        help="The member's cell at the time of the review.",
    )
    company_id = fields.Many2one(
        "res.company", related="member_id.company_id", store=True, index=True
    )
    line_ids = fields.One2many(
        "party.evaluation.line", "evaluation_id", string="Criteria"
    )
    self_total = fields.Float(compute="_compute_totals", store=True)
    total = fields.Float(
        compute="_compute_totals",
        store=True,
        help="Points proposed by the branch, out of 100.",
    )
    targets_total = fields.Integer(string="Targets Set")
    targets_met = fields.Integer()
    knockout_discipline = fields.Boolean(
        string="Disciplined in the Year",
        compute="_compute_knockout_discipline",
        store=True,
        groups=OFFICE,
        help="A discipline decided in the year forces the grade "
        "'Not Completed' (Quy định 366-QĐ/TW).",
    )
    knockout_targets = fields.Boolean(
        string="Fewer than Half of Targets Met",
        compute="_compute_grades",
        store=True,
        help="Meeting fewer than half of the targets forces the grade "
        "'Not Completed' (Quy định 366-QĐ/TW).",
    )

    _sql_constraints = [
        (
            "member_year_uniq",
            "unique(member_id, year)",
            "A member has one review per year.",
        ),
    ]

    @api.depends("member_id.name", "year")
    def _compute_name(self):
        for review in self:
            review.name = f"{review.member_id.name or ''} ({review.year})"

    @api.depends("member_id")
    def _compute_organization_id(self):
        for review in self:
            if not review.organization_id:
                review.organization_id = review.member_id.organization_id

    @api.depends("line_ids.self_score", "line_ids.score")
    def _compute_totals(self):
        for review in self:
            review.self_total = sum(review.line_ids.mapped("self_score"))
            review.total = sum(review.line_ids.mapped("score"))

    @api.depends("member_id", "year", "member_id.discipline_ids.date")
    def _compute_knockout_discipline(self):
        years = {review.year for review in self if review.year}
        disciplined = set()
        if years and self.member_id:
            groups = (
                self.env["party.discipline"]
                .sudo()
                ._read_group(
                    [
                        ("member_id", "in", self.member_id.ids),
                        ("date", ">=", date(min(years), 1, 1)),
                        ("date", "<=", date(max(years), 12, 31)),
                    ],
                    ["member_id", "date:year"],
                )
            )
            disciplined = {(member.id, day.year) for member, day in groups}
        for review in self:
            review.knockout_discipline = (
                review.member_id.id,
                review.year,
            ) in disciplined

    @api.depends(
        "self_total", "total", "knockout_discipline", "targets_total", "targets_met"
    )
    def _compute_grades(self):
        bands, _ratio = self._grading_config()
        for review in self:
            found = knockouts(
                review.knockout_discipline, review.targets_met, review.targets_total
            )
            review.knockout_targets = "targets" in found
            review.self_grade = final_grade(review.self_total, found, bands)
            review.proposed_grade = final_grade(review.total, found, bands)

    @api.onchange("member_id")
    def _onchange_member_id(self):
        if not self.line_ids:
            self.line_ids = self._default_line_commands()

    # Rights (party_evaluation_rights)
    def _party_may_self_assess(self):
        """The reviewed member; for a member without an account, the branch
        enters the self-assessment handed in on paper."""
        self.ensure_one()
        if self.env.su:
            return True
        member_user = self.sudo().member_id.user_id
        if member_user:
            return member_user == self.env.user
        return self.env.user.has_group(SECRETARY)

    def _party_is_own_review(self):
        self.ensure_one()
        return not self.env.su and self.sudo().member_id.user_id == self.env.user

    def _get_review_organization(self):
        """The member's branch: a party group (tổ đảng) is part of its cell."""
        organization = self.sudo().organization_id
        if organization.org_type == "party_group":
            return organization.parent_id
        return organization

    def _check_before_approval(self, grades=None):
        self._check_quota(grades)

    def _split_for_approval(self):
        fit, message = self._split_by_quota()
        if fit:
            # The other checks of the hook (the quota holds for these).
            fit._check_before_approval()
        return fit, message

    def _check_quota(self, grades=None):
        """Refuse when any of these reviews would exceed the quota with
        ``grades`` (a correction), naming them."""
        _fit, message = self._split_by_quota(grades)
        if message:
            raise UserError(message)

    def _split_by_quota(self, grades=None):
        """Excellent members at most a share (default 20%) of good ones in
        each grassroots organisation and year (Quy định 366-QĐ/TW).

        Returns ``(reviews that may be approved, message)``: the message
        names the excellent proposals over the quota, which stay out. Other
        excellent proposals count once approved, so approving good reviews
        is never blocked by someone else's proposal, and one proposal over
        the quota does not hold up the rest of the batch."""
        grades = grades or {}
        _bands, ratio = self._grading_config()
        grassroots = self._grassroots_of(self.organization_id)
        Org = self.env["party.organization"].sudo()
        over = self.browse()
        messages = []
        for (root_id, year), reviews in self._group_by_grassroots(grassroots).items():
            others = self.sudo().search(
                [
                    ("organization_id", "child_of", root_id),
                    ("year", "=", year),
                    ("state", "in", ("proposed", "approved")),
                    ("id", "not in", reviews.ids),
                ]
            )
            batch = {
                review: grades.get(review.id)
                or review.approved_grade
                or review.proposed_grade
                for review in reviews.sudo()
            }
            counted = [
                review.grade
                for review in others
                if review.state == "approved" or review.grade != EXCELLENT
            ] + [grade for grade in batch.values() if grade != EXCELLENT]
            candidates = [
                (review.id, review.total)
                for review, grade in batch.items()
                if grade == EXCELLENT
            ]
            split = split_excellent(counted, candidates, ratio)
            if not split.over:
                continue
            refused = self.browse(split.over)
            over |= refused
            messages.append(
                self._quota_message(
                    Org.browse(root_id).display_name, year, split, refused
                )
            )
        return self - over, "\n".join(messages)

    def _quota_message(self, org, year, split, refused):
        quota = split.quota
        message = self.env._(
            "Quota exceeded in %(org)s for %(year)s: %(excellent)s members graded "
            "excellent, at most %(allowed)s allowed (%(percent)s%% of %(good)s "
            "graded good, Quy định 366-QĐ/TW). Not approved, over the quota: "
            "%(names)s.",
            org=org,
            year=year,
            excellent=quota.excellent,
            allowed=quota.allowed,
            percent=round(quota.ratio * 100),
            good=quota.good,
            names=", ".join(
                f"{review.member_id.name} ({review.organization_id.name})"
                for review in refused.sudo()
            ),
        )
        if split.tied:
            message += " " + self.env._(
                "Proposals with equal points compete for the last place: the "
                "level above lowers one of them."
            )
        return message

    def _group_by_grassroots(self, grassroots):
        groups = defaultdict(lambda: self.browse())
        for review in self:
            key = (grassroots.get(review.organization_id.id), review.year)
            groups[key] |= review
        return groups

    @api.model
    def _create_for_organization(self, organization, year):
        """Create the reviews of ``year`` for every reviewed member of the
        organisation's subtree that has none yet; return them. The members
        are those registered there at the end of the year (or today, during
        it), from the membership timeline: temporarily transferred members
        are reviewed at home, hosted ones at their home committee."""
        day = min(date(year, 12, 31), fields.Date.context_today(self))
        registered = self.env["party.membership.period"]._members_on(
            organization, day, kinds=REVIEWED_KINDS
        )
        members = self.env["party.member"].search([("id", "in", registered.ids)])
        existing = self.search([("member_id", "in", members.ids), ("year", "=", year)])
        todo = members - existing.member_id
        lines = self._default_line_commands()
        return self.create(
            [
                {"member_id": member.id, "year": year, "line_ids": lines}
                for member in todo
            ]
        )
