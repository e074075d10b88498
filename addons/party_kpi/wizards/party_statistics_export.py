# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
import io
from collections import defaultdict
from datetime import date

import xlsxwriter

from odoo import fields, models

from ..models.party_member_statistics import AGE_BANDS

THEORY_COLUMNS = ("elementary", "intermediate", "advanced", "bachelor")


class PartyStatisticsExport(models.TransientModel):
    """The member statistics report of Hướng dẫn 11-HD/BTCTW as XLSX: one row
    per organisation, the columns of the form (total, women, ethnic
    minorities, religious, age bands, theory levels, admissions and exits)."""

    _name = "party.statistics.export"
    _description = "Member Statistics Export"

    statistics_date = fields.Date(
        required=True,
        default=lambda self: date(fields.Date.context_today(self).year, 12, 31),
    )
    organization_id = fields.Many2one(
        "party.organization", help="Leave empty for every organisation."
    )
    file = fields.Binary(readonly=True, attachment=False)
    filename = fields.Char(readonly=True)

    def action_export(self):
        self.ensure_one()
        self.write(
            {"file": base64.b64encode(self._build_xlsx()), "filename": self._filename()}
        )
        return {
            "type": "ir.actions.act_url",
            "url": f"/web/content/{self._name}/{self.id}/file/{self.filename}"
            "?download=true",
            "target": "self",
        }

    def _filename(self):
        return f"thong_ke_dang_vien_{self.statistics_date.isoformat()}.xlsx"

    def _rows(self):
        """organisation → column key → count, in one query over the
        statistics view (grouped by organisation, age band, theory level)."""
        Stats = self.env["party.member.statistics"].with_context(
            statistics_date=self.statistics_date
        )
        domain = []
        if self.organization_id:
            domain = [("organization_id", "child_of", self.organization_id.id)]
        keys = ["total", "female", "probationary", "admissions", "exits"]
        aggregates = [
            "member_count:sum",
            "female_count:sum",
            "probationary_count:sum",
            "admission_count:sum",
            "exit_count:sum",
        ]
        if self.env.user.has_group("party_org.group_party_office"):
            keys += ["minority", "religious"]
            aggregates += ["ethnic_minority_count:sum", "religious_count:sum"]
        rows = defaultdict(lambda: defaultdict(int))
        groups = Stats._read_group(
            domain,
            ["organization_id", "age_band", "political_theory_level"],
            aggregates,
        )
        for org, age_band, theory, *values in groups:
            row = rows[org]
            for key, value in zip(keys, values, strict=False):
                row[key] += value or 0
            row[f"age_band:{age_band}"] += values[0] or 0
            row[f"political_theory_level:{theory}"] += values[0] or 0
        return rows

    def _columns(self):
        columns = [
            ("total", self.env._("Total members")),
            ("female", self.env._("Women")),
            ("minority", self.env._("Ethnic minorities")),
            ("religious", self.env._("Religious")),
            ("probationary", self.env._("Probationary")),
        ]
        columns += [
            (f"age_band:{key}", self.env._("Age %(band)s", band=label))
            for key, label in AGE_BANDS
        ]
        levels = dict(
            self.env["party.member.statistics"]
            ._fields["political_theory_level"]
            ._description_selection(self.env)
        )
        columns += [
            (f"political_theory_level:{key}", levels[key]) for key in THEORY_COLUMNS
        ]
        columns += [
            ("admissions", self.env._("Admitted in the year")),
            ("exits", self.env._("Exits in the year")),
        ]
        return columns

    def _build_xlsx(self):
        rows = self._rows()
        columns = self._columns()
        buffer = io.BytesIO()
        book = xlsxwriter.Workbook(buffer, {"in_memory": True})
        sheet = book.add_worksheet("11-HD-BTCTW")
        bold = book.add_format(
            {
                "bold": True,
                "align": "center",
                "valign": "vcenter",
                "text_wrap": True,
                "border": 1,
            }
        )
        cell = book.add_format({"border": 1})
        sheet.merge_range(
            0,
            0,
            0,
            len(columns) + 1,
            self.env._(
                "MEMBER STATISTICS AS OF %(date)s (Hướng dẫn 11-HD/BTCTW)",
                date=self.statistics_date.strftime("%d/%m/%Y"),
            ),
            bold,
        )
        sheet.write(2, 0, self.env._("No."), bold)
        sheet.write(2, 1, self.env._("Organisation"), bold)
        sheet.set_column(1, 1, 40)
        sheet.set_column(2, len(columns) + 1, 11)
        sheet.set_row(2, 45)
        for index, (_key, label) in enumerate(columns):
            sheet.write(2, index + 2, label, bold)
        totals = defaultdict(int)
        ordered = sorted(rows.items(), key=lambda item: item[0].complete_name or "")
        for line, (org, values) in enumerate(ordered, start=1):
            sheet.write(line + 2, 0, line, cell)
            sheet.write(line + 2, 1, org.complete_name or "", cell)
            for index, (key, _label) in enumerate(columns):
                sheet.write(line + 2, index + 2, values.get(key, 0), cell)
                totals[key] += values.get(key, 0)
        last = len(ordered) + 3
        sheet.write(last, 1, self.env._("Total"), bold)
        for index, (key, _label) in enumerate(columns):
            sheet.write(last, index + 2, totals[key], bold)
        book.close()
        return buffer.getvalue()
