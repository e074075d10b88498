# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""A month of fees as a background job gives the lines of the request path,
once each, however often a batch runs."""

from datetime import date

from odoo.tests import tagged

from odoo.addons.party_member.tests.common import PartyMemberCase
from odoo.addons.party_org.tests.job_case import PartyJobCaseMixin

MARCH = date(2031, 3, 1)  # a month without demo lines
THRESHOLD = "party_org.job_threshold.party_fee_month"


@tagged("post_install", "-at_install")
class TestFeeJob(PartyJobCaseMixin, PartyMemberCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Line = cls.env["party.fee.line"]
        cls.members = cls.Member.browse()
        for index, base in enumerate((9_000_000, 0, 12_345_650, 7_000_000, 8_000_000)):
            cell = cls.cell_2 if index == 4 else cls.cell_1
            cls.members |= cls._official(
                f"ĐẢNG VIÊN {index}", cell, fee_category="wage_earner", fee_base=base
            )
        cls.user_office.company_ids |= cls.other_company

    def setUp(self):
        super().setUp()
        self._set_job_batch_size(2)

    def _wizard(self, user, organizations=None):
        return (
            self.env["party.fee.generate"]
            .with_user(user)
            .with_company(self.company)
            .create(
                {
                    "month": MARCH,
                    "organization_ids": [(6, 0, (organizations or self.committee).ids)],
                }
            )
        )

    def _snapshot(self):
        lines = self.Line.search(
            [("month", "=", MARCH), ("member_id", "in", self.members.ids)]
        )
        return sorted(
            (line.member_id.id, line.organization_id.id, line.amount_due, line.state)
            for line in lines
        )

    def test_small_month_stays_in_the_request(self):
        """Under the threshold the wizard creates the lines and opens them."""
        action = self._wizard(self.user_office).action_generate()
        self.assertEqual(action["res_model"], "party.fee.line")
        self.assertFalse(self.env["party.job"].search([]))
        self.assertEqual(len(self._snapshot()), 5)

    def test_background_month_equals_the_request(self):
        """Above the threshold the job creates exactly the request's lines,
        reports the counts in the chatter and notifies the user."""
        self.env["ir.config_parameter"].set_param(THRESHOLD, "1")
        action = self._wizard(self.user_office).action_generate()
        self.assertEqual(action["tag"], "display_notification")
        self.assertFalse(self._snapshot())
        job = self.env["party.job"].search([("kind", "=", "party_fee_month")])
        self.assertEqual((job.total, job.res_model), (5, "party.organization"))
        self._run_jobs()
        self.assertEqual((job.state, job.done), ("done", 5))
        background = self._snapshot()
        self.assertEqual(len(background), 5)
        self.assertIn(
            "5 new lines, 1 with the fee base", self.committee.message_ids[0].body
        )
        notes = self._job_notifications(self.user_office)
        self.assertEqual([note["type"] for note in notes], ["success"])
        self.Line.search([("month", "=", MARCH)]).unlink()
        self.Line.with_user(self.user_office).with_company(self.company)._generate(
            MARCH, self.committee
        )
        self.assertEqual(self._snapshot(), background)

    def test_batch_run_twice_doubles_nothing(self):
        """A batch run again (a worker killed after its insert) adds no line:
        one line per member and month, and the rerun completes the month."""
        self.env["ir.config_parameter"].set_param(THRESHOLD, "1")
        self._wizard(self.user_office).action_generate()
        job = self.env["party.job"].search([("kind", "=", "party_fee_month")])
        self._run_job_batch()
        self.assertEqual(len(self._snapshot()), 2)
        # The same batch again, as if its counter and cursor were lost.
        runner = job.with_user(self.user_office).with_company(self.company)
        job.payload = dict(job.payload, after_member_id=0)
        self.assertEqual(runner._party_job_step_party_fee_month(2), 2)
        self.assertEqual(len(self._snapshot()), 2)
        self._run_jobs()
        self.assertEqual(job.state, "done")
        members = [row[0] for row in self._snapshot()]
        self.assertEqual(sorted(members), sorted(self.members.ids))

    def test_job_bills_within_the_users_scope(self):
        """The job runs as its user: a secretary's month bills their subtree
        only, as the request does."""
        self._secretary_on_sub_committee()
        self.env["ir.config_parameter"].set_param(THRESHOLD, "0")
        self._wizard(self.user_secretary, self.cell_2).action_generate()
        self._run_jobs()
        self.assertEqual(
            [row[0] for row in self._snapshot()],
            self.members.filtered(
                lambda member: member.organization_id == self.cell_2
            ).ids,
        )
