# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""/my/party/review: the member's annual review (Quy định 366-QĐ/TW).

The member fills their self-assessment of this year and submits it to their
cell; earlier years are read-only. Every review is found from the member
(``_party_member()``), never from an id the browser sent: a year the member
has no review for shows the "not opened" message, a review or line id not
the member's gets a 404 and nothing is written.
"""

from werkzeug.exceptions import NotFound

from odoo import http
from odoo.exceptions import MissingError, UserError
from odoo.http import request

from .portal import PartyPortal, readonly_unless_sent

POINTS_PREFIX = "points_"


class PartyPortalReview(PartyPortal):
    def _party_review_values(self, member, year=None):
        Review = request.env["party.evaluation"]
        this_year = Review._portal_year()
        reviews = Review._portal_reviews(member)
        year = year or this_year
        return {
            "review_year": year,
            "review_this_year": this_year,
            "review": reviews.filtered(lambda r: r.year == year)[:1],
            "review_years": reviews.filtered(lambda r: r.year != this_year),
        }

    @http.route(
        "/my/party/review",
        type="http",
        auth="user",
        methods=["GET"],
        website=True,
        readonly=readonly_unless_sent,
    )
    def portal_my_party_review(self, year=None, sent=None, **kwargs):
        member = self._party_member()
        try:
            year = int(year) if year else None
        except ValueError:
            raise NotFound() from None
        values = self._party_review_values(member, year)
        return self._party_render(
            "party_portal.portal_my_party_review",
            member,
            "party_review",
            review_sent=sent,
            **values,
        )

    @http.route(
        "/my/party/review/self-assessment",
        type="http",
        auth="user",
        methods=["POST"],
        website=True,
    )
    def portal_my_party_review_save(self, review_id="", comment="", **post):
        member = self._party_member()
        try:
            review_id = int(review_id)
            points = {
                int(key[len(POINTS_PREFIX) :]): value
                for key, value in post.items()
                if key.startswith(POINTS_PREFIX)
            }
        except ValueError:
            raise NotFound() from None
        submit = post.get("action") == "submit"
        try:
            request.env["party.evaluation"]._portal_save_self_assessment(
                review_id, points, comment, submit=submit
            )
        except MissingError:
            raise NotFound() from None
        except UserError as error:
            values = self._party_review_values(member)
            return self._party_render(
                "party_portal.portal_my_party_review",
                member,
                "party_review",
                review_error=error.args[0],
                review_points=points,
                review_comment=comment,
                **values,
            )
        sent = "submitted" if submit else "saved"
        return request.redirect(f"/my/party/review?sent={sent}")
