# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import AccessError

OFFICE_GROUP = "party_org.group_party_office"
PARTY_FIELDS = {"party_organization_ids", "party_scope_organization_ids"}


class ResUsers(models.Model):
    _inherit = "res.users"

    party_organization_ids = fields.Many2many(
        "party.organization",
        "party_organization_res_users_rel",
        "user_id",
        "organization_id",
        string="Assigned Party Organisations",
        groups=OFFICE_GROUP,
        help="Organisations this user works for besides those where their "
        "employee holds an open committee position.",
    )
    party_scope_organization_ids = fields.Many2many(
        "party.organization",
        string="Party Organisations in Scope",
        compute="_compute_party_scope_organization_ids",
        groups=OFFICE_GROUP,
        help="Organisations whose subtree this user may see as branch secretary.",
    )

    @api.depends("party_organization_ids")
    @api.depends_context("uid")
    def _compute_party_scope_organization_ids(self):
        scopes = self._get_party_scopes()
        for user in self:
            user.party_scope_organization_ids = scopes.get(user.id, [])

    def _get_party_scopes(self):
        """Map user id → ids of organisations of their positions open today
        and explicit assignments. Hook: party_member adds the member's own
        cell."""
        Position = self.env["party.position"].sudo()
        positions = Position._read_group(
            [("user_id", "in", self.ids), *Position._get_open_domain()],
            ["user_id"],
            ["organization_id:array_agg"],
        )
        scopes = {user.id: set(org_ids) for user, org_ids in positions}
        for user in self.sudo():
            scopes.setdefault(user.id, set()).update(user.party_organization_ids.ids)
        return {user_id: sorted(ids) for user_id, ids in scopes.items()}

    @api.model
    def _search(self, domain, offset=0, limit=None, order=None):
        """Searching users by party organisation would reveal who is in the
        party: only the party office may."""
        if not self.env.su and domain and not self.env.user.has_group(OFFICE_GROUP):
            names = {
                term[0].split(".")[0]
                for term in domain
                if isinstance(term, (tuple, list)) and isinstance(term[0], str)
            }
            if names & PARTY_FIELDS:
                raise AccessError(self.env._("Invalid search criterion"))
        return super()._search(domain, offset, limit, order)

    @api.model_create_multi
    def create(self, vals_list):
        if any("party_organization_ids" in vals for vals in vals_list):
            self._check_party_assignment_authority()
        return super().create(vals_list)

    def write(self, vals):
        if "party_organization_ids" in vals:
            self._check_party_assignment_authority()
        res = super().write(vals)
        if "party_organization_ids" in vals:
            self._party_scope_changed()
        return res

    @api.model
    def _check_party_assignment_authority(self):
        """Explicit assignments widen a scope: only the party office sets them."""
        if self.env.su or self.env.user.has_group(OFFICE_GROUP):
            return
        raise AccessError(
            self.env._("Only the party office assigns users to party organisations.")
        )

    @api.model
    def _party_scope_changed(self):
        """Forget computed scopes and cached record rules after a change of
        positions, assignments or the tree."""
        self.env["res.users"].invalidate_model(["party_scope_organization_ids"])
        self.env.registry.clear_cache()

    @property
    def SELF_READABLE_FIELDS(self):
        return super().SELF_READABLE_FIELDS + ["party_scope_organization_ids"]
