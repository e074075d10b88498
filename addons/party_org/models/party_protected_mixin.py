# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""One rule for every write path of a party record.

Odoo enforces ``readonly`` only in the web client: an RPC ``write`` stores any
field, and the client chooses the whole context. Party records are legal acts,
so their state and workflow fields change only through server methods that
check who may do it and then write with ``sudo()``. ``env.su`` is the only
unlock: Python sets it, no RPC call can.
"""

from markupsafe import Markup

from odoo import api, models, tools
from odoo.exceptions import AccessError, UserError
from odoo.models import MAGIC_COLUMNS
from odoo.tools.misc import format_date

# Fields the ORM itself maintains.
NEVER_PROTECTED = frozenset(MAGIC_COLUMNS) | {"display_name"}
OFFICE_GROUP = "party_org.group_party_office"
# Field types whose old and new values are too long for a chatter line.
LONG_TYPES = ("html", "binary", "text")
# Context keys that would silence the chatter audit of a write.
UNTRUSTED_WRITE_CONTEXT_KEYS = ("tracking_disable", "mail_notrack")


class PartyProtectedMixin(models.AbstractModel):
    _name = "party.protected.mixin"
    _description = "Party record whose workflow fields only the server sets"

    # Fields besides the readonly and computed ones that only server methods set.
    _party_protected_fields = ()
    # Readonly fields that a user may still set when creating a record.
    _party_create_fields = ()

    @api.model
    @tools.ormcache()
    def _get_party_protected_fields(self):
        """Stored fields refused in a plain ``write``: every field that is
        readonly on the server (computed without inverse, related, or declared
        readonly) plus ``_party_protected_fields``."""
        protected = {
            name
            for name, field in self._fields.items()
            if field.store and field.readonly and name not in NEVER_PROTECTED
        }
        return frozenset(protected | set(self._party_protected_fields))

    def _check_party_protected_fields(self, field_names, creating=False):
        if self.env.su:
            return
        refused = set(field_names) & self._get_party_protected_fields()
        if creating:
            refused -= set(self._party_create_fields)
        if refused:
            labels = sorted(self._fields[name].string for name in refused)
            raise AccessError(
                self.env._(
                    "%(fields)s of %(model)s cannot be set directly: they change "
                    "only through the workflow buttons, which check who may do it.",
                    fields=", ".join(labels),
                    model=self._description,
                )
            )

    @api.model
    def _party_trusted_context(self, dropped_keys=()):
        """The client's context without what it must not choose: defaults of
        protected fields and ``dropped_keys``."""
        protected = self._get_party_protected_fields() - set(self._party_create_fields)
        return {
            key: value
            for key, value in self.env.context.items()
            if key not in dropped_keys
            and not (key.startswith("default_") and key[8:] in protected)
        }

    @api.model_create_multi
    def create(self, vals_list):
        if self.env.su:
            return super().create(vals_list)
        for vals in vals_list:
            self._check_party_protected_fields(vals, creating=True)
        # The whole context is replaced on purpose: keys are dropped from it.
        trusted = self.with_context(self._party_trusted_context())  # pylint: disable=context-overridden
        return super(PartyProtectedMixin, trusted).create(vals_list)

    def write(self, vals):
        if self.env.su:
            return super().write(vals)
        self._check_party_protected_fields(vals)
        trusted = self.with_context(  # pylint: disable=context-overridden
            self._party_trusted_context(UNTRUSTED_WRITE_CONTEXT_KEYS)
        )
        res = super(PartyProtectedMixin, trusted).write(vals)
        # Odoo checks the rules before a write only: a record moved out of
        # the writer's reach (another organisation, another member) is refused.
        self.check_access("write")
        return res

    def copy_data(self, default=None):
        """A copy starts its own workflow: protected values are not copied."""
        vals_list = super().copy_data(default=default)
        if self.env.su:
            return vals_list
        protected = self._get_party_protected_fields() - set(self._party_create_fields)
        keep = set(default or ())
        return [
            {
                key: value
                for key, value in vals.items()
                if key not in protected or key in keep
            }
            for vals in vals_list
        ]

    # Checks for public methods -------------------------------------------------

    def _party_check_group(self, group_xmlid):
        """Refuse unless the user is in ``group_xmlid`` (or runs as superuser)."""
        if self.env.su or self.env.user.has_group(group_xmlid):
            return
        group = self.env.ref(group_xmlid)
        raise AccessError(
            self.env._(
                "Only %(group)s may do this on %(model)s.",
                group=group.display_name,
                model=self._description,
            )
        )

    def _party_check_action(self, operation="write", group=None):
        """Check at the top of every public method that then works with
        ``sudo()``: the caller's group and their access to these records."""
        if group:
            self._party_check_group(group)
        if not self.env.su:
            self.check_access(operation)
        return True

    # Recorded corrections of settled records ---------------------------------

    @api.model
    def _party_check_correction_reason(self, reason):
        """A settled record is corrected only with the reason on record."""
        if not (reason or "").strip():
            raise UserError(self.env._("Give the reason of the correction."))
        return reason.strip()

    def _party_correction_lines(self, vals):
        """One line "Field: old → new" per value of ``vals`` (write format)
        that changes the record."""
        self.ensure_one()
        record = self.sudo()
        new = record.new(vals)
        lines = []
        for name in vals:
            field = record._fields[name]
            old_text = self._party_display_value(field, record[name])
            new_text = self._party_display_value(field, new[name])
            if old_text == new_text:
                continue
            label = field.get_description(self.env)["string"]
            if field.type in LONG_TYPES:
                lines.append(self.env._("%(field)s changed", field=label))
            else:
                lines.append(
                    self.env._(
                        "%(field)s: %(old)s → %(new)s",
                        field=label,
                        old=old_text,
                        new=new_text,
                    )
                )
        return lines

    def _party_display_value(self, field, value):
        if not value and value != 0:
            return "-"
        if field.type == "selection":
            return dict(field._description_selection(self.env)).get(value, value)
        if field.type in ("many2one", "one2many", "many2many"):
            return ", ".join(value.sudo().mapped("display_name"))
        if field.type == "date":
            return format_date(self.env, value)
        return str(value)

    def _party_post_correction(self, reason, title, lines):
        """Post the correction in the chatter of each record: the message's
        author and date say who and when, its body what and why."""
        body = Markup("<br/>").join(
            [
                self.env._("Correction by the party office: %(title)s", title=title),
                *lines,
                self.env._("Reason: %(reason)s", reason=reason),
            ]
        )
        for record in self:
            record.message_post(
                body=body, message_type="comment", subtype_xmlid="mail.mt_note"
            )

    def _party_write_correction(self, vals, reason, title):
        """The party office corrects a settled record: ``vals`` are written
        with ``sudo()`` after the checks, and the change is posted with its
        reason. Returns the lines posted."""
        self.ensure_one()
        self._party_check_action("write", OFFICE_GROUP)
        reason = self._party_check_correction_reason(reason)
        lines = self._party_correction_lines(vals)
        if not lines:
            raise UserError(self.env._("Nothing to correct."))
        self.sudo().write(vals)
        self._party_post_correction(reason, title, lines)
        return lines
