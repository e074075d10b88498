# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The KPI measures of meetings and documents, added to the registry of
party_kpi (see party_kpi/models/party_kpi_measure.py for the convention).
They read what party_docs stores and computes: the attendance counts of
each meeting and its meeting-calendar compliance."""

from collections import defaultdict
from datetime import datetime, time, timedelta

from odoo import api, fields, models

from odoo.addons.party_org.models.party_organization import CELL_TYPES

MEETING_MEASURES = ("attendance_rate", "regular_meetings", "thematic_meetings")
DOCUMENT_MEASURES = ("documents_on_time",)


class PartyKpiMeasure(models.AbstractModel):
    _inherit = "party.kpi.measure"

    measure = fields.Selection(
        selection_add=[
            ("attendance_rate", "Meeting attendance rate"),
            ("regular_meetings", "Regular meetings held each month"),
            ("thematic_meetings", "Thematic meetings held each quarter"),
            ("documents_on_time", "Incoming documents handled before their deadline"),
        ],
        ondelete={key: "cascade" for key in MEETING_MEASURES + DOCUMENT_MEASURES},
    )

    # Meetings
    @api.model
    def _held_meeting_domain(self, date_start, date_end, kind=None, organization=None):
        """Held meetings of the days ``date_start`` to ``date_end`` (of
        ``kind``, in ``organization``'s subtree), on the same days as
        ``party.meeting._get_meeting_compliance``."""
        domain = [
            ("state", "=", "held"),
            ("date_start", ">=", datetime.combine(date_start, time.min)),
            (
                "date_start",
                "<",
                datetime.combine(date_end + timedelta(days=1), time.min),
            ),
        ]
        if kind:
            domain.append(("kind", "=", kind))
        if organization:
            domain.append(("organization_id", "child_of", organization.id))
        return domain

    def _measure_attendance_rate(self, organizations, date_start, date_end):
        """Invitees present (late included) among the invitees of the held
        meetings: the stored counts behind each meeting's attendance_rate."""
        groups = (
            self.env["party.meeting"]
            .sudo()
            ._read_group(
                self._held_meeting_domain(date_start, date_end),
                ["organization_id"],
                ["present_count:sum", "invited_count:sum"],
            )
        )
        counts = {org.id: (present, invited) for org, present, invited in groups if org}
        return self._rollup(organizations, counts)

    def _records_attendance_rate(self, organization, date_start, date_end):
        """The attendance lines of the held meetings (the denominator)."""
        meetings = (
            self.env["party.meeting"]
            .sudo()
            ._search(
                self._held_meeting_domain(
                    date_start, date_end, organization=organization
                )
            )
        )
        return "party.meeting.attendance", [("meeting_id", "in", list(meetings))]

    def _measure_meeting_calendar(self, organizations, date_start, date_end, kind):
        """Share of the cells' months (regular) or quarters (thematic) that
        had a held meeting of ``kind`` (Quy định 24-QĐ/TW), from
        ``party.meeting._get_meeting_compliance`` of the subtrees' cells."""
        compliance = self.env["party.meeting"]._get_meeting_compliance(
            self._cells_of(organizations), date_start, date_end
        )
        counts = {
            org_id: (result[f"{kind}_ok"], result[f"{kind}_due"])
            for org_id, result in compliance.items()
        }
        return self._rollup(organizations, counts)

    def _measure_regular_meetings(self, organizations, date_start, date_end):
        return self._measure_meeting_calendar(
            organizations, date_start, date_end, "regular"
        )

    def _measure_thematic_meetings(self, organizations, date_start, date_end):
        return self._measure_meeting_calendar(
            organizations, date_start, date_end, "thematic"
        )

    def _records_cell_meetings(self, organization, date_start, date_end, kind):
        """The held meetings of ``kind`` of the cells (the periods counted);
        a committee's own meetings are not part of the value."""
        return "party.meeting", self._held_meeting_domain(
            date_start, date_end, kind=kind, organization=organization
        ) + [("organization_id.org_type", "in", CELL_TYPES)]

    def _records_regular_meetings(self, organization, date_start, date_end):
        return self._records_cell_meetings(
            organization, date_start, date_end, "regular"
        )

    def _records_thematic_meetings(self, organization, date_start, date_end):
        return self._records_cell_meetings(
            organization, date_start, date_end, "thematic"
        )

    # Documents. Secret documents are not counted: the values are read by
    # every member of the organisation and its sub-units, who must not learn
    # how many secret documents came in, nor when they were handled.
    @api.model
    def _document_domain(self, date_start, date_end):
        return [
            ("direction", "=", "incoming"),
            ("secrecy", "=", "normal"),
            ("deadline", ">=", date_start),
            ("deadline", "<=", date_end),
            ("state", "!=", "cancel"),
        ]

    def _measure_documents_on_time(self, organizations, date_start, date_end):
        """Incoming documents due in the period and done by their deadline."""
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

    def _records_documents_on_time(self, organization, date_start, date_end):
        return "party.document", self._document_domain(date_start, date_end) + [
            ("organization_id", "child_of", organization.id)
        ]
