# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The membership timeline, stored and read by every consumer, against
2,000 random histories (issue: one membership timeline for everything)."""

import random
from collections import Counter
from datetime import date

from odoo.tests import tagged

from odoo.addons.party_member.engine import timeline
from odoo.addons.party_member.tests.timeline_histories import (
    random_history,
    sample_days,
)

from .common import PartyKpiCase

HISTORIES = 2000


class MembershipTimelineCase(PartyKpiCase):
    """2,000 random histories stored as events; the cases that check a
    consumer of the timeline start from it (party_kpi_meeting: meeting
    invitations; party_kpi_fee: fee lines)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.rng = random.Random(5122026)
        cls.cells = cls.cell_1 | cls.cell_2 | cls.group
        cls.cell_2_and_group = set((cls.cell_2 | cls.group).ids)
        ids = tuple(cls.cells.ids)
        cls.histories = [
            random_history(cls.rng, ids, date(2008, 1, 1), date(2026, 11, 1))
            for _i in range(HISTORIES)
        ]
        cls.members = cls.env["party.member"].create(
            [
                {
                    "name": f"Đảng viên {index}",
                    "organization_id": history.events[0][2],
                    "company_id": cls.company.id,
                    "official_date": history.official_date
                    if history.events[0][0] == "temporary_arrival"
                    else False,
                }
                for index, history in enumerate(cls.histories)
            ]
        )
        cls.env["party.member.event"].sudo().create(
            [
                {
                    "member_id": member.id,
                    "event_type": event_type,
                    "date": day,
                    "to_organization_id": org or False,
                }
                for member, history in zip(cls.members, cls.histories, strict=True)
                for event_type, day, org in history.events
            ]
        )
        cls.days = sample_days(cls.rng, cls.histories, 8) + [date(2025, 12, 31)]

    def _expected(self, day):
        """member id → (org, grade, kind) where registered on ``day``."""
        expected = {}
        for member, history in zip(self.members, self.histories, strict=True):
            place = history.registered_on(day)
            if place:
                expected[member.id] = place
        return expected


@tagged("post_install", "-at_install")
class TestMembershipTimeline(MembershipTimelineCase):
    def test_table_matches_the_histories(self):
        """The stored periods give, on every sampled day, each member's
        places and grade as the simulation tracked them."""
        Period = self.env["party.membership.period"]
        for day in self.days:
            periods = Period.search(
                [("member_id", "in", self.members.ids), *Period._domain_on(day)]
            )
            got = Counter(
                (p.member_id.id, p.organization_id.id, p.kind, p.grade) for p in periods
            )
            want = Counter()
            for member, history in zip(self.members, self.histories, strict=True):
                places, grade = history.places_on(day)
                for org, kind in places:
                    want[(member.id, org, kind, grade)] += 1
            self.assertEqual(got, want, day)

    def test_statistics_count_each_member_where_registered(self):
        """Statistics as of a day: each member counted once, at the
        organisation of that day, with its grade."""
        for day in self.days:
            Stats = self.env["party.member.statistics"].with_context(
                statistics_date=day
            )
            groups = Stats._read_group(
                [("member_id", "in", self.members.ids)],
                ["organization_id"],
                ["member_count:sum", "probationary_count:sum"],
            )
            got = {
                org.id: (members, probationary)
                for org, members, probationary in groups
                if members
            }
            want = Counter()
            probationary = Counter()
            for org, grade, _kind in self._expected(day).values():
                want[org] += 1
                probationary[org] += grade == "probationary"
            self.assertEqual(
                got, {org: (n, probationary[org]) for org, n in want.items()}, day
            )

    def test_vote_bases_read_the_timeline(self):
        """The vote base of each cell (official members registered in
        activity, and exempt ones, with its party groups) matches."""
        Period = self.env["party.membership.period"]
        for day in self.days:
            parts = Period._vote_base_parts(self.cells, day)
            want = {org.id: [0, 0] for org in self.cells}
            for org_id, grade, kind in self._expected(day).values():
                if grade != "official" or kind == timeline.AWAY:
                    continue
                org = self.env["party.organization"].browse(org_id)
                for cell in self.cells:
                    if org == cell or org.parent_id == cell:
                        want[cell.id][kind == timeline.EXEMPT] += 1
            self.assertEqual(
                parts, {org: tuple(pair) for org, pair in want.items()}, day
            )

    def test_timeline_follows_a_corrected_history(self):
        """Removing the last event (a recorded correction) rewrites the
        member's periods as the engine gives them for what remains."""
        member = self.members.filtered(lambda m: len(m.event_ids) > 2)[0]
        history = member.event_ids.sorted(lambda e: (e.date, e.id))
        history[-1].sudo().unlink()
        remaining = [
            (e.event_type, e.date, e.to_organization_id.id or None)
            for e in history[:-1]
        ]
        want = timeline.periods(
            remaining, member.official_date or None, member.organization_id.id
        )
        got = self.env["party.membership.period"].search(
            [("member_id", "=", member.id)], order="date_start, organization_id, kind"
        )
        self.assertEqual(
            [
                (
                    p.organization_id.id,
                    p.date_start,
                    p.date_end or None,
                    p.grade,
                    p.kind,
                )
                for p in got
            ],
            [tuple(p) for p in want],
        )
