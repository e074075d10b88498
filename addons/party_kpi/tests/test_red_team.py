# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Red team: a quality review moves only through its levels (security
review H5 and the level above; QA documents #1, #2, #13, #23)."""

from datetime import date

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.fields import Command
from odoo.tests import HttpCase, tagged

from odoo.addons.party_org.tests.red_team import RedTeamMixin

from .common import YEAR
from .red_team_common import FORGED_APPROVAL, KpiRedTeamCase


@tagged("post_install", "-at_install")
class TestReviewRedTeam(RedTeamMixin, KpiRedTeamCase):
    def test_member_cannot_approve_own_review(self):
        """H5: a member writes no state, grade, approver, points or key."""
        review = self.review_own.with_user(self.user_member)
        attempts = [
            FORGED_APPROVAL,
            {"state": "approved"},
            {"approved_grade": "excellent"},
            {"approval_user_id": self.user_office.id},
            {"organization_id": self.cell_1.id},
            {"member_id": self.colleague.id},
            {"year": YEAR + 1},
            {"targets_total": 2, "targets_met": 2},
            {"proposal_comment": "Đề nghị xuất sắc"},
        ]
        with (
            self.assertUnchanged(self.review_own),
            self.assertUnchanged(self.review_own.line_ids),
        ):
            for vals in attempts:
                with self.assertRaises(AccessError, msg=vals):
                    review.write(vals)
            line = review.line_ids[:1]
            for vals in ({"score": 10}, {"evaluation_id": self.review_colleague.id}):
                with self.assertRaises(AccessError, msg=vals):
                    line.write(vals)
            for method in ("action_propose", "action_approve", "action_reset"):
                with self.assertRaises(AccessError, msg=method):
                    getattr(review, method)()

    def test_member_self_assesses_only_own_draft(self):
        """The member writes their comment and own points, in draft only."""
        review = self.review_own.with_user(self.user_member)
        line = review.line_ids[0]
        review.write(
            {
                "self_comment": "Hoàn thành tốt nhiệm vụ",
                "line_ids": [Command.update(line.id, {"self_score": line.max_score})],
            }
        )
        review.action_self_assess()
        self.assertEqual(self.review_own.state, "self_assessed")
        self.assertEqual(self.review_own.self_user_id, self.user_member)
        with self.assertUnchanged(self.review_own):
            with self.assertRaises(AccessError):
                review.write({"self_comment": "Sửa sau khi nộp"})
            with self.assertRaises(AccessError):
                line.write({"self_score": 0})
        with self.assertRaises(AccessError):
            self.review_approved.with_user(self.user_member).write(
                {"self_comment": "x"}
            )

    def test_lines_cannot_be_moved_added_or_removed(self):
        """Extra or removed criteria would change the total out of 100."""
        review = self.review_no_account.with_user(self.user_cell)
        line = review.line_ids[0]
        org_criterion = self.env["party.evaluation.criterion"].search(
            [("applies_to", "=", "organization")], limit=1
        )
        with self.assertUnchanged(self.review_no_account.line_ids):
            for command in (
                Command.create({"criterion_id": line.criterion_id.id, "score": 5}),
                Command.create({"criterion_id": org_criterion.id}),
            ):
                with self.assertRaises(ValidationError):
                    review.write({"line_ids": [command]})
            for command in (Command.delete(line.id), Command.unlink(line.id)):
                with self.assertRaises(AccessError):
                    review.write({"line_ids": [command]})
            with self.assertRaises(AccessError):
                line.unlink()
            with self.assertRaises(AccessError):
                self.review_colleague.with_user(self.user_cell).write(
                    {"line_ids": [Command.update(line.id, {"score": 1})]}
                )

    def test_branch_enters_self_assessment_only_without_account(self):
        """QA #23: the branch self-assesses only for members without an account."""
        with self.assertUnchanged(self.review_own):
            with self.assertRaises(AccessError):
                self.review_own.with_user(self.user_cell).write({"self_comment": "x"})
            with self.assertRaises(AccessError):
                self.review_own.with_user(self.user_cell).action_self_assess()
        self.review_no_account.with_user(self.user_cell).action_self_assess()
        self.assertEqual(self.review_no_account.self_user_id, self.user_cell)

    def test_secretary_cannot_write_workflow_fields(self):
        """QA #2: the branch writes no state nor approved grade."""
        review = self.review_colleague.with_user(self.user_cell)
        with self.assertUnchanged(self.review_colleague):
            for vals in (
                FORGED_APPROVAL,
                {"approved_grade": "excellent"},
                {"approval_comment": "Đồng ý"},
            ):
                with self.assertRaises(AccessError, msg=vals):
                    review.write(vals)
            with self.assertRaises(AccessError):
                review.line_ids[:1].write({"score": 0})
            with self.assertRaises(AccessError):
                self.env["party.evaluation"].with_user(self.user_cell).create(
                    {
                        "member_id": self.no_account.id,
                        "year": YEAR - 2,
                        **FORGED_APPROVAL,
                    }
                )

    def test_only_level_above_approves(self):
        """A cell secretary approves neither their cell's reviews nor their own."""
        party_group_member = self._official("Đảng viên tổ đảng", self.group)
        in_group = self._review(party_group_member, 80, state="proposed")
        cell_reviews = self.review_colleague | self.review_cell_own | in_group
        with self.assertUnchanged(cell_reviews):
            for review in cell_reviews:
                with self.assertRaises(UserError):
                    review.with_user(self.user_cell).action_approve()
            # Nor can they appoint themself to the level above.
            term = self.env["party.term"].search(
                [("organization_id", "=", self.sub_committee.id)], limit=1
            )
            with self.assertRaises(AccessError):
                self.env["party.position"].with_user(self.user_cell).create(
                    {
                        "organization_id": self.sub_committee.id,
                        "term_id": term.id,
                        "employee_id": self.employee_cell.id,
                        "role": "committee_member",
                        "date_start": date(2025, 1, 1),
                    }
                )
        (self.review_colleague | in_group).with_user(
            self.user_secretary
        ).action_approve()
        self.assertEqual(self.review_colleague.approval_user_id, self.user_secretary)

    def test_nobody_approves_own_or_own_proposal(self):
        """The level above approves neither their own review nor what they proposed."""
        with self.assertUnchanged(self.review_above_own):
            with self.assertRaises(UserError):
                self.review_above_own.with_user(self.user_secretary).action_approve()
            with self.assertRaises(AccessError):
                self.review_above_own.with_user(self.user_secretary).write(
                    {"approved_grade": "excellent"}
                )
        self.review_no_account.with_user(self.user_secretary).action_propose()
        with self.assertRaises(UserError):
            self.review_no_account.with_user(self.user_secretary).action_approve()
        self.assertEqual(self.review_no_account.state, "proposed")

    def test_quota_cannot_be_skipped(self):
        """QA #13: the quota holds however the approval is sliced; good ones pass."""
        excellent = self._review(self._official("Xuất sắc", self.cell_2), 95)
        excellent.action_propose()
        approver = excellent.with_user(self.user_secretary)
        with self.assertUnchanged(excellent):
            with self.assertRaisesText(UserError, "Xuất sắc"):
                approver.action_approve()
            # Approving it with a good review approves the good one only.
            result = (
                (approver | self.review_colleague)
                .with_user(self.user_secretary)
                .action_approve()
            )
            self.assertIn("Xuất sắc", result["params"]["message"])
            with self.assertRaises(AccessError):
                approver.write({"state": "approved"})
        # Approving good reviews is not blocked by the pending excellent one.
        self.assertEqual(self.review_colleague.state, "approved")
        # Raising a good proposal to excellent is checked too.
        self.review_cell_own.with_user(self.user_secretary).write(
            {"approved_grade": "excellent"}
        )
        with self.assertRaises(UserError):
            self.review_cell_own.with_user(self.user_secretary).action_approve()
        # A correction cannot slip an excellent past the quota.
        wizard = self._correction(self.review_colleague, "excellent", "Khiếu nại")
        with self.assertUnchanged(self.review_colleague):
            with self.assertRaises(UserError):
                wizard.action_confirm()

    def test_approved_review_locked_and_corrected(self):
        """An approved review changes only through a recorded correction."""
        review = self.review_approved.with_user(self.user_office)
        with (
            self.assertUnchanged(self.review_approved),
            self.assertUnchanged(self.review_approved.line_ids),
        ):
            for vals in ({"approved_grade": "excellent"}, {"self_comment": "x"}):
                with self.assertRaises(AccessError):
                    review.write(vals)
            with self.assertRaises(AccessError):
                review.line_ids[:1].write({"score": 0})
            with self.assertRaises(UserError):
                review.action_reset()
            with self.assertRaises(UserError):
                review.unlink()
            with self.assertRaises(AccessError):
                self._correction(self.review_approved, "completed", "x", self.user_cell)
            with self.assertRaises(UserError):
                self._correction(
                    self.review_approved, "completed", "  "
                ).action_confirm()
        action = review.action_correct()
        Correction = self.env[action["res_model"]].with_user(self.user_office)
        defaults = Correction.with_context(**action["context"]).default_get(["res_id"])
        self.assertEqual(defaults["res_id"], review.id)
        reason = "Quyết định 12-QĐ/ĐU"
        self._correction(self.review_approved, "completed", reason).action_confirm()
        self.assertEqual(self.review_approved.grade, "completed")
        note = self.review_approved.message_ids.filtered(lambda m: reason in m.body)
        self.assertEqual(note.author_id, self.user_office.partner_id)
        self._correction(
            self.review_approved, False, "Đánh giá lại", correction="reopen"
        ).action_confirm()
        self.assertEqual(self.review_approved.state, "draft")

    def _correction(self, review, grade, reason, user=None, correction="regrade"):
        wizard = (
            self.env["party.evaluation.correction"]
            .with_user(user or self.user_office)
            .create(
                {
                    "res_model": review._name,
                    "res_id": review.id,
                    "correction": correction,
                    "approved_grade": grade,
                    "reason": reason,
                }
            )
        )
        return wizard


