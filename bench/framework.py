# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""What a benchmark scenario returns, and how it is timed and printed."""

import math
import time
from dataclasses import dataclass


@dataclass
class Result:
    """One scenario: the measured figure beside its baseline of the same run.

    ``max_ratio`` (measured / baseline) or ``max_seconds`` is the target;
    ``details`` are printed under the line (one figure per report, say).
    """

    name: str
    seconds: float
    queries: int = 0
    baseline: str = ""
    baseline_seconds: float = 0.0
    max_ratio: float = 0.0
    max_seconds: float = 0.0
    note: str = ""
    details: tuple = ()

    @property
    def ratio(self):
        return self.seconds / self.baseline_seconds if self.baseline_seconds else 0.0

    @property
    def ok(self):
        if self.max_ratio and self.ratio > self.max_ratio:
            return False
        return not (self.max_seconds and self.seconds > self.max_seconds)

    def line(self):
        parts = [f"{self.name:<34} {self.seconds:8.3f} s  {self.queries:>7} queries"]
        if self.baseline:
            parts.append(
                f"vs {self.baseline} {self.baseline_seconds:.3f} s"
                f" = ratio {self.ratio:.2f}"
            )
            if self.max_ratio:
                parts.append(f"(target ≤ {self.max_ratio})")
        if self.max_seconds:
            parts.append(f"(target ≤ {self.max_seconds} s)")
        if self.note:
            parts.append(self.note)
        parts.append("OK" if self.ok else "OVER TARGET")
        return "\n      ".join(["  ".join(parts), *self.details])


def measure(env, func, *args, **kwargs):
    """Run ``func`` and flush; return (result, seconds, queries)."""
    env.flush_all()
    queries = env.cr.sql_log_count
    start = time.perf_counter()
    value = func(*args, **kwargs)
    env.flush_all()
    return value, time.perf_counter() - start, env.cr.sql_log_count - queries


def growth_table(names, sizes, results):
    """A Markdown table: each scenario's seconds at each size, and the
    factor its time grows by for 10 times the members (1 = constant, 10 =
    linear), from the smallest to the largest size."""
    header = ["Scenario", *(f"{size:,} members" for size in sizes), "× per 10×"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for name in names:
        times = [results[name, size].seconds for size in sizes]
        decades = math.log10(sizes[-1] / sizes[0]) if sizes[-1] > sizes[0] else 0
        growth = (times[-1] / times[0]) ** (1 / decades) if decades and times[0] else 0
        cells = [f"{t:.3f} s" for t in times]
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {growth:.1f} |")
    return "\n".join(lines)
