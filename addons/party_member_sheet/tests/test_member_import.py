# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
import io
from datetime import date

import openpyxl

from odoo.exceptions import UserError
from odoo.tests import new_test_user, tagged

from odoo.addons.party_member.tests.common import PartyMemberCase

from ..engine import member_sheet as sheet
from ..engine import member_sheet_xlsx as xlsx


def build_sheet(rows, title=True):
    """An XLSX file in memory: a title, the headers, then ``rows`` (dicts
    keyed by column key), the way a user fills the template."""
    book = openpyxl.Workbook()
    ws = book.active
    if title:
        ws.append([sheet.TITLE])
        ws.append([])
    ws.append(sheet.headers())
    for row in rows:
        ws.append([row.get(column.key) for column in sheet.COLUMNS])
    output = io.BytesIO()
    book.save(output)
    return output.getvalue()


def member_row(i, **over):
    """A valid row number ``i`` of a man born in 1985, official since 2011."""
    row = {
        "seq": i,
        "name": f"NGUYỄN VĂN SỐ {i}",
        "birth_date": date(1985, 1, 1 + i % 28),
        "sex": "Nam",
        "ethnicity": "Kinh",
        "religion": "Không",
        "hometown": "Đan Phượng, Hà Nội",
        "citizen_id": f"001085{i:06d}",
        "file_number": f"{i:06d}HN",
        "admission_decision_date": "01/03/2010",
        "admission_date": date(2010, 3, 15),
        "official_date": "15/03/2011",
        "organization": "Chi bộ 1",
        "professional_qualification": "Kỹ sư",
        "political_theory_level": "Trung cấp",
        "occupation": "Kỹ sư",
        "note": f"Ghi chú {i}",
    }
    row.update(over)
    return row


