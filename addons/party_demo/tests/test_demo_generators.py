# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import tagged

from odoo.addons.party_docs.tests.common import PartyDocsCase
from odoo.addons.party_member.tests.common import PartyMemberCase


@tagged("post_install", "-at_install")
class TestDemoGenerators(PartyDocsCase):
    def test_certificates_once_per_organisation(self):
        """The shared certificate generator gives each organisation one
        certificate and skips those that already hold one."""
        Demo = self.env["party.document.demo"]
        orgs = self.committee | self.cell_1
        first = Demo._create_certificates(orgs, "secret-demo")
        self.assertEqual(first.organization_id, orgs)
        again = Demo._create_certificates(orgs | self.cell_2, "secret-demo")
        self.assertEqual(again.organization_id, self.cell_2)


@tagged("post_install", "-at_install")
class TestDemoMeetings(PartyMemberCase):
    def test_meeting_year(self):
        """The meeting generator gives every cell a regular meeting each past
        month; those with members are held, with attendance and a check-in
        token."""
        self._official("Nguyễn Văn Dự")
        meetings = self.env["party.meeting.demo"]._demo_generate_year(3)
        mine = meetings.filtered(lambda m: m.organization_id == self.cell_1)
        regular = mine.filtered(lambda m: m.kind == "regular")
        self.assertIn(len(regular), (3, 4))  # 3 months back, by whole months
        self.assertEqual(set(mine.mapped("state")), {"held"})
        self.assertTrue(all(mine.mapped("checkin_token")))
        self.assertTrue(all(mine.mapped("attendance_ids")))
