# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, tagged

from .docs_common import PartyPortalDocsCase

REQUEST_TYPE = "party_portal.mail_activity_type_member_request"


@tagged("post_install", "-at_install")
class TestPortalQuestions(PartyPortalDocsCase, HttpCase):
    """Ask the committee: a member's question reaches the secretary as a
    message and an activity; the answer comes back on the member's page."""

    def _ask(self, user, **data):
        self._login(user)
        csrf = self._csrf("/my/party/questions")
        return self.url_open(
            "/my/party/questions/ask", data={"csrf_token": csrf, **data}
        )

    def _questions(self, member):
        return self.env["party.member.question"].search([("member_id", "=", member.id)])

    def test_question_flow_end_to_end(self):
        response = self._ask(
            self.portal_an,
            target="cell",
            subject="Lịch sinh hoạt",
            message="Đề nghị chi bộ <b>đổi</b> lịch sinh hoạt.",
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("Your message was sent", response.text)
        question = self._questions(self.member_an)
        self.assertEqual(len(question), 1)
        self.assertEqual(question.organization_id, self.cell_1)
        self.assertEqual(question.state, "new")
        activity = question.activity_ids
        self.assertEqual(activity.user_id, self.user_secretary)
        self.assertEqual(activity.activity_type_id, self.env.ref(REQUEST_TYPE))
        self.assertIn("&lt;b&gt;đổi&lt;/b&gt;", str(activity.note))
        posted = question.message_ids.filtered(lambda m: m.message_type == "comment")
        self.assertEqual(posted.author_id, self.portal_an.partner_id)
        # The secretary answers in the backend.
        as_secretary = question.with_user(self.user_secretary)
        as_secretary.answer = "Chi bộ đồng ý, sinh hoạt ngày 5 hằng tháng."
        as_secretary.action_send_answer()
        self.assertEqual(question.state, "answered")
        self.assertEqual(question.answer_user_id, self.user_secretary)
        self.assertFalse(question.activity_ids)
        mail = self.env["mail.mail"].search(
            [("model", "=", question._name), ("res_id", "=", question.id)]
        )
        self.assertEqual(mail.recipient_ids, self.portal_an.partner_id)
        self.assertEqual(mail.email_from, self.company.email_formatted)
        self.assertIn("Lịch sinh hoạt", mail.subject)
        self.assertIn("/my/party/questions", str(mail.body_html))
        # The answer is on An's page, and nowhere on Bình's.
        page = self.url_open("/my/party/questions")
        self.assertIn("Chi bộ đồng ý, sinh hoạt ngày 5 hằng tháng.", page.text)
        self._login(self.portal_binh)
        page = self.url_open("/my/party/questions")
        self.assertEqual(page.status_code, 200)
        self.assertNotIn("Lịch sinh hoạt", page.text)
        self.assertNotIn("Chi bộ đồng ý", page.text)

    def test_question_to_the_committee(self):
        self._ask(
            self.portal_cuong, target="committee", subject="Đề xuất", message="Nội dung"
        )
        question = self._questions(self.member_cuong)
        self.assertEqual(question.organization_id, self.committee)
        self.assertTrue(question.activity_ids.user_id)

    def test_target_is_never_an_id(self):
        """An organisation id in the form is refused: nothing is created."""
        response = self._ask(
            self.portal_an, target=str(self.cell_2.id), subject="X", message="Y"
        )
        self.assertIn("Choose your cell or the committee", response.text)
        response = self._ask(self.portal_an, target="cell", subject=" ", message="Y")
        self.assertIn("Write a subject and your message.", response.text)
        self.assertFalse(self._questions(self.member_an))

    def test_secretary_of_another_cell_cannot_answer(self):
        """JSON-RPC of cell_2's secretary on cell_1's question: AccessError,
        nothing changed."""
        self._ask(self.portal_an, target="cell", subject="Hỏi", message="Nội dung")
        question = self._questions(self.member_an)
        self.authenticate(self.secretary_2.login, self.secretary_2.login)
        self._rpc_refused(
            "party.member.question", "write", [question.id], {"answer": "Không"}
        )
        self._rpc_refused("party.member.question", "action_send_answer", [question.id])
        question.invalidate_recordset()
        self.assertFalse(question.answer)
        self.assertEqual(question.state, "new")
        self.assertFalse(
            self.env["party.member.question"]
            .with_user(self.secretary_2)
            .search([("id", "=", question.id)])
        )

    def test_portal_user_reaches_nothing_over_rpc(self):
        self._ask(self.portal_an, target="cell", subject="Hỏi", message="Nội dung")
        question = self._questions(self.member_an)
        for method, args in (
            ("search_read", [[]]),
            ("read", [[question.id], ["message"]]),
            ("write", [[question.id], {"answer": "tự trả lời"}]),
            ("action_send_answer", [[question.id]]),
            (
                "create",
                [
                    {
                        "member_id": self.member_binh.id,
                        "organization_id": self.cell_1.id,
                        "company_id": self.company.id,
                        "subject": "Giả mạo",
                        "message": "Giả mạo",
                    }
                ],
            ),
        ):
            self._rpc_refused("party.member.question", method, *args)
        question.invalidate_recordset()
        self.assertEqual(question.state, "new")
        self.assertFalse(question.answer)
        self.assertFalse(self._questions(self.member_binh))

    def test_answered_question_stays_as_sent(self):
        self._ask(self.portal_an, target="cell", subject="Hỏi", message="Nội dung")
        question = self._questions(self.member_an).with_user(self.user_secretary)
        question.answer = "Trả lời"
        question.action_send_answer()
        with self.assertRaises(UserError):
            question.answer = "Sửa lại"
        self.assertEqual(question.answer, "Trả lời")

    def test_member_reads_own_question_in_backend(self):
        """An internal user who is a member reads only their own questions."""
        self._ask(self.portal_an, target="cell", subject="Hỏi", message="Nội dung")
        question = self._questions(self.member_an)
        Question = self.env["party.member.question"].with_user(self.user_member)
        self.assertFalse(Question.search([]))
        with self.assertRaises(AccessError):
            Question.browse(question.id).read(["message"])
