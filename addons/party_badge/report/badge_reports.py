# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Danh sách đề nghị tặng Huy hiệu Đảng: from the proposal wizard or from
the selected awards (Print menu of party.badge.award)."""

from odoo import api, models

from odoo.addons.party_member.report.print_tables import PARTY_SECRETARY, issued_table
from odoo.addons.party_org.tools.print_format import PrintFormat, format_date

TITLE = "DANH SÁCH ĐỀ NGHỊ TẶNG HUY HIỆU ĐẢNG"
HEADERS = ["STT", "Họ và tên", "Ngày sinh", "Ngày vào Đảng", "Chi bộ", "Huy hiệu (năm)"]


def badge_table(env, organizations, title, subtitle, headers, rows):
    """The proposal list of ``organizations`` (empty: the user's company)."""
    company = organizations.sudo().company_id[:1] or env.company
    fmt = PrintFormat(company.sudo()._party_tz())
    return issued_table(
        organizations,
        company,
        title=title,
        subtitle=subtitle,
        headers=headers,
        rows=[tuple(fmt.cell(value) for value in row) for row in rows],
        numeric=(5,),
        signatures=[("NGƯỜI LẬP DANH SÁCH", ""), ("T/M CẤP ỦY", "")],
    )


class ReportPartyBadgeProposal(models.AbstractModel):
    _name = "report.party_badge.report_party_badge_proposal"
    _description = "Party Badge Proposal List"

    @api.model
    def _get_report_values(self, docids, data=None):
        wizards = self.env["party.badge.proposal"].browse(docids)
        return {
            "doc_ids": wizards.ids,
            "doc_model": "party.badge.proposal",
            "docs": wizards,
            "tables": [wizard._print_table() for wizard in wizards],
        }


class ReportPartyBadgeAwardList(models.AbstractModel):
    _name = "report.party_badge.report_party_badge_award_list"
    _description = "Party Badge Award List"

    @api.model
    def _get_report_values(self, docids, data=None):
        """One list of the selected awards the user may read, logged."""
        awards = self.env["party.badge.award"].browse(docids)
        awards._party_check_action("read", PARTY_SECRETARY)
        awards = awards.sudo().sorted(
            lambda a: (a.organization_id.complete_name or "", a.member_id.name or "")
        )
        self.env["party.member.access.log"]._log(
            awards.member_id, "print", ["badge proposals"]
        )
        occasions = sorted(set(awards.mapped("occasion_date")))
        subtitle = "Dịp " + ", ".join(format_date(day) for day in occasions)
        rows = [
            (
                index,
                award.member_id.name,
                award.member_id.birth_date,
                award.member_id.admission_decision_date,
                award.organization_id.complete_name or "",
                award.milestone,
            )
            for index, award in enumerate(awards, start=1)
        ]
        table = badge_table(
            self.env, awards.organization_id, TITLE, subtitle, HEADERS, rows
        )
        return {
            "doc_ids": awards.ids,
            "doc_model": "party.badge.award",
            "docs": awards,
            "tables": [table],
        }
