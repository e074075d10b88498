# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The access log of member data (security review M3)."""

from contextlib import contextmanager

import psycopg2

from odoo.exceptions import AccessError
from odoo.tests import HttpCase, tagged
from odoo.tools import SQL, mute_logger

from odoo.addons.party_org.tests.red_team import RedTeamMixin

from .common import PartyMemberCase

LOG_INSERT = "INSERT INTO party_member_access_log"


class PrivacyLogCase(PartyMemberCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._secretary_on_sub_committee()
        cls.members = cls.Member.browse()
        for index in range(12):
            cls.members |= cls._official(f"ĐẢNG VIÊN SỐ {index}", cls.cell_2)
        cls.Log = cls.env["party.member.access.log"]

    def _logged(self, user, operation="read", members=None):
        return self.Log.search(
            [
                ("user_id", "=", user.id),
                ("operation", "=", operation),
                ("member_id", "in", (members or self.members).ids),
            ]
        )

    @contextmanager
    def _log_inserts(self):
        """Collect the INSERT statements into the log made inside the block
        (every statement in ``self.all_queries``)."""
        queries = []
        with contextmanager(self._patchExecute)(queries):
            yield queries
        self.all_queries = list(queries)
        queries[:] = [query for query in queries if LOG_INSERT in str(query)]


@tagged("post_install", "-at_install")
class TestPrivacyLog(PrivacyLogCase):
    def test_batch_reads_logged(self):
        """M3: every read of member data is logged, single or batch."""
        Member = self.Member.with_user(self.user_secretary)
        Member.browse(self.members[:3].ids).web_read({"name": {}, "birth_date": {}})
        self.assertEqual(len(self._logged(self.user_secretary)), 3)
        Member.search_read([("id", "in", self.members[3:6].ids)], ["birth_place"])
        Member.browse(self.members[6].id).read(["permanent_residence"])
        logged = self._logged(self.user_secretary)
        self.assertEqual(logged.member_id, self.members[:7])
        self.assertIn("permanent_residence", logged.mapped("field_names"))
        # A member's value aggregated (the latest birth date) is a read of
        # every member of the groups (counts: test_privacy_log_groups.py).
        Member.read_group([("id", "in", self.members.ids)], ["birth_date:max"], ["sex"])
        self.assertEqual(self._logged(self.user_secretary).member_id, self.members)

    def test_names_alone_not_logged(self):
        """M3: reading display names only (many2one labels) is not logged."""
        self.members.with_user(self.user_secretary).read(["display_name"])
        self.Member.with_user(self.user_secretary).name_search("ĐẢNG VIÊN")
        self.assertFalse(self._logged(self.user_secretary))

    def test_one_insert_per_call(self):
        """M3: a list read logs its members with one INSERT, whatever their number."""
        Member = self.Member.with_user(self.user_secretary)
        spec = {"name": {}, "birth_date": {}, "organization_id": {}}
        domain = [("id", "in", self.members.ids)]
        Member.web_search_read(domain, spec, limit=2)  # warm the caches
        counts = []
        for limit in (3, 12):
            self.env.invalidate_all()
            with self._log_inserts() as inserts:
                Member.web_search_read(domain, spec, limit=limit)
            counts.append(len(self.all_queries))
            self.assertEqual(len(inserts), 1)
        self.assertEqual(counts[0], counts[1])
        self.assertEqual(len(self._logged(self.user_secretary)), 2 + 3 + 12)

    def test_deleting_member_keeps_log(self):
        """M3: deleting a member keeps its log lines, with name and file number."""
        member = self.Member.create(
            {
                "name": "SẼ BỊ XÓA",
                "organization_id": self.cell_2.id,
                "company_id": self.company.id,
                "file_number": "123456HN",
            }
        )
        member.with_user(self.user_office).read(["birth_date"])
        line = self.Log.search([("member_name", "=", "SẼ BỊ XÓA")])
        self.assertEqual(line.member_id, member)
        member.unlink()
        line.invalidate_recordset()
        self.assertTrue(line.exists())
        self.assertFalse(line.member_id)
        self.assertEqual(
            (line.member_name, line.member_reference, line.user_id),
            ("SẼ BỊ XÓA", "123456HN", self.user_office),
        )

    def test_log_append_only(self):
        """M3: nobody edits or deletes the log, not even the superuser."""
        self.members[0].with_user(self.user_office).read(["name"])
        line = self._logged(self.user_office)
        self.assertEqual(len(line), 1)
        with self.assertRaises(AccessError):
            line.with_user(self.user_office).write({"operation": "export"})
        with self.assertRaises(AccessError):
            line.with_user(self.user_office).unlink()
        statements = (
            SQL(
                "UPDATE party_member_access_log SET user_id = %s WHERE id = %s",
                1,
                line.id,
            ),
            SQL("DELETE FROM party_member_access_log WHERE id = %s", line.id),
            SQL("TRUNCATE party_member_access_log"),
        )
        for statement in statements:
            with mute_logger("odoo.sql_db"), self.assertRaises(psycopg2.Error):
                with self.cr.savepoint():
                    self.cr.execute(statement)
        with mute_logger("odoo.sql_db"), self.assertRaises(psycopg2.Error):
            with self.cr.savepoint():
                line.unlink()
        self.assertEqual(self._logged(self.user_office), line)


@tagged("post_install", "-at_install")
class TestPrivacyLogHttp(RedTeamMixin, PrivacyLogCase, HttpCase):
    def test_http_list_views_logged(self):
        """M3 over RPC: list and grouped views are logged on a read/write cursor."""
        spec = {"name": {}, "birth_date": {}}
        with self.assertNoLogs("odoo.http", "WARNING"):
            result = self.call_kw(
                self.user_secretary,
                "party.member",
                "web_search_read",
                [[("id", "in", self.members.ids)], spec],
                limit=5,
            )
            self.call_kw(
                self.user_secretary,
                "party.member",
                "web_read_group",
                [[("id", "in", self.members.ids)], ["birth_date:max"], ["sex"]],
            )
        self.assertEqual(len(result["records"]), 5)
        self.assertEqual(self._logged(self.user_secretary).member_id, self.members)
