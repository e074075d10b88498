# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import random

from odoo import api, fields, models

from odoo.addons.party_kpi.engine.thresholds import previous_periods
from odoo.addons.party_kpi.models.party_kpi import MEASURED_ORG_TYPES

# Demo only: plausible levels of each built-in measure (mean, spread).
DEMO_LEVELS = {
    "attendance_rate": (91, 6),
    "regular_meetings": (96, 8),
    "thematic_meetings": (85, 20),
    "fees_on_time": (93, 6),
    "documents_on_time": (88, 10),
    "admissions_plan": (80, 25),
    "probation_on_time": (92, 12),
    "members_by_grade": (82, 10),
}


class PartyKpiDemo(models.AbstractModel):
    _name = "party.kpi.demo"
    _description = "Party KPI Demo Data"

    @api.model
    def _fill_demo(self):
        """Last year's reviews of the demo committee (proposed and approved
        within the quota) and 12 months of KPI values for every
        organisation, so that the dashboard shows something."""
        rng = random.Random(366)
        today = fields.Date.context_today(self)
        committee = self.env.ref(
            "party_org.org_grassroots_demo", raise_if_not_found=False
        )
        if committee:
            self._demo_reviews(committee, today.year - 1, rng)
        self._demo_values(today, rng)
        self.env["party.reminder"]._run(today)
        self.env["party.member"]._cron_risk()

    @api.model
    def _demo_reviews(self, committee, year, rng):
        Evaluation = self.env["party.evaluation"]
        reviews = Evaluation._create_for_organization(committee, year)
        # One member not completing, excellent ones within the 20% quota.
        excellent = (len(reviews) - 1) // 6
        for index, review in enumerate(reviews):
            if index == len(reviews) - 1:
                points = 45
            elif index < excellent:
                points = rng.randint(90, 96)
            else:
                points = rng.randint(72, 88)
            review._set_points(points, self_total=min(100, points + rng.randint(0, 5)))
        reviews.action_self_assess()
        reviews.action_propose()
        reviews.action_approve()
        org_reviews = self.env["party.org.evaluation"]._create_for_organization(
            committee, year
        )
        for review in org_reviews:
            review._set_points(rng.randint(78, 93), self_total=rng.randint(80, 95))
        # Leaves before their parents: sub-unit grades exist when parents propose.
        for review in org_reviews.sorted(
            lambda r: -len(r.organization_id.parent_path or "")
        ):
            review.action_propose()
        org_reviews.action_approve()

    @api.model
    def _demo_values(self, today, rng):
        """Compute every KPI over its last periods from the demo records;
        where the demo has nothing to count (fees, admissions plan...),
        store a plausible value instead."""
        orgs = self.env["party.organization"].search(
            [("org_type", "in", MEASURED_ORG_TYPES)]
        )
        now = fields.Datetime.now()
        empty = self.env["party.kpi.value"]
        vals_list = []
        for kpi in self.env["party.kpi"].search([]):
            count = {"monthly": 12, "quarterly": 4, "yearly": 2}[kpi.periodicity]
            mean, spread = DEMO_LEVELS.get(kpi.measure, (85, 10))
            for start, end in previous_periods(today, kpi.periodicity, count):
                computed = kpi._compute_values(start, orgs)
                done = computed.filtered("has_value").organization_id
                empty |= computed.filtered(lambda v: not v.has_value)
                for org in orgs - done:
                    value = max(0.0, min(100.0, rng.gauss(mean, spread / 2)))
                    vals_list.append(
                        {
                            "kpi_id": kpi.id,
                            "organization_id": org.id,
                            "date_start": start,
                            "date_end": end,
                            "value": round(value, 1),
                            "numerator": round(value),
                            "denominator": 100,
                            "computed_at": now,
                            "estimated": True,
                        }
                    )
        empty.unlink()
        self.env["party.kpi.value"].create(vals_list)