@tagged("post_install", "-at_install")
class TestReviewRedTeamRpc(RedTeamMixin, HttpCase, KpiRedTeamCase):
    """The same attacks over /web/dataset/call_kw with a real session."""

    def test_rpc_member_cannot_approve_own_review(self):
        """H5 over RPC: state, grade, approver and points are refused."""
        review, lines = self.review_own, self.review_own.line_ids
        with self.assertUnchanged(review), self.assertUnchanged(lines):
            for vals in (FORGED_APPROVAL, {"approval_user_id": self.user_office.id}):
                self.assertRefusedRpc(
                    self.user_member, review._name, "write", [review.ids, vals]
                )
            for vals in ({"score": 30}, {"evaluation_id": self.review_colleague.id}):
                self.assertRefusedRpc(
                    self.user_member, lines._name, "write", [lines[:1].ids, vals]
                )
            self.assertRefusedRpc(
                self.user_member,
                review._name,
                "write",
                [review.ids, {"state": "approved"}],
                context={"tracking_disable": True, "party_signing": True},
            )
            self.assertRefusedRpc(
                self.user_member, review._name, "action_approve", [review.ids]
            )
        approved = self.review_approved
        with self.assertUnchanged(approved):
            for vals in ({"approved_grade": "excellent"}, {"state": "draft"}):
                self.assertRefusedRpc(
                    self.user_member, approved._name, "write", [approved.ids, vals]
                )

    def test_rpc_branch_cannot_skip_level_above(self):
        """QA #2 over RPC: the branch neither writes nor approves its grade."""
        review = self.review_colleague
        with self.assertUnchanged(review):
            for vals in (FORGED_APPROVAL, {"approved_grade": "excellent"}):
                self.assertRefusedRpc(
                    self.user_cell, review._name, "write", [review.ids, vals]
                )
            for target in (review, self.review_cell_own):
                self.assertRefusedRpc(
                    self.user_cell, target._name, "action_approve", [target.ids]
                )
        self.assertRefusedRpc(
            self.user_cell,
            review._name,
            "create",
            [{"member_id": self.no_account.id, "year": YEAR - 2, "state": "approved"}],
        )

    def test_rpc_ancestor_org_review_read_only(self):
        """H1 over RPC: the committee's review is read, never written."""
        review = self.org_committee
        rows = self.call_kw(
            self.user_cell, review._name, "read", [review.ids, ["grade"]]
        )
        self.assertEqual(rows[0]["id"], review.id)
        with self.assertUnchanged(review):
            for vals in ({"self_comment": "x"}, FORGED_APPROVAL):
                self.assertRefusedRpc(
                    self.user_cell, review._name, "write", [review.ids, vals]
                )
            self.assertRefusedRpc(self.user_cell, review._name, "unlink", [review.ids])
            self.assertRefusedRpc(
                self.user_cell, review._name, "action_self_assess", [review.ids]
            )

    def test_rpc_settled_review_locked(self):
        """An approved review refuses edits, reopening and deletion."""
        review = self.review_approved
        with self.assertUnchanged(review):
            self.assertRefusedRpc(
                self.user_office,
                review._name,
                "write",
                [review.ids, {"approved_grade": "excellent"}],
            )
            for method in ("action_reset", "unlink"):
                self.assertRefusedRpc(
                    self.user_office, review._name, method, [review.ids]
                )
            self.assertRefusedRpc(
                self.user_cell, review._name, "action_correct", [review.ids]
            )

    def test_rpc_values_not_writable(self):
        """KPI values refuse any write, even from the party office."""
        with self.assertUnchanged(self.values):
            self.assertRefusedRpc(
                self.user_office,
                self.values._name,
                "write",
                [self.values.ids, {"value": 100}],
            )
            self.assertRefusedRpc(
                self.user_office, self.values._name, "unlink", [self.values.ids]
            )

    def test_rpc_plain_user_calls_refused(self):
        """A user outside the party groups calls no review or KPI method."""
        for record, method in (
            (self.review_own, "action_self_assess"),
            (self.review_colleague, "action_approve"),
            (self.values[:1], "action_open_records"),
        ):
            with self.assertUnchanged(record):
                self.assertRefusedRpc(
                    self.user_plain, record._name, method, [record.ids]
                )
        self.assertRefusedRpc(
            self.user_plain, "party.kpi.value", "get_dashboard_data", []
        )

    def test_rpc_future_year_refused(self):
        """QA #23 over RPC: no reviews of a future year."""
        year = date.today().year + 1
        wizard = self.call_kw(
            self.user_cell,
            "party.evaluation.generate",
            "create",
            [{"organization_id": self.cell_2.id, "year": year}],
        )
        self.assertRefusedRpc(
            self.user_cell, "party.evaluation.generate", "action_generate", [[wizard]]
        )
        self.assertFalse(self.Evaluation.search_count([("year", "=", year)]))

    def test_rpc_legitimate_self_assessment(self):
        """The member self-assesses over RPC; the level above approves."""
        review = self.review_own
        line = review.line_ids[0]
        self.call_kw(
            self.user_member,
            review._name,
            "write",
            [
                review.ids,
                {
                    "self_comment": "Hoàn thành tốt",
                    "line_ids": [[1, line.id, {"self_score": line.max_score}]],
                },
            ],
        )
        self.call_kw(self.user_member, review._name, "action_self_assess", [review.ids])
        self.call_kw(self.user_cell, review._name, "action_propose", [review.ids])
        self.call_kw(self.user_secretary, review._name, "action_approve", [review.ids])
        self.env.invalidate_all()
        self.assertEqual(review.state, "approved")
        self.assertEqual(review.self_user_id, self.user_member)
        self.assertEqual(line.self_score, line.max_score)
