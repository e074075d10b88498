# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields
from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, tagged
from odoo.tools import mute_logger

from .docs_common import MAIN_PDF, PartyPortalDocsCase


@tagged("post_install", "-at_install")
class TestPortalDocuments(PartyPortalDocsCase, HttpCase):
    """/my/party/documents: what was delivered to me, never another's nor a
    secret document; opening records the read receipt."""

    def _make_secret(self, doc):
        """A delivered document made secret behind the ORM's back (old data,
        a correction): its delivery must open nothing any more."""
        self.env.cr.execute(
            "UPDATE party_document SET secrecy = 'secret' WHERE id = %s", [doc.id]
        )
        doc.invalidate_recordset()

    def test_list_own_documents_newest_first(self):
        """Delivered at the same time, the newest document comes first.
        (The setup issues them one after the other: across a second's
        boundary, the later delivery came first and the test failed.)"""
        self.env["party.document.delivery"].sudo().search(
            [("document_id", "in", (self.resolution | self.older).ids)]
        ).write({"date_sent": fields.Datetime.now()})
        self._login(self.portal_an)
        page = self.url_open("/my/party/documents")
        self.assertEqual(page.status_code, 200)
        text = page.text
        self.assertIn("Nghị quyết học tập về xây dựng Đảng", text)
        self.assertIn("Công văn về đảng phí", text)
        self.assertNotIn("Công văn riêng cho chi bộ 2", text)
        self.assertLess(
            text.index("Nghị quyết học tập"), text.index("Công văn về đảng phí")
        )
        self.assertIn("/my/party/documents", self.url_open("/my/party").text)

    def _page_queries(self, url):
        start = self.cr.sql_log_count
        self.assertEqual(self.url_open(url).status_code, 200)
        return self.cr.sql_log_count - start

    def test_pages_queries_do_not_grow(self):
        """The lists make the same number of queries for 3 or 9 documents."""
        self.resolution.action_mark_for_study()
        self._login(self.portal_an)
        urls = ("/my/party/documents", "/my/party/study")
        for url in urls:
            self._page_queries(url)  # warm the caches
        before = [self._page_queries(url) for url in urls]
        extra = self.env["party.document"]
        for i in range(6):
            extra |= self._issued_doc(f"Văn bản thêm {i}", self.member_an)
        extra.action_mark_for_study()
        for url in urls:
            self._page_queries(url)  # the caches the new records reset
        self.assertEqual([self._page_queries(url) for url in urls], before)

    def test_list_is_paged(self):
        """20 documents a page: 23 delivered documents make two pages."""
        docs = self.env["party.document"].create(
            [
                {
                    "type_id": self.type_cv.id,
                    "organization_id": self.committee.id,
                    "summary": f"Công văn số {i}",
                }
                for i in range(21)
            ]
        )
        self.env["party.document.delivery"].create(
            [{"document_id": doc.id, "user_id": self.portal_an.id} for doc in docs]
        )
        self._login(self.portal_an)
        first = self.url_open("/my/party/documents").text
        second = self.url_open("/my/party/documents/page/2").text
        self.assertEqual(first.count("o_party_document_row"), 20)
        self.assertEqual(second.count("o_party_document_row"), 3)
        self.assertIn("/my/party/documents/page/2", first)

    def test_open_document_marks_read(self):
        """The page shows summary, number, date and body, and records the read."""
        delivery = self._delivery(self.resolution, self.member_an)
        self.assertFalse(delivery.date_read)
        self._login(self.portal_an)
        page = self.url_open(f"/my/party/documents/{self.resolution.id}")
        self.assertEqual(page.status_code, 200)
        self.assertIn("Nghị quyết học tập về xây dựng Đảng", page.text)
        self.assertIn(self.resolution.number_symbol, page.text)
        self.assertIn("Nội dung nghị quyết cần học tập.", page.text)
        self.assertIn(f"/my/party/documents/{self.resolution.id}/pdf", page.text)
        delivery.invalidate_recordset()
        self.assertTrue(delivery.date_read)
        self.assertFalse(self._delivery(self.resolution, self.member_binh).date_read)

    def test_qr_leads_a_portal_member_to_the_portal_page(self):
        """Scanning the document's QR as a portal member opens the portal
        page (not the backend), records the read; Cường's QR is refused."""
        self._login(self.portal_an)
        token = self.resolution.sudo().access_token
        response = self.url_open(f"/party/doc/{token}", allow_redirects=False)
        self.assertIn(response.status_code, (302, 303))
        self.assertTrue(
            response.headers["Location"].endswith(
                f"/my/party/documents/{self.resolution.id}"
            )
        )
        self.assertTrue(self._delivery(self.resolution, self.member_an).date_read)
        refused = self.url_open(f"/party/doc/{self.doc_cuong.sudo().access_token}")
        self.assertEqual(refused.status_code, 403)
        self.assertNotIn(self.doc_cuong.summary, refused.text)

    def test_pdf_streamed_by_the_portal(self):
        self._login(self.portal_an)
        response = self.url_open(f"/my/party/documents/{self.resolution.id}/pdf")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.headers["Content-Type"], "application/pdf")
        self.assertEqual(response.content, MAIN_PDF)
        self.assertTrue(self._delivery(self.resolution, self.member_an).date_read)

    def test_other_members_document_is_404(self):
        """Another member's document id: 404 on every route, nothing read,
        nothing studied."""
        self.resolution.action_mark_for_study()
        doc_binh = self._issued_doc("Thư riêng cho Bình", self.member_binh)
        delivery = self._delivery(self.doc_cuong, self.member_cuong)
        self._login(self.portal_an)
        self.assertNotIn(
            "Thư riêng cho Bình", self.url_open("/my/party/documents").text
        )
        for url in (
            f"/my/party/documents/{doc_binh.id}",
            f"/my/party/documents/{doc_binh.id}/pdf",
            f"/my/party/documents/{self.doc_cuong.id}",
            f"/my/party/documents/{self.doc_cuong.id}/pdf",
            "/my/party/documents/999999999",
        ):
            self.assertEqual(self.url_open(url).status_code, 404, url)
        self.assertFalse(self._delivery(doc_binh, self.member_binh).date_read)
        csrf = self._csrf()
        response = self.url_open(
            f"/my/party/documents/{self.doc_cuong.id}/studied",
            data={"csrf_token": csrf},
        )
        self.assertEqual(response.status_code, 404)
        self.assertNotIn("Công văn riêng", self.url_open("/my/party/study").text)
        delivery.invalidate_recordset()
        self.assertFalse(delivery.date_read)
        self.assertFalse(
            self.env["party.document.study"].search(
                [("document_id", "=", self.doc_cuong.id)]
            )
        )
        # A portal user who is no member gets the same 404.
        self._login(self.portal_customer)
        self.assertEqual(
            self.url_open(f"/my/party/documents/{self.resolution.id}").status_code,
            404,
        )

    def test_secret_document_never_listed_nor_downloadable(self):
        """Even with a delivery, a secret document is neither listed, shown,
        downloaded nor marked read."""
        self._make_secret(self.resolution)
        delivery = self._delivery(self.resolution, self.member_an)
        self._login(self.portal_an)
        self.assertNotIn(
            "Nghị quyết học tập", self.url_open("/my/party/documents").text
        )
        self.assertNotIn("Nghị quyết học tập", self.url_open("/my/party/study").text)
        for suffix in ("", "/pdf"):
            url = f"/my/party/documents/{self.resolution.id}{suffix}"
            self.assertEqual(self.url_open(url).status_code, 404, url)
        delivery.invalidate_recordset()
        self.assertFalse(delivery.date_read)

    def test_portal_user_reads_nothing_over_rpc(self):
        self._login(self.portal_an)
        for model in ("party.document.study", "party.document.delivery"):
            self._rpc_refused(model, "search_read", [], fields=["id"])
        self._rpc_refused(
            "party.document", "action_mark_for_study", [self.resolution.id]
        )
        self.assertFalse(self.resolution.study_required)
        with mute_logger("odoo.http"):
            response = self.url_open(
                f"/web/content/party.document/{self.resolution.id}/main_file"
            )
        self.assertNotEqual(response.status_code, 200)


