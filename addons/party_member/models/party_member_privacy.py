# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""party.member.privacy.mixin: consents, and the log of every access to
member data (Law 91/2025 on personal data protection).

Every call that returns member data to a user is logged, single or batch:
``read`` (and so ``web_read`` and the list views' ``web_search_read``),
``search_read``, ``read_group`` (and the grouped views), ``export_data``,
plus the prints and exports of the suite (2-HSĐV, cards, 7-HSĐV, fee book,
badge lists). One INSERT per call whatever the number of members.

Odoo 18 serves these calls on a read-only cursor (``api.readonly``), on
which the log cannot be written: the overrides below take a read/write one
(``_readonly = False``). Names alone (``name_search``, ``display_name`` of a
many2one) are not logged. Nor is server code running as sudo, which logs
its own prints and exports.

Mixed into ``party.member`` first in its ``_inherit`` (see party_member.py):
these overrides wrap every other layer of the model in this addon, as the
extension they replace did, so a write is logged once it has passed every
check below it.
"""

from odoo import api, fields, models

PARTY_OFFICE = "party_org.group_party_office"
# Fields whose change is bookkeeping, not a change of the person's data.
UNLOGGED_FIELDS = {"message_main_attachment_id", "activity_ids", "message_follower_ids"}
# Reading only these is not reading a member's data.
UNLOGGED_READ_FIELDS = {"id", "display_name"}


class PartyMemberPrivacyMixin(models.AbstractModel):
    _name = "party.member.privacy.mixin"
    _description = "Party Member Privacy"

    consent_ids = fields.One2many(
        "party.member.consent",
        "member_id",
        string="Consents",
        groups="party_org.group_party_office",
    )
    access_log_count = fields.Integer(
        compute="_compute_access_log_count", groups="party_org.group_party_office"
    )

    def _compute_access_log_count(self):
        groups = self.env["party.member.access.log"]._read_group(
            [("member_id", "in", self.ids)], ["member_id"], ["__count"]
        )
        counts = {member.id: count for member, count in groups}
        for member in self:
            member.access_log_count = counts.get(member.id, 0)

    # ------------------------------------------------------------------
    # Reads, logged (read/write cursor: see the module docstring)
    # ------------------------------------------------------------------
    def read(self, fields=None, load="_classic_read"):
        result = super().read(fields, load)
        self._log_rows(result)
        return result

    read._readonly = False

    @api.model
    def search_read(
        self, domain=None, fields=None, offset=0, limit=None, order=None, **read_kwargs
    ):
        result = super().search_read(
            domain, fields, offset, limit, order, **read_kwargs
        )
        self._log_rows(result)
        return result

    search_read._readonly = False

    @api.model
    def read_group(
        self, domain, fields, groupby, offset=0, limit=None, orderby=False, lazy=True
    ):
        result = super().read_group(
            domain, fields, groupby, offset, limit, orderby, lazy
        )
        if not self.env.su and result:
            names = {spec.split(":")[0] for spec in [*fields, *groupby]}
            self.env["party.member.access.log"]._log_query(
                self._search(domain or []), "read", names - {"__count"}
            )
        return result

    read_group._readonly = False

    def web_read(self, specification):
        return super().web_read(specification)

    web_read._readonly = False

    @api.model
    def web_search_read(
        self, domain, specification, offset=0, limit=None, order=None, count_limit=None
    ):
        return super().web_search_read(
            domain, specification, offset, limit, order, count_limit
        )

    web_search_read._readonly = False

    @api.model
    def web_read_group(
        self, domain, fields, groupby, limit=None, offset=0, orderby=False, lazy=True
    ):
        return super().web_read_group(
            domain, fields, groupby, limit, offset, orderby, lazy
        )

    web_read_group._readonly = False

    @api.model
    def read_progress_bar(self, domain, group_by, progress_bar):
        return super().read_progress_bar(domain, group_by, progress_bar)

    read_progress_bar._readonly = False

    def export_data(self, fields_to_export):
        result = super().export_data(fields_to_export)
        self.env["party.member.access.log"]._log(
            self, "export", {name.split("/")[0] for name in fields_to_export}
        )
        return result

    def write(self, vals):
        result = super().write(vals)
        changed = set(vals) - UNLOGGED_FIELDS
        if changed:
            self.env["party.member.access.log"]._log(self, "write", changed)
        return result

    def _log_rows(self, rows):
        """Log the read of ``rows`` (dicts with an ``id``) by the user."""
        if self.env.su or not rows:
            return
        names = set(rows[0]) - UNLOGGED_READ_FIELDS
        if names:
            members = self.browse([row["id"] for row in rows])
            self.env["party.member.access.log"]._log(members, "read", names)

    def action_view_access_log(self):
        self.ensure_one()
        self._party_check_action("read", PARTY_OFFICE)
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "party_member.party_member_access_log_action"
        )
        action["domain"] = [("member_id", "=", self.id)]
        return action
