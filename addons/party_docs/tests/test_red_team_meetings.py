# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Red team of party meetings (security review H1, H2, H6, M1, L6; QA docs
#7, #8, #9): each exploit is refused and changes nothing; the meeting
workflow still works for the right people."""

from datetime import datetime, timedelta

from freezegun import freeze_time

from odoo import fields, http
from odoo.exceptions import AccessError, MissingError, UserError, ValidationError
from odoo.tests import HttpCase, tagged
from odoo.tools import mute_logger

from odoo.addons.party_org.tests.red_team import RedTeamMixin

from .red_team_common import DocsRedTeamCase

# AccessError, ValidationError and MissingError are UserErrors too.
REFUSED = UserError


@tagged("post_install", "-at_install")
class TestMeetingRedTeam(RedTeamMixin, DocsRedTeamCase):
    def test_linking_documents_to_a_meeting(self):
        """H2/L6: only readable documents of the subtree, or issued ones from above, are linked."""
        meeting = self.meeting_cell_2.with_user(self.user_secretary)
        errors = []
        for doc_id in (self.committee_approved.id, self.secret.id, 999999):
            with self.assertUnchanged(self.meeting_cell_2):
                with self.assertRaises(MissingError) as catcher:
                    meeting.write({"document_ids": [(4, doc_id)]})
            errors.append(str(catcher.exception))
        self.assertEqual(
            len(set(errors)), 1, "a secret document answers like a missing one"
        )
        with self.assertRaises(AccessError):
            self.committee_approved.with_user(self.user_member).read(["summary"])
        meeting.write({"document_ids": [(4, self.delivered.id)]})
        self.assertEqual(meeting.document_ids, self.delivered)
        # The office links nothing outside the subtree but the issued documents above.
        office = self.meeting_cell_2.with_user(self.user_office)
        with self.assertRaises(ValidationError):
            office.write({"document_ids": [(4, self.committee_approved.id)]})
        # An invitee reads a linked document, and writes nothing through it.
        draft = self._draft(self.user_secretary)
        meeting.write({"document_ids": [(4, draft.id)]})
        as_member = draft.with_user(self.user_member)
        self.assertTrue(as_member.summary)
        with self.assertUnchanged(draft), self.assertRaises(AccessError):
            as_member.write({"summary": "Sửa"})

    def test_meeting_of_the_committee_is_read_only(self):
        """H1: an invitee (even a secretary) of the committee's meeting reads it only."""
        meeting = self.env["party.meeting"].create(
            {
                "organization_id": self.committee.id,
                "date_start": datetime(2025, 6, 1, 1, 0),
                "attendance_ids": [(0, 0, {"user_id": self.user_secretary.id})],
            }
        )
        as_secretary = meeting.with_user(self.user_secretary)
        self.assertTrue(as_secretary.name)
        with self.assertUnchanged(meeting), self.assertRaises(AccessError):
            as_secretary.write({"conclusion": "<p>Giả</p>"})
        with self.assertRaises(AccessError):
            self.env["party.meeting.agenda"].with_user(self.user_secretary).create(
                {"meeting_id": meeting.id, "name": "Thêm"}
            )
        with self.assertUnchanged(meeting), self.assertRaises(AccessError):
            as_secretary.action_mark_held()

    def test_state_and_vote_base_are_the_servers(self):
        """H6/QA #7: meeting state, counts and vote bases are never written."""
        meeting = self.meeting_cell_2.with_user(self.user_secretary)
        item = (
            self.env["party.meeting.agenda"]
            .with_user(self.user_secretary)
            .create(
                {"meeting_id": meeting.id, "name": "Kết nạp", "vote_rule": "two_thirds"}
            )
        )
        for vals in ({"state": "held"}, {"invited_count": 1}, {"attendance_rate": 100}):
            with (
                self.assertUnchanged(self.meeting_cell_2),
                self.assertRaises(AccessError),
            ):
                meeting.write(vals)
        for vals in ({"official_member_count": 1}, {"is_passed": True}):
            with self.assertUnchanged(item), self.assertRaises(AccessError):
                item.write(vals)
        with self.assertRaises(AccessError):
            self.env["party.meeting"].with_user(self.user_secretary).create(
                {
                    "organization_id": self.cell_2.id,
                    "date_start": datetime(2025, 7, 1, 1, 0),
                    "state": "held",
                }
            )

    def test_checkin_qr_and_window(self):
        """M1/QA #8: the QR is for who runs the meeting; check-in only in its window."""
        meeting = self.meeting_cell_2
        meeting.with_user(self.user_secretary).action_invite()
        with self.assertRaises(AccessError):
            meeting.with_user(self.user_member).read(["checkin_qr"])
        self.assertTrue(meeting.with_user(self.user_secretary).checkin_qr)
        line = meeting.attendance_ids.filtered(lambda a: a.user_id == self.user_member)
        for moment in ("2025-05-10 00:20:00", "2025-05-10 04:05:00", "2025-05-03"):
            with freeze_time(moment), self.assertUnchanged(line):
                with self.assertRaises(UserError):
                    meeting._check_in(self.user_member)
        with freeze_time("2025-05-10 00:45:00"):
            self.assertEqual(meeting._check_in(self.user_member).state, "present")
        meeting.action_mark_held()
        token = meeting.sudo().checkin_token
        self.assertFalse(self.env["party.meeting"]._get_by_checkin_token(token))
        with freeze_time("2025-05-10 01:30:00"), self.assertRaises(UserError):
            meeting._check_in(self.user_secretary)

    def test_absence_reasons_for_secretaries(self):
        """L6: plain members do not read their colleagues' reasons of absence."""
        line = self.meeting_cell_2.attendance_ids[0]
        line.write({"state": "excused", "note": "Điều trị bệnh"})
        with self.assertRaises(AccessError):
            line.with_user(self.user_member).read(["note"])
        self.assertEqual(line.with_user(self.user_secretary).note, "Điều trị bệnh")

    def test_held_meeting_is_locked(self):
        """Settled/QA #9: a held meeting's attendance and votes change only by correction."""
        meeting = self._held_meeting().with_user(self.user_secretary)
        line = meeting.attendance_ids.filtered(lambda a: a.state == "unexcused")
        with (
            self.assertUnchanged(meeting),
            self.assertUnchanged(meeting.attendance_ids),
            self.assertUnchanged(meeting.agenda_ids),
        ):
            for attempt in (
                lambda: line.write({"state": "present"}),
                lambda: line.unlink(),
                lambda: line.action_present(),
                lambda: meeting.agenda_ids.write({"votes_for": 0}),
                lambda: meeting.write({"date_start": "2025-05-11 01:00:00"}),
                lambda: meeting.write({"attendance_ids": [(2, line.id)]}),
                lambda: meeting.action_cancel(),
                lambda: meeting.action_reset_draft(),
                lambda: self.env["party.meeting.attendance"]
                .with_user(self.user_secretary)
                .create({"meeting_id": meeting.id, "user_id": self.user_assigned.id}),
                lambda: meeting.action_open_correction(),
            ):
                with self.assertRaises(REFUSED):
                    attempt()
        meeting.write({"minutes": "<p>Biên bản</p>"})
        self.assertIn("Biên bản", str(meeting.minutes))

    def test_office_corrects_attendance_with_a_reason(self):
        """Settled: the office corrects a held meeting, recorded with the reason."""
        meeting = self._held_meeting()
        line = meeting.attendance_ids.filtered(lambda a: a.state == "unexcused")
        wizard = (
            self.env["party.meeting.correction"]
            .with_user(self.user_office)
            .create(
                {
                    "meeting_id": meeting.id,
                    "reason": "Đồng chí đã báo vắng trước, thư ký ghi nhầm",
                    "attendance_id": line.id,
                    "attendance_state": "excused",
                }
            )
        )
        wizard.action_apply()
        self.assertEqual(line.state, "excused")
        note = meeting.message_ids.filtered(lambda m: "ghi nhầm" in str(m.body))
        self.assertEqual(note.author_id, self.user_office.partner_id)

    def test_public_methods_check_the_caller(self):
        """Every public method of meetings checks the group and the access before sudo."""
        meeting = self.env["party.meeting"].create(
            {"organization_id": self.cell_1.id, "date_start": datetime(2025, 6, 1)}
        )
        line = self.env["party.meeting.attendance"].create(
            {"meeting_id": meeting.id, "user_id": self.user_member.id}
        )
        for user in (self.user_plain, self.user_member, self.user_secretary):
            for method in (
                "action_invite",
                "action_mark_held",
                "action_cancel",
                "action_reset_draft",
                "action_load_invitees",
                "action_create_conclusion_document",
                "action_open_correction",
            ):
                with self.assertUnchanged(meeting), self.assertRaises(REFUSED):
                    getattr(meeting.with_user(user), method)()
            for method in (
                "action_present",
                "action_late",
                "action_excused",
                "action_unexcused",
            ):
                with self.assertUnchanged(line), self.assertRaises(REFUSED):
                    getattr(line.with_user(user), method)()

    def test_secretary_runs_own_meeting(self):
        """The cell's secretary still invites, records attendance and closes the meeting."""
        meeting = self.meeting_cell_2.with_user(self.user_secretary)
        meeting.write({"place": "Phòng họp 2"})
        meeting.action_invite()
        meeting.attendance_ids.filtered(
            lambda a: a.user_id == self.user_member
        ).action_excused()
        meeting.action_mark_held()
        self.assertEqual(meeting.state, "held")
        self.assertEqual(
            sorted(meeting.attendance_ids.mapped("state")), ["excused", "unexcused"]
        )

    def test_secretary_without_email_invites(self):
        """QA #5: a secretary with no e-mail address sends the invitations."""
        self.user_secretary.partner_id.email = False
        meeting = self.meeting_cell_2.with_user(self.user_secretary)
        meeting.action_invite()
        self.assertEqual(meeting.state, "invited")
        notified = self.env["mail.notification"].search(
            [
                ("mail_message_id.model", "=", "party.meeting"),
                ("mail_message_id.res_id", "=", meeting.id),
            ]
        )
        self.assertIn(self.user_member.partner_id, notified.res_partner_id)


