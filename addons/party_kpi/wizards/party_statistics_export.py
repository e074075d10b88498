# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
import io
from collections import defaultdict
from datetime import date

import xlsxwriter

from odoo import api, fields, models
from odoo.exceptions import AccessError

from odoo.addons.party_org.models.party_organization import GRASSROOTS_TYPES
from odoo.addons.party_org.tools.actions import reopen_form
from odoo.addons.party_org.tools.spreadsheet import safe_cell, xlsx_workbook_options

from ..models.party_job import STATISTICS_EXPORT_KIND
from ..models.statistics_live_rows import KIND_COUNTS
from . import statistics_rows

# Heading of every party document (Hướng dẫn 36-HD/VPTW), never translated
PARTY_HEADING = "ĐẢNG CỘNG SẢN VIỆT NAM"
# Aggregates of the statistics view read by the export, in this order
MEMBER_AGGREGATES = ("member_count", "female_count", "probationary_count")
SENSITIVE_AGGREGATES = ("ethnic_minority_count", "religious_count")
MOVEMENT_AGGREGATES = (*KIND_COUNTS.values(), "entry_count", "exit_count")
# Members exported in the request at most; more go to the background
# (system parameter party_org.job_threshold.party_statistics_export).
EXPORT_THRESHOLD = 20000
PARTY_OFFICE = "party_org.group_party_office"
SECRETARY = "party_org.group_party_secretary"


