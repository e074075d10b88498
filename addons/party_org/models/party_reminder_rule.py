# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models

OFFICE_GROUP = "party_org.group_party_office"


class PartyReminderRule(models.Model):
    """The settings of one reminder rule in one company: on or off, and its
    delay. One row per (company, rule), created with the rule's default delay
    the first time the reminders run or the list is opened. Only the party
    office changes them."""

    _name = "party.reminder.rule"
    _description = "Party Reminder Rule"
    _inherit = ["party.protected.mixin"]
    _order = "company_id, rule"
    _rec_name = "rule"
    _check_company_auto = True

    # Rule and company are readonly (protected): the engine creates the rows.
    rule = fields.Selection(
        [("term_ending", "Term Ending (days before)")],
        required=True,
        readonly=True,
        help="The rule; the delay's meaning is given in brackets.",
    )
    company_id = fields.Many2one(
        "res.company",
        required=True,
        readonly=True,
        index=True,
        default=lambda self: self.env.company,
    )
    enabled = fields.Boolean(
        default=True, help="Switch off to stop this reminder in this company."
    )
    delay = fields.Integer(
        help="Days before the date, or the number of meetings in a row, as the "
        "rule says; the default is the one of the regulations."
    )
    has_delay = fields.Boolean(compute="_compute_has_delay")

    _sql_constraints = [
        (
            "rule_company_uniq",
            "unique(rule, company_id)",
            "A reminder rule has one setting per company.",
        ),
    ]

    @api.depends("rule")
    def _compute_has_delay(self):
        defaults = self.env["party.reminder"]._get_reminder_rules()
        for row in self:
            row.has_delay = defaults.get(row.rule) is not None

    @api.model_create_multi
    def create(self, vals_list):
        self._party_check_group(OFFICE_GROUP)
        return super().create(vals_list)

    def write(self, vals):
        self._party_check_group(OFFICE_GROUP)
        return super().write(vals)

    def unlink(self):
        self._party_check_group(OFFICE_GROUP)
        return super().unlink()

    @api.model
    def action_open_rules(self):
        """The reminder settings of the user's companies (party office)."""
        self._party_check_group(OFFICE_GROUP)
        self.sudo()._ensure_rows(self.env.companies)
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Reminder Rules"),
            "res_model": self._name,
            "view_mode": "list",
            "domain": [("company_id", "in", self.env.companies.ids)],
        }

    @api.model
    def _ensure_rows(self, companies):
        """Create the missing rows of ``companies`` with the default delays."""
        defaults = self.env["party.reminder"]._get_reminder_rules()
        have = {
            (row.company_id.id, row.rule)
            for row in self.search([("company_id", "in", companies.ids)])
        }
        missing = [
            {"company_id": company.id, "rule": rule, "delay": delay or 0}
            for company in companies
            for rule, delay in defaults.items()
            if (company.id, rule) not in have
        ]
        return self.create(missing)

    @api.model
    def _get_delays(self, rules):
        """Rule → {company id: delay} of the companies where it is on."""
        Rule = self.sudo()
        Rule._ensure_rows(self.env["res.company"].sudo().search([]))
        delays = {rule: {} for rule in rules}
        for row in Rule.search([("rule", "in", list(rules)), ("enabled", "=", True)]):
            delays[row.rule][row.company_id.id] = row.delay
        return delays
