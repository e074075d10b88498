# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, datetime

from freezegun import freeze_time

from odoo.tests import tagged

from .common import PartyDocsCase

VI = "vi_VN"


@tagged("post_install", "-at_install")
class TestMeetingLanguage(PartyDocsCase):
    """Names and reminders built by code read in the user's language (issue #10)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang(VI)
        cls.user_secretary.lang = VI
        cls.Meeting = cls.env["party.meeting"]

    def _meeting(self, env=None, **vals):
        return (env or self.env)["party.meeting"].create(
            {
                "organization_id": self.cell_1.id,
                "kind": "regular",
                "date_start": datetime(2026, 10, 8, 1, 0),
                **vals,
            }
        )

    def test_meeting_name_follows_reader_language(self):
        """The automatic meeting name is shown in the reader's language (GLOSSARY.md)."""
        meeting = self._meeting(env=self.env(context=dict(self.env.context, lang=VI)))
        self.assertEqual(meeting.name, "Regular Monthly 10/2026 – Chi bộ 1")
        reader = meeting.with_user(self.user_secretary).with_context(lang=VI)
        self.assertEqual(
            reader.display_name, "Sinh hoạt định kỳ hằng tháng 10/2026 – Chi bộ 1"
        )
        english = meeting.with_context(lang="en_US")
        self.assertEqual(english.display_name, "Regular Monthly 10/2026 – Chi bộ 1")

    def test_typed_meeting_name_is_kept(self):
        """A name typed by the user is shown as typed, in every language."""
        meeting = self._meeting(name="Hội nghị chi bộ mở rộng")
        self.assertEqual(
            meeting.with_context(lang=VI).display_name, "Hội nghị chi bộ mở rộng"
        )

    def test_regular_meeting_reminder_in_secretary_language(self):
        """The monthly-meeting reminder is in the secretary's language (issue #10, terms)."""
        term = self.env["party.term"].create(
            {
                "organization_id": self.cell_1.id,
                "date_start": date(2025, 1, 1),
                "date_end": date(2027, 12, 31),
            }
        )
        self.env["party.position"].create(
            {
                "organization_id": self.cell_1.id,
                "term_id": term.id,
                "employee_id": self.employee_secretary.id,
                "role": "secretary",
                "date_start": date(2025, 1, 1),
            }
        )
        with freeze_time("2025-07-02"):
            self.env["party.reminder"].with_context(lang="en_US")._cron_run()
        activity = self.cell_1.activity_ids.filtered(
            lambda a: a.party_warning_rule == "no_regular_meeting"
        )
        self.assertEqual(activity.user_id, self.user_secretary)
        self.assertEqual(activity.summary, "Lên lịch sinh hoạt định kỳ tháng 07/2025")
