# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from collections import defaultdict

from odoo import api, fields, models
from odoo.exceptions import AccessError, ValidationError

OFFICE_GROUP = "party_org.group_party_office"

ROLES = [
    ("secretary", "Secretary"),
    ("deputy_secretary", "Deputy Secretary"),
    ("standing_member", "Standing Committee Member"),
    ("committee_member", "Committee Member"),
]
STATES = [("open", "Open"), ("closed", "Closed")]


class PartyPosition(models.Model):
    _name = "party.position"
    _description = "Party Committee Position"
    _inherit = ["mail.thread", "party.protected.mixin"]
    _order = "organization_id, term_id desc, role, date_start"
    _party_protected_fields = ("state",)
    _check_company_auto = True

    organization_id = fields.Many2one(
        "party.organization",
        required=True,
        index=True,
        ondelete="cascade",
        check_company=True,
    )
    term_id = fields.Many2one(
        "party.term",
        required=True,
        index=True,
        ondelete="cascade",
        domain="[('organization_id', '=', organization_id)]",
        check_company=True,
    )
    company_id = fields.Many2one(
        related="organization_id.company_id", store=True, index=True
    )
    employee_id = fields.Many2one(
        "hr.employee", required=True, index=True, tracking=True, check_company=True
    )
    user_id = fields.Many2one(
        related="employee_id.user_id", store=True, index=True, string="User"
    )
    role = fields.Selection(ROLES, required=True, default="committee_member")
    date_start = fields.Date(required=True, tracking=True)
    date_end = fields.Date(tracking=True, help="Empty means until the end of the term.")
    decision_ref = fields.Char(
        string="Decision", help="Number and date of the decision, e.g. 15-QĐ/ĐU."
    )
    state = fields.Selection(STATES, default="open", required=True, tracking=True)

    @api.depends("employee_id", "role", "organization_id")
    def _compute_display_name(self):
        roles = dict(self._fields["role"]._description_selection(self.env))
        for pos in self:
            pos.display_name = (
                f"{pos.employee_id.name} – {roles.get(pos.role, '')} "
                f"({pos.organization_id.name})"
            )

    @api.onchange("term_id")
    def _onchange_term_id(self):
        if self.term_id and not self.date_start:
            self.date_start = self.term_id.date_start

    @api.constrains("term_id", "organization_id", "date_start", "date_end")
    def _check_within_term(self):
        for pos in self:
            term = pos.term_id
            if term.organization_id != pos.organization_id:
                raise ValidationError(
                    self.env._(
                        "Term %(term)s belongs to %(term_org)s, not to %(org)s.",
                        term=term.name,
                        term_org=term.organization_id.name,
                        org=pos.organization_id.name,
                    )
                )
            if pos.date_start < term.date_start or pos._effective_end() > term.date_end:
                raise ValidationError(
                    self.env._(
                        "The position of %(employee)s must lie within term %(term)s "
                        "(%(start)s – %(end)s).",
                        employee=pos.employee_id.name,
                        term=term.name,
                        start=term.date_start,
                        end=term.date_end,
                    )
                )
            if pos.date_end and pos.date_end < pos.date_start:
                raise ValidationError(
                    self.env._(
                        "The position of %(employee)s ends before it starts.",
                        employee=pos.employee_id.name,
                    )
                )

    @api.constrains("role", "organization_id", "date_start", "date_end", "term_id")
    def _check_single_secretary(self):
        secretaries = self.filtered(lambda p: p.role == "secretary")
        if not secretaries:
            return
        others = self.search(
            [
                ("role", "=", "secretary"),
                ("organization_id", "in", secretaries.organization_id.ids),
            ]
        )
        for pos in secretaries:
            for other in others:
                if (
                    other != pos
                    and other.organization_id == pos.organization_id
                    and other.date_start <= pos._effective_end()
                    and other._effective_end() >= pos.date_start
                ):
                    raise ValidationError(
                        self.env._(
                            "%(org)s already has a secretary (%(other)s) from "
                            "%(start)s to %(end)s: an organisation has one secretary "
                            "at a time.",
                            org=pos.organization_id.name,
                            other=other.employee_id.name,
                            start=other.date_start,
                            end=other._effective_end(),
                        )
                    )

    @api.model_create_multi
    def create(self, vals_list):
        positions = super().create(vals_list)
        positions._check_appointment_authority()
        self.env["res.users"]._party_scope_changed()
        return positions

    def write(self, vals):
        scope_fields = {
            "state",
            "employee_id",
            "organization_id",
            "date_start",
            "date_end",
        }
        if scope_fields & set(vals):
            self._check_appointment_authority()
        res = super().write(vals)
        if scope_fields & set(vals):
            self._check_appointment_authority()
            self.env["res.users"]._party_scope_changed()
        return res

    def unlink(self):
        self._check_appointment_authority()
        res = super().unlink()
        self.env["res.users"]._party_scope_changed()
        return res

    def action_close(self):
        self._party_check_action()
        self._check_appointment_authority()
        today = fields.Date.context_today(self)
        for end, positions in self._group_by_end(today).items():
            positions.sudo().write({"state": "closed", "date_end": end})

    def action_reopen(self):
        self._party_check_action()
        self._check_appointment_authority()
        self.sudo().write({"state": "open", "date_end": False})

    @api.model
    def _get_open_domain(self, day=None):
        """Positions that give their holder reach on ``day`` (default today):
        open, started, and not past their own end or their term's end."""
        day = day or fields.Date.context_today(self)
        return [
            ("state", "=", "open"),
            ("date_start", "<=", day),
            "|",
            ("date_end", ">=", day),
            "&",
            ("date_end", "=", False),
            ("term_id.date_end", ">=", day),
        ]

    def _check_appointment_authority(self):
        """Scope comes only from what the party office controls: the office
        appoints anywhere; a branch secretary only strictly below their own
        organisations, and never themself."""
        if self.env.su or self.env.user.has_group(OFFICE_GROUP):
            return
        user = self.env.user
        scope_paths = [org.parent_path for org in user.party_scope_organization_ids]
        for pos in self.sudo():
            path = pos.organization_id.parent_path or ""
            below = any(path.startswith(p) and path != p for p in scope_paths)
            if pos.employee_id.user_id == user or not below:
                raise AccessError(
                    self.env._(
                        "Only the party office appoints to %(org)s. A branch "
                        "secretary manages the committees strictly below their "
                        "own organisation, and never their own position.",
                        org=pos.organization_id.display_name,
                    )
                )

    def _close_with_term(self):
        """Close positions at the end of their term (or earlier end date)."""
        for end, positions in self._group_by_end(None).items():
            positions.sudo().write({"state": "closed", "date_end": end})

    def _group_by_end(self, cap):
        """Group positions by the end date they get when closed on ``cap``."""
        groups = defaultdict(lambda: self.browse())
        for pos in self:
            end = pos._effective_end()
            if cap and cap < end:
                end = max(cap, pos.date_start)
            groups[end] |= pos
        return groups

    def _effective_end(self):
        self.ensure_one()
        return self.date_end or self.term_id.date_end
