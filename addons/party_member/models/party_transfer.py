# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

from ..engine import lifecycle

KINDS = [("official", "Official"), ("temporary", "Temporary")]
DIRECTIONS = [("out", "Out"), ("in", "In")]
STATES = [("draft", "Draft"), ("done", "Done"), ("cancelled", "Cancelled")]
# (kind, direction) → event written when the transfer is done.
EVENT_TYPES = {
    ("official", "out"): "transfer_out",
    ("official", "in"): "transfer_in",
    ("temporary", "out"): "temporary_transfer_out",
    ("temporary", "in"): "temporary_return",
}
# Member states (none: a new record) of someone who arrives as a hosted
# member on a temporary transfer in.
HOSTING_STATES = (False, "hosting_ended")
PARTY_OFFICE = "party_org.group_party_office"
PARTY_SECRETARY = "party_org.group_party_secretary"
# What a transfer no longer in draft still lets its users change.
SETTLED_FREE_FIELDS = frozenset({"note", "message_main_attachment_id"})


class PartyTransfer(models.Model):
    _name = "party.transfer"
    _description = "Party Membership Transfer"
    _inherit = ["mail.thread", "mail.activity.mixin", "party.protected.mixin"]
    _order = "transfer_date desc, id desc"
    _check_company_auto = True
    # Done through action_done, cancelled or reset through their buttons.
    _party_protected_fields = ("state",)
    _rec_names_search = ["member_id", "member_name", "referral_number"]

    # Readable by the receiving side too, who may not read the member yet.
    name = fields.Char(compute="_compute_name", compute_sudo=True)
    kind = fields.Selection(KINDS, required=True, default="official", tracking=True)
    direction = fields.Selection(
        DIRECTIONS, required=True, default="out", tracking=True
    )
    state = fields.Selection(
        STATES, required=True, default="draft", tracking=True, copy=False
    )
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )
    # Who
    member_id = fields.Many2one(
        "party.member",
        index=True,
        check_company=True,
        tracking=True,
        help="Leave empty for a member arriving from outside: the member is "
        "created in the receiving cell when the transfer is done.",
    )
    member_name = fields.Char(
        help="Name of a member arriving from outside the enterprise."
    )
    member_birth_date = fields.Date(string="Member Birth Date")
    member_admission_decision_date = fields.Date(string="Admission Decision Date")
    member_admission_date = fields.Date(string="Admission Date")
    member_official_date = fields.Date(string="Official Date")
    # Where
    from_organization_id = fields.Many2one(
        "party.organization", string="From Organisation", check_company=True
    )
    from_external = fields.Char(
        string="From (External)", help="The sending committee outside the enterprise."
    )
    to_organization_id = fields.Many2one(
        "party.organization", string="To Organisation", check_company=True
    )
    to_external = fields.Char(
        string="To (External)", help="The receiving committee outside the enterprise."
    )
    # When
    job_change_date = fields.Date(
        tracking=True,
        help="Date of the job change or move. The official transfer is due "
        "within 60 working days (Quy định 294-QĐ/TW).",
    )
    transfer_date = fields.Date(tracking=True)
    referral_number = fields.Char(tracking=True)
    referral_date = fields.Date(
        tracking=True,
        help="Date of the referral. It must be presented to the receiving committee "
        "within 30 working days (Quy định 294-QĐ/TW, 6.3.1.c), counted with the "
        "company's holidays.",
    )
    return_date = fields.Date(
        string="Expected Return",
        help="End of a temporary transfer: at least 3 months and under 1 year, or "
        "up to 2 years for study (Quy định 294-QĐ/TW).",
    )
    for_study = fields.Boolean()
    transfer_deadline = fields.Date(compute="_compute_deadlines", store=True)
    referral_deadline = fields.Date(compute="_compute_deadlines", store=True)
    is_overdue = fields.Boolean(
        string="Overdue",
        compute="_compute_is_overdue",
        search="_search_is_overdue",
        help="Still in draft after the transfer deadline (60 working days after "
        "the job change) or the referral deadline (30 working days after the "
        "referral), Quy định 294-QĐ/TW.",
    )
    is_late = fields.Boolean(
        string="Completed Late",
        compute="_compute_is_late",
        store=True,
        help="Done with a transfer date after the transfer deadline (60 working "
        "days after the job change) or the referral deadline (30 working days "
        "after the referral), Quy định 294-QĐ/TW.",
    )
    note = fields.Text()

    @api.depends_context("lang")
    @api.depends("member_id.name", "member_name", "kind", "direction")
    def _compute_name(self):
        kinds = dict(self._fields["kind"]._description_selection(self.env))
        directions = dict(self._fields["direction"]._description_selection(self.env))
        for transfer in self:
            transfer.name = " - ".join(
                filter(
                    None,
                    [
                        transfer.member_id.name or transfer.member_name,
                        kinds.get(transfer.kind),
                        directions.get(transfer.direction),
                    ],
                )
            )

    @api.depends("job_change_date", "referral_date", "company_id")
    def _compute_deadlines(self):
        """Working days of the transfer's company, its holidays read in its
        time zone (``res.company._party_holidays``)."""
        holidays = self.company_id._party_holidays()
        for transfer in self:
            days = holidays.get(transfer.company_id.id, ())
            transfer.transfer_deadline = transfer.job_change_date and (
                lifecycle.transfer_deadline(transfer.job_change_date, holidays=days)
            )
            transfer.referral_deadline = transfer.referral_date and (
                lifecycle.referral_deadline(transfer.referral_date, holidays=days)
            )

    @api.depends("state", "transfer_date", "transfer_deadline", "referral_deadline")
    def _compute_is_late(self):
        for transfer in self:
            transfer.is_late = transfer.state == "done" and lifecycle.completed_late(
                transfer.transfer_date,
                transfer.transfer_deadline,
                transfer.referral_deadline,
            )

    @api.depends_context("date")
    def _compute_is_overdue(self):
        today = self._today()
        for transfer in self:
            transfer.is_overdue = transfer.state == "draft" and any(
                deadline and deadline < today
                for deadline in (transfer.transfer_deadline, transfer.referral_deadline)
            )

    def _search_is_overdue(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(self.env._("Unsupported search on Overdue."))
        today = self._today()
        if (operator == "=") == value:
            return [
                ("state", "=", "draft"),
                "|",
                ("transfer_deadline", "<", today),
                ("referral_deadline", "<", today),
            ]
        return [
            "|",
            ("state", "!=", "draft"),
            "&",
            "|",
            ("transfer_deadline", "=", False),
            ("transfer_deadline", ">=", today),
            "|",
            ("referral_deadline", "=", False),
            ("referral_deadline", ">=", today),
        ]

    @api.onchange("member_id")
    def _onchange_member_id(self):
        if self.member_id and self.direction == "out":
            self.from_organization_id = self.member_id.organization_id

    @api.constrains("kind", "transfer_date", "return_date", "for_study")
    def _check_temporary_duration(self):
        messages = {
            lifecycle.PROBLEM_END_BEFORE_START: self.env._(
                "The return cannot be before the transfer."
            ),
            lifecycle.PROBLEM_TOO_SHORT: self.env._(
                "A temporary transfer is for absences of at least 3 months (Quy định "
                "294-QĐ/TW)."
            ),
            lifecycle.PROBLEM_TOO_LONG: self.env._(
                "A temporary transfer is for absences under 1 year, or up to 2 years "
                "for study (Quy định 294-QĐ/TW)."
            ),
        }
        for transfer in self:
            if (
                not (
                    transfer.kind == "temporary"
                    and transfer.direction == "out"
                    and transfer.transfer_date
                    and transfer.return_date
                )
                or transfer._is_hosted_departure()
            ):
                continue
            allowed, problem = lifecycle.temporary_transfer_allowed(
                transfer.transfer_date, transfer.return_date, transfer.for_study
            )
            if not allowed:
                raise ValidationError(messages[problem])

    @api.constrains("direction", "member_id", "member_name", "to_organization_id")
    def _check_parties(self):
        for transfer in self:
            if transfer.direction == "out" and not transfer.member_id:
                raise ValidationError(
                    self.env._("Choose the member who transfers out.")
                )
            if transfer.direction == "in" and not (
                transfer.member_id or transfer.member_name
            ):
                raise ValidationError(
                    self.env._(
                        "Choose the member or write the name of the arriving member."
                    )
                )

    def write(self, vals):
        if not self.env.su and set(vals) - SETTLED_FREE_FIELDS:
            settled = self.filtered(lambda t: t.state != "draft")
            if settled:
                raise AccessError(
                    self.env._(
                        "%(names)s: a done or cancelled transfer is settled; only "
                        "its notes change.",
                        names=", ".join(settled.mapped("name")),
                    )
                )
        res = super().write(vals)
        if not self.env.su:
            # Write access is checked where the transfer ends up too.
            self.check_access("write")
        return res

    def action_done(self):
        """Record the transfer in the members' history, after checking who
        may: the party office, or a branch secretary for a member of their
        organisations moving inside them (``_check_done_allowed``)."""
        self._party_check_action("write", group=PARTY_SECRETARY)
        for transfer in self:
            if transfer.state != "draft":
                continue
            transfer._check_ready()
            transfer._check_required_dates()
            transfer._check_done_allowed()
            transfer.sudo()._record_events()
        return True

    def action_cancel(self):
        self._party_check_action("write", group=PARTY_SECRETARY)
        self.filtered(lambda t: t.state == "draft").sudo().write({"state": "cancelled"})
        return True

    def action_draft(self):
        self._party_check_action("write", group=PARTY_SECRETARY)
        self.filtered(lambda t: t.state == "cancelled").sudo().write({"state": "draft"})
        return True

    def _check_done_allowed(self):
        """A branch secretary completes a transfer of a member of their
        organisations to another of their organisations, and the temporary
        transfers of their members out of the enterprise and back. Whatever
        else leaves or enters their organisations (another cell, or an
        official transfer across the enterprise) is accepted by the
        receiving side: the party office completes it."""
        self.ensure_one()
        if self.env.su or self.env.user.has_group(PARTY_OFFICE):
            return
        if self.member_id:
            self.member_id.check_access("write")  # the member is theirs
        destination = self.to_organization_id
        crosses = not destination._party_in_user_scope() or (
            self.kind == "official" and (not destination or not self.member_id)
        )
        if crosses:
            raise AccessError(
                self.env._(
                    "%(name)s: the receiving organisation (%(to)s) is not one of "
                    "yours. The party office completes this transfer once the "
                    "receiving side accepts the member.",
                    name=self.name,
                    to=destination.sudo().display_name or self.to_external or "-",
                )
            )

    def _record_events(self):
        """Write the history events of this transfer (after the checks)."""
        self.ensure_one()
        transfer = self
        member = transfer.member_id
        event_type = transfer._event_type()
        if transfer.direction == "out":
            member._add_event(
                event_type,
                transfer.transfer_date,
                from_organization=member.organization_id,
                to_organization=transfer.to_organization_id,
                to_external=transfer.to_external,
                note=transfer._event_note(),
            )
            if transfer.kind == "official" and transfer.to_organization_id:
                # A move between cells of the enterprise: the member
                # arrives the same day (a zero-day gap).
                member._add_event(
                    "transfer_in",
                    transfer.transfer_date,
                    from_organization=transfer.from_organization_id,
                    to_organization=transfer.to_organization_id,
                    note=transfer._event_note(),
                )
        else:
            if not member:
                member = self.env["party.member"].create(
                    transfer._prepare_member_values()
                )
                transfer.member_id = member
            member._add_event(
                event_type,
                transfer.transfer_date,
                from_organization=transfer.from_organization_id,
                to_organization=transfer.to_organization_id,
                from_external=transfer.from_external,
                note=transfer._event_note(),
            )
        transfer.state = "done"

    def _check_ready(self):
        self.ensure_one()
        if not self.transfer_date:
            raise UserError(self.env._("Set the transfer date first."))
        if self.direction == "in" and not self.to_organization_id:
            raise UserError(self.env._("Choose the receiving cell."))
        if (
            self.direction == "out"
            and not (self.to_organization_id or self.to_external)
            and not self._is_hosted_departure()
        ):
            raise UserError(
                self.env._(
                    "Choose the receiving organisation, in the enterprise or "
                    "outside it."
                )
            )

    def _event_type(self):
        """The history event this transfer writes. A temporary transfer in
        of a member who is not ours (arriving from outside, or hosted before)
        is a hosted arrival: in activity here, counted at home; a temporary
        transfer out of a hosted member ends the stay."""
        self.ensure_one()
        state = self.member_id.state
        if self.kind == "temporary":
            if self.direction == "in" and state in HOSTING_STATES:
                return "temporary_arrival"
            if self.direction == "out" and state == "hosted":
                return "temporary_departure"
        return EVENT_TYPES[(self.kind, self.direction)]

    def _is_hosted_departure(self):
        self.ensure_one()
        return (
            self.kind == "temporary"
            and self.direction == "out"
            and self.member_id.state == "hosted"
        )

    def _check_required_dates(self):
        """A temporary transfer out states when the member returns (3 months
        to under 1 year, 2 years for study); a member arriving from outside
        brings the date of their admission decision, from which party age
        counts (Điều lệ Đảng, Điều 5.4; Quy định 294-QĐ/TW)."""
        self.ensure_one()
        if (
            self.kind == "temporary"
            and self.direction == "out"
            and not self.return_date
            and not self._is_hosted_departure()
        ):
            raise UserError(
                self.env._(
                    "%(name)s: set the expected return date of the temporary "
                    "transfer: it is for absences of 3 months to under 1 year, or "
                    "up to 2 years for study (Quy định 294-QĐ/TW).",
                    name=self.name,
                )
            )
        if (
            self.direction == "in"
            and not self.member_id
            and not self.member_admission_decision_date
        ):
            raise UserError(
                self.env._(
                    "%(name)s: set the admission decision date of the member "
                    "arriving from outside, as written on their party records: "
                    "party age counts from it (Điều lệ Đảng, Điều 5.4).",
                    name=self.name,
                )
            )

    def _event_note(self):
        self.ensure_one()
        if not self.referral_number:
            return False
        return self.env._("Referral: %(number)s", number=self.referral_number)

    def _prepare_member_values(self):
        """Values of a member arriving from outside, in the receiving cell."""
        self.ensure_one()
        return {
            "name": self.member_name,
            "birth_date": self.member_birth_date,
            "organization_id": self.to_organization_id.id,
            "admission_decision_date": self.member_admission_decision_date,
            "admission_date": self.member_admission_date,
            "official_date": self.member_official_date,
            "company_id": self.company_id.id,
        }

    def _today(self):
        return fields.Date.to_date(self.env.context.get("date")) or fields.Date.today()

    @api.model
    def _company_holidays(self, companies):
        """Public holidays of the companies, read in each company's time
        zone, as one sorted tuple (kept for callers; see
        ``res.company._party_holidays``)."""
        holidays = (companies or self.env.company)._party_holidays()
        return tuple(sorted({day for days in holidays.values() for day in days}))
