# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
import io
from datetime import date

import openpyxl

from odoo.exceptions import AccessError, ValidationError
from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import PartyKpiCase

DAY = date(2024, 12, 31)


@tagged("post_install", "-at_install")
class TestStatisticsClosing(PartyKpiCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._statistics_officials()
        cls.other_decision = cls.env["party.decision"].create(
            {
                "name": "3-QĐ/ĐU",
                "date": date(2015, 3, 1),
                "decision_type": "admission",
                "issuer_organization_id": cls.other_committee.id,
                "company_id": cls.other_company.id,
            }
        )
        cls._other_company_member("Đỗ Văn D", date(2015, 3, 2))

    @classmethod
    def _other_company_member(cls, name, admitted):
        member = cls.env["party.member"].create(
            {
                "name": name,
                "organization_id": cls.other_committee.id,
                "company_id": cls.other_company.id,
            }
        )
        member._add_event("admission", admitted, decision=cls.other_decision)
        return member

    def _counted(self, user=None, companies=None):
        """Members counted on DAY by organisation, as ``user`` reads them."""
        Stats = self.env["party.member.statistics"].with_context(
            statistics_date=DAY, allowed_company_ids=(companies or self.company).ids
        )
        if user:
            Stats = Stats.with_user(user)
        return dict(
            (org.id, count)
            for org, count in Stats._read_group(
                [("member_count", "=", 1)], ["organization_id"], ["member_count:sum"]
            )
        )

    def _wizard(self, user):
        return (
            self.env["party.statistics.export"]
            .with_user(user)
            .with_context(allowed_company_ids=self.company.ids)
            .create({"statistics_date": DAY})
        )

    def _close(self):
        wizard = self._wizard(self.user_office)
        wizard.action_close_statistics()
        return wizard.closing_id

    def test_closed_statistics_read_the_stored_rows(self):
        """Once closed, the statistics of the date (grouped reads, the
        pivot's, and the export) read the figures of the day they were
        closed, not a history corrected later; reopened, the live ones."""
        live = self._counted()
        self.assertEqual(live, {self.cell_1.id: 2, self.cell_2.id: 1})
        closing = self._close()
        self.assertEqual((closing.member_count, closing.row_count), (3, 3))
        # A member whose admission in 2020 is recorded after the report.
        self._official("Lê Văn E", self.cell_1, admitted=date(2020, 1, 5))
        self.assertEqual(self._counted(), live)
        self.assertEqual(self._counted(self.user_office), live)
        wizard = self._wizard(self.user_office)
        wizard.write({"organization_id": self.committee.id})
        wizard.action_export()
        book = openpyxl.load_workbook(io.BytesIO(base64.b64decode(wizard.file)))
        total = [cell.value for cell in book.worksheets[0][book.worksheets[0].max_row]]
        self.assertEqual(total[2], 3)

        wizard.action_reopen_statistics()
        self.assertEqual(self._counted(), {self.cell_1.id: 3, self.cell_2.id: 1})
        # The reopened closing stays, archived, with who reopened it (once:
        # reopening it again over RPC posts nothing more).
        self.assertFalse(closing.active)
        self.assertEqual(closing.message_ids[0].author_id, self.user_office.partner_id)
        messages = len(closing.message_ids)
        closing.with_user(self.user_office).action_reopen()
        self.assertEqual(len(closing.message_ids), messages)
        self.env.cr.execute(
            "SELECT COUNT(*) FROM party_statistics_closing_row WHERE closing_id = %s",
            [closing.id],
        )
        self.assertEqual(self.env.cr.fetchone()[0], 0)
        # Closed again: a new closing in force, the old one kept.
        self.assertEqual(self._close().member_count, 4)
        with self.assertRaises(ValidationError):
            self.env["party.statistics.closing"].with_user(self.user_office).create(
                {"statistics_date": DAY}
            )

    def test_export_without_empty_values(self):
        """Stored rows whose education, qualification and occupation are
        all filled still export: the category of no value is summed, empty
        (it was looked up among the values read, and missed)."""
        members = self.env["party.member"].search(
            [("company_id", "=", self.company.id)]
        )
        members.write(
            {
                "general_education": "12/12",
                "professional_qualification": "Kỹ sư điện",
                "occupation": "Công nhân vận hành",
            }
        )
        self._close()
        rows = self._wizard(self.user_office)._rows()
        cell = rows[self.cell_1]
        self.assertEqual(cell["member_count"], 2)
        self.assertEqual(cell["education:upper_secondary"], 2)
        self.assertEqual(cell["education:unknown"], 0)
        self.assertEqual(cell["qualification:university"], 2)
        self.assertEqual(cell["qualification:none"], 0)
        self.assertEqual(cell["occupation:worker"], 2)
        self.assertEqual(cell["occupation:other"], 0)

    def test_export_categorises_the_stored_values(self):
        """The export of a closed date puts the occupation stored on the
        day in its form's category, even when no member holds that text any
        more (the values categorised come from the stored rows too)."""
        worker = self.env["party.member"].search([("name", "=", "Trần Văn B")])
        worker.occupation = "Công nhân vận hành"
        self._close()
        worker.occupation = "Sinh viên"
        rows = self._wizard(self.user_office)._rows()
        self.assertEqual(rows[self.cell_1]["occupation:worker"], 1)
        self.assertEqual(rows[self.cell_1]["occupation:student"], 0)
        self.assertEqual(rows[self.cell_1]["member_count"], 2)

    def test_closed_rows_follow_new_columns(self):
        """A column the statistics rows gain in a later version is added to
        the table of closed rows when the module is updated (the closings
        made before have it empty), so closed dates still read."""
        closing = self._close()
        self.env.cr.execute(
            "ALTER TABLE party_statistics_closing_row DROP COLUMN death_count"
        )
        self.env["party.member.statistics"].init()
        self.env.cr.execute(
            """SELECT COUNT(*), COUNT(death_count) FROM party_statistics_closing_row
               WHERE closing_id = %s""",
            [closing.id],
        )
        self.assertEqual(self.env.cr.fetchone(), (3, 0))
        self.assertEqual(self._counted(), {self.cell_1.id: 2, self.cell_2.id: 1})

    def test_other_companies_stay_live(self):
        """A closing holds its company only: read with another company, the
        other company's members are counted live beside the stored rows."""
        self._close()
        both = self.company | self.other_company
        self._other_company_member("Lê Văn E", date(2020, 1, 5))
        counted = self._counted(companies=both)
        self.assertEqual(counted[self.other_committee.id], 2)
        self.assertEqual(counted[self.cell_1.id], 2)

    @mute_logger("odoo.models", "odoo.addons.base.models.ir_model")
    def test_only_the_party_office_closes_and_reopens(self):
        """A secretary, a member or a plain user cannot close or reopen the
        statistics; nobody deletes a closing or rewrites the stored count."""
        for user in (self.user_secretary, self.user_member, self.user_plain):
            Closing = self.env["party.statistics.closing"].with_user(user)
            with self.assertRaises(AccessError):
                Closing.create({"statistics_date": DAY})
        with self.assertRaises(AccessError):
            self._wizard(self.user_secretary).action_close_statistics()
        # The office closes, but never sets the stored counts itself.
        with self.assertRaises(AccessError):
            self.env["party.statistics.closing"].with_user(self.user_office).create(
                {"statistics_date": DAY, "member_count": 99}
            )
        self.assertFalse(self.env["party.statistics.closing"].search([]))
        closing = self._close()
        for user in (self.user_secretary, self.user_member, self.user_office):
            with self.assertRaises(AccessError):
                closing.with_user(user).write({"member_count": 99})
        # Nobody deletes a closing (reopening keeps it), nor reopens one but
        # the office.
        for user in (self.user_secretary, self.user_member, self.user_office):
            with self.assertRaises(AccessError):
                closing.with_user(user).unlink()
        for user in (self.user_secretary, self.user_member, self.user_plain):
            with self.assertRaises(AccessError):
                closing.with_user(user).action_reopen()
        with self.assertRaises(AccessError):
            self._wizard(self.user_secretary).action_reopen_statistics()
        self.assertTrue(closing.active)
        self.assertEqual(closing.member_count, 3)
