# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The badge proposal lists as real PDFs (issue 11), and the refusal of a
list outside the secretary's scope."""

from datetime import date

from odoo.exceptions import AccessError
from odoo.tests import HttpCase, tagged

from odoo.addons.party_member.tests.reports_common import MemberReportCase

PROPOSAL = "party_badge.party_badge_proposal_report"
AWARDS = "party_badge.party_badge_award_list_report"
A4_LANDSCAPE = (842, 595)
OCCASION = date(2026, 2, 3)


class BadgeReportCase(MemberReportCase):
    """Two members of cell_2 (the secretary's scope) reaching 30 years at
    ``OCCASION``, and one of cell_1 (outside it)."""


@tagged("post_install", "-at_install")
class TestBadgeListPdf(BadgeReportCase, HttpCase):
    def _proposal(self):
        wizard = (
            self.env["party.badge.proposal"]
            .with_user(self.user_secretary)
            .create({"occasion_date": OCCASION, "organization_id": self.cell_2.id})
        )
        wizard.action_compute()
        return wizard

    def test_proposal_list(self):
        """The wizard's list: landscape, names, dates, milestone; logged."""
        wizard = self._proposal()
        self.assertEqual(wizard.line_ids.member_id, self.in_scope)
        self.assertEqual(
            wizard.action_print_pdf()["report_name"],
            "party_badge.report_party_badge_proposal",
        )
        pdf = self._render_pdf(PROPOSAL, wizard)
        self.assertEqual(set(self._pdf_page_sizes(pdf)), {A4_LANDSCAPE})
        text = " ".join(self._pdf_pages(pdf))
        self._assertPdfText(
            text,
            "DANH SÁCH ĐỀ NGHỊ TẶNG HUY HIỆU ĐẢNG",
            "Dịp 03/02/2026",
            "Nguyễn Thị Ánh Tuyết",
            "Đặng Quốc Khánh",
            "09/07/1965",
            "30",
        )
        printed = self._printed(self.user_secretary, "badge proposals")
        self.assertEqual(printed.member_id, self.in_scope)

    def test_award_list_from_print_menu(self):
        """Selected awards print as one list (Print menu of party.badge.award)."""
        wizard = self._proposal()
        action = wizard.action_create_proposals()
        awards = self.env["party.badge.award"].search(action["domain"])
        self.assertEqual(len(awards), 2)
        report = self.env.ref(AWARDS)
        self.assertEqual(report.binding_model_id.model, "party.badge.award")
        text = self._text(AWARDS, awards, user=self.user_secretary)
        self._assertPdfText(text, "HUY HIỆU ĐẢNG", "Nguyễn Thị Ánh Tuyết", "Chi bộ 2")
        one = self._text(AWARDS, awards[:1])
        self.assertIn(awards[:1].member_id.name, one)
        self._fetch_pdf(AWARDS, awards, self.user_secretary.login, "Đặng Quốc Khánh")

    def test_award_without_birth_date(self):
        """An award of a member without birth date prints an empty cell."""
        self.khanh.birth_date = False
        awards = self.env["party.badge.award"]._create_proposals(
            OCCASION, [(self.khanh.id, self.cell_2.id, 30)]
        )
        text = self._text(AWARDS, awards)
        self._assertPdfText(text, "Đặng Quốc Khánh", "04/05/1991")

    def test_proposal_over_http_as_secretary(self):
        """The secretary fetches the wizard's list over HTTP."""
        self._fetch_pdf(
            PROPOSAL,
            self._proposal(),
            self.user_secretary.login,
            "DANH SÁCH ĐỀ NGHỊ TẶNG HUY HIỆU ĐẢNG",
        )


@tagged("post_install", "-at_install")
class TestBadgeListRefused(BadgeReportCase):
    def _assert_refused(self, report, records, user=None):
        user = user or self.user_secretary
        with self.assertRaises(AccessError):
            self.env["ir.actions.report"].with_user(user)._render_qweb_html(
                self.env.ref(report).report_name, records.ids
            )
        self.assertFalse(
            self.env["party.member.access.log"].search([("user_id", "=", user.id)])
        )

    def test_award_list_outside_scope(self):
        """The award list of a member of another cell is refused, unlogged."""
        awards = self.env["party.badge.award"]._create_proposals(
            OCCASION, [(self.outsider.id, self.cell_1.id, 30)]
        )
        self._assert_refused(AWARDS, awards)
