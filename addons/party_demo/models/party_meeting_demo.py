# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import datetime, time, timedelta

from odoo import api, fields, models

from odoo.addons.party_org.models.party_organization import CELL_TYPES

# Deterministic attendance pattern of the demo (mostly present).
DEMO_PATTERN = ["present"] * 7 + ["late", "excused", "present", "unexcused", "present"]
DEMO_AGENDA = [
    "Đánh giá tình hình thực hiện nhiệm vụ tháng",
    "Phương hướng, nhiệm vụ tháng tới",
    "Thu đảng phí",
]
DEMO_THEMES = [
    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "Nâng cao chất lượng sinh hoạt chi bộ",
    "Công tác phát triển đảng viên trong doanh nghiệp",
    "Chuyển đổi số trong công tác đảng",
]


class PartyMeetingDemo(models.AbstractModel):
    _name = "party.meeting.demo"
    _description = "Party Meeting Demo Data"

    @api.model
    def _demo_generate_year(self, months=12):
        """Demo data: a year of held meetings (regular each month, thematic
        each quarter) with attendance for every cell that has members."""
        today = fields.Date.context_today(self)
        cells = self.env["party.organization"].search([("org_type", "in", CELL_TYPES)])
        first = (today.replace(day=1) - timedelta(days=31 * months)).replace(day=1)
        vals_list = []
        for cell in cells:
            month = first
            index = 0
            while month < today.replace(day=1):
                start = datetime.combine(month.replace(day=10), time(7, 0))
                vals_list.append(self._demo_values(cell, "regular", start, index))
                if month.month in (2, 5, 8, 11):
                    start = datetime.combine(month.replace(day=20), time(7, 30))
                    vals_list.append(self._demo_values(cell, "thematic", start, index))
                month = (month + timedelta(days=32)).replace(day=1)
                index += 1
        meetings = (
            self.env["party.meeting"]
            .with_context(tracking_disable=True)
            .create(vals_list)
        )
        meetings = meetings.filtered("attendance_ids")
        for position, attendance in enumerate(meetings.attendance_ids):
            state = DEMO_PATTERN[position % len(DEMO_PATTERN)]
            attendance.write(
                {
                    "state": state,
                    "check_in_time": attendance.meeting_id.date_start
                    + timedelta(minutes=2 if state == "present" else 25)
                    if state in ("present", "late")
                    else False,
                    "note": "Đi công tác" if state == "excused" else False,
                }
            )
        for meeting in meetings:
            meeting.write(
                {"state": "held", "checkin_token": meeting._party_new_token()}
            )
        return meetings

    def _demo_values(self, cell, kind, start, index):
        agenda = (
            DEMO_AGENDA
            if kind == "regular"
            else [DEMO_THEMES[index // 3 % len(DEMO_THEMES)]]
        )
        return {
            "organization_id": cell.id,
            "kind": kind,
            "date_start": start,
            "date_end": start + timedelta(hours=2),
            "place": "Phòng họp tầng 3",
            "agenda_ids": [
                (0, 0, {"sequence": i, "name": name}) for i, name in enumerate(agenda)
            ],
            "conclusion": "<p>Chi bộ thống nhất các nội dung đã thảo luận.</p>",
        }
