# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The open registry of KPI measures (party.kpi.measure), and the measures
of the data party_kpi and party_member own: probation and review grades.

A measure is a key of the ``measure`` selection and two methods named after
it, found by name (``getattr(self, f"_measure_{key}")``):

- ``_measure_<key>(organizations, date_start, date_end)`` returns
  ``{organisation id: (value, numerator, denominator)}`` for the whole batch
  in a constant number of queries: records are counted per organisation
  where they sit, then rolled up the tree in Python (``_rollup``). A value
  is None when there is nothing to count.
- ``_records_<key>(organization, date_start, date_end)`` returns
  ``(model, domain)`` of the records behind one value (the drill-down).

The addon that owns the data adds its measures: it extends this model with
``measure = fields.Selection(selection_add=[(key, label)],
ondelete={key: "cascade"})`` and the two methods, in an ``auto_install``
bridge when the data is a sibling's: party_kpi_meeting (meetings and
documents), party_kpi_fee (fee lines), party_kpi_admission (candidates).
party.kpi inherits this model, so the selection is the KPI's ``measure``.
"""

from collections import defaultdict

from odoo import api, fields, models

from odoo.addons.party_member.engine import lifecycle, timeline

from ..engine.thresholds import ratio

MEASURES = [
    ("probation_on_time", "Probation recognitions on time"),
    ("members_by_grade", "Members graded good or excellent"),
]


class PartyKpiMeasure(models.AbstractModel):
    _name = "party.kpi.measure"
    _description = "Party KPI Measures"

    measure = fields.Selection(
        MEASURES,
        required=True,
        help="The built-in measure that computes the values.",
    )

    # The registry
    @api.model
    def _measure_values(self, key, organizations, date_start, date_end):
        """organisation id → (value, numerator, denominator) of measure ``key``."""
        return getattr(self, f"_measure_{key}")(organizations, date_start, date_end)

    @api.model
    def _measure_records(self, key, organization, date_start, date_end):
        """(model, domain) of the records behind measure ``key``'s value."""
        return getattr(self, f"_records_{key}")(organization, date_start, date_end)

    # Helpers
    @api.model
    def _rollup(self, organizations, counts, scale=100.0):
        """Sum ``counts`` {org id: (numerator, denominator)} over each
        organisation's subtree and turn them into percentages."""
        totals = defaultdict(lambda: [0.0, 0.0])
        Org = self.env["party.organization"].sudo()
        paths = {org.id: org.parent_path for org in Org.browse(list(counts))}
        wanted = set(organizations.ids)
        for org_id, (num, den) in counts.items():
            for ancestor in (paths.get(org_id) or "").split("/"):
                if ancestor and int(ancestor) in wanted:
                    total = totals[int(ancestor)]
                    total[0] += num
                    total[1] += den
        return {
            org.id: (ratio(*totals[org.id], scale=scale), *totals[org.id])
            for org in organizations
        }

    @api.model
    def _cells_of(self, organizations):
        """The cells of the organisations' subtrees."""
        return organizations.sudo()._get_cells()

    @api.model
    def _subtree_ids(self, organization):
        return set(
            self.env["party.organization"]
            .sudo()
            .with_context(active_test=False)
            ._search([("id", "child_of", organization.id)])
        )

    @api.model
    def _organization_on(self, member_days):
        """``{(member id, day): organisation id}`` for the pairs given: the
        organisation where the member was registered on that day, from the
        membership timeline (one query), else their present one."""
        member_ids = {member_id for member_id, _day in member_days}
        periods = (
            self.env["party.membership.period"]
            .sudo()
            .search_fetch(
                [
                    ("member_id", "in", list(member_ids)),
                    ("kind", "in", list(timeline.REGISTERED_KINDS)),
                ],
                ["member_id", "organization_id", "date_start", "date_end"],
            )
        )
        by_member = defaultdict(list)
        for period in periods:
            by_member[period.member_id.id].append(period)
        members = (
            self.env["party.member"]
            .sudo()
            .with_context(active_test=False)
            .browse(member_ids)
        )
        present = {member.id: member.organization_id.id for member in members}
        result = {}
        for member_id, day in member_days:
            org_id = present.get(member_id)
            for period in by_member.get(member_id, ()):
                if period.date_start <= day and (
                    not period.date_end or day < period.date_end
                ):
                    org_id = period.organization_id.id
                    break
            if org_id:
                result[(member_id, day)] = org_id
        return result

    @api.model
    def _counted_in(self, rows, organization):
        """Ids of ``rows`` ((record id, organisation id, ...)) counted in the
        organisation's subtree: the drill-down of a measure built on rows."""
        subtree = self._subtree_ids(organization)
        return [row[0] for row in rows if row[1] in subtree]

    # Probation
    def _measure_probation_on_time(self, organizations, date_start, date_end):
        """Members whose probation ended in the period and whom the branch
        voted to recognise within 30 working days after it ended (Quy định
        294-QĐ/TW, point 4.2): the stored vote date, counted in working days
        of the member's company with its holidays (``res.company``
        ``_party_holidays``), not the recognition date, which is always the
        end of probation."""
        Member = self.env["party.member"].sudo()
        members = Member.search_fetch(
            self._probation_domain(date_start, date_end),
            [
                "organization_id",
                "company_id",
                "probation_end_date",
                "official_date",
                "recognition_vote_date",
            ],
        )
        holidays = members.company_id._party_holidays()
        org_on = self._organization_on(
            [(member.id, member.probation_end_date) for member in members]
        )
        counts = defaultdict(lambda: [0, 0])
        for member in members:
            org_id = org_on.get((member.id, member.probation_end_date))
            if not org_id:
                continue
            count = counts[org_id]
            count[1] += 1
            vote = member.official_date and member.recognition_vote_date
            if vote and vote <= lifecycle.recognition_vote_deadline(
                member.probation_end_date,
                holidays=holidays.get(member.company_id.id, ()),
            ):
                count[0] += 1
        return self._rollup(organizations, counts)

    def _probation_domain(self, date_start, date_end):
        return [
            ("probation_end_date", ">=", date_start),
            ("probation_end_date", "<=", date_end),
        ]

    def _records_probation_on_time(self, organization, date_start, date_end):
        members = (
            self.env["party.member"]
            .sudo()
            .search_read(
                self._probation_domain(date_start, date_end), ["probation_end_date"]
            )
        )
        org_on = self._organization_on(
            [(m["id"], m["probation_end_date"]) for m in members]
        )
        rows = [
            (m["id"], org_on.get((m["id"], m["probation_end_date"]))) for m in members
        ]
        return "party.member", [("id", "in", self._counted_in(rows, organization))]

    # Grades
    def _measure_members_by_grade(self, organizations, date_start, date_end):
        """Share of the year's reviewed members graded good or excellent."""
        groups = (
            self.env["party.evaluation"]
            .sudo()
            ._read_group(
                [("year", "=", date_end.year), ("grade", "!=", False)],
                ["organization_id", "grade"],
                ["__count"],
            )
        )
        counts = defaultdict(lambda: [0, 0])
        for org, grade, count in groups:
            counts[org.id][1] += count
            if grade in ("excellent", "good"):
                counts[org.id][0] += count
        return self._rollup(organizations, counts)

    def _records_members_by_grade(self, organization, date_start, date_end):
        return "party.evaluation", [
            ("year", "=", date_end.year),
            ("grade", "!=", False),
            ("organization_id", "child_of", organization.id),
        ]
