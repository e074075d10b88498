# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, datetime

from odoo.exceptions import ValidationError
from odoo.tests import tagged

from ..engine import lifecycle
from .lifecycle_common import PartyLifecycleCase


@tagged("post_install", "-at_install")
class TestTransfer(PartyLifecycleCase):
    def _transfer(self, **vals):
        return self.env["party.transfer"].create(
            {"company_id": self.company.id, **vals}
        )

    def test_deadlines(self):
        """60 working days to transfer after a job change, 30 working days for
        the referral (Quy định 294-QĐ/TW)."""
        transfer = self._transfer(
            member_id=self.officials[0].id,
            job_change_date=date(2026, 1, 2),
            referral_date=date(2026, 3, 10),
        )
        self.assertEqual(transfer.transfer_deadline, date(2026, 3, 27))
        self.assertEqual(transfer.referral_deadline, date(2026, 4, 21))

    def test_deadline_skips_public_holidays(self):
        """Public holidays of the company calendar are not working days."""
        calendar = self.company.resource_calendar_id
        self.env["resource.calendar.leaves"].create(
            {
                "name": "Tết Nguyên đán",
                "calendar_id": calendar.id,
                "date_from": datetime(2026, 2, 16, 0, 0),
                "date_to": datetime(2026, 2, 20, 23, 0),
            }
        )
        transfer = self._transfer(
            member_id=self.officials[0].id, job_change_date=date(2026, 1, 2)
        )
        holidays = tuple(date(2026, 2, day) for day in range(16, 21))
        self.assertEqual(
            transfer.transfer_deadline,
            lifecycle.transfer_deadline(date(2026, 1, 2), holidays=holidays),
        )
        self.assertEqual(transfer.transfer_deadline, date(2026, 4, 3))

    def test_overdue_flag_and_search(self):
        """A draft transfer past a deadline is overdue and found by the filter."""
        late = self._transfer(
            member_id=self.officials[0].id,
            job_change_date=date(2026, 1, 2),
            to_external="Đảng ủy Tập đoàn X",
        )
        late_referral = self._transfer(
            member_id=self.officials[1].id, referral_date=date(2026, 2, 1)
        )
        on_time = self._transfer(
            member_id=self.officials[2].id, job_change_date=date(2026, 3, 20)
        )
        Transfer = self.env["party.transfer"].with_context(date="2026-04-01")
        self.assertTrue(late.with_context(date="2026-04-01").is_overdue)
        self.assertFalse(late.with_context(date="2026-03-27").is_overdue)
        found = Transfer.search([("is_overdue", "=", True)])
        self.assertIn(late, found)
        self.assertIn(late_referral, found)
        self.assertNotIn(on_time, found)
        self.assertIn(on_time, Transfer.search([("is_overdue", "=", False)]))
        late.write({"transfer_date": date(2026, 3, 30)})
        late.action_done()
        self.assertNotIn(late, Transfer.search([("is_overdue", "=", True)]))

    def test_transfer_out(self):
        """An official transfer out leaves the member transferred out."""
        member = self.officials[0]
        transfer = self._transfer(
            member_id=member.id,
            to_external="Đảng ủy Tập đoàn X",
            transfer_date=date(2026, 2, 2),
            referral_number="45-GGT/ĐU",
        )
        transfer.action_done()
        self.assertEqual(transfer.state, "done")
        self.assertEqual(member.state, "transferred_out")
        event = self._events(member, "transfer_out")
        self.assertEqual(event.to_external, "Đảng ủy Tập đoàn X")

    def test_transfer_between_cells(self):
        """An official transfer to another cell of the enterprise moves the member."""
        member = self.officials[0]
        self._transfer(
            member_id=member.id,
            from_organization_id=self.cell_2.id,
            to_organization_id=self.cell_1.id,
            transfer_date=date(2026, 2, 2),
        ).action_done()
        self.assertEqual(member.state, "official")
        self.assertEqual(member.organization_id, self.cell_1)

    def test_transfer_in_creates_member(self):
        """Receiving a member from outside creates them in the receiving cell."""
        transfer = self._transfer(
            direction="in",
            member_name="Đỗ Văn Chuyển Đến",
            member_birth_date=date(1990, 7, 1),
            member_admission_decision_date=date(2015, 2, 3),
            member_admission_date=date(2015, 2, 3),
            member_official_date=date(2016, 2, 3),
            from_external="Đảng bộ Công ty Y",
            to_organization_id=self.cell_1.id,
            transfer_date=date(2026, 2, 2),
        )
        transfer.action_done()
        member = transfer.member_id
        self.assertEqual(member.name, "Đỗ Văn Chuyển Đến")
        self.assertEqual(member.state, "official")
        self.assertEqual(member.organization_id, self.cell_1)
        self.assertEqual(len(self._events(member, "transfer_in")), 1)

    def test_transfer_in_reactivates_member(self):
        """Receiving back a member who transferred out reactivates the same record."""
        member = self.officials[0]
        member._add_event("transfer_out", date(2024, 1, 10))
        self._transfer(
            direction="in",
            member_id=member.id,
            to_organization_id=self.cell_1.id,
            transfer_date=date(2026, 2, 2),
        ).action_done()
        self.assertEqual(member.state, "official")
        self.assertEqual(member.organization_id, self.cell_1)

    def test_temporary_transfer_and_return(self):
        """A temporary transfer keeps the member at home, the return restores them."""
        member = self.officials[0]
        self._transfer(
            member_id=member.id,
            kind="temporary",
            to_external="Đảng bộ phường Y",
            transfer_date=date(2026, 2, 2),
            return_date=date(2026, 8, 2),
        ).action_done()
        self.assertEqual(member.state, "temporarily_transferred")
        self.assertEqual(member.organization_id, self.cell_2)
        self._transfer(
            member_id=member.id,
            kind="temporary",
            direction="in",
            to_organization_id=self.cell_2.id,
            transfer_date=date(2026, 8, 2),
        ).action_done()
        self.assertEqual(member.state, "official")

    def test_temporary_duration(self):
        """Temporary: 3 months to under a year, or up to 2 years for study."""
        values = {
            "member_id": self.officials[0].id,
            "kind": "temporary",
            "transfer_date": date(2026, 2, 2),
        }
        with self.assertRaises(ValidationError):
            self._transfer(**values, return_date=date(2026, 5, 1))
        with self.assertRaises(ValidationError):
            self._transfer(**values, return_date=date(2027, 2, 2))
        self._transfer(**values, return_date=date(2027, 2, 1))
        self._transfer(**values, return_date=date(2028, 2, 2), for_study=True)