class MemberImportCase(PartyMemberCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.cell_1.code = "CB1"
        cls.user_office_hr = new_test_user(
            cls.env,
            login="party_office_hr",
            groups="party_org.group_party_office,hr.group_hr_user",
            company_id=cls.company.id,
            company_ids=[(6, 0, cls.company.ids)],
        )

    def _import(self, rows, user=None, **options):
        data = build_sheet(rows) if isinstance(rows, list) else rows
        wizard = (
            self.env["party.member.import"]
            .with_user(user or self.user_office)
            .with_context(lang="en_US")
            .create({"file": base64.b64encode(data), "file_name": "ds.xlsx", **options})
        )
        wizard.action_import()
        return wizard

    def _imported(self):
        return self.Member.search([("name", "like", "NGUYỄN VĂN SỐ")])


@tagged("post_install", "-at_install")
class TestMemberImport(MemberImportCase):
    def test_import_creates_members_with_history(self):
        """Valid rows become members with their admission and recognition events."""
        wizard = self._import([member_row(1), member_row(2, official_date=None)])
        self.assertEqual(wizard.state, "done")
        self.assertEqual(wizard.imported_count, 2)
        first, second = wizard.member_ids.sorted("name")
        self.assertEqual(first.state, "official")
        self.assertEqual(second.state, "probationary")
        self.assertEqual(first.organization_id, self.cell_1)
        self.assertEqual(first.citizen_id, "001085000001")
        self.assertEqual(first.ethnicity_id.name, "Kinh")
        self.assertEqual(first.admission_decision_date, date(2010, 3, 1))
        self.assertEqual(first.note, "Ghi chú 1")
        self.assertEqual(
            sorted(first.event_ids.mapped("event_type")),
            ["admission", "official_recognition"],
        )
        self.assertEqual(
            first.event_ids.filtered(lambda e: e.event_type == "admission").date,
            date(2010, 3, 1),
        )
        self.assertEqual(second.event_ids.event_type, "admission")

    def test_each_refusal_reason_reported_with_row_number(self):
        """Every refused row is reported with its row number and reason."""
        self._member("Đã có", file_number="999999HN")
        cases = [
            (member_row(1, citizen_id="12345"), "must be 12 digits"),
            (
                member_row(2, birth_date=date(2000, 1, 1), citizen_id="001200000002"),
                "before the age of 18",
            ),
            (member_row(3, official_date="01/01/2010"), "is not after the admission"),
            (member_row(4, organization="Chi bộ không có"), "No party cell"),
            (member_row(5, organization="Đảng bộ A"), "is not a party cell"),
            (member_row(6, ethnicity="Không rõ"), "Unknown ethnic group"),
            (member_row(7, religion="Không rõ"), "Unknown religion"),
            (member_row(8, citizen_id="001085000001"), "already appears on row 4"),
            (member_row(9, file_number="999999HN"), "already used by a member"),
            (member_row(10, birth_date="31/02/1985"), "is not a date"),
            (
                member_row(11, admission_date="01/02/2010"),
                "before the admission decision",
            ),
            (member_row(12, file_number="12AB"), "6 digits followed by"),
            (member_row(13, name=None), "is required"),
        ]
        wizard = self._import([member_row(1)] + [row for row, _reason in cases])
        self.assertEqual(wizard.state, "refused")
        self.assertEqual(wizard.refused_count, len(cases))
        self.assertFalse(self._imported())
        lines = wizard.report.splitlines()
        self.assertEqual(len(lines), len(cases))
        # row 4 holds the valid first row (title, blank, header above)
        for line, (number, (_row, reason)) in zip(
            lines, enumerate(cases, start=5), strict=True
        ):
            self.assertTrue(line.startswith(f"Row {number}:"), line)
            self.assertIn(reason, line)
            self.assertNotIn(" / ", line)  # the user's language only

    def test_all_or_nothing_by_default(self):
        """Nothing is written while any row is refused."""
        wizard = self._import(
            [member_row(1), member_row(2), member_row(3, citizen_id="1")]
        )
        self.assertEqual(wizard.state, "refused")
        self.assertEqual(wizard.imported_count, 0)
        self.assertFalse(self._imported())
        self.assertFalse(
            self.env["party.member.event"].search([("member_id.name", "like", "SỐ")])
        )

    def test_only_valid_rows(self):
        """With "only the valid rows", valid rows are imported, refused ones reported."""
        wizard = self._import(
            [member_row(1), member_row(2, citizen_id="1"), member_row(3)],
            only_valid_rows=True,
        )
        self.assertEqual(wizard.state, "done")
        self.assertEqual((wizard.imported_count, wizard.refused_count), (2, 1))
        self.assertEqual(len(self._imported()), 2)
        self.assertTrue(wizard.report.startswith("Row 5:"))

    def test_duplicates_in_file_and_against_database(self):
        """A citizen ID or file number used twice, or already in the DB, is refused."""
        self._member("Đã có", citizen_id="001085000009")
        wizard = self._import(
            [
                member_row(1),
                member_row(2, file_number="000001HN"),
                member_row(9),
            ]
        )
        lines = wizard.report.splitlines()
        self.assertIn("File number 000001HN already appears on row 4", lines[0])
        self.assertIn("001085000009 is already used by a member", lines[1])

    def test_citizen_id_of_another_company_refused_by_row(self):
        """A citizen ID held by a member of another company (unique in the
        whole database) refuses its row in the report; the file is not
        stopped by the unique constraint."""
        other = self.env["res.company"].create({"name": "Công ty khác"})
        self.env["party.member"].create(
            {
                "name": "Ở công ty khác",
                "company_id": other.id,
                "citizen_id": "001085000009",
            }
        )
        wizard = self._import([member_row(1), member_row(9)], only_valid_rows=True)
        self.assertEqual((wizard.imported_count, wizard.refused_count), (1, 1))
        self.assertIn("001085000009 is already used by a member", wizard.report)

    def test_bad_file_refused(self):
        """A file that is not a member list is refused with a message."""
        with self.assertRaises(UserError):
            self._import(b"garbage")
        with self.assertRaises(UserError):
            self._import(build_sheet([], title=True))

    def test_template_download(self):
        """The template has the headers, an example row that is not imported, lists."""
        wizard = self.env["party.member.import"].with_user(self.user_office).create({})
        action = wizard.action_download_template()
        export = self.env["party.download"].browse(int(action["url"].split("/")[4]))
        data = base64.b64decode(export.with_user(self.user_office).file)
        self.assertEqual(xlsx.read_workbook(data), [])
        book = openpyxl.load_workbook(io.BytesIO(data))
        self.assertIn("CB1", [c.value for c in book[xlsx.LISTS_SHEET_NAME]["B"]])
        self.assertEqual(
            [c.value for c in book[xlsx.SHEET_NAME][xlsx.HEADER_ROW + 1]],
            sheet.headers(),
        )


@tagged("post_install", "-at_install")
class TestMemberImportEmployees(MemberImportCase):
    def test_create_and_link_employees(self):
        """Employees are matched by code, citizen ID or name and birth date, else created."""
        Employee = self.env["hr.employee"]
        by_code = Employee.create(
            {"name": "Khác tên", "barcode": "NV01", "company_id": self.company.id}
        )
        by_cid = Employee.create(
            {
                "name": "Khác",
                "identification_id": "001085000002",
                "company_id": self.company.id,
            }
        )
        by_name = Employee.create(
            {
                "name": "NGUYỄN VĂN SỐ 3",
                "birthday": date(1985, 1, 4),
                "company_id": self.company.id,
            }
        )
        wizard = self._import(
            [
                member_row(1, employee_code="NV01"),
                member_row(2),
                member_row(3),
                member_row(4),
            ],
            user=self.user_office_hr,
            create_employees=True,
        )
        self.assertEqual(wizard.state, "done", wizard.report)
        members = wizard.member_ids.sorted("name")
        self.assertEqual(members[:3].employee_id, by_code | by_cid | by_name)
        self.assertEqual(members[0].employee_id, by_code)
        created = members[3].employee_id
        self.assertEqual(created.identification_id, "001085000004")
        self.assertEqual(created.birthday, date(1985, 1, 5))

    def test_employee_refusals(self):
        """An unknown employee code, or an employee already a member, is refused."""
        employee = self._employee("Đã là đảng viên")
        employee.barcode = "NV02"
        self._member("Đã là đảng viên", employee_id=employee.id)
        wizard = self._import(
            [member_row(1, employee_code="NV99"), member_row(2, employee_code="NV02")]
        )
        lines = wizard.report.splitlines()
        self.assertIn("No employee with the code NV99", lines[0])
        self.assertIn("already has a party member record", lines[1])

    def _queries(self, func, *args, **kwargs):
        self.env.flush_all()
        before = self.env.cr.sql_log_count
        result = func(*args, **kwargs)
        self.env.flush_all()
        return self.env.cr.sql_log_count - before, result

    def test_query_count_does_not_grow_per_row(self):
        """Importing 50 rows takes no more queries than 10 rows."""
        self._import([member_row(1)], user=self.user_office_hr)  # warm the caches
        counts = []
        for start, size in ((100, 10), (200, 50)):
            rows = [member_row(i) for i in range(start, start + size)]
            count, wizard = self._queries(self._import, rows, user=self.user_office_hr)
            self.assertEqual(wizard.imported_count, size, wizard.report)
            counts.append(count)
        self.assertLessEqual(counts[1], counts[0], counts)

    def test_query_count_with_employees_grows_like_bare_employees(self):
        """With new employees, the import adds less than one query per row to
        creating as many bare hr.employee records (hr.employee.create()
        itself writes the avatar attachments record by record)."""
        Employee = self.env["hr.employee"].with_user(self.user_office_hr)
        self._import([member_row(1)], user=self.user_office_hr, create_employees=True)
        extra = []
        for start, size in ((100, 10), (200, 50)):
            bare, _employees = self._queries(
                Employee.create,
                [
                    {"name": f"Bare {i}", "company_id": self.company.id}
                    for i in range(size)
                ],
            )
            rows = [member_row(i) for i in range(start, start + size)]
            count, wizard = self._queries(
                self._import, rows, user=self.user_office_hr, create_employees=True
            )
            self.assertEqual(wizard.imported_count, size, wizard.report)
            extra.append(count - bare)
        self.assertLess(extra[1] - extra[0], 50 - 10, extra)
