# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""/my/party/questions: the member asks their cell or committee and reads
the answers. Only the member's own questions are listed; the target is
chosen among the member's own cell and committee, never an id."""

from odoo import http
from odoo.exceptions import UserError
from odoo.http import request

from odoo.addons.portal.controllers.portal import pager as portal_pager

from .portal import PartyPortal, readonly_unless_sent

# Questions a page shows (the older ones on the next pages).
PAGE_SIZE = 20


class PartyPortalQuestions(PartyPortal):
    def _party_render_questions(self, member, page=1, **values):
        Question = request.env["party.member.question"]
        pager = portal_pager(
            url="/my/party/questions",
            total=Question._portal_question_count(member),
            page=page,
            step=PAGE_SIZE,
        )
        return self._party_render(
            "party_portal.portal_my_party_questions",
            member,
            "party_questions",
            questions=Question._portal_questions(
                member, limit=PAGE_SIZE, offset=pager["offset"]
            ),
            committee=Question._portal_target_organization(member, "committee"),
            pager=pager,
            **values,
        )

    @http.route(
        ["/my/party/questions", "/my/party/questions/page/<int:page>"],
        type="http",
        auth="user",
        methods=["GET"],
        website=True,
        readonly=readonly_unless_sent,
    )
    def portal_my_party_questions(self, page=1, sent=None, **kwargs):
        member = self._party_member()
        return self._party_render_questions(member, page, question_sent=bool(sent))

    @http.route(
        "/my/party/questions/ask",
        type="http",
        auth="user",
        methods=["POST"],
        website=True,
    )
    def portal_my_party_ask(self, target="cell", subject="", message="", **kwargs):
        member = self._party_member()
        try:
            request.env["party.member.question"]._portal_ask(target, subject, message)
        except UserError as error:
            return self._party_render_questions(
                member,
                question_error=error.args[0],
                question_values={
                    "target": target,
                    "subject": subject,
                    "message": message,
                },
            )
        return request.redirect("/my/party/questions?sent=1")
