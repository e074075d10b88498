# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Wizard: members to propose for the Huy hiệu Đảng at an occasion."""

from odoo import api, fields, models

from odoo.addons.party_member.report.tables import xlsx_table
from odoo.addons.party_org.tools.actions import reopen_form

from ..engine.badge import next_occasion
from ..models.party_badge_award import PARTY_SECRETARY
from ..report.badge_reports import HEADERS, badge_table


class PartyBadgeProposal(models.TransientModel):
    _name = "party.badge.proposal"
    _description = "Party Badge Proposal"
    _inherit = ["party.protected.mixin"]

    occasion_date = fields.Date(
        required=True, default=lambda self: self._default_occasion_date()
    )
    organization_id = fields.Many2one(
        "party.organization",
        string="Organisation",
        help="Empty: every organisation you can see.",
    )
    line_ids = fields.One2many(
        "party.badge.proposal.line", "wizard_id", string="Eligible Members"
    )
    line_count = fields.Integer(compute="_compute_line_count")

    @api.model
    def _default_occasion_date(self):
        rules = self.env["party.badge.award"]._get_badge_rules()
        return next_occasion(fields.Date.context_today(self), rules.occasions)

    @api.constrains("organization_id")
    def _check_organization_readable(self):
        if not self.env.su:
            self.organization_id.check_access("read")

    @api.depends("line_ids")
    def _compute_line_count(self):
        for wizard in self:
            wizard.line_count = len(wizard.line_ids)

    def _reopen(self):
        return reopen_form(self)

    def action_compute(self):
        self.ensure_one()
        self._party_check_action("write", PARTY_SECRETARY)
        eligible = self.env["party.badge.award"]._get_eligible(
            self.occasion_date, self.organization_id or None
        )
        self.line_ids = [(5, 0, 0)] + [
            (
                0,
                0,
                {"member_id": mid, "organization_id": org_id, "milestone": milestone},
            )
            for mid, org_id, milestone in eligible
        ]
        return self._reopen()

    def action_create_proposals(self):
        self.ensure_one()
        self._party_check_action("write", PARTY_SECRETARY)
        if not self.line_ids:
            self.action_compute()
        awards = self.env["party.badge.award"]._create_proposals(
            self.occasion_date,
            [
                (line.member_id.id, line.organization_id.id, line.milestone)
                for line in self.line_ids
            ],
        )
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "party_badge.party_badge_award_action"
        )
        action["domain"] = [("id", "in", awards.ids)]
        action["context"] = {}
        return action

    def _rows(self):
        """Rows of the printed or exported list (logged as a print)."""
        lines = self.line_ids.sorted(
            lambda line: (line.organization_id.complete_name or "", line.member_id.name)
        )
        self.env["party.member.access.log"]._log(
            lines.member_id, "print", ["badge proposals"]
        )
        return [
            (
                index,
                line.member_id.name,
                line.member_id.birth_date
                and line.member_id.birth_date.strftime("%d/%m/%Y")
                or "",
                line.member_id.admission_decision_date
                and line.member_id.admission_decision_date.strftime("%d/%m/%Y")
                or "",
                line.organization_id.complete_name or "",
                line.milestone,
            )
            for index, line in enumerate(lines, start=1)
        ]

    def _title(self):
        return (
            "DANH SÁCH ĐỀ NGHỊ TẶNG HUY HIỆU ĐẢNG",
            f"Dịp {self.occasion_date.strftime('%d/%m/%Y')}",
        )

    def _print_table(self):
        """The printed list (``report_party_badge_proposal``): checked here,
        logged by ``_rows``."""
        self.ensure_one()
        self._party_check_action("write", PARTY_SECRETARY)
        title, subtitle = self._title()
        return badge_table(
            self.env, self.organization_id, title, subtitle, HEADERS, self._rows()
        )

    def action_print_pdf(self):
        """The list as a PDF (streamed by the report, never stored)."""
        self.ensure_one()
        self._party_check_action("write", PARTY_SECRETARY)
        if not self.line_ids:
            self.action_compute()
        return self.env.ref("party_badge.party_badge_proposal_report").report_action(
            self, config=False
        )

    def action_export_xlsx(self):
        self.ensure_one()
        self._party_check_action("write", PARTY_SECRETARY)
        if not self.line_ids:
            self.action_compute()
        title, subtitle = self._title()
        data = xlsx_table("Huy hieu", f"{title} – {subtitle}", HEADERS, self._rows())
        return self.env["party.download"]._action_download(
            data, f"huy-hieu-dang-{self.occasion_date}.xlsx"
        )


class PartyBadgeProposalLine(models.TransientModel):
    _name = "party.badge.proposal.line"
    _description = "Party Badge Proposal Line"
    _inherit = ["party.protected.mixin"]
    _order = "organization_id, member_id"

    wizard_id = fields.Many2one(
        "party.badge.proposal", required=True, ondelete="cascade"
    )
    member_id = fields.Many2one("party.member", required=True, ondelete="cascade")
    organization_id = fields.Many2one("party.organization", string="Party Cell")
    milestone = fields.Integer(string="Milestone (years)")
    admission_decision_date = fields.Date(related="member_id.admission_decision_date")

    @api.constrains("member_id")
    def _check_member_readable(self):
        if not self.env.su:
            self.member_id.check_access("read")
