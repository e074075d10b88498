# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models
from odoo.exceptions import AccessError

from .party_member_history import STATES

PARTY_MEMBER = "party_org.group_party_member"


class PartyEmployeeFactsMixin(models.AbstractModel):
    """The key party facts of an employee, shown on hr.employee and on
    hr.employee.public (which shares its ids) to the party groups only.

    Not stored: party data stays on party.member and is computed with the
    reader's own access rights."""

    _name = "party.employee.facts.mixin"
    _description = "Party Facts of an Employee"

    party_member_id = fields.Many2one(
        "party.member",
        string="Party Member Record",
        compute="_compute_party_member",
        groups=PARTY_MEMBER,
    )
    party_state = fields.Selection(
        STATES,
        string="Party State",
        compute="_compute_party_member",
        groups=PARTY_MEMBER,
    )
    party_organization_id = fields.Many2one(
        "party.organization",
        string="Party Cell",
        compute="_compute_party_member",
        groups=PARTY_MEMBER,
    )
    party_admission_date = fields.Date(
        string="Party Admission Date",
        compute="_compute_party_member",
        groups=PARTY_MEMBER,
    )
    party_official_date = fields.Date(
        string="Party Official Date",
        compute="_compute_party_member",
        groups=PARTY_MEMBER,
    )

    def _compute_party_member(self):
        members = self.env["party.member"].search(
            [("employee_id", "in", self._origin.ids)]
        )
        by_employee = {member.employee_id.id: member for member in members}
        for employee in self:
            member = by_employee.get(employee._origin.id, self.env["party.member"])
            employee.party_member_id = member
            employee.party_state = member.state
            employee.party_organization_id = member.organization_id
            employee.party_admission_date = member.admission_date
            employee.party_official_date = member.official_date

    def action_view_party_member(self):
        if not self.env.user.has_group(PARTY_MEMBER):
            raise AccessError(
                self.env._("Only party members open party member records.")
            )
        self.check_access("read")
        self.ensure_one()
        self.party_member_id.check_access("read")
        return {
            "type": "ir.actions.act_window",
            "res_model": "party.member",
            "res_id": self.party_member_id.id,
            "view_mode": "form",
        }
