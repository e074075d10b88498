# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from contextlib import contextmanager
from datetime import date

from odoo.tests import TransactionCase, new_test_user


class PartyOrgCase(TransactionCase):
    """Two companies, a party tree in the first and users of each group."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=False))
        cls.company = cls.env["res.company"].create({"name": "Tổng công ty A"})
        cls.other_company = cls.env["res.company"].create({"name": "Công ty B"})
        Org = cls.env["party.organization"]
        cls.external = Org.create(
            {"name": "Đảng ủy cấp trên", "org_type": "external", "company_id": False}
        )
        cls.committee = Org.create(
            {
                "name": "Đảng bộ A",
                "code": "ĐU",
                "org_type": "grassroots_committee",
                "parent_id": cls.external.id,
                "company_id": cls.company.id,
            }
        )
        cls.sub_committee = cls._org("Đảng bộ bộ phận", "sub_committee", cls.committee)
        cls.cell_1 = cls._org("Chi bộ 1", "cell", cls.committee)
        cls.cell_2 = cls._org("Chi bộ 2", "cell", cls.sub_committee)
        cls.group = cls._org("Tổ đảng 1", "party_group", cls.cell_2)
        cls.other_committee = Org.create(
            {
                "name": "Đảng bộ B",
                "org_type": "grassroots_committee",
                "company_id": cls.other_company.id,
            }
        )
        cls.term = cls.env["party.term"].create(
            {
                "organization_id": cls.cell_2.id,
                "date_start": date(2025, 1, 1),
                "date_end": date(2027, 12, 31),
            }
        )
        companies = cls.company | cls.other_company
        cls.user_member = cls._user("member", "party_org.group_party_member", companies)
        cls.user_secretary = cls._user(
            "secretary", "party_org.group_party_secretary", companies
        )
        cls.user_office = cls._user(
            "office", "party_org.group_party_office", cls.company
        )
        cls.user_plain = cls._user("plain", "base.group_user", companies)
        cls.employee_secretary = cls.env["hr.employee"].create(
            {
                "name": "Nguyễn Văn Bí Thư",
                "company_id": cls.company.id,
                "user_id": cls.user_secretary.id,
            }
        )

    @classmethod
    def _org(cls, name, org_type, parent):
        return cls.env["party.organization"].create(
            {
                "name": name,
                "org_type": org_type,
                "parent_id": parent.id,
                "company_id": parent.company_id.id,
            }
        )

    @classmethod
    def _user(cls, login, groups, companies):
        return new_test_user(
            cls.env,
            login=f"party_{login}",
            groups=groups,
            company_id=companies[0].id,
            company_ids=[(6, 0, companies.ids)],
        )

    def _employee(self, name, company=None):
        return self.env["hr.employee"].create(
            {"name": name, "company_id": (company or self.company).id}
        )

    @contextmanager
    def assertRaisesText(self, exception, pattern):
        """assertRaises (which rolls back, unlike assertRaisesRegex) + message check."""
        with self.assertRaises(exception) as catcher:
            yield catcher
        self.assertRegex(str(catcher.exception), pattern)
