# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, timedelta

from odoo.tests import tagged

from odoo.addons.party_org.tools.working_days import utc_bounds

from .common import PartyKpiCase

VN = "Asia/Ho_Chi_Minh"


@tagged("post_install", "-at_install")
class TestRulesRecognitionKpi(PartyKpiCase):
    def _probationer(self, name, admitted, vote):
        member = self._member(name, self.cell_1, admitted, admission_date=admitted)
        member._add_event("official_recognition", member.probation_end_date)
        member.write(
            {
                "official_date": member.probation_end_date,
                "recognition_vote_date": vote,
            }
        )
        return member

    def test_on_time_counts_vote_date_in_working_days(self):
        """Recognitions on time: the stored vote date within 30 working days of
        the probation's end, with the company's holidays read in its time zone
        (Quy định 294-QĐ/TW, 4.2), not the recognition date plus 42 days."""
        self.company.resource_calendar_id.tz = VN
        start, end = utc_bounds(date(2026, 2, 16), date(2026, 2, 20), VN)  # Tết
        self.env["resource.calendar.leaves"].create(
            {
                "name": "Tết Nguyên đán",
                "calendar_id": self.company.resource_calendar_id.id,
                "date_from": start,
                "date_to": end,
            }
        )
        # Probation ends Saturday 10/01/2026: 30 working days and Tết -> 27/02.
        over_tet = self._probationer("Qua Tết", date(2025, 1, 10), date(2026, 2, 25))
        late = self._probationer("Trễ hạn", date(2025, 1, 10), date(2026, 6, 1))
        self.assertEqual(over_tet.probation_end_date, date(2026, 1, 10))
        self.assertGreater(date(2026, 2, 25), date(2026, 1, 10) + timedelta(days=42))
        kpi = self.env["party.kpi"].create(
            {
                "code": "T_probation_rules",
                "name": "probation",
                "measure": "probation_on_time",
                "periodicity": "quarterly",
            }
        )
        values = kpi._compute_values(date(2026, 1, 10), self.cell_1)
        value = values.filtered(lambda v: v.organization_id == self.cell_1)
        self.assertEqual((value.numerator, value.denominator), (1, 2))
        action = value.action_open_records()
        self.assertEqual(
            self.env[action["res_model"]].search(action["domain"]), over_tet | late
        )
