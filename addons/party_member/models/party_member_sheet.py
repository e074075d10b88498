# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""party.member: the member list (7-HSĐV) import and export, in bulk.

The import resolves the references of every row with one query per kind
(cells, ethnicities, religions, citizen IDs, file numbers, employees),
then creates the employees, the members and their admission and
recognition events with one ``create`` each.
"""

from collections import defaultdict

from odoo import api, fields, models

from ..engine import member_sheet as sheet

PARTY_OFFICE = "party_org.group_party_office"
PARTY_SECRETARY = "party_org.group_party_secretary"
# The types of organisation a member can belong to (party.member.organization_id)
MEMBER_ORG_TYPES = ("cell", "grassroots_cell", "party_group")
# Members listed when exporting an organisation's member list
CURRENT_STATES = ("probationary", "official", "temporarily_transferred", "exempt")
# Context of the bulk creates: no chatter message or tracking per record
BULK_CONTEXT = {
    "tracking_disable": True,
    "mail_create_nolog": True,
    "mail_create_nosubscribe": True,
    "mail_notrack": True,
}


class PartyMember(models.Model):
    _inherit = "party.member"

    note = fields.Text(help="Note (ghi chú) of the member list (7-HSĐV).")

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
        resolver = _Resolver(self.env, company, [values for _n, values, _e in rows])
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


class _Resolver:
    """The references of a whole sheet, fetched with one query per kind."""

    def __init__(self, env, company, rows):
        self.env = env
        # Duplicates are looked up (sudo: archived and out-of-scope members
        # too) only in the companies the user works in: no oracle on others.
        Member = env["party.member"].sudo().with_context(active_test=False)
        companies = env.companies.ids
        self.taken = {}
        for key in ("citizen_id", "file_number"):
            wanted = list({values[key] for values in rows if values[key]})
            found = (
                Member.search_fetch(
                    [(key, "in", wanted), ("company_id", "in", companies)], [key]
                )
                if wanted
                else Member
            )
            self.taken[key] = set(found.mapped(key))
        orgs = env["party.organization"].search_fetch(
            [("company_id", "=", company.id)],
            ["name", "code", "complete_name", "org_type"],
        )
        self.maps = {
            "organization": self._index(orgs, ("code", "complete_name", "name")),
            "ethnicity": self._index(
                env["party.ethnicity"].search_fetch([], ["name", "code"]),
                ("code", "name"),
            ),
            "religion": self._index(
                env["party.religion"].search_fetch([], ["name", "code"]),
                ("code", "name"),
            ),
        }
        self.org_types = {org.id: org.org_type for org in orgs}
        self._fetch_employees(company, rows)

    @staticmethod
    def _index(records, fnames):
        """Return one map (lookup key → set of ids) per field, in order."""
        indexes = []
        for fname in fnames:
            index = defaultdict(set)
            for record in records:
                if record[fname]:
                    index[sheet.lookup_key(record[fname])].add(record.id)
            indexes.append(index)
        return indexes

    def resolve(self, key, text):
        """Return ``(id, problem)`` for the text of a reference column: a
        code, else a full name, else a name (which must be unique)."""
        if not text:
            return False, None
        lookup = sheet.lookup_key(text)
        ids = next((index[lookup] for index in self.maps[key] if lookup in index), ())
        if not ids:
            return False, {
                "organization": sheet.ERROR_UNKNOWN_ORGANIZATION,
                "ethnicity": sheet.ERROR_UNKNOWN_ETHNICITY,
                "religion": sheet.ERROR_UNKNOWN_RELIGION,
            }[key]
        if len(ids) > 1:
            return False, sheet.ERROR_AMBIGUOUS_ORGANIZATION
        (record_id,) = ids
        if key == "organization" and self.org_types[record_id] not in MEMBER_ORG_TYPES:
            return False, sheet.ERROR_NOT_A_CELL
        return record_id, None

    def _fetch_employees(self, company, rows):
        codes = list({v["employee_code"] for v in rows if v["employee_code"]})
        cids = list({v["citizen_id"] for v in rows if v["citizen_id"]})
        names = list({v["name"] for v in rows if v["name"] and v["birth_date"]})
        Employee = self.env["hr.employee"].sudo().with_context(active_test=False)
        employees = (
            Employee.search_fetch(
                [
                    ("company_id", "=", company.id),
                    "|",
                    "|",
                    ("barcode", "in", codes),
                    ("identification_id", "in", cids),
                    ("name", "in", names),
                ],
                ["barcode", "identification_id", "name", "birthday"],
            )
            if rows
            else Employee
        )
        self.by_code = {e.barcode: e.id for e in employees if e.barcode}
        self.by_cid = {
            e.identification_id: e.id for e in employees if e.identification_id
        }
        by_name = defaultdict(set)
        for employee in employees:
            if employee.birthday:
                by_name[(sheet.lookup_key(employee.name), employee.birthday)].add(
                    employee.id
                )
        self.by_name = {key: ids.pop() for key, ids in by_name.items() if len(ids) == 1}
        members = (
            self.env["party.member"]
            .sudo()
            .with_context(active_test=False)
            .search_fetch([("employee_id", "in", employees.ids)], ["employee_id"])
            if employees
            else self.env["party.member"]
        )
        self.employees_taken = set(members.employee_id.ids)

    def employee(self, values):
        """Return ``(employee id, problem)`` matching a row: by employee
        code, else citizen ID, else name and birth date."""
        if values["employee_code"]:
            found = self.by_code.get(values["employee_code"])
            return (found, None) if found else (False, sheet.ERROR_UNKNOWN_EMPLOYEE)
        if values["citizen_id"] and values["citizen_id"] in self.by_cid:
            return self.by_cid[values["citizen_id"]], None
        key = (sheet.lookup_key(values["name"]), values["birth_date"])
        return self.by_name.get(key, False), None
