# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The member's documents on the portal: what was delivered to their user,
never a secret document whatever its delivery says; and the "document
delivered" mail."""

from odoo import api, models

DELIVERED_TEMPLATE = "party_portal.mail_template_document_delivered"
PUBLIC_DOMAIN = [("document_id.secrecy", "=", "normal")]


class PartyDocumentDelivery(models.Model):
    _inherit = "party.document.delivery"

    @api.model
    def _portal_member_domain(self, member):
        return [
            ("user_id", "=", member.user_id.id),
            ("company_id", "=", member.company_id.id),
            *PUBLIC_DOMAIN,
        ]

    @api.model
    def _portal_deliveries_domain(self, member, study_only=False):
        domain = self._portal_member_domain(member)
        if study_only:
            domain.append(("document_id.study_required", "=", True))
        return domain

    @api.model
    def _portal_deliveries(self, member, study_only=False, limit=None, offset=0):
        """The deliveries to ``member``'s user of non-secret documents, the
        last delivered first, then by the document's own date (sudo)."""
        if not member or not member.user_id:
            return self.browse()
        return self.sudo().search(
            self._portal_deliveries_domain(member, study_only),
            order="date_sent desc, document_id, id desc",
            limit=limit,
            offset=offset,
        )

    @api.model
    def _portal_delivery_count(self, member, study_only=False):
        if not member or not member.user_id:
            return 0
        return self.sudo().search_count(
            self._portal_deliveries_domain(member, study_only)
        )

    @api.model
    def _portal_document(self, member, document_id):
        """The document ``document_id`` if it was delivered to ``member``
        and is not secret (sudo); empty otherwise, whatever the reason."""
        documents = self.env["party.document"]
        if not member or not member.user_id:
            return documents
        try:
            document_id = int(document_id)
        except (TypeError, ValueError):
            return documents
        delivery = self.sudo().search(
            [("document_id", "=", document_id), *self._portal_member_domain(member)],
            limit=1,
        )
        return delivery.document_id.filtered(lambda d: not d.is_secret)

    def _send_delivered_mail(self):
        """Tell each recipient with an email address that a document arrived:
        the template's mail, in the recipient's language, from the company's
        address. Never for a secret document (never delivered anyway)."""
        deliveries = self.sudo().filtered(
            lambda d: d.user_id.email and not d.document_id.is_secret
        )
        if not deliveries:
            return
        template = self.env.ref(DELIVERED_TEMPLATE).sudo()
        template.send_mail_batch(deliveries.ids)
