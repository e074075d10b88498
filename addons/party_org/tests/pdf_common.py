# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Real PDF rendering for the suite's report tests.

Use in an ``odoo.tests.HttpCase`` (as Odoo's own TestReportsRenderingCommon):
wkhtmltopdf fetches the report's CSS from the test server, and only an
HttpCase lets that request share the test's cursor. In a TransactionCase it
waits for the asset attachment the test created but never committed.
"""

import io

from PyPDF2 import PdfReader

A4_PORTRAIT = (595, 842)


class PdfReportMixin:
    """Render through wkhtmltopdf, read the text back, fetch over HTTP."""

    def _render_pdf(self, report_xmlid, records, lang="vi_VN", user=None):
        """The PDF bytes of ``report_xmlid`` for ``records``, printed by
        ``user`` (default: the records' env user)."""
        report = self.env.ref(report_xmlid)
        env = records.env(user=user) if user else records.env
        pdf, kind = (
            env["ir.actions.report"]
            .with_context(force_report_rendering=True, lang=lang)
            ._render_qweb_pdf(report.report_name, records.ids)
        )
        self.assertEqual(kind, "pdf")
        self.assertTrue(pdf.startswith(b"%PDF"), "wkhtmltopdf made no PDF")
        return pdf

    def _pdf_pages(self, pdf):
        """Text of each page, whitespace collapsed to single spaces."""
        reader = PdfReader(io.BytesIO(pdf))
        return [" ".join((page.extract_text() or "").split()) for page in reader.pages]

    def _pdf_page_sizes(self, pdf):
        """(width, height) in points, rounded, of each page."""
        reader = PdfReader(io.BytesIO(pdf))
        return [
            (round(float(page.mediabox.width)), round(float(page.mediabox.height)))
            for page in reader.pages
        ]

    def _assertPdfText(self, text, *expected):
        for fragment in expected:
            self.assertIn(fragment, text)

    def _fetch_pdf(self, report_xmlid, records, login, *expected):
        """GET /report/pdf/<report>/<ids> as ``login``: status 200, a PDF
        content type, and the ``expected`` texts in the body.

        Over HTTP the test server renders the HTML, not the PDF: the report
        request holds the test cursor while wkhtmltopdf would fetch the CSS
        through a second request that needs it too (Odoo serialises test
        requests). The PDF itself is tested by ``_render_pdf`` with the same
        user; this proves the route, the user's access and the content.
        """
        report = self.env.ref(report_xmlid)
        self.authenticate(login, login)
        ids = ",".join(str(i) for i in records.ids)
        response = self.url_open(f"/report/pdf/{report.report_name}/{ids}", timeout=60)
        self.assertEqual(response.status_code, 200, response.text[:500])
        self.assertEqual(response.headers["Content-Type"], "application/pdf")
        body = response.content.decode()
        for fragment in expected:
            self.assertIn(fragment, body)
        return body