class PartyStatisticsExport(models.TransientModel):
    """The basic statistics forms of Hướng dẫn 11-HD/BTCTW as XLSX.

    One sheet per topic of the forms (quality, age, general education,
    professional qualification, political theory, occupation, admissions
    and exits in the year), each with the title block, one row per
    organisation, a total row and numbered columns. The data comes from one
    query over the statistics view (party.member.statistics)."""

    _name = "party.statistics.export"
    _description = "Member Statistics Export"
    _inherit = ["party.protected.mixin"]

    statistics_date = fields.Date(
        required=True,
        default=lambda self: date(fields.Date.context_today(self).year, 12, 31),
        help="The forms count members as of 31 December of the reporting year.",
    )
    organization_id = fields.Many2one(
        "party.organization", help="Leave empty for every organisation."
    )
    file = fields.Binary(readonly=True, attachment=False)
    filename = fields.Char(readonly=True)
    closing_id = fields.Many2one(
        "party.statistics.closing",
        string="Closed",
        compute="_compute_closing_id",
        help="The statistics of this date are closed for the company: they "
        "read the rows stored when they were closed.",
    )

    @api.depends("statistics_date")
    def _compute_closing_id(self):
        Closing = self.env["party.statistics.closing"]
        for wizard in self:
            wizard.closing_id = Closing.search(
                [
                    ("company_id", "=", self.env.company.id),
                    ("statistics_date", "=", wizard.statistics_date),
                ],
                limit=1,
            )

    def action_close_statistics(self):
        """Close the company's statistics as of the date (the party office:
        the access rights of party.statistics.closing decide)."""
        self.ensure_one()
        self.env["party.statistics.closing"].create(
            {"statistics_date": self.statistics_date}
        )
        return reopen_form(self)

    def action_reopen_statistics(self):
        """Back to the live figures of the date (the closing's action_reopen
        checks who may)."""
        self.ensure_one()
        self.closing_id.action_reopen()
        return reopen_form(self)

    def action_export(self):
        self.ensure_one()
        self._party_check_action("write", SECRETARY)
        self._check_organization()
        Job = self.env["party.job"]
        size = self._member_count()
        if Job._party_job_in_background(STATISTICS_EXPORT_KIND, size, EXPORT_THRESHOLD):
            return self._enqueue_export(size)
        self.sudo().write(
            {"file": base64.b64encode(self._build_xlsx()), "filename": self._filename()}
        )
        return {
            "type": "ir.actions.act_url",
            "url": f"/web/content/{self._name}/{self.id}/file/{self.filename}"
            "?download=true",
            "target": "self",
        }

    def _member_count(self):
        """Members the export counts (the user's reach): the threshold."""
        domain = []
        if self.organization_id:
            domain = [("organization_id", "child_of", self.organization_id.id)]
        return self.env["party.member"].search_count(domain)

    def _enqueue_export(self, size):
        """The export as a background job: the workbook becomes the job's
        result file, readable by whoever reads the job only."""
        job = self.env["party.job"]._enqueue(
            STATISTICS_EXPORT_KIND,
            self.env._(
                "Member Statistics as of %(date)s",
                date=self.statistics_date.strftime("%d/%m/%Y"),
            ),
            {
                "statistics_date": fields.Date.to_string(self.statistics_date),
                "organization_id": self.organization_id.id,
            },
            1,
        )
        return job._notify_started_action()

    def action_view(self):
        """Open the statistics as of the chosen date, each member at the
        organisation they belonged to that day."""
        self.ensure_one()
        self._party_check_action("read", SECRETARY)
        if self.organization_id:
            self._check_organization()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "party_kpi.party_member_statistics_action"
        )
        action["context"] = {
            "search_default_members": 1,
            "statistics_date": fields.Date.to_string(self.statistics_date),
        }
        action["display_name"] = self.env._(
            "Member Statistics as of %(date)s",
            date=self.statistics_date.strftime("%d/%m/%Y"),
        )
        if self.organization_id:
            action["domain"] = [
                ("organization_id", "child_of", self.organization_id.id)
            ]
        return action

    def _check_organization(self):
        """A branch secretary reports on one of their own subtrees: the
        report carries the organisation's name, and a report on the
        committee above would count only their part of it."""
        if self.env.su or self.env.user.has_group(PARTY_OFFICE):
            return
        scope = self.env.user.party_scope_organization_ids.sudo()
        path = self.organization_id.sudo().parent_path
        if not path or not any(path.startswith(org.parent_path) for org in scope):
            raise AccessError(
                self.env._(
                    "Choose one of your own organisations (or one below them) for "
                    "the statistics report."
                )
            )

    def _filename(self):
        return f"thong_ke_dang_vien_{self.statistics_date.isoformat()}.xlsx"

    def _show_sensitive(self):
        """Ethnicity and religion counts only for the party office."""
        return self.env.user.has_group(PARTY_OFFICE)

    def _rows(self):
        """organisation → column key → count (see ``statistics_rows``)."""
        Stats = self.env["party.member.statistics"].with_context(
            statistics_date=self.statistics_date
        )
        domain = []
        if self.organization_id:
            domain = [("organization_id", "child_of", self.organization_id.id)]
        keys = list(MEMBER_AGGREGATES + MOVEMENT_AGGREGATES)
        if self._show_sensitive():
            keys += SENSITIVE_AGGREGATES
        return statistics_rows.read_rows(Stats, domain, keys)

    def _sheets(self):
        """(sheet name, report title, [(column key, header)]) per form topic."""
        total = ("member_count", self.env._("Total members"))
        quality = [total, ("female_count", self.env._("Women"))]
        if self._show_sensitive():
            quality += [
                ("ethnic_minority_count", self.env._("Ethnic minorities")),
                ("religious_count", self.env._("Religious")),
            ]
        quality.append(("probationary_count", self.env._("Probationary")))
        ages = {
            "up_to_30": self.env._("30 and under"),
            "31_40": self.env._("31 to 40"),
            "41_50": self.env._("41 to 50"),
            "51_60": self.env._("51 to 60"),
            "61_70": self.env._("61 to 70"),
            "over_70": self.env._("Over 70"),
            "unknown": self.env._("Unknown"),
        }
        education = {
            "primary": self.env._("Primary school"),
            "lower_secondary": self.env._("Lower secondary school"),
            "upper_secondary": self.env._("Upper secondary school"),
            "unknown": self.env._("Unknown"),
        }
        qualification = {
            "doctorate": self.env._("Doctorate"),
            "master": self.env._("Master"),
            "university": self.env._("University"),
            "college": self.env._("College"),
            "vocational": self.env._("Intermediate or vocational"),
            "none": self.env._("No qualification"),
        }
        theory = dict(
            self.env["party.member.statistics"]
            ._fields["political_theory_level"]
            ._description_selection(self.env)
        )
        occupation = {
            "worker": self.env._("Workers and employees"),
            "civil_servant": self.env._("Civil servants"),
            "public_employee": self.env._("Public employees"),
            "business": self.env._("Business owners"),
            "manager": self.env._("Managers"),
            "student": self.env._("Students"),
            "retired": self.env._("Retired"),
            "other": self.env._("Other"),
        }
        movements = [
            ("new_admission_count", self.env._("Admitted")),
            ("readmission_count", self.env._("Readmitted")),
            ("transfer_in_count", self.env._("Transferred in")),
            ("entry_count", self.env._("Total entries")),
            ("transfer_out_count", self.env._("Transferred out")),
            ("removal_count", self.env._("Removed")),
            ("expulsion_count", self.env._("Expelled")),
            ("leave_count", self.env._("Left the Party")),
            ("death_count", self.env._("Deceased")),
            ("exit_count", self.env._("Total exits")),
        ]

        def breakdown(prefix, labels):
            return [total] + [(f"{prefix}:{key}", label) for key, label in labels]

        return [
            (self.env._("1. Quality"), self.env._("QUALITY OF PARTY MEMBERS"), quality),
            (
                self.env._("2. Age"),
                self.env._("PARTY MEMBERS BY AGE"),
                breakdown("age", ages.items()),
            ),
            (
                self.env._("3. General education"),
                self.env._("PARTY MEMBERS BY GENERAL EDUCATION"),
                breakdown("education", education.items()),
            ),
            (
                self.env._("4. Qualification"),
                self.env._("PARTY MEMBERS BY PROFESSIONAL QUALIFICATION"),
                breakdown("qualification", qualification.items()),
            ),
            (
                self.env._("5. Political theory"),
                self.env._("PARTY MEMBERS BY POLITICAL THEORY LEVEL"),
                breakdown("theory", theory.items()),
            ),
            (
                self.env._("6. Occupation"),
                self.env._("PARTY MEMBERS BY OCCUPATION"),
                breakdown("occupation", occupation.items()),
            ),
            (
                self.env._("7. Admissions and exits"),
                self.env._("ADMISSIONS AND EXITS IN THE YEAR"),
                movements,
            ),
        ]

    def _issuing_committee(self):
        """The committee that signs the report: the chosen organisation, else
        the company's grassroots organisation."""
        if self.organization_id:
            return self.organization_id.name
        committee = self.env["party.organization"].search(
            [
                ("company_id", "=", self.env.company.id),
                ("org_type", "in", GRASSROOTS_TYPES),
            ],
            limit=1,
        )
        return committee.name or self.env.company.name

    def _build_xlsx(self):
        rows = self._rows()
        ordered = sorted(rows.items(), key=lambda item: item[0].complete_name or "")
        buffer = io.BytesIO()
        book = xlsxwriter.Workbook(buffer, xlsx_workbook_options(in_memory=True))
        styles = self._styles(book)
        for name, title, columns in self._sheets():
            sheet = book.add_worksheet(name)
            self._write_sheet(sheet, styles, title, columns, ordered)
        book.close()
        return buffer.getvalue()

    def _styles(self, book):
        base = {"valign": "vcenter", "text_wrap": True}
        return {
            "heading": book.add_format({**base, "bold": True, "align": "center"}),
            "title": book.add_format(
                {**base, "bold": True, "align": "center", "font_size": 13}
            ),
            "italic": book.add_format({**base, "italic": True, "align": "center"}),
            "header": book.add_format(
                {**base, "bold": True, "align": "center", "border": 1}
            ),
            "number": book.add_format(
                {**base, "italic": True, "align": "center", "border": 1}
            ),
            "cell": book.add_format({**base, "border": 1}),
            "total": book.add_format({**base, "bold": True, "border": 1}),
        }

    def _write_sheet(self, sheet, styles, title, columns, ordered):
        """Title block, header, column numbers, one row per organisation and
        the total row."""
        last_col = len(columns) + 1
        middle = max(last_col // 2, 2)
        sheet.merge_range(
            0,
            0,
            0,
            middle - 1,
            safe_cell(self._issuing_committee().upper()),
            styles["heading"],
        )
        sheet.merge_range(0, middle, 0, last_col, PARTY_HEADING, styles["heading"])
        sheet.merge_range(1, 0, 1, middle - 1, "*", styles["heading"])
        sheet.merge_range(
            3,
            0,
            3,
            last_col,
            self.env._("STATISTICS REPORT: %(title)s", title=title),
            styles["title"],
        )
        sheet.merge_range(
            4,
            0,
            4,
            last_col,
            self.env._(
                "As of %(date)s (Hướng dẫn 11-HD/BTCTW)",
                date=self.statistics_date.strftime("%d/%m/%Y"),
            ),
            styles["italic"],
        )
        header = 6
        sheet.set_row(header, 45)
        sheet.set_column(0, 0, 6)
        sheet.set_column(1, 1, 40)
        sheet.set_column(2, last_col, 12)
        sheet.write(header, 0, self.env._("No."), styles["header"])
        sheet.write(header, 1, self.env._("Organisation"), styles["header"])
        sheet.write(header + 1, 0, "A", styles["number"])
        sheet.write(header + 1, 1, "B", styles["number"])
        for index, (_key, label) in enumerate(columns):
            sheet.write(header, index + 2, label, styles["header"])
            sheet.write(header + 1, index + 2, index + 1, styles["number"])
        totals = defaultdict(int)
        line = header + 2
        for number, (org, values) in enumerate(ordered, start=1):
            sheet.write(line, 0, number, styles["cell"])
            sheet.write_string(
                line, 1, safe_cell(org.complete_name or ""), styles["cell"]
            )
            for index, (key, _label) in enumerate(columns):
                sheet.write(line, index + 2, values.get(key, 0), styles["cell"])
                totals[key] += values.get(key, 0)
            line += 1
        sheet.write(line, 0, "", styles["total"])
        sheet.write(line, 1, self.env._("Total"), styles["total"])
        for index, (key, _label) in enumerate(columns):
            sheet.write(line, index + 2, totals[key], styles["total"])
        sheet.freeze_panes(header + 2, 2)
