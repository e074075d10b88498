# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Ask the committee: a member's question or proposal to their cell or to
the grassroots committee, and the answer of its secretary.

Members create them from the portal only (``_portal_ask``, which takes the
member from the session); the secretary of the organisation answers in the
backend (``action_send_answer``, checked by the record rules of their scope).
"""

from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import plaintext2html
from odoo.tools.translate import LazyTranslate

# Lazy texts rendered in the recipient's language (party.portal._request_staff).
# pylint: disable=prefer-env-translation
_lt = LazyTranslate(__name__)

SECRETARY_GROUP = "party_org.group_party_secretary"
ANSWERED_TEMPLATE = "party_portal.mail_template_question_answered"
QUESTION_SUMMARY = _lt("Question of a member to answer")
STATES = [("new", "New"), ("answered", "Answered")]
TARGETS = ("cell", "committee")
SUBJECT_MAX = 200
MESSAGE_MAX = 4000


class PartyMemberQuestion(models.Model):
    _name = "party.member.question"
    _description = "Question of a Member to the Committee"
    _inherit = ["mail.thread", "mail.activity.mixin", "party.protected.mixin"]
    _order = "create_date desc, id desc"
    _rec_name = "subject"
    _check_company_auto = True

    member_id = fields.Many2one(
        "party.member", required=True, readonly=True, index=True, ondelete="cascade"
    )
    organization_id = fields.Many2one(
        "party.organization",
        string="Addressed To",
        required=True,
        readonly=True,
        index=True,
        help="The member's cell or the grassroots committee.",
    )
    company_id = fields.Many2one(
        "res.company", required=True, readonly=True, index=True
    )
    subject = fields.Char(required=True, readonly=True)
    message = fields.Text(required=True, readonly=True)
    answer = fields.Text(tracking=True)
    answer_date = fields.Datetime(readonly=True, copy=False)
    answer_user_id = fields.Many2one(
        "res.users", string="Answered By", readonly=True, copy=False
    )
    state = fields.Selection(
        STATES,
        string="Status",
        default="new",
        required=True,
        readonly=True,
        tracking=True,
        index=True,
    )

    def write(self, vals):
        if (
            "answer" in vals
            and not self.env.su
            and self.filtered(lambda q: q.state == "answered")
        ):
            raise UserError(self.env._("This question is already answered."))
        return super().write(vals)

    # Staff

    def action_send_answer(self):
        """The secretary of the organisation sends the answer to the member:
        the question is answered, the answer posted, the request closed."""
        self._party_check_action("write", SECRETARY_GROUP)
        for question in self:
            if question.state == "answered":
                raise UserError(self.env._("This question is already answered."))
            if not (question.answer or "").strip():
                raise UserError(
                    self.env._(
                        "Write the answer first: the member is entitled to an "
                        "answer (Điều lệ Đảng, Điều 3)."
                    )
                )
        self.sudo().write(
            {
                "state": "answered",
                "answer_date": fields.Datetime.now(),
                "answer_user_id": self.env.uid,
            }
        )
        for question in self:
            question.message_post(
                body=Markup("%s<br/>%s")
                % (
                    self.env._("Answer sent to the member:"),
                    plaintext2html(question.answer),
                ),
                message_type="comment",
                subtype_xmlid="mail.mt_note",
            )
        self.sudo().activity_feedback(
            ["party_portal.mail_activity_type_member_request"]
        )
        self._send_answered_mail()
        return True

    def _send_answered_mail(self):
        """Tell the members their question was answered: the template's mail
        from the company's address, in the member's language."""
        questions = self.sudo().filtered(lambda q: q.member_id.user_id.email)
        if questions:
            self.env.ref(ANSWERED_TEMPLATE).sudo().send_mail_batch(questions.ids)

    # Member (portal)

    @api.model
    def _portal_target_organization(self, member, target):
        """The member's cell, or the grassroots committee above it."""
        if target == "committee":
            return member.organization_id.sudo()._get_grassroots()
        return member.organization_id

    @api.model
    def _portal_ask(self, target, subject, message):
        """The logged-in member sends a question or proposal to their cell or
        committee: it arrives as a message with a "Member Request" activity
        for its secretary. Returns the question."""
        portal = self.env["party.portal"]
        member = portal._get_member()
        if not member:
            raise UserError(self.env._("Your user is not linked to a party member."))
        if target not in TARGETS:
            raise UserError(
                self.env._(
                    "Choose your cell or the committee: a member questions and "
                    "proposes within their own organisation (Điều lệ Đảng, "
                    "Điều 3)."
                )
            )
        subject = (subject or "").strip()[:SUBJECT_MAX]
        message = (message or "").strip()[:MESSAGE_MAX]
        if not subject or not message:
            raise UserError(self.env._("Write a subject and your message."))
        organization = self._portal_target_organization(member, target)
        if not organization:
            raise UserError(self.env._("Your cell has no committee above it."))
        secretary = portal._secretary_user(organization)
        if not secretary:
            # Refused before anything is written: the request is not lost.
            portal._request_staff(self.browse(), secretary, QUESTION_SUMMARY, "")
        question = (
            self.sudo()
            .with_context(mail_create_nosubscribe=True, mail_create_nolog=True)
            .create(
                {
                    "member_id": member.id,
                    "organization_id": organization.id,
                    "company_id": member.company_id.id,
                    "subject": subject,
                    "message": message,
                }
            )
        )
        question.message_post(
            body=plaintext2html(message),
            subject=subject,
            author_id=member.user_id.partner_id.id or member.partner_id.id,
            message_type="comment",
            subtype_xmlid="mail.mt_note",
        )
        portal._request_staff(
            question,
            secretary,
            QUESTION_SUMMARY,
            f"{subject}\n\n{message}",
        )
        return question

    @api.model
    def _portal_questions(self, member, limit=None, offset=0):
        """The member's own questions, newest first (sudo)."""
        if not member:
            return self.browse()
        return self.sudo().search(
            [("member_id", "=", member.id)], limit=limit, offset=offset
        )

    @api.model
    def _portal_question_count(self, member):
        if not member:
            return 0
        return self.sudo().search_count([("member_id", "=", member.id)])
