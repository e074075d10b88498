# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
import io
from datetime import date

import openpyxl

from odoo.tests import tagged

from .common import PartyKpiCase

HEADER_ROW = 7
DAY = date(2024, 12, 31)


@tagged("post_install", "-at_install")
class TestStatisticsExport(PartyKpiCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._official(
            "Nguyễn Thị An",
            cls.cell_1,
            sex="female",
            birth_date=date(1990, 5, 1),
            general_education="12/12",
            professional_qualification="Kỹ sư cơ khí",
            occupation="Công nhân vận hành",
            political_theory_level="intermediate",
        )
        cls._official(
            "Trần Văn Bình",
            cls.cell_1,
            sex="male",
            birth_date=date(1950, 1, 1),
            general_education="7/10",
            professional_qualification="Thạc sĩ Kinh tế",
            occupation="Nghỉ hưu",
            political_theory_level="advanced",
        )
        cls._member(
            "Lê Văn Cường",
            cls.cell_2,
            date(2024, 3, 2),
            sex="male",
            birth_date=date(2000, 1, 1),
            general_education="12/12",
            professional_qualification="Cử nhân Luật",
            occupation="Sinh viên",
        )
        for name, event, day in (
            ("Phạm Văn Dũng", "removal", date(2024, 6, 1)),
            ("Hoàng Văn Em", "death", date(2024, 9, 1)),
            ("Vũ Thị Giang", "transfer_out", date(2024, 10, 1)),
        ):
            cls._official(name, cls.cell_2)._add_event(event, day)

    def _export(self):
        wizard = self.env["party.statistics.export"].create(
            {"statistics_date": DAY, "organization_id": self.committee.id}
        )
        wizard.action_export()
        return openpyxl.load_workbook(io.BytesIO(base64.b64decode(wizard.file)))

    def _table(self, sheet):
        """(headers, column numbers, rows by organisation, total row)."""
        rows = [
            [cell.value for cell in row] for row in sheet.iter_rows(min_row=HEADER_ROW)
        ]
        headers, numbers, *lines, total = rows
        return headers[2:], numbers, {line[1]: line[2:] for line in lines}, total

    def test_sheets_and_title_block(self):
        """One sheet per topic of the 11-HD/BTCTW forms, each with the
        committee, the party heading, the title and the date."""
        book = self._export()
        self.assertEqual(
            book.sheetnames,
            [
                "1. Quality",
                "2. Age",
                "3. General education",
                "4. Qualification",
                "5. Political theory",
                "6. Occupation",
                "7. Admissions and exits",
            ],
        )
        for sheet in book.worksheets:
            self.assertEqual(sheet["A1"].value, self.committee.name.upper())
            self.assertIn("ĐẢNG CỘNG SẢN VIỆT NAM", [c.value for c in sheet[1]])
            self.assertTrue(sheet["A4"].value.startswith("STATISTICS REPORT: "))
            self.assertIn("31/12/2024", sheet["A5"].value)
            _headers, numbers, _rows, total = self._table(sheet)
            self.assertEqual(numbers[:2], ["A", "B"])
            self.assertEqual(numbers[2:], list(range(1, len(numbers) - 1)))
            self.assertEqual(total[1], "Total")

    def test_quality_and_age(self):
        """Members, women, probationary and age bands as of 31 December, per
        organisation and in total; exited members are not counted."""
        book = self._export()
        headers, _numbers, rows, total = self._table(book["1. Quality"])
        self.assertEqual(headers[:2], ["Total members", "Women"])
        self.assertEqual(headers[-1], "Probationary")
        self.assertEqual(rows[self.cell_1.complete_name][0], 2)
        self.assertEqual(rows[self.cell_2.complete_name][0], 1)
        self.assertEqual(total[2:4], [3, 1])
        self.assertEqual(total[-1], 1)
        headers, _numbers, rows, total = self._table(book["2. Age"])
        self.assertEqual(
            headers,
            [
                "Total members",
                "30 and under",
                "31 to 40",
                "41 to 50",
                "51 to 60",
                "61 to 70",
                "Over 70",
                "Unknown",
            ],
        )
        self.assertEqual(total[2:], [3, 1, 1, 0, 0, 0, 1, 0])

    def test_education_qualification_theory_occupation(self):
        """Free-text education, qualification and occupation fall into the
        form's categories; theory levels use the member's level."""
        book = self._export()
        _headers, _numbers, _rows, total = self._table(book["3. General education"])
        self.assertEqual(total[2:], [3, 0, 1, 2, 0])
        headers, _numbers, _rows, total = self._table(book["4. Qualification"])
        self.assertEqual(headers[1:4], ["Doctorate", "Master", "University"])
        self.assertEqual(total[2:], [3, 0, 1, 2, 0, 0, 0])
        _headers, _numbers, _rows, total = self._table(book["5. Political theory"])
        self.assertEqual(total[2:], [3, 1, 0, 1, 1, 0])
        headers, _numbers, _rows, total = self._table(book["6. Occupation"])
        counts = dict(zip(headers, total[2:], strict=True))
        self.assertEqual(counts["Workers and employees"], 1)
        self.assertEqual(counts["Retired"], 1)
        self.assertEqual(counts["Students"], 1)
        self.assertEqual(counts["Other"], 0)

    def test_admissions_and_exits(self):
        """Admissions and exits of the year are counted by kind."""
        book = self._export()
        headers, _numbers, rows, total = self._table(book["7. Admissions and exits"])
        counts = dict(zip(headers, total[2:], strict=True))
        self.assertEqual(counts["Admitted"], 1)
        self.assertEqual(counts["Removed"], 1)
        self.assertEqual(counts["Deceased"], 1)
        self.assertEqual(counts["Transferred out"], 1)
        self.assertEqual(counts["Expelled"], 0)
        self.assertEqual(counts["Total exits"], 3)
        self.assertEqual(rows[self.cell_2.complete_name][-1], 3)

    def test_party_group_counted_in_its_cell(self):
        """A member registered in a party group (tổ đảng) counts in its cell's
        row, not in a row of its own; entries have their total (QA docs #26)."""
        self._official("Đặng Thị Hoa", self.group)
        book = self._export()
        _headers, _numbers, rows, total = self._table(book["1. Quality"])
        self.assertNotIn(self.group.complete_name, rows)
        self.assertEqual(rows[self.cell_2.complete_name][0], 2)
        headers, _numbers, _rows, total = self._table(book["7. Admissions and exits"])
        counts = dict(zip(headers, total[2:], strict=True))
        self.assertEqual(
            counts["Total entries"],
            counts["Admitted"] + counts["Readmitted"] + counts["Transferred in"],
        )
        self.assertEqual(counts["Total entries"], 1)
