# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Built-in KPI measures: a registry (measure key → label and methods) and
their batch implementations (party.kpi.measure).

Every ``_measure_*`` method takes the organisations and a period and returns
``{organisation id: (value, numerator, denominator)}`` for the whole batch
with a constant number of queries: records are counted per organisation
where they sit (_read_group), then rolled up the tree in Python through
``parent_path``. A value is None when there is nothing to count. Every
``_records_*`` method returns ``(model, domain)`` of the records behind a
value. Measures on models of optional addons (meetings, fees, candidates)
return nothing when the model is absent. The measures on members
(admissions, probation, grades) are in party_kpi_measure_members.py.
"""

from collections import defaultdict
from datetime import datetime, time, timedelta

from odoo import api, models

from ..engine.thresholds import ratio

CELL_TYPES = ("grassroots_cell", "cell")
# Meetings (party_docs)
MEETING_MODEL = "party.meeting"
ATTENDANCE_MODEL = "party.meeting.attendance"
MEETING_HELD_STATES = ("held",)
PRESENT_STATES = ("present", "late")
# Fees (party_member, feat/cards)
FEE_LINE_MODEL = "party.fee.line"


class PartyKpiMeasure(models.AbstractModel):
    _name = "party.kpi.measure"
    _description = "Party KPI Measures"

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
    def _has_fields(self, model, *names):
        return model in self.env and all(
            name in self.env[model]._fields for name in names
        )

    @api.model
    def _meeting_date_field(self):
        fields_ = self.env[MEETING_MODEL]._fields
        return next(name for name in ("date_start", "date") if name in fields_)

    @api.model
    def _meeting_period_domain(self, date_start, date_end):
        """The meetings of the days ``date_start`` to ``date_end`` (the date
        field may be a datetime)."""
        date_field = self._meeting_date_field()
        if self.env[MEETING_MODEL]._fields[date_field].type == "datetime":
            return [
                (date_field, ">=", datetime.combine(date_start, time.min)),
                (
                    date_field,
                    "<",
                    datetime.combine(date_end + timedelta(days=1), time.min),
                ),
            ]
        return [(date_field, ">=", date_start), (date_field, "<=", date_end)]

    @api.model
    def _meeting_domain(self, date_start, date_end, kind=None, organization=None):
        """Held meetings of the period (of ``kind``, in ``organization``'s subtree)."""
        domain = self._meeting_period_domain(date_start, date_end) + [
            ("state", "in", MEETING_HELD_STATES)
        ]
        if kind:
            domain.append(("kind", "=", kind))
        if organization:
            domain.append(("organization_id", "child_of", organization.id))
        return domain

    @api.model
    def _cells_of(self, organizations):
        return (
            self.env["party.organization"]
            .sudo()
            .search(
                [("id", "child_of", organizations.ids), ("org_type", "in", CELL_TYPES)]
            )
        )

    # Meetings
    def _measure_attendance_rate(self, organizations, date_start, date_end):
        if not self._has_fields(ATTENDANCE_MODEL, "meeting_id", "state"):
            return {}
        meetings = (
            self.env[MEETING_MODEL]
            .sudo()
            .search_read(
                self._meeting_domain(date_start, date_end), ["organization_id"]
            )
        )
        org_of = {
            m["id"]: m["organization_id"][0] for m in meetings if m["organization_id"]
        }
        groups = (
            self.env[ATTENDANCE_MODEL]
            .sudo()
            ._read_group(
                [("meeting_id", "in", list(org_of))],
                ["meeting_id", "state"],
                ["__count"],
            )
        )
        counts = defaultdict(lambda: [0, 0])
        for meeting, state, count in groups:
            counts[org_of[meeting.id]][1] += count
            if state in PRESENT_STATES:
                counts[org_of[meeting.id]][0] += count
        return self._rollup(organizations, counts)

    def _records_attendance_rate(self, organization, date_start, date_end):
        if ATTENDANCE_MODEL not in self.env:
            return self._records_meetings(organization, date_start, date_end)
        meetings = (
            self.env[MEETING_MODEL]
            .sudo()
            ._search(
                self._meeting_domain(date_start, date_end, organization=organization)
            )
        )
        return ATTENDANCE_MODEL, [("meeting_id", "in", list(meetings))]

    def _measure_meeting_calendar(
        self, organizations, date_start, date_end, kind, months
    ):
        """Share of the cells' periods (months or quarters) that had a held
        meeting of ``kind`` (Quy định 24-QĐ/TW: a regular meeting each
        month, a thematic one each quarter)."""
        if not self._has_fields(MEETING_MODEL, "organization_id", "kind", "state"):
            return {}
        date_field = self._meeting_date_field()
        granularity = "month" if months == 1 else "quarter"
        groups = (
            self.env[MEETING_MODEL]
            .sudo()
            ._read_group(
                self._meeting_domain(date_start, date_end, kind),
                ["organization_id", f"{date_field}:{granularity}"],
            )
        )
        held = defaultdict(set)
        for org, period in groups:
            held[org.id].add(period)
        span = (
            (date_end.year - date_start.year) * 12
            + date_end.month
            - date_start.month
            + 1
        )
        expected = max(1, span // months)
        counts = {
            cell.id: (min(len(held.get(cell.id, ())), expected), expected)
            for cell in self._cells_of(organizations)
        }
        return self._rollup(organizations, counts)

    def _measure_regular_meetings(self, organizations, date_start, date_end):
        return self._measure_meeting_calendar(
            organizations, date_start, date_end, "regular", 1
        )

    def _measure_thematic_meetings(self, organizations, date_start, date_end):
        return self._measure_meeting_calendar(
            organizations, date_start, date_end, "thematic", 3
        )

    def _records_meetings(self, organization, date_start, date_end, kind=None):
        if MEETING_MODEL not in self.env:
            return "party.organization", [("id", "=", organization.id)]
        return MEETING_MODEL, self._meeting_domain(
            date_start, date_end, kind=kind, organization=organization
        )

    def _records_cell_meetings(self, organization, date_start, date_end, kind):
        """The held meetings of ``kind`` of the cells (the periods counted);
        a committee's own meetings are not part of the value."""
        model, domain = self._records_meetings(organization, date_start, date_end, kind)
        if model == MEETING_MODEL:
            domain = domain + [("organization_id.org_type", "in", CELL_TYPES)]
        return model, domain

    def _records_regular_meetings(self, organization, date_start, date_end):
        return self._records_cell_meetings(
            organization, date_start, date_end, "regular"
        )

    def _records_thematic_meetings(self, organization, date_start, date_end):
        return self._records_cell_meetings(
            organization, date_start, date_end, "thematic"
        )

    # Fees (party.fee.line: member_id, organization_id, month, state, date)
    def _fee_domain(self, date_start, date_end):
        return [("month", ">=", date_start.replace(day=1)), ("month", "<=", date_end)]

    def _measure_fees_on_time(self, organizations, date_start, date_end):
        """Monthly fee lines paid in full by the end of their month."""
        if not self._has_fields(
            FEE_LINE_MODEL, "organization_id", "month", "state", "date"
        ):
            return {}
        lines = (
            self.env[FEE_LINE_MODEL]
            .sudo()
            .search_read(
                self._fee_domain(date_start, date_end),
                ["organization_id", "month", "state", "date"],
            )
        )
        counts = defaultdict(lambda: [0, 0])
        for line in lines:
            if not line["organization_id"]:
                continue
            count = counts[line["organization_id"][0]]
            count[1] += 1
            month_end = (line["month"].replace(day=28) + timedelta(days=4)).replace(
                day=1
            )
            if line["state"] == "paid" and line["date"] and line["date"] < month_end:
                count[0] += 1
        return self._rollup(organizations, counts)

    def _records_fees(self, organization, date_start, date_end):
        if FEE_LINE_MODEL not in self.env:
            return "party.member", [("organization_id", "child_of", organization.id)]
        return FEE_LINE_MODEL, self._fee_domain(date_start, date_end) + [
            ("organization_id", "child_of", organization.id)
        ]

    # Documents (party_docs). Secret documents are not counted: the values
    # are read by every member of the organisation and its sub-units, who
    # must not learn how many secret documents came in, nor when they were
    # handled.
    def _document_domain(self, date_start, date_end):
        return [
            ("direction", "=", "incoming"),
            ("secrecy", "=", "normal"),
            ("deadline", ">=", date_start),
            ("deadline", "<=", date_end),
            ("state", "!=", "cancel"),
        ]

    def _measure_documents_on_time(self, organizations, date_start, date_end):
        docs = (
            self.env["party.document"]
            .sudo()
            .search_read(
                self._document_domain(date_start, date_end),
                ["organization_id", "deadline", "date_done", "state"],
            )
        )
        counts = defaultdict(lambda: [0, 0])
        for doc in docs:
            if not doc["organization_id"]:
                continue
            count = counts[doc["organization_id"][0]]
            count[1] += 1
            if (
                doc["state"] == "done"
                and doc["date_done"]
                and doc["date_done"] <= doc["deadline"]
            ):
                count[0] += 1
        return self._rollup(organizations, counts)

    def _records_documents(self, organization, date_start, date_end):
        return "party.document", self._document_domain(date_start, date_end) + [
            ("organization_id", "child_of", organization.id)
        ]
