# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Two submits of the same ballot at once, from real cursors (committed;
the test cleans up after itself)."""

import threading
import time
from datetime import date, datetime, timedelta

from psycopg2.errors import SerializationFailure

from odoo import api
from odoo.exceptions import UserError
from odoo.tests import TransactionCase, tagged
from odoo.tools import mute_logger

from odoo.addons.party_docs.tools.concurrency import cursor_env


@tagged("post_install", "-at_install")
class TestPortalVoteConcurrency(TransactionCase):
    def _setup(self, secret=True):
        env = cursor_env(self.registry)
        with env.cr:
            env = env(context={"tracking_disable": True})
            org = env["party.organization"].create(
                {"name": "Chi bộ biểu quyết đồng thời", "org_type": "grassroots_cell"}
            )
            user = (
                env["res.users"]
                .with_context(no_reset_password=True)
                .create(
                    {
                        "name": "Đảng viên đồng thời",
                        "login": "party_vote_concurrent",
                        "groups_id": [(6, 0, env.ref("base.group_portal").ids)],
                    }
                )
            )
            member = env["party.member"].create(
                {
                    "name": "Đảng viên đồng thời",
                    "organization_id": org.id,
                    "user_id": user.id,
                }
            )
            member._add_event("admission", date(2015, 3, 2))
            member._add_event("official_recognition", date(2016, 3, 2))
            meeting = env["party.meeting"].create(
                {
                    "organization_id": org.id,
                    "date_start": datetime.now() - timedelta(minutes=5),
                    "chair_id": member.id,
                }
            )
            meeting.write({"state": "invited"})
            meeting.attendance_ids.write({"state": "present"})
            item = env["party.meeting.agenda"].create(
                {
                    "meeting_id": meeting.id,
                    "name": "Biểu quyết",
                    "vote_rule": "majority",
                }
            )
            vote = env["party.meeting.vote"]._party_open(item, secret=secret)
            env.cr.commit()
            return {
                "org": org.id,
                "user": user.id,
                "member": member.id,
                "meeting": meeting.id,
                "vote": vote.id,
            }

    def _cleanup(self, ids):
        env = cursor_env(self.registry)
        with env.cr:
            env["party.meeting"].browse(ids["meeting"]).unlink()
            member = ids["member"]
            env["party.member.event"].search([("member_id", "=", member)]).unlink()
            env["party.membership.period"].search([("member_id", "=", member)]).unlink()
            env["party.member"].browse(member).unlink()
            env["res.users"].browse(ids["user"]).unlink()
            env["party.organization"].browse(ids["org"]).unlink()
            env.cr.commit()

    @mute_logger("odoo.sql_db")
    def test_concurrent_double_submit_one_row(self):
        """The second of two simultaneous submits waits for the first, then
        breaks the unique index: one voter row, one ballot counted."""
        ids = self._setup()
        self.addCleanup(self._cleanup, ids)
        first = cursor_env(self.registry)
        outcome = []

        def second_submit():
            env = cursor_env(self.registry)
            with env.cr:
                user_env = api.Environment(env.cr, ids["user"], {})
                try:
                    user_env["party.meeting.vote"].browse(ids["vote"])._portal_vote(
                        "against"
                    )
                    env.cr.commit()
                    outcome.append("voted")
                except UserError as error:
                    env.cr.rollback()
                    outcome.append(str(error))

        with first.cr:
            user_env = api.Environment(first.cr, ids["user"], {})
            # Both requests passed the "already voted?" check: the first has
            # inserted its row but not committed when the second comes.
            user_env["party.meeting.vote"].browse(ids["vote"])._portal_vote("for")
            thread = threading.Thread(target=second_submit)
            thread.start()
            time.sleep(1.0)
            first.cr.commit()
            thread.join(30)
        self.assertEqual(len(outcome), 1)
        self.assertIn("already voted", outcome[0])
        check = cursor_env(self.registry)
        with check.cr:
            check.cr.execute(
                "SELECT count(*) FROM party_meeting_vote_voter WHERE vote_id = %s",
                [ids["vote"]],
            )
            self.assertEqual(check.cr.fetchone()[0], 1)
            check.cr.execute(
                "SELECT SUM(votes_for), SUM(votes_against) "
                "FROM party_meeting_vote_tally WHERE vote_id = %s",
                [ids["vote"]],
            )
            self.assertEqual(check.cr.fetchone(), (1, 0))

    def _ballot(self, ids, choice="for"):
        env = cursor_env(self.registry)
        with env.cr:
            api.Environment(env.cr, ids["user"], {})["party.meeting.vote"].browse(
                ids["vote"]
            )._portal_vote(choice)
            env.cr.commit()

    @mute_logger("odoo.sql_db")
    def test_ballot_committed_during_close_is_not_lost(self):
        """A ballot committed after the close began makes the close fail to
        serialise (Odoo retries it), so the retried close counts it."""
        ids = self._setup()
        self.addCleanup(self._cleanup, ids)
        closing = cursor_env(self.registry)
        with closing.cr:
            vote = closing["party.meeting.vote"].browse(ids["vote"])
            self.assertEqual(vote.voter_count, 0)  # the snapshot is taken here
            self._ballot(ids)
            with self.assertRaises(SerializationFailure):
                vote._party_close()
            closing.cr.rollback()
        retried = cursor_env(self.registry)
        with retried.cr:
            vote = retried["party.meeting.vote"].browse(ids["vote"])
            vote._party_close()
            self.assertEqual(vote.agenda_id.votes_for, 1)
            retried.cr.commit()

    @mute_logger("odoo.sql_db")
    def test_ballot_begun_before_close_is_refused_after(self):
        """A ballot whose transaction began before the vote closed fails to
        serialise once the close is committed; retried, it finds the vote
        closed."""
        ids = self._setup()
        self.addCleanup(self._cleanup, ids)
        late = cursor_env(self.registry)
        with late.cr:
            user_env = api.Environment(late.cr, ids["user"], {})
            vote = user_env["party.meeting.vote"].browse(ids["vote"])
            self.assertEqual(vote.sudo().state, "open")  # snapshot
            closing = cursor_env(self.registry)
            with closing.cr:
                closing["party.meeting.vote"].browse(ids["vote"])._party_close()
                closing.cr.commit()
            with self.assertRaises(SerializationFailure):
                vote._portal_vote("for")
            late.cr.rollback()
        with self.assertRaisesRegex(UserError, "closed"):
            self._ballot(ids)
