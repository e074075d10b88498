# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import threading
from datetime import date

from odoo.tests import TransactionCase, tagged

from ..engine.numbering import find_gaps
from ..tools.concurrency import cursor_env, issue_worker

DOCUMENTS = 24
WORKERS = 4


@tagged("post_install", "-at_install")
class TestConcurrentNumbering(TransactionCase):
    """Real cursors in threads, committed: the test cleans up after itself."""

    def _committed_env(self):
        return cursor_env(self.registry)

    def _setup_documents(self):
        env = self._committed_env()
        with env.cr:
            org = env["party.organization"].create(
                {
                    "name": "Đảng bộ thử nghiệm đồng thời",
                    "code": "ĐTĐT",
                    "org_type": "grassroots_committee",
                }
            )
            env["party.term"].create(
                {
                    "organization_id": org.id,
                    "date_start": date(2025, 1, 1),
                    "date_end": date(2029, 12, 31),
                }
            )
            docs = env["party.document"].create(
                [
                    {
                        "organization_id": org.id,
                        "type_id": env.ref("party_docs.document_type_nq").id,
                        "summary": f"Văn bản {i}",
                        "date": date(2025, 6, 1),
                        "secrecy": "secret" if i % 5 == 0 else "normal",
                        "place": "Hà Nội",
                        "signer_title": "Bí thư",
                        "signer_name": "Nguyễn Văn Hùng",
                        "body": "<p>Nội dung.</p>",
                        "recipient_external": "Lưu Văn phòng",
                    }
                    for i in range(DOCUMENTS)
                ]
            )
            docs.write({"state": "signed"})
            env.cr.commit()
            return org.id, docs.ids

    def _cleanup(self, org_id):
        env = self._committed_env()
        with env.cr:
            env["party.document"].search([("organization_id", "=", org_id)]).unlink()
            env["party.organization"].browse(org_id).unlink()
            env.cr.commit()

    def test_concurrent_issue_no_duplicate_no_gap(self):
        """Four workers issuing at once give numbers 1..N without duplicate or gap."""
        org_id, doc_ids = self._setup_documents()
        self.addCleanup(self._cleanup, org_id)
        retries, failures = [], []
        threads = [
            threading.Thread(
                target=issue_worker,
                args=(self.registry, doc_ids[i::WORKERS], retries, failures),
            )
            for i in range(WORKERS)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        self.assertEqual(failures, [])
        env = self._committed_env()
        with env.cr:
            docs = env["party.document"].browse(doc_ids)
            numbers = docs.mapped("number")
            self.assertEqual(set(docs.mapped("state")), {"issued"})
            self.assertEqual(find_gaps(numbers), ([], []))
            self.assertEqual(sorted(numbers), list(range(1, DOCUMENTS + 1)))
            self.assertEqual(len(set(docs.mapped("number_symbol"))), DOCUMENTS)
