# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.addons.party_org.tests.engine_case import EngineCase

from ..engine import member_state as ms
from ..engine.identity import (
    PROBLEM_CITIZEN_ID_BIRTH,
    PROBLEM_CITIZEN_ID_FORMAT,
    PROBLEM_CITIZEN_ID_PROVINCE,
    PROBLEM_FILE_NUMBER_FORMAT,
    citizen_id_problem,
    file_number_problem,
    normalize_file_number,
)

D = date


class TestMemberStateEngine(EngineCase):
    def test_every_event_type_has_a_transition(self):
        """The transition table covers all event types of the history."""
        self.assertTrue(ms.check_event_types())

    def test_admission_then_recognition(self):
        """Admission makes a probationary member, recognition an official one."""
        events = [("admission", D(2020, 1, 1))]
        self.assertEqual(ms.state_after(events), "probationary")
        events.append(("official_recognition", D(2021, 1, 1)))
        self.assertEqual(ms.state_after(events), "official")
        self.assertIsNone(ms.state_after([]))

    def test_recognition_only_from_probationary(self):
        """A second official recognition is refused with its key."""
        events = [
            ("admission", D(2020, 1, 1)),
            ("official_recognition", D(2021, 1, 1)),
            ("official_recognition", D(2022, 1, 1)),
        ]
        with self.assertRaises(ms.InvalidTransition) as catcher:
            ms.state_after(events)
        self.assertEqual(catcher.exception.key, ms.PROBLEM_NOT_PROBATIONARY)
        self.assertEqual(catcher.exception.index, 2)
        state, problem = ms.replay(events)
        self.assertEqual((state.state, problem.key), ("official", "not_probationary"))

    def test_temporary_return_restores_previous_state(self):
        """A temporary return goes back to the grade held, including a
        recognition voted by the host branch meanwhile."""
        base = [("admission", D(2020, 1, 1)), ("temporary_transfer_out", D(2020, 6, 1))]
        self.assertEqual(ms.state_after(base), "temporarily_transferred")
        back = base + [("temporary_return", D(2020, 9, 1))]
        self.assertEqual(ms.state_after(back), "probationary")
        recognised = base + [
            ("official_recognition", D(2021, 1, 1)),
            ("temporary_return", D(2021, 3, 1)),
        ]
        self.assertEqual(ms.state_after(recognised), "official")

    def test_exits_and_readmission(self):
        """Readmission after removal, leaving or expulsion (294-QĐ/TW 3.5), once."""
        left = [
            ("admission", D(2000, 1, 1)),
            ("official_recognition", D(2001, 1, 1)),
            ("leave", D(2010, 1, 1)),
        ]
        self.assertEqual(ms.state_after(left), "left")
        again = left + [("readmission", D(2014, 1, 1))]
        self.assertEqual(ms.state_after(again), "probationary")
        twice = again + [("removal", D(2016, 1, 1)), ("readmission", D(2020, 1, 1))]
        with self.assertRaises(ms.InvalidTransition) as catcher:
            ms.state_after(twice)
        self.assertEqual(catcher.exception.key, ms.PROBLEM_ALREADY_READMITTED)
        expelled = left[:2] + [
            ("expulsion", D(2010, 1, 1)),
            ("readmission", D(2015, 1, 1)),
        ]
        self.assertEqual(ms.state_after(expelled), "probationary")
        with self.assertRaises(ms.InvalidTransition) as catcher:
            ms.state_after(expelled[:3] + [("exemption", D(2015, 1, 1))])
        self.assertEqual(catcher.exception.key, ms.PROBLEM_INVALID_TRANSITION)

    def test_nothing_after_death(self):
        """Death is final."""
        events = [("admission", D(2000, 1, 1)), ("death", D(2020, 1, 1))]
        self.assertEqual(ms.state_after(events), "deceased")
        for event_type in ("readmission", "transfer_in", "exemption", "removal"):
            with self.assertRaises(ms.InvalidTransition):
                ms.state_after(events + [(event_type, D(2021, 1, 1))])

    def test_event_needs_a_history(self):
        """Only an admission or a transfer in can start a history."""
        with self.assertRaises(ms.InvalidTransition) as catcher:
            ms.state_after([("exemption", D(2020, 1, 1))])
        self.assertEqual(catcher.exception.key, ms.PROBLEM_NO_HISTORY)

    def test_transfer_in_grade(self):
        """An arriving member is official when the official date is known,
        and a transfer back restores the grade held before leaving."""
        arrive = [("transfer_in", D(2022, 1, 1))]
        self.assertEqual(ms.state_after(arrive), "probationary")
        self.assertEqual(ms.state_after(arrive, D(2019, 1, 1)), "official")
        round_trip = [
            ("admission", D(2010, 1, 1)),
            ("official_recognition", D(2011, 1, 1)),
            ("transfer_out", D(2015, 1, 1)),
            ("transfer_in", D(2018, 1, 1)),
        ]
        self.assertEqual(ms.state_after(round_trip[:3]), "transferred_out")
        self.assertEqual(ms.state_after(round_trip), "official")

    def test_exemption(self):
        """Exemption and its end; no temporary transfer while exempt."""
        events = [("admission", D(2000, 1, 1)), ("exemption", D(2020, 1, 1))]
        self.assertEqual(ms.state_after(events), "exempt")
        with self.assertRaises(ms.InvalidTransition):
            ms.state_after(events + [("temporary_transfer_out", D(2021, 1, 1))])
        ended = events + [("exemption_end", D(2021, 1, 1))]
        self.assertEqual(ms.state_after(ended), "probationary")

    def test_sorted_history_is_stable(self):
        """Same-day events keep their creation order."""
        pairs = ms.sorted_history(
            [("transfer_in", D(2020, 1, 1), 2), ("transfer_out", D(2020, 1, 1), 1)]
        )
        self.assertEqual([p[0] for p in pairs], ["transfer_out", "transfer_in"])


