# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The fee reminder a member gets by email, once per month not paid."""

from odoo import api, fields, models

from odoo.addons.party_member.engine.member_state import IN_PARTY_STATES

REMINDER_TEMPLATE = "party_portal_fee.mail_template_fee_reminder"
OPEN_STATES = ("unpaid", "partial")


class PartyFeeLine(models.Model):
    _inherit = "party.fee.line"

    portal_reminder_sent = fields.Boolean(
        string="Reminder Sent to the Member",
        readonly=True,
        copy=False,
        help="The member was sent the fee reminder of this month by email.",
    )
    portal_balance = fields.Integer(
        string="Balance (VND)",
        compute="_compute_portal_balance",
        help="What is still to pay for this month.",
    )

    @api.depends("amount_due", "amount_paid")
    def _compute_portal_balance(self):
        for line in self:
            line.portal_balance = max(line.amount_due - line.amount_paid, 0)

    @api.model
    def _portal_send_fee_reminders(self, month, company_ids):
        """Email every member of ``company_ids`` in the party whose fee of
        ``month`` is not paid in full and who was not reminded yet, in their
        language, from the company's address (``mail.template``); mark the
        lines reminded. A member without an email address is left out and
        stays to remind. A constant number of queries for the batch; the
        mails go out with the mail queue. Returns the lines reminded."""
        lines = self.sudo().search(
            [
                ("month", "=", month),
                ("company_id", "in", list(company_ids)),
                ("state", "in", OPEN_STATES),
                ("portal_reminder_sent", "=", False),
                ("member_id.state", "in", sorted(IN_PARTY_STATES)),
            ]
        )
        lines = lines.filtered(lambda line: line._portal_fee_recipient().email)
        if not lines:
            return lines
        template = self.env.ref(REMINDER_TEMPLATE).sudo()
        template.send_mail_batch(lines.ids)
        lines.write({"portal_reminder_sent": True})
        return lines

    def _portal_fee_recipient(self):
        """The partner the member reads their mail as: the member's own
        partner, else their user's."""
        self.ensure_one()
        member = self.member_id
        return member.partner_id or member.user_id.partner_id
