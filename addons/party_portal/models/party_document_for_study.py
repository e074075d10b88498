# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Documents the committee marks "for study" (học tập nghị quyết), the PDF
a member downloads from the portal, and the delivery notification."""

import base64
import logging

from odoo import fields, models
from odoo.exceptions import UserError

_logger = logging.getLogger(__name__)

SECRETARY_GROUP = "party_org.group_party_secretary"
DOCUMENT_REPORT = "party_docs.report_party_document"


class PartyDocument(models.Model):
    _inherit = "party.document"

    study_required = fields.Boolean(
        string="For Study",
        readonly=True,
        copy=False,
        tracking=True,
        index=True,
        help="Resolutions and directives the members it is delivered to "
        "study and confirm from their portal.",
    )
    study_ids = fields.One2many(
        "party.document.study", "document_id", string="Studies", readonly=True
    )
    study_done_count = fields.Integer(compute="_compute_study_counts")
    study_count = fields.Integer(compute="_compute_study_counts")

    def _compute_study_counts(self):
        groups = (
            self.env["party.document.study"]
            .sudo()
            ._read_group(
                [("document_id", "in", self.ids)],
                ["document_id", "is_studied"],
                ["__count"],
            )
        )
        counts = {}
        for doc, studied, count in groups:
            total, done = counts.get(doc.id, (0, 0))
            counts[doc.id] = (total + count, done + (count if studied else 0))
        for doc in self:
            doc.study_count, doc.study_done_count = counts.get(doc.id, (0, 0))

    # Actions

    def action_mark_for_study(self):
        """The committee marks documents for study: each member they were
        delivered to gets a row to confirm. Secret documents never are."""
        self._party_check_action("write", SECRETARY_GROUP)
        if self.filtered("is_secret"):
            raise self._secret_error(self.env._("study by the members"))
        self.sudo().write({"study_required": True})
        self.env["party.document.study"]._sync_documents(self)
        return True

    def action_unmark_for_study(self):
        """Take documents out of the study list (the confirmations stay)."""
        self._party_check_action("write", SECRETARY_GROUP)
        self.sudo().write({"study_required": False})
        return True

    def action_view_studies(self):
        """Who has and who has not studied the document."""
        self.ensure_one()
        self.check_access("read")
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "party_portal.party_document_study_action"
        )
        action["domain"] = [("document_id", "=", self.id)]
        action["context"] = {"search_default_group_by_studied": 1}
        return action

    # Delivery

    def _deliver(self):
        """Deliver, then notify each recipient by mail in their language from
        the company's address; members get their study rows."""
        mailed = self._delivered_mail_partners()
        deliveries = super(
            PartyDocument,
            self.with_context(party_portal_mailed_partner_ids=mailed.ids),
        )._deliver()
        deliveries._send_delivered_mail()
        self.env["party.document.study"]._sync_documents(self)
        return deliveries

    def _delivered_mail_partners(self):
        """The recipients the template mail replaces the chatter
        notification for: those who get notifications by email (and have an
        address the template mail goes to)."""
        users = (
            self.env["res.users"]
            .sudo()
            .browse(
                {uid for uids in self._get_recipient_users().values() for uid in uids}
            )
        )
        return users.filtered(
            lambda u: u.notification_type == "email" and u.email
        ).partner_id

    def message_notify(self, *, partner_ids=False, **kwargs):
        mailed = self.env.context.get("party_portal_mailed_partner_ids")
        if mailed and partner_ids:
            partner_ids = [pid for pid in partner_ids if pid not in mailed]
            if not partner_ids:
                return self.env["mail.message"]
        return super().message_notify(partner_ids=partner_ids, **kwargs)

    # Portal PDF

    def _portal_pdf(self):
        """(bytes, filename) of the PDF a recipient downloads: the signed
        copy, else the official document (Hướng dẫn 36-HD/VPTW) with the main
        file when its body is there, else the main file."""
        self.ensure_one()
        doc = self.sudo()
        if doc.is_secret:
            raise doc._secret_error(self.env._("download"))
        name = (doc.number_symbol or doc.summary or "document").replace("/", "-")
        if doc.signed_file:
            return base64.b64decode(doc.signed_file), f"{name}.pdf"
        pdf, kind = (
            self.env["ir.actions.report"]
            .sudo()
            .with_context(force_report_rendering=not doc.main_file)
            ._render_qweb_pdf(DOCUMENT_REPORT, doc.ids)
        )
        if kind == "pdf" and pdf.startswith(b"%PDF"):
            return doc._append_main_file(pdf), f"{name}.pdf"
        if doc.main_file:
            return base64.b64decode(doc.main_file), f"{name}.pdf"
        raise UserError(self.env._("The document could not be printed."))
