# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Two submits of the same ballot at once, from real cursors (committed;
the test cleans up after itself)."""

import threading
import time
from datetime import date, datetime, timedelta

from odoo import api
from odoo.exceptions import UserError
from odoo.tests import TransactionCase, tagged
from odoo.tools import mute_logger

from odoo.addons.party_docs.tools.concurrency import cursor_env


@tagged("post_install", "-at_install")
class TestPortalVoteConcurrency(TransactionCase):
    def _setup(self):
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
            vote = env["party.meeting.vote"]._party_open(item, secret=True)
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
