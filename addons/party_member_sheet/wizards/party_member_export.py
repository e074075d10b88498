# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models

from ..engine import member_sheet as sheet
from ..engine import member_sheet_xlsx as xlsx
from ..models.member_sheet_resolver import MEMBER_ORG_TYPES


class PartyMemberExport(models.AbstractModel):
    """The member list (7-HSĐV) and its empty template, as downloads
    (``party.download``: the creator's only, deleted after an hour)."""

    _name = "party.member.export"
    _description = "Member List Export (7-HSĐV)"

    @api.model
    def _download(self, members, subtitle=""):
        """Return the action that downloads the list of ``members`` (only
        those the user can read; restricted columns per group)."""
        data = xlsx.write_workbook(members._member_sheet_rows(), subtitle=subtitle)
        stamp = fields.Date.context_today(self).strftime("%Y%m%d")
        return self.env["party.download"]._action_download(data, f"7-HSDV_{stamp}.xlsx")

    @api.model
    def _download_template(self, company):
        """Return the action that downloads the empty template of
        ``company``, with an example row and drop-down lists."""
        orgs = self.env["party.organization"].search_fetch(
            [("company_id", "=", company.id), ("org_type", "in", MEMBER_ORG_TYPES)],
            ["code", "complete_name"],
        )
        lists = {
            "organization": [org.code or org.complete_name for org in orgs],
            "ethnicity": self.env["party.ethnicity"].search([]).mapped("name"),
            "religion": self.env["party.religion"].search([]).mapped("name"),
        }
        example = sheet.format_row(sheet.EXAMPLE_VALUES)
        data = xlsx.write_workbook([example], lists=lists, subtitle=company.name)
        return self.env["party.download"]._action_download(data, "7-HSDV_mau.xlsx")
