# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.addons.party_org.tests.common import PartyOrgCase


class PartyDocsCase(PartyOrgCase):
    """PartyOrgCase plus a term of the committee, document types and users."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Document = cls.env["party.document"]
        cls.type_nq = cls.env.ref("party_docs.document_type_nq")
        cls.type_cv = cls.env.ref("party_docs.document_type_cv")
        cls.term_committee = cls.env["party.term"].create(
            {
                "organization_id": cls.committee.id,
                "date_start": date(2020, 10, 1),
                "date_end": date(2025, 9, 30),
            }
        )
        cls.term_committee_next = cls.env["party.term"].create(
            {
                "organization_id": cls.committee.id,
                "date_start": date(2025, 10, 1),
                "date_end": date(2030, 9, 30),
            }
        )
        companies = cls.company | cls.other_company
        cls.user_reader = cls._user("reader", "party_org.group_party_member", companies)
        cls.user_outsider = cls._user(
            "outsider", "party_org.group_party_member", companies
        )

    def _doc(self, **vals):
        values = {
            "direction": "outgoing",
            "type_id": self.type_nq.id,
            "organization_id": self.committee.id,
            "summary": "Về công tác xây dựng Đảng năm 2025",
            "date": date(2025, 3, 1),
            # the elements Hướng dẫn 36-HD/VPTW requires before submitting
            "place": "Hà Nội",
            "signer_authority": "T/M ĐẢNG ỦY",
            "signer_title": "Bí thư",
            "signer_name": "Nguyễn Văn Hùng",
            "body": "<p>Nội dung văn bản.</p>",
            "recipient_external": "Lưu Văn phòng Đảng ủy",
        }
        values.update(vals)
        return self.Document.create(values)

    def _issue(self, doc):
        doc.action_submit()
        doc.action_approve()
        doc.action_sign()
        doc.action_issue()
        return doc
