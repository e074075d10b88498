# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Decisions recorded on members share the issuer's QĐ register with its
Quyết định documents (Hướng dẫn 36-HD/VPTW; issue 10 "Decisions")."""

from datetime import date

from odoo.exceptions import ValidationError
from odoo.tests import Form, tagged

from odoo.addons.party_member.tests.lifecycle_common import PartyLifecycleCase

from .common import PartyDocsCase


@tagged("post_install", "-at_install")
class TestDecisionRegister(PartyDocsCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.type_qd = cls.env.ref("party_docs.document_type_qd")
        cls.member = cls.env["party.member"].create(
            {
                "name": "Hoàng Văn Đảng Viên",
                "organization_id": cls.cell_1.id,
                "company_id": cls.company.id,
                "admission_decision_date": date(2015, 3, 2),
                "admission_date": date(2015, 3, 2),
                "official_date": date(2016, 3, 2),
            }
        )
        cls.member._create_initial_events()

    def _exempt_by_wizard(self, number=None, on_date=date(2026, 3, 2)):
        action = self.member.with_context(
            party_event_type="exemption"
        ).action_open_status_wizard()
        with Form(
            self.env[action["res_model"]].with_context(**action["context"])
        ) as wizard:
            wizard.date = on_date
            wizard.issuer_organization_id = self.committee
            if number:
                wizard.decision_number = number
            wizard.decision_date = on_date
            wizard.reason = "Sức khỏe"
        wizard.save().action_confirm()
        return self.member.event_ids.filtered(
            lambda e: e.event_type == "exemption"
        ).decision_id

    def _decision(self, name, day=date(2026, 4, 1)):
        return self.env["party.decision"].create(
            {
                "name": name,
                "date": day,
                "decision_type": "other",
                "issuer_organization_id": self.committee.id,
                "company_id": self.company.id,
            }
        )

    def test_wizard_decision_then_document_are_consecutive(self):
        """A member's decision and a QĐ document share one register: 01 then 02."""
        decision = self._exempt_by_wizard()
        self.assertEqual(decision.issuer_organization_id, self.committee)
        self.assertEqual(decision.name, "01-QĐ/ĐU")
        doc = self._issue(self._doc(type_id=self.type_qd.id, date=date(2026, 3, 5)))
        self.assertEqual(doc.number_symbol, "02-QĐ/ĐU")
        self.assertEqual(doc.term_id, self.term_committee_next)

    def test_number_typed_by_hand_is_skipped(self):
        """A number typed ahead of the register is never given again."""
        self._decision("01-QĐ/ĐU")
        doc = self._issue(self._doc(type_id=self.type_qd.id, date=date(2026, 3, 5)))
        self.assertEqual(doc.number_symbol, "02-QĐ/ĐU")
        self.assertEqual(self._exempt_by_wizard().name, "03-QĐ/ĐU")

    def test_colliding_typed_number_is_refused(self):
        """A typed number already given in the issuer's register and term is refused."""
        doc = self._issue(self._doc(type_id=self.type_qd.id, date=date(2026, 3, 5)))
        self.assertEqual(doc.number_symbol, "01-QĐ/ĐU")
        with self.assertRaisesText(ValidationError, "01-QĐ/ĐU"):
            self._decision("01-QĐ/ĐU")
        with self.assertRaisesText(ValidationError, "01-QĐ/ĐU"):
            self._exempt_by_wizard("01-QĐ/ĐU")
        self._decision("07-QĐ/ĐU")
        with self.assertRaisesText(ValidationError, "07-QĐ/ĐU"):
            self._decision("07-QĐ/ĐU", day=date(2027, 1, 5))
        # The register restarts with each term: the previous term had its own 01.
        self._decision("01-QĐ/ĐU", day=date(2024, 5, 1))

    def test_external_issuer_keeps_its_own_number(self):
        """A decision of a committee outside the enterprise is not numbered here."""
        decision = self.env["party.decision"].create(
            {
                "date": date(2026, 4, 1),
                "issuer_text": "Đảng ủy Khối Doanh nghiệp Trung ương",
                "summary": "Khen thưởng",
                "company_id": self.company.id,
            }
        )
        self.assertEqual(decision.name, "Khen thưởng")
        self.assertFalse(
            self.env["party.document.counter"].search(
                [("organization_id", "=", self.committee.id)]
            )
        )


@tagged("post_install", "-at_install")
class TestAdmissionDecisionRegister(PartyLifecycleCase):
    def test_admission_decision_takes_the_register_number(self):
        """An admission decision with no number typed (as the admission
        pipeline creates it) is numbered in the QĐ register."""
        self.committee.code = "ĐU"
        self.env["party.term"].create(
            {
                "organization_id": self.committee.id,
                "date_start": date(2025, 10, 1),
                "date_end": date(2030, 9, 30),
            }
        )
        decision = self.env["party.decision"].create(
            {
                "name": False,
                "date": date(2026, 8, 25),
                "issuer_organization_id": self.cell_2._get_grassroots().id,
                "decision_type": "admission",
                "summary": "Kết nạp đảng viên",
                "company_id": self.company.id,
            }
        )
        self.assertEqual(decision.name, "01-QĐ/ĐU")
        self.assertEqual(decision.issuer_organization_id, self.committee)
