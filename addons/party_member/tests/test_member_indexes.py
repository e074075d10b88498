# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The members list and its name search can be read from indexes (issue 13:
at 100,000 members and more, a sequential scan and sort per page is the
difference between tens and hundreds of milliseconds)."""

from odoo.tests import tagged
from odoo.tools import SQL

from .common import PartyMemberCase


@tagged("post_install", "-at_install")
class TestMemberIndexes(PartyMemberCase):
    def _plan(self, domain, **kwargs):
        """The plan PostgreSQL would take for the search, sequential scans
        priced out (a test database is too small to need an index)."""
        query = self.Member._search(domain, **kwargs)
        self.env.cr.execute("SET LOCAL enable_seqscan = off")
        self.env.cr.execute(SQL("EXPLAIN %s", query.select()))
        return "\n".join(row[0] for row in self.env.cr.fetchall())

    def test_name_search_uses_trigram_indexes(self):
        """'nguyen van an' in the search bar (name or folded name) is
        answered by the trigram indexes of both columns, not a scan."""
        plan = self._plan([("display_name", "ilike", "nguyen van an")])
        self.assertIn("party_member__name_index", plan)
        self.assertIn("party_member__name_search_key_index", plan)
        self.assertNotIn("Seq Scan", plan)

    def test_first_page_read_in_order(self):
        """The first page in the list's order (name, id) walks the
        (name, id) index: no sort of every member."""
        plan = self._plan([], order="name, id", limit=80)
        self.assertIn("party_member_name_id_index", plan)
        self.assertNotIn("Sort", plan)

    def test_name_search_unchanged(self):
        """The indexes change no result: accents or none, any case."""
        member = self._member("NGUYỄN VĂN AN")
        self._member("TRẦN VĂN BÌNH")
        for typed in ("nguyen van an", "NGUYỄN VĂN", "văn an"):
            self.assertEqual(
                self.Member.search([("display_name", "ilike", typed)]), member, typed
            )

    def test_events_of_a_period_read_from_the_date_index(self):
        """The events of a year (statistics, KPIs) come from the date index,
        not from a scan of every member's history."""
        query = self.env["party.member.event"]._search(
            [("date", ">=", "2025-01-01"), ("date", "<=", "2025-12-31")]
        )
        self.env.cr.execute("SET LOCAL enable_seqscan = off")
        self.env.cr.execute(SQL("EXPLAIN %s", query.select()))
        plan = "\n".join(row[0] for row in self.env.cr.fetchall())
        self.assertIn("party_member_event__date_index", plan)

    def test_names_sampled_finely(self):
        """The planner keeps a finer sample of the names (statistics target
        1000): its estimate of a name search chooses the trigram indexes at
        a million members instead of walking the whole list in order."""
        self.env.cr.execute(
            """SELECT attname, attstattarget FROM pg_attribute
                WHERE attrelid = 'party_member'::regclass
                  AND attname IN ('name', 'name_search_key')"""
        )
        self.assertEqual(
            dict(self.env.cr.fetchall()), {"name": 1000, "name_search_key": 1000}
        )

    def test_vacuumed_after_one_percent(self):
        """Autovacuum visits the members after 1 % of them changed (not
        20 %), so counts by organisation stay index-only after an import."""
        self.env.cr.execute(
            "SELECT reloptions FROM pg_class WHERE oid = 'party_member'::regclass"
        )
        self.assertEqual(
            set(self.env.cr.fetchone()[0]),
            {
                "autovacuum_vacuum_scale_factor=0.01",
                "autovacuum_vacuum_insert_scale_factor=0.01",
                "autovacuum_analyze_scale_factor=0.01",
            },
        )
