# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The one reminder engine of the suite.

Each addon registers its rules where their data lives: it extends
``_get_reminder_rules`` with ``{key: default delay}`` and adds a method
``_remind_<key>(today, delays)``. ``delays`` maps the id of each company
where the rule is on to its delay (``party.reminder.rule``); the method
returns ``[(record, organization, deadline, summary)]`` for those companies,
the summary a lazy translation (``LazyTranslate``) rendered in the language
of the user who gets the activity.

One cron runs every rule (in several committed calls when they take long:
see ``_cron_run``). There is one open activity per (rule, record):
running again never duplicates, and an open activity whose condition no
longer holds (fees paid, vote recorded, meeting held, rule switched off) is
marked done with a note.
"""

import logging
import time
from collections import defaultdict
from datetime import timedelta

from odoo import api, fields, models
from odoo.tools.translate import LazyGettext, LazyTranslate

# Texts are built as lazy translations and rendered in each recipient's
# language when the activity is written, not in the cron's language.
# pylint: disable=prefer-env-translation
_lt = LazyTranslate(__name__)
_logger = logging.getLogger(__name__)

# The day and the rules the cron has run that day ("2026-12-05:a,b"), and
# the seconds after which a call of the cron leaves the next rules to the next.
REMINDER_PROGRESS = "party_org.reminder_rules_done"
REMINDER_CALL_SECONDS = "party_org.reminder_call_seconds"
CLOSED_NOTE = _lt("Closed automatically: the reason for this reminder is gone.")


def month_end(day):
    """The last day of ``day``'s month: the deadline of monthly reminders."""
    return (day.replace(day=1) + timedelta(days=32)).replace(day=1) - timedelta(days=1)


