# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from collections import defaultdict
from datetime import timedelta

from odoo import api, fields, models
from odoo.tools.translate import LazyGettext, LazyTranslate

from odoo.addons.party_member.engine.badge import next_occasion

from .party_kpi_measures import (
    ATTENDANCE_MODEL,
    FEE_LINE_MODEL,
    MEETING_MODEL,
)

# Warnings are built as lazy texts and rendered in each recipient's language
# when the activity is written, not in the cron's language.
# pylint: disable=prefer-env-translation
_lt = LazyTranslate(__name__)

PROBATION_NOTICE = timedelta(days=30)
TERM_NOTICE = timedelta(days=90)
UNPAID_MONTHS = 3
ABSENCES_IN_A_ROW = 2
CELL_TYPES = ("grassroots_cell", "cell")

# rule key → method returning [(record, deadline, summary)]; the summary is a
# lazy translation, written in the language of the user who gets the activity.
RULES = {
    "probation_ending": "_warn_probation_ending",
    "recognition_overdue": "_warn_recognition_overdue",
    "transfer_overdue": "_warn_transfer_overdue",
    "unpaid_fees": "_warn_unpaid_fees",
    "unexcused_absences": "_warn_unexcused_absences",
    "no_regular_meeting": "_warn_no_regular_meeting",
    "term_ending": "_warn_term_ending",
    "badge_due": "_warn_badge_due",
}


