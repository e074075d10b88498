# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import datetime, time

from odoo.tests import tagged

from odoo.addons.party_kpi.tests import test_membership_timeline


@tagged("post_install", "-at_install")
class TestMeetingInvitees(test_membership_timeline.MembershipTimelineCase):
    def test_meetings_invite_who_is_in_activity(self):
        """A cell's meeting invites the members in activity that day in the
        cell or its party groups, hosted members included."""
        for day in self.days[:4]:
            meeting = self.env["party.meeting"].create(
                {
                    "organization_id": self.cell_2.id,
                    "kind": "regular",
                    "date_start": datetime.combine(day, time(3, 0)),
                }
            )
            got = meeting._get_invitee_members()[meeting.id] & self.members
            want = set()
            for member, history in zip(self.members, self.histories, strict=True):
                places, _grade = history.places_on(day)
                if any(
                    kind in ("active", "hosted") and org in self.cell_2_and_group
                    for org, kind in places
                ):
                    want.add(member.id)
            self.assertEqual(set(got.ids), want, day)