@tagged("post_install", "-at_install")
class TestMeetingRpc(RedTeamMixin, HttpCase, DocsRedTeamCase):
    """The same exploits over JSON-RPC and HTTP with a real session."""

    def test_rpc_meeting_exploits_refused(self):
        """H2, H6, M1 and held meetings over RPC."""
        meeting = self.meeting_cell_2
        with self.assertUnchanged(meeting):
            for doc in (self.committee_approved, self.secret):
                self.assertRefusedRpc(
                    self.user_secretary,
                    "party.meeting",
                    "write",
                    [meeting.ids, {"document_ids": [(4, doc.id)]}],
                )
            self.assertRefusedRpc(
                self.user_secretary,
                "party.meeting",
                "write",
                [meeting.ids, {"state": "held"}],
            )
        item = self.env["party.meeting.agenda"].create(
            {"meeting_id": meeting.id, "name": "Kết nạp", "vote_rule": "two_thirds"}
        )
        with self.assertUnchanged(item):
            self.assertRefusedRpc(
                self.user_secretary,
                "party.meeting.agenda",
                "write",
                [item.ids, {"official_member_count": 1, "votes_for": 1}],
            )
        committee_meeting = self.env["party.meeting"].create(
            {
                "organization_id": self.committee.id,
                "date_start": datetime(2025, 6, 1, 1, 0),
                "attendance_ids": [(0, 0, {"user_id": self.user_secretary.id})],
            }
        )
        with self.assertUnchanged(committee_meeting):
            self.assertRefusedRpc(
                self.user_secretary,
                "party.meeting",
                "write",
                [committee_meeting.ids, {"conclusion": "<p>Giả</p>"}],
            )
        meeting.action_invite()
        self.assertRefusedRpc(
            self.user_member, "party.meeting", "read", [meeting.ids, ["checkin_qr"]]
        )
        self.assertRefusedRpc(
            self.user_member,
            "party.meeting.attendance",
            "read",
            [meeting.attendance_ids.ids, ["note"]],
        )
        meeting.action_mark_held()
        # Post the chatter tracking of the set-up now, not inside the checks.
        self.env.flush_all()
        self.env.cr.precommit.run()
        line = meeting.attendance_ids.filtered(lambda a: a.user_id == self.user_member)
        with (
            self.assertUnchanged(meeting),
            self.assertUnchanged(meeting.attendance_ids),
        ):
            self.assertRefusedRpc(
                self.user_secretary,
                "party.meeting.attendance",
                "write",
                [line.ids, {"state": "present"}],
            )
            self.assertRefusedRpc(
                self.user_secretary, "party.meeting.attendance", "unlink", [line.ids]
            )
            self.assertRefusedRpc(
                self.user_secretary,
                "party.meeting",
                "action_reset_draft",
                [meeting.ids],
            )

    def test_checkin_by_get_changes_nothing(self):
        """M1: a GET (a link or an image on any page) never checks anyone in."""
        meeting = self.meeting_cell_2
        meeting.date_start = fields.Datetime.now() - timedelta(minutes=5)
        meeting.action_invite()
        line = meeting.attendance_ids.filtered(lambda a: a.user_id == self.user_member)
        url = f"/party/meeting/{meeting.sudo().checkin_token}/checkin"
        self.authenticate(self.user_member.login, self.user_member.login)
        with self.assertUnchanged(line):
            self.assertEqual(self.url_open(url).status_code, 200)
            with mute_logger("odoo.http"):
                response = self.url_open(url, data={"csrf_token": "forged"})
            self.assertNotEqual(response.status_code, 200)
        response = self.url_open(
            url, data={"csrf_token": http.Request.csrf_token(self)}
        )
        self.assertEqual(response.status_code, 200)
        self.env.invalidate_all()
        self.assertEqual(line.state, "present")
