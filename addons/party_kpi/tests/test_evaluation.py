# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from psycopg2 import IntegrityError

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import YEAR, PartyKpiCase


@tagged("post_install", "-at_install")
class TestEvaluation(PartyKpiCase):
    def test_default_criteria_and_bands(self):
        """A review gets the default criteria (100 points) and its grade
        follows the bands 90 / 70 / 50."""
        member = self._official("Trần Văn An")
        review = self._review(member, 92)
        self.assertEqual(sum(review.line_ids.mapped("max_score")), 100)
        self.assertEqual(review.total, 92)
        self.assertEqual(review.proposed_grade, "excellent")
        review._set_points(69.9)
        self.assertEqual(review.proposed_grade, "completed")
        review._set_points(40, self_total=75)
        self.assertEqual(
            (review.self_grade, review.proposed_grade), ("good", "not_completed")
        )

    def test_points_outside_the_scale_refused(self):
        """Points below 0, above the criterion's maximum, or not a number
        (NaN, which every comparison lets through) are refused."""
        review = self._review(self._official("Lê Thị Hoa"), 80)
        line = review.line_ids[0]
        for value in (-1, line.criterion_id.max_score + 1, float("nan")):
            with self.assertRaises(ValidationError):
                line.write({"self_score": value})
                line.flush_recordset()
        self.assertLessEqual(line.self_score, line.criterion_id.max_score)

    def test_knockout_discipline_in_year(self):
        """A discipline decided in the year forces 'not completed'; one of
        another year does not."""
        member = self._official("Lê Thị Bình")
        review = self._review(member, 95)
        last_year = self._review(member, 95, year=YEAR - 1)
        self.env["party.discipline"].create(
            {
                "member_id": member.id,
                "decision_id": self.discipline_decision.id,
                "form": "reprimand",
                "date": date(YEAR, 6, 1),
            }
        )
        self.assertTrue(review.knockout_discipline)
        self.assertEqual(review.proposed_grade, "not_completed")
        self.assertFalse(last_year.knockout_discipline)
        self.assertEqual(last_year.proposed_grade, "excellent")

    def test_knockout_targets(self):
        """Fewer than half of the targets met forces 'not completed'."""
        member = self._official("Phạm Văn Cường")
        review = self._review(member, 85, targets_total=4, targets_met=1)
        self.assertTrue(review.knockout_targets)
        self.assertEqual(review.proposed_grade, "not_completed")
        review.targets_met = 2
        self.assertEqual(review.proposed_grade, "good")

    def test_unique_member_year(self):
        """One review per member and year."""
        member = self._official("Đỗ Thị Dung")
        self._review(member, 80)
        with mute_logger("odoo.sql_db"), self.assertRaises(IntegrityError):
            self._review(member, 70)

    def test_create_for_organization(self):
        """The bulk action creates one review per reviewed member of the
        subtree, and nothing more when run again."""
        members = self._members(3, self.cell_1) | self._members(
            2, self.cell_2, "Chi bộ 2"
        )
        self._member("Quần chúng chưa kết nạp", self.cell_1)
        wizard = self.env["party.evaluation.generate"].create(
            {"organization_id": self.committee.id, "year": YEAR}
        )
        wizard.action_generate()
        mine = [("year", "=", YEAR), ("company_id", "=", self.company.id)]
        reviews = self.Evaluation.search(mine)
        self.assertEqual(reviews.member_id, members)
        org_reviews = self.OrgEvaluation.search(mine)
        self.assertEqual(
            org_reviews.organization_id,
            self.committee | self.sub_committee | self.cell_1 | self.cell_2,
        )
        wizard.action_generate()
        self.assertEqual(self.Evaluation.search_count(mine), 5)
        self.assertEqual(self.OrgEvaluation.search_count(mine), 4)

    def test_levels_record_who_and_when(self):
        """Each level records who acted and when."""
        member = self._official("Vũ Văn Em")
        review = self._review(member, 80)
        review.with_user(self.user_office).action_self_assess()
        self.assertEqual(review.self_user_id, self.user_office)
        self.assertTrue(review.self_date)
        review.action_propose()
        review.action_approve()
        self.assertEqual(review.state, "approved")
        self.assertEqual(review.approved_grade, "good")
        self.assertEqual(review.grade, "good")
        self.assertEqual(review.approval_user_id, self.env.user)
        with self.assertRaises(UserError):
            review.action_approve()

    def test_quota_blocks_approval(self):
        """Excellent members beyond 20% of good ones in the grassroots
        organisation block approval, with the numbers in the message."""
        good = self._members(9, self.cell_1, "Tốt")
        excellent = self._members(2, self.cell_2, "Xuất sắc")
        for member in good:
            self._review(member, 80, state="proposed")
        reviews = self.Evaluation.browse()
        for member in excellent:
            reviews |= self._review(member, 95, state="proposed")
        # Equal points for the last place: the level above chooses.
        with self.assertRaisesText(
            UserError, r"2 members graded excellent, at most 1 allowed \(20% of 9"
        ):
            reviews.action_approve()
        # The level above lowers one proposal: the other can be approved.
        reviews[1].approved_grade = "good"
        reviews[0].action_approve()
        self.assertEqual(reviews[0].state, "approved")

    def test_quota_configurable(self):
        """The quota ratio is a system parameter."""
        self.env["ir.config_parameter"].sudo().set_param(
            "party_kpi.excellent_quota_ratio", "0.5"
        )
        good = self._members(2, self.cell_1, "Tốt")
        for member in good:
            self._review(member, 80, state="proposed")
        review = self._review(self._official("Xuất sắc"), 95, state="proposed")
        review.action_approve()
        self.assertEqual(review.state, "approved")

    def test_approval_by_level_above(self):
        """A secretary approves only reviews of organisations below their own."""
        member = self._official("Hoàng Văn Giang", self.cell_2)
        review = self._review(member, 80, state="proposed")
        self.user_secretary.party_organization_ids = self.cell_2
        with self.assertRaises(UserError):
            review.with_user(self.user_secretary).action_approve()
        self.user_secretary.party_organization_ids = self.sub_committee
        review.with_user(self.user_secretary).action_approve()
        self.assertEqual(review.state, "approved")

    def test_org_grade_from_members_and_sub_units(self):
        """An organisation scoring 95 is capped by a sub-unit that did not
        complete its duties and by members not completing theirs."""
        members = self._members(10, self.cell_1)
        for member in members[:9]:
            self._review(member, 85, state="proposed")
        self._review(members[9], 30, state="proposed")
        cell_review = self.OrgEvaluation.create(
            {"organization_id": self.cell_1.id, "year": YEAR, "score": 95}
        )
        cell_review.action_propose()
        # 10% not completed: not excellent
        self.assertEqual(cell_review.proposed_grade, "good")
        self.assertTrue(cell_review.grade_reasons)
        sub_review = self.OrgEvaluation.create(
            {"organization_id": self.sub_committee.id, "year": YEAR, "score": 40}
        )
        sub_review.action_propose()
        self.assertEqual(sub_review.grade, "not_completed")
        committee_review = self.OrgEvaluation.create(
            {"organization_id": self.committee.id, "year": YEAR, "score": 95}
        )
        committee_review.action_propose()
        self.assertEqual(committee_review.proposed_grade, "completed")

    def test_reports_render(self):
        """The individual, collective and summary forms render."""
        member = self._official("Ngô Thị Hoa")
        review = self._review(member, 88, state="proposed")
        org_review = self.OrgEvaluation.create(
            {"organization_id": self.cell_1.id, "year": YEAR}
        )
        Report = self.env["ir.actions.report"]
        html = Report._render_qweb_html(
            "party_kpi.report_party_evaluation", review.ids
        )[0]
        self.assertIn("NGÔ THỊ HOA", html.decode())
        html = Report._render_qweb_html(
            "party_kpi.report_party_evaluation_summary", org_review.ids
        )[0]
        self.assertIn("Ngô Thị Hoa", html.decode())
        Report._render_qweb_html(
            "party_kpi.report_party_org_evaluation", org_review.ids
        )

    def test_org_review_criteria(self):
        """An organisation review gets the organisation criteria; its points
        are their sum once scored."""
        review = self.OrgEvaluation.create(
            {"organization_id": self.cell_1.id, "year": YEAR}
        )
        self.assertEqual(sum(review.line_ids.mapped("max_score")), 100)
        review._set_points(84, self_total=88)
        self.assertEqual((review.score, review.self_score), (84, 88))
        self.assertEqual(review.self_grade, "good")

    def test_settings_bands(self):
        """The settings write the bands used by the grading."""
        settings = self.env["res.config.settings"].create({"party_grade_band_good": 60})
        settings.execute()
        review = self._review(self._official("Ngưỡng mới"), 65)
        self.assertEqual(review.proposed_grade, "good")

    def test_settings_open_reminder_delays(self):
        """Settings → Party Work leads to the reminder delays, which open for
        the party office and stay closed to a plain member."""
        arch = self.env["res.config.settings"].get_view()["arch"]
        action = self.env.ref("party_org.party_reminder_rule_action")
        self.assertIn(f'name="{action.id}"', arch)
        opened = action.with_user(self.user_office).run()
        self.assertEqual(opened["res_model"], "party.reminder.rule")
        with self.assertRaises(AccessError):
            action.with_user(self.user_member).run()
