# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, datetime

from freezegun import freeze_time

from odoo.tests import HttpCase, tagged

from odoo.addons.party_org.tests.pdf_common import A4_PORTRAIT, PdfReportMixin

from .common import PartyDocsCase

MINUTES = "party_docs.party_meeting_minutes_report"
REGISTER = "party_docs.party_document_register_report"


@tagged("post_install", "-at_install")
class TestDocsReportPdf(PdfReportMixin, HttpCase, PartyDocsCase):
    """Minutes and document register as real PDFs (wkhtmltopdf)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company.partner_id.write({"tz": "Asia/Ho_Chi_Minh", "city": "Hà Nội"})
        cls.user_secretary.party_organization_ids = cls.cell_1
        decision = cls.env["party.decision"].create(
            {
                "name": "15-QĐ/ĐU",
                "date": date(2019, 1, 10),
                "decision_type": "admission",
                "issuer_organization_id": cls.committee.id,
                "company_id": cls.company.id,
            }
        )
        cls.members = cls.env["party.member"]
        for name, user in (
            ("Trần Văn An", cls.user_reader),
            ("Lê Thị Bình", cls.user_member),
            ("Nguyễn Thị Ánh Tuyết", cls.user_outsider),
        ):
            member = cls.env["party.member"].create(
                {
                    "name": name,
                    "organization_id": cls.cell_1.id,
                    "company_id": cls.company.id,
                    "user_id": user.id,
                }
            )
            member._add_event("admission", date(2020, 3, 2), decision=decision)
            member._add_event("official_recognition", date(2021, 3, 2))
            cls.members |= member

    def _held_meeting(self, day, **vals):
        start = datetime(2025, 5, day, 1, 0)
        meeting = self.env["party.meeting"].create(
            dict(
                {
                    "organization_id": self.cell_1.id,
                    "kind": "regular",
                    "date_start": start,
                    "place": "Phòng họp tầng 3",
                    "chair_id": self.members[0].id,
                    "secretary_id": self.members[1].id,
                },
                **vals,
            )
        )
        meeting.action_invite()
        with freeze_time(start.replace(minute=5)):
            meeting._check_in(self.user_reader)
        meeting.action_mark_held()
        return meeting

    def test_minutes_one_meeting(self):
        """The minutes print with diacritics, local time to the minute, the
        date line in words and the rate with a decimal comma."""
        meeting = self._held_meeting(
            10, minutes="<p>Đồng chí Bí thư quán triệt nghị quyết.</p>"
        )
        self.env["party.meeting.agenda"].create(
            {
                "meeting_id": meeting.id,
                "name": "Thông qua nghị quyết tháng",
                "vote_rule": "majority",
                "votes_for": 1,
            }
        )
        pdf = self._render_pdf(MINUTES, meeting)
        pages = self._pdf_pages(pdf)
        text = " ".join(pages)
        self._assertPdfText(
            text,
            "ĐẢNG CỘNG SẢN VIỆT NAM",
            "BIÊN BẢN",
            "Hà Nội, ngày 10 tháng 05 năm 2025",
            "Thời gian: 08:00, 10/05/2025",
            "Phòng họp tầng 3",
            "Trần Văn An",
            "Nguyễn Thị Ánh Tuyết",
            "33,33%",
            "Thông qua nghị quyết tháng",
            "tán thành 1",
            "quán triệt nghị quyết",
        )
        self.assertIn(
            "Thư ký: Lê Thị Bình (vắng mặt)", text, "the absent clerk is flagged"
        )
        self.assertNotIn("Trần Văn An (vắng mặt)", text)
        self.assertNotIn("01:00", text, "times print in the company's time zone")
        self.assertNotIn("08:00:00", text, "times print without seconds")
        self.assertEqual(set(self._pdf_page_sizes(pdf)), {A4_PORTRAIT})

    def test_minutes_several_meetings_one_pdf(self):
        """Two meetings print into one PDF, each on its own pages."""
        first = self._held_meeting(10)
        second = self._held_meeting(17, place=False, chair_id=False, secretary_id=False)
        pages = self._pdf_pages(self._render_pdf(MINUTES, first | second))
        self.assertEqual(len(pages), 2)
        self.assertIn("10/05/2025", pages[0])
        self.assertIn("17/05/2025", pages[1])
        self.assertNotIn("10/05/2025", pages[1])

    def test_minutes_empty_optional_fields(self):
        """A draft meeting with no place, chair, clerk or agenda still prints."""
        meeting = self.env["party.meeting"].create(
            {
                "organization_id": self.cell_1.id,
                "date_start": datetime(2025, 6, 1, 13, 30),
            }
        )
        text = " ".join(self._pdf_pages(self._render_pdf(MINUTES, meeting)))
        self._assertPdfText(text, "BIÊN BẢN", "Thời gian: 20:30, 01/06/2025")

    def test_minutes_over_http_as_secretary(self):
        """The branch secretary prints the minutes of two meetings as one PDF,
        and downloads them over HTTP."""
        meetings = self._held_meeting(10) | self._held_meeting(17)
        pdf = self._render_pdf(MINUTES, meetings, user=self.user_secretary)
        self.assertEqual(len(self._pdf_pages(pdf)), 2)
        self._fetch_pdf(MINUTES, meetings, self.user_secretary.login, "BIÊN BẢN")

    def _register(self, direction, user=None):
        wizard = self.env["party.document.register"]
        return wizard.with_user(user or self.env.user).create(
            {
                "organization_id": self.committee.id,
                "direction": direction,
                "date_from": date(2025, 1, 1),
                "date_to": date(2025, 12, 31),
            }
        )

    def test_register_pdf(self):
        """The outgoing register prints numbers, Vietnamese summaries and
        dd/mm/yyyy dates; an empty register and two registers at once print."""
        self._issue(
            self._doc(summary="Về công tác kết nạp đảng viên", date=date(2025, 3, 1))
        )
        self._issue(self._doc(summary="Về kiểm điểm cuối năm", date=date(2025, 6, 5)))
        outgoing = self._register("outgoing")
        incoming = self._register("incoming")
        pdf = self._render_pdf(REGISTER, outgoing | incoming)
        pages = self._pdf_pages(pdf)
        self.assertEqual(len(pages), 2)
        self._assertPdfText(
            pages[0],
            "Đảng bộ A",
            "01-NQ/ĐU",
            "02-NQ/ĐU",
            "Về công tác kết nạp đảng viên",
            "01/03/2025",
            "05/06/2025",
            "01/01/2025 – 31/12/2025",
        )
        self.assertNotIn("2025-03-01", pages[0])
        self.assertEqual(
            set(self._pdf_page_sizes(pdf)), {A4_PORTRAIT[::-1]}, "landscape"
        )
        self.assertNotIn("02-NQ/ĐU", pages[1], "the incoming register is empty")

    def test_register_over_http_as_office(self):
        """The party office prints the register and downloads it over HTTP."""
        self._issue(self._doc(summary="Về công tác kết nạp đảng viên"))
        register = self._register("outgoing", self.user_office)
        text = self._pdf_pages(self._render_pdf(REGISTER, register))[0]
        self.assertIn("Về công tác kết nạp đảng viên", text)
        self._fetch_pdf(REGISTER, register, self.user_office.login, "01-NQ/ĐU")


DOCUMENT = "party_docs.party_document_report"


@tagged("post_install", "-at_install")
class TestDocumentPdf(PdfReportMixin, HttpCase, PartyDocsCase):
    """The party document in the format of Hướng dẫn 36-HD/VPTW."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company.partner_id.write({"tz": "Asia/Ho_Chi_Minh", "city": "Hà Nội"})

    def _full_doc(self, **vals):
        return self._doc(
            **dict(
                {
                    "date": date(2026, 11, 5),
                    "summary": "về công tác phát triển đảng viên năm 2027",
                    "body": "<p>Đảng ủy quyết nghị: kết nạp 12 quần chúng ưu tú.</p>",
                    "signer_authority": "T/M Đảng ủy",
                    "signer_title": "Bí thư",
                    "signer_name": "Nguyễn Văn Bí Thư",
                    "recipient_organization_ids": [
                        (6, 0, (self.cell_1 | self.cell_2).ids)
                    ],
                    "recipient_external": "Ban Tổ chức Đảng ủy cấp trên",
                },
                **vals,
            )
        )

    def test_issued_document_official_format(self):
        """An issued resolution prints every element 36-HD/VPTW requires."""
        doc = self._issue(self._full_doc())
        pdf = self._render_pdf(DOCUMENT, doc, lang="en_US")
        pages = self._pdf_pages(pdf)
        self.assertEqual(len(pages), 1)
        self._assertPdfText(
            pages[0],
            "ĐẢNG ỦY CẤP TRÊN",
            "ĐẢNG ỦY A",
            "ĐẢNG CỘNG SẢN VIỆT NAM",
            "Hà Nội, ngày 05 tháng 11 năm 2026",
            f"Số {doc.number_symbol}",
            "NGHỊ QUYẾT",
            "về công tác phát triển đảng viên năm 2027",
            "kết nạp 12 quần chúng ưu tú",
            "T/M ĐẢNG ỦY",
            "BÍ THƯ",
            "Nguyễn Văn Bí Thư",
            "Nơi nhận:",
            "- Chi bộ 1,",
            "- Chi bộ 2,",
            "- Ban Tổ chức Đảng ủy cấp trên,",
        )
        self.assertRegex(doc.number_symbol, r"^\d+-NQ/ĐU$")
        self.assertEqual(set(self._pdf_page_sizes(pdf)), {A4_PORTRAIT})

    def test_several_documents_and_empty_draft(self):
        """Two documents print into one PDF; a draft with only a type and a
        summary prints blanks for the number, place and date."""
        official_letter = self._full_doc(
            type_id=self.type_cv.id,
            summary="về việc nộp báo cáo quý IV",
            place="Hải Phòng",
        )
        draft = self._doc(summary="Dự thảo chưa có nội dung", date=False)
        pages = self._pdf_pages(self._render_pdf(DOCUMENT, official_letter | draft))
        self.assertEqual(len(pages), 2)
        self._assertPdfText(
            pages[0],
            "V/v về việc nộp báo cáo quý IV",
            "Hải Phòng, ngày 05 tháng 11 năm 2026",
        )
        self._assertPdfText(
            pages[1],
            "Số -NQ/ĐU",
            "Hà Nội, ngày ... tháng ... năm ...",
            "Dự thảo chưa có nội dung",
        )
        self.assertNotIn("Dự thảo", pages[0])

    def test_document_over_http(self):
        """The party office prints the issued document and downloads it over HTTP."""
        doc = self._issue(self._full_doc())
        pdf = self._render_pdf(DOCUMENT, doc, user=self.user_office)
        self.assertIn(doc.number_symbol, self._pdf_pages(pdf)[0])
        self._fetch_pdf(DOCUMENT, doc, self.user_office.login, doc.number_symbol)
