# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
from datetime import timedelta

from odoo import fields

from .common import PartyPortalCase

PDF = b"%PDF-1.4\n% party meeting document\n"


class PortalMeetingsCase(PartyPortalCase):
    """A meeting of cell_1 (An, Bình) with an agenda and a document, one of
    cell_2 (Cường); both announced."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.user_secretary.party_organization_ids = cls.committee
        now = fields.Datetime.now().replace(microsecond=0)
        Meeting = cls.env["party.meeting"]
        cls.meeting = Meeting.create(
            {
                "organization_id": cls.cell_1.id,
                "date_start": now + timedelta(days=2),
                "place": "Hội trường tầng 3",
                "online_link": "https://meet.example.com/chibo1",
                "agenda_ids": [
                    (0, 0, {"name": "Kiểm điểm công tác tháng"}),
                    (0, 0, {"name": "Học tập Nghị quyết"}),
                ],
            }
        )
        cls.document = cls._document("Nghị quyết về công tác quý IV")
        cls.secret = cls._document("Tài liệu mật về nhân sự", secrecy="secret")
        cls.meeting.document_ids = cls.document
        cls.meeting_cuong = Meeting.create(
            {
                "organization_id": cls.cell_2.id,
                "date_start": now + timedelta(days=3),
                "place": "Phòng họp chi bộ 2",
            }
        )
        (cls.meeting | cls.meeting_cuong).action_invite()
        cls.line_an = cls.meeting.attendance_ids.filtered(
            lambda line: line.member_id == cls.member_an
        )

    @classmethod
    def _document(cls, summary, **vals):
        return cls.env["party.document"].create(
            {
                "direction": "internal",
                "type_id": cls.env.ref("party_docs.document_type_nq").id,
                "organization_id": cls.cell_1.id,
                "summary": summary,
                "main_file": base64.b64encode(PDF),
                "main_filename": "nghi-quyet.pdf",
                **vals,
            }
        )

    def _force_link_secret(self):
        """Link the secret document behind the constraints' back (data
        imported by SQL): the portal must still never show it."""
        self.env.cr.execute(
            "INSERT INTO party_meeting_document_rel (meeting_id, document_id) "
            "VALUES (%s, %s)",
            (self.meeting.id, self.secret.id),
        )
        self.env.invalidate_all()

    def _mails(self, meeting):
        return self.env["mail.mail"].search(
            [
                ("model", "=", "party.meeting.attendance"),
                ("res_id", "in", meeting.attendance_ids.ids),
            ]
        )
