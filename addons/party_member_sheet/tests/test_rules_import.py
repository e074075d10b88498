# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Rules of the member list import (7-HSĐV), issue #10 and the QA report
(qa-members.md, defects 20 and 21)."""

import unicodedata
from datetime import date

from odoo.tests import BaseCase, tagged

from ..engine import member_sheet as sheet
from .test_member_import import MemberImportCase, member_row

TODAY = date(2026, 1, 15)
NAME = "TRẦN THỊ NGỌC ÁNH"
NAME_NFD = unicodedata.normalize("NFD", NAME)


def _raw(**over):
    raw = {
        "name": "NGUYỄN VĂN AN",
        "birth_date": "12/05/1990",
        "sex": "Nam",
        "citizen_id": "001090012345",
        "admission_decision_date": "20/02/2015",
        "admission_date": "02/03/2015",
        "official_date": "02/03/2016",
        "organization": "Chi bộ 1",
    }
    raw.update(over)
    return raw


def _errors(raw):
    return sheet.parse_row(raw, TODAY)[1]


@tagged("post_install", "-at_install")
class TestEngineImportRules(BaseCase):
    def test_text_normalised_to_nfc(self):
        """Text cells are stored in Unicode NFC (QA 21: NFD names not found)."""
        self.assertNotEqual(NAME, NAME_NFD)
        values, errors = sheet.parse_row(_raw(name=NAME_NFD, hometown=NAME_NFD), TODAY)
        self.assertEqual(errors, [])
        self.assertEqual(values["name"], NAME)
        self.assertEqual(values["hometown"], NAME)

    def test_full_width_citizen_id_refused(self):
        """A citizen ID is 12 digits 0-9: full-width or other script digits
        are refused (Thông tư 59/2021/TT-BCA; QA 20)."""
        for number in ("０３４０９００９９９９９", "٠٠١٠٩٠٠١٢٣٤٥", "00109001234５"):
            errors = _errors(_raw(citizen_id=number))
            self.assertEqual(
                [e.key for e in errors], [sheet.ERROR_CITIZEN_ID_DIGITS], number
            )
        self.assertEqual(
            [e.key for e in _errors(_raw(file_number="０１２３４５HN"))],
            [sheet.ERROR_FILE_NUMBER],
        )

    def test_official_date_is_end_of_probation(self):
        """Official on the day the 12 months from the ceremony end (Điều lệ
        Đảng, Điều 5; Quy định 294-QĐ/TW, 4.2): 01/01/2015 → 01/02/2015 refused."""
        early = _errors(
            _raw(
                admission_decision_date="20/12/2014",
                admission_date="01/01/2015",
                official_date="01/02/2015",
            )
        )
        self.assertEqual(
            [e.key for e in early], [sheet.ERROR_OFFICIAL_NOT_AFTER_PROBATION]
        )
        self.assertEqual(early[0].expected, date(2016, 1, 1))
        late = _errors(_raw(official_date="02/04/2016"))
        self.assertEqual(
            [e.key for e in late], [sheet.ERROR_OFFICIAL_NOT_AFTER_PROBATION]
        )
        self.assertEqual(_errors(_raw(official_date="02/03/2016")), [])
        # Only the decision known: the ceremony follows it, so no earlier
        # than 12 months after the decision.
        decision_only = _raw(admission_date=None)
        self.assertEqual(_errors(dict(decision_only, official_date="02/03/2016")), [])
        self.assertEqual(
            [e.key for e in _errors(dict(decision_only, official_date="19/02/2016"))],
            [sheet.ERROR_OFFICIAL_NOT_AFTER_PROBATION],
        )

    def test_same_person_rows(self):
        """Same name and birth date with no citizen ID on one side is the
        same person; two different citizen IDs are two people."""
        born = date(1988, 3, 8)
        rows = [
            (4, {"name": "Hoàng Trùng Người", "birth_date": born, "citizen_id": False}),
            (5, {"name": "HOÀNG TRÙNG NGƯỜI", "birth_date": born, "citizen_id": False}),
            (6, {"name": "Lê Hai", "birth_date": born, "citizen_id": "001088000001"}),
            (7, {"name": "Lê Hai", "birth_date": born, "citizen_id": "001088000002"}),
            (8, {"name": "Lê Ba", "birth_date": False, "citizen_id": False}),
            (9, {"name": "Lê Ba", "birth_date": False, "citizen_id": False}),
        ]
        self.assertEqual(sheet.same_person_rows(rows), {5: 4})


def _without_id(i, **over):
    return member_row(i, citizen_id=None, file_number=None, **over)


@tagged("post_install", "-at_install")
class TestImportRules(MemberImportCase):
    def test_nfd_name_found_by_search(self):
        """A name imported in decomposed Unicode is stored in NFC and found
        by search (QA 21)."""
        wizard = self._import([member_row(1, name=NAME_NFD, hometown=NAME_NFD)])
        self.assertEqual(wizard.state, "done", wizard.report)
        member = wizard.member_ids
        self.assertEqual(member.name, NAME)
        self.assertEqual(member.hometown, NAME)
        self.assertEqual(self.Member.search([("name", "ilike", "NGỌC ÁNH")]), member)
        self.assertEqual(
            [row[0] for row in self.Member.name_search("NGỌC ÁNH")], member.ids
        )

    def test_full_width_citizen_id_refused(self):
        """A citizen ID in full-width digits is refused row by row (QA 20)."""
        wizard = self._import(
            [member_row(1, citizen_id="０３４０９００９９９９９")], only_valid_rows=True
        )
        self.assertEqual(wizard.imported_count, 0)
        self.assertIn("full-width", wizard.report)

    def test_same_person_twice_in_file_refused(self):
        """The same person twice in one file (no citizen ID: same name and
        birth date) is refused on the second row (QA 20, rows 27-28)."""
        wizard = self._import(
            [
                _without_id(1),
                _without_id(2, name="Nguyễn Văn Số 1", birth_date=date(1985, 1, 2)),
            ],
            only_valid_rows=True,
        )
        self.assertEqual((wizard.imported_count, wizard.refused_count), (1, 1))
        self.assertIn("already appears on row 4", wizard.report)
        self.assertTrue(wizard.report.startswith("Row 5:"))

    def test_official_one_month_after_ceremony_refused(self):
        """An official date one month after the ceremony is refused (Điều lệ
        Đảng, Điều 5; Quy định 294-QĐ/TW, 4.2; QA 20)."""
        wizard = self._import([member_row(1, official_date="15/04/2010")])
        self.assertEqual(wizard.state, "refused")
        self.assertIn("not 12 months after the admission ceremony", wizard.report)
        self.assertIn("15/03/2011", wizard.report)

    def test_reimport_without_citizen_id_creates_nothing(self):
        """Importing the same file twice does not duplicate the members
        without a citizen ID or file number (QA 20)."""
        rows = [_without_id(1), _without_id(2, birth_date=None)]
        first = self._import(rows)
        self.assertEqual(first.imported_count, 2, first.report)
        again = self._import(rows, only_valid_rows=True)
        self.assertEqual((again.imported_count, again.refused_count), (0, 2))
        self.assertIn("already a member of this party cell", again.report)
        self.assertEqual(len(self._imported()), 2)

    def test_member_without_citizen_id_in_database(self):
        """A member already recorded without a citizen ID is matched by name,
        birth date and cell, even when the row has one (QA 20: NGUYỄN THỊ LAN)."""
        self._member("Nguyễn Văn Số 3", birth_date=date(1985, 1, 4))
        wizard = self._import(
            [member_row(3), member_row(4, organization="Chi bộ 2")],
            only_valid_rows=True,
        )
        self.assertEqual((wizard.imported_count, wizard.refused_count), (1, 1))
        self.assertIn("NGUYỄN VĂN SỐ 3 (04/01/1985)", wizard.report)