@tagged("post_install", "-at_install")
class TestPortalStudy(PartyPortalDocsCase, HttpCase):
    """Documents for study (học tập nghị quyết): confirmed once by each
    member, seen per member by the secretary."""

    def test_study_confirmation_once(self):
        self.resolution.action_mark_for_study()
        self._login(self.portal_an)
        study_page = self.url_open("/my/party/study")
        self.assertIn("Nghị quyết học tập", study_page.text)
        self.assertNotIn("Công văn về đảng phí", study_page.text)
        url = f"/my/party/documents/{self.resolution.id}"
        csrf = self._csrf(url)
        response = self.url_open(f"{url}/studied", data={"csrf_token": csrf})
        self.assertEqual(response.status_code, 200)
        self.assertIn("o_party_studied", response.text)
        study = self.env["party.document.study"].search(
            [
                ("document_id", "=", self.resolution.id),
                ("member_id", "=", self.member_an.id),
            ]
        )
        self.assertEqual(len(study), 1)
        first = study.date_studied
        self.assertTrue(first)
        self.url_open(f"{url}/studied", data={"csrf_token": csrf})
        study.invalidate_recordset()
        self.assertEqual(study.date_studied, first)
        self.assertEqual(
            self.env["party.document.study"].search_count(
                [("document_id", "=", self.resolution.id)]
            ),
            2,
        )

    def test_not_for_study_cannot_be_confirmed(self):
        self._login(self.portal_an)
        url = f"/my/party/documents/{self.older.id}"
        csrf = self._csrf()
        response = self.url_open(f"{url}/studied", data={"csrf_token": csrf})
        self.assertEqual(response.status_code, 404)
        self.assertFalse(
            self.env["party.document.study"].search(
                [("document_id", "=", self.older.id)]
            )
        )

    def test_secretary_sees_who_studied(self):
        """The secretary sees, on the document, who has and who has not
        studied it; the secretary of another cell sees none of cell_1."""
        self.resolution.with_user(self.user_office).action_mark_for_study()
        self.assertTrue(self.resolution.study_required)
        self.env["party.document.study"].with_user(self.portal_an)._portal_confirm(
            self.resolution.id
        )
        doc = self.resolution.with_user(self.user_office)
        self.assertEqual((doc.study_count, doc.study_done_count), (2, 1))
        Study = self.env["party.document.study"].with_user(self.user_secretary)
        domain = [("document_id", "=", self.resolution.id)]
        self.assertEqual(
            Study.search(domain + [("is_studied", "=", True)]).member_id,
            self.member_an,
        )
        self.assertEqual(
            Study.search(domain + [("is_studied", "=", False)]).member_id,
            self.member_binh,
        )
        self.assertFalse(
            self.env["party.document.study"].with_user(self.secretary_2).search(domain)
        )
        action = doc.action_view_studies()
        self.assertEqual(action["res_model"], "party.document.study")

    def test_only_staff_marks_for_study(self):
        """A plain member cannot mark a document for study, by button or write."""
        member_doc = self.resolution.with_user(self.user_member)
        with self.assertRaises(AccessError):
            member_doc.action_mark_for_study()
        self.assertFalse(self.resolution.study_required)
        draft = self._doc(summary="Dự thảo")
        with self.assertRaises(AccessError):
            draft.with_user(self.user_office).write({"study_required": True})
        self.assertFalse(draft.study_required)

    def test_secret_document_never_for_study(self):
        secret = self.env["party.document"].create(
            {
                "direction": "outgoing",
                "type_id": self.type_nq.id,
                "organization_id": self.committee.id,
                "summary": "Văn bản mật",
                "secrecy": "secret",
            }
        )
        with self.assertRaisesRegex(UserError, "Secret documents never leave"):
            secret.action_mark_for_study()

    def test_marked_before_issue_gets_rows_at_delivery(self):
        draft = self._doc(
            summary="Chỉ thị mới",
            recipient_member_ids=[(6, 0, self.member_binh.ids)],
        )
        draft.action_mark_for_study()
        self.assertFalse(draft.study_ids)
        self._issue(draft)
        self.assertEqual(draft.study_ids.member_id, self.member_binh)


