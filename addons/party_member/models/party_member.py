# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""party.member: the member's identity, education, party record and lines.

Its concerns are named mixins, one per file, listed in ``_inherit`` in the
order they wrap each other (outermost first):

- ``party.member.privacy.mixin`` (party_member_privacy.py): consents, and the
  access log of every read, write and export (Law 91/2025). Outermost, so
  that it logs what every layer below returned or wrote.
- ``party.member.lifecycle.mixin`` (party_member_lifecycle.py): recognition
  vote, leaving at own request, the lifecycle buttons.
- ``party.member.history.mixin`` (party_member_history.py): the history of
  events and what it derives (state, cell, party age, periods).
- ``party.member.write.mixin`` (party_member_write.py): ``create``,
  ``write`` and ``unlink``: normalised input, the fields only the party office
  sets, party scopes and membership periods kept in step.
"""

from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.osv import expression
from odoo.tools import SQL

from ..engine import identity
from ..engine.lifecycle import probation_end
from .identity_messages import identity_message

SEXES = [("male", "Male"), ("female", "Female")]
THEORY_LEVELS = [
    ("none", "None"),
    ("elementary", "Elementary"),
    ("intermediate", "Intermediate"),
    ("advanced", "Advanced"),
    ("bachelor", "Bachelor"),
]
STATE_MANAGEMENT_LEVELS = [
    ("none", "None"),
    ("specialist", "Specialist"),
    ("principal", "Principal Specialist"),
    ("senior", "Senior Specialist"),
]
PARTY_OFFICE = "party_org.group_party_office"
# PostgreSQL statistics target of the name columns (default 100).
NAME_STATISTICS = 1000
PARTY_SECRETARY = "party_org.group_party_secretary"


class PartyMember(models.Model):
    _name = "party.member"
    _description = "Party Member"
    _inherit = [
        "party.member.privacy.mixin",
        "party.member.lifecycle.mixin",
        "party.member.history.mixin",
        "party.member.write.mixin",
        "mail.thread",
        "mail.activity.mixin",
        "party.organization.panel.mixin",
        "party.grouped.list.mixin",
        "image.mixin",
        "party.protected.mixin",
    ]
    _order = "name, id"
    _check_company_auto = True
    # The cell follows the history (transfers), the user follows the
    # employee; decisions and events are linked from their own side.
    _party_protected_fields = (
        "organization_id",
        "user_id",
        "decision_ids",
        "event_ids",
    )
    _party_create_fields = ("organization_id",)

    # Links
    employee_id = fields.Many2one(
        "hr.employee",
        index="btree_not_null",
        check_company=True,
        tracking=True,
        help="Empty for members who are not employees of the company.",
    )
    partner_id = fields.Many2one(
        "res.partner",
        compute="_compute_partner_id",
        store=True,
        readonly=False,
        index="btree_not_null",
    )
    user_id = fields.Many2one(
        "res.users",
        compute="_compute_user_id",
        store=True,
        readonly=False,
        index="btree_not_null",
        help="The user who reads this record as its own (the employee's user).",
    )
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )
    active = fields.Boolean(default=True)
    # Identity (Lý lịch 2-KNĐ, Phiếu đảng viên 2-HSĐV)
    name = fields.Char(
        required=True,
        tracking=True,
        index="trigram",
        help="Full name as on the citizen ID.",
    )
    name_search_key = fields.Char(
        compute="_compute_name_search_key",
        store=True,
        index="trigram",
        help="The name without accents, in lower case: typing 'nguyen van an' "
        "finds NGUYỄN VĂN AN.",
    )
    birth_name = fields.Char()
    aliases = fields.Char()
    sex = fields.Selection(SEXES)
    birth_date = fields.Date()
    birth_place = fields.Char()
    hometown = fields.Char(help="Hometown, as on the citizen ID.")
    permanent_residence = fields.Char()
    current_residence = fields.Char()
    ethnicity_id = fields.Many2one("party.ethnicity", groups=PARTY_OFFICE)
    religion_id = fields.Many2one("party.religion", groups=PARTY_OFFICE)
    citizen_id = fields.Char(
        string="Citizen ID",
        groups=PARTY_OFFICE,
        copy=False,
        help="Citizen ID: 12 digits (Thông tư 59/2021/TT-BCA).",
    )
    image_1920 = fields.Image(
        compute="_compute_image_1920",
        store=True,
        readonly=False,
        help="3×4 photo; taken from the employee when linked.",
    )
    # Education and work
    general_education = fields.Char(help="e.g. 12/12")
    professional_qualification = fields.Char()
    political_theory_level = fields.Selection(THEORY_LEVELS, default="none")
    state_management_level = fields.Selection(STATE_MANAGEMENT_LEVELS, default="none")
    languages = fields.Char(string="Foreign Languages")
    it_level = fields.Char(string="IT Level")
    occupation = fields.Char()
    job = fields.Char(
        compute="_compute_job", store=True, readonly=False, string="Job Position"
    )
    # Party record
    file_number = fields.Char(
        copy=False,
        tracking=True,
        help="File number: 6 digits and the 1-3 letter code of the committee, e.g. "
        "012345HN (Hướng dẫn 12-HD/BTCTW).",
    )
    organization_name = fields.Char(related="organization_id.name", string="Cell Name")
    admission_decision_date = fields.Date(
        tracking=True,
        help="Date of the admission decision; party age counts from it "
        "(Điều lệ Đảng, Điều 5.4).",
    )
    admission_date = fields.Date(
        tracking=True,
        help="Date of the admission ceremony; probation lasts 12 months from it.",
    )
    official_date = fields.Date(tracking=True)
    note = fields.Text(help="Note of the member list (7-HSĐV).")
    decision_ids = fields.Many2many(
        "party.decision",
        "party_decision_party_member_rel",
        "member_id",
        "decision_id",
        string="Decisions",
    )
    probation_end_date = fields.Date(compute="_compute_probation_end_date", store=True)
    # Lines
    work_ids = fields.One2many("party.member.work", "member_id", string="Work History")
    training_ids = fields.One2many(
        "party.member.training", "member_id", string="Training"
    )
    trip_ids = fields.One2many("party.member.trip", "member_id", string="Trips Abroad")
    family_ids = fields.One2many(
        "party.member.family",
        "member_id",
        string="Family Background",
        groups=PARTY_OFFICE,
    )
    reward_ids = fields.One2many("party.reward", "member_id", string="Rewards")
    discipline_ids = fields.One2many(
        "party.discipline", "member_id", string="Discipline", groups=PARTY_OFFICE
    )

    _sql_constraints = [
        (
            "employee_uniq",
            "unique(employee_id)",
            "An employee can have only one party member record.",
        ),
        (
            "citizen_id_uniq",
            "unique(citizen_id)",
            "This citizen ID is already used by another member.",
        ),
        (
            "file_number_uniq",
            "unique(file_number)",
            "This file number is already used by another member.",
        ),
    ]

    def init(self):
        # Run by the module installation (superuser), never over RPC.
        self._party_check_group("base.group_system")
        # The lists' order (_order): their first page is read from this index
        # instead of sorting every member (issue 13).
        self.env.cr.execute(
            """CREATE INDEX IF NOT EXISTS party_member_name_id_index
                   ON party_member (name, id)"""
        )
        # Counting the members by organisation (the list grouped by
        # organisation, and the count of its groups) reads this narrow index
        # instead of every member row: 746 + 330 ms -> 465 + 125 ms of SQL at
        # a million members. ``active`` is only carried (INCLUDE), not a key:
        # as a key (or as a partial index's condition) the planner took this
        # index for any search of active members.
        self.env.cr.execute(
            """CREATE INDEX IF NOT EXISTS party_member_organization_state_index
                   ON party_member (organization_id, company_id, state)
                   INCLUDE (active)"""
        )
        # A finer sample of the names for the planner: with the default one,
        # 'nguyen van an' was thought to match 1 % of a million members, and
        # PostgreSQL walked the (name, id) index past 374,000 of them (4 s)
        # instead of asking the trigram indexes for the 635 it matches.
        self.env.cr.execute(
            SQL(
                """ALTER TABLE party_member
                       ALTER COLUMN name SET STATISTICS %(target)s,
                       ALTER COLUMN name_search_key SET STATISTICS %(target)s""",
                target=NAME_STATISTICS,
            )
        )
        # Vacuumed after 1 % of the members changed, not PostgreSQL's 20 %:
        # counting by organisation reads the index above alone only where
        # the visibility map says the pages are unchanged. After an import
        # of 20,000 members (rolled back) into a million, it scanned every
        # row instead, until a vacuum (465 -> 617 ms of SQL).
        self.env.cr.execute(
            """ALTER TABLE party_member SET (
                   autovacuum_vacuum_scale_factor = 0.01,
                   autovacuum_vacuum_insert_scale_factor = 0.01,
                   autovacuum_analyze_scale_factor = 0.01)"""
        )

    @api.depends("employee_id.work_contact_id")
    def _compute_partner_id(self):
        for member in self:
            if member.employee_id.work_contact_id:
                member.partner_id = member.employee_id.work_contact_id

    @api.depends("employee_id.user_id")
    def _compute_user_id(self):
        """The user follows the employee: unlinking the employee ends the
        user's reach to this record (and to their cell)."""
        for member in self:
            member.user_id = member.employee_id.user_id

    @api.depends("employee_id.job_title")
    def _compute_job(self):
        for member in self:
            if member.employee_id.job_title:
                member.job = member.employee_id.job_title

    @api.depends("employee_id.image_1920")
    def _compute_image_1920(self):
        for member in self:
            if member.employee_id.image_1920:
                member.image_1920 = member.employee_id.image_1920

    @api.depends("admission_date")
    def _compute_probation_end_date(self):
        for member in self:
            member.probation_end_date = (
                probation_end(member.admission_date) if member.admission_date else False
            )

    @api.constrains("citizen_id", "birth_date", "sex")
    def _check_citizen_id(self):
        for member in self.sudo().filtered("citizen_id"):
            problem = identity.citizen_id_problem(
                member.citizen_id, member.birth_date, member.sex
            )
            if problem:
                raise ValidationError(
                    self.env._(
                        "%(name)s: %(problem)s",
                        name=member.name,
                        problem=identity_message(self.env, problem, member.citizen_id),
                    )
                )

    @api.constrains("citizen_id", "file_number")
    def _check_ascii_digits(self):
        """Identifiers are written with the digits 0-9: Python and the
        format checks would take full-width "０" or other scripts' digits."""
        for member in self.sudo():
            for number in (member.citizen_id, member.file_number):
                if number and identity.has_foreign_digits(number):
                    raise ValidationError(
                        self.env._(
                            "%(number)s of %(name)s holds full-width or other "
                            "non-ASCII digits: write the citizen ID and the file "
                            "number with 0-9.",
                            number=number,
                            name=member.name,
                        )
                    )

    @api.constrains("file_number")
    def _check_file_number(self):
        for member in self.filtered("file_number"):
            problem = identity.file_number_problem(member.file_number)
            if problem:
                raise ValidationError(
                    self.env._(
                        "%(name)s: %(problem)s",
                        name=member.name,
                        problem=identity_message(self.env, problem, member.file_number),
                    )
                )

    @api.constrains(
        "birth_date", "admission_decision_date", "admission_date", "official_date"
    )
    def _check_dates(self):
        for member in self:
            birth = member.birth_date
            decided = member.admission_decision_date
            ceremony = member.admission_date
            official = member.official_date
            if (
                (birth and decided and decided <= birth)
                or (decided and ceremony and ceremony < decided)
                or (ceremony and official and official < ceremony)
            ):
                raise ValidationError(
                    self.env._(
                        "The dates of %(name)s must follow each other: birth, "
                        "admission decision, admission ceremony, official "
                        "recognition.",
                        name=member.name,
                    )
                )

    @api.depends("name")
    def _compute_name_search_key(self):
        for member in self:
            member.name_search_key = identity.search_key(member.name)

    @api.model
    def _search_display_name(self, operator, value):
        """Names are found with or without accents (Vietnamese users often
        type without them)."""
        domain = super()._search_display_name(operator, value)
        if operator in ("ilike", "=ilike", "like", "=like") and isinstance(value, str):
            domain = expression.OR(
                [domain, [("name_search_key", operator, identity.search_key(value))]]
            )
        return domain

    def action_view_employee(self):
        self._party_check_action("write", group=PARTY_SECRETARY)
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "hr.employee",
            "res_id": self.employee_id.id,
            "view_mode": "form",
        }

    def _party_card_number(self):
        """Hook: the number of this member's valid party card, for the
        printouts that show it (2-HSĐV); False here, the cards addon
        overrides it."""
        self.ensure_one()
        return False
