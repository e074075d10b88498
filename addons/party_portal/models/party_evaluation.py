# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The member's annual review from the portal (Quy định 366-QĐ/TW).

Level 1, the self-assessment, is the member's: from the portal they give
their points on each criterion, a comment, and submit it to their cell.
Every write starts from ``party.portal._get_member()`` and the member's own
review of the year; the checks of party_kpi apply as the member
(``_check_party_line_write``, ``_party_allowed_fields``, ``_check_state``,
``_party_may_self_assess``, the points constraint) before anything is
written with ``sudo()`` and ``action_self_assess`` runs.
"""

import math

from odoo import api, fields, models
from odoo.exceptions import MissingError, UserError
from odoo.fields import Command

from odoo.addons.party_kpi.models.party_evaluation_rights import (
    SECRETARY,
    SELF_STATES,
)
from odoo.addons.party_member.engine.member_state import IN_PARTY_STATES

REVIEW_DEADLINE_TEMPLATE = "party_portal.mail_template_review_deadline"


class PartyEvaluation(models.Model):
    _inherit = "party.evaluation"

    # Reading
    @api.model
    def _portal_year(self):
        """The year whose review the portal opens for self-assessment."""
        return fields.Date.context_today(self).year

    @api.model
    def _portal_reviews(self, member):
        """All the reviews of ``member`` (sudo), newest year first."""
        if not member:
            return self.sudo().browse()
        return self.sudo().search([("member_id", "=", member.id)], order="year desc")

    @api.model
    def _portal_review(self, member, year=None):
        """The review of ``member`` for ``year`` (default this year), sudo;
        empty when the cell has not opened it."""
        year = year or self._portal_year()
        return self._portal_reviews(member).filtered(lambda r: r.year == year)[:1]

    # Writing: the member's self-assessment
    @api.model
    def _portal_save_self_assessment(self, review_id, points, comment, submit=False):
        """Save the logged-in member's points and comment on their review of
        this year, and submit it to their cell when ``submit``.

        ``review_id`` and the line ids in ``points`` ({line id: text}) come
        from the browser: anything not on the member's own review is refused
        as missing, and nothing is written. The points are checked by the
        criteria lines' constraint, the step and the author by the rules of
        party_kpi, run as the member."""
        member = self.env["party.portal"]._get_member()
        review = self._portal_review(member)
        if not review or review.id != review_id:
            raise MissingError(self.env._("This review does not exist."))
        lines = review.line_ids
        if set(points) - set(lines.ids):
            raise MissingError(self.env._("This review does not exist."))
        review._check_state(SELF_STATES)
        as_member = review.sudo(False)
        as_member._raise_party_refused(
            {"self_comment"} - as_member._party_allowed_fields()
        )
        for line in lines.sudo(False):
            line._check_party_line_write({"self_score"})
        values = {
            "self_comment": (comment or "").strip(),
            "line_ids": [
                Command.update(
                    line.id, {"self_score": self._portal_points(line, points[line.id])}
                )
                for line in lines
                if line.id in points
            ],
        }
        # The step and the member's right were checked above, as the member:
        # sudo only now; the points constraint of the lines still applies.
        with self.env.cr.savepoint():
            review.write(values)
            if submit:
                review.action_self_assess()
        return review

    @api.model
    def _portal_points(self, line, text):
        """The points typed for ``line`` as a number (empty: none)."""
        text = (text or "").strip().replace(",", ".")
        if not text:
            return 0.0
        try:
            value = float(text)
        except ValueError:
            value = math.nan
        if not math.isfinite(value):
            raise UserError(
                self.env._(
                    "The points of %(criterion)s must be a number "
                    "(Quy định 366-QĐ/TW).",
                    criterion=line.criterion_id.name,
                )
            )
        return value

    # Notifications: the review deadline
    @api.model
    def _portal_pending_self_assessments(self, year=None, companies=None):
        """The reviews of ``year`` (default this year) still waiting for the
        self-assessment of a member in the party who can receive an email."""
        domain = [("year", "=", year or self._portal_year())]
        if companies:
            domain.append(("company_id", "in", companies.ids))
        return self.sudo().search(domain)._portal_filter_pending()

    def _portal_filter_pending(self):
        """Those of these reviews (sudo) waiting for the self-assessment of a
        member in the party who can receive an email."""
        return self.sudo().filtered(
            lambda review: review.state in SELF_STATES
            and review.member_id.state in IN_PARTY_STATES
            and review._portal_recipient().email
        )

    def _portal_recipient(self):
        """Who receives the member's review notifications: the member's
        user, else the member's contact."""
        self.ensure_one()
        member = self.sudo().member_id
        return member.user_id.partner_id or member.partner_id

    def _portal_send_review_deadline_mail(self, deadline=None):
        """Email the members of these reviews (template "Review deadline",
        each in their language, from the company's address), ``deadline`` in
        the text when given. One batch."""
        if self:
            template = self.env.ref(REVIEW_DEADLINE_TEMPLATE).sudo()
            template.with_context(review_deadline=deadline).send_mail_batch(
                self.ids, email_layout_xmlid="mail.mail_notification_light"
            )
        return self

    @api.model
    def _portal_send_review_deadline(self, year=None, deadline=None, companies=None):
        """Email every member whose self-assessment of ``year`` is pending;
        return the reviews notified. Cron-friendly: one search, one batch."""
        pending = self._portal_pending_self_assessments(year, companies)
        return pending._portal_send_review_deadline_mail(deadline)

    @api.model
    def _cron_portal_review_deadline(self):
        """Scheduled action (off by default): remind the members whose
        self-assessment of this year is pending."""
        return self._portal_send_review_deadline()

    def action_send_review_deadline(self):
        """Staff: email the members of these reviews whose self-assessment
        is pending; the others are left out. Says how many were sent."""
        self._party_check_action("read", SECRETARY)
        sent = self._portal_filter_pending()._portal_send_review_deadline_mail()
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "success" if sent else "warning",
                "message": self.env._(
                    "Reminder emailed to %(count)s of %(total)s members: the "
                    "others have submitted their self-assessment, left the party "
                    "or have no email address.",
                    count=len(sent),
                    total=len(self),
                ),
            },
        }
