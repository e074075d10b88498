# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
from datetime import date

from odoo.tests import tagged

from ..engine import member_sheet as sheet
from ..engine import member_sheet_xlsx as xlsx
from .test_member_import import MemberImportCase, member_row


@tagged("post_install", "-at_install")
class TestMemberExport(MemberImportCase):
    def _download(self, action, user):
        export_id = int(action["url"].split("/")[4])
        export = self.env["party.download"].with_user(user).browse(export_id)
        return xlsx.read_workbook(base64.b64decode(export.file))

    def test_round_trip(self):
        """An exported list imports back to the same members."""
        rows = [
            member_row(1, employee_code="NV1"),
            member_row(2, organization="Chi bộ 2", official_date=None),
        ]
        wizard = self._import(rows, user=self.user_office_hr, create_employees=True)
        members = wizard.member_ids
        fnames = [
            "name",
            "birth_date",
            "sex",
            "hometown",
            "citizen_id",
            "file_number",
            "admission_date",
            "admission_decision_date",
            "official_date",
            "organization_id",
            "ethnicity_id",
            "religion_id",
            "political_theory_level",
            "professional_qualification",
            "occupation",
            "note",
            "employee_id",
            "state",
        ]
        before = members.sorted("name").read(fnames)
        action = members.with_user(self.user_office).action_export_member_sheet()
        exported = self._download(action, self.user_office)
        self.assertEqual(len(exported), 2)
        members.unlink()
        # the exported file, as downloaded, is the file to import
        export_id = int(action["url"].split("/")[4])
        file = self.env["party.download"].browse(export_id).file
        wizard = (
            self.env["party.member.import"]
            .with_user(self.user_office_hr)
            .create({"file": file})
        )
        wizard.action_import()
        self.assertEqual(wizard.state, "done", wizard.report)
        after = wizard.member_ids.sorted("name").read(fnames)
        for row in before + after:
            row.pop("id")
        self.assertEqual(after, before)

    def test_secretary_exports_own_subtree_without_restricted_columns(self):
        """A secretary exports only readable members, restricted columns blank."""
        term = self.env["party.term"].create(
            {
                "organization_id": self.sub_committee.id,
                "date_start": date(2025, 1, 1),
                "date_end": date(2029, 12, 31),
            }
        )
        self.env["party.position"].create(
            {
                "organization_id": self.sub_committee.id,
                "term_id": term.id,
                "employee_id": self.employee_secretary.id,
                "role": "secretary",
                "date_start": date(2025, 1, 1),
            }
        )
        self._import([member_row(1, organization="Chi bộ 2"), member_row(2)])
        committee = self.committee.with_user(self.user_secretary)
        exported = self._download(
            committee.action_export_member_sheet(), self.user_secretary
        )
        self.assertEqual([raw["name"] for _n, raw in exported], ["NGUYỄN VĂN SỐ 1"])
        raw = exported[0][1]
        self.assertEqual(raw["file_number"], "000001HN")
        for key in sheet.RESTRICTED_KEYS:
            self.assertFalse(raw.get(key), key)
        logged = self.env["party.member.access.log"].search(
            [("operation", "=", "export"), ("user_id", "=", self.user_secretary.id)]
        )
        self.assertEqual(logged.member_id.mapped("name"), ["NGUYỄN VĂN SỐ 1"])
        # the party office gets them
        exported = self._download(
            self.committee.with_user(self.user_office).action_export_member_sheet(),
            self.user_office,
        )
        by_name = {raw["name"]: raw for _n, raw in exported}
        self.assertEqual(len(by_name), 2)
        self.assertEqual(by_name["NGUYỄN VĂN SỐ 1"]["citizen_id"], "001085000001")
        self.assertEqual(by_name["NGUYỄN VĂN SỐ 1"]["ethnicity"], "Kinh")