class TestIdentityEngine(EngineCase):
    def test_citizen_id_format(self):
        """A citizen ID is 12 digits with a province code 001-096."""
        self.assertIsNone(citizen_id_problem("001090123456"))
        for bad in ("00109012345", "0010901234567", "00109012345A", ""):
            self.assertEqual(citizen_id_problem(bad), PROBLEM_CITIZEN_ID_FORMAT)
        self.assertEqual(
            citizen_id_problem("097090123456"), PROBLEM_CITIZEN_ID_PROVINCE
        )
        self.assertEqual(
            citizen_id_problem("000090123456"), PROBLEM_CITIZEN_ID_PROVINCE
        )

    def test_citizen_id_matches_birth(self):
        """Digits 4-6 encode sex, century and year of birth."""
        self.assertIsNone(citizen_id_problem("001090123456", D(1990, 5, 1), "male"))
        self.assertIsNone(citizen_id_problem("001190123456", D(1990, 5, 1), "female"))
        self.assertIsNone(citizen_id_problem("001201123456", D(2001, 5, 1), "male"))
        self.assertEqual(
            citizen_id_problem("001090123456", D(1990, 5, 1), "female"),
            PROBLEM_CITIZEN_ID_BIRTH,
        )
        self.assertEqual(
            citizen_id_problem("001091123456", D(1990, 5, 1)), PROBLEM_CITIZEN_ID_BIRTH
        )
        self.assertEqual(
            citizen_id_problem("001290123456", D(1990, 5, 1)), PROBLEM_CITIZEN_ID_BIRTH
        )

    def test_file_number(self):
        """A file number is 6 digits and 1-3 capital letters."""
        for good in ("012345HN", "012345A", "012345ĐUB"):
            self.assertIsNone(file_number_problem(good))
        for bad in ("12345HN", "012345", "012345ABCD", "012345hn", "0123456HN"):
            self.assertEqual(file_number_problem(bad), PROBLEM_FILE_NUMBER_FORMAT)
        self.assertEqual(normalize_file_number(" 012345 hn "), "012345HN")
