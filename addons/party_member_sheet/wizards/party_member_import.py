# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
import datetime

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError

from odoo.addons.party_org.tools.actions import reopen_form

from ..engine import member_sheet as sheet
from ..engine import member_sheet_xlsx as xlsx
from .member_sheet_messages import ALLOWED_VALUES, SHEET_MESSAGES

STATES = [
    ("draft", "Upload"),
    ("refused", "Refused"),
    ("queued", "Importing in the Background"),
    ("done", "Imported"),
]
PARTY_OFFICE = "party_org.group_party_office"
# Above this many valid rows the members are created by a background job
# (party.job, kind "member_import"), batch by batch; the system parameter
# party_org.job_threshold.member_import overrides it.
IMPORT_JOB_KIND = "member_import"
IMPORT_JOB_THRESHOLD = 2000


class PartyMemberImport(models.TransientModel):
    """Import the member list (sổ danh sách đảng viên, 7-HSĐV) from XLSX."""

    _name = "party.member.import"
    _description = "Member List Import (7-HSĐV)"
    _inherit = ["party.protected.mixin"]

    file = fields.Binary(attachment=False, help="The member list as an XLSX file.")
    file_name = fields.Char()
    company_id = fields.Many2one(
        "res.company",
        required=True,
        default=lambda self: self.env.company,
        domain=lambda self: [("id", "in", self.env.companies.ids)],
    )
    only_valid_rows = fields.Boolean(
        string="Import Only the Valid Rows",
        help="Import the valid rows and skip the refused ones. By default "
        "nothing is imported while any row is refused.",
    )
    create_employees = fields.Boolean(
        help="Create an employee for every member that matches none (by "
        "employee code, citizen ID, or name and birth date).",
    )
    state = fields.Selection(STATES, default="draft", required=True)
    report = fields.Text(readonly=True)
    imported_count = fields.Integer(readonly=True)
    refused_count = fields.Integer(readonly=True)
    member_ids = fields.Many2many(
        "party.member", string="Imported Members", readonly=True
    )
    job_id = fields.Many2one(
        "party.job", string="Background Job", readonly=True, ondelete="set null"
    )

    def action_download_template(self):
        self._check_import_rights()
        return self.env["party.member.export"]._download_template(self.company_id)

    def action_import(self):
        """Validate every row; create the members unless a row is refused
        (or only the valid ones when asked). Reopens the wizard with the
        report."""
        self.ensure_one()
        self._check_import_rights()
        if not self.file:
            raise UserError(self.env._("Choose a file to import."))
        rows = self._parse_rows(base64.b64decode(self.file))
        Member = self.env["party.member"]
        resolved = Member._member_sheet_resolve(
            rows, self.company_id, self.create_employees
        )
        # Unique in the whole database: a citizen ID or file number of a
        # member of another company is refused here, row by row, as the
        # background import does (creating it would fail the whole file on
        # the unique constraint).
        taken = Member._member_sheet_taken(
            [
                (number, vals, emp)
                for number, vals, emp, errors in resolved
                if not errors
            ]
        )
        for number, _vals, _emp, errors in resolved:
            if number in taken:
                errors.append(taken[number])
        refused = [(number, errors) for number, _v, _e, errors in resolved if errors]
        valid = [(vals, emp) for _n, vals, emp, errors in resolved if not errors]
        report = self._report(refused)
        if refused and not self.only_valid_rows:
            self.sudo().write(
                {
                    "state": "refused",
                    "report": report,
                    "refused_count": len(refused),
                    "imported_count": 0,
                }
            )
            return self._reopen()
        if self.env["party.job"]._party_job_in_background(
            IMPORT_JOB_KIND, len(valid), IMPORT_JOB_THRESHOLD
        ):
            return self._enqueue_import(resolved, report)
        members = Member._member_sheet_create(valid) if valid else Member
        self.sudo().write(
            {
                "state": "done",
                "report": report,
                "refused_count": len(refused),
                "imported_count": len(members),
                "member_ids": [fields.Command.set(members.ids)],
            }
        )
        return self._reopen()

    def action_view_members(self):
        self.ensure_one()
        self._check_import_rights()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Imported Members"),
            "res_model": "party.member",
            "view_mode": "list,form",
            "domain": [("id", "in", self.member_ids.ids)],
        }

    # ------------------------------------------------------------------
    def _enqueue_import(self, resolved, report):
        """Hand the valid rows of ``resolved`` to a background job (the
        rights are checked): they are stored in an attachment of the job,
        which creates them batch by batch and reports the refused rows."""
        rows = [
            (number, vals, employee_vals)
            for number, vals, employee_vals, errors in resolved
            if not errors
        ]
        refused_lines = report.splitlines() if report else []
        job = (
            self.env["party.job"]
            .with_company(self.company_id)
            ._enqueue(
                "member_import",
                self.env._(
                    "Import of %(count)s members (%(file)s)",
                    count=len(rows),
                    file=self.file_name or "7-HSĐV",
                ),
                {"company_id": self.company_id.id},
                len(rows),
            )
        )
        job._member_import_store(rows, refused_lines)
        self.sudo().write(
            {
                "state": "queued",
                "report": report,
                "refused_count": len(refused_lines),
                "imported_count": 0,
                "job_id": job.id,
            }
        )
        return job._notify_started_action()

    def _check_import_rights(self):
        """The party office imports, into one of its allowed companies."""
        self._party_check_action("write", PARTY_OFFICE)
        if not self.env.su and self.company_id - self.env.companies:
            raise AccessError(
                self.env._(
                    "You can only import members into a company you are working in."
                )
            )

    def _parse_rows(self, data):
        """Return ``[(row_number, values, errors)]`` of the file."""
        try:
            raw_rows = xlsx.read_workbook(data)
        except sheet.SheetError as error:
            raise UserError(self._sheet_message(error.key)) from error
        if not raw_rows:
            raise UserError(self.env._("The file has no member row."))
        today = fields.Date.context_today(self)
        return [(number, *sheet.parse_row(raw, today)) for number, raw in raw_rows]

    def _reopen(self):
        return reopen_form(self, self.env._("Import Members"))

    def _sheet_message(self, key):
        if key == xlsx.SHEET_TOO_LARGE:
            return self.env._(
                "The file is too large: a member list holds at most %(rows)s "
                "members and %(size)s MB of data. Split it into several files.",
                rows=xlsx.MAX_IMPORT_ROWS,
                size=xlsx.MAX_UNCOMPRESSED_BYTES // (1024 * 1024),
            )
        if key == xlsx.SHEET_BAD_FILE:
            return self.env._("The file is not a readable XLSX workbook.")
        return self.env._(
            "No header row with the column “%(column)s” in the first %(rows)s rows: "
            "use the template.",
            column=sheet.COLUMN_BY_KEY["name"].header,
            rows=sheet.HEADER_SCAN_ROWS,
        )

    def _report(self, refused):
        """One line per refused row: its number and every reason."""
        if not refused:
            return False
        row_label = self.env._("Row %(row)s")
        lines = []
        for number, errors in refused:
            reasons = [self._error_message(error) for error in errors]
            lines.append(f"{row_label % {'row': number}}: " + " | ".join(reasons))
        return "\n".join(lines)

    @api.model
    def _error_message(self, error):
        """The message of a refused cell, in the user's language."""
        column = sheet.COLUMN_BY_KEY.get(error.column)
        # The column as the template names it in the user's language.
        vietnamese = (self.env.lang or "").startswith("vi")
        header = column and (column.header if vietnamese else column.header_en)
        value, expected = error.value, error.expected
        if isinstance(value, datetime.date):
            value = value.strftime("%d/%m/%Y")
        if isinstance(expected, datetime.date):
            expected = expected.strftime("%d/%m/%Y")
        params = {
            "column": header or "",
            "value": value or "",
            "number": value or "",
            "other_row": error.other_row or "",
            "expected": expected or ALLOWED_VALUES.get(error.key, ""),
        }
        message = SHEET_MESSAGES.get(error.key)
        return self.env._(message) % params if message else error.key
