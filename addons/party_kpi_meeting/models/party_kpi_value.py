# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models

from odoo.addons.party_docs.models.party_document import OPEN_INCOMING_STATES


class PartyKpiValue(models.Model):
    _inherit = "party.kpi.value"

    @api.model
    def _dashboard_deadline_items(self, org, today, horizon):
        """The dashboard also lists the incoming documents of the subtree
        still to handle by ``horizon`` (overdue ones included)."""
        documents = self.env["party.document"].search(
            [
                ("organization_id", "child_of", org.id),
                ("direction", "=", "incoming"),
                ("state", "in", OPEN_INCOMING_STATES),
                ("deadline", "!=", False),
                ("deadline", "<=", horizon),
            ]
        )
        return super()._dashboard_deadline_items(org, today, horizon) + [
            {
                "date": doc.deadline,
                "label": self.env._("Document due: %(name)s", name=doc.display_name),
                "res_model": "party.document",
                "res_id": doc.id,
            }
            for doc in documents
        ]
