# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import tagged

from .common import PortalFeeCase

RULE = "fee_member_notice"
TEMPLATE = "party_portal_fee.mail_template_fee_reminder"


@tagged("post_install", "-at_install")
class TestPortalFeeReminder(PortalFeeCase):
    """The monthly fee reminder: one email per member and unpaid month, in
    the member's language, from the company's address."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("vi_VN")
        cls.portal_an.partner_id.write({"lang": "vi_VN", "email": "an@example.vn"})
        cls.portal_binh.partner_id.write({"lang": "en_US", "email": "binh@example.vn"})
        cls.env.ref(TEMPLATE).update_field_translations(
            "subject",
            {"vi_VN": "Đảng phí tháng {{ object.month.strftime('%m/%Y') }}"},
        )
        cls.binh_now = cls._fee_line(cls.member_binh, cls.this_month)
        cls.cuong_now = cls._fee_line(cls.member_cuong, cls.this_month)
        cls.cuong_now._collect(cls.this_month, "cash", "BL-CUONG")

    def _mails(self, lines):
        return self.env["mail.mail"].search(
            [("model", "=", "party.fee.line"), ("res_id", "in", lines.ids)]
        )

    def _run(self, day):
        return self.env["party.reminder"]._run(self.this_month.replace(day=day), [RULE])

    def test_reminder_in_member_language_from_company(self):
        """From the 15th (the default day), An in Vietnamese, Bình in
        English, both from the company's address; Cường has paid; nobody
        twice; no activity for the staff."""
        self.assertFalse(self._run(14))
        self.assertFalse(self._mails(self.an_now | self.binh_now))
        self.assertFalse(self._run(15))
        an_mail = self._mails(self.an_now)
        binh_mail = self._mails(self.binh_now)
        self.assertEqual(len(an_mail), 1)
        self.assertEqual(len(binh_mail), 1)
        self.assertFalse(self._mails(self.cuong_now))
        for mail in an_mail | binh_mail:
            self.assertEqual(mail.email_from, self.company.email_formatted)
        self.assertEqual(an_mail.recipient_ids, self.portal_an.partner_id)
        self.assertEqual(an_mail.subject, f"Đảng phí tháng {self.this_month:%m/%Y}")
        self.assertEqual(
            binh_mail.subject, f"Party fee of {self.this_month:%m/%Y}: still to pay"
        )
        self.assertIn("Trần Thị Bình", str(binh_mail.body_html))
        self.assertTrue(self.an_now.portal_reminder_sent)
        self._run(20)
        self.assertEqual(len(self._mails(self.an_now | self.binh_now)), 2)

    def test_reminder_day_from_settings(self):
        """The rule's delay is the day of the month; off, nobody is written to."""
        Rule = self.env["party.reminder.rule"]
        Rule._ensure_rows(self.company)
        row = Rule.search([("rule", "=", RULE), ("company_id", "=", self.company.id)])
        row.delay = 5
        self._run(5)
        self.assertEqual(len(self._mails(self.an_now | self.binh_now)), 2)
        self.an_now.sudo().portal_reminder_sent = False
        row.enabled = False
        self._run(25)
        self.assertEqual(len(self._mails(self.an_now)), 1)

    def test_no_email_no_reminder(self):
        """A member without an address stays to remind (not marked sent)."""
        self.portal_an.partner_id.email = False
        self._run(15)
        self.assertFalse(self._mails(self.an_now))
        self.assertFalse(self.an_now.portal_reminder_sent)
