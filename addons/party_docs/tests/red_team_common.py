# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Fixture of the documents and meetings red-team tests.

``committee`` (code ĐU) → ``sub_committee`` → ``cell_2`` (code CB2), and
``committee`` → ``cell_1``. ``user_secretary`` is secretary of cell_2 and
``user_deputy`` its deputy secretary (both Branch Secretary); ``user_assigned``
is a Branch Secretary assigned to the committee without a position there.
The committee and cell_2 have a signing certificate.
"""

import base64
from datetime import date, datetime

from ..engine.pdf_signature import make_self_signed_pkcs12
from .common import PartyDocsCase
from .test_signature import make_pdf

PASSWORD = "mat-khau-red-team"


class DocsRedTeamCase(PartyDocsCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.cell_2.code = "CB2"
        companies = cls.company | cls.other_company
        cls.user_deputy = cls._user(
            "deputy", "party_org.group_party_secretary", companies
        )
        cls.user_assigned = cls._user(
            "assigned", "party_org.group_party_secretary", companies
        )
        cls.user_assigned.party_organization_ids = cls.committee
        Position = cls.env["party.position"]
        for employee, role in (
            (cls.employee_secretary, "secretary"),
            (
                cls.env["hr.employee"].create(
                    {
                        "name": "Phó Bí thư",
                        "company_id": cls.company.id,
                        "user_id": cls.user_deputy.id,
                    }
                ),
                "deputy_secretary",
            ),
        ):
            Position.create(
                {
                    "organization_id": cls.cell_2.id,
                    "term_id": cls.term.id,
                    "employee_id": employee.id,
                    "role": role,
                    "date_start": date(2025, 1, 1),
                }
            )
        for org in (cls.committee, cls.cell_2):
            cls.env["party.signing.certificate"].create(
                {
                    "organization_id": org.id,
                    "pkcs12_file": base64.b64encode(
                        make_self_signed_pkcs12(f"Chung thu {org.code}", PASSWORD)
                    ),
                    "password_input": PASSWORD,
                }
            )
        cls.pdf = base64.b64encode(make_pdf())
        # the elements Hướng dẫn 36-HD/VPTW requires before submitting
        cls.required = {
            "place": "Hà Nội",
            "signer_title": "Bí thư",
            "signer_name": "Nguyễn Văn Hùng",
            "recipient_external": "Lưu Văn phòng",
        }
        # A resolution of the committee delivered to the cell 2 secretary.
        cls.delivered = cls.Document.create(
            {
                "type_id": cls.type_nq.id,
                "organization_id": cls.committee.id,
                "summary": "Nghị quyết của Đảng ủy",
                "date": date(2025, 11, 1),
                "recipient_user_ids": [(6, 0, cls.user_secretary.ids)],
                "body": "<p>Nội dung nghị quyết.</p>",
                **cls.required,
            }
        )
        cls.delivered.action_submit()
        cls.delivered.action_approve()
        cls.delivered.action_sign()
        cls.delivered.action_issue()
        # A draft of the committee, approved, waiting for its signature.
        cls.committee_approved = cls.Document.create(
            {
                "type_id": cls.type_nq.id,
                "organization_id": cls.committee.id,
                "summary": "Dự thảo nghị quyết của Đảng ủy",
                "main_file": cls.pdf,
                "main_filename": "nq.pdf",
                **cls.required,
            }
        )
        cls.committee_approved.action_submit()
        cls.committee_approved.action_approve()
        cls.secret = cls.Document.create(
            {
                "direction": "incoming",
                "type_id": cls.type_cv.id,
                "organization_id": cls.cell_2.id,
                "number_symbol": "9-CV/ĐUK",
                "summary": "Công văn mật về nhân sự",
                "secrecy": "confidential",
                "audience_user_ids": [(6, 0, cls.user_deputy.ids)],
            }
        )
        cls.delivered_decision = cls.env["party.decision"].create(
            {
                "name": "15-QĐ/ĐU",
                "date": date(2019, 1, 10),
                "decision_type": "admission",
                "issuer_organization_id": cls.committee.id,
                "company_id": cls.company.id,
            }
        )
        cls.meeting_cell_2 = cls.env["party.meeting"].create(
            {
                "organization_id": cls.cell_2.id,
                "date_start": datetime(2025, 5, 10, 1, 0),
                "attendance_ids": [
                    (0, 0, {"user_id": cls.user_secretary.id}),
                    (0, 0, {"user_id": cls.user_member.id}),
                ],
            }
        )

    def _draft(self, user, **vals):
        """A draft of cell 2 written by ``user``."""
        values = {
            "type_id": self.type_nq.id,
            "organization_id": self.cell_2.id,
            "summary": "Nghị quyết của Chi bộ 2",
            "main_file": self.pdf,
            "main_filename": "nq.pdf",
            **self.required,
        }
        values.update(vals)
        return self.Document.with_user(user).create(values)

    def _approved(self):
        """A draft of cell 2 by its secretary, approved by its deputy."""
        doc = self._draft(self.user_secretary)
        doc.action_submit()
        doc.with_user(self.user_deputy).action_approve()
        return doc.with_user(self.user_secretary)

    def _held_meeting(self):
        """Meeting of cell 2, held with its one official member present (the
        quorum) who voted, one invitee present and one absent."""
        meeting = self.meeting_cell_2
        voter = self.env["party.member"].create(
            {
                "name": "Đảng viên Chi bộ 2",
                "organization_id": self.cell_2.id,
                "company_id": self.company.id,
            }
        )
        voter._add_event(
            "admission", date(2020, 3, 2), decision=self.delivered_decision
        )
        voter._add_event("official_recognition", date(2021, 3, 2))
        meeting.write(
            {
                "agenda_ids": [
                    (0, 0, {"name": "Kết nạp đảng viên", "vote_rule": "majority"})
                ],
                "attendance_ids": [(0, 0, {"member_id": voter.id, "state": "present"})],
            }
        )
        meeting.action_invite()
        meeting.attendance_ids.filtered(lambda a: not a.member_id)[0].action_present()
        meeting.agenda_ids.votes_for = 1
        meeting.action_mark_held()
        return meeting
