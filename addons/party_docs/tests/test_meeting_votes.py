# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Votes, vote base, quorum and invitations of a branch meeting (Điều lệ Đảng,
Điều 10; domain review top-10 #9; QA docs #6 and #7)."""

from datetime import date, datetime

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from .common import PartyDocsCase


@tagged("post_install", "-at_install")
class TestMeetingVotes(PartyDocsCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.decision = cls.env["party.decision"].create(
            {
                "name": "15-QĐ/ĐU",
                "date": date(2019, 1, 10),
                "decision_type": "admission",
                "issuer_organization_id": cls.committee.id,
                "company_id": cls.company.id,
            }
        )
        # Cell 2 on 10/05/2025: three official members, one official member
        # registered in its party group, one probationary member, one exempt
        # member and one temporarily transferred elsewhere. Base: 4.
        cls.officials = cls.env["party.member"]
        for index in range(3):
            cls.officials |= cls._member(f"Đảng viên {index}")
        cls.group_member = cls._member("Đảng viên tổ đảng", cell=cls.group)
        cls.probationary = cls._member("Đảng viên dự bị", official=False)
        cls.exempt = cls._member("Đảng viên miễn sinh hoạt")
        cls.exempt._add_event("exemption", date(2024, 6, 1), decision=cls.decision)
        cls.away = cls._member("Đảng viên chuyển sinh hoạt tạm thời")
        cls.away._add_event(
            "temporary_transfer_out", date(2024, 6, 1), decision=cls.decision
        )

    @classmethod
    def _member(cls, name, official=True, cell=None):
        member = cls.env["party.member"].create(
            {
                "name": name,
                "organization_id": (cell or cls.cell_2).id,
                "company_id": cls.company.id,
            }
        )
        member._add_event("admission", date(2020, 3, 2), decision=cls.decision)
        if official:
            member._add_event("official_recognition", date(2021, 3, 2))
        return member

    def _meeting(self):
        return self.env["party.meeting"].create(
            {
                "organization_id": self.cell_2.id,
                "kind": "regular",
                "date_start": datetime(2025, 5, 10, 1, 0),
                "place": "Phòng họp số 2",
            }
        )

    def _present(self, meeting, members):
        lines = meeting.attendance_ids.filtered(lambda a: a.member_id in members)
        missing = members - lines.member_id
        lines |= self.env["party.meeting.attendance"].create(
            [{"meeting_id": meeting.id, "member_id": m.id} for m in missing]
        )
        lines.action_present()

    def _item(self, meeting, rule="majority", **votes):
        return self.env["party.meeting.agenda"].create(
            {"meeting_id": meeting.id, "name": "Nghị quyết tháng", "vote_rule": rule}
            | votes
        )

    def test_party_group_members_are_invited(self):
        """Members registered in the cell's party group are invited with it (QA #7)."""
        meeting = self._meeting()
        self.assertEqual(
            meeting.attendance_ids.member_id,
            self.officials | self.group_member | self.probationary,
        )

    def test_majority_of_official_members_not_of_votes_cast(self):
        """2 for, 1 against of a base of 4 does not pass (Điều lệ Đảng, Điều 10; domain #9)."""
        meeting = self._meeting()
        self._present(meeting, self.officials[:2] | self.group_member)
        self.assertEqual(meeting.vote_base, 4)
        self.assertEqual(meeting.present_voter_count, 3)
        self.assertTrue(meeting.quorum_reached)
        item = self._item(meeting, votes_for=2, votes_against=1)
        self.assertEqual(item.official_member_count, 4)
        self.assertFalse(item.is_passed)
        item.write({"votes_for": 3, "votes_against": 0})
        self.assertTrue(item.is_passed)
        labels = dict(item._fields["vote_rule"]._description_selection(self.env))
        self.assertEqual(labels["majority"], "More than Half of Official Members")

    def test_exempt_member_who_attends_counts_in_the_base(self):
        """An exempt member counts in the base when present, not otherwise (DOMAIN.md)."""
        meeting = self._meeting()
        self._present(meeting, self.officials)
        self.assertEqual((meeting.vote_base, meeting.present_voter_count), (4, 3))
        self._present(meeting, self.exempt)
        self.assertEqual((meeting.vote_base, meeting.present_voter_count), (5, 4))
        item = self._item(meeting, votes_for=3)
        self.assertTrue(item.is_passed)
        item.votes_for = 2
        self.assertFalse(item.is_passed)

    def test_two_thirds_base_includes_party_group(self):
        """The two-thirds base counts the party group, not the transferred member (QA #7)."""
        meeting = self._meeting()
        self._present(meeting, self.officials)
        item = self._item(meeting, rule="two_thirds", votes_for=3)
        self.assertEqual(item.official_member_count, 4)
        self.assertTrue(item.is_passed)
        item.votes_for = 2
        self.assertFalse(item.is_passed)

    def test_meeting_without_quorum_cannot_close_with_votes(self):
        """Half of the base present is no quorum: votes are refused at closing."""
        meeting = self._meeting()
        self._present(meeting, self.officials[:2] | self.probationary)
        self.assertEqual((meeting.vote_base, meeting.present_voter_count), (4, 2))
        self.assertFalse(meeting.quorum_reached)
        item = self._item(meeting, votes_for=2)
        meeting.action_invite()
        with self.assertRaisesText(UserError, "Điều lệ Đảng, Điều 10"):
            meeting.action_mark_held()
        self.assertEqual(meeting.state, "invited")
        item.votes_for = 0
        meeting.action_mark_held()
        self.assertEqual(meeting.state, "held")

    def test_meeting_with_quorum_closes_with_votes(self):
        """Three of four official members present: the meeting closes with its votes."""
        meeting = self._meeting()
        self._present(meeting, self.officials)
        self._item(meeting, votes_for=3)
        meeting.action_invite()
        meeting.action_mark_held()
        self.assertEqual(meeting.state, "held")

    def test_probationary_members_do_not_vote(self):
        """Votes are bounded by the official members present, never negative (QA #6, #27)."""
        meeting = self._meeting()
        self._present(meeting, self.officials | self.probationary)
        self.assertEqual((meeting.present_count, meeting.present_voter_count), (4, 3))
        with self.assertRaisesText(ValidationError, "probationary members do not"):
            self._item(meeting, votes_for=3, votes_against=1)
        with self.assertRaisesText(ValidationError, "cannot be negative"):
            self._item(meeting, votes_for=-1)

    def test_vote_base_and_quorum_are_the_servers(self):
        """The base, the voters present and the quorum cannot be written (red team)."""
        meeting = self._meeting()
        item = self._item(meeting)
        for vals in (
            {"vote_base": 1},
            {"present_voter_count": 9},
            {"quorum_reached": True},
        ):
            with self.assertRaisesText(AccessError, "cannot be set directly"):
                meeting.with_user(self.user_office).write(vals)
        with self.assertRaisesText(AccessError, "cannot be set directly"):
            item.with_user(self.user_office).write({"official_member_count": 1})
        self.assertEqual(meeting.vote_base, 4)
        self.assertFalse(meeting.quorum_reached)
