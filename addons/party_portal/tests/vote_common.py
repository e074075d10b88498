# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, timedelta

from odoo import fields

from .common import PORTAL, PartyPortalCase


class PartyVoteCase(PartyPortalCase):
    """A meeting of cell_1 in session, chaired by An (a portal user): An,
    Bình and Chí are official members (the vote base is 3), Dũng is
    probationary; An and Bình are checked in."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.member_chi = cls._official("Phạm Văn Chí")
        cls.portal_dung = cls._user("portal_dung", PORTAL, cls.company)
        cls.member_dung = cls._member(
            "Hoàng Văn Dũng", admitted=date.today() - timedelta(days=90)
        )
        cls.member_dung.user_id = cls.portal_dung
        cls.meeting = cls.env["party.meeting"].create(
            {
                "organization_id": cls.cell_1.id,
                "kind": "regular",
                "date_start": fields.Datetime.now() - timedelta(minutes=10),
                "place": "Phòng họp 1",
                "chair_id": cls.member_an.id,
            }
        )
        cls.meeting.sudo().write({"state": "invited"})
        cls.item = cls.env["party.meeting.agenda"].create(
            {
                "meeting_id": cls.meeting.id,
                "name": "Thông qua nghị quyết tháng",
                "vote_rule": "majority",
            }
        )
        cls.item_admission = cls.env["party.meeting.agenda"].create(
            {
                "meeting_id": cls.meeting.id,
                "name": "Kết nạp quần chúng Lê Thị Em",
                "vote_rule": "two_thirds",
            }
        )
        cls.Vote = cls.env["party.meeting.vote"]
        cls.Voter = cls.env["party.meeting.vote.voter"]
        cls.Tally = cls.env["party.meeting.vote.tally"]
        cls._check_in(cls.member_an | cls.member_binh)

    @classmethod
    def _check_in(cls, members):
        attendance = cls.meeting.attendance_ids.filtered(
            lambda a: a.member_id in members
        )
        attendance.sudo().write(
            {"state": "present", "check_in_time": fields.Datetime.now()}
        )

    def _open(self, item=None, secret=False, user=None):
        return self.Vote.with_user(user or self.portal_an)._party_open(
            item or self.item, secret=secret
        )

    def _cast(self, vote, user, choice):
        return vote.with_user(user)._portal_vote(choice)
