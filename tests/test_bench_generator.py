# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The benchmark dataset, loaded by COPY, holds what the ORM would have
written: the figures measured on it are figures of real data."""

import sys
from datetime import date

from suite_addons import ROOT

from odoo.tests import TransactionCase

from odoo.addons.party_member.engine.identity import citizen_id_problem

sys.path.insert(0, str(ROOT))
from bench.generate import generate

TODAY = date(2026, 11, 30)


class TestBenchGenerator(TransactionCase):
    test_tags = {"party_suite"}
    test_module = "party_suite"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.summary = generate(cls.env, 600, seed=7, today=TODAY)
        cls.members = cls.summary["members"]
        cls.company = cls.summary["company"]

    def _stored(self, query):
        self.env.flush_all()
        self.env.cr.execute(query, [self.company.id])
        return self.env.cr.fetchall()

    def test_state_and_cell_as_the_history_gives(self):
        """Each member's stored state and cell are those the ORM computes
        from the history."""
        stored = dict(
            (row[0], row[1:])
            for row in self._stored(
                "SELECT id, state, organization_id FROM party_member"
                " WHERE company_id = %s"
            )
        )
        self.assertEqual(len(stored), 600)
        self.assertGreater(len({state for state, _org in stored.values()}), 4)
        members = self.members.with_context(prefetch_fields=False)
        members._compute_state()
        members._compute_organization_id()
        computed = {m.id: (m.state, m.organization_id.id) for m in members}
        self.assertEqual(computed, stored)

    def test_timeline_as_the_suite_writes_it(self):
        """The membership periods are those party.membership.period writes
        from the same histories."""
        query = (
            "SELECT member_id, organization_id, date_start, date_end, grade, kind"
            " FROM party_membership_period WHERE company_id = %s ORDER BY 1, 3, 2, 6"
        )
        loaded = self._stored(query)
        self.env["party.membership.period"]._sync_members(self.members)
        self.assertEqual(self._stored(query), loaded)

    def test_meeting_counts_as_computed(self):
        """Attendance counts, vote base and quorum of the held meetings are
        those of party_docs' computes."""
        meetings = self.env["party.meeting"].search(
            [("company_id", "=", self.company.id), ("state", "=", "held")]
        )
        self.assertTrue(meetings)
        fields = [
            "invited_count",
            "present_count",
            "attendance_rate",
            "vote_base",
            "present_voter_count",
            "quorum_reached",
        ]
        loaded = meetings.read(fields)
        meetings._compute_attendance_stats()
        meetings._compute_quorum()
        self.assertEqual(meetings.read(fields), loaded)

    def test_fee_months_complete(self):
        """The fee rule finds no member left unbilled in a generated month."""
        top = self.env["party.organization"].search(
            [("company_id", "=", self.company.id), ("parent_id", "=", False)]
        )
        created = self.env["party.fee.line"]._generate(date(2026, 10, 1), top)
        self.assertEqual(created, 0)

    def test_identities_valid_and_registers_continue(self):
        """Citizen IDs pass the identity check; a new document of a generated
        register takes the number after the last generated one."""
        rows = self._stored(
            "SELECT citizen_id, birth_date, sex FROM party_member WHERE company_id = %s"
        )
        self.assertFalse([row for row in rows if citizen_id_problem(*row)])
        doc = self.env["party.document"].search(
            [("company_id", "=", self.company.id)], order="number desc", limit=1
        )
        number = self.env["party.document.counter"]._take_number(
            doc.organization_id.id, "outgoing", doc.type_id.id
        )
        self.assertEqual(number, doc.number + 1)
