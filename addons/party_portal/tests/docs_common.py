# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
from datetime import date

from odoo.tools import mute_logger

from odoo.addons.party_docs.tests.common import PartyDocsCase

from .common import PartyPortalCase

MAIN_PDF = b"%PDF-1.4\n% Nghi quyet hoc tap\n%%EOF\n"


class PartyPortalDocsCase(PartyPortalCase, PartyDocsCase):
    """A resolution delivered to An and Bình (cell_1), another to Cường
    (cell_2), and a secretary of each cell."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.resolution = cls._issued_doc(
            "Nghị quyết học tập về xây dựng Đảng",
            cls.member_an | cls.member_binh,
            date=date(2025, 3, 1),
            body="<p>Nội dung nghị quyết cần học tập.</p>",
            main_file=base64.b64encode(MAIN_PDF),
            main_filename="nghi-quyet.pdf",
        )
        cls.older = cls._issued_doc(
            "Công văn về đảng phí", cls.member_an, date=date(2025, 1, 10)
        )
        cls.doc_cuong = cls._issued_doc(
            "Công văn riêng cho chi bộ 2", cls.member_cuong, date=date(2025, 3, 2)
        )
        # The cell secretaries: user_secretary on cell_1, secretary_2 on cell_2.
        cls.term_cell_1 = cls.env["party.term"].create(
            {
                "organization_id": cls.cell_1.id,
                "date_start": date(2025, 1, 1),
                "date_end": date(2027, 12, 31),
            }
        )
        cls._position(cls.cell_1, cls.term_cell_1, cls.employee_secretary)
        cls.secretary_2 = cls._user(
            "secretary_2", "party_org.group_party_secretary", cls.company
        )
        cls.employee_secretary_2 = cls.env["hr.employee"].create(
            {
                "name": "Phạm Thị Bí Thư 2",
                "company_id": cls.company.id,
                "user_id": cls.secretary_2.id,
            }
        )
        cls._position(cls.cell_2, cls.term, cls.employee_secretary_2)
        cls.env["res.users"].invalidate_model(["party_scope_organization_ids"])

    @classmethod
    def _position(cls, cell, term, employee):
        return cls.env["party.position"].create(
            {
                "organization_id": cell.id,
                "term_id": term.id,
                "employee_id": employee.id,
                "role": "secretary",
                "date_start": date(2025, 1, 1),
            }
        )

    @classmethod
    def _issued_doc(cls, summary, members, **vals):
        doc = cls.env["party.document"].create(
            {
                "direction": "outgoing",
                "type_id": cls.env.ref("party_docs.document_type_nq").id,
                "organization_id": cls.committee.id,
                "summary": summary,
                "place": "Hà Nội",
                "signer_authority": "T/M ĐẢNG ỦY",
                "signer_title": "Bí thư",
                "signer_name": "Nguyễn Văn Hùng",
                "body": "<p>Nội dung văn bản.</p>",
                "recipient_external": "Lưu Văn phòng Đảng ủy",
                "recipient_member_ids": [(6, 0, members.ids)],
                **vals,
            }
        )
        doc.action_submit()
        doc.action_approve()
        doc.action_sign()
        doc.action_issue()
        return doc

    def _rpc_refused(self, model, method, *args, **kwargs):
        """A JSON-RPC call the user must be refused: assert AccessError."""
        with mute_logger("odoo.http"):
            result, error = self._rpc(model, method, *args, **kwargs)
        self.assertIsNone(result, f"{model}.{method}")
        self.assertIn("AccessError", error["data"]["name"], f"{model}.{method}")

    def _delivery(self, doc, member):
        return self.env["party.document.delivery"].search(
            [("document_id", "=", doc.id), ("user_id", "=", member.user_id.id)]
        )
