# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Browser tours on a phone: a member votes; the chair opens and closes a
secret vote."""

from odoo.tests import HttpCase, tagged

from .vote_common import PartyVoteCase


@tagged("post_install", "-at_install")
class TestPortalVoteTours(PartyVoteCase, HttpCase):
    browser_size = "390x844"
    touch_enabled = True

    def test_member_votes(self):
        vote = self._open()
        self.start_tour("/my/party", "party_portal_vote", login=self.portal_binh.login)
        self.assertEqual(vote.voter_ids.member_id, self.member_binh)
        self.assertEqual(vote.voter_ids.choice, "for")

    def test_chair_opens_and_closes_secret_vote(self):
        self.start_tour(
            "/my/party",
            "party_portal_chair_secret_vote",
            login=self.portal_an.login,
        )
        vote = self.meeting.vote_ids
        self.assertTrue(vote.secret)
        self.assertEqual(vote.state, "closed")
        self.assertFalse(self.item.is_passed)
