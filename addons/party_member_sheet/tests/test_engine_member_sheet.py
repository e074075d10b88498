# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, datetime

from odoo.addons.party_org.tests.engine_case import EngineCase

from ..engine import member_sheet as sheet
from ..engine import member_sheet_xlsx as xlsx

TODAY = date(2026, 1, 15)


def _raw(**over):
    raw = {
        "name": "NGUYỄN VĂN AN",
        "birth_date": "12/05/1990",
        "sex": "Nam",
        "citizen_id": "001090012345",
        "file_number": "012345hn",
        "admission_decision_date": "20/02/2015",
        "admission_date": "02/03/2015",
        "official_date": "02/03/2016",
        "organization": "Chi bộ 1",
        "political_theory_level": "Trung cấp",
    }
    raw.update(over)
    return raw


def _keys(raw):
    return [error.key for error in sheet.parse_row(raw, TODAY)[1]]


class TestEngineMemberSheet(EngineCase):
    def test_valid_row_parsed(self):
        """A valid row gives typed values and no error."""
        values, errors = sheet.parse_row(_raw(), TODAY)
        self.assertEqual(errors, [])
        self.assertEqual(values["birth_date"], date(1990, 5, 12))
        self.assertEqual(values["sex"], "male")
        self.assertEqual(values["file_number"], "012345HN")
        self.assertEqual(values["political_theory_level"], "intermediate")

    def test_dates_accept_real_dates_serials_and_text(self):
        """Dates come as dates, datetimes, Excel serials or dd/mm/yyyy text."""
        self.assertEqual(
            sheet.parse_date(datetime(2015, 3, 2, 0, 0)), (date(2015, 3, 2), None)
        )
        self.assertEqual(sheet.parse_date(42065), (date(2015, 3, 2), None))
        self.assertEqual(sheet.parse_date("2/3/2015"), (date(2015, 3, 2), None))
        self.assertEqual(sheet.parse_date("31/02/2015")[1], sheet.ERROR_DATE)
        self.assertEqual(_keys(_raw(birth_date="hôm qua")), [sheet.ERROR_DATE])

    def test_citizen_id_number_gets_leading_zeros(self):
        """A citizen ID typed as a number keeps its 12 digits."""
        values, errors = sheet.parse_row(_raw(citizen_id=1090012345), TODAY)
        self.assertEqual(values["citizen_id"], "001090012345")
        self.assertEqual(errors, [])

    def test_identifier_formats(self):
        """Citizen ID, file number, sex and theory level are checked."""
        self.assertEqual(
            _keys(_raw(citizen_id="12345")), [sheet.ERROR_CITIZEN_ID_FORMAT]
        )
        self.assertEqual(
            _keys(_raw(citizen_id="001190012345")), [sheet.ERROR_CITIZEN_ID_BIRTH]
        )
        self.assertEqual(_keys(_raw(file_number="12345HN")), [sheet.ERROR_FILE_NUMBER])
        self.assertEqual(_keys(_raw(sex="X")), [sheet.ERROR_SEX])
        self.assertEqual(
            _keys(_raw(political_theory_level="Tiến sĩ")), [sheet.ERROR_THEORY]
        )

    def test_admission_before_18_counted_in_months(self):
        """Admission needs full 18 years, counted in months."""
        young = _raw(
            birth_date="12/05/2000",
            citizen_id="001200012345",
            admission_decision_date="11/04/2018",
            admission_date="11/05/2018",
            official_date="11/05/2019",
        )
        self.assertEqual(_keys(young), [sheet.ERROR_TOO_YOUNG])
        self.assertEqual(
            _keys(
                dict(
                    young,
                    admission_decision_date="12/05/2018",
                    admission_date="20/05/2018",
                    official_date="20/05/2019",
                )
            ),
            [],
        )

    def test_date_order(self):
        """Ceremony not before decision, official after admission, no future."""
        self.assertEqual(
            _keys(_raw(admission_date="01/02/2015")),
            [sheet.ERROR_CEREMONY_BEFORE_DECISION],
        )
        self.assertEqual(
            _keys(_raw(official_date="01/03/2015")),
            [sheet.ERROR_OFFICIAL_BEFORE_ADMISSION],
        )
        self.assertEqual(
            _keys(_raw(official_date="02/03/2027")), [sheet.ERROR_DATE_FUTURE]
        )
        self.assertEqual(
            _keys(
                _raw(
                    admission_date=None,
                    admission_decision_date=None,
                    official_date=None,
                )
            ),
            [sheet.ERROR_ADMISSION_MISSING],
        )

    def test_required_columns(self):
        """Name and party cell are required."""
        self.assertEqual(
            _keys(_raw(name=" ", organization=None)), ["required", "required"]
        )

    def test_header_found_under_title_rows_example_skipped(self):
        """The header is found below the title; example and empty rows skipped."""
        rows = [
            ("SỔ DANH SÁCH ĐẢNG VIÊN",),
            (),
            ("STT", "Họ và tên", "Full name (as on citizen ID)", "Số CCCD"),
            ("VD", "VÍ DỤ", None, None),
            (None, None, None, None),
            (1, "TRẦN THỊ BÌNH", None, "001190000001"),
        ]
        self.assertEqual(
            list(sheet.sheet_rows(rows)),
            [(6, {"seq": 1, "name": "TRẦN THỊ BÌNH", "citizen_id": "001190000001"})],
        )
        with self.assertRaises(sheet.SheetError):
            list(sheet.sheet_rows([("a", "b")]))

    def test_duplicates_name_first_row(self):
        """Later rows with the same value point to the first one."""
        rows = [(2, {"k": "a"}), (3, {"k": "b"}), (4, {"k": "a"}), (5, {"k": False})]
        self.assertEqual(sheet.duplicates(rows, "k"), {4: 2})

    def test_xlsx_round_trip_and_blank_columns(self):
        """What the writer writes the reader reads back; blank columns stay empty."""
        values = dict(sheet.EXAMPLE_VALUES, seq=None)
        data = xlsx.write_workbook(
            [sheet.format_row(values, 1, blank=sheet.RESTRICTED_KEYS)],
            lists={"ethnicity": ["Kinh"]},
        )
        ((number, raw),) = xlsx.read_workbook(data)
        self.assertEqual(number, xlsx.FIRST_DATA_ROW + 1)
        parsed, errors = sheet.parse_row(raw, TODAY)
        self.assertEqual(errors, [])
        self.assertFalse(
            parsed["citizen_id"] or parsed["ethnicity"] or parsed["religion"]
        )
        for key in (
            "name",
            "birth_date",
            "file_number",
            "official_date",
            "organization",
        ):
            self.assertEqual(parsed[key], values[key])

    def test_bad_file(self):
        """A file that is not an XLSX workbook is refused as such."""
        with self.assertRaises(sheet.SheetError) as catcher:
            xlsx.read_workbook(b"not a workbook")
        self.assertEqual(catcher.exception.key, xlsx.SHEET_BAD_FILE)
