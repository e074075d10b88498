# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import io
import json
import zipfile
from datetime import date

from odoo import http
from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tools import mute_logger

MARK = "MK-4711"
SECRET = f"Nghị quyết mật {MARK} về quy hoạch cán bộ xuất khẩu"
GROUPS = "base.group_user,base.group_allow_export,base.group_no_one,"
GROUPS += "party_org.group_party_member"


@tagged("post_install", "-at_install")
class TestSecretExport(HttpCase):
    """/web/export/csv and /web/export/xlsx never carry a secret document out."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        org = cls.env["party.organization"].create(
            {
                "name": "Đảng bộ Xuất khẩu",
                "code": "ĐUX",
                "org_type": "grassroots_committee",
            }
        )
        cls.reader = new_test_user(cls.env, login="exp_reader", groups=GROUPS)
        cls.outsider = new_test_user(cls.env, login="exp_outsider", groups=GROUPS)
        cls.secret = cls.env["party.document"].create(
            {
                "type_id": cls.env.ref("party_docs.document_type_nq").id,
                "organization_id": org.id,
                "date": date(2025, 5, 5),
                "summary": SECRET,
                "secrecy": "secret",
                "audience_user_ids": [(6, 0, cls.reader.ids)],
            }
        )

    def _export(self, login, fmt, ids=False):
        self.authenticate(login, login)
        params = {
            "model": "party.document",
            "fields": [
                {"name": "number_symbol", "label": "Số, ký hiệu"},
                {"name": "summary", "label": "Trích yếu"},
            ],
            "ids": ids,
            "domain": [("summary", "ilike", "xuất khẩu")],
            "groupby": [],
            "import_compat": False,
        }
        with mute_logger("odoo.addons.web.controllers.export", "odoo.http"):
            response = self.url_open(
                f"/web/export/{fmt}?debug=1",
                data={
                    "data": json.dumps(params),
                    "csrf_token": http.Request.csrf_token(self),
                },
            )
        content = response.content
        if fmt == "xlsx" and response.status_code == 200:
            with zipfile.ZipFile(io.BytesIO(content)) as book:
                content = b"".join(book.read(name) for name in book.namelist())
        return response.status_code, content.decode("utf-8", "replace")

    def test_outsider_export_has_no_trace(self):
        """An outsider with export rights gets no trace of a secret document, by ids or domain."""
        for fmt in ("csv", "xlsx"):
            for ids in (False, self.secret.ids):
                status, content = self._export("exp_outsider", fmt, ids)
                self.assertNotIn(SECRET, content, (fmt, ids))
                self.assertNotIn(MARK, content, (fmt, ids))
                if ids:
                    self.assertNotEqual(status, 200, (fmt, ids))

    def test_audience_exports_secret(self):
        """A member of the audience exports the secret document, by ids or domain."""
        for fmt in ("csv", "xlsx"):
            for ids in (False, self.secret.ids):
                status, content = self._export("exp_reader", fmt, ids)
                self.assertEqual(status, 200, (fmt, ids))
                self.assertIn(SECRET, content, (fmt, ids))
