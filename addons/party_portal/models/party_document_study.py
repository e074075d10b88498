# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Học tập nghị quyết: who of the members a document "for study" was
delivered to has confirmed studying it.

One row per (document, member), made by the server when the committee marks
a document for study or delivers one that is marked; the member sets its
date once from the portal. Secretaries read the rows of their subtree.
"""

from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.party_member.engine.member_state import IN_PARTY_STATES


class PartyDocumentStudy(models.Model):
    _name = "party.document.study"
    _description = "Study of a Party Document"
    _inherit = ["party.protected.mixin"]
    _order = "date_studied desc, id desc"
    _rec_name = "member_id"

    document_id = fields.Many2one(
        "party.document", required=True, readonly=True, index=True, ondelete="cascade"
    )
    member_id = fields.Many2one(
        "party.member", required=True, readonly=True, index=True, ondelete="cascade"
    )
    user_id = fields.Many2one(
        related="member_id.user_id", store=True, string="User", index=True
    )
    organization_id = fields.Many2one(
        related="member_id.organization_id", store=True, string="Cell", index=True
    )
    company_id = fields.Many2one(related="member_id.company_id", store=True)
    date_studied = fields.Datetime(string="Studied On", readonly=True)
    is_studied = fields.Boolean(
        string="Studied", compute="_compute_is_studied", store=True, index=True
    )
    # Shown in the lists
    summary = fields.Char(related="document_id.summary")
    number_symbol = fields.Char(related="document_id.number_symbol")

    _sql_constraints = [
        (
            "document_member_uniq",
            "unique(document_id, member_id)",
            "A member confirms studying a document once.",
        ),
    ]

    @api.depends("date_studied")
    def _compute_is_studied(self):
        for study in self:
            study.is_studied = bool(study.date_studied)

    @api.model
    def _sync_documents(self, documents):
        """Give each member a non-secret document for study was delivered to
        a row (sudo, constant queries); return the new rows."""
        documents = documents.sudo().filtered(
            lambda d: d.study_required and not d.is_secret
        )
        if not documents:
            return self.browse()
        deliveries = (
            self.env["party.document.delivery"]
            .sudo()
            ._read_group(
                [("document_id", "in", documents.ids)],
                ["document_id"],
                ["user_id:array_agg"],
            )
        )
        user_ids = {uid for _doc, uids in deliveries for uid in uids}
        members = (
            self.env["party.member"]
            .sudo()
            .search(
                [
                    ("user_id", "in", sorted(user_ids)),
                    ("state", "in", sorted(IN_PARTY_STATES)),
                ]
            )
        )
        members_by_user = {}
        for member in members:
            members_by_user.setdefault(member.user_id.id, member)
        existing = {
            (study.document_id.id, study.member_id.id)
            for study in self.sudo().search([("document_id", "in", documents.ids)])
        }
        vals_list = []
        for doc, uids in deliveries:
            for uid in sorted(set(uids)):
                member = members_by_user.get(uid)
                if member and (doc.id, member.id) not in existing:
                    existing.add((doc.id, member.id))
                    vals_list.append({"document_id": doc.id, "member_id": member.id})
        return self.sudo().create(vals_list)

    @api.model
    def _portal_confirm(self, document_id):
        """The logged-in member confirms having studied a document for study
        delivered to them (never a secret one). Once: a second confirmation
        changes nothing. Returns the row."""
        member = self.env["party.portal"]._get_member()
        document = self.env["party.document.delivery"]._portal_document(
            member, document_id
        )
        if not document or not document.study_required:
            raise UserError(self.env._("This document is not for study."))
        study = self.sudo().search(
            [("document_id", "=", document.id), ("member_id", "=", member.id)]
        )
        if not study:
            study = self.sudo().create(
                {"document_id": document.id, "member_id": member.id}
            )
        if not study.date_studied:
            study.date_studied = fields.Datetime.now()
        return study

    @api.model
    def _portal_member_studies(self, member, documents):
        """Map document id → the member's study row (sudo)."""
        studies = self.sudo().search(
            [("document_id", "in", documents.ids), ("member_id", "=", member.id)]
        )
        return {study.document_id.id: study for study in studies}
