# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import timedelta

from odoo.tests import tagged

from odoo.addons.party_kpi.tests import test_membership_timeline
from odoo.addons.party_member.tests.timeline_histories import IN_ACTIVITY


@tagged("post_install", "-at_install")
class TestFeesBilledOnTheTimeline(test_membership_timeline.MembershipTimelineCase):
    def test_fees_billed_where_in_activity(self):
        """Fee lines of a month: one per member in activity during the month
        (exempt and hosted included, away excluded), in the cell of their
        last period of the month."""
        Line = self.env["party.fee.line"].sudo()
        for day in self.days[:4]:
            month = day.replace(day=1)
            next_month = (month + timedelta(days=32)).replace(day=1)
            Line._generate(month, self.cells)
            lines = Line.search(
                [("member_id", "in", self.members.ids), ("month", "=", month)]
            )
            got = {(line.member_id.id, line.organization_id.id) for line in lines}
            want = set()
            for member, history in zip(self.members, self.histories, strict=True):
                days = [month] + [
                    d for d, _p, _g in history.snapshots if month < d < next_month
                ]
                cell = None
                for each in days:
                    places, _grade = history.places_on(each)
                    active = [org for org, kind in places if kind in IN_ACTIVITY]
                    cell = active[0] if active else cell
                if cell:
                    want.add((member.id, cell))
            self.assertEqual(got, want, month)
