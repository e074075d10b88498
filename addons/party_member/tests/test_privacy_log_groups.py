# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Grouped reads of counts in the access log (issue 13, at scale)."""

from odoo.tests import tagged

from ..models.party_member_privacy import GROUP_LOG_SIZE, GROUP_LOG_SIZE_PARAM
from .test_privacy_log import PrivacyLogCase


@tagged("post_install", "-at_install")
class TestPrivacyLogGroups(PrivacyLogCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # Two women and ten men: a group under GROUP_LOG_SIZE and one over.
        cls.women = cls.members[:2]
        cls.women.write({"sex": "female"})
        (cls.members - cls.women).write({"sex": "male"})
        cls.Member = cls.Member.with_user(cls.user_secretary)
        cls.domain = [("id", "in", cls.members.ids)]

    def _count_lines(self):
        return self.Log.search(
            [("user_id", "=", self.user_secretary.id), ("member_id", "=", False)]
        )

    def test_counts_log_small_groups_and_one_line(self):
        """Counts by sex: the two women (a group of fewer than 5, which
        singles them out) are logged one by one, the ten men only in the
        call's one line "Counts of 12 members"."""
        self.assertEqual(GROUP_LOG_SIZE, 5)
        self.Member.read_group(self.domain, ["__count"], ["sex"])
        self.assertEqual(self._logged(self.user_secretary).member_id, self.women)
        line = self._count_lines()
        self.assertEqual(line.member_name, "Counts of 12 members")
        self.assertEqual((line.operation, line.field_names), ("read", "sex"))

    def test_web_client_calls(self):
        """The list's groups (web_read_group), the search panel's counters
        and an eager (pivot) read_group follow the same rule."""
        self.Member.web_read_group(self.domain, [], ["sex"])
        self.Member.search_panel_select_range(
            "organization_id", search_domain=self.domain, enable_counters=True
        )
        self.Member.read_group(
            self.domain, ["__count"], ["organization_id", "sex"], lazy=False
        )
        self.assertEqual(self._logged(self.user_secretary).member_id, self.women)
        self.assertEqual(len(self._count_lines()), 3)

    def test_value_aggregates_log_every_member(self):
        """An aggregate of a member's value (min, max, sum ...) is a read of
        every member of the groups, whatever their size."""
        self.Member.read_group(self.domain, ["birth_date:min"], ["sex"])
        self.assertEqual(self._logged(self.user_secretary).member_id, self.members)

    def test_setting_zero_logs_every_member(self):
        """party_member.access_log_group_size = 0: every member of every
        group is logged one by one, as before."""
        self.env["ir.config_parameter"].set_param(GROUP_LOG_SIZE_PARAM, "0")
        self.Member.read_group(self.domain, ["__count"], ["sex"])
        self.assertEqual(self._logged(self.user_secretary).member_id, self.members)
        self.assertFalse(self._count_lines())

    def test_grouped_read_inserts_twice_whatever_the_groups(self):
        """One INSERT for the small groups' members, one for the call."""
        self.Member.read_group(self.domain, ["__count"], ["sex"])
        for groupby in (["sex"], ["organization_id", "sex"]):
            with self._log_inserts() as inserts:
                self.Member.read_group(self.domain, ["__count"], groupby, lazy=False)
            self.assertEqual(len(inserts), 2, groupby)
