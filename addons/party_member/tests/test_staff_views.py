# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import tagged

from odoo.addons.party_org.tests.staff_views import StaffViewsMixin

from .common import PartyMemberCase


@tagged("post_install", "-at_install")
class TestMemberStaffViews(StaffViewsMixin, PartyMemberCase):
    def test_activity_views_and_side_panel(self):
        self.assertActionViews("party_member.party_member_action", "organization_id")
        self.assertActionViews("party_member.party_decision_action")
        self.assertActionViews("party_member.party_transfer_action")

    def test_side_panel_keeps_secretary_scope(self):
        """The side panel, read as a secretary of the sub-committee, lists the
        organisations of their subtree and the path above it (the panel is a
        tree), never a sibling cell nor another committee; its counters count
        only the members the secretary may read."""
        self._secretary_on_sub_committee()
        self._official("Chi bộ 2", self.cell_2)
        self._official("Chi bộ 1", self.cell_1)
        panel = (
            self.Member.with_user(self.user_secretary)
            .with_context(allowed_company_ids=self.company.ids)
            .search_panel_select_range("organization_id", enable_counters=True)
        )
        listed = {value["id"]: value for value in panel["values"]}
        path = self.external | self.committee
        self.assertEqual(
            set(listed), set((path | self.sub_committee | self.cell_2).ids)
        )
        self.assertNotIn(self.cell_1.id, listed)
        self.assertNotIn(self.other_committee.id, listed)
        self.assertEqual(listed[self.cell_2.id]["__count"], 1)
        self.assertEqual(listed[self.committee.id]["__count"], 1)

    def test_side_panel_too_many_organisations_answered_before_counting(self):
        """When the members of the list lie in as many organisations as the
        panel's limit, the panel answers Odoo's "Too many items" without
        counting every member by organisation first (1.5 s at a million
        members); below the limit, Odoo's own panel and counters."""
        self._official("Chi bộ 1", self.cell_1)
        self._official("Chi bộ 2", self.cell_2)
        Member = self.Member.with_user(self.user_office).with_context(
            allowed_company_ids=self.company.ids
        )

        def panel(limit):
            self.env.invalidate_all()
            before = self.env.cr.sql_log_count
            answer = Member.search_panel_select_range(
                "organization_id", enable_counters=True, limit=limit
            )
            return answer, self.env.cr.sql_log_count - before

        too_many, shortcut_queries = panel(2)
        self.assertEqual(list(too_many), ["error_msg"])
        listed, counted_queries = panel(10)
        counts = {value["id"]: value["__count"] for value in listed["values"]}
        self.assertEqual(counts[self.cell_1.id], 1)
        self.assertEqual(counts[self.cell_2.id], 1)
        self.assertLess(shortcut_queries, counted_queries)

    def test_grouped_list_counts_its_groups(self):
        """Grouped by organisation, a page of groups carries the total
        number of groups for the pager, counted as the user reads them (the
        same total as Odoo's own grouped read under their record rules)."""
        self._official("Chi bộ 1", self.cell_1)
        self._official("Chi bộ 2", self.cell_2)
        self._official("Chi bộ 2 bis", self.cell_2)
        for user, expected in ((self.user_office, 2), (self.user_secretary, None)):
            Member = self.Member.with_user(user).with_context(
                allowed_company_ids=self.company.ids
            )
            groups = len(Member._read_group([], ["organization_id"]))
            if expected:
                self.assertEqual(groups, expected)
            page = Member.web_read_group([], [], ["organization_id"], limit=1)
            self.assertEqual(len(page["groups"]), min(groups, 1))
            self.assertEqual(page["length"], groups)
            whole = Member.web_read_group([], [], ["organization_id"], limit=80)
            self.assertEqual(whole["length"], groups)
