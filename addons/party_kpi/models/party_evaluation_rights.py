# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Who writes what in a quality review (Quy định 366-QĐ/TW).

Each level writes only its own part, and only at its step: the reviewed
member their self-assessment while the review is a draft, the branch its
proposal before proposing, the level above its approval while the review is
proposed. The state, the approval and who acted change only through the
workflow buttons; an approved review is settled and changes only through a
correction by the party office, recorded in the chatter with its reason.

``party.evaluation.rights.mixin`` is mixed into ``party.evaluation.mixin``
(see party_evaluation_mixin.py), so every review model gets these checks.
Its ``create`` runs after the mixin's own ``create``, which only adds the
criteria lines: the lines are never among the fields it checks.
"""

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError
from odoo.fields import Command

SECRETARY = "party_org.group_party_secretary"
OFFICE = "party_org.group_party_office"
SELF_STATES = ("draft",)
BRANCH_STATES = ("draft", "self_assessed")
APPROVAL_STATES = ("proposed",)
# Line commands a review form sends for the lines it edits.
LINE_COMMANDS = (Command.CREATE, Command.UPDATE, Command.LINK)


class PartyEvaluationRightsMixin(models.AbstractModel):
    _name = "party.evaluation.rights.mixin"
    _description = "Quality Review Rights"

    # Fields each level writes (the line fields on its criteria lines).
    _self_fields = ("self_comment",)
    _branch_fields = ("proposal_comment",)
    _approval_fields = ("approved_grade", "approval_comment")
    _office_fields = ()
    _line_self_fields = ("self_score",)
    _line_branch_fields = ("score",)

    # What the current user may do on the review now (the form's buttons).
    party_can_self_assess = fields.Boolean(
        string="May Self-assess", compute="_compute_party_rights"
    )
    party_can_propose = fields.Boolean(
        string="May Propose", compute="_compute_party_rights"
    )
    party_can_approve = fields.Boolean(
        string="May Approve", compute="_compute_party_rights"
    )
    party_is_office = fields.Boolean(
        string="Party Office", compute="_compute_party_rights"
    )

    @api.depends("state")
    @api.depends_context("uid")
    def _compute_party_rights(self):
        secretary = self.env.su or self.env.user.has_group(SECRETARY)
        office = self.env.su or self.env.user.has_group(OFFICE)
        organizations = self._party_approver_organizations() if secretary else None
        for review in self:
            review.party_can_self_assess = review._party_may_self_assess()
            review.party_can_propose = secretary
            review.party_is_office = office
            review.party_can_approve = secretary and not review._approval_refusal(
                organizations
            )

    # CRUD
    @api.model_create_multi
    def create(self, vals_list):
        if self.env.su:
            return super().create(vals_list)
        self._check_party_year([vals.get("year") for vals in vals_list])
        names = [set(vals) - {"line_ids"} for vals in vals_list]
        reviews = super().create(vals_list)
        for review, given in zip(reviews, names, strict=True):
            allowed = review._party_allowed_fields() | set(self._party_create_fields)
            review._raise_party_refused(given - allowed)
        return reviews

    def write(self, vals):
        if self.env.su:
            return super().write(vals)
        organizations = (
            self._party_approver_organizations()
            if set(vals) & set(self._approval_fields)
            else self.env["party.organization"]
        )
        for review in self:
            review._raise_party_refused(
                set(vals) - {"line_ids"} - review._party_allowed_fields(organizations)
            )
        if "line_ids" in vals:
            self._check_party_line_commands(vals["line_ids"])
        # The approved grade is protected everywhere else: the approver's
        # choice is written after the checks above.
        approval = {key: vals[key] for key in ("approved_grade",) if key in vals}
        rest = {key: value for key, value in vals.items() if key not in approval}
        result = super().write(rest) if rest else True
        if approval:
            self.check_access("write")
            self.sudo().write(approval)
        return result

    def unlink(self):
        if not self.env.su and "approved" in self.sudo().mapped("state"):
            raise UserError(
                self.env._(
                    "An approved review is settled: it cannot be deleted, only "
                    "corrected by the party office."
                )
            )
        return super().unlink()

    # Rights
    def _party_may_self_assess(self):
        """Hook: whether the current user submits this review's self-assessment."""
        return self.env.su or self.env.user.has_group(SECRETARY)

    def _party_is_own_review(self):
        """Hook: whether this review is about the current user."""
        return False

    def _party_allowed_fields(self, organizations=None):
        """Fields the current user may write on this review now."""
        self.ensure_one()
        state = self.sudo().state
        user = self.env.user
        allowed = set()
        if state in SELF_STATES and self._party_may_self_assess():
            allowed.update(self._self_fields)
        if state in BRANCH_STATES and user.has_group(SECRETARY):
            allowed.update(self._branch_fields)
            if user.has_group(OFFICE):
                allowed.update(self._office_fields)
        if state in APPROVAL_STATES and not self._approval_refusal(organizations):
            allowed.update(self._approval_fields)
        return allowed

    def _party_allowed_line_fields(self):
        """Fields the current user may write on this review's criteria lines."""
        self.ensure_one()
        state = self.sudo().state
        allowed = set()
        if state in SELF_STATES and self._party_may_self_assess():
            allowed.update(self._line_self_fields)
        if state in BRANCH_STATES and self.env.user.has_group(SECRETARY):
            allowed.update(self._line_branch_fields)
        return allowed

    def _raise_party_refused(self, refused):
        if not refused:
            return
        labels = sorted(self._fields[name].string for name in refused)
        raise AccessError(
            self.env._(
                "You may not change %(fields)s of %(review)s at this step: the "
                "member writes their self-assessment, the branch its proposal, the "
                "level above its approval, and an approved review changes only "
                "through a correction by the party office.",
                fields=", ".join(labels),
                review=self.sudo().display_name,
            )
        )

    def _check_party_line_commands(self, commands):
        """The criteria lines of a review are edited, never moved between
        reviews or removed."""
        line_ids = set(self.sudo().line_ids.ids)
        for command in commands:
            if command[0] not in LINE_COMMANDS or (
                command[0] != Command.CREATE and command[1] not in line_ids
            ):
                raise AccessError(
                    self.env._(
                        "The criteria of a review come from the configured "
                        "criteria: they cannot be removed or moved."
                    )
                )

    @api.model
    def _check_party_year(self, years):
        """A year's reviews are made once the year has begun."""
        this_year = fields.Date.context_today(self).year
        future = sorted({year for year in years if year and year > this_year})
        if future:
            raise UserError(
                self.env._(
                    "The reviews of %(year)s cannot be created before that year "
                    "begins.",
                    year=future[0],
                )
            )

    @api.model
    def _party_approver_organizations(self):
        """The organisations where the user sits on a committee today, or
        which the party office assigned to them, with their subtrees. The
        user's own member cell does not make them the level above."""
        Org = self.env["party.organization"].sudo()
        if self.env.su:
            return Org.browse()
        user = self.env.user
        Position = self.env["party.position"].sudo()
        positions = Position.search(
            [("user_id", "=", user.id), *Position._get_open_domain()]
        )
        roots = positions.organization_id | user.sudo().party_organization_ids
        return Org.search([("id", "child_of", roots.ids)]) if roots else Org

    def _approval_refusal(self, organizations=None):
        """Why the current user may not approve this review (False if they may)."""
        self.ensure_one()
        if self.env.su:
            return False
        review = self.sudo()
        if self._party_is_own_review():
            return self.env._(
                "Nobody approves their own review (%(review)s): the level above does.",
                review=review.display_name,
            )
        if review.proposal_user_id == self.env.user:
            return self.env._(
                "Whoever proposed %(review)s does not approve it: the level above "
                "does.",
                review=review.display_name,
            )
        if self.env.user.has_group(OFFICE):
            return False
        if organizations is None:
            organizations = self._party_approver_organizations()
        organization = review._get_review_organization()
        if not organization.parent_id or organization.parent_id not in organizations:
            return self.env._(
                "Only the level above %(org)s can approve its reviews.",
                org=organization.display_name,
            )
        return False

    # Corrections
    def action_correct(self):
        """Open the correction of an approved review (party office)."""
        self.ensure_one()
        self._party_check_action("write", OFFICE)
        self._check_state(("approved",))
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Correct an Approved Review"),
            "res_model": "party.evaluation.correction",
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "new",
            "context": {"active_model": self._name, "active_id": self.id},
        }

    def _party_correct(self, reason, grade=False):
        """Correct approved reviews (party office): a new approved grade, or
        back to draft when ``grade`` is empty. Recorded in the chatter: who,
        when and why."""
        self._party_check_action("write", OFFICE)
        self._check_state(("approved",))
        reason = self._party_check_correction_reason(reason)
        for review in self:
            if review._party_is_own_review():
                raise UserError(review._approval_refusal())
        labels = dict(self._fields["grade"]._description_selection(self.env))
        before = {review.id: review.sudo().grade for review in self}
        if grade:
            self._check_before_approval({review.id: grade for review in self})
            self.sudo().write({"approved_grade": grade})
        else:
            self.sudo().write(
                {
                    "state": "draft",
                    "approved_grade": False,
                    "approval_user_id": False,
                    "approval_date": False,
                }
            )
        for review in self:
            change = (
                self.env._(
                    "approved grade %(old)s → %(new)s",
                    old=labels.get(before[review.id], ""),
                    new=labels.get(grade, ""),
                )
                if grade
                else self.env._("reopened as a draft")
            )
            review._party_post_correction(reason, review.display_name, [change])
        return True
