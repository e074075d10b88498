# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models

# Fields whose change is bookkeeping, not a change of the person's data.
UNLOGGED_FIELDS = {"message_main_attachment_id", "activity_ids", "message_follower_ids"}


class PartyMember(models.Model):
    _inherit = "party.member"

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

    def web_read(self, specification):
        result = super().web_read(specification)
        # A form opened (a read/write call, see below), not one row of a
        # list or kanban (web_search_read, on a read-only cursor).
        if len(self) == 1 and not self.env.cr.readonly:
            self.env["party.member.access.log"]._log(self, "read")
        return result

    # Opening a record logs the opening: it needs a read/write cursor, while
    # Odoo serves web_read from a read-only one by default (api.readonly).
    web_read._readonly = False

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

    def action_view_access_log(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "party_member.party_member_access_log_action"
        )
        action["domain"] = [("member_id", "=", self.id)]
        return action
