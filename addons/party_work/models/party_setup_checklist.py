# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""First steps of a new company, as a checklist the party office sees.

Each step is done or not from the company's own data, never from a flag
someone ticks, and opens the screen where it is done.
"""

from odoo import api, fields, models
from odoo.osv import expression

from odoo.addons.party_org.models.party_organization import GRASSROOTS_TYPES

OFFICE_GROUP = "party_org.group_party_office"
# (step, the action that does it); the order of the checklist.
STEPS = [
    ("organization", "party_org.party_organization_action_hierarchy"),
    ("members", "party_member_sheet.party_member_import_action"),
    ("fees", "party_fee.party_fee_rule_action"),
    ("certificate", "party_docs.party_signing_certificate_action"),
    ("portal", "party_member.party_member_action"),
]


class PartySetupChecklist(models.TransientModel):
    _name = "party.setup.checklist"
    _description = "Party Setup Checklist"
    _inherit = ["party.protected.mixin"]

    company_id = fields.Many2one(
        "res.company",
        required=True,
        readonly=True,
        default=lambda self: self.env.company,
    )
    organization_done = fields.Boolean(
        string="Grassroots committee and its tree",
        compute="_compute_steps",
        compute_sudo=True,
        help="A grassroots party committee with at least one branch under it, "
        "or a grassroots branch (Quy định 294-QĐ/TW).",
    )
    members_done = fields.Boolean(
        string="Member list imported",
        compute="_compute_steps",
        compute_sudo=True,
        help="At least one party member in the company, e.g. imported from "
        "the member list (7-HSĐV).",
    )
    fees_done = fields.Boolean(
        string="Fee rules set",
        compute="_compute_steps",
        compute_sudo=True,
        help="The company has its own fee rules, or has run fees with the shared "
        "rules of Quy định 01-QĐ/TW.",
    )
    certificate_done = fields.Boolean(
        string="Signing certificate uploaded",
        compute="_compute_steps",
        compute_sudo=True,
        help="A signing certificate of an organisation of the company, not expired.",
    )
    portal_done = fields.Boolean(
        string="Members have portal access",
        compute="_compute_steps",
        compute_sudo=True,
        help="At least one member logs in to the member portal.",
    )
    member_count = fields.Integer(compute="_compute_steps", compute_sudo=True)
    portal_count = fields.Integer(compute="_compute_steps", compute_sudo=True)
    done_count = fields.Integer(compute="_compute_steps", compute_sudo=True)
    step_count = fields.Integer(compute="_compute_steps", compute_sudo=True)

    @api.depends("company_id")
    def _compute_steps(self):
        for checklist in self:
            counts = checklist._setup_counts()
            checklist.organization_done = bool(counts["organization"])
            checklist.members_done = bool(counts["members"])
            checklist.fees_done = bool(counts["fees"])
            checklist.certificate_done = bool(counts["certificate"])
            checklist.portal_done = bool(counts["portal"])
            checklist.member_count = counts["members"]
            checklist.portal_count = counts["portal"]
            checklist.step_count = len(STEPS)
            checklist.done_count = sum(bool(counts[step]) for step, _xmlid in STEPS)

    # Actions ---------------------------------------------------------------

    @api.model
    def action_open(self):
        """The checklist of the current company, in the main window."""
        checklist = self.create({})
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Party Setup"),
            "res_model": self._name,
            "res_id": checklist.id,
            "view_mode": "form",
            "target": "current",
        }

    def action_open_step(self):
        """Open the screen of the step named in the button's context."""
        self.ensure_one()
        step = self.env.context.get("party_setup_step")
        xmlid = dict(STEPS)[step]
        action = self.env["ir.actions.act_window"]._for_xml_id(xmlid)
        if step == "portal":
            # The members without a user, to grant them access in batch.
            action["context"] = {
                "search_default_in_party": 1,
                "search_default_no_user": 1,
            }
        return action

    # Helpers ---------------------------------------------------------------

    def _setup_counts(self):
        """{step: how many records show it is done} for the company, one
        count query per step."""
        self.ensure_one()
        env = self.env
        company = [("company_id", "=", self.company_id.id)]
        today = fields.Date.context_today(self)
        org_domain = expression.AND(
            [
                company,
                [
                    "|",
                    ("org_type", "=", "grassroots_cell"),
                    "&",
                    ("org_type", "in", list(GRASSROOTS_TYPES)),
                    ("child_ids", "!=", False),
                ],
            ]
        )
        fee_rules = env["party.fee.rule"].search_count(company)
        return {
            "organization": env["party.organization"].search_count(org_domain),
            "members": env["party.member"].search_count(company),
            "fees": fee_rules or env["party.fee.line"].search_count(company, limit=1),
            "certificate": env["party.signing.certificate"].search_count(
                expression.AND(
                    [
                        company,
                        [
                            "|",
                            ("date_expiry", "=", False),
                            ("date_expiry", ">=", today),
                        ],
                    ]
                )
            ),
            "portal": env["party.member"].search_count(
                expression.AND(
                    [
                        company,
                        [("user_id.share", "=", True), ("user_id.active", "=", True)],
                    ]
                )
            ),
        }
