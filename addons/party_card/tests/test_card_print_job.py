# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Printing many party cards as a background job (issue 13)."""

from datetime import date

from odoo.exceptions import AccessError
from odoo.tests import TransactionCase, tagged

from odoo.addons.party_member.tests.reports_common import MemberReportCase
from odoo.addons.party_org.tests.job_case import PartyJobCaseMixin

from ..wizards.party_card_print import PRINT_JOB_KIND
from .common_cards import PartyCardCase

CARDS_IN_CELL_2 = 23  # two of MemberReportCase plus 21: three parts of 10


class CardPrintJobCase(PartyJobCaseMixin, MemberReportCase, PartyCardCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.user_secretary.company_id = cls.company
        # The job writes in its user's language (make test loads
        # Vietnamese); the English messages are checked here.
        cls.user_secretary.lang = "en_US"
        members = cls.tuyet | cls.khanh
        for i in range(CARDS_IN_CELL_2 - 2):
            members |= cls._official(
                f"Trần Văn Thẻ {i:02d}", cls.cell_2, birth_date=date(1970, 1, 1)
            )
        cls.cards = cls.env["party.card"].browse(
            [cls._card(member).id for member in members]
        )

    def setUp(self):
        super().setUp()
        self._set_threshold(20)
        self._set_job_batch_size(10)

    def _set_threshold(self, cards):
        self.env["ir.config_parameter"].sudo().set_param(
            f"party_org.job_threshold.{PRINT_JOB_KIND}", str(cards)
        )

    def _wizard(self, user=None, **vals):
        return (
            self.env["party.card.print"]
            .with_user(user or self.user_secretary)
            .with_context(lang="en_US")
            .create({"organization_id": self.cell_2.id, **vals})
        )

    def _synchronous_pdf(self):
        """The same cards printed in the request, in the wizard's order."""
        cards = self.cards.sorted(lambda card: (card.organization_id.id, card.id))
        return (
            self.env["party.card.print"]
            .with_user(self.user_secretary)
            ._render_cards(cards, "sheet")
        )

    def _jobs(self):
        return self.env["party.job"].sudo().search([("kind", "=", "card_print")])


@tagged("post_install", "-at_install")
class TestCardPrintJob(CardPrintJobCase, TransactionCase):
    def test_job_pdf_equals_synchronous_pdf(self):
        """Above the threshold the job attaches the same cards, page for
        page, as the print in the request: a real PDF of 2 pages (fronts,
        backs) per sheet of 10, posted on the organisation's chatter."""
        wizard = self._wizard()
        action = wizard.action_print()
        self.assertEqual(action["tag"], "display_notification")
        job = self._jobs()
        self.assertEqual(
            (job.total, job.res_model, job.res_id),
            (CARDS_IN_CELL_2, "party.organization", self.cell_2.id),
        )
        self._run_job_batch()
        self.assertEqual((job.state, job.done), ("running", 10))
        self._run_jobs()
        self.assertEqual(job.state, "done")
        pdf = job.result_attachment_id.raw
        self.assertTrue(pdf.startswith(b"%PDF"))
        self.assertEqual(job.result_attachment_id.mimetype, "application/pdf")
        pages = self._pdf_pages(pdf)
        self.assertEqual(len(pages), 6)
        self.assertEqual(pages, self._pdf_pages(self._synchronous_pdf()))
        for card in self.cards:
            self.assertIn(card.number, " ".join(pages))
        message = self.cell_2.message_ids[0]
        self.assertIn("23 cards printed", message.body)
        self.assertIn(f'data-oe-id="{job.id}"', message.body)
        self.assertEqual(message.attachment_ids, job.result_attachment_id)
        parts = self.env["ir.attachment"].search(
            [("res_model", "=", "party.job"), ("res_id", "=", job.id)]
        )
        self.assertEqual(parts, job.result_attachment_id, "the parts are deleted")
        notices = self._job_notifications(self.user_secretary)
        self.assertIn("23 cards printed", notices[-1]["message"])
        printed = self._printed(self.user_secretary, "party card")
        self.assertEqual(len(printed), 23 + 23, "logged by the job and the request")

    def test_selected_cards_one_a_page(self):
        """Cards selected in the list go to the job's own chatter; one card a
        page gives a front and a back page per card, in the parts' order."""
        self.cards.with_user(self.user_secretary).action_print_cards()
        job = self._jobs()
        self.assertFalse(job.res_model)
        self._run_jobs()
        self.assertEqual(job.message_ids[0].attachment_ids, job.result_attachment_id)
        self.assertEqual(len(self._pdf_pages(job.result_attachment_id.raw)), 6)
        wizard = self._wizard(layout="single")
        wizard.action_print()
        single = self._jobs() - job
        self._run_jobs()
        pages = self._pdf_pages(single.result_attachment_id.raw)
        self.assertEqual(len(pages), 2 * CARDS_IN_CELL_2)
        self.assertIn(self.cards[-1].number, pages[-1])

    def test_below_threshold_prints_in_the_request(self):
        self._set_threshold(100)
        action = self._wizard().action_print()
        self.assertEqual(action["type"], "ir.actions.report")
        self.assertFalse(self._jobs())

    def test_resumed_step_doubles_nothing(self):
        """A step run again after its counter was lost replaces its part:
        the file still has every card once."""
        self._wizard().action_print()
        job = self._jobs()
        runner = job.with_user(self.user_secretary).with_company(self.company)
        self.assertEqual(runner._party_job_step_card_print(10), 10)
        self.assertEqual(job.done, 0, "the counter was lost")
        self.assertEqual(runner._party_job_step_card_print(10), 10)
        parts = self.env["ir.attachment"].search(
            [("res_model", "=", "party.job"), ("res_id", "=", job.id)]
        )
        self.assertEqual(len(parts), 1)
        self._run_jobs()
        pages = self._pdf_pages(job.result_attachment_id.raw)
        self.assertEqual(pages, self._pdf_pages(self._synchronous_pdf()))

    def test_without_rights_no_job(self):
        """The server checks the rights before queuing: a user outside the
        secretaries, or a secretary on cards out of their charge, queues
        nothing."""
        wizard = self._wizard(user=self.env.user)
        with self.assertRaises(AccessError):
            wizard.with_user(self.user_plain).action_print()
        outside = self._card(self.outsider) | self.cards
        with self.assertRaises(AccessError):
            outside.with_user(self.user_secretary).action_print_cards()
        self.assertFalse(self._jobs())
