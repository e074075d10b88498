# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from dateutil.relativedelta import relativedelta
from freezegun import freeze_time
from lxml import etree
from psycopg2 import IntegrityError

from odoo.exceptions import ValidationError
from odoo.tests import tagged
from odoo.tools import mute_logger
from odoo.tools.safe_eval import safe_eval

from .common import PartyMemberCase


@tagged("post_install", "-at_install")
class TestMemberFields(PartyMemberCase):
    def test_citizen_id_format(self):
        """A citizen ID must be 12 digits with a valid province code."""
        for bad in ("12345", "00109012345X", "099090123456"):
            with self.assertRaises(ValidationError):
                self._member("Sai CCCD", citizen_id=bad)
        member = self._member("Đúng CCCD", citizen_id="001 090 123456")
        self.assertEqual(member.citizen_id, "001090123456")

    def test_citizen_id_matches_birth(self):
        """The citizen ID's sex and birth-year digits must match the record."""
        with self.assertRaisesText(ValidationError, "sex and year of birth"):
            self._member(
                "Nữ",
                citizen_id="001090123456",
                sex="female",
                birth_date=date(1990, 1, 1),
            )
        member = self._member(
            "Nam", citizen_id="001090123456", sex="male", birth_date=date(1990, 1, 1)
        )
        with self.assertRaises(ValidationError):
            member.birth_date = date(1991, 1, 1)

    @mute_logger("odoo.sql_db")
    def test_citizen_id_unique(self):
        """Two members cannot share a citizen ID."""
        self._member("Một", citizen_id="001090123456")
        with self.assertRaises(IntegrityError):
            self._member("Hai", citizen_id="001090123456")

    def test_file_number_format(self):
        """A file number is 6 digits and 1-3 letters, normalised to capitals."""
        for bad in ("12345HN", "012345", "012345ABCD"):
            with self.assertRaises(ValidationError):
                self._member("Sai số", file_number=bad)
        self.assertEqual(
            self._member("Đúng", file_number="012345hn").file_number, "012345HN"
        )

    @mute_logger("odoo.sql_db")
    def test_file_number_unique(self):
        """Two members cannot share a file number."""
        self._member("Một", file_number="012345HN")
        with self.assertRaises(IntegrityError):
            self._member("Hai", file_number="012345hn")

    @mute_logger("odoo.sql_db")
    def test_employee_unique(self):
        """An employee has at most one member record."""
        employee = self._employee("Nhân viên")
        self._member("Một", employee_id=employee.id)
        with self.assertRaises(IntegrityError):
            self._member("Hai", employee_id=employee.id)

    def test_employee_link(self):
        """A linked employee gives the member their user, contact, job and photo."""
        employee = self._employee("Nhân viên ảnh")
        employee.write({"user_id": self.user_member.id, "job_title": "Kỹ sư"})
        member = self._member("Nhân viên ảnh", employee_id=employee.id)
        self.assertEqual(member.user_id, self.user_member)
        self.assertEqual(member.partner_id, employee.work_contact_id)
        self.assertEqual(member.job, "Kỹ sư")
        self.assertEqual(member.image_1920, employee.image_1920)
        self.assertTrue(member.image_128)

    def test_dates_in_order(self):
        """Admission cannot precede birth, nor the ceremony the decision."""
        with self.assertRaises(ValidationError):
            self._member(
                "Ngày sai",
                birth_date=date(1990, 1, 1),
                admission_decision_date=date(1985, 1, 1),
            )
        with self.assertRaises(ValidationError):
            self._member(
                "Ngày sai",
                admission_decision_date=date(2020, 1, 10),
                admission_date=date(2020, 1, 1),
            )

    def test_probation_end_and_filter(self):
        """Probation ends 12 months after the ceremony; the search filter
        finds probationary members ending within 30 days."""
        member = self._member(
            "Dự bị", admitted=date(2025, 1, 10), admission_date=date(2025, 1, 15)
        )
        self.assertEqual(member.probation_end_date, date(2026, 1, 15))
        official = self._official("Chính thức", admitted=date(2025, 1, 10))
        official.admission_date = date(2025, 1, 15)
        far = self._member(
            "Dự bị 2", admitted=date(2025, 6, 1), admission_date=date(2025, 6, 1)
        )
        arch = etree.fromstring(
            self.env.ref("party_member.party_member_view_search").arch
        )
        domain = arch.xpath("//filter[@name='probation_ending_soon']")[0].get("domain")
        with freeze_time("2025-12-20"):
            found = self.Member.search(
                safe_eval(
                    domain,
                    {"context_today": date.today, "relativedelta": relativedelta},
                )
            )
        self.assertIn(member, found)
        self.assertNotIn(official, found)
        self.assertNotIn(far, found)