class PartyReminder(models.AbstractModel):
    _name = "party.reminder"
    _description = "Party Reminders"

    @api.model
    def _get_reminder_rules(self):
        """Rule key → its default delay (``None`` when it has none). An addon
        adds its rules and a ``_remind_<key>`` method for each."""
        return {"term_ending": 90}

    @api.model
    def _cron_run(self):
        """Daily: run every rule of every company. Rules run one after the
        other until a call has taken ``party_org.reminder_call_seconds``
        (system parameter, default 30: a rule started then still ends
        within a cron worker's 120 s); the rest go to the next call with
        Odoo's cron progress, after a commit (at a million members, one rule
        opens 96,000 activities in over a minute: all of them in one
        transaction were past a cron worker's time limit). The rules done
        today are kept in ``party_org.reminder_rules_done``; once all are
        done, a new call runs the day's rules over again. Returns the new
        activities."""
        Param = self.env["ir.config_parameter"].sudo()
        today = fields.Date.context_today(self)
        day, _sep, done = (Param.get_param(REMINDER_PROGRESS) or "").partition(":")
        done = set(done.split(",")) if day == today.isoformat() and done else set()
        todo = [key for key in self._get_reminder_rules() if key not in done]
        if not todo:  # all done today: over again
            done, todo = set(), list(self._get_reminder_rules())
        budget = float(Param.get_param(REMINDER_CALL_SECONDS, 30))
        started = time.monotonic()
        activities = self.env["mail.activity"]
        for key in todo:
            activities |= self._run(today, [key])
            done.add(key)
            if time.monotonic() - started >= budget:
                break
        ran = [key for key in todo if key in done]
        Param.set_param(
            REMINDER_PROGRESS, f"{today.isoformat()}:{','.join(sorted(done))}"
        )
        self.env["ir.cron"]._notify_progress(
            done=len(ran), remaining=len(todo) - len(ran)
        )
        return activities

    @api.model
    def _run(self, today, rules=None):
        """Run ``rules`` (default all) on ``today``: open the missing
        activities and close those whose condition cleared. Returns the new
        activities."""
        keys = [key for key in self._get_reminder_rules() if not rules or key in rules]
        delays = self.env["party.reminder.rule"]._get_delays(keys)
        found = []
        for key in keys:
            if not delays[key]:
                continue
            for record, org, deadline, summary in getattr(self, f"_remind_{key}")(
                today, delays[key]
            ):
                found.append((key, record, org, deadline, summary))
        return self._sync(keys, found)

    # Rules of party_org
    def _remind_term_ending(self, today, delays):
        """A term ends within the delay (days) and no next term is recorded:
        prepare the congress (Điều lệ Đảng, Điều 13)."""
        horizon = today + timedelta(days=max(delays.values()))
        terms = self.env["party.term"].search(
            [
                ("company_id", "in", list(delays)),
                ("date_end", ">=", today),
                ("date_end", "<=", horizon),
            ]
        )
        # A next term already recorded: the congress is prepared.
        next_starts = defaultdict(list)
        for later in self.env["party.term"].search(
            [
                ("organization_id", "in", terms.organization_id.ids),
                ("date_start", ">", today),
            ]
        ):
            next_starts[later.organization_id.id].append(later.date_start)
        return [
            (
                term.organization_id,
                term.organization_id,
                term.date_end,
                _lt(
                    "Term %(term)s ends on %(date)s: prepare the congress",
                    term=term.display_name,
                    date=term.date_end.strftime("%d/%m/%Y"),
                ),
            )
            for term in terms
            if term.date_end <= today + timedelta(days=delays[term.company_id.id])
            and not any(
                start > term.date_end for start in next_starts[term.organization_id.id]
            )
        ]

    # Activities
    @api.model
    def _sync(self, keys, found):
        """Open one activity per (rule, record) of ``found`` not open yet,
        renew those still open whose deadline moved, close the open
        activities of ``keys`` not in ``found``."""
        Activity = self.env["mail.activity"].sudo()
        open_ = Activity.search([("party_warning_rule", "in", keys)])
        by_key = {(a.party_warning_rule, a.res_model, a.res_id): a for a in open_}
        wanted = {}
        for rule, record, org, deadline, summary in found:
            wanted.setdefault(
                (rule, record._name, record.id), (record, org, deadline, summary)
            )
        # Extra copies of one (rule, record), left by older versions, go too.
        copies = open_ - Activity.browse([a.id for a in by_key.values()])
        self._close(
            copies
            | open_.filtered(
                lambda a: (a.party_warning_rule, a.res_model, a.res_id) not in wanted
            )
        )
        self._renew(by_key, wanted)
        new = {key: row for key, row in wanted.items() if key not in by_key}
        return self._create(new)

    @api.model
    def _renew(self, by_key, wanted):
        """An open activity found again with another deadline (a new month,
        a new occasion) gets the new deadline and summary."""
        changes = defaultdict(list)
        for key, (_record, _org, deadline, summary) in wanted.items():
            activity = by_key.get(key)
            if activity and deadline and activity.date_deadline != deadline:
                text = self._in_lang(summary, activity.user_id.lang)
                changes[(deadline, text)].append(activity.id)
        Activity = self.env["mail.activity"].sudo()
        for (deadline, text), ids in changes.items():
            Activity.browse(ids).write({"date_deadline": deadline, "summary": text})

    @api.model
    def _create(self, new):
        if not new:
            return self.env["mail.activity"]
        activity_type = self.env.ref("party_org.mail_activity_type_party_reminder")
        Org = self.env["party.organization"]
        orgs = Org.browse({org.id for _record, org, *_rest in new.values() if org})
        users = orgs._party_responsible_users()
        # Records without an organisation (a transfer from outside): the office.
        companies = self.env["res.company"].browse(
            {
                record.company_id.id
                for record, org, *_rest in new.values()
                if not org and "company_id" in record._fields
            }
        )
        office = Org._party_office_users(companies)
        model_ids = {
            name: self.env["ir.model"]._get_id(name)
            for name in {record._name for record, *_rest in new.values()}
        }
        vals_list = []
        for (rule, model, res_id), (record, org, deadline, summary) in new.items():
            if org:
                user = users.get(org.id)
            else:
                user = office.get(record.company_id.id)
            if not user:
                _logger.info(
                    "Reminder %s on %s,%s: nobody responsible", rule, model, res_id
                )
                continue
            vals_list.append(
                {
                    "res_model_id": model_ids[model],
                    "res_id": res_id,
                    "activity_type_id": activity_type.id,
                    "summary": self._in_lang(summary, user.lang),
                    "date_deadline": deadline or fields.Date.context_today(self),
                    "user_id": user.id,
                    "party_warning_rule": rule,
                }
            )
        # mail.activity.create() subscribes the users with browse(res_ids):
        # a record twice in one batch would be subscribed twice (unique
        # violation), so a record's second reminder goes into a second wave.
        waves = defaultdict(list)
        occurrences = defaultdict(int)
        for vals in vals_list:
            key = (vals["res_model_id"], vals["res_id"])
            waves[occurrences[key]].append(vals)
            occurrences[key] += 1
        Activity = (
            self.env["mail.activity"]
            .sudo()
            .with_context(mail_activity_quick_update=True)
        )
        activities = Activity.browse()
        for wave in sorted(waves):
            activities |= Activity.create(waves[wave])
        return activities

    @api.model
    def _close(self, activities):
        """Mark ``activities`` done, the note in each assignee's language."""
        by_lang = defaultdict(lambda: activities.browse())
        for activity in activities:
            by_lang[activity.user_id.lang] |= activity
        for lang, batch in by_lang.items():
            batch._action_done(feedback=self._in_lang(CLOSED_NOTE, lang))

    @api.model
    def _in_lang(self, text, lang):
        """A lazy ``text`` translated into ``lang`` (the recipient's)."""
        if not isinstance(text, LazyGettext):
            return text
        return self.with_context(lang=lang or self.env.lang).env._(text)
