# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models
from odoo.osv.expression import AND
from odoo.tools import SQL

from odoo.addons.web.models.models import SEARCH_PANEL_ERROR_MESSAGE

PANEL_FIELD = "organization_id"


class PartyOrganizationPanelMixin(models.AbstractModel):
    """The organisation side panel (``searchpanel``) of a list of party
    records, at any size.

    Odoo counts every record of the list by organisation first, and only
    then finds that the organisations holding them, with the path above
    them, are more than the panel's limit and answers "Too many items to
    display". At a million members that count took 1.5 s at every opening
    of the list, for a panel that shows nothing. The panel now asks
    PostgreSQL first for at most ``limit`` distinct organisations of the
    list (it stops reading there) and gives Odoo's answer at once when they
    reach the limit; below it, Odoo's own panel and counters are unchanged.
    """

    _name = "party.organization.panel.mixin"
    _description = "Party records with an organisation side panel"

    @api.model
    def search_panel_select_range(self, field_name, **kwargs):
        limit = kwargs.get("limit")
        if (
            field_name == PANEL_FIELD
            and limit
            and not kwargs.get("expand")
            and self._panel_holds_at_least(limit, kwargs)
        ):
            return {"error_msg": str(SEARCH_PANEL_ERROR_MESSAGE)}
        return super().search_panel_select_range(field_name, **kwargs)

    @api.model
    def _panel_holds_at_least(self, limit, kwargs):
        """Whether the records of the panel's domain lie in ``limit``
        organisations or more (read as the user: their record rules)."""
        domain = AND(
            [
                kwargs.get("search_domain", []),
                kwargs.get("category_domain", []),
                kwargs.get("filter_domain", []),
                [(PANEL_FIELD, "!=", False)],
            ]
        )
        query = self._search(domain)
        query.limit = limit
        column = self._field_to_sql(self._table, PANEL_FIELD, query)
        self.env.cr.execute(query.select(SQL("DISTINCT %s", column)))
        return self.env.cr.rowcount >= limit
