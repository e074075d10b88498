# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class PartyTerm(models.Model):
    _name = "party.term"
    _description = "Party Term"
    _inherit = ["mail.thread", "party.protected.mixin"]
    _order = "organization_id, date_start desc"
    _check_company_auto = True

    name = fields.Char(
        compute="_compute_name",
        store=True,
        precompute=True,
        readonly=False,
        required=True,
        help="Usually the years of the term, e.g. 2025–2030.",
    )
    organization_id = fields.Many2one(
        "party.organization",
        required=True,
        index=True,
        ondelete="cascade",
        check_company=True,
    )
    company_id = fields.Many2one(
        related="organization_id.company_id", store=True, index=True
    )
    date_start = fields.Date(required=True, tracking=True)
    date_end = fields.Date(
        required=True,
        tracking=True,
        help="A committee's term lasts 5 years (Điều lệ Đảng, article 13).",
    )
    is_current = fields.Boolean(
        compute="_compute_is_current", search="_search_is_current"
    )
    position_ids = fields.One2many("party.position", "term_id", string="Positions")

    @api.depends("date_start", "date_end")
    def _compute_name(self):
        for term in self:
            if term.date_start and term.date_end:
                term.name = f"{term.date_start.year}–{term.date_end.year}"

    @api.depends_context("date")
    def _compute_is_current(self):
        today = self._reference_date()
        for term in self:
            term.is_current = term.date_start <= today <= term.date_end

    def _search_is_current(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise NotImplementedError()
        today = self._reference_date()
        domain = [("date_start", "<=", today), ("date_end", ">=", today)]
        if (operator == "=") == value:
            return domain
        return ["!", "&", *domain]

    @api.constrains("date_start", "date_end")
    def _check_dates(self):
        for term in self:
            if term.date_end < term.date_start:
                raise ValidationError(
                    self.env._(
                        "Term %(term)s ends before it starts.",
                        term=term.name,
                    )
                )

    @api.constrains("organization_id", "date_start", "date_end")
    def _check_overlap(self):
        others = self.search(
            [
                ("organization_id", "in", self.organization_id.ids),
                ("date_start", "<=", max(self.mapped("date_end"))),
                ("date_end", ">=", min(self.mapped("date_start"))),
            ]
        )
        for term in self:
            for other in others:
                if (
                    other != term
                    and other.organization_id == term.organization_id
                    and other.date_start <= term.date_end
                    and other.date_end >= term.date_start
                ):
                    raise ValidationError(
                        self.env._(
                            "Term %(term)s of %(org)s overlaps term %(other)s.",
                            term=term.name,
                            org=term.organization_id.name,
                            other=other.name,
                        )
                    )

    @api.model
    def _reference_date(self):
        return fields.Date.to_date(self.env.context.get("date")) or (
            fields.Date.context_today(self)
        )

    @api.model
    def _current_terms_by_organization(self, organization_ids, date=None):
        """Map organisation id → its term on ``date`` (default today), in one query."""
        day = fields.Date.to_date(date) or fields.Date.context_today(self)
        terms = self.search(
            [
                ("organization_id", "in", organization_ids),
                ("date_start", "<=", day),
                ("date_end", ">=", day),
            ]
        )
        return {term.organization_id.id: term for term in terms}

    def _cron_close_ended_terms(self):
        """Close the positions whose own end or whose term's end has passed,
        and refresh the scopes of positions that start today (scheduled
        action)."""
        today = fields.Date.context_today(self)
        Position = self.env["party.position"]
        positions = Position.search(
            [
                ("state", "=", "open"),
                "|",
                ("term_id.date_end", "<", today),
                ("date_end", "<", today),
            ]
        )
        positions._close_with_term()
        if not positions and Position.search_count(
            [("state", "=", "open"), ("date_start", "=", today)], limit=1
        ):
            self.env["res.users"]._party_scope_changed()
