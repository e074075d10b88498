# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.tests import TransactionCase, tagged

from odoo.addons.party_org.tests.staff_views import StaffViewsMixin

from .common import PartyDocsCase


@tagged("post_install", "-at_install")
class TestDocsStaffViews(StaffViewsMixin, TransactionCase):
    def test_activity_views_and_side_panel(self):
        for xmlid in (
            "party_docs.party_document_action_outgoing",
            "party_docs.party_document_action_incoming",
            "party_docs.party_meeting_action",
        ):
            with self.subTest(action=xmlid):
                self.assertActionViews(xmlid, "organization_id")


@tagged("post_install", "-at_install")
class TestGroupedListsReadOnly(TransactionCase):
    def test_grouped_lists_stay_read_only_calls(self):
        """The grouped lists' count of groups (party.grouped.list.mixin)
        keeps Odoo's read-only mark: a read replica may answer it."""
        for model in ("party.document", "party.meeting"):
            method = type(self.env[model]).web_read_group
            self.assertTrue(getattr(method, "_readonly", False), model)


@tagged("post_install", "-at_install")
class TestDocsSidePanelScope(PartyDocsCase):
    def test_side_panel_keeps_secretary_scope(self):
        """Read as the secretary of cell 2, the documents' side panel lists
        cell 2 and the path above it, not cell 1 nor another company's
        committee, and counts only the documents the secretary may read."""
        self.env["party.position"].create(
            {
                "organization_id": self.cell_2.id,
                "term_id": self.term.id,
                "employee_id": self.employee_secretary.id,
                "role": "secretary",
                "date_start": date(2025, 1, 1),
            }
        )
        for org in self.cell_2 | self.cell_1 | self.committee | self.other_committee:
            self.Document.create(
                {"type_id": self.type_cv.id, "organization_id": org.id, "summary": "CV"}
            )
        panel = (
            self.Document.with_user(self.user_secretary)
            .with_context(allowed_company_ids=self.company.ids)
            .search_panel_select_range("organization_id", enable_counters=True)
        )
        listed = {value["id"]: value for value in panel["values"]}
        self.assertIn(self.cell_2.id, listed)
        self.assertNotIn(self.cell_1.id, listed)
        self.assertNotIn(self.other_committee.id, listed)
        path = self.env["party.organization"].search(
            [("id", "parent_of", self.cell_2.id)]
        )
        self.assertLessEqual(set(listed), set(path.ids))
        self.assertEqual(listed[self.committee.id]["__count"], 1)
