# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models
from odoo.tools import SQL


class PartyGroupedListMixin(models.AbstractModel):
    """A list of party records grouped in the web client, at any size.

    For the pager's total, Odoo reads every group past the page back into
    Python (``web_read_group``): 20,754 organisations and 130 ms at a
    million members, on top of the grouped read itself. Here PostgreSQL
    counts them; the groups and the total are Odoo's. Read-only as Odoo's
    own (a read replica may answer it), unless a model says otherwise."""

    _name = "party.grouped.list.mixin"
    _description = "Party records listed in groups"

    @api.model
    @api.readonly
    def web_read_group(
        self, domain, fields, groupby, limit=None, offset=0, orderby=False, lazy=True
    ):
        groups = self._web_read_group(
            domain, fields, groupby, limit, offset, orderby, lazy
        )
        if not groups:
            length = 0
        elif limit and len(groups) == limit:
            length = max(limit, self._count_groups(groupby, domain, lazy))
        else:
            length = len(groups) + offset
        return {"groups": groups, "length": length}

    @api.model
    def _count_groups(self, groupby, domain, lazy):
        """The number of groups of ``domain`` by ``groupby``, as the user
        reads them (their record rules)."""
        annotated = self._read_group_get_annotated_groupby(groupby, lazy=lazy)
        query = self._search(domain)
        query.groupby = SQL(", ").join(
            self._read_group_groupby(spec, query) for spec in annotated.values()
        )
        self.env.cr.execute(
            SQL("SELECT COUNT(*) FROM (%s) AS groups", query.select(SQL("1")))
        )
        return self.env.cr.fetchone()[0]
