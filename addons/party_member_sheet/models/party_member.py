# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""party.member: the member list (7-HSĐV) import and export, in bulk, and
the member form (2-HSĐV).

The import resolves the references of every row with one query per kind
(cells, ethnicities, religions, citizen IDs, file numbers, employees,
namesakes), then creates the employees, the members and their admission
and recognition events with one ``create`` each.

One person, one record (Hướng dẫn 12-HD/BTCTW): a row is refused when its
person is already in the file (same citizen ID, or same name and birth date
when one of the rows has no citizen ID) or already in the database (same
citizen ID, same file number, or same name, birth date and party cell when
one of the two has no citizen ID), so importing a file twice creates no
second member. The 2-HSĐV member form is printed from the same records
(``action_print_member_form``).
"""

from odoo import api, fields, models
from odoo.tools import SQL

from ..engine import member_sheet as sheet
from .member_sheet_resolver import Resolver, person_label

PARTY_OFFICE = "party_org.group_party_office"
PARTY_SECRETARY = "party_org.group_party_secretary"
# Context of the bulk creates: no chatter message or tracking per record
BULK_CONTEXT = {
    "tracking_disable": True,
    "mail_create_nolog": True,
    "mail_create_nosubscribe": True,
    "mail_notrack": True,
}


class PartyMember(models.Model):
    _inherit = "party.member"

    member_sheet_import_key = fields.Char(
        string="Import Row",
        readonly=True,
        copy=False,
        index="btree_not_null",
        groups="party_org.group_party_office",
        help="The background import and the row of the member list that "
        "created this member (job:row): a resumed import skips the rows "
        "already created.",
    )

    # ------------------------------------------------------------------
    # Import
    # ------------------------------------------------------------------
    @api.model
    def _member_sheet_resolve(self, rows, company, create_employees=False):
        """Resolve the parsed ``rows`` (``(row_number, values, errors)``)
        for ``company``; return ``[(row_number, vals, employee_vals,
        errors)]`` where ``vals`` are party.member values (without
        ``employee_id`` when ``employee_vals`` asks for a new employee).
        One query per kind of reference, whatever the number of rows."""
        resolver = Resolver(self.env, company, [values for _n, values, _e in rows])
        for key in ("citizen_id", "file_number"):
            in_file = sheet.duplicates([(n, v) for n, v, _e in rows], key)
            for number, values, errors in rows:
                if number in in_file:
                    errors.append(
                        sheet.RowError(
                            sheet.ERROR_DUPLICATE_IN_FILE,
                            key,
                            values[key],
                            in_file[number],
                        )
                    )
                elif values[key] in resolver.taken[key]:
                    errors.append(
                        sheet.RowError(sheet.ERROR_DUPLICATE_IN_DB, key, values[key])
                    )
        same_person = sheet.same_person_rows([(n, v) for n, v, _e in rows])
        for number, values, errors in rows:
            if number in same_person:
                errors.append(
                    sheet.RowError(
                        sheet.ERROR_SAME_PERSON_IN_FILE,
                        "name",
                        person_label(values),
                        same_person[number],
                    )
                )
        employee_rows = {}
        result = []
        for number, values, errors in rows:
            vals = self._member_sheet_vals(values, company)
            for key, fname in (
                ("organization", "organization_id"),
                ("ethnicity", "ethnicity_id"),
                ("religion", "religion_id"),
            ):
                record_id, problem = resolver.resolve(key, values[key])
                vals[fname] = record_id
                if problem:
                    errors.append(sheet.RowError(problem, key, values[key]))
            known = any(e.key == sheet.ERROR_DUPLICATE_IN_DB for e in errors)
            if not known and resolver.same_person(values, vals["organization_id"]):
                errors.append(
                    sheet.RowError(
                        sheet.ERROR_SAME_PERSON_IN_DB, "name", person_label(values)
                    )
                )
            employee, problem = resolver.employee(values)
            employee_vals = None
            if employee:
                vals["employee_id"] = employee
                shown = values["employee_code"] or values["name"]
                if employee in resolver.employees_taken:
                    errors.append(
                        sheet.RowError(
                            sheet.ERROR_EMPLOYEE_TAKEN, "employee_code", shown
                        )
                    )
                elif employee in employee_rows:
                    errors.append(
                        sheet.RowError(
                            sheet.ERROR_DUPLICATE_IN_FILE,
                            "employee_code",
                            shown,
                            employee_rows[employee],
                        )
                    )
                else:
                    employee_rows[employee] = number
            elif create_employees:
                employee_vals = self._member_sheet_employee_vals(values, company)
            elif problem:
                errors.append(
                    sheet.RowError(problem, "employee_code", values["employee_code"])
                )
            result.append((number, vals, employee_vals, errors))
        return result

    @api.model
    def _member_sheet_create(self, prepared):
        """Create the members of ``prepared`` (``(vals, employee_vals)``),
        their new employees and their history; return the members."""
        env = self.with_context(**BULK_CONTEXT).env
        to_create = [(vals, emp) for vals, emp in prepared if emp]
        if to_create:
            Employee = env["hr.employee"]
            if env["ir.ui.view"].has_access("write"):
                # hr.employee.create() writes a generated avatar record by
                # record when none is given: give it in the values instead.
                for _vals, emp in to_create:
                    emp["image_1920"] = Employee.new(
                        {"name": emp["name"]}
                    )._avatar_generate_svg()
            employees = Employee.create([emp for _vals, emp in to_create])
            for (vals, _emp), employee in zip(to_create, employees, strict=True):
                vals["employee_id"] = employee.id
        members = env["party.member"].create([vals for vals, _emp in prepared])
        members._create_initial_events()
        return members.with_env(self.env)

    @api.model
    def _member_sheet_create_keyed(self, prepared):
        """Create the members of ``prepared`` (``(key, vals, employee_vals)``)
        whose key no member holds yet, and record each key on its member:
        running the same batch twice creates nothing the second time. A row
        whose citizen ID, file number or employee another member took since
        the file was checked is refused. Return ``(members, {key:
        RowError})``."""
        keys = [key for key, _vals, _emp in prepared]
        existing = (
            self.sudo()
            .with_context(active_test=False)
            .search_fetch(
                [("member_sheet_import_key", "in", keys)], ["member_sheet_import_key"]
            )
        )
        done = set(existing.mapped("member_sheet_import_key"))
        todo = [row for row in prepared if row[0] not in done]
        refused = self._member_sheet_taken(todo)
        todo = [row for row in todo if row[0] not in refused]
        if not todo:
            return self.browse(), refused
        members = self._member_sheet_create([(vals, emp) for _k, vals, emp in todo])
        # A server-only field: one UPDATE for the batch, after the user's create.
        self.env.cr.execute(
            SQL(
                "UPDATE party_member m SET member_sheet_import_key = k.key "
                "FROM unnest(%s::int[], %s::varchar[]) AS k(id, key) "
                "WHERE m.id = k.id",
                members.ids,
                [key for key, _vals, _emp in todo],
            )
        )
        members.invalidate_recordset(["member_sheet_import_key"])
        return members, refused

    @api.model
    def _member_sheet_taken(self, prepared):
        """``{key: RowError}`` of the rows of ``prepared`` (``(key, vals,
        employee_vals)``) whose citizen ID, file number or employee another
        member took since the file was checked (unique in the whole
        database). One query."""
        wanted = {"citizen_id": set(), "file_number": set(), "employee_id": set()}
        for _key, vals, _emp in prepared:
            for fname, values in wanted.items():
                if vals.get(fname):
                    values.add(vals[fname])
        domain = [
            (fname, "in", list(values)) for fname, values in wanted.items() if values
        ]
        if not domain:
            return {}
        members = (
            self.sudo()
            .with_context(active_test=False)
            .search_fetch(["|"] * (len(domain) - 1) + domain, list(wanted))
        )
        taken = {fname: set() for fname in wanted}
        for member in members:
            taken["citizen_id"].add(member.citizen_id)
            taken["file_number"].add(member.file_number)
            taken["employee_id"].add(member.employee_id.id)
        problems = {}
        for key, vals, _emp in prepared:
            for fname in ("citizen_id", "file_number"):
                if vals.get(fname) and vals[fname] in taken[fname]:
                    problems[key] = sheet.RowError(
                        sheet.ERROR_DUPLICATE_IN_DB, fname, vals[fname]
                    )
            if vals.get("employee_id") and vals["employee_id"] in taken["employee_id"]:
                problems[key] = sheet.RowError(
                    sheet.ERROR_EMPLOYEE_TAKEN, "employee_code", vals["name"]
                )
        return problems

    @api.model
    def _member_sheet_vals(self, values, company):
        """party.member values of one parsed row (references excluded)."""
        return {
            "company_id": company.id,
            "name": values["name"],
            "birth_date": values["birth_date"],
            "sex": values["sex"],
            "hometown": values["hometown"],
            "citizen_id": values["citizen_id"],
            "file_number": values["file_number"],
            # The admission event is dated by the decision; the core would
            # copy its date here anyway (party.member.event).
            "admission_decision_date": sheet.admission_origin(values),
            "admission_date": values["admission_date"],
            "official_date": values["official_date"],
            "professional_qualification": values["professional_qualification"],
            "political_theory_level": values["political_theory_level"] or "none",
            "occupation": values["occupation"],
            "note": values["note"],
        }

    @api.model
    def _member_sheet_employee_vals(self, values, company):
        """hr.employee values for a member without an employee."""
        return {
            "name": values["name"],
            "company_id": company.id,
            "identification_id": values["citizen_id"],
            "barcode": values["employee_code"],
            "birthday": values["birth_date"],
            "gender": values["sex"],
            "job_title": values["occupation"],
        }

    # ------------------------------------------------------------------
    # Export
    # ------------------------------------------------------------------
    def action_export_member_sheet(self):
        """Download the member list (7-HSĐV) of the selected members: those
        in the user's charge."""
        self._party_check_action("write", PARTY_SECRETARY)
        return self.env["party.member.export"]._download(self)

    def action_print_member_form(self):
        """Phiếu đảng viên (2-HSĐV) of the selected members as one PDF:
        the report checks that they are in the user's charge and logs the
        print; the file is streamed, never stored."""
        self._party_check_action("write", PARTY_SECRETARY)
        return self.env.ref(
            "party_member_sheet.party_member_form_report"
        ).report_action(self, config=False)

    def _member_sheet_rows(self):
        """Cells of the member list for the members of ``self`` the user
        can read; restricted columns are blank outside the party office."""
        members = self._filtered_access("read")
        office = self.env.user.has_group(PARTY_OFFICE)
        blank = () if office else sheet.RESTRICTED_KEYS
        fnames = [
            "name",
            "birth_date",
            "sex",
            "hometown",
            "file_number",
            "admission_date",
            "admission_decision_date",
            "official_date",
            "organization_id",
            "professional_qualification",
            "political_theory_level",
            "occupation",
            "note",
            "employee_id",
        ]
        if office:
            fnames += ["citizen_id", "ethnicity_id", "religion_id"]
        members = members.search_fetch(
            [("id", "in", members.ids)], fnames, order="organization_id, name, id"
        )
        # Personal data leaving the system: logged (Luật 91/2025/QH15)
        self.env["party.member.access.log"]._log(members, "export", fnames)
        orgs = members.organization_id
        orgs.fetch(["code", "complete_name"])
        codes = members.employee_id.sudo().read(["barcode"])
        barcode = {row["id"]: row["barcode"] for row in codes}
        rows = []
        for seq, member in enumerate(members, start=1):
            values = {
                "name": member.name,
                "birth_date": member.birth_date,
                "sex": member.sex,
                "hometown": member.hometown,
                "file_number": member.file_number,
                "admission_date": member.admission_date,
                "admission_decision_date": member.admission_decision_date,
                "official_date": member.official_date,
                "organization": member.organization_id.code
                or member.organization_id.complete_name,
                "professional_qualification": member.professional_qualification,
                "political_theory_level": member.political_theory_level,
                "occupation": member.occupation,
                "employee_code": barcode.get(member.employee_id.id),
                "note": member.note,
            }
            if office:
                values.update(
                    citizen_id=member.citizen_id,
                    ethnicity=member.ethnicity_id.name,
                    religion=member.religion_id.name,
                )
            rows.append(sheet.format_row(values, seq, blank))
        return rows
