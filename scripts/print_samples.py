# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Download one sample of every party report from a running demo server, as
a user would (/report/pdf/...), and save the PDF and its first page as PNG.

Run by scripts/print_samples.sh: python print_samples.py URL DB OUT_DIR
"""

import subprocess
import sys
from pathlib import Path

import requests

# (file name, report name, model, domain, order): the first record found.
SAMPLES = [
    (
        "minutes",
        "party_docs.report_party_meeting_minutes",
        "party.meeting",
        [("state", "=", "held")],
        "date_start desc",
    ),
    (
        "party_document",
        "party_docs.report_party_document",
        "party.document",
        [
            ("state", "=", "issued"),
            ("direction", "=", "outgoing"),
            ("secrecy", "=", "normal"),
            ("type_id.abbreviation", "=", "NQ"),
        ],
        "date desc",
    ),
    (
        "member_review",
        "party_kpi.report_party_evaluation",
        "party.evaluation",
        [("state", "=", "approved")],
        "year desc, total desc",
    ),
    (
        "collective_review",
        "party_kpi.report_party_org_evaluation",
        "party.org.evaluation",
        [],
        "year desc",
    ),
    (
        "review_summary",
        "party_kpi.report_party_evaluation_summary",
        "party.org.evaluation",
        [],
        "year desc",
    ),
    (
        "party_card",
        "party_card.report_party_card",
        "party.card",
        [("state", "=", "issued")],
        "id",
    ),
    (
        "party_card_sheet",
        "party_card.report_party_card_sheet",
        "party.card",
        [("state", "=", "issued")],
        "id",
    ),
    (
        "member_form",
        "party_member_sheet.report_party_member_form",
        "party.member",
        [("state", "=", "official")],
        "id",
    ),
    (
        "fee_receipt",
        "party_fee.report_party_fee_receipt",
        "party.fee.line",
        [("receipt_number", "!=", False)],
        "month desc, id",
    ),
    (
        "badge_list",
        "party_badge.report_party_badge_award_list",
        "party.badge.award",
        [],
        "occasion_date desc, id",
    ),
]


class Client:
    def __init__(self, url, db):
        self.url = url.rstrip("/")
        self.session = requests.Session()
        self._json(
            "/web/session/authenticate",
            {"db": db, "login": "admin", "password": "admin"},
        )

    def _json(self, path, params):
        response = self.session.post(
            self.url + path,
            json={"jsonrpc": "2.0", "method": "call", "params": params},
            timeout=120,
        )
        response.raise_for_status()
        body = response.json()
        if body.get("error"):
            raise RuntimeError(body["error"]["data"]["message"])
        return body["result"]

    def call(self, model, method, *args, **kwargs):
        return self._json(
            "/web/dataset/call_kw",
            {"model": model, "method": method, "args": list(args), "kwargs": kwargs},
        )

    def pdf(self, report_name, ids):
        ids = ",".join(str(i) for i in ids)
        response = self.session.get(
            f"{self.url}/report/pdf/{report_name}/{ids}", timeout=300
        )
        response.raise_for_status()
        if not response.content.startswith(b"%PDF"):
            raise RuntimeError(f"{report_name}: not a PDF")
        return response.content


def main(url, db, out_dir):
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    client = Client(url, db)
    samples = list(SAMPLES)
    # The register is a wizard: one for the committee's outgoing documents.
    committee = client.call(
        "party.organization",
        "search",
        [("org_type", "=", "grassroots_committee")],
        limit=1,
    )
    if committee:
        register = client.call(
            "party.document.register",
            "create",
            {
                "organization_id": committee[0],
                "direction": "outgoing",
                "date_from": "2020-01-01",
            },
        )
        samples.append(
            (
                "document_register",
                "party_docs.report_party_document_register",
                None,
                register,
                None,
            )
        )
    # The fee book is a wizard too: the cell and month of the latest receipt.
    line = client.call(
        "party.fee.line",
        "search_read",
        [("receipt_number", "!=", False)],
        ["organization_id", "month"],
        limit=1,
        order="month desc, id",
    )
    if line:
        book = client.call(
            "party.fee.book",
            "create",
            {
                "organization_id": line[0]["organization_id"][0],
                "month": line[0]["month"],
            },
        )
        samples.append(
            ("fee_book", "party_fee.report_party_fee_book", None, book, None)
        )
    failed = 0
    for name, report_name, model, domain, order in samples:
        ids = (
            [domain]
            if model is None
            else client.call(model, "search", domain, limit=1, order=order)
        )
        if not ids:
            print(f"{name}: no record to print in {db}", file=sys.stderr)
            failed += 1
            continue
        pdf_path = out / f"{name}.pdf"
        pdf_path.write_bytes(client.pdf(report_name, ids))
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "60",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(pdf_path),
                str(out / name),
            ],
            check=True,
        )
        print(f"{pdf_path} and {name}.png")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
