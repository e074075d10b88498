# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""/my/party: the member's own pages (phone first).

Every page starts from ``party.portal._get_member()``, the logged-in user's
own record: a user without one gets a 404, the same page whatever the
reason, so no route tells whether someone is a party member. Pages of other
addons of the suite extend ``PartyPortal`` and call ``_party_member()`` and
``_party_render()``.
"""

from werkzeug.exceptions import NotFound

from odoo import http
from odoo.exceptions import UserError
from odoo.http import request

from odoo.addons.portal.controllers.portal import CustomerPortal


def readonly_unless_sent(controller):
    """``readonly`` of a page that a form redirects to with ``?sent=``: on
    the read replica, except right after the member's own write, when the
    page reads the primary so it shows what was just written."""
    return not request.httprequest.args.get("sent")


class PartyPortal(CustomerPortal):
    def _prepare_home_portal_values(self, counters):
        values = super()._prepare_home_portal_values(counters)
        if "party_count" in counters:
            values["party_count"] = len(request.env["party.portal"]._get_member())
        return values

    def _party_member(self):
        """The logged-in member (sudo), or a 404."""
        member = request.env["party.portal"]._get_member()
        if not member:
            raise NotFound()
        return member

    def _party_render(self, template, member, page_name, **values):
        values.update(
            self._prepare_portal_layout_values(),
            member=member,
            page_name=page_name,
        )
        return request.render(template, values)

    @http.route(
        "/my/party",
        type="http",
        auth="user",
        methods=["GET"],
        website=True,
        readonly=True,
    )
    def portal_my_party(self, **kwargs):
        member = self._party_member()
        return self._party_render("party_portal.portal_my_party", member, "party")

    @http.route(
        "/my/party/record",
        type="http",
        auth="user",
        methods=["GET"],
        website=True,
        readonly=readonly_unless_sent,
    )
    def portal_my_party_record(self, sent=None, **kwargs):
        member = self._party_member()
        return self._party_render(
            "party_portal.portal_my_party_record",
            member,
            "party_record",
            correction_sent=bool(sent),
        )

    @http.route(
        "/my/party/record/correction",
        type="http",
        auth="user",
        methods=["POST"],
        website=True,
    )
    def portal_my_party_correction(self, message="", **kwargs):
        member = self._party_member()
        try:
            member._portal_request_correction(message)
        except UserError as error:
            return self._party_render(
                "party_portal.portal_my_party_record",
                member,
                "party_record",
                correction_error=error.args[0],
                correction_message=message,
            )
        return request.redirect("/my/party/record?sent=1")
