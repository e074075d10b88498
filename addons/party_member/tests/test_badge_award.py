# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.tests import tagged

from ..engine.party_age import add_months
from .common import PartyMemberCase

OCCASION = date(2026, 2, 3)


@tagged("post_install", "-at_install")
class TestBadgeEligibility(PartyMemberCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Award = cls.env["party.badge.award"]

    def _eligible(self, occasion=OCCASION, orgs=None):
        return {
            mid: milestone
            for mid, _org, milestone in self.Award._get_eligible(occasion, orgs)
        }

    def _discipline(self, member, form, day):
        return self.env["party.discipline"].create(
            {
                "member_id": member.id,
                "decision_id": self.decision.id,
                "form": form,
                "date": day,
            }
        )

    def test_exact_milestone_day(self):
        """The anniversary falling on the occasion day counts; one day later does not."""
        on_day = self._official("ĐÚNG NGÀY", admitted=date(1996, 2, 3))
        day_late = self._official("TRỄ MỘT NGÀY", admitted=date(1996, 2, 4))
        eligible = self._eligible()
        self.assertEqual(eligible.get(on_day.id), 30)
        self.assertNotIn(day_late.id, eligible)

    def test_gap_delays_milestone(self):
        """Time out of the Party (removal to readmission) is deducted."""
        member = self._official("CÓ KHOẢNG TRỐNG", admitted=date(1990, 1, 1))
        member._add_event("removal", date(2000, 1, 1))
        member._add_event("readmission", date(2004, 1, 1))
        # 36 years since 1990 minus 4 years out: 32 years → 30-year badge
        self.assertEqual(self._eligible().get(member.id), 30)
        # With a 10-year gap, only 26 years by then
        other = self._official("KHOẢNG TRỐNG DÀI", admitted=date(1990, 1, 1))
        other._add_event("removal", date(2000, 1, 1))
        other._add_event("readmission", date(2010, 1, 1))
        self.assertNotIn(other.id, self._eligible())

    def test_readmission_counts_from_first_admission(self):
        """A readmitted member counts from the first admission decision."""
        member = self._official("KẾT NẠP LẠI", admitted=date(1985, 5, 1))
        member._add_event("leave", date(2020, 1, 1))
        member._add_event("readmission", date(2021, 1, 1))
        # 40 years 9 months minus 1 year = 39 years: the 30-year badge was missed
        self.assertEqual(self._eligible().get(member.id), 30)

    def test_out_of_party_not_proposed(self):
        """Members out of the Party on the occasion are not proposed."""
        member = self._official("ĐÃ XÓA TÊN", admitted=date(1980, 1, 1))
        member._add_event("removal", date(2025, 1, 1))
        self.assertNotIn(member.id, self._eligible())

    def test_early_award_for_serious_illness(self):
        """Serious illness allows the badge up to 12 months early (30-65 years)."""
        member = self._official("ỐM NẶNG", admitted=date(1996, 12, 1))
        self.assertNotIn(member.id, self._eligible())
        member.badge_serious_illness = True
        self.assertEqual(self._eligible().get(member.id), 30)
        too_early = self._official(
            "ỐM NẶNG 2", admitted=date(1997, 3, 1), badge_serious_illness=True
        )
        self.assertNotIn(too_early.id, self._eligible())

    def test_discipline_holds(self):
        """A reprimand holds the badge 6 months, a warning 9, a removal from post 12."""
        for form, months in (
            ("reprimand", 6),
            ("warning", 9),
            ("removal_from_post", 12),
        ):
            held = self._official(f"KỶ LUẬT {form}", admitted=date(1990, 1, 1))
            # decided (months - 1) months before the occasion: still held;
            # decided exactly ``months`` before: the hold ends on the occasion.
            self._discipline(held, form, add_months(OCCASION, -(months - 1)))
            free = self._official(f"HẾT HẠN {form}", admitted=date(1990, 1, 1))
            self._discipline(free, form, add_months(OCCASION, -months))
            eligible = self._eligible()
            self.assertNotIn(held.id, eligible, form)
            self.assertEqual(eligible.get(free.id), 30, form)

    def test_expulsion_excludes(self):
        """An expelled member is never proposed."""
        member = self._official("KHAI TRỪ", admitted=date(1980, 1, 1))
        self._discipline(member, "expulsion", date(2010, 1, 1))
        self.assertNotIn(member.id, self._eligible())

    def test_awarded_milestones_excluded_and_no_duplicates(self):
        """Milestones already proposed or awarded are not proposed again."""
        member = self._official("ĐÃ CÓ HUY HIỆU", admitted=date(1986, 1, 1))
        self.assertEqual(self._eligible().get(member.id), 40)
        wizard = self.env["party.badge.proposal"].create({"occasion_date": OCCASION})
        wizard.action_create_proposals()
        awards = self.Award.search([("member_id", "=", member.id)])
        self.assertEqual(awards.mapped("milestone"), [40])
        self.assertNotIn(member.id, self._eligible())
        again = self.env["party.badge.proposal"].create({"occasion_date": OCCASION})
        again.action_create_proposals()
        self.assertEqual(self.Award.search_count([("member_id", "=", member.id)]), 1)
        awards.action_cancel()
        self.assertEqual(self._eligible().get(member.id), 40)

    def test_configurable_milestones_and_occasions(self):
        """Milestones and occasions come from system parameters."""
        member = self._official("CẤU HÌNH", admitted=date(2001, 2, 3))
        self.assertNotIn(member.id, self._eligible())
        self.env["ir.config_parameter"].set_param(
            "party_member.badge_milestones", "25,30"
        )
        self.env["ir.config_parameter"].set_param(
            "party_member.badge_occasions", "01/06"
        )
        self.assertEqual(self._eligible().get(member.id), 25)
        rules = self.Award._get_badge_rules()
        self.assertEqual(rules.occasions, ((6, 1),))

    def test_wizard_prints_pdf_and_xlsx(self):
        """The proposal list prints as PDF and XLSX."""
        self._official("IN DANH SÁCH", admitted=date(1990, 1, 1))
        wizard = self.env["party.badge.proposal"].create({"occasion_date": OCCASION})
        wizard.action_compute()
        self.assertTrue(wizard.line_ids)
        action = wizard.action_print_pdf()
        self.assertEqual(
            action["report_name"], "party_member.report_party_badge_proposal"
        )
        action = wizard.action_export_xlsx()
        export = self.env["party.download"].browse(int(action["url"].split("/")[4]))
        self.assertTrue(export.file)

    def test_constant_query_count(self):
        """Eligibility makes the same number of queries for 5 and 20 members."""

        def build(count, prefix):
            org = self._org(f"Chi bộ {prefix}", "cell", self.committee)
            for index in range(count):
                member = self._official(
                    f"{prefix} {index}", org, admitted=date(1980 + index, 1, 1)
                )
                if index % 3 == 0:
                    self._discipline(member, "reprimand", date(2025, 12, 1))
            return org

        small, large = build(5, "NHỎ"), build(20, "LỚN")
        counts = []
        for org in (small, large):
            self.env.invalidate_all()
            self.Award._get_badge_rules()  # warm the parameter cache
            before = self.cr.sql_log_count
            result = self.Award._get_eligible(OCCASION, org)
            counts.append(self.cr.sql_log_count - before)
            self.assertTrue(result)
        self.assertEqual(counts[0], counts[1])
        self.env.invalidate_all()
        with self.assertQueryCount(counts[0]):
            self.Award._get_eligible(OCCASION, large)
