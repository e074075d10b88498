# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

from ..engine.thresholds import STATES as STATE_KEYS
from ..engine.thresholds import evaluate

STATE_LABELS = {"good": "Good", "warning": "Warning", "bad": "Bad"}
STATES = [(key, STATE_LABELS[key]) for key in STATE_KEYS]


class PartyKpiValue(models.Model):
    """A KPI's value for one organisation and period. Only the computation
    (party.kpi._compute_values, as superuser) writes values: the access
    rights give everyone read only, and every field is protected."""

    _name = "party.kpi.value"
    _description = "Party KPI Value"
    _inherit = ["party.kpi.dashboard", "party.protected.mixin"]
    _order = "date_start desc, kpi_id, organization_id"
    _rec_name = "kpi_id"
    _party_protected_fields = (
        "kpi_id",
        "organization_id",
        "date_start",
        "date_end",
        "value",
        "has_value",
        "numerator",
        "denominator",
        "computed_at",
        "active",
        "estimated",
    )

    kpi_id = fields.Many2one("party.kpi", required=True, index=True, ondelete="cascade")
    measure = fields.Selection(related="kpi_id.measure")
    organization_id = fields.Many2one(
        "party.organization", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(
        "res.company", related="organization_id.company_id", store=True, index=True
    )
    date_start = fields.Date(string="Period Start", required=True, index=True)
    date_end = fields.Date(string="Period End", required=True)
    value = fields.Float(digits=(16, 2), aggregator="avg")
    has_value = fields.Boolean(
        default=True, help="False when the measure has nothing to count in the period."
    )
    numerator = fields.Float(aggregator="sum")
    denominator = fields.Float(aggregator="sum")
    unit = fields.Char(related="kpi_id.unit")
    state = fields.Selection(STATES, compute="_compute_state", store=True, index=True)
    computed_at = fields.Datetime(readonly=True)
    active = fields.Boolean(
        default=True, help="Archived when the same period was computed again (history)."
    )
    estimated = fields.Boolean(
        string="Demo Estimate",
        help="A plausible value stored by the demo data where it has nothing to "
        "count: no record is behind it.",
    )

    @api.depends(
        "value",
        "has_value",
        "kpi_id.good_threshold",
        "kpi_id.warning_threshold",
        "kpi_id.direction",
    )
    def _compute_state(self):
        for record in self:
            kpi = record.kpi_id
            record.state = evaluate(
                record.value if record.has_value else None,
                kpi.good_threshold,
                kpi.warning_threshold,
                kpi.direction,
            )

    def action_open_records(self):
        """Open the records behind this value (the measure's domain); the
        user sees those their own access rights allow."""
        self.ensure_one()
        self._party_check_action("read", "party_org.group_party_member")
        if self.estimated:
            raise UserError(
                self.env._("This value is a demo estimate: no records are behind it.")
            )
        model, domain = self._measure_records(
            self.kpi_id.measure, self.organization_id, self.date_start, self.date_end
        )
        name = f"{self.kpi_id.name} – {self.organization_id.display_name}"
        total = self.env[model].sudo().search_count(domain)
        visible = self.env[model].search_count(domain)
        if visible < total:
            name += " " + self.env._(
                "(%(visible)s of %(total)s records visible to you)",
                visible=visible,
                total=total,
            )
        return {
            "type": "ir.actions.act_window",
            "name": name,
            "res_model": model,
            "view_mode": "list,form",
            "views": [(False, "list"), (False, "form")],
            "domain": domain,
        }

    @api.model
    def _run_measure(self, measure, organizations, date_start, date_end):
        """organisation id → (value, numerator, denominator) of ``measure``."""
        return self.env["party.kpi.measure"]._measure_values(
            measure, organizations, date_start, date_end
        )

    @api.model
    def _measure_records(self, measure, organization, date_start, date_end):
        return self.env["party.kpi.measure"]._measure_records(
            measure, organization, date_start, date_end
        )
