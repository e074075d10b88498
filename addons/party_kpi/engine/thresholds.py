# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""KPI thresholds and periods.

A KPI has a "good" and a "warning" threshold and a direction: for a
higher-is-better KPI a value at or above "good" is good, at or above
"warning" is a warning, below is bad; the reverse for lower-is-better.

>>> evaluate(95, 90, 75)
'good'
>>> evaluate(80, 90, 75)
'warning'
>>> evaluate(3, 0, 2, direction=LOWER)
'bad'
"""

from datetime import date, timedelta

GOOD = "good"
WARNING = "warning"
BAD = "bad"
STATES = (GOOD, WARNING, BAD)
HIGHER = "higher"
LOWER = "lower"

MONTHLY = "monthly"
QUARTERLY = "quarterly"
YEARLY = "yearly"
PERIOD_MONTHS = {MONTHLY: 1, QUARTERLY: 3, YEARLY: 12}


def evaluate(value, good, warning, direction=HIGHER):
    """The state of ``value`` against the thresholds; False without value."""
    if value is None or value is False:
        return False
    if direction == LOWER:
        if value <= good:
            return GOOD
        return WARNING if value <= warning else BAD
    if value >= good:
        return GOOD
    return WARNING if value >= warning else BAD


def check_thresholds(good, warning, direction=HIGHER):
    """True when the thresholds are ordered for the direction."""
    return warning <= good if direction == HIGHER else warning >= good


def period_bounds(day, periodicity):
    """The (first, last) day of the period of ``periodicity`` holding ``day``.

    >>> period_bounds(date(2026, 5, 17), QUARTERLY)
    (datetime.date(2026, 4, 1), datetime.date(2026, 6, 30))
    """
    months = PERIOD_MONTHS[periodicity]
    first_month = (day.month - 1) // months * months + 1
    start = date(day.year, first_month, 1)
    return start, _add_months(start, months) - timedelta(days=1)


def previous_periods(day, periodicity, count):
    """The ``count`` periods ending with the one holding ``day``, oldest first."""
    periods = []
    start, end = period_bounds(day, periodicity)
    for _i in range(count):
        periods.append((start, end))
        start, end = period_bounds(start - timedelta(days=1), periodicity)
    return periods[::-1]


def _add_months(day, months):
    month = day.month - 1 + months
    return date(day.year + month // 12, month % 12 + 1, 1)


def ratio(numerator, denominator, scale=100.0):
    """``numerator / denominator`` as a percentage, None when undefined."""
    if not denominator:
        return None
    return round(scale * numerator / denominator, 2)


def trend_scale(points, threshold):
    """Heights of a trend's bars (percent of the plot) on one scale that
    holds every value and the good threshold, so 69 and 100 look as far
    apart as they are, and the threshold line where it belongs.

    >>> trend_scale([{"value": 69.0}, {"value": 100.0}, {"value": None}], 90.0)
    {'heights': [69.0, 100.0, 0.0], 'threshold_height': 90.0}
    >>> trend_scale([{"value": 3.0}, {"value": 6.0}], 4.0)
    {'heights': [50.0, 100.0], 'threshold_height': 66.67}
    >>> trend_scale([{"value": 0.0}], 0.0)
    {'heights': [0.0], 'threshold_height': 0.0}
    """
    values = [p["value"] for p in points if p["value"] is not None]
    top = max([*values, threshold or 0.0, 0.0])
    if top <= 0:
        return {"heights": [0.0] * len(points), "threshold_height": 0.0}
    return {
        "heights": [
            round(100.0 * max(p["value"], 0.0) / top, 2)
            if p["value"] is not None
            else 0.0
            for p in points
        ],
        "threshold_height": round(100.0 * max(threshold or 0.0, 0.0) / top, 2),
    }
