# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""One outgoing register per (issuer, type, term), shared by documents and
by the decisions recorded on members (party.decision): a number is given
once, never one already held by a document or a decision typed by hand."""

from odoo import api, models

from ..engine.numbering import format_number_symbol

QD_TYPE_XMLID = "party_docs.document_type_qd"


class PartyDocumentRegisterNumberMixin(models.AbstractModel):
    _name = "party.document.register.number.mixin"
    _description = "Party document: register numbers and symbols"

    @api.depends("number_symbol", "summary")
    def _compute_display_name(self):
        """A document is named by its number and symbol and its summary
        (party.document.secrecy.mixin hides the name outside the audience)."""
        for doc in self:
            if doc.number_symbol:
                doc.display_name = f"{doc.number_symbol} – {doc.summary or ''}"
            else:
                doc.display_name = doc.summary or ""

    @api.model
    def _decision_register_type(self):
        """The document type whose register numbers decisions (QĐ)."""
        return self.env.ref(QD_TYPE_XMLID, raise_if_not_found=False) or self.env[
            "party.document.type"
        ].sudo().search([("abbreviation", "=", "QĐ")], limit=1)

    @api.model
    def _take_free_register_number(self, organization, doc_type, term):
        """Return ``(number, symbol)``: the next number of the register of
        (``organization``, ``doc_type``, ``term``) whose symbol no document
        or decision holds yet. Numbers typed by hand are skipped."""
        Counter = self.env["party.document.counter"].sudo()
        while True:
            number = Counter._take_number(
                organization.id, "outgoing", doc_type.id, term.id
            )
            symbol = format_number_symbol(
                number, doc_type.abbreviation, organization.code
            )
            if not self._register_symbol_taken(organization, doc_type, term, symbol):
                return number, symbol

    @api.model
    def _register_symbol_taken(self, organization, doc_type, term, symbol):
        """True when a document or a decision of ``organization`` in ``term``
        already holds ``symbol``."""
        if self.sudo().search_count(
            [
                ("direction", "!=", "incoming"),
                ("organization_id", "=", organization.id),
                ("term_id", "=", term.id),
                ("number_symbol", "=", symbol),
            ],
            limit=1,
        ):
            return True
        if not term or doc_type != self._decision_register_type():
            return False
        return bool(
            self.env["party.decision"]
            .sudo()
            .with_context(active_test=False)
            .search_count(
                [
                    ("issuer_organization_id", "=", organization.id),
                    ("issuer_text", "in", (False, "")),
                    ("name", "=", symbol),
                    ("date", ">=", term.date_start),
                    ("date", "<=", term.date_end),
                ],
                limit=1,
            )
        )
