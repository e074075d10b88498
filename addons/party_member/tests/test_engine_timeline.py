# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import random
from datetime import date

from odoo.addons.party_org.tests.engine_case import EngineCase

from ..engine import member_state as ms
from ..engine import timeline
from .timeline_histories import random_history, sample_days

D = date
CELLS = (11, 12, 13, 14)


class TestTimelineEngine(EngineCase):
    def test_internal_move_has_no_gap(self):
        """A move between two cells on one day: in the old cell until the
        day before, in the new one from that day (the year-end statistics
        case of the domain review)."""
        periods = timeline.periods(
            [
                ("admission", D(2020, 1, 1), 11),
                ("official_recognition", D(2021, 1, 1), None),
                ("transfer_out", D(2025, 6, 1), 12),
                ("transfer_in", D(2025, 6, 1), 12),
            ]
        )
        self.assertEqual(
            timeline.period_on(periods, D(2025, 12, 31))[:2], (12, D(2025, 6, 1))
        )
        self.assertEqual(timeline.period_on(periods, D(2025, 5, 31))[0], 11)

    def test_temporary_transfer_away_at_home_hosted_at_host(self):
        """Counted at home (away) and in activity at the host (hosted)."""
        periods = timeline.periods(
            [
                ("admission", D(2020, 1, 1), 11),
                ("temporary_transfer_out", D(2024, 3, 1), 13),
                ("temporary_return", D(2024, 9, 1), None),
            ]
        )
        day = D(2024, 5, 1)
        self.assertEqual(timeline.period_on(periods, day)[0], 11)
        self.assertEqual(timeline.period_on(periods, day).kind, timeline.AWAY)
        hosted = timeline.period_on(periods, day, {timeline.HOSTED})
        self.assertEqual(hosted.organization_id, 13)
        self.assertEqual(timeline.period_on(periods, D(2024, 9, 1)).kind, "active")

    def test_member_hosted_from_outside(self):
        """A member of another committee: hosted only, never registered."""
        periods = timeline.periods(
            [
                ("temporary_arrival", D(2025, 1, 10), 12),
                ("temporary_departure", D(2025, 9, 1), None),
            ],
            official_date=D(2019, 5, 1),
        )
        self.assertEqual(
            periods,
            [timeline.Period(12, D(2025, 1, 10), D(2025, 9, 1), "official", "hosted")],
        )
        self.assertIsNone(timeline.period_on(periods, D(2025, 3, 1)))

    def test_random_histories_agree_with_the_simulation(self):
        """2,000 random valid histories: the engine's periods give, on
        every sampled day, the places and grade the simulation tracked, and
        the state machine accepts every history."""
        rng = random.Random(20261205)
        histories = [
            random_history(rng, CELLS, D(2008, 1, 1), D(2026, 11, 1))
            for _i in range(2000)
        ]
        days = sample_days(rng, histories, 60)
        for index, history in enumerate(histories):
            pairs = [(t, d) for t, d, _o in history.events]
            _state, problem = ms.replay(pairs, history.official_date)
            self.assertIsNone(problem, f"history {index}: {history.events}")
            periods = timeline.periods(history.events, history.official_date)
            for day in days + [d for _t, d, _o in history.events]:
                places, grade = history.places_on(day)
                got = {
                    (p.organization_id, p.kind)
                    for p in periods
                    if p.date_start <= day and (p.date_end is None or day < p.date_end)
                }
                self.assertEqual(got, set(places), f"history {index} on {day}")
                for period in periods:
                    if period.date_start <= day and (
                        period.date_end is None or day < period.date_end
                    ):
                        self.assertEqual(period.grade, grade, f"{index} {day}")
