# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..engine.thresholds import check_thresholds, period_bounds
from .party_job import KPI_COMPUTE_KIND

PERIODICITIES = [
    ("monthly", "Monthly"),
    ("quarterly", "Quarterly"),
    ("yearly", "Yearly"),
]
DIRECTIONS = [("higher", "Higher is Better"), ("lower", "Lower is Better")]
# Values (KPIs x organisations) computed in the request at most; more go to
# the background (system parameter party_org.job_threshold.party_kpi_compute).
KPI_THRESHOLD = 5000
# Organisations that get KPI values (not party groups, not external committees).
MEASURED_ORG_TYPES = (
    "grassroots_committee",
    "sub_committee",
    "grassroots_cell",
    "cell",
)


class PartyKpi(models.Model):
    _name = "party.kpi"
    _description = "Party KPI"
    # The measure selection and its methods: the open registry of measures.
    _inherit = ["party.protected.mixin", "party.kpi.measure"]
    _order = "sequence, id"

    code = fields.Char(required=True)
    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    periodicity = fields.Selection(PERIODICITIES, required=True, default="monthly")
    direction = fields.Selection(DIRECTIONS, required=True, default="higher")
    good_threshold = fields.Float(string="Good from", required=True, default=90.0)
    warning_threshold = fields.Float(string="Warning from", required=True, default=70.0)
    unit = fields.Char(default="%")
    description = fields.Text(translate=True)
    active = fields.Boolean(default=True)
    value_ids = fields.One2many("party.kpi.value", "kpi_id", string="Values")

    _sql_constraints = [
        (
            "code_uniq",
            "unique(code)",
            "The KPI code must be unique.",
        ),
    ]

    @api.constrains("good_threshold", "warning_threshold", "direction")
    def _check_thresholds(self):
        for kpi in self:
            if not check_thresholds(
                kpi.good_threshold, kpi.warning_threshold, kpi.direction
            ):
                raise ValidationError(
                    self.env._(
                        "The warning threshold of %(kpi)s must lie on the bad side of "
                        "the good threshold.",
                        kpi=kpi.name,
                    )
                )

    def action_compute(self):
        """Compute the current period's values of these KPIs now (party
        office), for the organisations of the office's companies."""
        self._party_check_action("read", "party_org.group_party_office")
        organizations = self.env["party.organization"].search(
            [("org_type", "in", MEASURED_ORG_TYPES)]
        )
        day = fields.Date.context_today(self)
        size = len(self) * len(organizations)
        Job = self.env["party.job"]
        if Job._party_job_in_background(KPI_COMPUTE_KIND, size, KPI_THRESHOLD):
            return self._enqueue_compute(day, organizations)
        self.sudo()._compute_values(day, organizations.sudo())
        return {
            "type": "ir.actions.act_window",
            "res_model": "party.kpi.value",
            "name": self.env._("KPI Values"),
            "view_mode": "list,form,pivot,graph",
            "domain": [("kpi_id", "in", self.ids)],
        }

    def _enqueue_compute(self, day, organizations):
        """The KPIs as a background job; the result goes to the KPI's
        chatter (the job's own for several KPIs)."""
        job = self.env["party.job"]._enqueue(
            KPI_COMPUTE_KIND,
            self.env._("KPIs as of %(date)s", date=day.strftime("%d/%m/%Y")),
            {
                "day": fields.Date.to_string(day),
                "kpi_ids": self.ids,
                "organization_ids": organizations.ids,
            },
            len(self) * len(organizations),
            record=self if len(self) == 1 else None,
        )
        return job._notify_started_action()

    @api.model
    def _cron_compute(self):
        """Scheduled: the current period of every active KPI."""
        self.search([])._compute_values(fields.Date.context_today(self))

    def _compute_values(self, day, organizations=None):
        """Store one value per KPI and organisation for the period holding
        ``day``; earlier values of the same period are archived (history).
        Values are written only here, as superuser: nobody writes them."""
        if organizations is None:
            organizations = self.env["party.organization"].search(
                [("org_type", "in", MEASURED_ORG_TYPES)]
            )
        Value = self.env["party.kpi.value"].sudo()
        now = fields.Datetime.now()
        created = Value.browse()
        for kpi in self:
            start, end = period_bounds(day, kpi.periodicity)
            results = Value._run_measure(kpi.measure, organizations, start, end)
            Value.search(
                [
                    ("kpi_id", "=", kpi.id),
                    ("date_start", "=", start),
                    ("organization_id", "in", organizations.ids),
                ]
            ).active = False
            created |= Value.create(
                [
                    {
                        "kpi_id": kpi.id,
                        "organization_id": org.id,
                        "date_start": start,
                        "date_end": end,
                        "value": results[org.id][0],
                        "numerator": results[org.id][1],
                        "denominator": results[org.id][2],
                        "has_value": results[org.id][0] is not None,
                        "computed_at": now,
                    }
                    for org in organizations
                    if org.id in results
                ]
            )
        return created
