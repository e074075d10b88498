# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import PartyDocsCase


@tagged("post_install", "-at_install")
class TestDocumentAccess(PartyDocsCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["party.position"].create(
            {
                "organization_id": cls.cell_2.id,
                "term_id": cls.term.id,
                "employee_id": cls.employee_secretary.id,
                "role": "secretary",
                "date_start": date(2025, 1, 1),
            }
        )
        cls.doc_cell_2 = cls.Document.create(
            {
                "type_id": cls.type_cv.id,
                "organization_id": cls.cell_2.id,
                "summary": "Công văn của Chi bộ 2",
            }
        )
        cls.doc_committee = cls.Document.create(
            {
                "type_id": cls.type_cv.id,
                "organization_id": cls.committee.id,
                "summary": "Công văn của Đảng ủy",
            }
        )
        cls.doc_other_company = cls.Document.create(
            {
                "type_id": cls.type_cv.id,
                "organization_id": cls.other_committee.id,
                "summary": "Công văn công ty B",
            }
        )

    def test_plain_user_has_no_access(self):
        """Users without a party group read no document, delivery or meeting."""
        for model in ("party.document", "party.document.delivery", "party.meeting"):
            with self.assertRaises(AccessError):
                self.env[model].with_user(self.user_plain).search([])

    def test_secretary_works_on_own_subtree(self):
        """A secretary reads and edits the documents of their subtree only."""
        docs = self.Document.with_user(self.user_secretary)
        self.assertEqual(docs.search([("id", "in", self._ids())]), self.doc_cell_2)
        self.doc_cell_2.with_user(self.user_secretary).summary = "Sửa trích yếu"
        with self.assertRaises(AccessError):
            self.doc_committee.with_user(self.user_secretary).read(["summary"])
        with self.assertRaises(AccessError):
            self.doc_cell_2.with_user(self.user_secretary).unlink()

    def test_office_sees_own_companies(self):
        """The party office reads every document of its companies only."""
        docs = self.Document.with_user(self.user_office)
        self.assertEqual(
            docs.search([("id", "in", self._ids())]),
            self.doc_cell_2 | self.doc_committee,
        )

    def test_member_cannot_create(self):
        """Members read what they receive but draft nothing."""
        with self.assertRaises(AccessError):
            self.Document.with_user(self.user_member).create(
                {
                    "type_id": self.type_cv.id,
                    "organization_id": self.cell_1.id,
                    "summary": "Thử",
                }
            )

    def _ids(self):
        return (self.doc_cell_2 | self.doc_committee | self.doc_other_company).ids
