# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import ValidationError
from odoo.tests import Form, tagged

from .common import PartyOrgCase


@tagged("post_install", "-at_install")
class TestOrganization(PartyOrgCase):
    def test_complete_name_follows_tree(self):
        """The complete name shows the path from the top of the tree."""
        self.assertEqual(
            self.cell_2.complete_name,
            "Đảng ủy cấp trên / Đảng bộ A / Đảng bộ bộ phận / Chi bộ 2",
        )
        self.sub_committee.name = "ĐBBP Kỹ thuật"
        self.assertEqual(
            self.group.complete_name,
            "Đảng ủy cấp trên / Đảng bộ A / ĐBBP Kỹ thuật / Chi bộ 2 / Tổ đảng 1",
        )

    def test_display_name_leaves_out_external_committees(self):
        """Names show the path from the enterprise's top, not the committee above."""
        self.assertEqual(
            self.cell_2.display_name, "Đảng bộ A / Đảng bộ bộ phận / Chi bộ 2"
        )
        self.assertEqual(self.external.display_name, "Đảng ủy cấp trên")
        self.assertEqual(self.committee.display_name, "Đảng bộ A")

    def test_child_of_uses_parent_store(self):
        """child_of finds the whole subtree through parent_path."""
        subtree = self.env["party.organization"].search(
            [("id", "child_of", self.sub_committee.id)]
        )
        self.assertEqual(subtree, self.sub_committee | self.cell_2 | self.group)
        self.assertEqual(self.committee._get_cells(), self.cell_1 | self.cell_2)

    def test_grassroots_of_each_organisation(self):
        """Each unit maps to its grassroots organisation; external ones to themselves."""
        orgs = self.external | self.committee | self.cell_2 | self.group
        self.assertEqual(
            orgs._get_grassroots_map(),
            {
                self.external.id: self.external,
                self.committee.id: self.committee,
                self.cell_2.id: self.committee,
                self.group.id: self.committee,
            },
        )
        self.assertEqual(self.group._get_grassroots(), self.committee)

    def test_child_count(self):
        """Each organisation counts its direct sub-units."""
        self.assertEqual(self.committee.child_count, 2)
        self.assertEqual(self.cell_1.child_count, 0)

    def test_cycle_refused(self):
        """A cycle in the tree is refused and nothing is written."""
        with self.assertRaisesText(ValidationError, "own ancestor"):
            self.committee.parent_id = self.sub_committee
        self.assertEqual(self.committee.parent_id, self.external)

    def test_parent_of_other_company_refused(self):
        """A parent that belongs to another company is refused."""
        with self.assertRaisesText(ValidationError, "Công ty B"):
            self._org("Chi bộ lạc", "cell", self.other_committee).write(
                {"company_id": self.company.id}
            )

    def test_external_parent_shared_by_companies(self):
        """An external committee without company may head any company's tree."""
        self.other_committee.parent_id = self.external
        self.assertEqual(self.other_committee.parent_id, self.external)

    def test_forbidden_nestings(self):
        """Type nesting follows the Charter: every forbidden pair is refused."""
        cases = [
            ("cell", self.cell_1),  # a cell holds no cell
            ("cell", self.group),
            ("external", self.committee),  # external only at the top
            ("party_group", self.committee),
            ("sub_committee", self.cell_1),
            ("grassroots_committee", self.committee),
        ]
        for org_type, parent in cases:
            with self.subTest(org_type=org_type, parent=parent.name):
                with self.assertRaises(ValidationError):
                    self._org("Sai", org_type, parent)
        grassroots_cell = self.env["party.organization"].create(
            {"name": "Chi bộ cơ sở", "org_type": "grassroots_cell"}
        )
        with self.assertRaisesText(ValidationError, "cannot sit under"):
            self._org("Chi bộ con", "cell", grassroots_cell)
        self._org("Tổ đảng", "party_group", grassroots_cell)
        with self.assertRaisesText(ValidationError, "must sit under"):
            self.env["party.organization"].create(
                {"name": "Mồ côi", "org_type": "cell"}
            )

    def test_type_change_checks_children(self):
        """Changing a type re-checks the sub-units already below it."""
        with self.assertRaisesText(ValidationError, "cannot sit under"):
            self.sub_committee.org_type = "cell"
        self.assertEqual(self.sub_committee.org_type, "sub_committee")

    def test_dissolved_before_established_refused(self):
        """Dissolution cannot precede establishment."""
        with self.assertRaises(ValidationError):
            self.cell_1.write(
                {"date_established": "2020-01-01", "date_dissolved": "2019-01-01"}
            )

    def test_reparenting_tracked(self):
        """Re-parenting leaves a tracking message in the chatter."""
        new_parent = self.env["party.organization"].create(
            {"name": "Đảng ủy Chính phủ", "org_type": "external", "company_id": False}
        )
        self.committee.parent_id = new_parent
        self.env.flush_all()
        self.env.cr.precommit.run()  # tracking is written before commit
        tracked = self.committee.message_ids.tracking_value_ids.filtered(
            lambda t: t.field_id.name == "parent_id"
        )
        self.assertEqual(tracked.old_value_char, self.external.complete_name)
        self.assertEqual(tracked.new_value_char, new_parent.complete_name)

    def test_form_creates_cell(self):
        """The form creates a branch under a committee with the default company."""
        with Form(self.env["party.organization"]) as form:
            form.name = "Chi bộ mới"
            form.org_type = "cell"
            form.parent_id = self.committee
        self.assertEqual(
            form.record.complete_name, "Đảng ủy cấp trên / Đảng bộ A / Chi bộ mới"
        )
