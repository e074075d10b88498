# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from freezegun import freeze_time

from odoo.exceptions import ValidationError
from odoo.tests import Form, tagged

from .common import PartyOrgCase


@tagged("post_install", "-at_install")
class TestTermPosition(PartyOrgCase):
    def _position(self, employee, role="secretary", **vals):
        return self.env["party.position"].create(
            {
                "organization_id": self.cell_2.id,
                "term_id": self.term.id,
                "employee_id": employee.id,
                "role": role,
                "date_start": date(2025, 1, 1),
                **vals,
            }
        )

    def test_term_name_from_years(self):
        """A term without a name is named after its years."""
        self.assertEqual(self.term.name, "2025–2027")

    def test_overlapping_terms_refused(self):
        """Two terms of one organisation cannot overlap; nothing is written."""
        Term = self.env["party.term"]
        with self.assertRaisesText(ValidationError, "overlaps"):
            Term.create(
                {
                    "organization_id": self.cell_2.id,
                    "date_start": date(2027, 6, 1),
                    "date_end": date(2029, 12, 31),
                }
            )
        self.assertEqual(
            Term.search_count([("organization_id", "=", self.cell_2.id)]), 1
        )
        # Adjacent terms and other organisations' terms are fine.
        Term.create(
            {
                "organization_id": self.cell_2.id,
                "date_start": date(2028, 1, 1),
                "date_end": date(2029, 12, 31),
            }
        )
        Term.create(
            {
                "organization_id": self.cell_1.id,
                "date_start": date(2025, 1, 1),
                "date_end": date(2027, 12, 31),
            }
        )

    def test_term_end_before_start_refused(self):
        """A term cannot end before it starts."""
        with self.assertRaises(ValidationError):
            self.term.date_end = date(2024, 1, 1)

    @freeze_time("2026-05-01")
    def test_current_term(self):
        """Each organisation knows its current term."""
        self.assertEqual(self.cell_2.current_term_id, self.term)
        self.assertFalse(self.cell_1.current_term_id)
        terms = self.env["party.term"].search([("is_current", "=", True)])
        self.assertIn(self.term, terms)
        with freeze_time("2028-05-01"):
            self.cell_2.invalidate_recordset(["current_term_id"])
            self.assertFalse(self.cell_2.current_term_id)

    def test_two_secretaries_refused(self):
        """An organisation has at most one secretary at a time."""
        first = self._position(self._employee("A"), date_end=date(2026, 6, 30))
        with self.assertRaisesText(ValidationError, "one secretary at a time"):
            self._position(self._employee("B"), date_start=date(2026, 1, 1))
        # A successor after the first one's end is fine.
        second = self._position(self._employee("C"), date_start=date(2026, 7, 1))
        with freeze_time("2026-03-01"):
            self.assertEqual(self.cell_2.secretary_id, first.employee_id)
        with freeze_time("2026-08-01"):
            self.cell_2.invalidate_recordset(["secretary_id"])
            self.assertEqual(self.cell_2.secretary_id, second.employee_id)

    def test_position_outside_term_refused(self):
        """A position lies within its term."""
        with self.assertRaisesText(ValidationError, "within term"):
            self._position(self._employee("A"), date_start=date(2024, 6, 1))
        with self.assertRaisesText(ValidationError, "within term"):
            self._position(self._employee("A"), date_end=date(2028, 6, 1))
        with self.assertRaisesText(ValidationError, "not to"):
            self._position(self._employee("A"), organization_id=self.cell_1.id)

    def test_deputies_may_be_several(self):
        """Only the secretary is unique: two deputies are allowed."""
        self._position(self._employee("A"), role="deputy_secretary")
        self._position(self._employee("B"), role="deputy_secretary")
        self.assertEqual(self.cell_2.position_count, 2)

    def test_cron_closes_positions_with_term(self):
        """The scheduled action closes positions of ended terms at the term's end."""
        position = self._position(self._employee("A"))
        with freeze_time("2027-12-31"):
            self.env["party.term"]._cron_close_ended_terms()
            self.assertEqual(position.state, "open")
        with freeze_time("2028-01-02"):
            self.env["party.term"]._cron_close_ended_terms()
        self.assertEqual(position.state, "closed")
        self.assertEqual(position.date_end, date(2027, 12, 31))

    @freeze_time("2026-03-10")
    def test_close_action_sets_end_today(self):
        """Closing a position by hand ends it today."""
        position = self._position(self._employee("A"))
        position.action_close()
        self.assertEqual(
            (position.state, position.date_end), ("closed", date(2026, 3, 10))
        )

    def test_form_defaults_start_from_term(self):
        """Choosing the term proposes its start date."""
        with Form(self.env["party.position"]) as form:
            form.organization_id = self.cell_2
            form.term_id = self.term
            form.employee_id = self._employee("D")
        self.assertEqual(form.record.date_start, self.term.date_start)
