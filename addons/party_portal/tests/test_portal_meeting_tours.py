# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import timedelta

from odoo import fields
from odoo.tests import HttpCase, tagged

from .common_meetings import PortalMeetingsCase


@tagged("post_install", "-at_install")
class TestPortalMeetingTours(PortalMeetingsCase, HttpCase):
    """Phone-sized browser tours: an excuse and a check-in."""

    browser_size = "390x844"
    touch_enabled = True

    def test_tour_excuse(self):
        self.start_tour(
            "/my/party", "party_portal_meeting_excuse", login=self.portal_an.login
        )
        self.assertEqual(self.line_an.note, "Đi công tác Đà Nẵng")
        self.assertTrue(self.line_an.excuse_requested_at)

    def test_tour_checkin(self):
        self.meeting.write(
            {
                "date_start": fields.Datetime.now() + timedelta(minutes=10),
                "checkin_token": "tourcodeXYZ0123456789",
            }
        )
        self.start_tour(
            "/my/party", "party_portal_meeting_checkin", login=self.portal_an.login
        )
        self.assertEqual(self.line_an.state, "present")