@tagged("post_install", "-at_install")
class TestDocumentDeliveredMail(PartyPortalDocsCase):
    """The "document delivered" mail: from the company's address, in each
    recipient's language, once per recipient."""

    def test_delivered_mail_lang_and_from(self):
        self.env["res.lang"]._activate_lang("vi_VN")
        self.portal_an.lang = "en_US"
        self.portal_binh.lang = "vi_VN"
        template = self.env.ref("party_portal.mail_template_document_delivered")
        template.update_field_translations(
            "subject", {"vi_VN": "Văn bản mới: {{ object.summary }}"}
        )
        doc = self._issued_doc(
            "Thông báo lịch sinh hoạt", self.member_an | self.member_binh
        )
        mails = self.env["mail.mail"].search(
            [
                ("model", "=", "party.document.delivery"),
                ("subject", "ilike", "Thông báo lịch"),
            ]
        )
        by_partner = {mail.recipient_ids: mail for mail in mails}
        self.assertEqual(len(mails), 2)
        mail_an = by_partner[self.portal_an.partner_id]
        mail_binh = by_partner[self.portal_binh.partner_id]
        self.assertEqual(mail_an.email_from, self.company.email_formatted)
        self.assertEqual(mail_binh.email_from, self.company.email_formatted)
        self.assertTrue(
            mail_an.subject.startswith("New party document"), mail_an.subject
        )
        self.assertEqual(mail_binh.subject, "Văn bản mới: Thông báo lịch sinh hoạt")
        self.assertIn(f"/my/party/documents/{doc.id}", str(mail_an.body_html))
        # The chatter's notification is not sent on top of it.
        self.assertFalse(
            self.env["mail.mail"].search(
                [
                    ("model", "=", "party.document"),
                    ("res_id", "=", doc.id),
                    ("recipient_ids", "in", self.portal_an.partner_id.ids),
                ]
            )
        )


@tagged("post_install", "-at_install")
class TestPortalStudyTour(PartyPortalDocsCase, HttpCase):
    """On a phone: a member opens a document for study and confirms it."""

    browser_size = "390x844"
    touch_enabled = True

    def test_tour_study_on_phone(self):
        self.resolution.action_mark_for_study()
        self.start_tour("/my/party", "party_portal_study", login=self.portal_an.login)
        study = self.env["party.document.study"].search(
            [
                ("document_id", "=", self.resolution.id),
                ("member_id", "=", self.member_an.id),
            ]
        )
        self.assertTrue(study.date_studied)
        self.assertTrue(self._delivery(self.resolution, self.member_an).date_read)
