# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""party.kpi.dashboard: the data of the party dashboard (the ``party_kpi.dashboard``
client action): members by state, the latest KPI tiles, the trends of the
monthly KPIs and the upcoming deadlines of one organisation.

Mixed into ``party.kpi.value`` (whose records it reads with ``self``), so the
client calls ``party.kpi.value.get_dashboard_data`` and an addon adds its
deadlines by extending ``party.kpi.value._dashboard_deadline_items``.
"""

from datetime import timedelta

from odoo import api, fields, models

from ..engine.thresholds import previous_periods, trend_scale

TREND_MONTHS = 12
DEADLINE_DAYS = 90
MAX_DEADLINES = 15


class PartyKpiDashboard(models.AbstractModel):
    _name = "party.kpi.dashboard"
    _description = "Party Dashboard"

    @api.model
    def get_dashboard_data(self, organization_id=None):
        """Everything the party dashboard shows for one organisation, in one
        call: members by state, the latest KPI tiles, 12-month trends of
        the monthly KPIs and the upcoming deadlines. Everything is read with
        the user's own access rights."""
        self._party_check_group("party_org.group_party_member")
        Org = self.env["party.organization"]
        organizations = Org.search(
            [
                (
                    "org_type",
                    "in",
                    (
                        "grassroots_committee",
                        "sub_committee",
                        "grassroots_cell",
                        "cell",
                    ),
                )
            ],
            limit=500,
        )
        org = Org.browse(organization_id).exists() if organization_id else Org
        if not org and organizations:
            org = self._dashboard_default_organization(organizations)
        if not org:
            return {
                "organization": False,
                "organizations": [],
                "members": [],
                "tiles": [],
                "trends": [],
                "deadlines": [],
            }
        today = fields.Date.context_today(self)
        return {
            "organization": {"id": org.id, "name": org.complete_name},
            "organizations": [
                {"id": o.id, "name": o.complete_name} for o in organizations
            ],
            "members": self._dashboard_members(org),
            "tiles": self._dashboard_tiles(org, today),
            "trends": self._dashboard_trends(org, today),
            "deadlines": self._dashboard_deadlines(org, today),
        }

    @api.model
    def _dashboard_default_organization(self, organizations):
        """The user's own organisation (the highest one for the party
        office): the committees above a branch are readable, but the tiles
        of their whole subtree would sit next to branch-only counts."""
        own = organizations
        if not self.env.user.has_group("party_org.group_party_office"):
            own = organizations & self.env.user.party_scope_organization_ids
        return (own or organizations).sorted(lambda o: len(o.parent_path or ""))[:1]

    @api.model
    def _dashboard_members(self, org):
        Member = self.env["party.member"]
        labels = dict(Member._fields["state"]._description_selection(self.env))
        groups = Member._read_group(
            [("organization_id", "child_of", org.id)], ["state"], ["__count"]
        )
        return [
            {"state": state, "label": labels.get(state, state), "count": count}
            for state, count in groups
            if state
        ]

    @api.model
    def _dashboard_tiles(self, org, today):
        """The latest value of each KPI, of its last closed period when there
        is one (the current period is still running)."""
        values = self.search(
            [("organization_id", "=", org.id)], order="date_start desc, id desc"
        )
        latest = {}
        for value in values.filtered(lambda v: v.date_end < today):
            latest.setdefault(value.kpi_id, value)
        for value in values:
            latest.setdefault(value.kpi_id, value)
        return [
            {
                "value_id": value.id,
                "kpi_id": kpi.id,
                "code": kpi.code,
                "name": kpi.name,
                "value": value.value if value.has_value else None,
                "unit": kpi.unit or "",
                "state": value.state or "none",
                "period": value.date_start.strftime("%m/%Y"),
                "estimated": value.estimated,
            }
            for kpi, value in sorted(latest.items(), key=lambda item: item[0].sequence)
        ]

    @api.model
    def _dashboard_trends(self, org, today):
        periods = previous_periods(today, "monthly", TREND_MONTHS)
        kpis = self.env["party.kpi"].search([("periodicity", "=", "monthly")])
        values = self.search(
            [
                ("organization_id", "=", org.id),
                ("kpi_id", "in", kpis.ids),
                ("date_start", ">=", periods[0][0]),
            ]
        )
        by_key = {(v.kpi_id.id, v.date_start): v for v in values}
        trends = []
        for kpi in kpis:
            points = []
            for start, _end in periods:
                value = by_key.get((kpi.id, start))
                points.append(
                    {
                        "label": start.strftime("%m/%y"),
                        "value": value.value if value and value.has_value else None,
                        "state": (value.state if value else False) or "none",
                    }
                )
            if any(point["value"] is not None for point in points):
                trends.append(
                    {
                        "kpi_id": kpi.id,
                        "name": kpi.name,
                        "unit": kpi.unit or "",
                        "points": points,
                        **trend_scale(points, kpi.good_threshold),
                    }
                )
        return trends

    @api.model
    def _dashboard_deadlines(self, org, today):
        """The deadlines of the next 90 days (and the overdue ones the
        owners list), soonest first."""
        horizon = today + timedelta(days=DEADLINE_DAYS)
        deadlines = self._dashboard_deadline_items(org, today, horizon)
        deadlines.sort(key=lambda d: d["date"])
        for deadline in deadlines:
            deadline["overdue"] = deadline["date"] < today
            deadline["date"] = fields.Date.to_string(deadline["date"])
        return deadlines[:MAX_DEADLINES]

    @api.model
    def _dashboard_deadline_items(self, org, today, horizon):
        """Hook: the deadlines in ``org``'s subtree up to ``horizon``, as
        dicts of ``date``, ``label``, ``res_model`` and ``res_id``, read with
        the user's rights. Here probation ends and term ends; an addon adds
        its own (party_kpi_meeting: incoming documents)."""
        deadlines = []
        members = self.env["party.member"].search(
            [
                ("organization_id", "child_of", org.id),
                ("state", "=", "probationary"),
                ("probation_end_date", ">=", today),
                ("probation_end_date", "<=", horizon),
            ]
        )
        deadlines += [
            {
                "date": m.probation_end_date,
                "label": self.env._("Probation ends: %(name)s", name=m.name),
                "res_model": "party.member",
                "res_id": m.id,
            }
            for m in members
        ]
        terms = self.env["party.term"].search(
            [
                ("organization_id", "child_of", org.id),
                ("date_end", ">=", today),
                ("date_end", "<=", horizon),
            ]
        )
        deadlines += [
            {
                "date": t.date_end,
                "label": self.env._("Term ends: %(name)s", name=t.display_name),
                "res_model": "party.term",
                "res_id": t.id,
            }
            for t in terms
        ]
        return deadlines
