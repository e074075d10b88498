# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Red team: a secretary cannot print members outside their scope, over RPC
or HTTP, and a refused print leaves no access-log line (issue 11)."""

from odoo.exceptions import AccessError
from odoo.tests import HttpCase, tagged
from odoo.tools import mute_logger

from .reports_common import (
    AWARDS,
    FORM,
    OCCASION,
    MemberReportCase,
)


@tagged("post_install", "-at_install")
class TestRedTeamReports(MemberReportCase, HttpCase):
    def _html(self, report, records, user):
        return (
            self.env["ir.actions.report"]
            .with_user(user)
            ._render_qweb_html(self.env.ref(report).report_name, records.ids)
        )

    def _assert_refused(self, report, records, user=None):
        user = user or self.user_secretary
        with self.assertRaises(AccessError):
            self._html(report, records, user)
        self.assertFalse(
            self.env["party.member.access.log"].search([("user_id", "=", user.id)])
        )

    def test_member_form_outside_scope(self):
        """2-HSĐV of a member of another cell, alone or hidden in a selection."""
        self._assert_refused(FORM, self.outsider)
        self._assert_refused(FORM, self.in_scope | self.outsider)
        with self.assertRaises(AccessError):
            self.outsider.with_user(self.user_secretary).action_print_member_form()

    def test_member_form_by_plain_member(self):
        """A party member without the secretary group prints nobody's form."""
        self._assert_refused(FORM, self.tuyet, self.user_member)

    def test_award_list_outside_scope(self):
        awards = self.env["party.badge.award"]._create_proposals(
            OCCASION, [(self.outsider.id, self.cell_1.id, 30)]
        )
        self._assert_refused(AWARDS, awards)

    @mute_logger("odoo.http")
    def test_http_outside_scope(self):
        """Over HTTP the outsider's form is refused, unprinted."""
        self.authenticate(self.user_secretary.login, self.user_secretary.login)
        for report, record in ((FORM, self.outsider),):
            name = self.env.ref(report).report_name
            response = self.url_open(f"/report/pdf/{name}/{record.id}", timeout=60)
            self.assertNotEqual(response.status_code, 200)
            self.assertNotIn("Hoàng Văn Nam", response.text)
