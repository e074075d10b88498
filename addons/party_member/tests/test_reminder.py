# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from freezegun import freeze_time

from odoo.tests import tagged

from odoo.addons.party_org.models.party_reminder import CLOSED_NOTE

from .lifecycle_common import PartyLifecycleCase

VI = "vi_VN"


@tagged("post_install", "-at_install")
class TestMemberReminders(PartyLifecycleCase):
    """The reminder rules of party_member, run by the one cron of party_org."""

    def _cron(self):
        """Run the reminders as the scheduler does."""
        self.env.ref("party_org.ir_cron_party_reminders").method_direct_trigger()

    def _activities(self, rule, records):
        return self.env["mail.activity"].search(
            [
                ("party_warning_rule", "=", rule),
                ("res_model", "=", records._name),
                ("res_id", "in", records.ids),
            ]
        )

    def _setting(self, rule):
        Rule = self.env["party.reminder.rule"]
        Rule._ensure_rows(self.company)
        return Rule.search([("rule", "=", rule), ("company_id", "=", self.company.id)])

    @freeze_time("2026-05-04")
    def test_temporarily_transferred_probationer_reminded(self):
        """A probationer temporarily transferred out is voted on by the home
        branch: the home secretary is reminded (Quy định 294-QĐ/TW, 4.2)."""
        member = self._member(
            "Lê Văn Tạm Chuyển", self.cell_2, admitted=date(2025, 6, 3)
        )
        member._add_event("temporary_transfer_out", date(2026, 3, 2))
        self.assertEqual(member.state, "temporarily_transferred")
        self._cron()
        activity = self._activities("probation_ending", member)
        self.assertEqual(len(activity), 1)
        self.assertEqual(activity.user_id, self.user_secretary)

    @freeze_time("2026-05-04")
    def test_closed_when_vote_recorded(self):
        """Recognised members drop out of the rule: the open activity is
        marked done with a note, not left behind."""
        member = self._member("Phạm Thị Thu Hà", self.cell_2, admitted=date(2025, 6, 3))
        self._cron()
        activity = self._activities("probation_ending", member)
        self.assertTrue(activity)
        note = self.env["party.reminder"]._in_lang(CLOSED_NOTE, activity.user_id.lang)
        member._add_event("official_recognition", date(2026, 6, 3))
        self._cron()
        self.assertFalse(activity.exists())
        self.assertFalse(self._activities("probation_ending", member))
        self.assertTrue(member.message_ids.filtered(lambda m: note in m.body))

    @freeze_time("2026-05-04")
    def test_delay_setting_and_switch(self):
        """The delay of the company decides what is found; a rule switched off
        raises nothing and closes what it raised."""
        member = self._member("Trần Văn Hạn", self.cell_2, admitted=date(2025, 6, 3))
        setting = self._setting("probation_ending")
        self.assertEqual(setting.delay, 30)
        setting.delay = 20
        self._cron()
        self.assertFalse(self._activities("probation_ending", member))
        setting.delay = 40
        self._cron()
        self.assertTrue(self._activities("probation_ending", member))
        setting.enabled = False
        self._cron()
        self.assertFalse(self._activities("probation_ending", member))

    @freeze_time("2026-05-04")
    def test_vietnamese_secretary_gets_vietnamese(self):
        """The cron writes the activity in the secretary's language (issue #10)."""
        self.env["res.lang"]._activate_lang(VI)
        self.user_secretary.lang = VI
        member = self._member("Vũ Thị Việt", self.cell_2, admitted=date(2025, 6, 3))
        self.env["party.reminder"].with_context(lang="en_US")._run(
            date(2026, 5, 4), ["probation_ending"]
        )
        activity = self._activities("probation_ending", member)
        self.assertIn("hết thời gian dự bị", activity.summary)

    @freeze_time("2026-05-04")
    def test_no_secretary_goes_to_office_not_odoobot(self):
        """Without a secretary up the tree, a Party Office user of the company
        gets the activity, never OdooBot."""
        member = self._member("Đỗ Văn Ô", self.cell_1, admitted=date(2025, 6, 3))
        self._cron()
        activity = self._activities("probation_ending", member)
        self.assertEqual(activity.user_id, self.user_office)

    def test_rule_queries_do_not_grow(self):
        """A rule makes the same number of queries for 1 or 5 members."""
        Reminder = self.env["party.reminder"]
        delays = {self.company.id: 30}
        day = date(2026, 5, 4)

        def queries():
            self.env.invalidate_all()
            before = self.env.cr.sql_log_count
            found = Reminder._remind_probation_ending(day, delays)
            return self.env.cr.sql_log_count - before, len(found)

        self._member("Một", self.cell_2, admitted=date(2025, 6, 3))
        one, found_one = queries()
        for index in range(4):
            self._member(f"Thêm {index}", self.cell_2, admitted=date(2025, 6, 3))
        five, found_five = queries()
        self.assertEqual((found_one, found_five), (1, 5))
        self.assertEqual(one, five)

    def test_recognition_overdue(self):
        """No vote 30 working days after probation: overdue; the ending
        reminder gives way to it."""
        today = date(2026, 9, 1)
        member = self._member("Quá Hạn", self.cell_2, admitted=date(2025, 6, 3))
        self.env["party.reminder"]._run(today)
        self.assertTrue(self._activities("recognition_overdue", member))
        self.assertFalse(self._activities("probation_ending", member))

    def test_transfer_overdue(self):
        """A draft transfer past its deadline is overdue."""
        transfer = self.env["party.transfer"].create(
            {
                "member_id": self.officials[1].id,
                "kind": "official",
                "direction": "out",
                "from_organization_id": self.cell_2.id,
                "company_id": self.company.id,
                "job_change_date": date(2026, 1, 5),
            }
        )
        self.env["party.reminder"]._run(date(2026, 9, 1), ["transfer_overdue"])
        activity = self._activities("transfer_overdue", transfer)
        self.assertEqual(activity.user_id, self.user_secretary)

    def test_transfer_without_organisation_goes_to_office(self):
        """A member arriving from outside has no organisation yet: the
        company's party office is reminded."""
        transfer = self.env["party.transfer"].create(
            {
                "member_name": "Người Từ Ngoài",
                "kind": "official",
                "direction": "in",
                "from_external": "Đảng bộ tỉnh X",
                "company_id": self.company.id,
                "job_change_date": date(2026, 1, 5),
            }
        )
        self.env["party.reminder"]._run(date(2026, 9, 1), ["transfer_overdue"])
        activity = self._activities("transfer_overdue", transfer)
        self.assertEqual(activity.user_id, self.user_office)
