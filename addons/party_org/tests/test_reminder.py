# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from freezegun import freeze_time

from odoo import SUPERUSER_ID
from odoo.exceptions import AccessError
from odoo.tests import HttpCase, tagged

from ..models.party_reminder import (
    CLOSED_NOTE,
    REMINDER_CALL_SECONDS,
    REMINDER_PROGRESS,
)
from .common import PartyOrgCase
from .red_team import RedTeamMixin

# cls.term of cell 2 ends on 31/12/2027: 60 days before.
TODAY = date(2027, 11, 1)


class ReminderCase(PartyOrgCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Rule = cls.env["party.reminder.rule"]
        cls.Rule._ensure_rows(cls.company)
        cls.term_setting = cls.Rule.search(
            [("rule", "=", "term_ending"), ("company_id", "=", cls.company.id)]
        )

    def _activities(self, record, rule="term_ending"):
        return self.env["mail.activity"].search(
            [
                ("party_warning_rule", "=", rule),
                ("res_model", "=", record._name),
                ("res_id", "=", record.id),
            ]
        )


@tagged("post_install", "-at_install")
class TestReminderEngine(ReminderCase):
    def test_cron_once_and_closed_when_next_term_recorded(self):
        """The scheduler's run raises one activity per (rule, record) however
        often it runs; recording the next term closes it with a note."""
        cron = self.env.ref("party_org.ir_cron_party_reminders")
        with freeze_time(TODAY):
            cron.method_direct_trigger()
            cron.method_direct_trigger()
        activity = self._activities(self.cell_2)
        self.assertEqual(len(activity), 1)
        self.assertEqual(activity.date_deadline, date(2027, 12, 31))
        note = self.env["party.reminder"]._in_lang(CLOSED_NOTE, activity.user_id.lang)
        self.env["party.term"].create(
            {
                "organization_id": self.cell_2.id,
                "date_start": date(2028, 1, 1),
                "date_end": date(2032, 12, 31),
            }
        )
        with freeze_time(TODAY):
            cron.method_direct_trigger()
        self.assertFalse(self._activities(self.cell_2))
        self.assertTrue(self.cell_2.message_ids.filtered(lambda m: note in m.body))

    def test_cron_calls_split_the_rules(self):
        """Past the time budget of a call, the cron leaves the next rules to
        the next call (Odoo commits in between) and reports them as its
        progress; the day's calls run every rule once, then start over."""
        Param = self.env["ir.config_parameter"].sudo()
        Param.set_param(REMINDER_CALL_SECONDS, 0)  # spent after each rule
        cron = self.env.ref("party_org.ir_cron_party_reminders")
        rules = list(self.env["party.reminder"]._get_reminder_rules())
        self.assertEqual(rules[0], "term_ending")
        for call in range(1, len(rules) + 1):
            with freeze_time(TODAY):
                cron.method_direct_trigger()
            progress = self.env["ir.cron.progress"].search(
                [("cron_id", "=", cron.id)], order="id desc", limit=1
            )
            self.assertEqual(
                (progress.done, progress.remaining), (1, len(rules) - call)
            )
            self.assertEqual(
                Param.get_param(REMINDER_PROGRESS),
                f"{TODAY.isoformat()}:{','.join(sorted(rules[:call]))}",
            )
        self.assertEqual(len(self._activities(self.cell_2)), 1)
        with freeze_time(TODAY):
            cron.method_direct_trigger()
        self.assertEqual(
            Param.get_param(REMINDER_PROGRESS), f"{TODAY.isoformat()}:term_ending"
        )
        self.assertEqual(len(self._activities(self.cell_2)), 1)

    def test_delay_and_switch_from_settings(self):
        """The company's delay decides what is found; switched off, nothing."""
        Reminder = self.env["party.reminder"]
        self.assertEqual(self.term_setting.delay, 90)
        self.term_setting.delay = 30
        Reminder._run(TODAY, ["term_ending"])
        self.assertFalse(self._activities(self.cell_2))
        self.term_setting.delay = 61
        Reminder._run(TODAY, ["term_ending"])
        self.assertTrue(self._activities(self.cell_2))
        self.term_setting.enabled = False
        Reminder._run(TODAY, ["term_ending"])
        self.assertFalse(self._activities(self.cell_2))

    def test_secretary_up_the_tree(self):
        """Without a secretary of its own, the organisation's task goes to the
        secretary of the nearest parent that has one."""
        term_top = self.env["party.term"].create(
            {
                "organization_id": self.committee.id,
                "date_start": date(2025, 1, 1),
                "date_end": date(2029, 12, 31),
            }
        )
        self.env["party.position"].create(
            {
                "organization_id": self.committee.id,
                "term_id": term_top.id,
                "employee_id": self.employee_secretary.id,
                "role": "secretary",
                "date_start": date(2025, 1, 1),
            }
        )
        users = (self.cell_2 | self.group)._party_responsible_users()
        self.assertEqual(users[self.cell_2.id], self.user_secretary)
        self.assertEqual(users[self.group.id], self.user_secretary)

    def test_office_never_odoobot(self):
        """No secretary anywhere: a Party Office user of the company; with
        none, nobody (no activity for OdooBot)."""
        users = self.cell_2._party_responsible_users()
        self.assertEqual(users[self.cell_2.id], self.user_office)
        self.env["party.reminder"]._run(TODAY, ["term_ending"])
        self.assertEqual(self._activities(self.cell_2).user_id, self.user_office)
        other_cell = self.env["party.organization"].create(
            {
                "name": "Chi bộ cơ sở B",
                "org_type": "grassroots_cell",
                "company_id": self.other_company.id,
            }
        )
        self.env["party.term"].create(
            {
                "organization_id": other_cell.id,
                "date_start": date(2023, 1, 1),
                "date_end": date(2027, 12, 31),
            }
        )
        self.assertFalse(other_cell._party_responsible_users()[other_cell.id])
        self.env["party.reminder"]._run(TODAY, ["term_ending"])
        self.assertFalse(self._activities(other_cell))
        self.assertFalse(
            self.env["mail.activity"].search(
                [("party_warning_rule", "!=", False), ("user_id", "=", SUPERUSER_ID)]
            )
        )

    def test_only_office_edits_rules(self):
        """A secretary reads the reminder settings but cannot change them."""
        setting = self.term_setting.with_user(self.user_secretary)
        self.assertEqual(setting.delay, 90)
        with self.assertRaises(AccessError):
            setting.write({"delay": 1})
        with self.assertRaises(AccessError):
            self.Rule.with_user(self.user_secretary).action_open_rules()
        self.term_setting.with_user(self.user_office).write({"delay": 45})
        self.assertEqual(self.term_setting.delay, 45)


@tagged("post_install", "-at_install")
class TestReminderRuleRedTeam(RedTeamMixin, HttpCase, ReminderCase):
    def test_secretary_cannot_switch_off_over_rpc(self):
        """Switching a reminder off or changing its delay over JSON-RPC is
        refused to a secretary, whatever the context."""
        with self.assertUnchanged(self.term_setting):
            self.assertRefusedRpc(
                self.user_secretary,
                "party.reminder.rule",
                "write",
                [self.term_setting.ids, {"enabled": False, "delay": 0}],
            )
            self.assertRefusedRpc(
                self.user_secretary,
                "party.reminder.rule",
                "create",
                [{"rule": "term_ending", "company_id": self.other_company.id}],
            )
