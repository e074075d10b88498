# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The registry of built-in KPI measures: key → label and the names of the
methods of party.kpi.measure that compute the values of a batch of
organisations (``compute``) and return the records behind one value
(``records``). Add a measure by adding an entry and both methods."""

from typing import NamedTuple


class Measure(NamedTuple):
    label: str
    compute: str
    records: str


MEASURES = {
    "attendance_rate": Measure(
        "Meeting attendance rate",
        "_measure_attendance_rate",
        "_records_attendance_rate",
    ),
    "regular_meetings": Measure(
        "Regular meetings held each month",
        "_measure_regular_meetings",
        "_records_regular_meetings",
    ),
    "thematic_meetings": Measure(
        "Thematic meetings held each quarter",
        "_measure_thematic_meetings",
        "_records_thematic_meetings",
    ),
    "fees_on_time": Measure(
        "Fees collected on time", "_measure_fees_on_time", "_records_fees"
    ),
    "documents_on_time": Measure(
        "Incoming documents handled before their deadline",
        "_measure_documents_on_time",
        "_records_documents",
    ),
    "admissions_plan": Measure(
        "Admissions against plan", "_measure_admissions_plan", "_records_admissions"
    ),
    "probation_on_time": Measure(
        "Probation recognitions on time",
        "_measure_probation_on_time",
        "_records_probation",
    ),
    "members_by_grade": Measure(
        "Members graded good or excellent",
        "_measure_members_by_grade",
        "_records_grades",
    ),
}
MEASURE_SELECTION = [(key, measure.label) for key, measure in MEASURES.items()]
