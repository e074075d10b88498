# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The references of a member list (7-HSĐV) import, resolved in bulk: one
query per kind (citizen IDs, file numbers, namesakes, cells, ethnicities,
religions, employees), whatever the number of rows. Not a model."""

from collections import defaultdict

from ..engine import member_sheet as sheet

# The types of organisation a member can belong to (party.member.organization_id)
MEMBER_ORG_TYPES = ("cell", "grassroots_cell", "party_group")


def person_label(values):
    """``NAME (dd/mm/yyyy)``: a row's person in the import report."""
    born = values["birth_date"]
    return f"{values['name']} ({born:%d/%m/%Y})" if born else values["name"]


def _person_keys(name, birth_date, admission_date):
    """Keys matching one person in a party cell: name and birth date, or
    name and admission (decision) date for a row without a birth date."""
    name = sheet.lookup_key(name)
    keys = []
    if birth_date:
        keys.append((name, "birth", birth_date))
    if admission_date:
        keys.append((name, "admission", admission_date))
    return keys


class Resolver:
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
        self._fetch_namesakes(Member, companies, rows)
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

    def _fetch_namesakes(self, Member, companies, rows):
        """Index the members that may be the person of a row: same birth
        date, or same admission date for the rows without a birth date."""
        births = list({v["birth_date"] for v in rows if v["birth_date"]})
        admissions = list(
            {
                sheet.admission_origin(v)
                for v in rows
                if not v["birth_date"] and sheet.admission_origin(v)
            }
        )
        members = Member
        if births or admissions:
            members = Member.search_fetch(
                [
                    ("company_id", "in", companies),
                    "|",
                    ("birth_date", "in", births),
                    ("admission_decision_date", "in", admissions),
                ],
                ["name", "birth_date", "admission_decision_date", "citizen_id"]
                + ["organization_id"],
            )
        self.namesakes = defaultdict(list)
        for member in members:
            for key in _person_keys(
                member.name, member.birth_date, member.admission_decision_date
            ):
                self.namesakes[(member.organization_id.id, *key)].append(
                    member.citizen_id
                )

    def same_person(self, values, organization_id):
        """True when a member of ``organization_id`` has the row's name and
        birth date (admission date without one), and the member or the row
        has no citizen ID (equal IDs are reported as such)."""
        if not organization_id:
            return False
        birth = values["birth_date"]
        keys = _person_keys(
            values["name"], birth, None if birth else sheet.admission_origin(values)
        )
        for key in keys:
            for citizen_id in self.namesakes.get((organization_id, *key), ()):
                if not (citizen_id and values["citizen_id"]):
                    return True
        return False

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
