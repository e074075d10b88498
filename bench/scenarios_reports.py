# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""``reports_per_page``: every ``ir.actions.report`` of the suite, rendered
in one run for a realistic selection (bench/report_records.py), timed per
PDF page beside Odoo's employee CV (``hr_skills.action_report_employee_cv``)
printed for the same members' employees. Target: no report slower per page
than 3× the CV.

The runner's HTTP server serves the report CSS, so the pages are styled.
The CV baseline needs hr_skills, which scripts/bench.sh installs in the
bench database only; without it the figures print without a ratio.

Each print is set beside the CV twice: its time per page against the CV's
(20 employees, 20 pages), and its time against the CV's time at the same
page count (on the line through the CV of 1 and of 20 employees). A
wkhtmltopdf run costs 1.3 to 1.5 s before its first page (the CV of one
employee too), so a print of one or two pages is slow per page whatever its
template; the target (≤ 3×) is checked on the second ratio.

At ``--members 2000``, styled, 2026-12-05 (2 shared cores, load 5 to 6),
ms/page and × the CV's 143 ms/page: register 1364 (9.54, 1 page),
collective review 736 (5.15, 2 pages), QWeb card preview 481 (3.36,
4 pages), review summary 300 (2.10), fee book 228 (1.60), party document
174 (1.22), minutes 121 (0.84), receipt 119 (0.84), member form 2-HSĐV 105
(0.73), review form 103 (0.72), badge award list 95 (0.66), badge proposal
89 (0.62), card sheets (reportlab) 28 (0.19), single cards 1 (0.01).
Against the CV of as many pages: 0.73 to 1.13 (the card preview). Table
and notes: README, "Benchmarks".
"""

import io
import os
from pathlib import Path

from PyPDF2 import PdfReader

from .framework import Result, measure
from .report_records import CV_REPORT, build

MAX_RATIO = 3.0
# Set BENCH_PDF_DIR to keep each PDF printed (to look at the styled pages).
PDF_DIR = os.environ.get("BENCH_PDF_DIR")


def _suite_reports(env):
    """xmlid → report of every ir.actions.report of the party addons."""
    data = env["ir.model.data"].search(
        [("model", "=", "ir.actions.report"), ("module", "=like", "party\\_%")]
    )
    return {
        f"{row.module}.{row.name}": env["ir.actions.report"].browse(row.res_id)
        for row in data
    }


def _warm_up(env, report, records):
    """Compile the report's templates and fill the caches (HTML of one
    record, no wkhtmltopdf), as a running server has them after its first
    print: the timed print is not charged the QWeb compile."""
    env["ir.actions.report"]._render_qweb_html(report.report_name, records[:1].ids)


def _render(env, report, records):
    """(pages, seconds, queries) of ``report`` printed for ``records``."""
    _warm_up(env, report, records)
    env.invalidate_all()
    (pdf, _kind), seconds, queries = measure(
        env, report._render_qweb_pdf, report.report_name, records.ids
    )
    if PDF_DIR:
        name = f"{report.report_name}-{len(records)}.pdf"
        Path(PDF_DIR).mkdir(parents=True, exist_ok=True)
        (Path(PDF_DIR) / name).write_bytes(pdf)
    return len(PdfReader(io.BytesIO(pdf)).pages), seconds, queries


class CvBaseline:
    """The employee CV printed for every selected employee and for one: its
    time per page, and a line through both points (a run's fixed cost, then
    a cost a page) that gives the CV's time at any page count."""

    def __init__(self, env, employees):
        report = env.ref(CV_REPORT)
        self.pages, self.seconds, _q = _render(env, report, employees)
        self.one_pages, self.one_seconds, _q = _render(env, report, employees[:1])
        extra_pages = max(self.pages - self.one_pages, 1)
        self.per_extra_page = (self.seconds - self.one_seconds) / extra_pages
        self.count = len(employees)

    @property
    def per_page(self):
        return self.seconds / max(self.pages, 1)

    def at(self, pages):
        """Seconds of a CV print of ``pages`` pages."""
        return self.one_seconds + self.per_extra_page * (pages - self.one_pages)

    def lines(self):
        return [
            f"{CV_REPORT + f' ({count} employees)':<46} {count:>4} records "
            f"{pages:>4} pages "
            f"{seconds:7.2f} s {seconds / max(pages, 1) * 1000:6.0f} ms/page"
            for count, pages, seconds in (
                (self.count, self.pages, self.seconds),
                (1, self.one_pages, self.one_seconds),
            )
        ] + [
            f"  the CV's line: {self.one_seconds:.2f} s for its first page, "
            f"{self.per_extra_page * 1000:.0f} ms each further page"
        ]


def _line(name, count, pages, seconds, cv):
    text = (
        f"{name:<46} {count:>4} records {pages:>4} pages {seconds:7.2f} s "
        f"{seconds / max(pages, 1) * 1000:6.0f} ms/page"
    )
    if not cv:
        return text
    per_page = seconds / max(pages, 1) / cv.per_page
    same_pages = seconds / cv.at(pages)
    flag = "  OVER 3×" if same_pages > MAX_RATIO else ""
    return (
        f"{text}  ×{per_page:.2f} the CV's ms/page, "
        f"×{same_pages:.2f} the CV of {pages} pages{flag}"
    )


def reports_per_page(env, members):
    """Seconds per page of each suite report against the employee CV."""
    records, employees = build(env, members)
    reports = _suite_reports(env)
    figures = {}
    queries = 0
    for xmlid in sorted(reports):
        if not records.get(xmlid):
            continue
        pages, seconds, count = _render(env, reports[xmlid], records[xmlid])
        figures[xmlid] = (len(records[xmlid]), pages, seconds)
        queries += count
    cv = CvBaseline(env, employees) if employees else None
    details = cv.lines() if cv else []
    per_page = {xmlid: s / max(p, 1) for xmlid, (_n, p, s) in figures.items()}
    for xmlid in sorted(per_page, key=per_page.get, reverse=True):
        details.append(_line(xmlid, *figures[xmlid], cv))
    missing = sorted(set(reports) - set(figures))
    if missing:
        details.append(f"not measured (no records): {', '.join(missing)}")
    if not cv:
        worst = max(per_page, key=per_page.get)
        return Result(
            f"reports_per_page ({len(figures)} reports, {members} members)",
            per_page[worst],
            queries,
            note=(
                f"s/page of the slowest, {worst}; CV baseline skipped: hr_skills "
                "is not installed in this database (scripts/bench.sh installs "
                "it in the bench database only)"
            ),
            details=tuple(details),
        )
    # The target compares each print with the CV of as many pages: a print
    # of one or two pages pays a whole wkhtmltopdf run, as a CV of one does.
    matched = {x: s / cv.at(p) for x, (_n, p, s) in figures.items()}
    worst = max(matched, key=matched.get)
    _count, pages, seconds = figures[worst]
    raw_over = [x for x in per_page if per_page[x] > MAX_RATIO * cv.per_page]
    return Result(
        f"reports_per_page ({len(figures)} reports, {members} members)",
        seconds,
        queries,
        baseline=f"employee CV of {pages} pages",
        baseline_seconds=cv.at(pages),
        max_ratio=MAX_RATIO,
        note=(
            f"worst {worst}; over 3× the CV's ms/page of {cv.count} CVs: "
            + (
                ", ".join(f"{x} ({figures[x][1]} p.)" for x in raw_over)
                if raw_over
                else "none"
            )
        ),
        details=tuple(details),
    )


SCENARIOS = {"reports_per_page": reports_per_page}
