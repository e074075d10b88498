# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from markupsafe import escape

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.fields import Command
from odoo.tests import HttpCase, tagged
from odoo.tools import mute_logger

from .common import PartyPortalCase

# Points of the three default criteria (politics 30, duties 50, party life 20).
POINTS = {"politics": "28", "duties": "45", "party_life": "18.5"}


class PartyPortalReviewCase(PartyPortalCase):
    """The reviews of this year of An and Bình (drafts); Cường has none."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.year = date.today().year
        Review = cls.env["party.evaluation"]
        cls.review_an = Review.create({"member_id": cls.member_an.id, "year": cls.year})
        cls.review_binh = Review.create(
            {"member_id": cls.member_binh.id, "year": cls.year}
        )

    def _post(self, review, lines, points, action="submit", comment="Tự đánh giá"):
        """Post the self-assessment form: ``points`` by criterion code on
        ``lines`` (any review's)."""
        data = {
            "csrf_token": self._csrf(),
            "review_id": review.id,
            "comment": comment,
            "action": action,
        }
        for line in lines:
            data[f"points_{line.id}"] = points[line.criterion_id.code]
        return self.url_open("/my/party/review/self-assessment", data=data)

    def _label(self, user, grade):
        """A grade's label as ``user`` reads it."""
        Review = self.env["party.evaluation"].with_context(lang=user.lang)
        field = Review._fields["self_grade"]
        return dict(field._description_selection(Review.env))[grade]

    def _refusal(self, user, exception, check):
        """The message of the model's own check ``check(env)`` in ``user``'s
        language, escaped as a page shows it."""
        env = self.env(context=dict(self.env.context, lang=user.lang))
        with self.assertRaises(exception) as caught, self.env.cr.savepoint():
            check(env)
        return str(escape(caught.exception.args[0]))

    def _snapshot(self, review):
        review.invalidate_recordset()
        return (
            review.state,
            review.self_comment,
            review.self_user_id,
            tuple(review.line_ids.mapped("self_score")),
        )


@tagged("post_install", "-at_install")
class TestPortalReview(PartyPortalReviewCase, HttpCase):
    """/my/party/review: the member's own self-assessment, through the rules
    of party_kpi, and nobody else's review."""

    def _backend_review(self, points):
        """The same points given from the backend by a member with an
        internal user, and submitted there."""
        employee = self._member_user_employee()
        member = self._official("Phạm Văn Dũng", employee_id=employee.id)
        review = self.env["party.evaluation"].create(
            {"member_id": member.id, "year": self.year}
        )
        review = review.with_user(self.user_member)
        review.write(
            {
                "line_ids": [
                    Command.update(
                        line.id, {"self_score": float(points[line.criterion_id.code])}
                    )
                    for line in review.line_ids
                ]
            }
        )
        review.action_self_assess()
        return review.sudo()

    def test_fill_and_submit(self):
        """The member's points and comment are saved and submitted: same
        totals and self grade as the backend gives for the same points."""
        self._login(self.portal_an)
        draft = self._post(
            self.review_an, self.review_an.line_ids, POINTS, action="save"
        )
        self.assertEqual(draft.status_code, 200)
        self.assertIn("o_party_review_saved", draft.text)
        self.assertEqual(self.review_an.state, "draft")
        self.assertEqual(self.review_an.self_total, 91.5)
        response = self._post(self.review_an, self.review_an.line_ids, POINTS)
        self.assertEqual(response.status_code, 200)
        self.assertIn("o_party_review_submitted", response.text)
        review = self.review_an
        review.invalidate_recordset()
        self.assertEqual(review.state, "self_assessed")
        self.assertEqual(review.self_user_id, self.portal_an)
        self.assertEqual(review.self_comment, "Tự đánh giá")
        backend = self._backend_review(POINTS)
        self.assertEqual(backend.state, "self_assessed")
        self.assertEqual(review.self_total, backend.self_total)
        self.assertEqual(review.self_grade, backend.self_grade)
        self.assertEqual(review.self_grade, "excellent")
        self.assertIn(self._label(self.portal_an, "excellent"), response.text)
        self.assertNotIn("o_party_review_form", response.text)

    def test_points_out_of_range_refused(self):
        """The criteria lines' own constraint refuses points above the
        maximum, with its message; nothing is written."""
        before = self._snapshot(self.review_an)
        self._login(self.portal_an)
        response = self._post(
            self.review_an,
            self.review_an.line_ids,
            dict(POINTS, politics="31"),
        )
        self.assertEqual(response.status_code, 200)
        politics = self.review_an.line_ids.filtered(
            lambda line: line.criterion_id.code == "politics"
        )
        message = self._refusal(
            self.portal_an,
            ValidationError,
            lambda env: politics.with_env(env).write({"self_score": 31}),
        )
        self.assertIn(message, response.text)
        self.assertEqual(self._snapshot(self.review_an), before)
        negative = self._post(
            self.review_an, self.review_an.line_ids, dict(POINTS, duties="-1")
        )
        self.assertIn("o_party_review_error", negative.text)
        duties = self.review_an.line_ids - politics
        duties = duties.filtered(lambda line: line.criterion_id.code == "duties")
        not_a_number = self._refusal(
            self.portal_an,
            UserError,
            lambda env: env["party.evaluation"]._portal_points(
                duties.with_env(env), "abc"
            ),
        )
        for text in ("abc", "nan", "inf"):
            response = self._post(
                self.review_an, self.review_an.line_ids, dict(POINTS, duties=text)
            )
            self.assertIn(not_a_number, response.text, text)
        self.assertEqual(self._snapshot(self.review_an), before)

    def test_submit_twice_refused(self):
        """A submitted self-assessment is settled for the member: a second
        post is refused by the review's step check and changes nothing."""
        self._login(self.portal_an)
        self._post(self.review_an, self.review_an.line_ids, POINTS)
        before = self._snapshot(self.review_an)
        self.assertEqual(before[0], "self_assessed")
        again = self._post(
            self.review_an,
            self.review_an.line_ids,
            dict(POINTS, politics="10"),
            comment="Sửa lại",
        )
        self.assertEqual(again.status_code, 200)
        message = self._refusal(
            self.portal_an,
            UserError,
            lambda env: self.review_an.with_env(env)._check_state(("draft",)),
        )
        self.assertIn(message, again.text)
        self.assertEqual(self._snapshot(self.review_an), before)

    def test_other_members_review_untouched(self):
        """Bình's review id or line ids in An's post: the same 404 as a
        missing review, and neither review changes."""
        before_an = self._snapshot(self.review_an)
        before_binh = self._snapshot(self.review_binh)
        self._login(self.portal_an)
        posts = [
            (self.review_binh, self.review_binh.line_ids),
            (self.review_an, self.review_binh.line_ids),
            (self.review_binh, self.review_an.line_ids),
            (self.review_an, self.review_an.line_ids | self.review_binh.line_ids[:1]),
        ]
        for review, lines in posts:
            response = self._post(review, lines, POINTS)
            self.assertEqual(response.status_code, 404)
        self.assertEqual(self._snapshot(self.review_an), before_an)
        self.assertEqual(self._snapshot(self.review_binh), before_binh)
        # Bình's review is on no page of An's.
        self.review_binh.self_comment = "Bình viết riêng"
        page = self.url_open("/my/party/review")
        self.assertNotIn("Bình viết riêng", page.text)
        self.assertNotIn(f'value="{self.review_binh.id}"', page.text)

    def test_post_without_csrf_refused(self):
        """The form is a POST with Odoo's CSRF token: without it, refused."""
        self._login(self.portal_an)
        data = {"review_id": self.review_an.id, "comment": "CSRF", "action": "submit"}
        with mute_logger("odoo.http"):
            response = self.url_open("/my/party/review/self-assessment", data=data)
        self.assertEqual(response.status_code, 400)
        self.assertEqual(self._snapshot(self.review_an)[:2], ("draft", False))

    @mute_logger("odoo.http")
    def test_portal_user_reaches_no_review_over_rpc(self):
        """JSON-RPC on reviews and their lines is refused to a portal
        member, their own included, and so is the portal method itself."""
        self._login(self.portal_an)
        for model in ("party.evaluation", "party.evaluation.line"):
            result, error = self._rpc(model, "search_read", [], fields=["id"])
            self.assertIsNone(result, model)
            self.assertIn("AccessError", error["data"]["name"], model)
        calls = [
            ("read", [self.review_binh.id], ["self_comment"]),
            ("write", [self.review_an.id], {"self_comment": "RPC"}),
            ("action_self_assess", [self.review_an.id]),
            ("action_send_review_deadline", [self.review_binh.id]),
            ("_portal_save_self_assessment", self.review_an.id, {}, "RPC"),
        ]
        for method, *args in calls:
            result, error = self._rpc("party.evaluation", method, *args)
            self.assertIsNone(result, method)
            self.assertIn("AccessError", error["data"]["name"], method)
        self.assertEqual(self.review_an.state, "draft")
        self.assertFalse(self.review_an.self_comment)

    def test_no_review_yet(self):
        """No review of the year: the page says who opens it, the entry on
        /my/party says it is not opened, and a post is a 404."""
        self._login(self.portal_cuong)
        page = self.url_open("/my/party/review")
        self.assertEqual(page.status_code, 200)
        self.assertIn("o_party_review_not_opened", page.text)
        self.assertNotIn("o_party_review_form", page.text)
        self.assertIn("o_party_review_badge_none", self.url_open("/my/party").text)
        response = self._post(self.review_binh, [], POINTS)
        self.assertEqual(response.status_code, 404)
        self._login(self.portal_customer)
        self.assertEqual(self.url_open("/my/party/review").status_code, 404)

    def test_levels_and_past_years(self):
        """After the cell's proposal and the approval the page shows both
        grades; a past year's review is read-only and cannot be posted."""
        self.review_an._set_points(75, self_total=92)
        self.review_an.action_self_assess()
        self.review_an.action_propose()
        self.review_an.proposal_comment = "Chi bộ đề nghị hoàn thành tốt"
        self._login(self.portal_an)
        self.assertIn("o_party_review_badge_proposed", self.url_open("/my/party").text)
        proposed = self.url_open("/my/party/review")
        self.assertIn("Chi bộ đề nghị hoàn thành tốt", proposed.text)
        self.assertIn("o_party_review_proposed_grade", proposed.text)
        self.assertNotIn("o_party_review_approved_grade", proposed.text)
        self.review_an.action_approve()
        approved = self.url_open("/my/party/review")
        self.assertIn("o_party_review_approved_grade", approved.text)
        good = self._label(self.portal_an, "good")
        self.assertIn(good, approved.text)
        self.assertIn(good, self.url_open("/my/party").text)
        past = self.env["party.evaluation"].create(
            {"member_id": self.member_an.id, "year": self.year - 1}
        )
        page = self.url_open(f"/my/party/review?year={self.year - 1}")
        self.assertEqual(page.status_code, 200)
        self.assertNotIn("o_party_review_form", page.text)
        before = self._snapshot(past)
        self.assertEqual(self._post(past, past.line_ids, POINTS).status_code, 404)
        self.assertEqual(self._snapshot(past), before)
        # Another member's year shows nothing of theirs.
        self.env["party.evaluation"].create(
            {"member_id": self.member_binh.id, "year": self.year - 2}
        )
        other = self.url_open(f"/my/party/review?year={self.year - 2}")
        self.assertIn("o_party_review_none", other.text)
        self.assertNotIn("o_party_review_self", other.text)


@tagged("post_install", "-at_install")
class TestPortalReviewDeadline(PartyPortalReviewCase):
    """The review deadline email: to the members whose self-assessment is
    pending, each in their language, from the company's address."""

    def _mails(self, reviews):
        return self.env["mail.mail"].search(
            [("model", "=", "party.evaluation"), ("res_id", "in", reviews.ids)]
        )

    def test_pending_members_in_their_language(self):
        for lang in ("vi_VN", "en_US"):
            self.env["res.lang"]._activate_lang(lang)
        template = self.env.ref("party_portal.mail_template_review_deadline")
        template.with_context(
            lang="vi_VN"
        ).subject = "Bản tự đánh giá năm {{ object.year }} đang chờ"
        self.portal_an.partner_id.lang = "vi_VN"
        self.portal_binh.partner_id.lang = "en_US"
        submitted = self.env["party.evaluation"].create(
            {"member_id": self.member_cuong.id, "year": self.year}
        )
        submitted.action_self_assess()
        # The test company only: the demo data has pending reviews of its own.
        sent = self.env["party.evaluation"]._portal_send_review_deadline(
            deadline=date(self.year, 12, 20), companies=self.company
        )
        self.assertEqual(sent, self.review_an | self.review_binh)
        mail_an = self._mails(self.review_an)
        mail_binh = self._mails(self.review_binh)
        self.assertEqual(len(mail_an), 1)
        self.assertEqual(mail_an.subject, f"Bản tự đánh giá năm {self.year} đang chờ")
        self.assertEqual(
            mail_binh.subject, f"Your self-assessment for {self.year} is awaited"
        )
        self.assertEqual(mail_an.recipient_ids, self.portal_an.partner_id)
        self.assertEqual(mail_binh.recipient_ids, self.portal_binh.partner_id)
        for mail in mail_an | mail_binh:
            self.assertEqual(mail.email_from, self.company.email_formatted)
            self.assertIn("/my/party/review", str(mail.body_html))
        self.assertIn(f"20/12/{self.year}", str(mail_an.body_html))
        self.assertIn(f"12/20/{self.year}", str(mail_binh.body_html))
        self.assertFalse(self._mails(submitted))

    def test_cron(self):
        """The scheduled reminder is off until the party office switches it
        on; when it runs, the pending members get the email."""
        cron = self.env.ref("party_portal.ir_cron_review_deadline")
        self.assertFalse(cron.active)
        cron.method_direct_trigger()
        self.assertEqual(len(self._mails(self.review_an | self.review_binh)), 2)

    def test_staff_action(self):
        """The party staff send it from the list of reviews; a plain member
        may not."""
        reviews = self.review_an | self.review_binh
        with self.assertRaises(AccessError):
            reviews.with_user(self.user_member).action_send_review_deadline()
        self.assertFalse(self._mails(reviews))
        self.review_binh.action_self_assess()
        result = reviews.with_user(self.user_office).action_send_review_deadline()
        self.assertEqual(result["params"]["type"], "success")
        self.assertEqual(len(self._mails(self.review_an)), 1)
        self.assertFalse(self._mails(self.review_binh))


@tagged("post_install", "-at_install")
class TestPortalReviewTour(PartyPortalReviewCase, HttpCase):
    """On a phone: the member fills and submits their self-assessment."""

    browser_size = "390x844"
    touch_enabled = True

    def test_tour_self_assessment(self):
        self.start_tour("/my/party", "party_portal_review", login=self.portal_an.login)
        review = self.review_an
        review.invalidate_recordset()
        self.assertEqual(review.state, "self_assessed")
        self.assertEqual(review.self_total, 91)
        self.assertEqual(review.self_grade, "excellent")
        self.assertEqual(review.self_comment, "Hoàn thành tốt nhiệm vụ được giao.")
