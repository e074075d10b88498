# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import AccessError

EVENT_TYPES = [
    ("admission", "Admission"),
    ("official_recognition", "Official Recognition"),
    ("transfer_out", "Transfer Out"),
    ("transfer_in", "Transfer In"),
    ("temporary_transfer_out", "Temporary Transfer Out"),
    ("temporary_return", "Return from Temporary Transfer"),
    ("exemption", "Exemption from Activity"),
    ("exemption_end", "End of Exemption"),
    ("removal", "Removal"),
    ("expulsion", "Expulsion"),
    ("leave", "Leaving the Party"),
    ("death", "Death"),
    ("readmission", "Readmission"),
    ("lost_contact", "Lost Contact"),
    ("contact_restored", "Contact Restored"),
    ("temporary_arrival", "Temporary Arrival (Hosted)"),
    ("temporary_departure", "End of Temporary Activity (Hosted)"),
]
# Member date fields filled (when empty) by an event of this type
EVENT_DATE_FIELDS = {
    "admission": "admission_decision_date",
    "official_recognition": "official_date",
}


class PartyMemberEvent(models.Model):
    _name = "party.member.event"
    _inherit = ["party.protected.mixin"]
    _description = "Party Member History Event"
    _order = "date desc, id desc"
    _rec_name = "event_type"
    _check_company_auto = True

    member_id = fields.Many2one(
        "party.member", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(related="member_id.company_id", store=True, index=True)
    event_type = fields.Selection(EVENT_TYPES, string="Event", required=True)
    # Indexed: the statistics (11-HD/BTCTW) and the KPIs read the events of
    # a year or a month out of every member's history (issue 13).
    date = fields.Date(required=True, default=fields.Date.context_today, index=True)
    decision_id = fields.Many2one(
        "party.decision",
        index="btree_not_null",
        ondelete="restrict",
        check_company=True,
        help="The decision on which this change rests.",
    )
    from_organization_id = fields.Many2one(
        "party.organization", ondelete="restrict", check_company=True
    )
    to_organization_id = fields.Many2one(
        "party.organization", ondelete="restrict", check_company=True
    )
    from_external = fields.Char(
        string="From (external)", help="Organisation outside the committee."
    )
    to_external = fields.Char(
        string="To (external)", help="Organisation outside the committee."
    )
    organization_id = fields.Many2one(
        related="member_id.organization_id", string="Current Cell"
    )
    note = fields.Text()

    @api.constrains("member_id", "event_type", "date")
    def _check_member_history(self):
        self.member_id._check_history()

    @api.model_create_multi
    def create(self, vals_list):
        self._check_written_by_server()
        members = self.env["party.member"].browse(
            {vals["member_id"] for vals in vals_list if vals.get("member_id")}
        )
        scope_facts = members._party_scope_facts()
        events = super().create(vals_list)
        events._fill_member_dates()
        members._party_scope_refresh(scope_facts)
        self.env["party.membership.period"]._sync_members(members)
        self.env["party.member"]._on_history_events(events)
        return events

    def write(self, vals):
        self._check_written_by_server()
        members = self.member_id
        scope_facts = members._party_scope_facts()
        res = super().write(vals)
        (members | self.member_id)._party_scope_refresh(scope_facts)
        self.env["party.membership.period"]._sync_members(members | self.member_id)
        return res

    def unlink(self):
        self._check_written_by_server()
        members = self.member_id
        scope_facts = members._party_scope_facts()
        res = super().unlink()
        members = members.exists()
        members._check_history()
        members._party_scope_refresh(scope_facts)
        self.env["party.membership.period"]._sync_members(members)
        return res

    @api.model
    def _check_written_by_server(self):
        """A member's history is a legal record: it is written only by the
        lifecycle wizards, the transfers and the admission, after their own
        checks, and corrected only through a recorded correction."""
        if self.env.su:
            return
        raise AccessError(
            self.env._(
                "The history of a party member is written only by the lifecycle "
                "buttons (admission, recognition, transfers, status changes), each "
                "resting on its decision. The party office corrects a recorded "
                "event with the Correct button, giving the reason."
            )
        )

    def action_correct(self):
        """Open the recorded correction of this event (party office)."""
        self._party_check_action("read", group="party_org.group_party_office")
        self.ensure_one()
        return self.env["party.correction.wizard"]._open_for(self)

    def _fill_member_dates(self):
        """Write the admission decision and official dates the members do not
        have yet (one write per field and date)."""
        todo = {}
        for event in self:
            fname = EVENT_DATE_FIELDS.get(event.event_type)
            if fname and not event.member_id[fname]:
                todo.setdefault((fname, event.date), self.env["party.member"])
                todo[(fname, event.date)] |= event.member_id
        for (fname, date), members in todo.items():
            members.write({fname: date})
