# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Decisions recorded on members are numbered in the issuer's QĐ register,
the one its Quyết định documents use (Hướng dẫn 36-HD/VPTW: numbers run per
type, issuer and term). A number typed by hand that the register already
gave, to a document or to another decision, is refused."""

from odoo import api, fields, models
from odoo.exceptions import ValidationError


class PartyDecision(models.Model):
    _inherit = "party.decision"

    @api.model
    def _get_next_decision_number(self, vals):
        """The next free symbol of the issuer's QĐ register in the term of
        the decision's date, or the hook's False when the issuer keeps no
        register (external issuer, no issuer code, no term on that day)."""
        organization = (
            self.env["party.organization"]
            .sudo()
            .browse(vals.get("issuer_organization_id"))
        )
        qd_type = self.env["party.document"]._decision_register_type()
        if vals.get("issuer_text") or not organization.code or not qd_type:
            return super()._get_next_decision_number(vals)
        day = fields.Date.to_date(vals.get("date")) or fields.Date.context_today(self)
        term = (
            self.env["party.term"]
            .sudo()
            ._current_terms_by_organization(organization.ids, day)
            .get(organization.id)
        )
        if not term:
            return super()._get_next_decision_number(vals)
        _number, symbol = self.env["party.document"]._take_free_register_number(
            organization, qd_type, term
        )
        return symbol

    def _register_terms(self):
        """Map decision id → term of its issuer on its date (an empty
        recordset outside every term), one query per distinct date."""
        Term = self.env["party.term"].sudo()
        terms = {}
        for day, decisions in self.grouped("date").items():
            by_org = Term._current_terms_by_organization(
                decisions.issuer_organization_id.ids, day
            )
            for decision in decisions:
                organization_id = decision.issuer_organization_id.id
                terms[decision.id] = by_org.get(organization_id, Term)
        return terms

    @api.constrains("name", "issuer_organization_id", "issuer_text", "date")
    def _check_register_number_unique(self):
        """One number, one act: a decision's number may not be held by a
        document or another decision of the same issuer and term (numbers
        of a date outside every term of the issuer are not in a register)."""
        decisions = self.sudo().filtered(
            lambda d: d.issuer_organization_id and not d.issuer_text and d.name
        )
        if not decisions:
            return
        names = {d.name.strip() for d in decisions}
        others = (
            self.env["party.decision"]
            .sudo()
            .search(
                [
                    ("id", "not in", decisions.ids),
                    (
                        "issuer_organization_id",
                        "in",
                        decisions.issuer_organization_id.ids,
                    ),
                    ("issuer_text", "in", (False, "")),
                    ("name", "in", list(names)),
                ]
            )
        )
        documents = (
            self.env["party.document"]
            .sudo()
            .search(
                [
                    ("direction", "!=", "incoming"),
                    ("organization_id", "in", decisions.issuer_organization_id.ids),
                    ("number_symbol", "in", list(names)),
                ]
            )
        )
        held = {
            (doc.organization_id.id, doc.term_id.id, doc.number_symbol): (
                doc.display_name
            )
            for doc in documents
        }
        terms = (decisions | others)._register_terms()
        for other in others:
            key = (other.issuer_organization_id.id, terms[other.id].id)
            held.setdefault((*key, other.name.strip()), other.name)
        seen = set()
        for decision in decisions:
            organization = decision.issuer_organization_id
            if not terms[decision.id]:
                continue  # no register outside the issuer's terms
            key = (organization.id, terms[decision.id].id, decision.name.strip())
            if key in held or key in seen:
                raise ValidationError(
                    self.env._(
                        "Number %(number)s is already given in the register of "
                        "%(issuer)s (%(holder)s). Numbers run once per type, "
                        "issuer and term (Hướng dẫn 36-HD/VPTW): leave the "
                        "number empty to take the next one.",
                        number=decision.name,
                        issuer=organization.display_name,
                        holder=held.get(key, decision.name),
                    )
                )
            seen.add(key)
