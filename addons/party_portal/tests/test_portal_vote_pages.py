# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The vote pages, the chair's screen and the red team on them."""

from odoo.tests import HttpCase, JsonRpcException, tagged
from odoo.tools import mute_logger

from .vote_common import PartyVoteCase


@tagged("post_install", "-at_install")
class TestPortalVotePages(PartyVoteCase, HttpCase):
    def test_member_votes_on_the_phone(self):
        vote = self._open()
        self._login(self.portal_binh)
        listing = self.url_open("/my/party/votes")
        self.assertIn(self.item.name, listing.text)
        csrf = self._csrf(f"/my/party/vote/{vote.id}")
        response = self.url_open(
            f"/my/party/vote/{vote.id}", data={"csrf_token": csrf, "choice": "for"}
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("o_party_voted", response.text)
        self.assertEqual(vote.voter_ids.member_id, self.member_binh)
        self.assertEqual(vote.voter_ids.choice, "for")
        # A second submit of the same form is refused.
        again = self.url_open(
            f"/my/party/vote/{vote.id}", data={"csrf_token": csrf, "choice": "against"}
        )
        self.assertIn("already voted", again.text)
        self.assertEqual(len(vote.voter_ids), 1)

    def test_secret_vote_page_hides_the_choice(self):
        vote = self._open(secret=True)
        self._login(self.portal_binh)
        csrf = self._csrf(f"/my/party/vote/{vote.id}")
        response = self.url_open(
            f"/my/party/vote/{vote.id}",
            data={"csrf_token": csrf, "choice": "against"},
        )
        self.assertIn("o_party_voted", response.text)
        self.assertNotIn("Your vote", response.text)
        self.assertNotIn("Against", response.text.split("o_party_voted")[1][:400])

    @mute_logger("odoo.http")
    def test_vote_without_csrf_refused(self):
        vote = self._open()
        self._login(self.portal_binh)
        response = self.url_open(f"/my/party/vote/{vote.id}", data={"choice": "for"})
        self.assertEqual(response.status_code, 400)
        self.assertFalse(vote.voter_ids)

    def test_other_meeting_vote_is_404(self):
        """Cường (cell_2, not invited) gets the same 404 as for a missing
        vote, and his POST changes nothing."""
        vote = self._open()
        self._login(self.portal_cuong)
        self.assertNotIn(self.item.name, self.url_open("/my/party/votes").text)
        self.assertEqual(self.url_open(f"/my/party/vote/{vote.id}").status_code, 404)
        self.assertEqual(self.url_open("/my/party/vote/999999").status_code, 404)
        csrf = self._csrf("/my/party/record")
        response = self.url_open(
            f"/my/party/vote/{vote.id}", data={"csrf_token": csrf, "choice": "for"}
        )
        self.assertEqual(response.status_code, 404)
        self.assertFalse(vote.voter_ids)

    def test_chair_screen(self):
        """The chair opens a secret vote from the screen, sees the ballots
        but not the count while open, and closes it."""
        self._login(self.portal_an)
        url = f"/my/party/chair/{self.meeting.id}"
        csrf = self._csrf(url)
        self.url_open(
            f"{url}/open",
            data={"csrf_token": csrf, "agenda_id": self.item.id, "secret": "1"},
        )
        vote = self.meeting.vote_ids
        self.assertTrue(vote.secret)
        self._cast(vote, self.portal_binh, "for")
        live = self.make_jsonrpc_request(f"{url}/live", {})
        self.assertEqual(live["present"], 2)
        counts = live["votes"][str(vote.id)]
        self.assertEqual(
            (counts["ballots"], counts["shown"], counts["for"]), (1, False, 0)
        )
        self.url_open(f"{url}/close/{vote.id}", data={"csrf_token": csrf})
        self.assertEqual(vote.state, "closed")
        self.assertEqual(self.item.votes_for, 1)
        page = self.url_open(url)
        self.assertIn("o_party_vote_failed", page.text)

    def test_non_chair_gets_404(self):
        """Bình does not run the meeting: the screen, its live count and its
        buttons answer 404, and nothing changes."""
        vote = self._open()
        self._login(self.portal_binh)
        url = f"/my/party/chair/{self.meeting.id}"
        self.assertEqual(self.url_open(url).status_code, 404)
        csrf = self._csrf("/my/party/record")
        opened = self.url_open(
            f"{url}/open",
            data={"csrf_token": csrf, "agenda_id": self.item_admission.id},
        )
        self.assertEqual(opened.status_code, 404)
        closed = self.url_open(f"{url}/close/{vote.id}", data={"csrf_token": csrf})
        self.assertEqual(closed.status_code, 404)
        self.assertEqual(self.meeting.vote_ids, vote)
        self.assertEqual(vote.state, "open")

    def test_chair_adds_to_the_minutes(self):
        """The chair (An) appends a note to the minutes from the screen,
        escaped, after what the clerk wrote; Bình, who does not run the
        meeting, gets 404; once the meeting is held, it is refused."""
        self.meeting.sudo().minutes = "<p>Biên bản của thư ký</p>"
        url = f"/my/party/chair/{self.meeting.id}"
        self._login(self.portal_binh)
        csrf = self._csrf("/my/party/record")
        refused = self.url_open(
            f"{url}/minutes", data={"csrf_token": csrf, "minutes": "Ghi đè"}
        )
        self.assertEqual(refused.status_code, 404)
        self._login(self.portal_an)
        csrf = self._csrf(url)
        added = self.url_open(
            f"{url}/minutes",
            data={"csrf_token": csrf, "minutes": "Chi bộ thống nhất <b>100%</b>"},
        )
        self.assertEqual(added.status_code, 200)
        minutes = str(self.meeting.minutes)
        self.assertIn("Biên bản của thư ký", minutes)
        self.assertIn("Chi bộ thống nhất &lt;b&gt;100%&lt;/b&gt;", minutes)
        self.assertNotIn("Ghi đè", minutes)
        self.meeting.sudo().state = "held"
        csrf = self._csrf("/my/party/record")
        self.url_open(
            f"{url}/minutes", data={"csrf_token": csrf, "minutes": "Sau khi họp"}
        )
        self.assertNotIn("Sau khi họp", str(self.meeting.minutes))

    def test_office_runs_the_chair_screen(self):
        """The party office (an internal user, no member record) runs any
        meeting from the same screen."""
        self._login(self.user_office)
        url = f"/my/party/chair/{self.meeting.id}"
        csrf = self._csrf(url)
        self.url_open(
            f"{url}/open", data={"csrf_token": csrf, "agenda_id": self.item.id}
        )
        vote = self.meeting.vote_ids
        self.assertFalse(vote.secret)
        self._cast(vote, self.portal_an, "for")
        live = self.make_jsonrpc_request(f"{url}/live", {})
        self.assertEqual(live["votes"][str(vote.id)]["for"], 1, "open ballot: live")

    @mute_logger("odoo.http")
    def test_live_count_refused_to_others(self):
        self._open(secret=True)
        self._login(self.portal_binh)
        with self.assertRaises(JsonRpcException) as catcher:
            self.make_jsonrpc_request(f"/my/party/chair/{self.meeting.id}/live", {})
        self.assertIn("NotFound", str(catcher.exception))

    @mute_logger("odoo.http")
    def test_portal_rpc_on_votes_refused(self):
        """Portal users hold no access right on the vote models: reading,
        writing or closing over JSON-RPC is an AccessError, for the chair
        too."""
        vote = self._open(secret=True)
        self._cast(vote, self.portal_binh, "for")
        for user in (self.portal_binh, self.portal_an):
            self._login(user)
            for model, method, args in (
                ("party.meeting.vote", "search_read", [[]]),
                ("party.meeting.vote", "read", [[vote.id], ["votes_for"]]),
                ("party.meeting.vote", "action_close", [[vote.id]]),
                ("party.meeting.vote", "write", [[vote.id], {"votes_for": 9}]),
                ("party.meeting.vote.voter", "search_read", [[]]),
                ("party.meeting.vote.tally", "search_read", [[]]),
                (
                    "party.meeting.vote.voter",
                    "create",
                    [{"vote_id": vote.id, "member_id": self.member_an.id}],
                ),
            ):
                result, error = self._rpc(model, method, *args)
                self.assertIsNone(result, (model, method))
                self.assertEqual(
                    error["data"]["name"],
                    "odoo.exceptions.AccessError",
                    (model, method),
                )
        self.assertEqual(vote.state, "open")
        self.assertEqual(len(vote.voter_ids), 1)
        self.assertEqual(self.Tally._sum(vote)[vote.id], (1, 0, 0))
