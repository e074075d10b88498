# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date
from unittest.mock import patch

from odoo.exceptions import AccessError
from odoo.tests import tagged
from odoo.tools import mute_logger

from ..models import statistics_closed_groups
from .common import PartyKpiCase

DAY = date(2024, 12, 31)
PIVOT = ([("member_count", "=", 1)], ["sex"], ["member_count:sum"])


@tagged("post_install", "-at_install")
class TestStatisticsClosedGroups(PartyKpiCase):
    """A grouped read of closed statistics is kept once read
    (models/statistics_closed_groups.py), for the same user only, with
    access checked each time; reopened, the figures are live again."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._statistics_officials()
        cls.closing = (
            cls.env["party.statistics.closing"]
            .with_user(cls.user_office)
            .create({"statistics_date": DAY, "company_id": cls.company.id})
        )

    def setUp(self):
        super().setUp()
        # The groups kept by an earlier test of the same closing.
        statistics_closed_groups.KEPT.clear()

    def _stats(self, user):
        return (
            self.env["party.member.statistics"]
            .with_user(user)
            .with_context(statistics_date=DAY, allowed_company_ids=self.company.ids)
        )

    def _read(self, user, spec=PIVOT):
        """(the groups, how many statements read the stored rows)."""
        statements = []
        execute = self.env.cr.execute

        def watched(query, params=None, log_exceptions=True):
            statements.append(str(query))
            return execute(query, params, log_exceptions)

        with patch.object(self.env.cr, "execute", watched):
            groups = self._stats(user)._read_group(*spec)
        stored = [sql for sql in statements if "party_statistics_closing_row" in sql]
        return dict(groups), len(stored)

    def test_read_once_then_kept(self):
        """The office's pivot reads the stored rows once; asked again, the
        same groups come back without reading them."""
        first, reads = self._read(self.user_office)
        self.assertEqual(first, {"female": 1, "male": 2})
        self.assertEqual(reads, 1)
        again, reads = self._read(self.user_office)
        self.assertEqual(again, first)
        self.assertEqual(reads, 0)
        # Grouped by a relation (sorted by a name that can change): read.
        _groups, reads = self._read(
            self.user_office,
            ([("member_count", "=", 1)], ["organization_id"], ["member_count:sum"]),
        )
        self.assertEqual(reads, 1)
        _groups, reads = self._read(
            self.user_office,
            ([("member_count", "=", 1)], ["organization_id"], ["member_count:sum"]),
        )
        self.assertEqual(reads, 1)

    def test_kept_per_language(self):
        """Grouped by week, the groups start on the language's first day of
        the week: a read kept in English is not the Vietnamese one."""
        Lang = self.env["res.lang"]
        Lang._activate_lang("en_US")
        Lang._activate_lang("vi_VN")
        Lang._lang_get("en_US").week_start = "7"  # Sunday
        Lang._lang_get("vi_VN").week_start = "1"  # Monday
        weeks = {}
        for lang in ("en_US", "vi_VN"):
            stats = self._stats(self.user_office).with_context(lang=lang)
            weeks[lang] = stats._read_group(
                [("member_count", "=", 1)], ["statistics_date:week"], ["__count"]
            )
        # 31/12/2024 is a Tuesday: the week from Sunday 29, or Monday 30.
        self.assertEqual(weeks["en_US"], [(date(2024, 12, 29), 3)])
        self.assertEqual(weeks["vi_VN"], [(date(2024, 12, 30), 3)])

    def test_kept_for_its_user_only(self):
        """A secretary, whose rule reads the organisation tree, reads their
        own cells' stored rows, not the groups the office's read kept; a
        field of the office alone stays refused to them."""
        self._read(self.user_office)
        groups, reads = self._read(self.user_secretary)
        self.assertEqual(reads, 1)
        scope = self.user_secretary.party_scope_organization_ids
        expected = (
            self._stats(self.user_office)
            .sudo()
            ._read_group(
                [("member_count", "=", 1), ("organization_id", "child_of", scope.ids)],
                ["sex"],
                ["member_count:sum"],
            )
        )
        self.assertEqual(groups, dict(expected))
        self.assertNotEqual(groups, {"female": 1, "male": 2})
        minorities = ([], ["sex"], ["ethnic_minority_count:sum"])
        self._read(self.user_office, minorities)
        with self.assertRaises(AccessError), mute_logger("odoo.models"):
            self._read(self.user_secretary, minorities)

    def test_access_checked_on_a_kept_read(self):
        """A user who lost the read right on the statistics is refused even
        the groups kept from their earlier read."""
        self._read(self.user_office)
        access = self.env.ref("party_kpi.access_party_member_statistics_secretary")
        access.perm_read = False
        with self.assertRaises(AccessError), mute_logger("odoo.models"):
            self._read(self.user_office)

    def test_reopened_reads_live(self):
        """Reopened, the statistics count a member recorded after the
        closing: the groups kept for the closing are not read any more."""
        self.assertEqual(self._read(self.user_office)[0], {"female": 1, "male": 2})
        self._official("Lê Văn E", self.cell_1, sex="male", admitted=date(2020, 1, 5))
        self.assertEqual(self._read(self.user_office)[0], {"female": 1, "male": 2})
        self.closing.with_user(self.user_office).action_reopen()
        self.assertEqual(self._read(self.user_office)[0], {"female": 1, "male": 3})
