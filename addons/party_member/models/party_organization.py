# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models

PARTY_SECRETARY = "party_org.group_party_secretary"


class PartyOrganization(models.Model):
    _inherit = "party.organization"

    @api.model
    def name_search(self, name="", args=None, operator="ilike", limit=100):
        """A branch secretary sends a member to any organisation of the
        enterprise (QA members #22): with the ``party_transfer_destination``
        context key (the destination of a transfer), the organisations of the
        user's companies are offered by name, not only those in their scope.
        Only names are disclosed; completing the transfer is checked again in
        ``party.transfer.action_done``. The caller's ``args`` are dropped:
        evaluated as superuser, a domain on related fields (positions,
        employees) would answer questions about records the user may not
        read."""
        if (
            self.env.context.get("party_transfer_destination")
            and not self.env.su
            and self.env.user.has_group(PARTY_SECRETARY)
        ):
            domain = [
                ("company_id", "in", self.env.companies.ids),
                ("org_type", "!=", "external"),
            ]
            return self.sudo().name_search(name, domain, operator, limit)
        return super().name_search(name, args, operator, limit)

    def _party_in_user_scope(self):
        """True when every organisation of ``self`` lies in the subtree of
        an organisation of the current user's party scope (positions open
        today and office assignments)."""
        if not self:
            return True
        scope = self.env.user.sudo().party_scope_organization_ids
        if not scope:  # child_of [] would match everything
            return False
        inside = self.sudo().search_count(
            [("id", "in", self.ids), ("id", "child_of", scope.ids)]
        )
        return inside == len(self)
