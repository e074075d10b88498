# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""party.member.privacy.mixin: consents, and the log of every access to
member data (Law 91/2025 on personal data protection).

Every call that returns member data to a user is logged, single or batch:
``read`` (and so ``web_read`` and the list views' ``web_search_read``),
``search_read``, ``read_group`` (and the grouped views), ``export_data``,
plus the prints and exports of the suite (2-HSĐV, cards, 7-HSĐV, fee book,
badge lists). One INSERT per call whatever the number of members.

A grouped read that returns only counts (the list's groups, the search
panel's counters, a pivot of counts) is an aggregate: it is logged as one
line for the call ("counts of N members"), and the members of its groups
smaller than ``GROUP_LOG_SIZE`` (a count of 1 is that member's value) one
by one. Any other aggregate (min, max, sum ... of a member's field) logs
every member of the groups, as a read does. Logging every member of every
group made each grouped view write as many lines as it counted (a million
per click at a million members); the setting
``party_member.access_log_group_size`` = 0 brings that back.

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
from odoo.models import regex_field_agg
from odoo.osv import expression

PARTY_OFFICE = "party_org.group_party_office"
# Fields whose change is bookkeeping, not a change of the person's data.
UNLOGGED_FIELDS = {"message_main_attachment_id", "activity_ids", "message_follower_ids"}
# Reading only these is not reading a member's data.
UNLOGGED_READ_FIELDS = {"id", "display_name"}
# Groups of a grouped read of counts with fewer members than this are
# logged member by member (see the module docstring); 0: every group.
GROUP_LOG_SIZE = 5
GROUP_LOG_SIZE_PARAM = "party_member.access_log_group_size"
# Aggregates that tell how many, not what a member's value is.
COUNT_AGGREGATES = {"count", "count_distinct"}


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
            self._log_groups(domain or [], fields, groupby, lazy, result)
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

    def _log_groups(self, domain, fields, groupby, lazy, groups):
        """Log the grouped read of ``groups`` (read_group's result): see
        the module docstring. One INSERT for the members, one for the call."""
        Log = self.env["party.member.access.log"]
        groupby = [groupby] if isinstance(groupby, str) else list(groupby)
        names = {spec.split(":")[0] for spec in [*fields, *groupby]} - {"__count"}
        min_size = self._group_log_size()
        if not min_size or not self._counts_only(fields, groupby):
            Log._log_query(self._search(domain), "read", names)
            return
        count_key = f"{groupby[0].split(':')[0]}_count" if lazy and groupby else None
        counts = [group[count_key or "__count"] for group in groups]
        small = [
            group["__domain"]
            for group, count in zip(groups, counts, strict=True)
            if 0 < count < min_size
        ]
        if small:
            Log._log_query(self._search(expression.OR(small)), "read", names)
        Log._log_counts(sum(counts), names)

    def _counts_only(self, fields, groupby):
        """Whether read_group's ``fields`` ask only for counts."""
        for spec in fields:
            if spec == "__count":
                continue
            match = regex_field_agg.match(spec)
            if not match:
                return False
            name, func, fname = match.groups()
            if func or fname:
                if func not in COUNT_AGGREGATES:
                    return False
                continue
            field = self._fields.get(name)
            if not field:
                return False
            base = field.base_field
            if (
                base.store
                and base.column_type
                and field.aggregator
                and spec not in groupby
                and field.aggregator not in COUNT_AGGREGATES
            ):
                return False
        return True

    @api.model
    def _group_log_size(self):
        value = (
            self.env["ir.config_parameter"]
            .sudo()
            .get_param(GROUP_LOG_SIZE_PARAM, GROUP_LOG_SIZE)
        )
        return int(value)

    def action_view_access_log(self):
        self.ensure_one()
        self._party_check_action("read", PARTY_OFFICE)
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "party_member.party_member_access_log_action"
        )
        action["domain"] = [("member_id", "=", self.id)]
        return action
