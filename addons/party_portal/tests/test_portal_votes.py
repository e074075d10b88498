# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Voting in the meeting: who votes, once, and what a secret ballot keeps."""

from psycopg2.errors import CheckViolation

from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged
from odoo.tools import mute_logger

from .vote_common import PartyVoteCase


@tagged("post_install", "-at_install")
class TestPortalVotes(PartyVoteCase):
    def test_vote_base_and_voters(self):
        """The base is the official members; probationary and absent
        members are not voters."""
        self.assertEqual(self.item.official_member_count, 3)
        vote = self._open()
        self.assertEqual(vote._eligible_voters(), self.member_an | self.member_binh)

    def test_open_ballot_records_choices(self):
        """An open ballot records who voted what; closing writes the tally
        and the rule (more than half of 3) decides."""
        vote = self._open()
        self._cast(vote, self.portal_an, "for")
        self._cast(vote, self.portal_binh, "against")
        choices = {v.member_id: v.choice for v in vote.voter_ids}
        self.assertEqual(choices, {self.member_an: "for", self.member_binh: "against"})
        vote.with_user(self.portal_an)._party_close()
        self.assertEqual(vote.state, "closed")
        self.assertEqual(
            (self.item.votes_for, self.item.votes_against, self.item.votes_abstain),
            (1, 1, 0),
        )
        self.assertFalse(self.item.is_passed, "1 of 3 official members is no majority")

    def test_majority_of_official_members_passes(self):
        vote = self._open()
        self._cast(vote, self.portal_an, "for")
        self._cast(vote, self.portal_binh, "for")
        vote.with_user(self.portal_an)._party_close()
        self.assertTrue(self.item.is_passed, "2 of 3 is more than half")
        self.assertEqual((vote.result_for, vote.voter_count), (2, 2))

    def test_two_thirds_rule(self):
        """Admission needs two thirds of the official members (Điều lệ,
        Điều 4): 2 of 3 passes, 1 for and 1 abstaining does not."""
        vote = self._open(self.item_admission, secret=True)
        self._cast(vote, self.portal_an, "for")
        self._cast(vote, self.portal_binh, "abstain")
        vote.with_user(self.portal_an)._party_close()
        self.assertEqual(self.item_admission.votes_abstain, 1)
        self.assertFalse(self.item_admission.is_passed)

    def test_secret_ballot_stores_no_choice(self):
        """No table holds a member with a choice: the voter rows have none,
        the counters are on the vote, and nothing of them is tracked."""
        vote = self._open(secret=True)
        self._cast(vote, self.portal_an, "for")
        self._cast(vote, self.portal_binh, "against")
        self.env.flush_all()
        self.env.cr.execute(
            "SELECT member_id, choice FROM party_meeting_vote_voter WHERE vote_id = %s",
            [vote.id],
        )
        rows = dict(self.env.cr.fetchall())
        self.assertEqual(rows, {self.member_an.id: None, self.member_binh.id: None})
        # The counters hold counts only: no member, no time.
        self.env.cr.execute(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_name = 'party_meeting_vote_tally'"
        )
        self.assertEqual(
            {name for (name,) in self.env.cr.fetchall()},
            {"id", "vote_id", "shard", "votes_for", "votes_against", "votes_abstain"},
        )
        self.assertEqual(self.Tally._sum(vote)[vote.id], (1, 1, 0))
        # Nothing else names the member beside a choice: no tracking value
        # of the counters, no message on the vote naming a voter.
        self.env.cr.execute(
            """SELECT f.name FROM mail_tracking_value t
               JOIN mail_message m ON m.id = t.mail_message_id
               JOIN ir_model_fields f ON f.id = t.field_id
               WHERE m.model = 'party.meeting.vote' AND m.res_id = %s""",
            [vote.id],
        )
        self.assertFalse(
            {name for (name,) in self.env.cr.fetchall()} - {"state"},
            "only the state of a vote is tracked",
        )
        # While open, the count is hidden: the live screen cannot match a
        # new voter with a counter that moved.
        chair_view = vote.with_user(self.portal_an)
        self.assertFalse(chair_view.result_shown)
        self.assertEqual(chair_view.result_for, 0)
        self.assertEqual(chair_view.voter_count, 2)
        # The database itself refuses a choice on a secret ballot's row.
        with self.assertRaises(CheckViolation), mute_logger("odoo.sql_db"):
            with self.env.cr.savepoint():
                self.env.cr.execute(
                    "UPDATE party_meeting_vote_voter SET choice = 'for' "
                    "WHERE vote_id = %s",
                    [vote.id],
                )
        vote.with_user(self.portal_an)._party_close()
        self.assertEqual((vote.result_for, vote.result_against), (1, 1))
        self.assertEqual(vote.result_for + vote.result_against, vote.voter_count)

    def test_second_vote_refused(self):
        """Nobody votes twice, even when two submits pass the first check at
        once: the unique index refuses the second row and its count."""
        vote = self._open(secret=True)
        self._cast(vote, self.portal_an, "for")
        with self.assertRaisesText(UserError, "already voted"):
            self._cast(vote, self.portal_an, "against")
        # Two requests at once: both passed the check, the second insert
        # breaks the unique index.
        with (
            self.assertRaisesText(UserError, "already voted"),
            mute_logger("odoo.sql_db"),
        ):
            vote.sudo()._record_ballot(self.member_an, "against")
        self.assertEqual(len(vote.voter_ids), 1)
        self.assertEqual(self.Tally._sum(vote)[vote.id], (1, 0, 0))

    def test_absent_and_probationary_refused(self):
        """A member not checked in, or a probationary member even present,
        does not vote (Điều lệ Đảng, Điều 5)."""
        self._check_in(self.member_dung)
        vote = self._open()
        self.portal_chi = self._user("portal_chi", "base.group_portal", self.company)
        self.member_chi.user_id = self.portal_chi
        for user in (self.portal_chi, self.portal_dung, self.portal_cuong):
            with self.assertRaisesText(UserError, "Only the official members"):
                self._cast(vote, user, "for")
        with self.assertRaisesText(UserError, "not open to you"):
            self._cast(vote, self.portal_customer, "for")
        self.assertFalse(vote.voter_ids)

    def test_closed_vote_refused(self):
        vote = self._open()
        vote.with_user(self.portal_an)._party_close()
        with self.assertRaisesText(UserError, "closed"):
            self._cast(vote, self.portal_binh, "for")

    def test_non_chair_cannot_open_or_close(self):
        """Only whoever runs the meeting opens and closes its votes."""
        with self.assertRaises(AccessError):
            self._open(user=self.portal_binh)
        with self.assertRaises(AccessError):
            self._open(user=self.user_member)
        vote = self._open()
        with self.assertRaises(AccessError):
            vote.with_user(self.portal_binh)._party_close()
        with self.assertRaises(AccessError):
            vote.with_user(self.portal_binh).action_close()
        self.assertEqual(vote.state, "open")
        # The party office runs every meeting.
        vote.with_user(self.user_office).action_close()
        self.assertEqual(vote.state, "closed")

    def test_one_open_vote_per_meeting(self):
        self._open()
        with self.assertRaisesText(UserError, "Close the open vote"):
            self._open(self.item_admission)

    def test_item_voted_once(self):
        vote = self._open()
        vote.with_user(self.portal_an)._party_close()
        with self.assertRaisesText(UserError, "has been voted on"):
            self._open()

    def test_no_vote_without_rule_or_session(self):
        item = self.env["party.meeting.agenda"].create(
            {"meeting_id": self.meeting.id, "name": "Thảo luận", "vote_rule": "none"}
        )
        with self.assertRaisesText(UserError, "no vote rule"):
            self._open(item)
        self.meeting.sudo().state = "draft"
        with self.assertRaisesText(UserError, "not in session"):
            self._open()

    def test_meeting_not_held_with_open_vote(self):
        self._open()
        with self.assertRaisesText(UserError, "still open"):
            self.meeting.with_user(self.user_office).action_mark_held()

    def test_staff_reads_votes_through_rules(self):
        """The office reads the votes; a member of another organisation who
        is not invited does not."""
        vote = self._open()
        self.assertEqual(self.Vote.with_user(self.user_office).search([]), vote)
        other = self._user("member_other", "party_org.group_party_member", self.company)
        self.assertFalse(self.Vote.with_user(other).search([]))
        self.assertFalse(self.Voter.with_user(other).search([]))

    def test_meeting_page_snippet(self):
        """The snippet the meeting page calls lists the meeting's votes."""
        vote = self._open()
        html = str(
            self.env["ir.qweb"]._render(
                "party_portal.portal_party_meeting_votes",
                {"meeting": self.meeting.sudo()},
            )
        )
        self.assertIn(f"/my/party/vote/{vote.id}", html)
        self.assertIn("Voting now", html)

    def test_meeting_actions_checked(self):
        """The chair's screen and votes buttons are refused to a user who
        cannot read the meeting, or (the screen) does not run it."""
        with self.assertRaises(AccessError):
            self.meeting.with_user(self.user_member).action_open_chair_screen()
        with self.assertRaises(AccessError):
            self.meeting.with_user(self.user_member).action_open_votes()
        action = self.meeting.with_user(self.user_office).action_open_chair_screen()
        self.assertEqual(action["url"], f"/my/party/chair/{self.meeting.id}")
