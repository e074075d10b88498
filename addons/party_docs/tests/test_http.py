# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
from datetime import date, timedelta

from odoo import fields, http
from odoo.tests import HttpCase, new_test_user, tagged

PDF = base64.b64encode(b"%PDF-1.4\n% body\n%%EOF\n")


@tagged("post_install", "-at_install")
class TestDocumentDoors(HttpCase):
    """/web/content and /party/doc/<token> as different users."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        org = cls.env["party.organization"].create(
            {"name": "Đảng bộ HTTP", "code": "ĐUH", "org_type": "grassroots_committee"}
        )
        # Numbers run per term: the issuer needs one covering the date.
        cls.env["party.term"].create(
            {
                "organization_id": org.id,
                "date_start": date(2025, 1, 1),
                "date_end": date(2029, 12, 31),
            }
        )
        cls.reader = new_test_user(
            cls.env,
            login="doc_reader",
            password="doc_reader_pw",
            groups="party_org.group_party_member",
        )
        cls.outsider = new_test_user(
            cls.env,
            login="doc_outsider",
            password="doc_outsider_pw",
            groups="party_org.group_party_member",
        )
        cls.portal = new_test_user(
            cls.env,
            login="doc_portal",
            password="doc_portal_pw",
            groups="base.group_portal",
        )
        values = {
            "type_id": cls.env.ref("party_docs.document_type_tb").id,
            "organization_id": org.id,
            "date": date(2025, 5, 5),
            "main_file": PDF,
            "main_filename": "vb.pdf",
            "place": "Hà Nội",
            "signer_title": "Bí thư",
            "signer_name": "Nguyễn Văn Hùng",
        }
        cls.secret = cls.env["party.document"].create(
            dict(
                values,
                summary="Mật",
                secrecy="confidential",
                audience_user_ids=[(6, 0, cls.reader.ids)],
            )
        )
        cls.annex = cls.env["ir.attachment"].create(
            {
                "name": "pl.pdf",
                "datas": PDF,
                "res_model": "party.document",
                "res_id": cls.secret.id,
            }
        )
        cls.public = cls.env["party.document"].create(
            dict(
                values, summary="Thông báo", recipient_user_ids=[(6, 0, cls.reader.ids)]
            )
        )
        cls.public.write({"state": "signed"})
        cls.public.action_issue()

    def _get(self, url, login):
        if login:
            self.authenticate(login, f"{login}_pw")
        else:
            self.logout()
        return self.url_open(url, allow_redirects=False)

    def test_web_content_secret_main_file(self):
        """/web/content refuses a secret document's PDF to anyone outside the audience."""
        url = f"/web/content/party.document/{self.secret.id}/main_file"
        self.assertEqual(self._get(url, "doc_reader").status_code, 200)
        for login in ("doc_outsider", "doc_portal"):
            self.assertIn(self._get(url, login).status_code, (403, 404), login)

    def test_web_content_secret_annex(self):
        """/web/content refuses a secret document's annexes to anyone outside the audience."""
        url = f"/web/content/{self.annex.id}"
        self.assertEqual(self._get(url, "doc_reader").status_code, 200)
        for login in ("doc_outsider", "doc_portal"):
            self.assertIn(self._get(url, login).status_code, (403, 404), login)
        response = self._get(
            f"/web/content/{self.annex.id}?access_token=x", "doc_outsider"
        )
        self.assertIn(response.status_code, (403, 404))

    def test_qr_opens_for_recipients_only(self):
        """The QR route opens an issued document for its recipients and refuses others."""
        url = f"/party/doc/{self.public.access_token}"
        response = self._get(url, "doc_reader")
        self.assertEqual(response.status_code, 303)
        self.assertIn(
            f"/odoo/party.document/{self.public.id}", response.headers["Location"]
        )
        self.assertTrue(self.public.delivery_ids.date_read)
        refused = self._get(url, "doc_outsider")
        self.assertEqual(refused.status_code, 403)
        self.assertIn("o_party_doc_unavailable", refused.text)
        self.assertNotIn(self.public.summary, refused.text)
        missing = self._get("/party/doc/no-such-token", "doc_reader")
        self.assertEqual(missing.status_code, 404)
        self.assertIn("o_party_doc_unavailable", missing.text)
        anonymous = self._get(url, None)
        self.assertIn(anonymous.status_code, (302, 303))
        self.assertIn("/web/login", anonymous.headers["Location"])

    def test_qr_never_opens_secret(self):
        """A secret document cannot be reached by QR even with a forged token in the DB."""
        self.env.cr.execute(
            "UPDATE party_document SET access_token = 'forged', state = 'issued' WHERE id = %s",
            [self.secret.id],
        )
        self.assertEqual(self._get("/party/doc/forged", "doc_reader").status_code, 404)


@tagged("post_install", "-at_install")
class TestMeetingCheckinRoute(HttpCase):
    """/party/meeting/<token>/checkin marks the logged-in invitee present."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cell = cls.env["party.organization"].create(
            {"name": "Chi bộ HTTP", "org_type": "grassroots_cell"}
        )
        cls.invitee = new_test_user(
            cls.env,
            login="meet_invitee",
            password="meet_invitee_pw",
            groups="party_org.group_party_member",
        )
        cls.stranger = new_test_user(
            cls.env,
            login="meet_stranger",
            password="meet_stranger_pw",
            groups="party_org.group_party_member",
        )
        # The check-in opens 30 minutes before the start: the meeting starts now.
        cls.meeting = cls.env["party.meeting"].create(
            {
                "organization_id": cell.id,
                "kind": "regular",
                "date_start": fields.Datetime.now() - timedelta(minutes=5),
                "attendance_ids": [(0, 0, {"user_id": cls.invitee.id})],
            }
        )
        cls.meeting.action_invite()

    def _post(self, url):
        return self.url_open(url, data={"csrf_token": http.Request.csrf_token(self)})

    def test_checkin_route(self):
        """An invitee checks in by POST from the QR page; a stranger and a bad token are refused."""
        url = f"/party/meeting/{self.meeting.checkin_token}/checkin"
        self.authenticate("meet_stranger", "meet_stranger_pw")
        self.assertEqual(self.url_open(url).status_code, 403)
        self.assertEqual(self._post(url).status_code, 403)
        self.authenticate("meet_invitee", "meet_invitee_pw")
        self.assertEqual(self.url_open("/party/meeting/bad/checkin").status_code, 404)
        page = self.url_open(url)
        self.assertEqual(page.status_code, 200)
        self.assertIn("csrf_token", page.text)
        self.assertEqual(
            self.meeting.attendance_ids.state, "invited", "GET changes nothing"
        )
        response = self._post(url)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(self.meeting.attendance_ids.state, "present")
        self.assertTrue(self.meeting.attendance_ids.check_in_time)
