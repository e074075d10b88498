# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, datetime

from odoo.tests import BaseCase, tagged

from ..tools import print_format
from ..tools.print_format import PrintFormat
from .common import PartyOrgCase


@tagged("post_install", "-at_install")
class TestPrintFormat(BaseCase):
    """Vietnamese dates, times and numbers on printouts (pure functions)."""

    def test_dates(self):
        """Dates print dd/mm/yyyy; the date line in words has two-digit day and month."""
        self.assertEqual(print_format.format_date(date(2026, 11, 5)), "05/11/2026")
        self.assertEqual(
            print_format.place_and_date("Hà Nội", date(2026, 11, 5)),
            "Hà Nội, ngày 05 tháng 11 năm 2026",
        )
        self.assertEqual(
            print_format.place_and_date("", None), "Ngày ... tháng ... năm ..."
        )

    def test_times_in_company_zone_without_seconds(self):
        """A UTC datetime prints in the company's zone, to the minute, and its
        local day (18:00 UTC is the next day in Hà Nội)."""
        fmt = PrintFormat("Asia/Ho_Chi_Minh")
        value = datetime(2026, 11, 29, 18, 3, 56)
        self.assertEqual(fmt.datetime(value), "01:03, 30/11/2026")
        self.assertEqual(fmt.date(value), "30/11/2026")
        self.assertEqual(fmt.date_in_words(value), "ngày 30 tháng 11 năm 2026")
        self.assertEqual(fmt.datetime(False), "")

    def test_numbers(self):
        """Thousands with dots, decimals with a comma, no trailing zeros."""
        fmt = PrintFormat()
        self.assertEqual(fmt.number(1234567), "1.234.567")
        self.assertEqual(fmt.number(87.5, 2), "87,5")
        self.assertEqual(fmt.number(88.0, 2), "88")
        self.assertEqual(fmt.percent(14.2857), "14,29%")
        self.assertEqual(fmt.cell(2026), "2026", "years and numbers keep no separator")
        self.assertEqual(fmt.cell(date(2025, 3, 1)), "01/03/2025")


@tagged("post_install", "-at_install")
class TestCompanyPrintZone(PartyOrgCase):
    def test_company_zone(self):
        """Printouts use the company's zone; UTC or nothing means Vietnam's."""
        self.company.partner_id.tz = "UTC"
        self.company.resource_calendar_id.tz = "UTC"
        self.assertEqual(self.company._party_tz(), "Asia/Ho_Chi_Minh")
        self.company.partner_id.tz = "Asia/Bangkok"
        self.assertEqual(self.company._party_tz(), "Asia/Bangkok")
