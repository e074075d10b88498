# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Export of a meeting for the national "Sổ tay đảng viên" app: one ZIP
with the schedule and agenda (a text file) and the non-secret documents'
PDFs, which a secretary posts to the app by hand."""

import base64
import io
import re
import zipfile

from odoo import models
from odoo.tools import html2plaintext

SECRETARY_GROUP = "party_org.group_party_secretary"
UNSAFE = re.compile(r"[^\w.-]+")


class PartyMeeting(models.Model):
    _inherit = "party.meeting"

    def action_export_national_app(self):
        """Download the ZIP of the meeting (secretaries who may read it)."""
        self.ensure_one()
        self._party_check_action("read", SECRETARY_GROUP)
        data = self.sudo()._party_export_zip()
        return self.env["party.download"]._action_download(
            data, f"meeting-{self.id}.zip"
        )

    def _party_export_zip(self):
        self.ensure_one()
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("meeting.txt", self._party_export_text())
            for index, doc in enumerate(self._party_export_documents(), 1):
                name = UNSAFE.sub("_", doc.main_filename or f"{doc.id}.pdf")
                archive.writestr(
                    f"documents/{index:02d}-{name}", base64.b64decode(doc.main_file)
                )
        return buffer.getvalue()

    def _party_export_documents(self):
        """The meeting's documents that may leave the suite, with a file:
        never a secret one (secret documents are never sent over a network)."""
        return self.document_ids.filtered(lambda d: not d.is_secret and d.main_file)

    def _party_export_text(self):
        """The schedule and agenda as plain text (UTF-8)."""
        lines = [
            self.name,
            self.env._("Organisation: %(org)s", org=self.organization_id.name),
            self.env._("Time: %(when)s", when=self._portal_when()),
            self.env._("Place: %(place)s", place=self.place or "-"),
        ]
        if self.online_link:
            lines.append(self.env._("Online: %(link)s", link=self.online_link))
        if self.chair_id:
            lines.append(self.env._("Chair: %(name)s", name=self.chair_id.name))
        lines += ["", self.env._("Agenda")]
        for index, item in enumerate(self.agenda_ids, 1):
            lines.append(f"{index}. {item.name}")
            if item.presenter_id:
                lines.append(
                    "   "
                    + self.env._("Presenter: %(name)s", name=item.presenter_id.name)
                )
        documents = self._party_export_documents()
        if documents:
            lines += ["", self.env._("Documents")]
            for doc in documents:
                title = " – ".join(filter(None, [doc.number_symbol, doc.summary]))
                lines.append(f"- {title}")
        if self.conclusion:
            lines += ["", self.env._("Conclusion"), html2plaintext(self.conclusion)]
        return "\n".join(lines) + "\n"
