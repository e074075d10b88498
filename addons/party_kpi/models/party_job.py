# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The KPIs of every organisation and the statistics export as background
jobs (party.job kinds ``party_kpi_compute`` and ``party_statistics_export``).

KPIs: one unit is one value (a KPI for an organisation); a batch computes
whole KPIs (each is one grouped query over every organisation), as many as
fit in ``limit`` values and at least one. A KPI is skipped when the job has
computed it already: listed in the payload (committed with its batch) or
holding active values computed since the job started. So a batch run again
archives and duplicates nothing.

Statistics: one unit, the whole workbook (one query over the statistics
view), stored as the job's result attachment.
"""

from odoo import fields, models

from ..engine.thresholds import period_bounds

KPI_COMPUTE_KIND = "party_kpi_compute"
STATISTICS_EXPORT_KIND = "party_statistics_export"
XLSX_MIMETYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class PartyJob(models.Model):
    _inherit = "party.job"

    kind = fields.Selection(
        selection_add=[
            (KPI_COMPUTE_KIND, "KPIs of every organisation"),
            (STATISTICS_EXPORT_KIND, "Member statistics export"),
        ],
        ondelete={KPI_COMPUTE_KIND: "cascade", STATISTICS_EXPORT_KIND: "cascade"},
    )

    def _party_job_step_party_kpi_compute(self, limit):
        """Compute the next KPIs not yet computed by this job."""
        self.ensure_one()
        payload = dict(self.payload)
        day = fields.Date.to_date(payload["day"])
        organizations = (
            self.env["party.organization"].sudo().browse(payload["organization_ids"])
        )
        kpis = self._party_kpi_pending(payload, day)
        if not kpis:
            return 0
        count = max(limit // max(len(organizations), 1), 1)
        batch = kpis[:count]
        batch.sudo()._compute_values(day, organizations)
        payload["done_kpi_ids"] = payload.get("done_kpi_ids", []) + batch.ids
        self.sudo().payload = payload
        if batch == kpis:
            self._party_job_finish(
                message=self.env._(
                    "KPIs computed: %(kpis)s KPIs for %(organizations)s organisations.",
                    kpis=len(payload["kpi_ids"]),
                    organizations=len(organizations),
                )
            )
        return len(batch) * len(organizations)

    def _party_kpi_pending(self, payload, day):
        """The job's KPIs, in order, that it has not computed yet."""
        kpis = self.env["party.kpi"].sudo().browse(payload["kpi_ids"]).exists()
        kpis -= kpis.browse(payload.get("done_kpi_ids", []))
        computed_periods = set(
            self.env["party.kpi.value"]
            .sudo()
            ._read_group(
                [("kpi_id", "in", kpis.ids), ("computed_at", ">=", self.create_date)],
                ["kpi_id", "date_start:day"],
            )
        )
        computed = kpis.filtered(
            lambda kpi: (kpi, period_bounds(day, kpi.periodicity)[0])
            in computed_periods
        )
        return kpis - computed

    def _party_job_step_party_statistics_export(self, limit):
        """Build the workbook as the user and keep it as the job's result."""
        self.ensure_one()
        if self.result_attachment_id:
            return 0
        payload = self.payload
        wizard = self.env["party.statistics.export"].new(
            {
                "statistics_date": payload["statistics_date"],
                "organization_id": payload.get("organization_id") or False,
            }
        )
        wizard._check_organization()
        attachment = (
            self.env["ir.attachment"]
            .sudo()
            .create(
                {
                    "name": wizard._filename(),
                    "raw": wizard._build_xlsx(),
                    "mimetype": XLSX_MIMETYPE,
                    "res_model": self._name,
                    "res_id": self.id,
                }
            )
        )
        self._party_job_finish(
            attachment=attachment,
            message=self.env._(
                "Member statistics as of %(date)s: the workbook is attached.",
                date=wizard.statistics_date.strftime("%d/%m/%Y"),
            ),
        )
        return 1
