# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.tests import tagged

from .lifecycle_common import PartyLifecycleCase


@tagged("post_install", "-at_install")
class TestRulesHosting(PartyLifecycleCase):
    """A member of a committee outside the company, temporarily transferred
    in: registered here, counted at the host for activity and fees and at
    home for statistics (issue 10, Transfers; Quy định 294-QĐ/TW)."""

    def _arrive(self, **vals):
        transfer = self.env["party.transfer"].create(
            {
                "company_id": self.company.id,
                "kind": "temporary",
                "direction": "in",
                "member_name": "Khách Tạm Thời",
                "member_birth_date": date(1988, 4, 2),
                "member_admission_decision_date": date(2012, 3, 1),
                "member_admission_date": date(2012, 3, 1),
                "member_official_date": date(2013, 3, 1),
                "from_external": "Đảng bộ Công ty X",
                "to_organization_id": self.cell_2.id,
                "transfer_date": date(2026, 2, 2),
                **vals,
            }
        )
        transfer.action_done()
        return transfer

    def _periods(self, member):
        return [
            (p.organization_id, p.date_start, p.date_end, p.grade, p.kind)
            for p in member.membership_period_ids
        ]

    def test_member_from_outside_is_hosted(self):
        """The temporary transfer in of an outside member registers them as
        hosted in the cell, official from their official date."""
        member = self._arrive().member_id
        self.assertEqual(member.state, "hosted")
        self.assertEqual(
            self._periods(member),
            [(self.cell_2, date(2026, 2, 2), False, "official", "hosted")],
        )
        self.assertEqual(
            member.with_context(party_age_date=date(2026, 3, 1)).party_age_years, 14
        )

    def test_hosted_member_not_in_home_counts_or_vote_base(self):
        """Hosted members are in activity at the host but not registered
        there: not in its vote base."""
        base_before = self.env["party.membership.period"]._vote_base_parts(
            self.cell_2, date(2026, 3, 1)
        )
        member = self._arrive().member_id
        Period = self.env["party.membership.period"]
        day = date(2026, 3, 1)
        self.assertNotIn(member, Period._members_on(self.cell_2, day))
        self.assertIn(member, Period._members_on(self.cell_2, day, kinds=["hosted"]))
        self.assertEqual(
            self.env["party.membership.period"]._vote_base_parts(self.cell_2, day),
            base_before,
        )

    def test_end_of_stay(self):
        """A temporary transfer out of a hosted member ends the stay, with no
        return date and no destination to give."""
        member = self._arrive().member_id
        leaving = self.env["party.transfer"].create(
            {
                "company_id": self.company.id,
                "kind": "temporary",
                "direction": "out",
                "member_id": member.id,
                "transfer_date": date(2026, 8, 3),
            }
        )
        leaving.action_done()
        self.assertEqual(member.state, "hosting_ended")
        self.assertEqual(
            self._periods(member),
            [(self.cell_2, date(2026, 2, 2), date(2026, 8, 3), "official", "hosted")],
        )
        self.assertEqual(
            member.event_ids.sorted("date").mapped("event_type"),
            ["temporary_arrival", "temporary_departure"],
        )

    def test_own_member_returning_is_not_hosted(self):
        """A temporary transfer in of our own member, away on a temporary
        transfer, is their return (not a hosted arrival)."""
        member = self.officials[0]
        member._add_event("temporary_transfer_out", date(2026, 1, 5))
        self._arrive(member_id=member.id, member_name=False)
        self.assertEqual(member.state, "official")
        self.assertEqual(
            member.event_ids.sorted("date")[-1].event_type, "temporary_return"
        )