class PartyEarlyWarning(models.AbstractModel):
    """Rule-based early warnings, raised as activities on the record
    concerned and assigned to the secretary of its organisation. Each rule
    is a method returning ``[(record, deadline, summary)]``; rules on
    models of optional addons (transfers, fees, meetings, badges) do
    nothing when the model is absent. An open activity of a rule on a
    record is never duplicated."""

    _name = "party.early.warning"
    _description = "Party Early Warnings"

    @api.model
    def _cron_run(self):
        self._run(fields.Date.context_today(self))

    @api.model
    def _run(self, today, rules=None):
        """Raise the warnings of ``rules`` (default all); return the new activities."""
        found = []
        for rule in rules or RULES:
            for record, deadline, summary in getattr(self, RULES[rule])(today):
                found.append((rule, record, deadline, summary))
        return self._create_activities(found)

    # Rules
    def _warn_probation_ending(self, today):
        members = self.env["party.member"].search(
            [
                ("state", "=", "probationary"),
                ("probation_end_date", ">=", today),
                ("probation_end_date", "<=", today + PROBATION_NOTICE),
            ]
        )
        return [
            (
                m,
                m.probation_end_date,
                _lt(
                    "Probation ends on %(date)s: prepare the recognition vote",
                    date=m.probation_end_date.strftime("%d/%m/%Y"),
                ),
            )
            for m in members
        ]

    def _warn_recognition_overdue(self, today):
        """No vote 30 working days after the end of probation, the company's
        holidays counted (Quy định 294-QĐ/TW, point 4.2); a case escalated to
        the committee above waits for that committee."""
        members = self.env["party.member"].search(
            [
                ("state", "=", "probationary"),
                ("recognition_escalated", "=", False),
                # 30 working days are at least 30 calendar days.
                ("probation_end_date", "<", today - timedelta(days=30)),
            ]
        )
        members = members.filtered(lambda m: m.recognition_vote_deadline < today)
        return [
            (
                m,
                today,
                _lt(
                    "Recognition vote overdue: probation ended on %(date)s",
                    date=m.probation_end_date.strftime("%d/%m/%Y"),
                ),
            )
            for m in members
        ]

    def _warn_transfer_overdue(self, today):
        if "party.transfer" not in self.env:
            return []
        Transfer = self.env["party.transfer"]
        deadline_fields = [
            f
            for f in ("transfer_deadline", "referral_deadline")
            if f in Transfer._fields
        ]
        if not deadline_fields:
            return []
        domain = (
            [("state", "=", "draft")]
            + ["|"] * (len(deadline_fields) - 1)
            + [(f, "<", today) for f in deadline_fields]
        )
        return [
            (t, today, _lt("Transfer overdue: %(name)s", name=t.display_name))
            for t in Transfer.search(domain)
        ]

    def _warn_unpaid_fees(self, today):
        if not self.env["party.kpi.measure"]._has_fields(
            FEE_LINE_MODEL, "member_id", "month", "state"
        ):
            return []
        groups = self.env[FEE_LINE_MODEL]._read_group(
            [
                ("month", ">=", today.replace(month=1, day=1)),
                ("month", "<", today.replace(day=1)),
                ("state", "!=", "paid"),
            ],
            ["member_id"],
            ["__count"],
        )
        return [
            (
                member,
                today,
                _lt("%(count)s unpaid fee months this year", count=count),
            )
            for member, count in groups
            if member and count >= UNPAID_MONTHS
        ]

    def _warn_unexcused_absences(self, today):
        Value = self.env["party.kpi.measure"]
        if not Value._has_fields(ATTENDANCE_MODEL, "meeting_id", "member_id", "state"):
            return []
        meetings = self.env[MEETING_MODEL].search(
            Value._meeting_domain(today - timedelta(days=183), today)
        )
        date_field = Value._meeting_date_field()
        order = {m.id: m[date_field] for m in meetings}
        rows = self.env[ATTENDANCE_MODEL].search_read(
            [("meeting_id", "in", meetings.ids)], ["meeting_id", "member_id", "state"]
        )
        by_member = defaultdict(list)
        for row in rows:
            if row["member_id"]:
                by_member[row["member_id"][0]].append(
                    (order[row["meeting_id"][0]], row["state"])
                )
        flagged = [
            member_id
            for member_id, marks in by_member.items()
            if len(marks) >= ABSENCES_IN_A_ROW
            and all(
                state == "unexcused"
                for _d, state in sorted(marks, reverse=True)[:ABSENCES_IN_A_ROW]
            )
        ]
        return [
            (m, today, _lt("Absent without excuse from the last two meetings"))
            for m in self.env["party.member"].browse(flagged)
        ]

    def _warn_no_regular_meeting(self, today):
        Value = self.env["party.kpi.measure"]
        if not Value._has_fields(MEETING_MODEL, "organization_id", "kind", "state"):
            return []
        start = today.replace(day=1)
        end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        groups = self.env[MEETING_MODEL]._read_group(
            Value._meeting_period_domain(start, end)
            + [("kind", "=", "regular"), ("state", "!=", "cancel")],
            ["organization_id"],
        )
        with_meeting = {org.id for (org,) in groups}
        cells = self.env["party.organization"].search([("org_type", "in", CELL_TYPES)])
        return [
            (cell, end, _lt("No regular meeting planned or held this month"))
            for cell in cells
            if cell.id not in with_meeting
        ]

    def _warn_term_ending(self, today):
        terms = self.env["party.term"].search(
            [("date_end", ">=", today), ("date_end", "<=", today + TERM_NOTICE)]
        )
        return [
            (
                t.organization_id,
                t.date_end,
                _lt(
                    "Term %(term)s ends on %(date)s: prepare the congress",
                    term=t.display_name,
                    date=t.date_end.strftime("%d/%m/%Y"),
                ),
            )
            for t in terms
        ]

    def _warn_badge_due(self, today):
        if "party.badge.award" not in self.env or not hasattr(
            self.env["party.badge.award"], "_get_eligible"
        ):
            return []
        Award = self.env["party.badge.award"]
        occasion = next_occasion(today, Award._get_badge_rules().occasions)
        eligible = Award._get_eligible(occasion)
        members = self.env["party.member"].browse([row[0] for row in eligible])
        milestones = {row[0]: row[2] for row in eligible}
        return [
            (
                m,
                occasion,
                _lt(
                    "%(years)s-year badge due on %(date)s",
                    years=milestones[m.id],
                    date=occasion.strftime("%d/%m/%Y"),
                ),
            )
            for m in members
        ]

    # Activities
    @api.model
    def _create_activities(self, found):
        if not found:
            return self.env["mail.activity"]
        Activity = self.env["mail.activity"].sudo()
        existing = Activity.search_read(
            [("party_warning_rule", "in", list({rule for rule, *_rest in found}))],
            ["party_warning_rule", "res_model", "res_id"],
        )
        seen = {
            (a["party_warning_rule"], a["res_model"], a["res_id"]) for a in existing
        }
        activity_type = self.env.ref("party_kpi.mail_activity_type_party_warning")
        models_ = {record._name for _rule, record, *_r in found}
        model_ids = {name: self.env["ir.model"]._get_id(name) for name in models_}
        users = self._responsible_users([record for _rule, record, *_r in found])
        langs = self._user_langs(set(users.values()) | {self.env.uid})
        vals_list = []
        for rule, record, deadline, summary in found:
            key = (rule, record._name, record.id)
            if key in seen:
                continue
            seen.add(key)
            user_id = users.get((record._name, record.id)) or self.env.uid
            vals_list.append(
                {
                    "res_model_id": model_ids[record._name],
                    "res_id": record.id,
                    "activity_type_id": activity_type.id,
                    "summary": self._in_lang(summary, langs.get(user_id)),
                    "date_deadline": deadline,
                    "user_id": user_id,
                    "party_warning_rule": rule,
                }
            )
        # mail.activity.create() subscribes the users with browse(res_ids):
        # a record twice in one batch would be subscribed twice (unique
        # violation), so a record's second warning goes into a second wave.
        waves = defaultdict(list)
        occurrences = defaultdict(int)
        for vals in vals_list:
            key = (vals["res_model_id"], vals["res_id"])
            waves[occurrences[key]].append(vals)
            occurrences[key] += 1
        Activity = Activity.with_context(mail_activity_quick_update=True)
        activities = Activity.browse()
        for wave in sorted(waves):
            activities |= Activity.create(waves[wave])
        return activities

    @api.model
    def _user_langs(self, user_ids):
        """user id → the language the user reads Odoo in."""
        users = self.env["res.users"].sudo().browse([u for u in user_ids if u])
        return {user.id: user.lang for user in users}

    @api.model
    def _in_lang(self, summary, lang):
        """A lazy summary translated into ``lang`` (the recipient's)."""
        if not isinstance(summary, LazyGettext):
            return summary
        return self.with_context(lang=lang or self.env.lang).env._(summary)

    @api.model
    def _responsible_users(self, records):
        """(model, id) → the user of the secretary of the record's organisation."""
        org_of = {}
        for record in records:
            org = (
                record
                if record._name == "party.organization"
                else record["organization_id"]
                if "organization_id" in record._fields
                else False
            )
            org_of[(record._name, record.id)] = org
        orgs = self.env["party.organization"].browse(
            {o.id for o in org_of.values() if o}
        )
        secretary_user = {org.id: org.secretary_id.user_id.id for org in orgs}
        return {
            key: secretary_user.get(org.id) if org else False
            for key, org in org_of.items()
        }
