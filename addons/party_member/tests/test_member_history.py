# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .common import PartyMemberCase


@tagged("post_install", "-at_install")
class TestMemberHistory(PartyMemberCase):
    def test_state_replayed_from_events(self):
        """The stored state follows the history written through _add_event."""
        member = self._member("Nguyễn Văn An", admitted=date(2020, 1, 10))
        self.assertEqual(member.state, "probationary")
        self.assertEqual(member.admission_decision_date, date(2020, 1, 10))
        event = member._add_event("official_recognition", date(2021, 1, 15))
        self.assertEqual(event.member_id, member)
        self.assertEqual(member.state, "official")
        self.assertEqual(member.official_date, date(2021, 1, 15))
        member._add_event("exemption", date(2024, 1, 1))
        self.assertEqual(member.state, "exempt")
        self.assertEqual(
            self.Member.search([("id", "=", member.id), ("state", "=", "exempt")]),
            member,
        )

    def test_invalid_transition_refused(self):
        """An event that cannot follow the current state is refused with an error."""
        member = self._official("Trần Thị Bình")
        with self.assertRaisesText(ValidationError, "only for a probationary member"):
            member._add_event("official_recognition", date(2022, 1, 1))
        with self.assertRaisesText(ValidationError, "cannot follow the state"):
            member._add_event("temporary_return", date(2022, 1, 1))
        self.assertEqual(len(member.event_ids), 2)
        self.assertEqual(member.state, "official")

    def test_event_edit_cannot_break_history(self):
        """Editing or deleting an event replays the history and refuses an invalid one."""
        member = self._official("Lê Văn Cường")
        recognition = member.event_ids.filtered(
            lambda e: e.event_type == "official_recognition"
        )
        with self.assertRaises(ValidationError):
            recognition.date = date(2010, 1, 1)  # before the admission
        with self.assertRaises(ValidationError):
            member.event_ids.filtered(lambda e: e.event_type == "admission").unlink()
        with self.assertRaises(ValidationError):
            self.env["party.member.event"].create(
                {
                    "member_id": member.id,
                    "event_type": "admission",
                    "date": date(2023, 1, 1),
                }
            )
        recognition.unlink()
        self.assertEqual(member.state, "probationary")

    def test_temporary_transfer_and_return(self):
        """A temporary return restores the state before the temporary transfer,
        and the member stays in their home cell meanwhile."""
        member = self._official("Phạm Thị Dung")
        member._add_event(
            "temporary_transfer_out", date(2024, 3, 1), to_organization=self.cell_2
        )
        self.assertEqual(member.state, "temporarily_transferred")
        self.assertEqual(member.organization_id, self.cell_1)
        member._add_event("temporary_return", date(2024, 9, 1))
        self.assertEqual(member.state, "official")

    def test_organization_follows_transfers(self):
        """An internal transfer moves the member; a backdated event replays in date order."""
        member = self._official("Hoàng Văn Em")
        member._add_event("transfer_out", date(2024, 5, 1), to_organization=self.cell_2)
        self.assertEqual(member.state, "transferred_out")
        member._add_event("transfer_in", date(2024, 5, 1), to_organization=self.cell_2)
        self.assertEqual(member.organization_id, self.cell_2)
        self.assertEqual(member.state, "official")
        transfer_out = member.event_ids.filtered(
            lambda e: e.event_type == "transfer_out"
        )
        self.assertEqual(transfer_out.from_organization_id, self.cell_1)

    def test_transfer_in_from_outside(self):
        """A member arriving from another committee is official when their
        official date is known, probationary otherwise."""
        official = self._member("Đặng Văn Phúc", official_date=date(2015, 1, 1))
        official._add_event(
            "transfer_in",
            date(2023, 1, 1),
            to_organization=self.cell_2,
            from_external="Đảng bộ Tập đoàn X",
        )
        self.assertEqual(official.state, "official")
        self.assertEqual(official.organization_id, self.cell_2)
        probationary = self._member("Bùi Thị Giang")
        probationary._add_event("transfer_in", date(2023, 1, 1))
        self.assertEqual(probationary.state, "probationary")

    def test_add_event_batch(self):
        """_add_event writes one event per member and
        refuses the whole batch when one member cannot take it."""
        members = self._official("A") | self._official("B") | self._official("C")
        events = members._add_event("exemption", date(2024, 1, 1))
        self.assertEqual(len(events), 3)
        self.assertEqual(set(members.mapped("state")), {"exempt"})
        newcomer = self._member("D", admitted=date(2024, 1, 1))
        with self.assertRaisesText(ValidationError, "^D: "):
            (members | newcomer)._add_event("exemption_end", date(2024, 6, 1))
        self.assertEqual(set(members.mapped("state")), {"exempt"})

    def test_readmission_once(self):
        """Readmission only after removal or leaving, and only once."""
        member = self._official("Ngô Văn Hải")
        with self.assertRaises(ValidationError):
            member._add_event("readmission", date(2019, 1, 1))
        member._add_event("removal", date(2018, 1, 1))
        self.assertEqual(member.state, "removed")
        member._add_event("readmission", date(2021, 6, 1))
        self.assertEqual(member.state, "probationary")
        member._add_event("leave", date(2023, 1, 1))
        with self.assertRaisesText(ValidationError, "only once"):
            member._add_event("readmission", date(2026, 6, 1))

    def test_expulsion_discipline_writes_event(self):
        """An expulsion discipline also moves the member to expelled."""
        member = self._official("Vũ Văn Khánh")
        decision = self.env["party.decision"].create(
            {
                "name": "20-QĐ/ĐU",
                "decision_type": "expulsion",
                "issuer_organization_id": self.committee.id,
                "company_id": self.company.id,
            }
        )
        warning = self.env["party.discipline"].create(
            {
                "member_id": member.id,
                "decision_id": decision.id,
                "form": "warning",
                "date": date(2024, 1, 5),
            }
        )
        self.assertFalse(warning.event_id)
        self.assertEqual(member.state, "official")
        discipline = self.env["party.discipline"].create(
            {
                "member_id": member.id,
                "decision_id": decision.id,
                "form": "expulsion",
                "date": date(2024, 2, 5),
            }
        )
        self.assertEqual(member.state, "expelled")
        self.assertEqual(discipline.event_id.event_type, "expulsion")
        self.assertEqual(discipline.event_id.decision_id, decision)

    def test_create_initial_events(self):
        """Imported members get their admission and recognition events from their dates."""
        member = self._member(
            "Lý Thị Lan",
            admission_decision_date=date(2010, 5, 19),
            official_date=date(2011, 5, 25),
        )
        self.assertFalse(member.state)
        member._create_initial_events()
        self.assertEqual(member.state, "official")
        self.assertEqual(
            set(member.event_ids.mapped("event_type")),
            {"official_recognition", "admission"},
        )

    def test_decision_needs_issuer(self):
        """A decision names its issuing organisation or level."""
        with self.assertRaises(ValidationError):
            self.env["party.decision"].create(
                {"name": "1-QĐ/X", "company_id": self.company.id}
            )
        decision = self.env["party.decision"].create(
            {
                "name": "1-QĐ/ĐUK",
                "issuer_text": "Đảng ủy Khối",
                "company_id": self.company.id,
            }
        )
        self.assertEqual(decision.state, "signed")
