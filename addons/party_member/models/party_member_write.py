# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""party.member.write.mixin: what every create, write and unlink of a member
goes through.

Text arrives normalised (Unicode NFC, identifiers without spaces); the
employee link, the archive flag and the history dates are set by the party
office only; a write or unlink that changes whose party scope a member feeds
forgets the cached scopes, and one that changes what the timeline reads
replays the membership periods. Mixed into ``party.member`` below the privacy
and history mixins (see party_member.py), so the access log wraps it.
"""

from odoo import api, models
from odoo.exceptions import AccessError

from ..engine import identity
from ..engine.member_state import IN_PARTY_STATES

PARTY_OFFICE = "party_org.group_party_office"
# Dates the history derives (admission and recognition events): set by the
# party office on a record without history, then only through a correction.
HISTORY_DATE_FIELDS = frozenset(
    {"admission_decision_date", "admission_date", "official_date"}
)
# Fields that decide whose party scope the record feeds (res_users.py): the
# employee gives the user; only the party office links them.
OFFICE_LINK_FIELDS = frozenset({"employee_id", "active"})
# Fields whose change may change a party scope (see _party_scope_facts).
SCOPE_FIELDS = frozenset({"organization_id", "user_id", "employee_id", "active"})
# What the membership timeline reads besides the history.
TIMELINE_FIELDS = frozenset({"official_date", "organization_id", "company_id"})


class PartyMemberWriteMixin(models.AbstractModel):
    _name = "party.member.write.mixin"
    _description = "Party Member Write Rules"

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._normalize_vals(vals)
            # Empty values and the default "active" change nothing.
            self._check_office_fields(
                {k: v for k, v in vals.items() if v and k != "active"}
            )
        return super().create(vals_list)

    def write(self, vals):
        self._normalize_vals(vals)
        self._check_office_fields(
            {
                k: v
                for k, v in vals.items()
                if k != "active" or any(m.active != bool(v) for m in self)
            }
        )
        if not self.env.su and HISTORY_DATE_FIELDS & set(vals):
            self._check_no_history()
        scope_before = self._party_scope_facts() if SCOPE_FIELDS & set(vals) else None
        res = super().write(vals)
        if scope_before is not None:
            self._party_scope_refresh(scope_before)
        if TIMELINE_FIELDS & set(vals):
            self.env["party.membership.period"]._sync_members(self)
        return res

    # ------------------------------------------------------------------
    # Party scope: res_users.py adds the cell of a member's own record
    # ------------------------------------------------------------------
    def _party_scope_facts(self):
        """The (user, cell) pairs these members add to party scopes."""
        members = self.sudo().with_context(active_test=False)
        return {
            (member.user_id.id, member.organization_id.id)
            for member in members
            if member.user_id
            and member.active
            and member.organization_id
            and member.state in IN_PARTY_STATES
        }

    def unlink(self):
        """Deleting a member who gives a user a scope forgets the scopes."""
        scope_facts = self._party_scope_facts()
        res = super().unlink()
        if scope_facts:
            self.env["res.users"]._party_scope_changed()
        return res

    def _party_scope_refresh(self, facts_before):
        """Forget the cached scopes and rules only when these members'
        contribution to a scope changed, not on every write."""
        if self._party_scope_facts() != facts_before:
            self.env["res.users"]._party_scope_changed()

    @api.model
    def _check_office_fields(self, vals):
        """The employee link (hence the user) and the archive flag decide
        whose scope a record feeds; the history dates set a party age. Only
        the party office sets them directly."""
        fields_set = (OFFICE_LINK_FIELDS | HISTORY_DATE_FIELDS) & set(vals)
        if not fields_set or self.env.su or self.env.user.has_group(PARTY_OFFICE):
            return
        raise AccessError(
            self.env._(
                "%(fields)s of a party member are set by the party office.",
                fields=", ".join(sorted(self._fields[f].string for f in fields_set)),
            )
        )

    @api.model
    def _normalize_vals(self, vals):
        """Text values in Unicode NFC, whatever the keyboard or the file (a
        decomposed name would not be found by a search); identifiers
        without spaces."""
        text_fields = {
            fname
            for fname in vals
            if fname in self._fields
            and self._fields[fname].type in ("char", "text", "html")
        }
        identity.nfc_vals(vals, text_fields)
        if vals.get("file_number"):
            vals["file_number"] = identity.normalize_file_number(vals["file_number"])
        if vals.get("citizen_id"):
            vals["citizen_id"] = vals["citizen_id"].replace(" ", "")
